"""Fiduciary-duty templates (compliance): tiered advisory fees and breakpoint errors, flat versus asset-based fees,
12b-1 share-class conflicts and a 401(k)-to-IRA rollover recommendation."""

from __future__ import annotations

import random

from tools.calc import tvm
from training.data.gen.common import Draft, Template, money, pct, pick, tiered
from training.data.gen.markets_util import company, full_name, md_table, pct_value

TIER_WIDTHS = (1_000_000, 2_000_000, 2_000_000, float("inf"))  # an adviser's published schedule (data, not a rule)


def tiered_fee(aum: float, rates: tuple[float, ...]) -> float:
    """Annual fee under a tiered (marginal) schedule: each slice of assets at its own rate."""
    return tiered(aum, list(zip(TIER_WIDTHS, rates, strict=True)))


def t_tiered_fee(rng: random.Random) -> Draft:
    """A tiered advisory fee (easy); medium: the overcharge when breakpoints were not applied."""
    r1 = rng.choice((0.01, 0.011, 0.0125, 0.015))
    rates = (r1, round(r1 - 0.0025, 4), round(r1 - 0.005, 4), round(r1 - 0.0065, 4))
    aum = pick(rng, 300_000, 12_000_000, 5_000)
    fee = tiered_fee(aum, rates)
    error = rng.random() < 0.45 and aum > 1_000_000
    firm = f"{company(rng).split()[0]} Advisory"
    sched = "; ".join(f"{pct(r)} on the {label}" for r, label in zip(rates, (
        "first $1,000,000", "next $2,000,000", "next $2,000,000", "amount above $5,000,000"), strict=True))
    rows, rest = [], aum
    for width, rate in zip(TIER_WIDTHS, rates, strict=True):
        part = min(rest, width)
        if part <= 0:
            break
        rows.append([money(part, False), pct(rate), money(part * rate)])
        rest -= part
    if error:
        wrong = round(aum * r1, 2)
        answer = round(wrong - fee, 2)
        instruction = rng.choice((
            f"{firm}'s ADV brochure promises a tiered fee ({sched}), but its billing system charged {pct(r1)} on a "
            f"client's whole {money(aum, False)} account. How much was the client overbilled for the year?",
            f"Fee audit at {firm}: schedule {sched}. The client ({money(aum, False)}) was billed {pct(r1)} on the "
            "entire balance. Compute the refund owed for one year.",
        ))
        tail = [f"Billed = {pct(r1)} × {money(aum, False)} = {money(wrong)}",
                f"Overbilled = {money(wrong)} − {money(fee)} = {money(answer)}; the fiduciary duty requires refunding "
                "it and fixing the billing (fees must match what was disclosed)."]
    else:
        answer = fee
        instruction = rng.choice((
            f"{full_name(rng)} has {money(aum, False)} managed by {firm}, which charges {sched}. What is the annual "
            "fee and the effective rate?",
            f"Compute the annual advisory fee on {money(aum, False)} under this tiered schedule: {sched}.",
        ))
        tail = [f"Effective rate = {money(fee)} / {money(aum, False)} = {pct(fee / aum, 3)}"]
    lines = [md_table(["Assets in tier", "Rate", "Fee"], rows), f"Tiered fee = {money(fee)}", *tail,
             f"Answer: {money(answer)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="fiduciary_duty",
                 difficulty="medium" if error else "easy", template="fiduciary.tiered_fee",
                 params={"aum": aum, "rates": list(rates), "error": error, "answer": answer})


def t_flat_vs_aum(rng: random.Random) -> Draft:
    """A percentage-of-assets fee versus a flat annual retainer, both taken from the portfolio each year-end."""
    name = full_name(rng)
    bal = pick(rng, 150_000, 5_000_000, 5_000)
    rate = pick(rng, 0.04, 0.09, 0.0025)
    aum_fee = pick(rng, 0.005, 0.015, 0.0005)
    flat = pick(rng, 1_500, 15_000, 250)
    years = rng.randint(5, 30)
    fv_aum = bal * ((1 + rate) * (1 - aum_fee)) ** years
    fv_flat = bal * (1 + rate) ** years - flat * ((1 + rate) ** years - 1) / rate
    diff = round(fv_flat - fv_aum, 2)
    instruction = rng.choice((
        f"{name} has {money(bal, False)} to invest for {years} years at an expected {pct(rate)} a year. Adviser A "
        f"charges {pct(aum_fee)} of assets each year-end; Adviser B charges a flat {money(flat, False)} a year. "
        "Which leaves more, and by how much?",
        f"Fee comparison for a {money(bal, False)} portfolio over {years} years ({pct(rate)} return): "
        f"{pct(aum_fee)} AUM fee versus a {money(flat, False)} annual retainer, both deducted at year-end.",
    ))
    lines = [f"AUM fee: B × [(1 + r)(1 − fee)]^n = {money(bal, False)} × ({1 + rate:.4f} × {1 - aum_fee:.4f})^{years} "
             f"= {money(fv_aum)}",
             f"Flat fee: B(1 + r)^n − F((1 + r)^n − 1)/r = {money(bal * (1 + rate) ** years)} − "
             f"{money(flat * ((1 + rate) ** years - 1) / rate)} = {money(fv_flat)}",
             f"Flat − AUM = {money(diff)}: the {'flat retainer' if diff > 0 else 'asset-based fee'} costs less here. "
             f"First-year fees: {money(bal * (1 + rate) * aum_fee)} versus {money(flat)}.",
             f"Answer: {money(diff)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="fiduciary_duty", difficulty="medium",
                 template="fiduciary.flat_vs_aum",
                 params={"balance": bal, "rate": rate, "aum_fee": aum_fee, "flat": flat, "years": years,
                         "answer": diff})


def t_share_class(rng: random.Random) -> Draft:
    """An adviser put clients in a 12b-1 share class when a cheaper class existed: client cost and the trail."""
    firm = f"{company(rng).split()[0]} Capital"
    amount = pick(rng, 100_000, 20_000_000, 10_000)
    gross = pick(rng, 0.03, 0.10, 0.0025)
    er_i = pick(rng, 0.0020, 0.0090, 0.0005)
    trail = rng.choice((0.0025, 0.0025, 0.0050, 0.0075, 0.01))
    er_a = round(er_i + trail, 4)
    years = rng.randint(3, 8)
    rows, bal_a, bal_i, paid = [], amount, amount, 0.0
    for t in range(1, years + 1):
        paid += bal_a * trail
        bal_a *= 1 + gross - er_a
        bal_i *= 1 + gross - er_i
        rows.append([str(t), money(bal_i), money(bal_a), money(bal_i - bal_a)])
    cost = round(bal_i - bal_a, 2)
    instruction = rng.choice((
        f"{firm}, an adviser whose affiliated broker receives 12b-1 fees, put {money(amount, False)} of client money "
        f"in a fund's Class A shares (expenses {pct(er_a)}, including a {pct(trail)} 12b-1 fee) although the same "
        f"fund's institutional class ({pct(er_i)}) was available. Assuming a {pct(gross)} gross return for {years} "
        "years, what did this cost the clients and how much 12b-1 revenue did the affiliate receive?",
        f"Share-class selection review: {money(amount, False)} in a {pct(er_a)} class (with {pct(trail)} 12b-1) "
        f"instead of a {pct(er_i)} class, {years} years, {pct(gross)} gross return. Quantify the harm to clients.",
    ))
    lines = ["Balances grow at gross return − expense ratio; the 12b-1 fee is approximated as the rate × the balance "
             "at the start of each year.",
             md_table(["Year", "Institutional", "Class A", "Shortfall"], rows),
             f"Cost to clients after {years} years = {money(cost)}",
             f"12b-1 fees paid to the affiliate ≈ {money(paid)}",
             "An adviser's duty of loyalty requires full disclosure of this conflict and its duty of care the "
             "cheapest suitable class; the SEC's 2018 Share Class Selection Disclosure Initiative led advisers to move "
             "clients to the cheaper class and repay the fees.",
             f"Answer: {money(cost)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="fiduciary_duty", difficulty="hard",
                 template="fiduciary.share_class",
                 params={"amount": amount, "gross": gross, "er_i": er_i, "er_a": er_a, "trail": trail,
                         "years": years, "trail_paid": round(paid, 2), "answer": cost})


def t_rollover(rng: random.Random) -> Draft:
    """401(k) versus an advised IRA: ending values, the return the IRA must add, and a best-interest verdict."""
    name = full_name(rng)
    bal = pick(rng, 80_000, 2_000_000, 1_000)
    gross = pick(rng, 0.05, 0.08, 0.0025)
    er_plan, rk = pick(rng, 0.0002, 0.0025, 0.0001), pick(rng, 0, 150, 5)
    adv, er_ira = pick(rng, 0.0075, 0.015, 0.0005), pick(rng, 0.0005, 0.006, 0.0005)
    years = rng.randint(10, 30)
    age = rng.randint(45, 62)
    net_plan = gross - er_plan
    fv_plan = tvm.compound_growth(bal, net_plan, years).value - rk * ((1 + net_plan) ** years - 1) / net_plan
    fv_ira = tvm.compound_growth(bal, gross - adv - er_ira, years).value
    diff = round(fv_plan - fv_ira, 2)
    extra = (fv_plan / bal) ** (1 / years) - 1 - (gross - adv - er_ira)
    data = md_table(["", "Stay in the 401(k)", "Roll to the advised IRA"], [
        ["Fund expenses", pct(er_plan), pct(er_ira)], ["Advisory fee", "none", pct(adv)],
        ["Recordkeeping", f"{money(rk, False)} a year", "none"]])
    instruction = rng.choice((
        f"{name}, {age}, is leaving an employer with {money(bal, False)} in its 401(k). A representative recommends "
        f"rolling it into an advised IRA. Over {years} years at a {pct(gross)} gross return, compare the ending "
        "values, find the extra return the IRA would need to break even, and say whether the recommendation meets "
        "a best-interest standard.",
        f"Rollover analysis for {name} (age {age}, {money(bal, False)} 401(k), {years}-year horizon, {pct(gross)} "
        "expected gross return). Quantify the cost of the rollover and the annual outperformance it would require.",
    ))
    lines = [f"401(k): {money(bal, False)} × (1 + {pct(net_plan)})^{years} − {money(rk, False)} × ((1 + "
             f"{pct(net_plan)})^{years} − 1)/{pct(net_plan)} = {money(fv_plan)}",
             f"IRA: {money(bal, False)} × (1 + {pct(gross - adv - er_ira)})^{years} = {money(fv_ira)}",
             f"Cost of rolling over = {money(diff)} ({pct(diff / fv_plan)} of the 401(k) outcome)",
             f"Break-even: the IRA must earn about {pct(extra, 3)} a year more than the plan funds",
             f"(first-year cost gap ≈ {money(bal * (adv + er_ira - er_plan) - rk)}).",
             "Verdict: a recommendation is in the client's best interest only if services worth that much (planning, "
             "consolidation, income design) justify it; Reg BI's care obligation and DOL PTE 2020-02 require "
             "documenting why the rollover beats staying, and the plan keeps ERISA protection"
             + (" and penalty-free access from 55 after separation." if age >= 55 else "."),
             f"Answer: {money(diff)}"]
    return Draft(instruction=instruction, input=data, output="\n".join(lines), domain="fiduciary_duty",
                 difficulty="extremely_complex", template="fiduciary.rollover",
                 params={"balance": bal, "gross": gross, "er_plan": er_plan, "recordkeeping": rk, "advisory": adv,
                         "er_ira": er_ira, "years": years, "age": age, "break_even": pct_value(extra, 3),
                         "answer": diff})


TEMPLATES: list[tuple[Template, float]] = [
    (t_tiered_fee, 2.5), (t_flat_vs_aum, 1.25), (t_share_class, 2.0), (t_rollover, 2.25),
]
