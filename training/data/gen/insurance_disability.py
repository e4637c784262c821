"""Insurance templates for disability income insurance: benefit amounts under a replacement ratio and cap, the tax
on benefits by who paid the premiums, a claim through the elimination period with offsets, and sizing an
individual policy on top of group coverage."""

from __future__ import annotations

import math
import random

from training.data.gen.common import Draft, Template, money, pct, pick
from training.data.gen.ia_common import NAMES, ask, table

_RATIOS = (("50%", 0.5), ("60%", 0.6), ("66⅔%", 2 / 3), ("70%", 0.7))
# Who paid the premiums → the taxable fraction of the benefit (IRC §104(a)(3) and §105(a): benefits bought with
# after-tax employee money are tax-free; those from employer-paid or pre-tax premiums are taxable).
_PAYERS = (("the employer", 1.0), ("the employee, with after-tax payroll deductions", 0.0),
           ("the employee, pre-tax through a cafeteria plan", 1.0),
           ("the employee personally (individual policy)", 0.0))


def _payer(rng: random.Random) -> tuple[str, float]:
    if rng.random() < 0.25:
        er = rng.choice((0.25, 0.5, 0.6, 0.75))
        return f"the employer ({pct(er)}) and the employee after tax ({pct(1 - er)})", er
    return rng.choice(_PAYERS)


def _tax_line(frac: float) -> str:
    if frac == 0:
        return "Premiums were paid with after-tax money, so the benefits are tax-free."
    if frac == 1:
        return "Premiums were paid by the employer or pre-tax, so the benefits are taxable income."
    return f"The employer paid {pct(frac)} of the premiums, so {pct(frac)} of each benefit is taxable."


def t_di_benefit(rng: random.Random) -> Draft:
    """A long-term (monthly) or short-term (weekly) disability benefit: replacement ratio of pay, up to a cap."""
    who, (label, ratio) = rng.choice(NAMES), rng.choice(_RATIOS)
    salary = pick(rng, 30000, 400000, 1000)
    if rng.random() < 0.6:
        per, div, cap = "month", 12, rng.choice((5000.0, 6000.0, 7500.0, 10000.0, 12000.0, 15000.0, 20000.0))
        kind = "long-term disability"
    else:
        per, div, cap = "week", 52, rng.choice((1000.0, 1500.0, 2000.0, 2500.0))
        kind = "short-term disability"
    raw = ratio * salary / div
    ben = min(raw, cap)
    q = ask(rng, (
        "{who} earns {s} a year. The {k} plan replaces {l} of pay up to {c} a {p}. What is {who}'s benefit per {p}?",
        "Group {k}: {l} of covered earnings, maximum {c} per {p}. Annual salary {s}. Compute the {p}ly benefit.",
        "I make {s}. My {k} coverage pays {l} of salary with a {c} {p}ly maximum. How much would I get each {p}?",
    ), who=who, s=money(salary, False), k=kind, l=label, c=money(cap, False), p=per)
    lines = [f"Pay per {per}: {money(salary)} ÷ {div} = {money(salary / div)}",
             f"{label} of it: {money(raw)}",
             f"Cap {money(cap)}: " + (f"the cap binds, so the benefit is {money(cap)}." if raw > cap else
                                      "not reached."), "", f"Answer: {money(ben)}"]
    return Draft(q, "\n".join(lines), "disability_insurance", "easy", "insurance_disability.di_benefit",
                 {"salary": salary, "ratio": ratio, "cap": cap, "periods": div, "answer": round(ben, 2)})


def t_di_tax(rng: random.Random) -> Draft:
    """Net monthly disability benefit after income tax, depending on who paid the premiums."""
    who, (label, ratio) = rng.choice(NAMES), rng.choice(_RATIOS)
    salary, cap = pick(rng, 30000, 350000, 1000), rng.choice((6000.0, 8000.0, 10000.0, 12000.0, 15000.0))
    payer, frac = _payer(rng)
    fed, state = rng.choice((0.12, 0.22, 0.24, 0.32, 0.35)), pick(rng, 0.0, 0.09, 0.005)
    ben = min(ratio * salary / 12, cap)
    tax = ben * frac * (fed + state)
    net = ben - tax
    q = ask(rng, (
        "{who} ({s} salary) is on long-term disability: {l} of pay, capped at {c} a month. The premiums were paid by "
        "{py}. At a {f} federal and {st} state marginal rate, what does {who} net each month?",
        "LTD benefit {l} of a {s} salary (max {c}/month); premiums paid by {py}. Tax rates: federal {f}, state {st}. "
        "Find the after-tax monthly benefit.",
        "My disability plan pays {l} of my {s} salary, up to {c} a month, and {py} paid the premiums. How much do I "
        "keep after taxes ({f} federal, {st} state)?",
    ), who=who, s=money(salary, False), l=label, c=money(cap, False), py=payer, f=pct(fed), st=pct(state))
    lines = [f"Gross benefit: min({label} × {money(salary)} ÷ 12, {money(cap)}) = {money(ben)}", _tax_line(frac),
             f"Tax: {money(ben)} × {pct(frac)} taxable × ({pct(fed)} + {pct(state)}) = {money(tax)}",
             f"Net: {money(ben)} − {money(tax)} = {money(net)} a month", "", f"Answer: {money(net)}"]
    return Draft(q, "\n".join(lines), "disability_insurance", "medium", "insurance_disability.di_tax",
                 {"salary": salary, "ratio": ratio, "cap": cap, "taxable_fraction": frac, "federal": fed,
                  "state": state, "answer": round(net, 2)})


def t_di_claim(rng: random.Random) -> Draft:
    """A whole claim: elimination period, offset for other disability income, minimum benefit, and tax."""
    who, (label, ratio) = rng.choice(NAMES), rng.choice(_RATIOS)
    salary, cap = pick(rng, 35000, 300000, 1000), rng.choice((6000.0, 8000.0, 10000.0, 12000.0, 15000.0))
    ep = rng.choice((30, 60, 90, 180))
    months = rng.randint(ep // 30 + 1, 36)
    offset = rng.choice((0.0, pick(rng, 800, 3200, 10)))
    payer, frac = _payer(rng)
    rate = pick(rng, 0.15, 0.4, 0.01)
    gross = min(ratio * salary / 12, cap)
    floor = max(100.0, 0.1 * gross)
    after_off = max(gross - offset, floor)
    net = after_off * (1 - frac * rate)
    paid = months - ep // 30
    total = net * paid
    q = ask(rng, (
        "{who} was disabled for {m} months. The LTD policy has a {e}-day elimination period and pays {l} of {who}'s "
        "{s} salary up to {c}/month, reduced by other disability income ({o}/month here), never below the greater of "
        "$100 or 10% of the gross benefit. Premiums were paid by {py}; tax rate {t}. What did the claim pay after tax?",
        "Disability claim: salary {s}, benefit {l} (cap {c}/month), elimination period {e} days, disabled {m} months, "
        "offset {o}/month, minimum benefit max($100, 10%), premiums paid by {py}, tax rate {t}. Total net benefits?",
    ), who=who, m=months, e=ep, l=label, s=money(salary, False), c=money(cap, False), o=money(offset), py=payer,
        t=pct(rate))
    lines = [f"Gross benefit: min({label} × {money(salary)} ÷ 12, {money(cap)}) = {money(gross)}",
             f"After the {money(offset)} offset: max({money(gross)} − {money(offset)}, minimum {money(floor)}) = "
             f"{money(after_off)}", _tax_line(frac),
             f"After tax: {money(after_off)} × (1 − {pct(frac)} × {pct(rate)}) = {money(net)} a month",
             f"Months paid: {months} − {ep} ÷ 30 = {paid} (no benefit during the elimination period, when "
             f"{money(salary / 12 * ep / 30)} of salary is lost)",
             f"Total: {paid} × {money(net)} = {money(total)}", "", f"Answer: {money(total)}"]
    return Draft(q, "\n".join(lines), "disability_insurance", "hard", "insurance_disability.di_claim",
                 {"salary": salary, "ratio": ratio, "cap": cap, "elimination_days": ep, "months": months,
                  "offset": offset, "taxable_fraction": frac, "tax_rate": rate, "answer": round(total, 2)})


def t_di_plan(rng: random.Random) -> Draft:
    """Sizing an individual (tax-free) policy on top of taxable group LTD, within the insurer's issue limit."""
    who = rng.choice(NAMES)
    salary, cap = pick(rng, 60000, 500000, 1000), rng.choice((5000.0, 7500.0, 10000.0, 12500.0, 15000.0))
    take, goal = pick(rng, 0.6, 0.78, 0.01), rng.choice((0.7, 0.75, 0.8, 0.9))
    tax, limit = pick(rng, 0.18, 0.38, 0.01), rng.choice((0.6, 0.65, 0.7, 0.75))
    rate = pick(rng, 20, 60, 1)
    monthly = salary / 12
    target = goal * take * monthly
    g_gross = min(0.6 * monthly, cap)
    g_net = g_gross * (1 - tax)
    gap = max(0.0, target - g_net)
    room = max(0.0, limit * monthly - g_gross)
    rec = math.floor(min(gap, room) / 100) * 100.0
    prem = rec / 100 * rate
    left = target - g_net - rec
    q = ask(rng, (
        "{who} earns {s} and takes home {t} of it. The employer-paid group LTD pays 60% up to {c}/month (taxable at "
        "{x}). {who} wants {g} of take-home pay if disabled. Insurers will issue total coverage up to {lim} of gross "
        "pay. How much individual (tax-free) monthly benefit should {who} buy, and at what premium ({r} a year per "
        "$100 of benefit)?",
        "Design supplemental disability cover: salary {s}, take-home {t} of gross, group LTD 60% to {c} "
        "(employer-paid, benefits taxed at {x}), goal {g} of take-home, issue-and-participation limit {lim} of "
        "gross income from all policies, individual premium {r}/yr per $100 of monthly benefit. Recommend a benefit "
        "in $100 steps.",
    ), who=who, s=money(salary, False), t=pct(take), c=money(cap, False), x=pct(tax), g=pct(goal), lim=pct(limit),
        r=money(rate, False))
    rows = [("Take-home pay", f"{money(monthly)} × {pct(take)}", money(take * monthly)),
            ("Target", f"{pct(goal)} of take-home", money(target)),
            ("Group LTD gross", f"min(60% × {money(monthly)}, {money(cap)})", money(g_gross)),
            ("Group LTD net", f"× (1 − {pct(tax)})", money(g_net)),
            ("Gap to target", "", money(gap)),
            ("Issue-limit room", f"{pct(limit)} × {money(monthly)} − {money(g_gross)}", money(room))]
    lines = [table(("Step", "Working", "Monthly"), rows), "",
             f"Recommended individual benefit: the smaller of gap and room, down to $100: {money(rec, False)}/month",
             f"Premium: {money(rec, False)} ÷ 100 × {money(rate, False)} = {money(prem)} a year",
             ("The target is fully met." if left <= 0.005 else
              f"{money(left)} a month of the target stays uncovered: " + (
                  "the issue limit binds, so build savings for the rest." if room < gap else
                  "benefits are sold in $100 steps.")), "",
             f"Answer: {money(rec)}"]
    params = {"salary": salary, "cap": cap, "take_home": take, "goal": goal, "tax": tax, "issue_limit": limit,
              "rate_per_100": rate, "answer": round(rec, 2)}
    return Draft(q, "\n".join(lines), "disability_insurance", "extremely_complex", "insurance_disability.di_plan",
                 params)


TEMPLATES: list[tuple[Template, float]] = [
    (t_di_benefit, 1.0), (t_di_tax, 1.0), (t_di_claim, 1.3), (t_di_plan, 1.2),
]
