"""Insurance templates for long-term care: projecting care costs with inflation, how long a pool of benefits lasts,
the shortfall between inflating costs and a policy's daily benefit (elimination period, benefit period, inflation
rider), and a policy against self-funding in present-value terms."""

from __future__ import annotations

import random

from tools.calc.tvm import compound_growth, present_value
from training.data.gen.common import Draft, Template, money, num, pct, pick
from training.data.gen.ia_common import NAMES, ask, table

_CARE = (("a private room in a nursing home", 280, 480), ("a semi-private nursing-home room", 240, 400),
         ("assisted living", 130, 260), ("a full-time home health aide", 180, 320))
_RIDERS = (("none", 0.0), ("3% compound", 0.03), ("5% compound", 0.05), ("5% simple", 0.05))


def ltc_years(cost0: float, infl: float, wait: int, care_years: int, benefit0: float, rider: str, bp_years: int,
              ep_days: int) -> list[tuple[float, float, int, float]]:
    """Care year by care year: (daily cost, daily benefit, days the policy pays, what it pays). Costs inflate from
    today; the benefit grows by its rider; the policy pays from the day after the elimination period for up to
    ``bp_years`` × 365 days."""
    rate = dict(_RIDERS)[rider]
    first, last = ep_days + 1, ep_days + bp_years * 365
    out = []
    for t in range(care_years):
        s = wait + t
        cost = cost0 * (1 + infl) ** s
        ben = benefit0 * ((1 + rate * s) if "simple" in rider else (1 + rate) ** s)
        days = max(0, min((t + 1) * 365, last) - max(t * 365 + 1, first) + 1)
        out.append((cost, ben, days, min(cost, ben) * days))
    return out


def t_ltc_projection(rng: random.Random) -> Draft:
    """Today's care cost grown by care-cost inflation to the year care may start."""
    who, age = rng.choice(NAMES), rng.randint(45, 70)
    care, lo, hi = rng.choice(_CARE)
    daily, infl, years = pick(rng, lo, hi, 1), pick(rng, 0.02, 0.06, 0.0025), rng.randint(5, 30)
    future = compound_growth(daily * 365, infl, years).value
    q = ask(rng, (
        "{c} costs about {d} a day today. If costs rise {i} a year, what will a year of it cost when {who} (now {a}) "
        "is {b}?",
        "Project the annual cost of {c}: {d}/day now, {i} annual inflation, needed in {n} years.",
        "I'm {a}. What might one year of {c} cost me at {b} if it's {d} a day now and grows {i} a year?",
    ), c=care[0].upper() + care[1:], d=money(daily, False), i=pct(infl), who=who, a=age, b=age + years, n=years)
    lines = [f"Annual cost today: {money(daily)} × 365 = {money(daily * 365)}",
             f"In {years} years: {money(daily * 365)} × (1 + {pct(infl)})^{years} = {money(future)} "
             f"(tools.calc.compound_growth), about {money(future / 365)} a day", "", f"Answer: {money(future)}"]
    return Draft(q, "\n".join(lines), "long_term_care", "easy", "insurance_ltc.ltc_projection",
                 {"daily": daily, "inflation": infl, "years": years, "answer": future})


def t_ltc_pool(rng: random.Random) -> Draft:
    """A pool-of-money policy: how long the pool lasts when care costs less than the daily maximum."""
    who = rng.choice(NAMES)
    ben, bp = pick(rng, 120, 400, 5), rng.randint(2, 6)
    pool = ben * 365 * bp
    home = rng.random() < 0.5
    cost = pick(rng, 80, ben + 100, 5)
    per_week = rng.randint(3, 7) if home else 7
    paid = min(cost, ben)
    years = pool / (paid * per_week * 52)
    where = (f"home care {per_week} days a week at {money(cost)} a day" if home else
             f"facility care at {money(cost)} a day")
    q = ask(rng, (
        "{who}'s long-term-care policy has a {b} daily maximum and a {p}-year benefit period, paid from a pool of "
        "money. {who} needs {w}. How many years will the pool last?",
        "LTC pool of money: daily benefit {b}, benefit period {p} years. Claim: {w}. Compute the pool and how long it "
        "lasts (ignore the elimination period and inflation).",
        "My LTC policy pays up to {b} a day with a {p}-year benefit period as a pool. If I need {w}, how long will the "
        "benefits stretch?",
    ), who=who, b=money(ben, False), p=bp, w=where)
    lines = [f"Pool: {money(ben)} × 365 × {bp} = {money(pool)}",
             f"Reimbursed per care day: min({money(cost)}, {money(ben)}) = {money(paid)}",
             f"Used per year: {money(paid)} × {per_week} days × 52 weeks = {money(paid * per_week * 52)}",
             f"Years: {money(pool)} ÷ {money(paid * per_week * 52)} = {num(years)}", "", f"Answer: {num(years)}"]
    return Draft(q, "\n".join(lines), "long_term_care", "medium", "insurance_ltc.ltc_pool",
                 {"daily_benefit": ben, "benefit_years": bp, "cost": cost, "days_per_week": per_week,
                  "answer": round(years, 2)})


def _ltc_inputs(rng: random.Random) -> dict[str, float | int | str]:
    care, lo, hi = rng.choice(_CARE[:2])
    return {"care": care, "cost0": pick(rng, lo, hi, 1), "infl": pick(rng, 0.025, 0.05, 0.0025),
            "wait": rng.randint(5, 25), "care_years": rng.randint(2, 5), "benefit0": pick(rng, 120, 350, 5),
            "rider": rng.choice(_RIDERS)[0], "bp_years": rng.randint(2, 5), "ep_days": rng.choice((30, 60, 90, 100))}


def _ltc_table(p: dict[str, float | int | str]) -> tuple[str, list[tuple[float, float, int, float]]]:
    rows = ltc_years(float(p["cost0"]), float(p["infl"]), int(p["wait"]), int(p["care_years"]),
                     float(p["benefit0"]), str(p["rider"]), int(p["bp_years"]), int(p["ep_days"]))
    body = table(("Care year", "Cost/day", "Benefit/day", "Days paid", "Policy pays", "Out of pocket"),
                 [(t + 1, money(c), money(b), d, money(pay), money(c * 365 - pay))
                  for t, (c, b, d, pay) in enumerate(rows)])
    return body, rows


def t_ltc_shortfall(rng: random.Random) -> Draft:
    """Care years against a policy: inflating costs, the benefit with its rider, elimination and benefit periods."""
    who, p = rng.choice(NAMES), _ltc_inputs(rng)
    body, rows = _ltc_table(p)
    total_cost = sum(c * 365 for c, _, _, _ in rows)
    paid = sum(r[3] for r in rows)
    short = total_cost - paid
    q = ask(rng, (
        "{who} expects to need {c} for {k} years starting {w} years from now. It costs {c0}/day today, rising {i} a "
        "year. The policy pays up to {b}/day (today's amount; inflation rider: {r}) after a {e}-day elimination "
        "period, for a {bp}-year benefit period. What will {who} pay out of pocket?",
        "LTC shortfall: care for {k} years beginning in {w} years; today's cost {c0}/day, inflation {i}; daily benefit "
        "{b} with rider {r}; elimination period {e} days; benefit period {bp} years. Build the year-by-year table and "
        "total the uncovered cost.",
    ), who=who, c=p["care"], k=p["care_years"], w=p["wait"], c0=money(float(p["cost0"]), False),
        i=pct(float(p["infl"])), b=money(float(p["benefit0"]), False), r=p["rider"], e=p["ep_days"], bp=p["bp_years"])
    lines = ["Cost/day = today's cost × (1 + inflation)^(years from now); benefit/day grows by the rider; the policy "
             f"pays min(cost, benefit) on days {int(p['ep_days']) + 1} to "
             f"{int(p['ep_days']) + int(p['bp_years']) * 365} of care.", "", body, "",
             f"Total cost {money(total_cost)}; policy pays {money(paid)}; out of pocket {money(short)} "
             f"({pct(short / total_cost, 1)}).", "", f"Answer: {money(short)}"]
    return Draft(q, "\n".join(lines), "long_term_care", "hard", "insurance_ltc.ltc_shortfall",
                 {**p, "answer": round(short, 2)})


def t_ltc_plan(rng: random.Random) -> Draft:
    """A policy against self-funding: present value of premiums plus expected uncovered care against expected care."""
    who, age, p = rng.choice(NAMES), rng.randint(50, 65), _ltc_inputs(rng)
    prem, disc, prob = pick(rng, 1500, 7000, 50), pick(rng, 0.03, 0.06, 0.0025), pick(rng, 0.4, 0.75, 0.05)
    body, rows = _ltc_table(p)
    wait = int(p["wait"])
    pv_cost = sum(c * 365 / (1 + disc) ** (wait + t) for t, (c, _, _, _) in enumerate(rows))
    pv_short = sum((c * 365 - pay) / (1 + disc) ** (wait + t) for t, (c, _, _, pay) in enumerate(rows))
    pv_prem = present_value(annual_rate=disc, years=wait, payment=prem).value * (1 + disc)
    self_fund, insured = prob * pv_cost, pv_prem + prob * pv_short
    adv = abs(self_fund - insured)
    q = ask(rng, (
        "{who}, {a}, is weighing a long-term-care policy at {pr} a year (paid at the start of each year until care "
        "begins in {w} years) against self-funding. Assume a {q} chance of needing {k} years of {c} ({c0}/day today, "
        "+{i}/yr). The policy: {b}/day, {r} rider, {e}-day elimination, {bp}-year benefit period. Discount at {d}. "
        "Which is cheaper in present value, and by how much?",
        "Buy or self-insure LTC? Premium {pr}/yr for {w} years (in advance); care need probability {q}; {k} years of "
        "care at {c0}/day today growing {i}; benefit {b}/day ({r}), elimination {e} days, benefit period {bp} years; "
        "discount rate {d}. Compare the expected present values and recommend.",
    ), who=who, a=age, pr=money(prem, False), w=wait, q=pct(prob), k=p["care_years"], c=p["care"],
        c0=money(float(p["cost0"]), False), i=pct(float(p["infl"])), b=money(float(p["benefit0"]), False),
        r=p["rider"], e=p["ep_days"], bp=p["bp_years"], d=pct(disc))
    best = "buying the policy" if insured < self_fund else "self-funding"
    lines = [body, "", "Each care year's cost is discounted from its start (year " + str(wait) + " onward).",
             f"PV of care costs: {money(pv_cost)}; PV of the uncovered part: {money(pv_short)}",
             f"PV of premiums (annuity due, {wait} years): {money(pv_prem)}",
             f"Self-fund: {pct(prob)} × {money(pv_cost)} = {money(self_fund)}",
             f"Policy: {money(pv_prem)} + {pct(prob)} × {money(pv_short)} = {money(insured)}",
             f"Recommendation: {best}, cheaper by {money(adv)} in expected PV. If care is needed, self-funding costs "
             f"{money(pv_cost)} in today's money against {money(pv_prem + pv_short)} with the policy, so the policy "
             "is also the hedge against the bad case.", "", f"Answer: {money(adv)}"]
    params = {**p, "premium": prem, "discount": disc, "probability": prob, "answer": round(adv, 2)}
    return Draft(q, "\n".join(lines), "long_term_care", "extremely_complex", "insurance_ltc.ltc_plan", params)


TEMPLATES: list[tuple[Template, float]] = [
    (t_ltc_projection, 1.0), (t_ltc_pool, 0.9), (t_ltc_shortfall, 1.2), (t_ltc_plan, 1.2),
]
