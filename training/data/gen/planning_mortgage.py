"""Mortgage templates: payments, amortization tables, 15 versus 30 years, affordability, PMI removal, extra
payments, ARM resets, discount points and a full refinance analysis."""

from __future__ import annotations

import math
import random

from tools.calc.tvm import amortization_schedule, loan_payment, periods_to_payoff
from training.data.gen.common import Draft, Template, money, num, pct, pick
from training.data.gen.planning_rules import (
    balance_after,
    finish,
    months_phrase,
    pair,
    phrase,
    table,
    who,
    years_months,
)

_M = "planning_mortgage"


def _rate(rng: random.Random, low: float = 0.05, high: float = 0.0775) -> float:
    return pick(rng, low, high, 0.00125)


def t_mortgage_payment(rng: random.Random) -> Draft:
    """Monthly principal-and-interest payment from price, down payment, rate and term."""
    price = pick(rng, 150_000, 1_500_000, 5_000)
    down = rng.choice((0.035, 0.05, 0.10, 0.15, 0.20, 0.25))
    rate, years = _rate(rng), rng.choice((15, 20, 30, 30, 30))
    loan = round(price * (1 - down), 2)
    q = phrase(rng, (
        "What is the monthly principal and interest on a {p} home with {d} down, financed at {r} for {y} years?",
        "{n} is buying a house for {p}, putting {d} down. With a {y}-year fixed mortgage at {r}, what's the monthly "
        "payment (P&I)?",
        "Mortgage payment: purchase price {p}, down payment {d}, {y}-year fixed at {r}.",
    ), p=money(price, cents=False), d=pct(down), r=pct(rate, 3), y=years, n=who(rng))
    res = loan_payment(principal=loan, annual_rate=rate, years=years)
    steps = [f"Loan = {money(price, cents=False)} × (1 − {pct(down)}) = {money(loan)}",
             f"PMT = P·i/(1 − (1 + i)^−n), i = {pct(rate, 3)}/12 = {pct(rate / 12, 5)}, n = {years * 12}",
             f"PMT = {money(res.value)} a month (taxes, insurance and any PMI come on top)"]
    return finish(f"{_M}.mortgage_payment", instruction=q, steps=steps, answer=res.value, shown=money(res.value),
                  domain="mortgages", difficulty="easy",
                  params={"price": price, "down": down, "rate": rate, "years": years})


def _payment_rows(loan: float, i: float, n: int) -> list[tuple[str, str, str, str, str]]:
    """(number, payment, interest, principal, balance) of the first three payments and the last one."""
    pay = loan * i / (1 - (1 + i) ** -n)
    out = []
    for k in (1, 2, 3, n):
        before = balance_after(loan, i, pay, k - 1)
        interest = before * i
        principal = before if k == n else pay - interest
        out.append((str(k), money(principal + interest), money(interest), money(principal),
                    money(max(0.0, before - principal))))
    return out


def t_amortization(rng: random.Random) -> Draft:
    """First payments and last row of an amortization schedule, and the balance after some years."""
    loan, rate = pick(rng, 100_000, 900_000, 1_000), _rate(rng)
    years = rng.choice((15, 20, 30))
    k = rng.randint(1, min(10, years - 1))
    res = amortization_schedule(principal=loan, annual_rate=rate, years=years)
    yearly = res.table or []
    bal_k = yearly[k - 1]["balance"]
    total_int = sum(r["interest"] for r in yearly)
    paid_int_k = sum(r["interest"] for r in yearly[:k])
    rows = _payment_rows(loan, rate / 12, years * 12)
    q = phrase(rng, (
        "Show the first three payments and the last payment of a {l} {y}-year mortgage at {r}. What is the balance "
        "after {k}?",
        "Build the start of the amortization table for {l} at {r} over {y} years, and tell me what I'll still owe "
        "after {k}.",
        "{n} borrowed {l} at {r} for {y} years. How much of the first payments is interest, and what is the "
        "remaining balance after {k}?",
    ), l=money(loan, cents=False), y=years, r=pct(rate, 3), k=years_months(k * 12), n=who(rng))
    body = table(("Payment #", "Payment", "Interest", "Principal", "Balance"),
                 [*rows[:3], ("…", "", "", "", ""), rows[3]])
    steps = [f"Payment = {money(res.value)}; each month interest = balance × {pct(rate, 3)}/12, principal = payment − "
             "interest.",
             body,
             f"After {k * 12} payments the balance is {money(bal_k)}; interest paid so far {money(paid_int_k)}, "
             f"principal repaid {money(loan - bal_k)}. Total interest over the loan: {money(total_int)}."]
    return finish(f"{_M}.amortization", instruction=q, steps=steps, answer=bal_k, shown=money(bal_k),
                  domain="mortgages", difficulty="hard",
                  params={"principal": loan, "rate": rate, "years": years, "after_years": k})


def t_fifteen_vs_thirty(rng: random.Random) -> Draft:
    """15-year against 30-year mortgage: payments, total interest, the trade-off."""
    loan, r30 = pick(rng, 120_000, 900_000, 1_000), _rate(rng, 0.055, 0.0775)
    r15 = round(r30 - pick(rng, 0.00375, 0.00875, 0.00125), 5)
    p30 = loan_payment(principal=loan, annual_rate=r30, years=30).value
    p15 = loan_payment(principal=loan, annual_rate=r15, years=15).value
    i30, i15 = p30 * 360 - loan, p15 * 180 - loan
    q = phrase(rng, (
        "{n} can borrow {l} on a 30-year mortgage at {a} or a 15-year at {b}. Compare payments and total interest.",
        "15-year or 30-year? Loan {l}: 30-year fixed {a}, 15-year fixed {b}. How much interest does the shorter "
        "term save, and what does it cost monthly?",
        "Compare a {b} 15-year and a {a} 30-year mortgage on {l} and recommend.",
    ), n=who(rng), l=money(loan, cents=False), a=pct(r30, 3), b=pct(r15, 3))
    steps = [table(("", "30-year", "15-year"),
                   [("Rate", pct(r30, 3), pct(r15, 3)), ("Monthly payment", money(p30), money(p15)),
                    ("Total paid", money(p30 * 360), money(p15 * 180)), ("Total interest", money(i30), money(i15))]),
             f"The 15-year costs {money(p15 - p30)} more a month and saves {money(i30 - i15)} of interest.",
             "Recommendation: take the 15-year if the higher payment fits comfortably after retirement saving and an "
             "emergency fund; otherwise the 30-year with voluntary extra principal keeps flexibility."]
    ans = round(i30 - i15, 2)
    return finish(f"{_M}.fifteen_vs_thirty", instruction=q, steps=steps, answer=ans, shown=money(ans),
                  domain="mortgages", difficulty="hard", params={"principal": loan, "rate30": r30, "rate15": r15})


def t_affordability(rng: random.Random) -> Draft:
    """Maximum home price under the 28/36 rule with taxes and insurance."""
    income = pick(rng, 60_000, 400_000, 1_000)
    gm = income / 12
    debts = pick(rng, 0, gm * 0.06, 25)
    rate, years = _rate(rng), rng.choice((30, 30, 15))
    tax, ins = pick(rng, 0.006, 0.022, 0.0005), pick(rng, 900, 4_000, 50)
    down = rng.choice((0.05, 0.10, 0.15, 0.20, 0.25))
    cap = min(0.28 * gm, 0.36 * gm - debts)
    i, n = rate / 12, years * 12
    factor = i / (1 - (1 + i) ** -n)
    price = math.floor((cap - ins / 12) / ((1 - down) * factor + tax / 12))
    q = phrase(rng, (
        "{n} earns {g} a year and pays {d} a month on other debts. Using the 28/36 rule, a {y}-year loan at {r}, "
        "{dp} down, property tax of {t} of value and {h} a year of insurance, what is the most house {n} can afford?",
        "How much house can I afford? Gross income {g}/yr, other debt payments {d}/mo, {r} for {y} years, {dp} down, "
        "property tax {t} a year, homeowners insurance {h}/yr. Use 28% front-end and 36% back-end limits.",
        "Affordability: apply the 28/36 rule to income {g}, monthly debts {d}, rate {r}, term {y} years, down "
        "payment {dp}, tax rate {t}, insurance {h} per year.",
    ), n=who(rng), g=money(income, cents=False), d=money(debts, cents=False), y=years, r=pct(rate, 3), dp=pct(down),
        t=pct(tax), h=money(ins, cents=False))
    steps = [f"Gross monthly income = {money(gm)}; front-end 28% = {money(0.28 * gm)}; back-end 36% − debts = "
             f"{money(0.36 * gm)} − {money(debts, cents=False)} = {money(0.36 * gm - debts)}",
             f"Housing budget (PITI) = the smaller = {money(cap)}",
             f"PITI(price) = price × (1 − {pct(down)}) × {num(factor, 7)} (P&I per loan dollar) + price × "
             f"{pct(tax)}/12 + {money(ins / 12)}",
             f"price = ({money(cap)} − {money(ins / 12)}) / ({num((1 - down) * factor, 7)} + {num(tax / 12, 7)}) = "
             f"{money(price, cents=False)}",
             f"Loan {money(price * (1 - down), cents=False)}, down payment {money(price * down, cents=False)}."]
    return finish(f"{_M}.affordability", instruction=q, steps=steps, answer=price, shown=money(price, cents=False),
                  domain="mortgages", difficulty="hard",
                  params={"income": income, "debts": debts, "rate": rate, "years": years, "tax_rate": tax,
                          "insurance": ins, "down": down})


def t_pmi_removal(rng: random.Random) -> Draft:
    """When PMI can be dropped (80%) and ends automatically (78% of original value), and its cost."""
    value = pick(rng, 200_000, 900_000, 5_000)
    down = rng.choice((0.035, 0.05, 0.08, 0.10, 0.12, 0.15))
    rate, pmi = _rate(rng), pick(rng, 0.003, 0.012, 0.0005)
    loan = round(value * (1 - down), 2)
    pay = loan_payment(principal=loan, annual_rate=rate, years=30).value
    i = rate / 12
    k80 = next(k for k in range(1, 361) if balance_after(loan, i, pay, k) <= 0.80 * value)
    k78 = next(k for k in range(1, 361) if balance_after(loan, i, pay, k) <= 0.78 * value)
    monthly = loan * pmi / 12
    q = phrase(rng, (
        "{n} bought a {v} home with {d} down on a 30-year loan at {r}; PMI costs {p} of the loan a year. When can "
        "PMI be dropped, when does it end automatically, and what will it cost until then?",
        "With {d} down on {v} (30-year fixed, {r}) and PMI at {p} annually, after how many payments does the "
        "scheduled balance reach 80% and 78% of the original value?",
        "PMI timeline: home value {v}, down payment {d}, rate {r}, 30 years, PMI {p}/yr. Compute the dates and the "
        "total premiums.",
    ), n=who(rng), v=money(value, cents=False), d=pct(down), r=pct(rate, 3), p=pct(pmi))
    steps = [f"Loan {money(loan)}, payment {money(pay)}; PMI = {money(loan)} × {pct(pmi)}/12 = {money(monthly)} a "
             "month",
             f"80% of original value = {money(0.8 * value, cents=False)}: the scheduled balance B_k = P(1 + i)^k − "
             f"PMT((1 + i)^k − 1)/i first falls below it at payment {k80} ({years_months(k80)}); the borrower may ask "
             "to cancel then (with a good payment history).",
             f"78% = {money(0.78 * value, cents=False)}: reached at payment {k78} ({years_months(k78)}), when the "
             "Homeowners Protection Act ends PMI automatically.",
             f"PMI paid until then ≈ {k78} × {money(monthly)} = {money(k78 * monthly)} (or {money(k80 * monthly)} if "
             "cancelled at 80%)."]
    return finish(f"{_M}.pmi_removal", instruction=q, steps=steps, answer=k78, shown=f"{k78} payments",
                  domain="mortgages", difficulty="hard", unit="months",
                  params={"value": value, "down": down, "rate": rate, "pmi_rate": pmi})


def t_extra_payment(rng: random.Random) -> Draft:
    """Extra principal each month: new payoff time and interest saved."""
    loan, rate = pick(rng, 100_000, 800_000, 1_000), _rate(rng)
    years, extra = rng.choice((30, 30, 20, 15)), pick(rng, 50, 1_000, 25)
    pay = loan_payment(principal=loan, annual_rate=rate, years=years).value
    i = rate / 12
    n_new = periods_to_payoff(principal=loan, annual_rate=rate, payment=pay + extra).value
    months = math.ceil(n_new - 1e-9)
    last = balance_after(loan, i, pay + extra, months - 1) * (1 + i)
    int_new = (pay + extra) * (months - 1) + last - loan
    int_old = pay * years * 12 - loan
    q = phrase(rng, (
        "If {n} adds {e} a month to the principal of a {l}, {y}-year mortgage at {r}, how soon is it paid off and "
        "how much interest is saved?",
        "Extra payments: {l} loan, {r}, {y} years, plus {e}/month toward principal from the first payment. New "
        "payoff time?",
        "How many months does it take to pay off {l} at {r} ({y}-year schedule) if I pay an extra {e} every month?",
    ), n=who(rng), e=money(extra, cents=False), l=money(loan, cents=False), y=years, r=pct(rate, 3))
    steps = [f"Scheduled payment {money(pay)}; with the extra, {money(pay + extra)}",
             f"n = −ln(1 − i·P/PMT)/ln(1 + i) = −ln(1 − {num(i, 7)}×{num(loan)}/{num(pay + extra)})/ln({num(1 + i, 7)})"
             f" = {num(n_new)} → {months} payments ({years_months(months)}) instead of {years * 12}",
             f"Interest: {money(int_old)} on schedule vs {money(int_new)} with extra payments; saved "
             f"{money(int_old - int_new)}, and the loan ends {years_months(years * 12 - months)} early."]
    return finish(f"{_M}.extra_payment", instruction=q, steps=steps, answer=months, shown=f"{months} months",
                  domain="mortgages", difficulty="hard", unit="months",
                  params={"principal": loan, "rate": rate, "years": years, "extra": extra})


def t_arm_reset(rng: random.Random) -> Draft:
    """Payment of an adjustable-rate mortgage after its fixed period, with the rate cap."""
    loan, start = pick(rng, 150_000, 900_000, 1_000), _rate(rng, 0.045, 0.07)
    fixed, cap = rng.choice((5, 7, 10)), rng.choice((0.02, 0.05))
    index, margin = pick(rng, 0.03, 0.055, 0.0005), pick(rng, 0.0225, 0.03, 0.00125)
    full = index + margin
    new = min(max(full, start - cap), start + cap)
    pay = loan_payment(principal=loan, annual_rate=start, years=30).value
    bal = balance_after(loan, start / 12, pay, fixed * 12)
    new_pay = loan_payment(principal=bal, annual_rate=new, years=30 - fixed).value
    q = phrase(rng, (
        "{n} has a {f}/1 ARM: {l} at {s} for the first {f} years, then index + margin with a {c} first-adjustment "
        "cap. If the index is {x} and the margin {m} at reset, what is the new payment?",
        "ARM reset: {l}, 30-year amortization, start rate {s} fixed {f} years; then index ({x}) + margin ({m}), "
        "capped at {c} above or below the start rate. New monthly payment?",
        "What happens to my {f}/1 ARM payment at the first reset? Loan {l} at {s}; index {x}, margin {m}, initial "
        "cap {c}.",
    ), n=who(rng), f=fixed, l=money(loan, cents=False), s=pct(start, 3), c=pct(cap), x=pct(index), m=pct(margin, 3))
    steps = [f"1. Initial payment {money(pay)}; balance after {fixed * 12} payments = {money(bal)}",
             f"2. Fully indexed rate = {pct(index)} + {pct(margin, 3)} = {pct(full, 3)}; allowed range "
             f"{pct(start - cap, 3)}–{pct(start + cap, 3)} → new rate {pct(new, 3)}",
             f"3. Re-amortize {money(bal)} over the remaining {30 - fixed} years at {pct(new, 3)}: {money(new_pay)} "
             f"a month ({'+' if new_pay >= pay else '−'}{money(abs(new_pay - pay))})"]
    return finish(f"{_M}.arm_reset", instruction=q, steps=steps, answer=new_pay, shown=money(new_pay),
                  domain="mortgages", difficulty="medium",
                  params={"principal": loan, "start_rate": start, "fixed_years": fixed, "cap": cap, "index": index,
                          "margin": margin})


def t_points(rng: random.Random) -> Draft:
    """Break-even months for buying discount points."""
    loan, base = pick(rng, 150_000, 1_000_000, 5_000), _rate(rng, 0.055, 0.0775)
    pts, per = rng.choice((0.5, 1.0, 1.5, 2.0, 2.5, 3.0)), rng.choice((0.00125, 0.0025))
    new = round(base - pts * per, 6)
    years = rng.choice((30, 30, 15))
    cost = loan * pts / 100
    p0 = loan_payment(principal=loan, annual_rate=base, years=years).value
    p1 = loan_payment(principal=loan, annual_rate=new, years=years).value
    months = math.ceil(cost / (p0 - p1))
    q = phrase(rng, (
        "{n} can take a {y}-year loan of {l} at {b}, or pay {p} points to get {r}. How many months until the points "
        "pay for themselves?",
        "Is buying {p} discount points worth it? {l} mortgage, {y} years, {b} with no points vs {r} with points.",
        "Points break-even: loan {l}, term {y} years, par rate {b}, {p} points buys the rate down to {r}.",
    ), n=who(rng), y=years, l=money(loan, cents=False), b=pct(base, 3), p=num(pts, 1), r=pct(new, 3))
    steps = [f"Cost of points = {num(pts, 1)}% × {money(loan, cents=False)} = {money(cost)}",
             f"Payments: {money(p0)} at {pct(base, 3)} vs {money(p1)} at {pct(new, 3)}; saving {money(p0 - p1)} a "
             "month",
             f"Break-even = {money(cost)} / {money(p0 - p1)} = {num(cost / (p0 - p1))} → {months_phrase(months)}. "
             "Worth it only if the loan is kept (no sale or refinance) longer than that."]
    return finish(f"{_M}.points", instruction=q, steps=steps, answer=months, shown=f"{months} months",
                  domain="mortgages", difficulty="medium", unit="months",
                  params={"principal": loan, "rate": base, "new_rate": new, "points": pts, "years": years})


def _refi_params(rng: random.Random) -> dict[str, float]:
    r0 = _rate(rng, 0.055, 0.08)
    p = {"original": pick(rng, 150_000, 800_000, 5_000), "old_rate": r0, "age_years": rng.randint(1, 8),
         "new_rate": round(max(0.03, r0 - pick(rng, 0.005, 0.02, 0.00125)), 5),
         "new_years": rng.choice((30, 30, 25, 20, 15)), "points": pick(rng, 0, 2, 0.25),
         "closing": pick(rng, 2_000, 9_000, 100)}
    p["horizon"] = rng.randint(3, min(12, int(p["new_years"])))
    return p


def _interest_over(balance: float, rate: float, payment: float, months: int) -> tuple[float, float]:
    """Interest paid and the balance left after ``months`` payments on ``balance``."""
    end = balance_after(balance, rate / 12, payment, months)
    return payment * months - (balance - end), end


def t_refinance(rng: random.Random) -> Draft:
    """Refinance analysis: new payment, simple break-even, interest over the planned stay, net benefit."""
    a, b = pair(rng)
    p = _refi_params(rng)
    r0, r1, age, h = p["old_rate"], p["new_rate"], int(p["age_years"]), int(p["horizon"])
    pay0 = loan_payment(principal=p["original"], annual_rate=r0, years=30).value
    bal = balance_after(p["original"], r0 / 12, pay0, age * 12)
    pay1 = loan_payment(principal=bal, annual_rate=r1, years=p["new_years"]).value
    upfront = bal * p["points"] / 100 + p["closing"]
    int0, end0 = _interest_over(bal, r0, pay0, h * 12)
    int1, end1 = _interest_over(bal, r1, pay1, h * 12)
    net = int0 - int1 - upfront
    q = phrase(rng, (
        "{a} and {b} took a {o} 30-year mortgage at {r0} {k} years ago. They can refinance the balance into a "
        "{t}-year loan at {r1} with {pt} points and {c} of closing costs (paid in cash). They expect to stay {h} "
        "more years. Should they refinance?",
        "Refinance analysis: original loan {o} at {r0}, 30 years, {k} years of payments made. Offer: {r1} for {t} "
        "years, {pt} points, {c} closing costs. Horizon {h} years. Compute the break-even and the net benefit.",
        "Is it worth refinancing? {k} years into a {o}, {r0} 30-year mortgage; new {t}-year rate {r1}, points {pt}, "
        "closing {c}; we plan to sell in {h} years.",
    ), a=a, b=b, o=money(p["original"], cents=False), r0=pct(r0, 3), k=age, t=int(p["new_years"]), r1=pct(r1, 3),
        pt=num(p["points"]), c=money(p["closing"], cents=False), h=h)
    save = pay0 - pay1
    be = (f"simple break-even = {money(upfront)} / {money(save)} = {math.ceil(upfront / save)} months"
          if save > 0 else "the new payment is higher, so there is no monthly-savings break-even; compare interest")
    steps = [f"1. Current payment {money(pay0)}; balance after {age * 12} payments = {money(bal)}",
             f"2. New loan {money(bal)} at {pct(r1, 3)} for {int(p['new_years'])} years: payment {money(pay1)}; "
             f"upfront cost = {num(p['points'])}% × balance + closing = {money(upfront)}",
             f"3. Monthly change {money(save)}; {be}",
             f"4. Over the {h}-year horizon (interest = payments − principal repaid):\n"
             + table(("", "Keep", "Refinance"), [("Interest paid", money(int0), money(int1)),
                                                 (f"Balance after {h} years", money(end0), money(end1))]),
             f"5. Net benefit = interest saved − upfront = {money(int0 - int1)} − {money(upfront)} = {money(net)} "
             "(this equals the payment difference plus the balance difference, less the costs).",
             "Recommendation: " + ("refinance; the savings exceed the costs within their horizon."
                                   if net > 0 else "do not refinance on these terms for a "
                                   f"{h}-year stay; the costs are not recovered.")]
    ans = round(net, 2)
    return finish(f"{_M}.refinance", instruction=q, steps=steps, answer=ans, shown=money(ans), domain="mortgages",
                  difficulty="extremely_complex", params=p)


TEMPLATES: list[tuple[Template, float]] = [
    (t_mortgage_payment, 3.5), (t_amortization, 3.0), (t_fifteen_vs_thirty, 2.5), (t_affordability, 2.5),
    (t_pmi_removal, 2.0), (t_extra_payment, 2.5), (t_arm_reset, 2.0), (t_points, 2.5), (t_refinance, 4.5),
]
