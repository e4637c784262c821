"""Insurance templates for annuities: level payouts, annuity due against ordinary, the present value of a payout
stream, the exclusion ratio, surrender charges, deferred accumulation then payout, and an income-gap plan."""

from __future__ import annotations

import random

from tools.calc.tvm import compound_growth, future_value, loan_payment, periods_to_payoff, present_value
from training.data.gen.common import Draft, Template, money, num, pct, pick
from training.data.gen.ia_common import NAMES, ask, table

_FREQ = {1: "annual", 12: "monthly"}


def t_annuity_payout(rng: random.Random) -> Draft:
    """A level period-certain payout from a lump sum (PMT)."""
    who = rng.choice(NAMES)
    prem, years = pick(rng, 50000, 2000000, 5000), rng.randint(5, 30)
    rate, m = pick(rng, 0.02, 0.065, 0.0025), rng.choice((1, 12, 12))
    pay = loan_payment(prem, rate, years, m).value
    q = ask(rng, (
        "{who} puts {p} into a {n}-year period-certain annuity crediting {r}. What level {f} payment (paid at the end "
        "of each period) does it provide?",
        "Lump sum {p}, payout period {n} years, interest {r} compounded {f}. Find the {f} annuity payment.",
        "If I annuitize {p} for {n} years at {r}, how much will each {f} check be?",
    ), who=who, p=money(prem, False), n=years, r=pct(rate), f=_FREQ[m])
    i, k = rate / m, years * m
    lines = [f"Periodic rate i = {pct(rate)} ÷ {m} = {i:.6f}; payments n = {years} × {m} = {k}",
             "PMT = PV × i ÷ (1 − (1 + i)^−n)  (tools.calc.loan_payment)",
             f"PMT = {money(prem)} × {i:.6f} ÷ (1 − {1 + i:.6f}^−{k}) = {money(pay)}",
             f"Total paid out: {k} × {money(pay)} = {money(pay * k)}", "", f"Answer: {money(pay)}"]
    return Draft(q, "\n".join(lines), "annuity_products", "easy", "insurance_annuity.annuity_payout",
                 {"premium": prem, "years": years, "rate": rate, "per_year": m, "answer": pay})


def t_annuity_pv(rng: random.Random) -> Draft:
    """The present value of a level payout stream, against a lump-sum offer."""
    who = rng.choice(NAMES)
    what = rng.choice(("a pension", "a structured settlement", "a period-certain annuity", "a lottery prize payout"))
    m = rng.choice((1, 12, 12))
    pay = pick(rng, 500, 6000, 25) if m == 12 else pick(rng, 6000, 90000, 500)
    years, rate = rng.randint(5, 30), pick(rng, 0.025, 0.08, 0.0025)
    pv = present_value(annual_rate=rate, years=years, periods_per_year=m, payment=pay).value
    q = ask(rng, (
        "{who} is entitled to {w} of {x} {f} for {n} years (end of each period). At a {r} discount rate, what is it "
        "worth today?",
        "Present value of {x} paid {f} for {n} years, first payment one period from now, discounted at {r}?",
        "The payer offers to buy out my {w} ({x} {f}, {n} years left). What's the stream worth at {r}, so I can "
        "judge the lump-sum offer?",
    ), who=who, w=what, x=money(pay, False), f=_FREQ[m], n=years, r=pct(rate))
    i, k = rate / m, years * m
    lines = ["PV = PMT × (1 − (1 + i)^−n) ÷ i  (tools.calc.present_value)",
             f"i = {i:.6f}, n = {k}: PV = {money(pay)} × (1 − {1 + i:.6f}^−{k}) ÷ {i:.6f} = {money(pv)}",
             f"Undiscounted total {money(pay * k)}; any lump sum above {money(pv)} beats the stream at {pct(rate)}.",
             "", f"Answer: {money(pv)}"]
    return Draft(q, "\n".join(lines), "annuity_products", "easy", "insurance_annuity.annuity_pv",
                 {"payment": pay, "per_year": m, "years": years, "rate": rate, "answer": pv})


def t_annuity_due(rng: random.Random) -> Draft:
    """Payments at the start (annuity due) against the end (ordinary annuity) of each period."""
    who = rng.choice(NAMES)
    prem, years = pick(rng, 50000, 1500000, 5000), rng.randint(5, 30)
    rate, m = pick(rng, 0.02, 0.07, 0.0025), rng.choice((1, 4, 12))
    ordinary = loan_payment(prem, rate, years, m).value
    i = rate / m
    due = ordinary / (1 + i)
    freq = {1: "annual", 4: "quarterly", 12: "monthly"}[m]
    q = ask(rng, (
        "{who} annuitizes {p} for {n} years at {r} with {f} payments. How much is each payment if payments start "
        "immediately (annuity due) rather than one period from now?",
        "Compare the {f} payout on {p} over {n} years at {r} as an ordinary annuity and as an annuity due.",
        "My insurer lets me take the first {f} check today instead of next period. On {p} over {n} years at {r}, "
        "what's the payment that way?",
    ), who=who, p=money(prem, False), n=years, r=pct(rate), f=freq)
    lines = [f"Ordinary (end of period): PMT = {money(prem)} × i ÷ (1 − (1 + i)^−{years * m}), i = {i:.6f} → "
             f"{money(ordinary)}",
             "Annuity due pays each amount one period earlier, so it earns one period less interest:",
             f"PMT_due = PMT_ord ÷ (1 + i) = {money(ordinary)} ÷ {1 + i:.6f} = {money(due)}",
             f"Each payment is {money(ordinary - due)} smaller, but it arrives a period sooner.", "",
             f"Answer: {money(due)}"]
    return Draft(q, "\n".join(lines), "annuity_products", "medium", "insurance_annuity.annuity_due",
                 {"premium": prem, "years": years, "rate": rate, "per_year": m, "answer": round(due, 2)})


def t_annuity_exclusion(rng: random.Random) -> Draft:
    """The exclusion ratio of a non-qualified period-certain annuity: the tax-free and taxable part of each payment."""
    who = rng.choice(NAMES)
    basis, years = pick(rng, 50000, 600000, 1000), rng.randint(8, 25)
    pay = loan_payment(basis, pick(rng, 0.02, 0.055, 0.0025), years, 12).value
    expected = pay * 12 * years
    ratio = round(basis / expected, 3)  # IRS Pub. 939: exclusion percentage rounded to three decimal places
    free = pay * ratio
    taxable = pay - free
    mrate = rng.choice((0.12, 0.22, 0.24, 0.32))
    q = ask(rng, (
        "{who} bought a non-qualified immediate annuity for {b} (after-tax money). It pays {x} a month for {n} years "
        "certain. How much of each payment is taxable?",
        "Exclusion ratio: investment in the contract {b}, monthly payment {x}, {n}-year period certain. Find the "
        "tax-free and taxable portions of each payment and the monthly tax at {t}.",
        "My non-qualified annuity cost {b} and pays {x} monthly for {n} years. What part of each check is taxable "
        "income? I'm in the {t} bracket.",
    ), who=who, b=money(basis, False), x=money(pay), n=years, t=pct(mrate))
    lines = [f"Expected return (fixed period): {money(pay)} × 12 × {years} = {money(expected)}",
             f"Exclusion ratio = investment ÷ expected return = {money(basis)} ÷ {money(expected)} = {ratio:.3f} "
             "(rounded to three places)",
             f"Tax-free part: {money(pay)} × {ratio:.3f} = {money(free)}",
             f"Taxable part: {money(pay)} − {money(free)} = {money(taxable)}; tax at {pct(mrate)} ≈ "
             f"{money(taxable * mrate)} a month",
             "Once the whole investment has been recovered, later payments are fully taxable.", "",
             f"Answer: {money(taxable)}"]
    return Draft(q, "\n".join(lines), "annuity_products", "medium", "insurance_annuity.annuity_exclusion",
                 {"investment": basis, "payment": pay, "years": years, "answer": round(taxable, 2)})


def t_annuity_surrender(rng: random.Random) -> Draft:
    """Surrendering a deferred fixed annuity: the account value, the free withdrawal and the surrender charge."""
    who = rng.choice(NAMES)
    prem, rate = pick(rng, 25000, 1000000, 1000), pick(rng, 0.02, 0.055, 0.0025)
    start = rng.choice((6, 7, 8, 9, 10))
    sched = [max(0, start - y) / 100 for y in range(start + 1)]
    year = rng.randint(1, start)
    free = rng.choice((0.1, 0.1, 0.15))
    value = compound_growth(prem, rate, year).value
    charge_pct = sched[year - 1]
    charge = charge_pct * (value - free * value)
    net = value - charge
    q = ask(rng, (
        "{who} put {p} into a fixed deferred annuity crediting {r} a year. The surrender schedule is {s} for contract "
        "years 1, 2, ...; {fr} of the value may be withdrawn free each year. What does {who} receive on a full "
        "surrender at the end of year {y}?",
        "Deferred annuity: premium {p}, guaranteed {r}, surrender charges {s} (by contract year), {fr} penalty-free "
        "withdrawal. Net proceeds of surrendering at the end of contract year {y}?",
        "If I cash out my annuity after {y} years, how much do I get? I invested {p} at {r}; charges are {s} by year "
        "and {fr} a year is free of charges.",
    ), who=who, p=money(prem, False), r=pct(rate), s="/".join(f"{x * 100:.0f}%" for x in sched),
        fr=pct(free), y=year)
    lines = [f"Account value: {money(prem)} × (1 + {pct(rate)})^{year} = {money(value)}",
             f"Free amount: {pct(free)} × {money(value)} = {money(free * value)}",
             f"Charge (year {year}: {pct(charge_pct)}) on the rest: {pct(charge_pct)} × "
             f"{money(value - free * value)} = {money(charge)}",
             f"Net: {money(value)} − {money(charge)} = {money(net)} (before income tax on the gain, and any 10% "
             "penalty before age 59½)", "", f"Answer: {money(net)}"]
    return Draft(q, "\n".join(lines), "annuity_products", "medium", "insurance_annuity.annuity_surrender",
                 {"premium": prem, "rate": rate, "schedule": sched, "year": year, "free": free,
                  "answer": round(net, 2)})


def t_annuity_deferred(rng: random.Random) -> Draft:
    """A deferred annuity: accumulate a lump sum and yearly deposits, then pay out monthly over a period certain."""
    who, age = rng.choice(NAMES), rng.randint(35, 60)
    lump, dep = pick(rng, 0, 400000, 5000), pick(rng, 0, 30000, 500)
    if lump == 0 and dep == 0:
        dep = 6000.0
    d, r1 = rng.randint(5, 25), pick(rng, 0.03, 0.07, 0.0025)
    n, r2 = rng.randint(10, 30), pick(rng, 0.02, 0.05, 0.0025)
    fv = future_value(lump, r1, d, 1, dep).value
    pay = loan_payment(fv, r2, n, 12).value
    q = ask(rng, (
        "{who} (age {a}) funds a deferred annuity with {l} now plus {x} at the end of each year for {d} years, "
        "credited at {r1}. At age {b} it annuitizes over {n} years at {r2}, paid monthly. What is the monthly income?",
        "Accumulation phase: {l} single premium + {x}/yr for {d} years at {r1}. Payout phase: {n}-year period certain "
        "at {r2}, monthly in arrears. Find the account value at annuitization and the monthly payment.",
        "I'm {a}. If I put {l} into an annuity today, add {x} a year for {d} years at {r1}, then take monthly payments "
        "for {n} years at {r2}, what will I receive each month?",
    ), who=who, a=age, b=age + d, l=money(lump, False), x=money(dep, False), d=d, r1=pct(r1), n=n, r2=pct(r2))
    rows = [("Accumulation", f"{d} years at {pct(r1)}", f"FV = {money(lump)}·(1+r)^{d} + {money(dep)}·((1+r)^{d}−1)/r",
             money(fv)),
            ("Payout", f"{n} years at {pct(r2)}, monthly", f"PMT = FV·i/(1−(1+i)^−{12 * n}), i = r/12", money(pay))]
    lines = ["Two phases (tools.calc.future_value, then tools.calc.loan_payment):", "",
             table(("Phase", "Terms", "Formula", "Result"), rows), "",
             f"Contributions {money(lump + dep * d)} become {money(fv)}, then {12 * n} payments of {money(pay)} "
             f"({money(pay * 12 * n)} in total).", "", f"Answer: {money(pay)}"]
    return Draft(q, "\n".join(lines), "annuity_products", "hard", "insurance_annuity.annuity_deferred",
                 {"lump": lump, "deposit": dep, "defer_years": d, "accum_rate": r1, "payout_years": n,
                  "payout_rate": r2, "answer": pay})


def t_annuity_income_plan(rng: random.Random) -> Draft:
    """An income gap in retirement: the premium for an immediate annuity that fills it, against drawing savings."""
    who, age = rng.choice(NAMES), rng.randint(60, 72)
    need, ss = pick(rng, 50000, 150000, 1000), pick(rng, 18000, 50000, 100)
    pension = rng.choice((0.0, pick(rng, 5000, 40000, 500)))
    gap = max(need - ss - pension, 6000.0)
    need = gap + ss + pension
    horizon, rate = rng.choice((90, 95)) - age, pick(rng, 0.03, 0.055, 0.0025)
    savings, growth = pick(rng, 200000, 2500000, 10000), pick(rng, 0.03, 0.07, 0.0025)
    i = rate / 12
    prem = present_value(annual_rate=rate, years=horizon, periods_per_year=12, payment=gap / 12).value * (1 + i)
    q = ask(rng, (
        "{who}, {a}, spends {n} a year; Social Security pays {s} and {p}. {who} has {sv} saved (expected "
        "return {g}). Price a {h}-year period-certain annuity paying the gap monthly in advance at {r}, compare it "
        "with drawing the gap from savings, and recommend.",
        "Retirement income plan: need {n}/yr, Social Security {s}, {p}, savings {sv} earning {g}. Option 1: "
        "buy an immediate annuity (monthly, payments at the start of each month, {h} years certain, pricing rate {r}) "
        "for the gap. Option 2: withdraw the gap each year. What premium does option 1 need, and which is better?",
    ), who=who, a=age, n=money(need, False), s=money(ss, False), sv=money(savings, False),
        p=f"a pension {money(pension, False)}" if pension else "there is no pension",
        g=pct(growth), h=horizon, r=pct(rate))
    lines = [f"Income gap: {money(need)} − {money(ss)} − {money(pension)} = {money(gap)} a year = {money(gap / 12)} "
             "a month",
             f"Premium = PV of {12 * horizon} monthly payments in advance at i = {pct(rate)} ÷ 12: "
             f"{money(gap / 12)} × (1 − (1 + i)^−{12 * horizon}) ÷ i × (1 + i) = {money(prem)}"]
    ok = prem <= savings
    lines.append(f"Affordable: {money(savings - prem)} ({pct((savings - prem) / savings, 1)} of savings) stays "
                 "invested for emergencies and inflation." if ok else
                 f"Not affordable: the premium exceeds savings by {money(prem - savings)}.")
    lasts = None if gap <= growth * savings else periods_to_payoff(savings, growth, gap, 1).value
    if lasts is None:
        lines.append(f"Drawing {money(gap)} a year from {money(savings)} at {pct(growth)} never exhausts savings "
                     "(withdrawals ≤ expected growth), but those returns are not guaranteed.")
    else:
        lines.append(f"Drawing {money(gap)} a year from savings at {pct(growth)} lasts {num(lasts)} years (to about "
                     f"age {age + int(lasts)}) against the {horizon}-year horizon.")
    if not ok:
        rec = "annuitize only the essential part of the gap and trim spending; the full gap cannot be bought."
    elif lasts is not None and lasts < horizon:
        rec = "annuitize the gap: withdrawals alone are expected to run out too early."
    else:
        rec = ("savings can carry the gap on expected returns; annuitize part of it only if guaranteed income "
               "matters more than flexibility and what is left to heirs.")
    lines.append("Recommendation: " + rec)
    lines += ["", f"Answer: {money(prem)}"]
    params = {"need": need, "social_security": ss, "pension": pension, "years": horizon, "rate": rate,
              "savings": savings, "growth": growth, "answer": round(prem, 2)}
    return Draft(q, "\n".join(lines), "annuity_products", "extremely_complex", "insurance_annuity.annuity_income_plan",
                 params)


TEMPLATES: list[tuple[Template, float]] = [
    (t_annuity_payout, 1.1), (t_annuity_pv, 1.0), (t_annuity_due, 1.0), (t_annuity_exclusion, 0.9),
    (t_annuity_surrender, 0.9), (t_annuity_deferred, 1.3), (t_annuity_income_plan, 1.3),
]
