"""Valuation templates (fixed_income, equity_valuation, funds_etfs): bond price and yield through tools.calc,
duration and the price-change estimate, dividend discount models, P/E, fund costs, NAV and share classes."""

from __future__ import annotations

import random

from tools.calc import invest, tvm
from training.data.gen.common import Draft, Template, money, num, pct, pick
from training.data.gen.markets_util import company, first_name, full_name, md_table, pct_value

FREQ = {1: "annual", 2: "semiannual", 4: "quarterly"}


def t_bond_price(rng: random.Random) -> Draft:
    """Price of a coupon bond from its yield (tools.calc bond_price)."""
    face = rng.choice((1_000, 1_000, 5_000, 10_000, 100_000))
    coupon = pick(rng, 0.0, 0.09, 0.00125)
    years = rng.randint(1, 30)
    ytm = pick(rng, 0.005, 0.10, 0.0005)
    m = rng.choice((1, 2, 2, 2, 4))
    res = invest.bond_price(face, coupon, years, ytm, m)
    price = round(res.value, 2)
    issuer = rng.choice(("A Treasury note", "A corporate bond", f"A {company(rng)} bond", "A municipal bond",
                         "An agency bond"))
    instruction = rng.choice((
        f"{issuer} with {money(face, False)} face value pays a {pct(coupon, 3)} coupon ({FREQ[m]}) and matures in "
        f"{years} years. What is its price at a {pct(ytm, 2)} yield to maturity?",
        f"Price a {years}-year, {pct(coupon, 3)} {FREQ[m]}-pay bond (par {money(face, False)}) yielding {pct(ytm, 2)}.",
        f"What should you pay for a {money(face, False)} par bond, coupon {pct(coupon, 3)} paid {m}× a year, "
        f"{years} years to maturity, if you require a {pct(ytm, 2)} yield?",
    ))
    c, y, n = face * coupon / m, ytm / m, years * m
    kind = "premium" if price > face else "discount" if price < face else "par"
    lines = [f"Price = Σ C/(1 + y/m)^k + F/(1 + y/m)^n with C = {money(face)} × {pct(coupon, 3)} / {m} = "
             f"{money(c)}, y/m = {y:.6f}, n = {n}",
             f"Coupons: {money(c)} × (1 − {1 + y:.6f}^−{n}) / {y:.6f} = {money(price - face * (1 + y) ** -n)}",
             f"Face: {money(face)} / {1 + y:.6f}^{n} = {money(face * (1 + y) ** -n)}",
             f"Price = {money(price)} (tools.calc bond_price), a {kind} bond since the coupon is "
             f"{'above' if coupon > ytm else 'below' if coupon < ytm else 'equal to'} the yield.",
             f"Answer: {money(price)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="fixed_income", difficulty="easy",
                 template="valuation.bond_price",
                 params={"face": face, "coupon": coupon, "years": years, "ytm": ytm, "m": m, "answer": price})


def t_bond_yield(rng: random.Random) -> Draft:
    """Yield to maturity (tools.calc bond_yield) and current yield from a quoted price."""
    coupon = pick(rng, 0.01, 0.09, 0.00125)
    years = rng.randint(2, 30)
    quote = pick(rng, 78.0, 118.0, 0.125)
    m = rng.choice((1, 2, 2, 2))
    face = 1_000
    price = quote * 10
    ytm = invest.bond_yield(price, face, coupon, years, m).value
    current = coupon * face / price
    holder = full_name(rng)
    instruction = rng.choice((
        f"{holder} can buy a {pct(coupon, 3)} {FREQ[m]}-coupon bond maturing in {years} years at {num(quote, 3)} "
        "(percent of par). What are its yield to maturity and current yield?",
        f"A bond quoted at {num(quote, 3)} pays {pct(coupon, 3)} {FREQ[m]} coupons with {years} years left. Find the "
        "yield to maturity.",
        f"Compute the YTM of a $1,000 bond priced at {money(price)}: {pct(coupon, 3)} coupon, {FREQ[m]} payments, "
        f"{years} years to maturity. Compare it with the current yield.",
    ))
    lines = [f"Price = {num(quote, 3)}% × $1,000 = {money(price)}; coupon per period = {money(coupon * face / m)}; "
             f"n = {years * m}",
             f"Solve {money(price)} = Σ C/(1 + y/m)^k + 1,000/(1 + y/m)^n for y: y = {pct(ytm, 3)} "
             f"(tools.calc bond_yield, bisection)",
             f"Current yield = annual coupon / price = {money(coupon * face)} / {money(price)} = {pct(current, 3)}",
             ("Bought below par, the YTM exceeds the current yield (the pull to par adds return)." if price < face
              else "Bought above par, the YTM is below the current yield (the premium amortizes away)."
              if price > face else "At par, YTM, coupon and current yield are equal."),
             f"Answer: {pct(ytm, 3)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="fixed_income", difficulty="medium",
                 template="valuation.bond_yield",
                 params={"coupon": coupon, "years": years, "price": price, "m": m,
                         "current_yield": pct_value(current, 3), "answer": pct_value(ytm, 3)})


def t_duration(rng: random.Random) -> Draft:
    """Macaulay and modified duration, the duration estimate of a price change and the actual repricing."""
    m = rng.choice((1, 2))
    years = rng.randint(2, 8) if m == 1 else rng.randint(2, 5)
    coupon = pick(rng, 0.0, 0.09, 0.0025)
    ytm = pick(rng, 0.01, 0.09, 0.0025)
    shock = rng.choice((-1, 1)) * pick(rng, 0.0025, 0.02, 0.0025)
    face, n, y = 1_000.0, years * m, ytm / m
    c = face * coupon / m
    flows = [c + (face if k == n else 0.0) for k in range(1, n + 1)]
    pvs = [cf / (1 + y) ** k for k, cf in enumerate(flows, 1)]
    price = sum(pvs)
    mac = sum((k / m) * pv for k, pv in enumerate(pvs, 1)) / price
    mod = mac / (1 + y)
    est = -mod * shock * price
    new_price = invest.bond_price(face, coupon, years, ytm + shock, m).value
    actual = new_price - price
    rows = [[num(k / m, 1), money(cf), money(pv), num(k / m * pv / price, 4)] for k, (cf, pv) in
            enumerate(zip(flows, pvs, strict=True), 1)]
    move = "rise" if shock > 0 else "fall"
    instruction = rng.choice((
        f"A {years}-year, {pct(coupon)} {FREQ[m]}-coupon bond yields {pct(ytm)}. Compute its Macaulay and modified "
        f"duration and estimate the price change if yields {move} by {abs(shock) * 10_000:.0f} bp.",
        f"Duration check for {first_name(rng)}'s bond: $1,000 par, {pct(coupon)} coupon ({FREQ[m]}), {years} "
        f"years, YTM {pct(ytm)}. By how much should the price change for a {abs(shock) * 10_000:.0f} bp {move} in "
        "yield, and how good is the estimate?",
    ))
    lines = [md_table(["t (years)", "Cash flow", "PV", "t × PV / P"], rows),
             f"Price P = {money(price)}",
             f"Macaulay duration = Σ t·PV / P = {num(mac, 4)} years",
             f"Modified duration = Macaulay / (1 + y/m) = {num(mac, 4)} / {1 + y:.5f} = {num(mod, 4)}",
             f"ΔP ≈ −ModD × Δy × P = −{num(mod, 4)} × {shock:+.4f} × {money(price)} = {money(est)}",
             f"Repriced at {pct(ytm + shock)}: {money(new_price)} (actual change {money(actual)}); the gap is "
             "convexity.",
             f"Answer: {money(est)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="fixed_income", difficulty="hard",
                 template="valuation.duration",
                 params={"coupon": coupon, "years": years, "ytm": ytm, "m": m, "shock": shock,
                         "macaulay": round(mac, 4), "modified": round(mod, 4), "answer": round(est, 2)})


def t_gordon(rng: random.Random) -> Draft:
    """Gordon growth model; medium adds D0 → D1 and a CAPM required return."""
    co = company(rng)
    g = pick(rng, 0.0, 0.06, 0.0025)
    d0 = pick(rng, 0.20, 6.0, 0.01)
    capm = rng.random() < 0.5
    rf, beta, mrp = pick(rng, 0.02, 0.05, 0.0025), pick(rng, 0.5, 1.6, 0.05), pick(rng, 0.04, 0.07, 0.0025)
    r = rf + beta * mrp if capm else pick(rng, g + 0.02, g + 0.08, 0.0025)
    d1 = d0 * (1 + g)
    value = round(d1 / (r - g), 2)
    if capm:
        instruction = rng.choice((
            f"{co} just paid a {money(d0)} annual dividend that grows {pct(g)} a year. Beta {beta:.2f}, risk-free "
            f"{pct(rf)}, market risk premium {pct(mrp)}. What is the stock worth under the Gordon growth model?",
            f"Value a share of {co}: last dividend {money(d0)}, constant growth {pct(g)}, CAPM inputs rf {pct(rf)}, "
            f"β {beta:.2f}, MRP {pct(mrp)}."))
        lines = [f"r = rf + β × MRP = {pct(rf)} + {beta:.2f} × {pct(mrp)} = {pct(r, 4)}",
                 f"D1 = D0 × (1 + g) = {money(d0)} × {1 + g:.4f} = {money(d1, True)}"]
    else:
        instruction = rng.choice((
            f"{co} will pay {money(d1)} next year; dividends grow {pct(g)} a year forever and investors require "
            f"{pct(r)}. What is the share worth?",
            f"Gordon growth: D1 = {money(d1)}, g = {pct(g)}, r = {pct(r)}. Intrinsic value?"))
        d1 = round(d1, 2)
        value = round(d1 / (r - g), 2)
        lines = []
    lines += [f"P0 = D1 / (r − g) = {money(d1)} / ({pct(r, 4)} − {pct(g)}) = {money(value)}",
              f"Answer: {money(value)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="equity_valuation",
                 difficulty="medium" if capm else "easy", template="valuation.gordon",
                 params={"d0": d0, "d1": round(d1, 6), "g": g, "r": round(r, 6), "capm": capm, "rf": rf,
                         "beta": beta, "mrp": mrp, "answer": value})


def t_pe(rng: random.Random) -> Draft:
    """P/E and earnings yield versus a bond yield (easy), or a justified forward P/E (medium)."""
    co = company(rng)
    price = pick(rng, 8, 600, 0.25)
    eps = round(price / pick(rng, 6, 60, 0.1), 2)
    justified = rng.random() < 0.45
    if not justified:
        pe, ey = price / eps, eps / price
        ty = pick(rng, 0.01, 0.06, 0.0005)
        instruction = rng.choice((
            f"{co} trades at {money(price)} with trailing EPS of {money(eps)}. What are its P/E and earnings yield, "
            f"and how does the yield compare with a {pct(ty)} 10-year Treasury?",
            f"Share price {money(price)}, EPS {money(eps)}. Compute the earnings yield."))
        lines = [f"P/E = {money(price)} / {money(eps)} = {num(pe, 2)}",
                 f"Earnings yield = EPS / P = 1 / P/E = {pct(ey)}",
                 f"Spread over the {pct(ty)} Treasury = {pct(ey - ty)}", f"Answer: {pct(ey)}"]
        answer = pct_value(ey)
        params = {"price": price, "eps": eps, "treasury": ty, "kind": "yield", "answer": answer}
    else:
        b = pick(rng, 0.2, 0.8, 0.05)
        g, r = pick(rng, 0.01, 0.06, 0.0025), 0.0
        r = pick(rng, g + 0.02, g + 0.07, 0.0025)
        jpe = b / (r - g)
        actual = price / (eps * (1 + g))
        instruction = rng.choice((
            f"{co}: payout ratio {pct(b)}, growth {pct(g)}, required return {pct(r)}. What forward P/E is justified, "
            f"and is the stock at {money(price)} with {money(eps)} trailing EPS rich or cheap?",
            f"Justified forward P/E for a firm paying out {pct(b)} of earnings, growing {pct(g)}, with a {pct(r)} cost "
            f"of equity? Compare with a price of {money(price)} and trailing EPS of {money(eps)}."))
        lines = [f"Justified forward P/E = payout / (r − g) = {num(b, 2)} / ({pct(r)} − {pct(g)}) = {num(jpe, 2)}",
                 f"Actual forward P/E = {money(price)} / ({money(eps)} × {1 + g:.4f}) = {num(actual, 2)}",
                 f"The stock looks {'expensive' if actual > jpe else 'cheap'} relative to the model.",
                 f"Answer: {num(jpe, 2)}"]
        answer = round(jpe, 2)
        params = {"price": price, "eps": eps, "payout": b, "g": g, "r": r, "kind": "justified", "answer": answer}
    return Draft(instruction=instruction, output="\n".join(lines), domain="equity_valuation",
                 difficulty="medium" if justified else "easy", template="valuation.pe", params=params)


def t_two_stage(rng: random.Random) -> Draft:
    """Two-stage dividend discount model: high growth for n years, then constant growth."""
    co = company(rng)
    d0 = pick(rng, 0.25, 5.0, 0.01)
    g1, n = pick(rng, 0.06, 0.25, 0.005), rng.randint(3, 6)
    g2 = pick(rng, 0.01, 0.045, 0.0025)
    r = pick(rng, max(g2 + 0.03, 0.07), 0.14, 0.0025)
    divs = [d0 * (1 + g1) ** t for t in range(1, n + 1)]
    pvs = [d / (1 + r) ** t for t, d in enumerate(divs, 1)]
    terminal = divs[-1] * (1 + g2) / (r - g2)
    pv_terminal = terminal / (1 + r) ** n
    value = round(sum(pvs) + pv_terminal, 2)
    instruction = rng.choice((
        f"{co} paid {money(d0)} per share this year. Dividends should grow {pct(g1)} a year for {n} years, then "
        f"{pct(g2)} forever. With a {pct(r)} required return, what is the share worth?",
        f"Two-stage DDM: D0 = {money(d0)}, {pct(g1)} growth for years 1-{n}, {pct(g2)} thereafter, discount rate "
        f"{pct(r)}. Value the stock.",
        f"{first_name(rng)} is valuing {co}, a fast grower: last dividend {money(d0)}, {n} years at {pct(g1)}, then "
        f"a mature {pct(g2)}. Required return {pct(r)}. Intrinsic value per share?",
    ))
    rows = [[str(t), money(d, True), f"{1 / (1 + r) ** t:.5f}", money(pv)] for t, (d, pv) in
            enumerate(zip(divs, pvs, strict=True), 1)]
    lines = [md_table(["Year", "Dividend", "Discount factor", "PV"], rows),
             f"PV of stage-1 dividends = {money(sum(pvs))}",
             f"Terminal value at year {n} = D{n + 1} / (r − g2) = {money(divs[-1])} × {1 + g2:.4f} / ({pct(r)} − "
             f"{pct(g2)}) = {money(terminal)}",
             f"PV of terminal value = {money(terminal)} / {1 + r:.4f}^{n} = {money(pv_terminal)}",
             f"Value = {money(sum(pvs))} + {money(pv_terminal)} = {money(value)}", f"Answer: {money(value)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="equity_valuation", difficulty="hard",
                 template="valuation.two_stage",
                 params={"d0": d0, "g1": g1, "n": n, "g2": g2, "r": r, "answer": value})


def t_expense_drag(rng: random.Random) -> Draft:
    """Ending values of the same investment in a cheap and an expensive fund (tools.calc compound_growth)."""
    amount = pick(rng, 5_000, 500_000, 500)
    gross = pick(rng, 0.04, 0.10, 0.0025)
    cheap, dear = pick(rng, 0.0003, 0.0020, 0.0001), pick(rng, 0.0050, 0.0150, 0.0005)
    years = rng.randint(10, 40)
    contrib = pick(rng, 0, 20_000, 500) if rng.random() < 0.4 else 0.0
    fv_cheap = tvm.compound_growth(amount, gross - cheap, years, 1, contrib).value
    fv_dear = tvm.compound_growth(amount, gross - dear, years, 1, contrib).value
    drag = round(fv_cheap - fv_dear, 2)
    add = f" plus {money(contrib, False)} at the end of each year" if contrib else ""
    instruction = rng.choice((
        f"{full_name(rng)} invests {money(amount, False)}{add} for {years} years. Both funds earn {pct(gross)} "
        f"before costs; one charges {pct(cheap)} a year, the other {pct(dear)}. How much does the expense ratio "
        "difference cost by the end?",
        f"Expense ratio drag: {money(amount, False)}{add}, {pct(gross)} gross return, {years} years, index fund at "
        f"{pct(cheap)} vs active fund at {pct(dear)}. What is the gap in ending value?",
    ))
    lines = [f"Net return = gross − expense ratio: {pct(gross - cheap)} and {pct(gross - dear)}",
             "FV = PV(1 + r)^t" + (" + C((1 + r)^t − 1)/r" if contrib else "") + " (tools.calc compound_growth)",
             f"Low-cost fund: {money(fv_cheap)}", f"High-cost fund: {money(fv_dear)}",
             f"Cost of the higher fee = {money(drag)} ({pct(drag / fv_cheap)} of the low-cost ending value)",
             f"Answer: {money(drag)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="funds_etfs", difficulty="medium",
                 template="valuation.expense_drag",
                 params={"amount": amount, "gross": gross, "cheap": cheap, "dear": dear, "years": years,
                         "contribution": contrib, "answer": drag})


def t_nav(rng: random.Random) -> Draft:
    """NAV per share and the premium or discount of the market price."""
    assets = pick(rng, 20_000_000, 5_000_000_000, 100_000)
    liab = pick(rng, 0, 0.08 * assets, 10_000)
    shares = pick(rng, 1_000_000, 200_000_000, 1_000)
    nav = (assets - liab) / shares
    price = round(nav * (1 + pick(rng, -0.15, 0.05, 0.0025)), 2)
    kind = rng.choice(("closed-end fund", "ETF", "closed-end municipal fund"))
    prem = price / round(nav, 2) - 1
    instruction = rng.choice((
        f"A {kind} holds {money(assets, False)} of assets and {money(liab, False)} of liabilities with "
        f"{num(shares, 0)} shares outstanding. It trades at {money(price)}. What is the NAV per share and the "
        "premium or discount?",
        f"Compute NAV and the premium/discount: total assets {money(assets, False)}, liabilities {money(liab, False)}, "
        f"shares {num(shares, 0)}, market price {money(price)} ({kind}).",
    ))
    lines = [f"NAV = (assets − liabilities) / shares = ({money(assets)} − {money(liab)}) / {num(shares, 0)} = "
             f"{money(nav)}",
             f"Premium (+) / discount (−) = price / NAV − 1 = {money(price)} / {money(nav)} − 1 = {pct(prem)}",
             f"Answer: {pct(prem)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="funds_etfs", difficulty="easy",
                 template="valuation.nav",
                 params={"assets": assets, "liabilities": liab, "shares": shares, "price": price,
                         "answer": pct_value(prem)})


# Sales-charge breakpoints of a typical Class A prospectus (a fund's own schedule, given as data in the question).
A_SHARE_BREAKPOINTS: tuple[tuple[float, float], ...] = ((50_000, 0.0575), (100_000, 0.045), (250_000, 0.035),
                                                        (500_000, 0.025), (1_000_000, 0.02), (float("inf"), 0.0))


def front_load(amount: float) -> float:
    """The Class A sales charge for an investment of ``amount`` under :data:`A_SHARE_BREAKPOINTS`."""
    return next(rate for top, rate in A_SHARE_BREAKPOINTS if amount < top)


def t_share_classes(rng: random.Random) -> Draft:
    """Class A (front load with breakpoints) versus Class C (higher 12b-1) versus a no-load index fund."""
    amount = pick(rng, *rng.choice(((10_000, 49_000), (50_000, 249_000), (250_000, 990_000), (1_000_000, 1_500_000))),
                  1_000)
    load = front_load(amount)
    er_a = pick(rng, 0.006, 0.011, 0.0005)
    er_c = round(er_a + 0.0075, 4)
    er_n = pick(rng, 0.0003, 0.002, 0.0001)
    gross = pick(rng, 0.04, 0.10, 0.0025)
    years = rng.randint(5, 25)
    fv_a = tvm.compound_growth(amount * (1 - load), gross - er_a, years).value
    fv_c = tvm.compound_growth(amount, gross - er_c, years).value
    fv_n = tvm.compound_growth(amount, gross - er_n, years).value
    diff = round(fv_a - fv_c, 2)
    sched = "; ".join(f"{'under ' + money(top, False) if top != float('inf') else money(1_000_000, False) + ' and up'}"
                      f" {pct(rate)}" for top, rate in A_SHARE_BREAKPOINTS)
    instruction = rng.choice((
        f"{full_name(rng)} will invest {money(amount, False)} for {years} years in a fund earning {pct(gross)} a year "
        f"before expenses. Class A: front-end load per the schedule ({sched}), expense ratio {pct(er_a)}. Class C: "
        f"no front load, expense ratio {pct(er_c)}. Which class ends with more, by how much, and how does a no-load "
        f"index fund at {pct(er_n)} compare?",
        f"Share-class choice: {money(amount, False)}, {years}-year horizon, {pct(gross)} gross return. A shares "
        f"({sched}; {pct(er_a)} expenses) or C shares ({pct(er_c)} expenses)? Also compare a {pct(er_n)} no-load fund.",
    ))
    lines = [f"Class A sales charge at {money(amount, False)}: {pct(load)} → invested {money(amount * (1 - load))}",
             f"A: {money(amount * (1 - load))} × (1 + {pct(gross)} − {pct(er_a)})^{years} = {money(fv_a)}",
             f"C: {money(amount)} × (1 + {pct(gross)} − {pct(er_c)})^{years} = {money(fv_c)}",
             f"No-load: {money(amount)} × (1 + {pct(gross)} − {pct(er_n)})^{years} = {money(fv_n)}",
             f"A − C = {money(diff)}: Class {'A' if diff > 0 else 'C'} ends ahead (ignoring any C-to-A conversion); "
             f"the no-load fund beats the better class by {money(fv_n - max(fv_a, fv_c))}.",
             f"Answer: {money(diff)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="funds_etfs", difficulty="hard",
                 template="valuation.share_classes",
                 params={"amount": amount, "load": load, "er_a": er_a, "er_c": er_c, "er_n": er_n, "gross": gross,
                         "years": years, "answer": diff})


TEMPLATES: list[tuple[Template, float]] = [
    (t_bond_price, 3.5), (t_bond_yield, 1.75), (t_duration, 2.0), (t_gordon, 2.5), (t_pe, 2.0), (t_two_stage, 1.5),
    (t_expense_drag, 1.25), (t_nav, 1.75), (t_share_classes, 1.5),
]
