"""Futures and forwards templates (derivatives: futures_forwards): cost-of-carry forward prices, daily marking to
market with margin calls, hedge ratios and contract counts, a commodity hedge and a stock-index hedge."""

from __future__ import annotations

import itertools
import math
import random

from training.data.gen.common import Draft, Template, money, num, pct, pick
from training.data.gen.markets_util import company, full_name, md_table

# Exchange contract sizes (CME Group specifications): corn, wheat and soybeans 5,000 bushels; WTI crude oil 1,000
# barrels; COMEX copper 25,000 lb; COMEX gold 100 troy oz; NY Harbor ULSD (heating oil) 42,000 gallons; E-mini
# S&P 500 $50 × index.
CONTRACTS: dict[str, tuple[str, float, str]] = {
    "corn": ("bushels", 5_000, "bushel"), "wheat": ("bushels", 5_000, "bushel"),
    "soybeans": ("bushels", 5_000, "bushel"), "crude oil": ("barrels", 1_000, "barrel"),
    "copper": ("pounds", 25_000, "pound"), "gold": ("troy ounces", 100, "ounce"),
}
PRICE_RANGE: dict[str, tuple[float, float, float]] = {
    "corn": (3.5, 7.0, 0.0025), "wheat": (4.5, 9.0, 0.0025), "soybeans": (9.0, 15.0, 0.0025),
    "crude oil": (55, 110, 0.01), "copper": (3.0, 5.0, 0.0005), "gold": (1_700, 2_800, 0.1),
}
HEATING_OIL_GALLONS = 42_000
EMINI_MULTIPLIER = 50


def t_forward_price(rng: random.Random) -> Draft:
    """F = S·e^(rT) or S(1 + r)^T (easy); with a dividend yield, known income or storage cost (medium)."""
    kind = rng.choice(("plain", "plain", "yield", "income", "storage"))
    s = pick(rng, 20, 5_000, 0.5)
    r, months = pick(rng, 0.01, 0.07, 0.0025), rng.choice((1, 2, 3, 4, 6, 9, 12, 18))
    t = months / 12
    params: dict[str, object] = {"kind": kind, "spot": s, "r": r, "t": t}
    if kind == "plain":
        cont = rng.random() < 0.6
        f = s * math.exp(r * t) if cont else s * (1 + r) ** t
        what = rng.choice(("a non-dividend-paying stock", "a zero-coupon bond position", "a growth stock"))
        comp = "continuously compounded" if cont else "annually compounded"
        instruction = f"What is the {months}-month forward price of {what} trading at {money(s)} if the {comp} " \
                      f"risk-free rate is {pct(r)}?"
        lines = [(f"F = S·e^(rT) = {money(s)} × e^({r:.4f} × {t:.4f})" if cont else
                  f"F = S(1 + r)^T = {money(s)} × {1 + r:.4f}^{t:.4f}") + f" = {money(f)}"]
        params["continuous"] = cont
    elif kind == "yield":
        q = pick(rng, 0.005, 0.04, 0.0025)
        f = s * math.exp((r - q) * t)
        instruction = f"A stock index stands at {num(s)} with a {pct(q)} continuous dividend yield; r = {pct(r)}. " \
                      f"What is the fair {months}-month futures price?"
        lines = [f"F = S·e^((r − q)T) = {num(s)} × e^(({r:.4f} − {q:.4f}) × {t:.4f}) = {num(f, 2)}"]
        params["q"] = q
    elif kind == "income":
        d, td = pick(rng, 0.2, 0.03 * s, 0.01), rng.randint(1, months) / 12
        pv = d * math.exp(-r * td)
        f = (s - pv) * math.exp(r * t)
        instruction = f"A stock at {money(s)} will pay a {money(d)} dividend in {num(td * 12, 0)} months. With " \
                      f"r = {pct(r)} (continuous), what is the {months}-month forward price?"
        lines = [f"PV(dividend) = {money(d)} × e^(−{r:.4f} × {td:.4f}) = {money(pv)}",
                 f"F = (S − PV(I))·e^(rT) = ({money(s)} − {money(pv)}) × e^({r:.4f} × {t:.4f}) = {money(f)}"]
        params.update(dividend=d, t_div=td)
    else:
        u = pick(rng, 0.005, 0.04, 0.0025)
        f = s * math.exp((r + u) * t)
        good = rng.choice(("gold", "copper", "crude oil"))
        instruction = f"Spot {good} is {money(s)}; storage costs {pct(u)} a year of the value and r = {pct(r)} " \
                      f"(both continuous). Fair {months}-month futures price?"
        lines = [f"F = S·e^((r + u)T) = {money(s)} × e^(({r:.4f} + {u:.4f}) × {t:.4f}) = {money(f)}"]
        params["u"] = u
    lines += ["If the market price differs, cash-and-carry (or the reverse) arbitrage would pull it back.",
              f"Answer: {num(f, 2) if kind == 'yield' else money(f)}"]
    params["answer"] = round(f, 2)
    return Draft(instruction=instruction, output="\n".join(lines), domain="futures_forwards",
                 difficulty="easy" if kind == "plain" else "medium", template="futures.forward_price", params=params)


def margin_schedule(prices: list[float], size: float, n: int, side: int, initial: float,
                    maintenance: float) -> list[tuple[float, float, float, float, float]]:
    """Daily settlement: (price, daily gain, cumulative gain, balance after any call, call) for days 1..k; a call
    restores the balance to initial margin when it falls below maintenance."""
    bal, cum, rows = initial * n, 0.0, []
    for prev, cur in itertools.pairwise(prices):
        gain = side * (cur - prev) * size * n
        cum += gain
        bal += gain
        call = initial * n - bal if bal < maintenance * n else 0.0
        bal += call
        rows.append((cur, gain, cum, bal, call))
    return rows


def t_margin(rng: random.Random) -> Draft:
    """Marking a futures position to market over several days with margin calls."""
    good = rng.choice(tuple(CONTRACTS))
    units, size, unit = CONTRACTS[good]
    low, high, step = PRICE_RANGE[good]
    n, side = rng.randint(1, 12), rng.choice((1, -1))
    f0 = pick(rng, low, high, step)
    initial = round(f0 * size * pick(rng, 0.05, 0.10, 0.005), -2)
    maintenance = round(initial * rng.choice((0.7, 0.75, 0.8)), -2)
    for _ in range(20):
        prices = [f0]
        for _ in range(rng.randint(5, 7)):
            prices.append(round(round(prices[-1] * (1 + rng.gauss(0, 0.02)) / step) * step, 4))
        rows = margin_schedule(prices, size, n, side, initial, maintenance)
        if any(r[4] > 0 for r in rows):
            break
    calls = round(sum(r[4] for r in rows), 2)
    pos = "long" if side > 0 else "short"
    instruction = rng.choice((
        f"{full_name(rng)} goes {pos} {n} {good} futures ({num(size, 0)} {units} each) at {num(f0, 4)} per {unit}. "
        f"Initial margin is {money(initial, False)} and maintenance {money(maintenance, False)} per contract. Using "
        "the settlement prices below, track the margin account and total the margin calls.",
        f"Mark-to-market exercise: {pos} {n} × {good} futures at {num(f0, 4)}; contract {num(size, 0)} {units}; "
        f"margin {money(initial, False)} initial / {money(maintenance, False)} maintenance per contract. How much "
        "variation margin must be deposited over these days?",
    ))
    data = "Settlement prices: " + ", ".join(f"day {i} {num(p, 4)}" for i, p in enumerate(prices[1:], 1))
    table = md_table(["Day", "Settle", "Daily gain", "Cumulative", "Balance", "Margin call"],
                     [[str(i), num(p, 4), money(g), money(c), money(b), money(call) if call else "—"]
                      for i, (p, g, c, b, call) in enumerate(rows, 1)])
    lines = [f"Start: {n} × {money(initial, False)} = {money(initial * n)}; maintenance level {money(maintenance * n)}",
             f"Daily gain = {'+' if side > 0 else '−'}(settle − previous) × {num(size, 0)} × {n}; a call restores "
             "the balance to initial margin.", table,
             f"Total margin calls = {money(calls)}; cumulative gain {money(rows[-1][2])}.", f"Answer: {money(calls)}"]
    return Draft(instruction=instruction, input=data, output="\n".join(lines), domain="futures_forwards",
                 difficulty="hard", template="futures.margin",
                 params={"good": good, "size": size, "contracts": n, "side": side, "prices": prices,
                         "initial": initial, "maintenance": maintenance, "answer": calls})


def t_hedge_contracts(rng: random.Random) -> Draft:
    """Minimum-variance cross hedge (jet fuel with heating-oil futures) or a beta hedge with E-mini futures."""
    if rng.random() < 0.5:
        gallons = pick(rng, 500_000, 30_000_000, 10_000)
        ss, rho = pick(rng, 0.01, 0.06, 0.001), pick(rng, 0.6, 0.98, 0.01)
        sf = round(ss * pick(rng, 0.75, 1.35, 0.01), 3)
        h = rho * ss / sf
        exact = h * gallons / HEATING_OIL_GALLONS
        n = round(exact)
        instruction = rng.choice((
            f"{company(rng).split()[0]} Airlines will buy {num(gallons, 0)} gallons of jet fuel in 3 months and hedges "
            f"with heating-oil futures (42,000 gallons each). Monthly price-change volatility: jet fuel {ss:.3f}, "
            f"futures {sf:.3f}; correlation {rho:.2f}. How many contracts minimize risk?",
            f"Cross hedge: exposure {num(gallons, 0)} gallons, σ_S = {ss:.3f}, σ_F = {sf:.3f}, ρ = {rho:.2f}, contract "
            "size 42,000 gallons. Optimal number of futures?"))
        lines = [f"h* = ρ·σ_S/σ_F = {rho:.2f} × {ss:.3f} / {sf:.3f} = {h:.4f}",
                 f"N* = h* × Q_A / Q_F = {h:.4f} × {num(gallons, 0)} / 42,000 = {num(exact, 2)} → {num(n, 0)} "
                 "contracts (long)"]
        params: dict[str, object] = {"mode": "cross", "gallons": gallons, "ss": ss, "sf": sf, "rho": rho, "answer": n}
    else:
        value = pick(rng, 2_000_000, 500_000_000, 100_000)
        beta, target = pick(rng, 0.5, 1.8, 0.05), pick(rng, 0.0, 1.2, 0.1)
        fut = pick(rng, 3_500, 6_500, 0.25)
        exact = (beta - target) * value / (fut * EMINI_MULTIPLIER)
        n = round(exact)
        instruction = rng.choice((
            f"A {money(value, False)} equity portfolio has beta {beta:.2f}. E-mini S&P 500 futures ($50 × index) trade "
            f"at {num(fut)}. How many contracts reduce the beta to {target:.1f}?",
            f"Portfolio manager {full_name(rng)} wants to cut beta from {beta:.2f} to {target:.1f} on "
            f"{money(value, False)} using E-mini futures at {num(fut)} (multiplier $50). Contracts to trade?"))
        lines = [f"One contract = {num(fut)} × $50 = {money(fut * EMINI_MULTIPLIER)}",
                 f"N = (β − β*) × V / (F × 50) = ({beta:.2f} − {target:.1f}) × {money(value, False)} / "
                 f"{money(fut * EMINI_MULTIPLIER)} = {num(exact, 2)} → {'sell' if n >= 0 else 'buy'} "
                 f"{num(abs(n), 0)} contracts"]
        params = {"mode": "beta", "value": value, "beta": beta, "target": target, "futures": fut, "answer": n}
    lines.append(f"Answer: {num(abs(n), 0)} contracts")
    params["answer"] = abs(n)
    return Draft(instruction=instruction, output="\n".join(lines), domain="futures_forwards", difficulty="medium",
                 template="futures.hedge_contracts", params=params)


def t_commodity_hedge(rng: random.Random) -> Draft:
    """A producer's short hedge or a buyer's long hedge: contracts, futures gain and the effective price."""
    good = rng.choice(("corn", "wheat", "soybeans", "crude oil", "copper"))
    units, size, unit = CONTRACTS[good]
    low, high, step = PRICE_RANGE[good]
    short = rng.random() < 0.5
    qty = pick(rng, size * 2, size * 60, size / 10)
    n = round(qty / size)
    f1 = pick(rng, low, high, step)
    f2 = round(round(f1 * pick(rng, 0.75, 1.25, 0.005) / step) * step, 4)
    basis = pick(rng, -0.06, 0.04, 0.005) * f1
    s2 = round(round((f2 + basis) / step) * step, 4)
    side = -1 if short else 1
    gain = side * (f2 - f1) * size * n
    cash = qty * s2
    total = cash + gain if short else cash - gain
    effective = total / qty
    sellers = {"crude oil": ("An oil producer",), "copper": ("A mining company",)}
    buyers = {"crude oil": ("A refinery", "An airline-fuel supplier"),
              "copper": ("A wire maker", "A plumbing-parts maker")}
    who = rng.choice(sellers.get(good, ("A farm cooperative", "A grain elevator")) if short else
                     buyers.get(good, ("A food manufacturer", "A feed mill", "An ethanol plant")))
    verb = "sell" if short else "buy"
    instruction = rng.choice((
        f"{who} will {verb} {num(qty, 0)} {units} of {good} in a few months and hedges now by going "
        f"{'short' if short else 'long'} futures at {num(f1, 4)} ({num(size, 0)} {units} per contract). When it "
        f"{'sells' if short else 'buys'}, spot is {num(s2, 4)} and the futures settle at {num(f2, 4)}. How many "
        f"contracts, what futures gain or loss, and what effective price per {unit}?",
        f"Hedge outcome: {'short' if short else 'long'} hedge of {num(qty, 0)} {units} of {good}; futures entered at "
        f"{num(f1, 4)} and closed at {num(f2, 4)}; spot at the end {num(s2, 4)}. Contract size {num(size, 0)}. Find "
        f"the effective {'selling' if short else 'purchase'} price.",
    ))
    lines = [f"Contracts = {num(qty, 0)} / {num(size, 0)} = {num(qty / size, 2)} → {n}",
             f"Futures gain = {'(F1 − F2)' if short else '(F2 − F1)'} × {num(size, 0)} × {n} = {money(gain)}",
             (f"Net revenue = spot sale {num(qty, 0)} × {num(s2, 4)} = {money(cash)} + futures gain {money(gain)} = "
              f"{money(total)}" if short else
              f"Net cost = spot purchase {num(qty, 0)} × {num(s2, 4)} = {money(cash)} − futures gain {money(gain)} = "
              f"{money(total)}"),
             f"Effective price = {money(total)} / {num(qty, 0)} = {num(effective, 4)} per {unit}",
             f"Final basis = S2 − F2 = {num(s2 - f2, 4)}; a hedge of exactly the quantity locks F1 + basis = "
             f"{num(f1 + s2 - f2, 4)}.",
             f"Answer: {num(effective, 4)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="futures_forwards", difficulty="hard",
                 template="futures.commodity_hedge",
                 params={"good": good, "short": short, "quantity": qty, "size": size, "f1": f1, "f2": f2, "s2": s2,
                         "answer": round(effective, 4)})


def t_index_hedge(rng: random.Random) -> Draft:
    """Hedging an equity portfolio with E-mini futures over a quarter: contracts, futures P&L, CAPM-expected
    portfolio value, hedged versus unhedged, and a verdict."""
    pm = full_name(rng)
    value = pick(rng, 5_000_000, 400_000_000, 100_000)
    beta = pick(rng, 0.6, 1.6, 0.05)
    i0 = pick(rng, 3_800, 6_200, 0.5)
    rf, q = pick(rng, 0.01, 0.06, 0.0025), pick(rng, 0.01, 0.02, 0.0025)
    months = rng.choice((2, 3, 4, 6))
    t = months / 12
    f0 = round(i0 * math.exp((rf - q) * t) * 4) / 4
    move = pick(rng, -0.25, 0.15, 0.005)
    i1 = round(i0 * (1 + move) * 2) / 2
    f1 = round(i1 * 4) / 4  # at delivery the futures converge to the index
    n = round(beta * value / (f0 * EMINI_MULTIPLIER))
    fut_gain = n * (f0 - f1) * EMINI_MULTIPLIER
    index_ret = (i1 - i0) / i0 + q * t
    port_ret = rf * t + beta * (index_ret - rf * t)
    port_val = value * (1 + port_ret)
    hedged = port_val + fut_gain
    instruction = rng.choice((
        f"{pm} manages a {money(value, False)} portfolio with beta {beta:.2f} and wants to hedge it for {months} "
        f"months with E-mini S&P 500 futures ($50 × index). The index is {num(i0)}, the futures {num(f0)}, the "
        f"risk-free rate {pct(rf)} and the index dividend yield {pct(q)}. At expiry the index is {num(i1)}. Work "
        "out the hedge, the futures P&L, the expected portfolio value (CAPM) and the hedged total, and comment.",
        f"Portfolio hedge over {months} months: V = {money(value, False)}, β = {beta:.2f}, index {num(i0)} → "
        f"{num(i1)}, futures entered at {num(f0)} (multiplier $50), r = {pct(rf)}, dividend yield {pct(q)}. Compute "
        "the number of contracts, the hedged value at expiry and compare it with not hedging.",
    ))
    lines = [f"1) N = β × V / (F0 × 50) = {beta:.2f} × {money(value, False)} / ({num(f0)} × 50) = "
             f"{num(beta * value / (f0 * EMINI_MULTIPLIER), 2)} → short {n}",
             f"2) Futures converge to the index ({num(f1)}): gain = {n} × ({num(f0)} − {num(f1)}) × 50 = "
             f"{money(fut_gain)}",
             f"3) Index return incl. dividends = ({num(i1)} − {num(i0)})/{num(i0)} + {pct(q)} × {t:.4f} = "
             f"{pct(index_ret, 3)}",
             f"Portfolio return (CAPM) = rf·T + β(index return − rf·T) = {pct(rf * t, 3)} + {beta:.2f} × "
             f"({pct(index_ret, 3)} − {pct(rf * t, 3)}) = {pct(port_ret, 3)} → value {money(port_val)}",
             f"4) Hedged total = {money(port_val)} + {money(fut_gain)} = {money(hedged)} "
             f"({pct(hedged / value - 1, 3)}, close to the risk-free {pct(rf * t, 3)} for the period)",
             f"5) Unhedged the portfolio would be worth {money(port_val)}; the hedge "
             f"{'protected' if fut_gain > 0 else 'gave up'} {money(abs(fut_gain))}. Hedging removes market risk "
             "both ways; residual differences come from rounding the contracts and tracking error.",
             f"Answer: {money(hedged)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="futures_forwards",
                 difficulty="extremely_complex", template="futures.index_hedge",
                 params={"value": value, "beta": beta, "index0": i0, "index1": i1, "futures0": f0, "futures1": f1,
                         "rf": rf, "q": q, "t": t, "contracts": n, "answer": round(hedged, 2)})


TEMPLATES: list[tuple[Template, float]] = [
    (t_forward_price, 2.25), (t_margin, 2.0), (t_hedge_contracts, 1.75), (t_commodity_hedge, 1.5),
    (t_index_hedge, 2.25),
]
