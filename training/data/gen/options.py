"""Option templates (derivatives: options): payoffs and profit at expiry, intrinsic and time value, put-call parity
and parity arbitrage, binomial trees, Black-Scholes(-Merton) and a delta-hedged short call."""

from __future__ import annotations

import math
import random

from training.data.gen.common import Draft, Template, money, num, pct, pick
from training.data.gen.markets_util import company, full_name, norm_cdf, ticker

CONTRACT = 100  # shares per US equity option contract


def bs_price(s: float, k: float, r: float, sigma: float, t: float, q: float = 0.0) -> tuple[float, float, float, float]:
    """Black-Scholes-Merton call and put prices with continuous dividend yield ``q``, plus d1 and d2."""
    d1 = (math.log(s / k) + (r - q + sigma**2 / 2) * t) / (sigma * math.sqrt(t))
    d2 = d1 - sigma * math.sqrt(t)
    call = s * math.exp(-q * t) * norm_cdf(d1) - k * math.exp(-r * t) * norm_cdf(d2)
    put = k * math.exp(-r * t) * norm_cdf(-d2) - s * math.exp(-q * t) * norm_cdf(-d1)
    return call, put, d1, d2


def option_payoff(kind: str, s: float, k: float) -> float:
    """Payoff per share at expiry of a call or put."""
    return max(0.0, s - k) if kind == "call" else max(0.0, k - s)


def t_payoff(rng: random.Random) -> Draft:
    """Profit at expiry of a long or short call or put position, with the break-even price."""
    kind, side = rng.choice(("call", "put")), rng.choice(("long", "short"))
    sym = ticker(rng)
    k = pick(rng, 10, 400, 2.5)
    prem = round(k * pick(rng, 0.005, 0.12, 0.001), 2)
    st = round(k * pick(rng, 0.7, 1.3, 0.005), 2)
    n = rng.randint(1, 20)
    pay = option_payoff(kind, st, k)
    per = (pay - prem) if side == "long" else (prem - pay)
    profit = round(per * CONTRACT * n, 2)
    be = k + prem if kind == "call" else k - prem
    verb = "buys" if side == "long" else "writes (sells)"
    instruction = rng.choice((
        f"{full_name(rng)} {verb} {n} {sym} {num(k)} {kind} contract{'s' if n > 1 else ''} at {money(prem)} per "
        f"share. At expiry the stock is {money(st)}. What is the profit or loss, and what is the break-even price?",
        f"{side.capitalize()} {n} × {sym} {num(k)}-strike {kind}s, premium {money(prem)}. Stock at expiration: "
        f"{money(st)}. Profit?",
        f"An investor is {side} {n} {kind} contract{'s' if n > 1 else ''} on {sym} (strike {money(k)}, premium "
        f"{money(prem)}). Compute the P&L if {sym} closes at {money(st)} on expiration day.",
    ))
    formula = "max(0, S − K)" if kind == "call" else "max(0, K − S)"
    lines = [f"Payoff per share = {formula} = {money(pay)}",
             f"{'Long: payoff − premium' if side == 'long' else 'Short: premium − payoff'} = {money(per)} per share",
             f"× {CONTRACT} shares × {n} contract{'s' if n > 1 else ''} = {money(profit)}",
             f"Break-even at expiry = K {'+' if kind == 'call' else '−'} premium = {money(be)}",
             f"Answer: {money(profit)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="options", difficulty="easy",
                 template="options.payoff",
                 params={"kind": kind, "side": side, "strike": k, "premium": prem, "spot": st, "contracts": n,
                         "answer": profit})


def t_time_value(rng: random.Random) -> Draft:
    """Intrinsic value, time value and moneyness of a quoted option."""
    kind = rng.choice(("call", "put"))
    s = pick(rng, 10, 500, 0.05)
    k = round(s * pick(rng, 0.8, 1.2, 0.01) / 2.5) * 2.5 or 2.5
    intrinsic = option_payoff(kind, s, k)
    price = round(intrinsic + s * pick(rng, 0.002, 0.08, 0.001), 2)
    tv = round(price - intrinsic, 2)
    money_ness = "in the money" if intrinsic > 0 else "at the money" if s == k else "out of the money"
    days = rng.randint(5, 300)
    instruction = rng.choice((
        f"{company(rng)} stock trades at {money(s)}. A {num(k)}-strike {kind} expiring in {days} days costs "
        f"{money(price)}. Split the premium into intrinsic and time value.",
        f"What is the time value of a {kind} with strike {money(k)} priced at {money(price)} when the underlying is "
        f"{money(s)}?",
    ))
    formula = "max(0, S − K)" if kind == "call" else "max(0, K − S)"
    lines = [f"Intrinsic value = {formula} = {money(intrinsic)} ({money_ness})",
             f"Time value = premium − intrinsic = {money(price)} − {money(intrinsic)} = {money(tv)}",
             "Time value decays toward zero by expiration.", f"Answer: {money(tv)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="options", difficulty="easy",
                 template="options.time_value",
                 params={"kind": kind, "spot": s, "strike": k, "price": price, "answer": tv})


def t_parity(rng: random.Random) -> Draft:
    """Put-call parity: the missing price (medium) or the arbitrage profit from a violation (hard)."""
    s = pick(rng, 20, 300, 0.5)
    k = round(s * pick(rng, 0.85, 1.15, 0.01))
    r, months = pick(rng, 0.01, 0.07, 0.0025), rng.choice((1, 2, 3, 4, 6, 9, 12))
    t = months / 12
    cont = rng.random() < 0.6
    pvk = k * math.exp(-r * t) if cont else k / (1 + r) ** t
    disc = f"K·e^(−rT) = {num(k)} × e^(−{r:.4f}×{t:.4f})" if cont else f"K/(1 + r)^T = {num(k)} / {1 + r:.4f}^{t:.4f}"
    call = bs_price(s, k, r, pick(rng, 0.15, 0.6, 0.01), t)[0]
    call = round(call, 2)
    sym = ticker(rng)
    comp = "continuously compounded" if cont else "annually compounded"
    if rng.random() < 0.55:
        fair_put = round(call - s + pvk, 2)
        instruction = rng.choice((
            f"{sym} trades at {money(s)}; a {months}-month European call with strike {money(k)} costs {money(call)}. "
            f"The {comp} risk-free rate is {pct(r)}. What must the matching put cost by put-call parity?",
            f"Use put-call parity to price a European put: S = {money(s)}, K = {money(k)}, T = {months} months, "
            f"r = {pct(r)} ({comp}), call = {money(call)}, no dividends."))
        lines = ["C − P = S − PV(K) → P = C − S + PV(K)", f"PV(K) = {disc} = {money(pvk)}",
                 f"P = {money(call)} − {money(s)} + {money(pvk)} = {money(fair_put)}", f"Answer: {money(fair_put)}"]
        return Draft(instruction=instruction, output="\n".join(lines), domain="options", difficulty="medium",
                     template="options.parity",
                     params={"mode": "price", "spot": s, "strike": k, "r": r, "t": t, "continuous": cont,
                             "call": call, "answer": fair_put})
    gap = rng.choice((-1, 1)) * pick(rng, 0.15, 2.5, 0.05)
    put_mkt = round(call - s + pvk + gap, 2)
    edge = (call - put_mkt) - (s - pvk)
    profit = round(abs(edge) * CONTRACT, 2)
    if edge > 0:
        trade = "sell the call, buy the put, buy the stock and borrow PV(K) (a conversion)"
    else:
        trade = "buy the call, sell the put, short the stock and lend PV(K) (a reversal)"
    instruction = rng.choice((
        f"{sym}: stock {money(s)}, {months}-month European {money(k)} call {money(call)}, put {money(put_mkt)}, "
        f"risk-free rate {pct(r)} ({comp}), no dividends. Is there an arbitrage? What riskless profit per contract "
        "(100 shares) can be locked in today?",
        f"Check put-call parity for {sym} (S {money(s)}, K {money(k)}, T {months} months, r {pct(r)} {comp}, "
        f"C {money(call)}, P {money(put_mkt)}) and give the arbitrage trade and its profit per 100 shares."))
    lines = [f"PV(K) = {disc} = {money(pvk)}",
             f"C − P = {money(call)} − {money(put_mkt)} = {money(call - put_mkt)}; S − PV(K) = {money(s - pvk)}",
             f"Mispricing = {money(edge)} per share: {trade}.",
             "At expiry the options and stock net to exactly K, which repays the loan, so the profit is riskless.",
             f"Profit today = |{money(edge)}| × 100 = {money(profit)} per contract", f"Answer: {money(profit)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="options", difficulty="hard",
                 template="options.parity",
                 params={"mode": "arbitrage", "spot": s, "strike": k, "r": r, "t": t, "continuous": cont,
                         "call": call, "put": put_mkt, "answer": profit})


def t_black_scholes(rng: random.Random) -> Draft:
    """Black-Scholes(-Merton) price of a European call or put, with N(·) from math.erf."""
    s = pick(rng, 10, 400, 0.5)
    k = round(s * pick(rng, 0.8, 1.2, 0.01) * 2) / 2
    r, sigma = pick(rng, 0.005, 0.08, 0.0025), pick(rng, 0.1, 0.8, 0.01)
    t = rng.choice((1, 2, 3, 4, 6, 9, 12, 18, 24)) / 12
    q = pick(rng, 0.005, 0.04, 0.0025) if rng.random() < 0.35 else 0.0
    kind = rng.choice(("call", "put"))
    call, put, d1, d2 = bs_price(s, k, r, sigma, t, q)
    value = round(call if kind == "call" else put, 2)
    sym = ticker(rng)
    div = f", continuous dividend yield {pct(q)}" if q else ", no dividends"
    instruction = rng.choice((
        f"Price a European {kind} on {sym} with Black-Scholes: S = {money(s)}, K = {money(k)}, T = {num(t, 4)} years, "
        f"r = {pct(r)}, σ = {pct(sigma)}{div}.",
        f"{sym} trades at {money(s)} with {pct(sigma)} implied volatility{div}. What is the Black-Scholes value of a "
        f"{money(k)} {kind} expiring in {num(t * 12, 0)} months if the risk-free rate is {pct(r)}?",
    ))
    qt = f" − {q:.4f}" if q else ""
    lines = [f"d1 = [ln(S/K) + (r{qt} + σ²/2)T] / (σ√T) = [ln({s}/{k}) + ({r:.4f}{qt} + {sigma:.2f}²/2)×{t:.4f}] / "
             f"({sigma:.2f}×√{t:.4f}) = {d1:.4f}",
             f"d2 = d1 − σ√T = {d2:.4f}",
             f"N(d1) = {norm_cdf(d1):.4f}, N(d2) = {norm_cdf(d2):.4f} (N(x) = (1 + erf(x/√2))/2)"]
    sq = "e^(−qT)" if q else ""
    if kind == "call":
        lines.append(f"C = S{sq}·N(d1) − K·e^(−rT)·N(d2) = {money(value)}")
    else:
        lines.append(f"P = K·e^(−rT)·N(−d2) − S{sq}·N(−d1) = {money(value)}")
    lines.append(f"Answer: {money(value)}")
    return Draft(instruction=instruction, output="\n".join(lines), domain="options", difficulty="hard",
                 template="options.black_scholes",
                 params={"kind": kind, "spot": s, "strike": k, "r": r, "sigma": sigma, "t": t, "q": q,
                         "answer": value})


def t_binomial(rng: random.Random) -> Draft:
    """One-step European option (medium) or two-step American put with early exercise (hard)."""
    s = pick(rng, 20, 200, 1)
    r = pick(rng, 0.01, 0.08, 0.0025)
    two = rng.random() < 0.5
    dt = rng.choice((0.25, 0.5, 1.0)) if not two else rng.choice((0.25, 0.5))
    u = pick(rng, max(1.05, math.exp(r * dt) + 0.01), 1.35, 0.01)
    d = round(1 / u, 4) if rng.random() < 0.5 else pick(rng, 0.7, 0.97, 0.01)
    k = round(s * pick(rng, 0.85, 1.15, 0.01))
    growth = math.exp(r * dt)
    p = (growth - d) / (u - d)
    if not two:
        kind = rng.choice(("call", "put"))
        fu, fd = option_payoff(kind, s * u, k), option_payoff(kind, s * d, k)
        value = round((p * fu + (1 - p) * fd) / growth, 2)
        instruction = rng.choice((
            f"A stock at {money(s)} will move up by a factor {u} or down by {d} in {num(dt * 12, 0)} months. The "
            f"risk-free rate is {pct(r)} (continuous). Value a European {kind} with strike {money(k)} using a "
            "one-step binomial tree.",
            f"One-period binomial model: S0 = {money(s)}, u = {u}, d = {d}, Δt = {dt} years, r = {pct(r)}, "
            f"K = {money(k)}. Price the European {kind}."))
        lines = [f"p = (e^(rΔt) − d)/(u − d) = ({growth:.6f} − {d})/({u} − {d}) = {p:.6f}",
                 f"Up: S = {money(s * u)}, payoff {money(fu)}; down: S = {money(s * d)}, payoff {money(fd)}",
                 f"Value = e^(−rΔt)[p·fu + (1 − p)·fd] = {money(value)}"]
    else:
        kind = "put"
        leaves = [max(0.0, k - s * u**2), max(0.0, k - s * u * d), max(0.0, k - s * d**2)]
        disc = 1 / growth
        up_cont = disc * (p * leaves[0] + (1 - p) * leaves[1])
        dn_cont = disc * (p * leaves[1] + (1 - p) * leaves[2])
        up_val, dn_val = max(up_cont, k - s * u), max(dn_cont, k - s * d)
        root_cont = disc * (p * up_val + (1 - p) * dn_val)
        value = round(max(root_cont, k - s), 2)
        instruction = rng.choice((
            f"Use a two-step binomial tree to value an American put: S0 = {money(s)}, K = {money(k)}, u = {u}, "
            f"d = {d}, each step {dt} years, r = {pct(r)} continuous.",
            f"An American put on a {money(s)} stock (strike {money(k)}) expires in {num(2 * dt * 12, 0)} months. With "
            f"two binomial steps (u = {u}, d = {d}) and a {pct(r)} risk-free rate, what is it worth, and is early "
            "exercise optimal anywhere?"))
        lines = [f"p = (e^(rΔt) − d)/(u − d) = {p:.6f}",
                 f"Expiry payoffs: uu {money(leaves[0])}, ud {money(leaves[1])}, dd {money(leaves[2])}",
                 f"Node u (S = {money(s * u)}): hold {money(up_cont)} vs exercise {money(max(0.0, k - s * u))} → "
                 f"{money(up_val)}",
                 f"Node d (S = {money(s * d)}): hold {money(dn_cont)} vs exercise {money(max(0.0, k - s * d))} → "
                 f"{money(dn_val)}" + (" (early exercise)" if dn_val > dn_cont + 1e-12 else ""),
                 f"Root: hold {money(root_cont)} vs exercise {money(max(0.0, k - s))} → {money(value)}"]
    lines.append(f"Answer: {money(value)}")
    return Draft(instruction=instruction, output="\n".join(lines), domain="options",
                 difficulty="hard" if two else "medium", template="options.binomial",
                 params={"kind": kind, "spot": s, "strike": k, "u": u, "d": d, "r": r, "dt": dt, "steps": 2 if two
                         else 1, "american": two, "answer": value})


def t_delta_hedge(rng: random.Random) -> Draft:
    """A dealer writes calls, delta-hedges with stock, then the stock moves: reprice, P&L and rebalancing."""
    sym = ticker(rng)
    s0 = pick(rng, 20, 300, 0.5)
    k = round(s0 * pick(rng, 0.9, 1.1, 0.01))
    r, sigma = pick(rng, 0.01, 0.06, 0.0025), pick(rng, 0.15, 0.6, 0.01)
    months = rng.choice((2, 3, 4, 6, 9, 12))
    t0 = months / 12
    days = rng.choice((1, 5, 7, 14))
    t1 = t0 - days / 365
    s1 = round(s0 * (1 + rng.choice((-1, 1)) * pick(rng, 0.005, 0.08, 0.0025)), 2)
    n = rng.randint(5, 200)
    c0, _, d1a, _ = bs_price(s0, k, r, sigma, t0)
    c1, _, d1b, _ = bs_price(s1, k, r, sigma, t1)
    delta0, delta1 = norm_cdf(d1a), norm_cdf(d1b)
    shares0 = round(delta0 * CONTRACT * n)
    shares1 = round(delta1 * CONTRACT * n)
    opt_pnl = -(c1 - c0) * CONTRACT * n
    stock_pnl = shares0 * (s1 - s0)
    total = round(opt_pnl + stock_pnl, 2)
    instruction = rng.choice((
        f"A dealer sells {n} European call contracts on {sym} (S = {money(s0)}, K = {money(k)}, {months} months, "
        f"σ = {pct(sigma)}, r = {pct(r)}) and delta-hedges with stock. After {days} day{'s' if days > 1 else ''} the "
        f"stock is {money(s1)}. Using Black-Scholes, find the premium received, the hedge, the new option value, the "
        "hedged P&L (ignore financing) and the rebalancing trade.",
        f"Market-maker exercise on {sym}: short {n} calls ({money(k)} strike, {months}-month expiry, vol "
        f"{pct(sigma)}, rate {pct(r)}), stock {money(s0)}. Set up the delta hedge, then revalue {days} day(s) later "
        f"with the stock at {money(s1)}. What is the P&L of the hedged book?",
    ))
    lines = [f"1) C0 = {money(c0)} per share (d1 = {d1a:.4f}); premium received = {money(c0 * CONTRACT * n)}",
             f"2) Δ0 = N(d1) = {delta0:.4f} → buy {delta0:.4f} × {CONTRACT * n:,} = {shares0:,} shares",
             f"3) After {days} day(s): T = {t1:.4f}, C1 = {money(c1)} (d1 = {d1b:.4f})",
             f"4) Options: −({money(c1)} − {money(c0)}) × {CONTRACT * n:,} = {money(opt_pnl)}; stock: {shares0:,} × "
             f"({money(s1)} − {money(s0)}) = {money(stock_pnl)}",
             f"Hedged P&L = {money(total)} (versus {money(opt_pnl)} unhedged; what remains comes from gamma and "
             "theta)",
             f"5) New Δ = {delta1:.4f} → hold {shares1:,} shares: {'buy' if shares1 >= shares0 else 'sell'} "
             f"{abs(shares1 - shares0):,}",
             f"Answer: {money(total)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="options", difficulty="extremely_complex",
                 template="options.delta_hedge",
                 params={"spot": s0, "strike": k, "r": r, "sigma": sigma, "t0": t0, "days": days, "spot1": s1,
                         "contracts": n, "shares0": shares0, "answer": total})


TEMPLATES: list[tuple[Template, float]] = [
    (t_payoff, 3.5), (t_time_value, 1.75), (t_parity, 2.25), (t_black_scholes, 2.5), (t_binomial, 1.75),
    (t_delta_hedge, 2.25),
]
