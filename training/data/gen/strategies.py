"""Option-strategy templates (derivatives: options_strategies): covered calls and protective puts, vertical spreads,
straddles and strangles, butterflies and iron condors, and a collar on a concentrated position with tax."""

from __future__ import annotations

import math
import random

from training.data.gen.common import Draft, Template, money, num, pick
from training.data.gen.markets_util import full_name, md_table, ticker
from training.data.gen.options import CONTRACT, bs_price, option_payoff

Leg = tuple[str, float, int, float]  # (call|put, strike, +qty long / −qty short per share-unit, premium per share)
LTCG_TOP, NIIT = 0.20, 0.038  # IRC §1(h)(1)(D) top long-term rate; IRC §1411 net investment income tax


def premium(rng: random.Random, kind: str, s: float, k: float, t: float, sigma: float) -> float:
    """A plausible market premium: Black-Scholes at 4% rounded to a nickel (at least $0.05)."""
    call, put, _, _ = bs_price(s, k, 0.04, sigma, t)
    return max(0.05, round((call if kind == "call" else put) * 20) / 20)


def leg_profit(legs: list[Leg], s: float) -> float:
    """Profit per share-unit at expiry of option legs (premiums paid for longs, received for shorts)."""
    return sum(q * (option_payoff(kind, s, k) - p) for kind, k, q, p in legs)


def _leg_text(legs: list[Leg]) -> str:
    return "; ".join(f"{'buy' if q > 0 else 'sell'} {abs(q) if abs(q) > 1 else ''}{'×' if abs(q) > 1 else ''}"
                     f"{num(k)} {kind} at {money(p)}" for kind, k, q, p in legs)


def _params(legs: list[Leg], n: int, prices: list[float], answer: float, **extra: object) -> dict[str, object]:
    return {"legs": [[kind, k, q, p] for kind, k, q, p in legs], "contracts": n, "prices": prices,
            "answer": answer, **extra}


def _grid(s: float, rng: random.Random, k: int = 4) -> list[float]:
    return sorted({round(s * pick(rng, 0.6, 1.4, 0.01), 2) for _ in range(k)})


def t_stock_and_option(rng: random.Random) -> Draft:
    """Covered call (maximum profit) or protective put (maximum loss) with a P&L table."""
    sym, n = ticker(rng), rng.randint(1, 30)
    s0, sigma, t = pick(rng, 15, 400, 0.25), pick(rng, 0.15, 0.7, 0.01), rng.choice((1, 2, 3, 6)) / 12
    covered = rng.random() < 0.5
    kind = "call" if covered else "put"
    k = round(s0 * (pick(rng, 1.02, 1.2, 0.01) if covered else pick(rng, 0.8, 0.98, 0.01)) * 2) / 2
    p = premium(rng, kind, s0, k, t, sigma)
    legs: list[Leg] = [(kind, k, -1 if covered else 1, p)]
    prices = _grid(s0, rng)
    prof = [round((x - s0 + leg_profit(legs, x)) * CONTRACT * n, 2) for x in prices]
    if covered:
        key, answer = "maximum profit", round((k - s0 + p) * CONTRACT * n, 2)
        extra = [f"Max profit = (K − S0 + premium) × shares = ({num(k)} − {num(s0)} + {num(p)}) × {CONTRACT * n:,} = "
                 f"{money(answer)} (stock called away at or above {money(k)})",
                 f"Break-even = S0 − premium = {money(s0 - p)}; max loss = {money((s0 - p) * CONTRACT * n)} if the "
                 "stock goes to zero"]
    else:
        key, answer = "maximum loss", round((s0 - k + p) * CONTRACT * n, 2)
        extra = [f"Max loss = (S0 − K + premium) × shares = ({num(s0)} − {num(k)} + {num(p)}) × {CONTRACT * n:,} = "
                 f"{money(answer)}", f"Break-even = S0 + premium = {money(s0 + p)}; upside unlimited"]
    what = "covered call" if covered else "protective put"
    instruction = rng.choice((
        f"{full_name(rng)} owns {CONTRACT * n:,} shares of {sym} bought at {money(s0)} and "
        f"{'sells' if covered else 'buys'} {n} {num(k)}-strike {kind}{'s' if n > 1 else ''} at {money(p)} "
        f"({num(t * 12, 0)} months). What is the {key} of this {what}, and the P&L at expiry for "
        f"{', '.join(money(x) for x in prices)}?",
        f"{what.capitalize()} on {sym}: long {CONTRACT * n:,} shares at {money(s0)}, {'short' if covered else 'long'} "
        f"{n} {money(k)} {kind}s for {money(p)}. Give the {key}, the break-even and a P&L table.",
    ))
    rows = [[money(x), money(x - s0), money(leg_profit(legs, x)), money(v)] for x, v in zip(prices, prof, strict=True)]
    lines = [md_table(["Stock at expiry", "Stock P&L/share", "Option P&L/share", "Total P&L"], rows), *extra,
             f"Answer: {money(answer)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="options_strategies", difficulty="medium",
                 template="strategies.stock_and_option",
                 params=_params(legs, n, prices, answer, stock_cost=s0, covered=covered, pnl=prof))


def t_vertical(rng: random.Random) -> Draft:
    """Bull/bear debit or credit spreads: net premium, max profit and loss, break-even, P&L at several prices."""
    sym, n = ticker(rng), rng.randint(1, 25)
    s, sigma, t = pick(rng, 20, 500, 0.5), pick(rng, 0.15, 0.6, 0.01), rng.choice((1, 2, 3, 6)) / 12
    width = rng.choice((2.5, 5, 10, 15, 20)) if s > 60 else rng.choice((1, 2, 2.5, 5))
    k1 = round(s * pick(rng, 0.94, 1.03, 0.01) / width) * width or width
    k2 = k1 + width
    name = rng.choice(("bull call spread", "bear put spread", "bull put spread", "bear call spread"))
    kind = "call" if "call" in name else "put"
    p1, p2 = premium(rng, kind, s, k1, t, sigma), premium(rng, kind, s, k2, t, sigma)
    if abs(p1 - p2) < 0.05 or abs(p1 - p2) > width - 0.05:  # rounding left no premium (or no risk): widen the gap
        bump = min(0.25, width / 4)
        p1, p2 = (round(p2 + bump, 2), p2) if kind == "call" else (p1, round(p1 + bump, 2))
    long_low = name.startswith("bull")
    legs: list[Leg] = [(kind, k1, 1 if long_low else -1, p1), (kind, k2, -1 if long_low else 1, p2)]
    net = -sum(q * p for _, _, q, p in legs)  # >0 credit
    max_profit = max(leg_profit(legs, x) for x in (0.0, k1, k2, k2 * 3))
    max_loss = -min(leg_profit(legs, x) for x in (0.0, k1, k2, k2 * 3))
    be = k1 + abs(net) if kind == "call" else k2 - abs(net)
    prices = _grid(s, rng, 3)
    answer = round(max_profit * CONTRACT * n, 2)
    instruction = rng.choice((
        f"Build a {name} on {sym} (stock {money(s)}): {_leg_text(legs)}, {n} contract{'s' if n > 1 else ''} each. "
        "What are the net premium, maximum profit, maximum loss and break-even?",
        f"{full_name(rng)} opens {n} {name}{'s' if n > 1 else ''} on {sym}: {_leg_text(legs)}. Compute the max "
        f"profit and loss, the break-even, and the P&L at {', '.join(money(x) for x in prices)}.",
    ))
    lines = [f"Net premium = {'credit' if net > 0 else 'debit'} of {money(abs(net))} per share",
             f"Max profit = {money(max_profit)} per share × {CONTRACT * n:,} = {money(answer)}",
             f"Max loss = {money(max_loss)} per share × {CONTRACT * n:,} = {money(max_loss * CONTRACT * n)} "
             f"(width {num(width)} − max profit)",
             f"Break-even = {money(be)}",
             md_table(["At expiry", "P&L"], [[money(x), money(leg_profit(legs, x) * CONTRACT * n)] for x in prices]),
             f"Answer: {money(answer)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="options_strategies", difficulty="medium",
                 template="strategies.vertical",
                 params=_params(legs, n, prices, answer, strategy=name, breakeven=round(be, 2)))


def t_volatility_trade(rng: random.Random) -> Draft:
    """Long or short straddle or strangle: break-evens and the P&L at one asked price."""
    sym, n = ticker(rng), rng.randint(1, 20)
    s, sigma, t = pick(rng, 20, 500, 0.5), pick(rng, 0.2, 0.9, 0.01), rng.choice((1, 2, 3)) / 12
    strangle = rng.random() < 0.5
    step = 5 if s > 100 else 1
    kp = round(s * (pick(rng, 0.85, 0.97, 0.01) if strangle else 1) / step) * step or step
    kc = round(s * pick(rng, 1.03, 1.15, 0.01) / step) * step if strangle else kp
    side = rng.choice((1, -1))
    legs: list[Leg] = [("put", kp, side, premium(rng, "put", s, kp, t, sigma)),
                       ("call", kc, side, premium(rng, "call", s, kc, t, sigma))]
    total_prem = legs[0][3] + legs[1][3]
    st = round(s * pick(rng, 0.65, 1.35, 0.005), 2)
    answer = round(leg_profit(legs, st) * CONTRACT * n, 2)
    name = ("long " if side > 0 else "short ") + ("strangle" if strangle else "straddle")
    instruction = rng.choice((
        f"Ahead of earnings, a trader puts on a {name} on {sym} ({money(s)}): {_leg_text(legs)}, {n} contracts each. "
        f"What are the break-evens, and the P&L if {sym} finishes at {money(st)}?",
        f"{name.capitalize()}: {_leg_text(legs)} × {n}. P&L at expiry with the stock at {money(st)}?",
    ))
    lines = [f"Total premium = {money(legs[0][3])} + {money(legs[1][3])} = {money(total_prem)} per share "
             f"({'paid' if side > 0 else 'received'})",
             f"Break-evens = {money(kp - total_prem)} and {money(kc + total_prem)}",
             f"At {money(st)}: put pays {money(option_payoff('put', st, kp))}, call pays "
             f"{money(option_payoff('call', st, kc))} per share",
             f"P&L = {'+' if side > 0 else '−'}(payoffs − premium) × {CONTRACT * n:,} = {money(answer)}",
             f"{'Max loss is the premium' if side > 0 else 'Max profit is the premium; losses are unlimited above'} "
             f"({money(total_prem * CONTRACT * n)}).",
             f"Answer: {money(answer)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="options_strategies", difficulty="medium",
                 template="strategies.volatility_trade", params=_params(legs, n, [st], answer, strategy=name))


def t_wings(rng: random.Random) -> Draft:
    """Long call butterfly or short iron condor: P&L at five prices, max profit, max loss, break-evens."""
    sym, n = ticker(rng), rng.randint(1, 20)
    s, sigma, t = pick(rng, 30, 500, 0.5), pick(rng, 0.15, 0.6, 0.01), rng.choice((1, 2, 3)) / 12
    w = rng.choice((2.5, 5, 10)) if s > 80 else rng.choice((1, 2, 2.5))
    mid = round(s / w) * w
    if rng.random() < 0.5:
        name = "long call butterfly"
        ks = (mid - w, mid, mid + w)
        legs: list[Leg] = [("call", ks[0], 1, premium(rng, "call", s, ks[0], t, sigma)),
                           ("call", ks[1], -2, premium(rng, "call", s, ks[1], t, sigma)),
                           ("call", ks[2], 1, premium(rng, "call", s, ks[2], t, sigma))]
        strikes = list(ks)
    else:
        name = "short iron condor"
        w *= 2
        body = max(w, round(s * sigma * math.sqrt(t) * pick(rng, 0.7, 1.4, 0.05) / w) * w)  # shorts about 1σ out
        ks4 = (mid - body - w, mid - body, mid + body, mid + body + w)
        legs = [("put", ks4[0], 1, premium(rng, "put", s, ks4[0], t, sigma)),
                ("put", ks4[1], -1, premium(rng, "put", s, ks4[1], t, sigma)),
                ("call", ks4[2], -1, premium(rng, "call", s, ks4[2], t, sigma)),
                ("call", ks4[3], 1, premium(rng, "call", s, ks4[3], t, sigma))]
        strikes = list(ks4)
    net = -sum(q * p for _, _, q, p in legs)
    grid = [0.0, *strikes, strikes[-1] * 2]
    max_profit = max(leg_profit(legs, x) for x in grid)
    max_loss = -min(leg_profit(legs, x) for x in grid)
    prices = sorted({*strikes, round(strikes[0] - w, 2), round(strikes[-1] + w, 2)})
    answer = round(max_profit * CONTRACT * n, 2)
    instruction = rng.choice((
        f"Analyze a {name} on {sym} (stock {money(s)}): {_leg_text(legs)}; {n} unit{'s' if n > 1 else ''}. Tabulate "
        "the expiry P&L, and give the maximum profit, maximum loss and break-evens.",
        f"{full_name(rng)} sells volatility on {sym} with a {name}: {_leg_text(legs)} ({n}×). What is the most it can "
        "make and lose?",
    ))
    lo = strikes[0] + (-net if net < 0 else 0) if name.startswith("long") else strikes[1] - net
    hi = strikes[-1] - (-net) if name.startswith("long") else strikes[2] + net
    lines = [f"Net premium = {'credit' if net > 0 else 'debit'} {money(abs(net))} per share",
             md_table(["At expiry", "P&L per share", f"P&L × {CONTRACT * n:,}"],
                      [[money(x), money(leg_profit(legs, x)), money(leg_profit(legs, x) * CONTRACT * n)]
                       for x in prices]),
             f"Max profit = {money(max_profit)} per share → {money(answer)}; max loss = {money(max_loss)} per share → "
             f"{money(max_loss * CONTRACT * n)}",
             f"Break-evens = {money(lo)} and {money(hi)}", f"Answer: {money(answer)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="options_strategies", difficulty="hard",
                 template="strategies.wings", params=_params(legs, n, prices, answer, strategy=name))


def collar_rows(shares: int, basis: float, put_k: float, call_k: float, net_prem: float, prices: list[float],
                rate: float) -> list[tuple[float, float, float, float, float]]:
    """For each expiry price: effective sale price, pre-tax proceeds, tax on the stock gain, after-tax proceeds and
    the unhedged after-tax proceeds (shares sold at market)."""
    out = []
    for x in prices:
        eff = min(max(x, put_k), call_k)
        pre = shares * (eff + net_prem)
        tax = rate * shares * (eff - basis)
        out.append((eff, pre, tax, pre - tax, shares * x - rate * shares * (x - basis)))
    return out


def t_collar(rng: random.Random) -> Draft:
    """A collar on a concentrated, low-basis position: outcomes at several prices, after tax, and a verdict."""
    who, sym = full_name(rng), ticker(rng)
    n = rng.randint(50, 1_000)
    shares = n * CONTRACT
    s0, sigma, t = pick(rng, 20, 400, 0.25), pick(rng, 0.2, 0.6, 0.01), rng.choice((3, 6, 9, 12)) / 12
    basis = round(s0 * pick(rng, 0.05, 0.6, 0.01), 2)
    put_k = round(s0 * pick(rng, 0.8, 0.95, 0.01))
    call_k = round(s0 * pick(rng, 1.05, 1.3, 0.01))
    pp, cp = premium(rng, "put", s0, put_k, t, sigma), premium(rng, "call", s0, call_k, t, sigma)
    net = round(cp - pp, 2)
    rate = LTCG_TOP + NIIT
    prices = sorted({round(s0 * f, 2) for f in (pick(rng, 0.5, 0.78, 0.01), 1.0, pick(rng, 1.35, 1.8, 0.01))} |
                    {round((put_k + call_k) / 2, 2)})
    rows = collar_rows(shares, basis, put_k, call_k, net, prices, rate)
    floor = round(rows[0][3], 2)
    instruction = rng.choice((
        f"{who} holds {shares:,} shares of {sym} (price {money(s0)}, cost basis {money(basis)}, held for years). To "
        f"protect the position for {num(t * 12, 0)} months they buy {n} {money(put_k)} puts at {money(pp)} and sell "
        f"{n} {money(call_k)} calls at {money(cp)}. Evaluate the outcome at expiry for "
        f"{', '.join(money(x) for x in prices)} if the shares are then sold (or put/called), after a 23.8% tax on "
        "the stock gain, versus no hedge, and give the protected after-tax floor.",
        f"Collar analysis for a concentrated position in {sym}: {shares:,} shares, basis {money(basis)}, spot "
        f"{money(s0)}; long {money(put_k)} put ({money(pp)}), short {money(call_k)} call ({money(cp)}), "
        f"{num(t * 12, 0)}-month expiry. Long-term gains are taxed at 20% + 3.8% NIIT. Compare hedged and unhedged "
        "after-tax proceeds at several prices and recommend.",
    ))
    table = md_table(["Price at expiry", "Sale price", "Pre-tax (incl. options)", "Tax on stock", "After tax",
                      "Unhedged after tax"],
                     [[money(x), money(e), money(pre), money(tax), money(after), money(un)]
                      for x, (e, pre, tax, after, un) in zip(prices, rows, strict=True)])
    lines = [f"Net premium = call {money(cp)} − put {money(pp)} = {money(net)} per share "
             f"({'credit' if net >= 0 else 'debit'}; {money(net * shares)} in all)",
             f"At expiry the shares sell for min(max(S, {num(put_k)}), {num(call_k)}); tax = 23.8% × (sale − basis) × "
             "shares. Option cash is shown pre-tax (its character depends on the straddle and covered-call rules).",
             table,
             f"Floor after tax = {shares:,} × ({num(put_k)} {'+' if net >= 0 else '−'} {num(abs(net))}) − 23.8% × "
             f"{shares:,} × ({num(put_k)} − "
             f"{num(basis)}) = {money(floor)}; the cap gives up everything above {money(call_k)}.",
             "Verdict: the collar limits the loss on a concentrated position without selling now (deferring the "
             f"{money(rate * shares * (s0 - basis))} tax a sale today would trigger). A very tight collar can risk "
             "a constructive sale (§1259), and executives must follow the company's hedging policy "
             "(Reg S-K Item 407(i)).",
             f"Answer: {money(floor)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="options_strategies",
                 difficulty="extremely_complex", template="strategies.collar",
                 params={"shares": shares, "basis": basis, "spot": s0, "put_strike": put_k, "call_strike": call_k,
                         "put_premium": pp, "call_premium": cp, "prices": prices, "tax_rate": rate,
                         "after_tax": [round(r[3], 2) for r in rows], "answer": floor})


TEMPLATES: list[tuple[Template, float]] = [
    (t_stock_and_option, 2.0), (t_vertical, 2.0), (t_volatility_trade, 1.75), (t_wings, 2.5), (t_collar, 2.75),
]
