"""Interest-rate swap templates (derivatives: swaps): net payments of a plain-vanilla swap, the par swap rate from
zero rates, and valuing an existing swap (with its DV01) as the difference of two bonds."""

from __future__ import annotations

import math
import random

from training.data.gen.common import Draft, Template, money, num, pct, pick
from training.data.gen.markets_util import company, md_table, pct_value

FREQ = {1: "annual", 2: "semiannual", 4: "quarterly"}


def discount_factors(zeros: list[float], m: int) -> list[float]:
    """Discount factors e^(−z·t) for payment times t = 1/m, 2/m, ... from continuously compounded zero rates."""
    return [math.exp(-z * (i / m)) for i, z in enumerate(zeros, 1)]


def par_rate(dfs: list[float], m: int) -> float:
    """Par swap rate: m(1 − D_n) / Σ D_i (the fixed rate that makes the swap worth zero)."""
    return m * (1 - dfs[-1]) / sum(dfs)


def _zero_curve(rng: random.Random, n: int, m: int) -> list[float]:
    """An upward, flat or inverted zero curve in round basis points."""
    short = pick(rng, 0.01, 0.06, 0.0005)
    slope = pick(rng, -0.004, 0.006, 0.0005)
    return [round(short + slope * (i / m) + pick(rng, -0.0005, 0.0005, 0.0001), 4) for i in range(1, n + 1)]


def t_swap_payments(rng: random.Random) -> Draft:
    """Net payments of a pay-fixed swap over several periods from the observed floating rates."""
    co = company(rng)
    notional = pick(rng, 5_000_000, 500_000_000, 1_000_000)
    m = rng.choice((2, 4))
    k = pick(rng, 0.02, 0.06, 0.0001)
    n = rng.randint(4, 6)
    floats = [round(k + pick(rng, -0.01, 0.01, 0.0001), 4)]
    for _ in range(n - 1):
        floats.append(round(max(0.001, floats[-1] + pick(rng, -0.005, 0.005, 0.0001)), 4))
    nets = [notional * (f - k) / m for f in floats]
    total = round(sum(nets), 2)
    instruction = rng.choice((
        f"{co} pays a fixed {pct(k, 2)} and receives the floating reference rate on a {money(notional, False)} "
        f"interest-rate swap with {FREQ[m]} payments. The floating rates set for the next {n} periods are "
        f"{', '.join(pct(f, 2) for f in floats)}. What are the net payments, and the total to {co}?",
        f"Plain-vanilla swap: notional {money(notional, False)}, {co} pays fixed {pct(k, 2)} ({FREQ[m]}), receives "
        f"floating. Floating fixings: {', '.join(pct(f, 2) for f in floats)}. Net cash flow each period?",
    ))
    rows = [[str(i), pct(f, 2), money(notional * f / m), money(notional * k / m), money(x)]
            for i, (f, x) in enumerate(zip(floats, nets, strict=True), 1)]
    lines = [f"Each period (1/{m} year): net to the fixed payer = N × (floating − fixed) / {m}; only the difference "
             "changes hands.",
             md_table(["Period", "Floating", "Floating leg", "Fixed leg", f"Net to {co}"], rows),
             f"Total net = {money(total)} ({'received' if total >= 0 else 'paid'} by {co}).",
             f"Answer: {money(total)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="swaps", difficulty="medium",
                 template="swaps.swap_payments",
                 params={"notional": notional, "m": m, "fixed": k, "floating": floats, "answer": total})


def t_par_rate(rng: random.Random) -> Draft:
    """The par fixed rate of a new swap from continuously compounded zero rates."""
    m = rng.choice((1, 2, 4))
    n = {1: rng.randint(2, 6), 2: rng.randint(2, 8), 4: rng.randint(4, 8)}[m]
    zeros = _zero_curve(rng, n, m)
    dfs = discount_factors(zeros, m)
    rate = par_rate(dfs, m)
    tenor = n / m
    instruction = rng.choice((
        f"Using the continuously compounded zero rates below, what fixed rate makes a new {num(tenor, 2)}-year swap "
        f"with {FREQ[m]} payments worth zero?",
        f"Price the par swap rate for a {num(tenor, 2)}-year {FREQ[m]}-pay interest-rate swap from this zero curve.",
    ))
    data = md_table(["Maturity (years)", "Zero rate"], [[num(i / m, 2), pct(z, 2)] for i, z in enumerate(zeros, 1)])
    rows = [[num(i / m, 2), f"e^(−{z:.4f}×{i / m:.4f}) = {d:.6f}"] for i, (z, d) in enumerate(zip(zeros, dfs,
                                                                                                   strict=True), 1)]
    lines = [md_table(["t", "Discount factor"], rows),
             f"Σ D = {sum(dfs):.6f}; D_n = {dfs[-1]:.6f}",
             f"Par rate = m(1 − D_n) / Σ D = {m} × (1 − {dfs[-1]:.6f}) / {sum(dfs):.6f} = {pct(rate, 3)}",
             "At this rate the fixed leg plus notional (a par bond) is worth the floating leg plus notional (par).",
             f"Answer: {pct(rate, 3)}"]
    return Draft(instruction=instruction, input=data, output="\n".join(lines), domain="swaps", difficulty="hard",
                 template="swaps.par_rate", params={"m": m, "zeros": zeros, "answer": pct_value(rate, 3)})


def swap_value(notional: float, fixed: float, dfs: list[float], m: int) -> float:
    """Value to the fixed payer on a reset date: B_float (= par) − B_fixed."""
    b_fixed = notional * (fixed / m * sum(dfs) + dfs[-1])
    return notional - b_fixed


def t_swap_valuation(rng: random.Random) -> Draft:
    """Value an existing swap on a reset date, compare with today's par rate, DV01 and a recommendation."""
    co = company(rng)
    notional = pick(rng, 10_000_000, 500_000_000, 1_000_000)
    m = rng.choice((2, 4))
    n = rng.randint(4, 8)
    zeros = _zero_curve(rng, n, m)
    dfs = discount_factors(zeros, m)
    par = par_rate(dfs, m)
    fixed = round(par + pick(rng, -0.015, 0.015, 0.0005), 4)
    value = swap_value(notional, fixed, dfs, m)
    bumped = swap_value(notional, fixed, discount_factors([z + 0.0001 for z in zeros], m), m)
    dv01 = bumped - value
    b_fixed = notional - value
    annuity = sum(dfs) / m
    instruction = rng.choice((
        f"{co} entered a swap paying fixed {pct(fixed, 2)} on {money(notional, False)} ({FREQ[m]} payments). A payment "
        f"date has just passed and {n} payments remain. Using the zero curve below, value the swap to {co}, find "
        "today's par rate, the DV01 of the position, and advise whether to keep or unwind it.",
        f"Mark-to-market a pay-fixed swap for {co}: notional {money(notional, False)}, fixed {pct(fixed, 2)}, "
        f"{FREQ[m]}, {n} payments left, valued right after a reset. Zero rates below (continuous). Give the value, "
        "the current par rate, DV01 and a recommendation.",
    ))
    data = md_table(["Maturity (years)", "Zero rate"], [[num(i / m, 2), pct(z, 2)] for i, z in enumerate(zeros, 1)])
    lines = [f"1) Discount factors D_i = e^(−z·t): {', '.join(f'{d:.6f}' for d in dfs)}",
             f"2) Floating leg right after a reset = par = {money(notional)}",
             f"Fixed leg = N × [(K/m) × Σ D + D_n] = {money(notional, False)} × [{fixed / m:.6f} × {sum(dfs):.6f} + "
             f"{dfs[-1]:.6f}] = {money(b_fixed)}",
             f"Value to the fixed payer = {money(notional)} − {money(b_fixed)} = {money(value)}",
             f"3) Par rate now = m(1 − D_n)/Σ D = {pct(par, 3)}; check: (par − K) × N × Σ D / m = "
             f"{money((par - fixed) * notional * annuity)}",
             f"4) DV01 (zero curve +1 bp) = {money(dv01)}: the position gains when rates rise.",
             f"5) The swap is {'an asset' if value > 0 else 'a liability'} to {co}: unwinding would "
             f"{'bring in' if value > 0 else 'cost'} about {money(abs(value))}. Keep it if the hedge of floating-rate "
             "debt is still needed; unwind (or offset with a receive-fixed swap) only if the exposure is gone.",
             f"Answer: {money(value)}"]
    return Draft(instruction=instruction, input=data, output="\n".join(lines), domain="swaps",
                 difficulty="extremely_complex", template="swaps.swap_valuation",
                 params={"notional": notional, "m": m, "zeros": zeros, "fixed": fixed, "par": pct_value(par, 3),
                         "dv01": round(dv01, 2), "answer": round(value, 2)})


TEMPLATES: list[tuple[Template, float]] = [
    (t_swap_payments, 1.25), (t_par_rate, 1.5), (t_swap_valuation, 2.25),
]
