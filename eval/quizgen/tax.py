"""Federal Income Tax (50): bracket tax, deductions, capital gains stacking, payroll and self-employment tax, the
child tax credit phase-out, NIIT, estimated-tax safe harbors; facts and short explanations in :mod:`tax_facts`."""

from __future__ import annotations

import math
import random

from eval.quizgen.common import FILER, STATUS_TEXT, Maker, QuizSpec, mc, money, name, num, pct, quiz, repeat, step
from eval.quizgen.rules import (
    LTCG_TOPS,
    NIIT_THRESHOLD,
    STANDARD_DEDUCTION,
    WAGE_BASE,
    ltcg_layers,
    marginal_rate,
    ordinary_tax,
    tax_result,
)
from eval.quizgen.tax_facts import TAX_FACTS, TAX_SHORT
from eval.schema import Question

T = "eval.tax."
_RATES = (0.10, 0.12, 0.22, 0.24, 0.32, 0.35, 0.37)
_MAIN = ("single", "married_filing_jointly", "head_of_household")


def _brackets(income: float, status: str, year: int) -> str:
    res = tax_result(income, status, year)
    parts = [f"{pct(r['rate'], 0)} × {money(r['taxed_amount'], True)}" for r in res.table or []]
    return " + ".join(parts) + f" = {money(res.value, True)}"


def bracket_tax(rng: random.Random) -> Question:
    year, status = rng.choice((2024, 2025)), rng.choice((*_MAIN, "married_filing_separately"))
    income = step(rng, 28_000, 640_000, 50)
    tax = ordinary_tax(income, status, year)
    q = rng.choice((
        "For tax year {y}, a return filed as {s} shows {i} of taxable income, all of it ordinary income. How much "
        "regular federal income tax is due before any credits?",
        "Compute the {y} regular federal income tax, before credits, on {i} of ordinary taxable income reported on "
        "a {s} return.",
    )).format(y=year, s=STATUS_TEXT[status], i=money(income))
    return num(T + "bracket_tax", q, tax, "usd", explanation=f"{year} {STATUS_TEXT[status]} brackets: "
               f"{_brackets(income, status, year)}", params={"year": year, "status": status, "taxable": income})


def _wage_case(rng: random.Random) -> tuple[int, str, float, float, str]:
    year, status = rng.choice((2024, 2025)), rng.choice(_MAIN)
    wages = step(rng, 38_000, 420_000, 500)
    std = STANDARD_DEDUCTION[year][status]
    told = "" if year == 2024 else f" of {money(std)}"
    return year, status, wages, std, told


def wages_to_tax(rng: random.Random) -> Question:
    year, status, wages, std, told = _wage_case(rng)
    taxable = wages - std
    tax = ordinary_tax(taxable, status, year)
    q = (f"{name(rng)} is under 65, files as {STATUS_TEXT[status]} for {year}, has {money(wages)} of wages and no "
         f"other income or adjustments, and claims the {year} standard deduction{told}. What is the federal income "
         "tax before credits?")
    return num(T + "wages_to_tax", q, tax, "usd", params={"year": year, "status": status, "wages": wages},
               explanation=f"Taxable income {money(wages)} − {money(std)} = {money(taxable)}; "
               f"{_brackets(taxable, status, year)}")


def effective_rate(rng: random.Random) -> Question:
    year, status, wages, std, told = _wage_case(rng)
    tax = ordinary_tax(wages - std, status, year)
    q = (f"In {year}, {FILER[status]}, nobody 65 or older, has {money(wages)} of wages and no other income and "
         f"takes the standard deduction{told}. What percentage of the gross wages goes to federal income tax (the "
         "effective rate on gross income, before credits)?")
    return num(T + "effective_rate", q, 100 * tax / wages, "percent",
               params={"year": year, "status": status, "wages": wages},
               explanation=f"Taxable {money(wages - std)}; tax {money(tax, True)}; {money(tax, True)} / "
               f"{money(wages)} = {pct(tax / wages)}")


def ltcg_tax(rng: random.Random) -> Question:
    year, status = rng.choice((2024, 2025)), rng.choice(("single", "married_filing_jointly"))
    cap = NIIT_THRESHOLD[status] - 5_000
    ordinary = step(rng, 15_000, cap - 30_000, 100)
    gain = step(rng, 5_000, min(90_000, cap - ordinary), 100)
    at0, at15, at20 = ltcg_layers(ordinary, gain, status, year)
    tax = 0.15 * at15 + 0.20 * at20
    top0 = LTCG_TOPS[year][status][0]
    q = (f"For {year}, {FILER[status]} has {money(ordinary)} of ordinary taxable income (after "
         f"deductions) and a {money(gain)} long-term capital gain on stock, so total taxable income is "
         f"{money(ordinary + gain)}. How much federal income tax is due on the gain itself?")
    return num(T + "ltcg_tax", q, tax, "usd", params={"year": year, "status": status, "ordinary": ordinary,
                                                     "gain": gain},
               explanation=f"The gain stacks on top of ordinary income; the 0% band ends at {money(top0)}: "
               f"{money(at0)} at 0%, {money(at15)} at 15%, {money(at20)} at 20% → {money(tax, True)}")


def payroll_tax(rng: random.Random) -> Question:
    year = rng.choice((2024, 2025))
    wages = step(rng, 55_000, 200_000, 250)
    base = WAGE_BASE[year]
    ss, medicare = 0.062 * min(wages, base), 0.0145 * wages
    q = (f"An employee with a single employer earns {money(wages)} in wages in {year}. How much Social Security and "
         "Medicare tax (the employee's share of FICA) is withheld for the year?")
    return num(T + "payroll_tax", q, ss + medicare, "usd", params={"year": year, "wages": wages},
               explanation=f"6.2% × {money(min(wages, base))} (wage base {money(base)}) = {money(ss, True)}; 1.45% "
               f"× {money(wages)} = {money(medicare, True)}; total {money(ss + medicare, True)}")


def se_tax(rng: random.Random) -> Question:
    year = rng.choice((2024, 2025))
    profit = step(rng, 30_000, 210_000, 500)
    base = profit * 0.9235
    ss, medicare = 0.124 * min(base, WAGE_BASE[year]), 0.029 * base
    q = (f"A sole proprietor (single, no wages from any job) has {money(profit)} of net self-employment profit in "
         f"{year}. What self-employment tax (Social Security plus Medicare, Schedule SE) does the profit carry?")
    return num(T + "se_tax", q, ss + medicare, "usd", params={"year": year, "profit": profit},
               explanation=f"Net earnings {money(profit)} × 92.35% = {money(base, True)}; 12.4% × "
               f"{money(min(base, WAGE_BASE[year]), True)} = {money(ss, True)}; 2.9% × {money(base, True)} = "
               f"{money(medicare, True)}; total {money(ss + medicare, True)}")


def ctc_phaseout(rng: random.Random) -> Question:
    kids = rng.randint(1, 4)
    magi = step(rng, 403_000, 400_000 + 40_000 * kids - 1_000, 500)
    cut = 50 * math.ceil((magi - 400_000) / 1_000)
    credit = max(0, 2_000 * kids - cut)
    q = (f"A married couple filing jointly for 2024 has {kids} qualifying child{'ren' if kids > 1 else ''} under "
         f"17 and modified AGI of {money(magi)}. Their tax before credits is well above the credit. What child tax "
         "credit can they claim?")
    return num(T + "ctc_phaseout", q, credit, "usd", exact=True, params={"kids": kids, "magi": magi},
               explanation=f"$2,000 × {kids} = {money(2000 * kids)}, reduced by $50 per $1,000 (or part) of MAGI "
               f"over $400,000: {money(magi - 400_000)} → {math.ceil((magi - 400_000) / 1000)} × $50 = "
               f"{money(cut)}; credit {money(credit)}")


def niit(rng: random.Random) -> Question:
    status = rng.choice(("single", "married_filing_jointly"))
    thr = NIIT_THRESHOLD[status]
    magi = step(rng, thr + 5_000, thr + 260_000, 1_000)
    nii = step(rng, 8_000, 150_000, 500)
    tax = 0.038 * min(nii, magi - thr)
    q = (f"In 2025 {FILER[status]} has modified AGI of {money(magi)}, which includes {money(nii)} "
         "of net investment income (interest, dividends, capital gains). How much net investment income tax is "
         "owed?")
    return num(T + "niit", q, tax, "usd", params={"status": status, "magi": magi, "nii": nii},
               explanation=f"3.8% × the smaller of NII {money(nii)} and MAGI over {money(thr)} "
               f"({money(magi - thr)}) = {money(tax, True)}")


def loss_carryforward(rng: random.Random) -> Question:
    st_gain = step(rng, 1_000, 20_000, 100)
    lt_loss = step(rng, st_gain + 4_000, st_gain + 40_000, 100)
    net = lt_loss - st_gain
    q = (f"In 2024 an investor filing single realizes a {money(st_gain)} short-term gain and a {money(lt_loss)} "
         "long-term loss, with no other capital transactions and no earlier carryovers. How much capital loss "
         "carries forward to 2025?")
    return num(T + "loss_carryforward", q, net - 3_000, "usd", exact=True,
               params={"st_gain": st_gain, "lt_loss": lt_loss},
               explanation=f"Net capital loss {money(net)}; $3,000 offsets ordinary income in 2024; "
               f"{money(net - 3_000)} carries forward (as long-term)")


def bonus_tax(rng: random.Random) -> Question:
    year, status = rng.choice((2024, 2025)), rng.choice(_MAIN)
    taxable = step(rng, 40_000, 380_000, 500)
    bonus = step(rng, 5_000, 60_000, 500)
    extra = ordinary_tax(taxable + bonus, status, year) - ordinary_tax(taxable, status, year)
    q = (f"Before a year-end bonus, the {year} taxable income of {FILER[status]} is {money(taxable)}. "
         f"A {money(bonus)} bonus is added, all of it taxable. By how much does the regular federal income tax "
         "rise?")
    return num(T + "bonus_tax", q, extra, "usd", params={"year": year, "status": status, "taxable": taxable,
                                                         "bonus": bonus},
               explanation=f"Tax on {money(taxable + bonus)} minus tax on {money(taxable)}: "
               f"{money(ordinary_tax(taxable + bonus, status, year), True)} − "
               f"{money(ordinary_tax(taxable, status, year), True)} = {money(extra, True)}")


def medical_deduction(rng: random.Random) -> Question:
    agi = step(rng, 40_000, 180_000, 1_000)
    spent = step(rng, agi * 0.08, agi * 0.25, 100)
    allowed = spent - 0.075 * agi
    q = (f"A taxpayer who itemizes for 2024 has AGI of {money(agi)} and paid {money(spent)} of unreimbursed "
         "qualifying medical and dental expenses. How much of it is deductible?")
    return num(T + "medical_deduction", q, allowed, "usd", exact=True, params={"agi": agi, "spent": spent},
               explanation=f"Only the part above 7.5% of AGI ({money(0.075 * agi)}): {money(spent)} − "
               f"{money(0.075 * agi)} = {money(allowed)}")


def itemize_choice(rng: random.Random) -> Question:
    state, prop = step(rng, 4_000, 15_000, 100), step(rng, 3_000, 12_000, 100)
    mortgage, gifts = step(rng, 6_000, 24_000, 100), step(rng, 500, 9_000, 100)
    itemized = min(state + prop, 10_000) + mortgage + gifts
    best = max(itemized, 29_200)
    q = (f"A married couple filing jointly for 2024 (both under 65) paid {money(state)} of state income tax, "
         f"{money(prop)} of property tax on their home, {money(mortgage)} of qualified mortgage interest, and gave "
         f"{money(gifts)} in cash to public charities. What is the largest deduction from AGI they can take?")
    return num(T + "itemize_choice", q, best, "usd", exact=True,
               params={"state": state, "property": prop, "mortgage": mortgage, "charity": gifts},
               explanation=f"SALT capped at $10,000 (paid {money(state + prop)}); itemized = "
               f"{money(min(state + prop, 10_000))} + {money(mortgage)} + {money(gifts)} = {money(itemized)}; "
               f"standard deduction $29,200; take {money(best)}")


def marginal_bracket(rng: random.Random) -> Question:
    year, status = rng.choice((2024, 2025)), rng.choice((*_MAIN, "married_filing_separately"))
    income = step(rng, 20_000, 800_000, 100)
    rate = marginal_rate(income, status, year)
    i = _RATES.index(rate)
    near = [_RATES[j] for j in (i - 1, i + 1, i - 2, i + 2, i + 3, i - 3) if 0 <= j < len(_RATES)]
    q = (f"Which federal income tax bracket does the last dollar of {money(income)} of {year} ordinary taxable "
         f"income fall in for {FILER[status]}?")
    return mc(T + "marginal_bracket", q, pct(rate, 0), [pct(r, 0) for r in near],
              params={"year": year, "status": status, "taxable": income},
              explanation=f"{year} {STATUS_TEXT[status]} brackets put {money(income)} in the {pct(rate, 0)} bracket")


def standard_deduction(rng: random.Random) -> Question:
    status = rng.choice(_MAIN)
    right = STANDARD_DEDUCTION[2024][status]
    others = [v for s, v in STANDARD_DEDUCTION[2024].items() if v != right]
    wrong = [*others, STANDARD_DEDUCTION[2025][status], right - 750, right + 1_500]
    q = f"What is the basic 2024 standard deduction for a {STATUS_TEXT[status]} filer who is under 65 and not blind?"
    return mc(T + "standard_deduction", q, money(right), [money(w) for w in wrong], params={"status": status},
              explanation=f"Rev. Proc. 2023-34: {money(right)} for {STATUS_TEXT[status]} in 2024")


def ltcg_rate(rng: random.Random) -> Question:
    year, status = rng.choice((2024, 2025)), rng.choice(("single", "married_filing_jointly"))
    top0, top15 = LTCG_TOPS[year][status]
    band = rng.choice((0.0, 0.15, 0.20))
    gain = step(rng, 2_000, 25_000, 100)
    low, high = {0.0: (5_000, top0 - gain), 0.15: (top0, top15 - gain), 0.20: (top15, top15 + 400_000)}[band]
    ordinary = step(rng, low, high, 100)
    ordinary_rate = marginal_rate(ordinary, status, year)
    q = (f"In {year}, {name(rng)} files {STATUS_TEXT[status]}, has {money(ordinary)} of ordinary taxable income "
         f"(after deductions) and sells stock held for three years at a {money(gain)} gain. At what federal "
         "income tax rate is that gain taxed? (Ignore the net investment income tax.)")
    return mc(T + "ltcg_rate", q, pct(band, 0), [pct(r, 0) for r in (0.0, 0.15, 0.20, ordinary_rate) if r != band],
              params={"year": year, "status": status, "ordinary": ordinary, "gain": gain},
              explanation=f"Stacked on {money(ordinary)}, the whole gain sits below {money(top15)} and "
              f"{'below' if band == 0 else 'above'} {money(top0)} → {pct(band, 0)}" if band < 0.2 else
              f"Ordinary income alone exceeds {money(top15)}, so the gain is taxed at 20%")


def credit_or_deduction(rng: random.Random) -> Question:
    rate = rng.choice((0.12, 0.22, 0.24))
    credit = step(rng, 500, 3_000, 100)
    deduction = step(rng, 2_000, 12_000, 500)
    saving = deduction * rate
    if math.isclose(saving, credit):
        deduction += 500
        saving = deduction * rate
    c, d, d_wrong = money(credit), money(saving), money(deduction)
    if saving > credit:
        right, wrong = f"The deduction, saving {d}", [f"The credit, saving {c}", f"The credit, saving "
                                                      f"{money(credit * rate)}", "Both save the same amount"]
    else:
        right, wrong = f"The credit, saving {c}", [f"The deduction, saving {d_wrong}", f"The deduction, saving "
                                                   f"{d}", "Both save the same amount"]
    q = (f"A taxpayer whose income sits well inside the {pct(rate, 0)} federal bracket (the deduction would not "
         f"change bracket) can claim either a {c} nonrefundable tax credit or a {money(deduction)} deduction, not "
         "both. Their tax exceeds both amounts. Which lowers their federal income tax more?")
    return mc(T + "credit_or_deduction", q, right, wrong, params={"rate": rate, "credit": credit,
                                                                 "deduction": deduction},
              explanation=f"Credit: {c} off the tax. Deduction: {money(deduction)} × {pct(rate, 0)} = {d}.")


def safe_harbor(rng: random.Random) -> Question:
    prior = step(rng, 30_000, 90_000, 100)
    current = step(rng, prior * 0.75, prior * 1.6, 100)
    agi = step(rng, 180_000, 450_000, 1_000)
    need = min(0.9 * current, 1.1 * prior)
    wrong = [money(prior), money(current), money(1.1 * prior if need != 1.1 * prior else 0.9 * current),
             money(0.9 * prior), money(1.1 * current)]
    q = (f"A couple's 2024 joint return (a full 12-month year) showed total tax of {money(prior)} on AGI of "
         f"{money(agi)}. They expect total tax of {money(current)} for 2025. Under the estimated-tax safe harbors, "
         "what is the least they must pay in 2025 through withholding and timely estimated payments to avoid an "
         "underpayment penalty?")
    return mc(T + "safe_harbor", q, money(need), wrong, params={"prior": prior, "current": current, "agi": agi},
              explanation=f"Prior-year AGI over $150,000, so the prior-year harbor is 110%: {money(1.1 * prior)}; "
              f"the current-year harbor is 90%: {money(0.9 * current)}; the smaller is {money(need)}")


_PLAN: list[Maker] = [
    *repeat(bracket_tax, 3), *repeat(wages_to_tax, 2), *repeat(effective_rate, 2), *repeat(ltcg_tax, 2),
    *repeat(payroll_tax, 2), *repeat(se_tax, 2), *repeat(ctc_phaseout, 2), niit, loss_carryforward, bonus_tax,
    medical_deduction, itemize_choice,
    *repeat(marginal_bracket, 3), *repeat(standard_deduction, 2), *repeat(ltcg_rate, 2), credit_or_deduction,
    safe_harbor, *TAX_FACTS, *TAX_SHORT,
]

QUIZZES: list[QuizSpec] = [quiz("federal_income_tax", "Federal Income Tax", 50, _PLAN)]
