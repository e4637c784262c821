"""Charitable-giving templates (estate_planning category): AGI deduction limits and carryovers, qualified charitable
distributions, bunching through a donor-advised fund, charitable remainder annuity trusts and a giving strategy."""

from __future__ import annotations

import math
import random

from tools.calc import tax_retirement, tvm
from training.data.gen.common import Draft, Template, money, pct, pick
from training.data.gen.markets_util import first_name, full_name, md_table

# AGI limits on charitable deductions, IRC §170(b)(1): cash to public charities 60% (§170(b)(1)(G), 2018 onward);
# appreciated long-term capital-gain property to public charities 30% (§170(b)(1)(C)); cash to private
# non-operating foundations 30% (§170(b)(1)(B)); capital-gain property to them 20% (§170(b)(1)(D)).
LIMITS: dict[str, float] = {"cash_public": 0.60, "stock_public": 0.30, "cash_private": 0.30, "stock_private": 0.20}
CARRYOVER_YEARS = 5  # IRC §170(d)(1): the excess carries forward five years
# Qualified charitable distributions from an IRA at age 70½ or older, IRC §408(d)(8), indexed by SECURE 2.0 §307
# (2024: $105,000; 2025: $108,000, as published by the IRS, e.g. Pub. 590-B). The limit is per IRA owner.
QCD_LIMIT: dict[int, int] = {2024: 105_000, 2025: 108_000}
# 2024 standard deduction (Rev. Proc. 2023-34 §3.14) and the additional amount for age 65+ per married individual.
STANDARD_2024: dict[str, int] = {"single": 14_600, "married_filing_jointly": 29_200}
ADDITIONAL_65_MARRIED_2024 = 1_550
SALT_CAP = 10_000  # IRC §164(b)(6), tax years 2018-2024
# Uniform Lifetime Table distribution periods, 26 CFR 1.401(a)(9)-9(c), used through tools.calc for RMDs.


def t_deduction_limit(rng: random.Random) -> Draft:
    """A large gift against the AGI limit for its kind, with the five-year carryover."""
    kind = rng.choice(("cash_public", "stock_public", "cash_private", "stock_private"))
    name = full_name(rng)
    agi = pick(rng, 80_000, 2_500_000, 1_000)
    gift = pick(rng, 0.1 * agi, 0.9 * agi, 500)
    basis = pick(rng, 0.05 * gift, 0.8 * gift, 100) if "stock" in kind else gift
    limit = LIMITS[kind]
    deduction = round(min(gift, limit * agi), 2)
    carry = round(gift - deduction, 2)
    what = {"cash_public": f"a {money(gift, False)} cash gift to a public charity",
            "stock_public": f"stock held 6 years, worth {money(gift, False)} (basis {money(basis, False)}), to a "
                            "public charity",
            "cash_private": f"{money(gift, False)} in cash to the family's private non-operating foundation",
            "stock_private": f"publicly traded stock held 4 years, worth {money(gift, False)} (basis "
                             f"{money(basis, False)}), to the family's private non-operating foundation"}[kind]
    instruction = rng.choice((
        f"{name} has AGI of {money(agi, False)} and gives {what}. How much can be deducted this year, and what "
        "carries over?",
        f"Deduction limit check: AGI {money(agi, False)}; donation: {what}. What is this year's itemized "
        "charitable deduction?",
        f"{name} itemizes. With {money(agi, False)} of AGI, what part of {what} is deductible now?",
    ))
    lines = [f"Limit for this gift: {pct(limit)} of AGI (IRC §170(b)(1)) = {pct(limit)} × {money(agi)} = "
             f"{money(limit * agi)}",
             f"Deduction this year = min({money(gift)}, {money(limit * agi)}) = {money(deduction)}",
             f"Carryover = {money(gift)} − {money(deduction)} = {money(carry)}, usable over the next "
             f"{CARRYOVER_YEARS} years (§170(d)(1))."]
    if "stock" in kind:
        lines.append(f"Appreciated stock held over a year is deducted at fair market value and the "
                     f"{money(gift - basis)} gain is never taxed."
                     + (" (Publicly traded stock keeps FMV treatment even for a private foundation.)"
                        if kind == "stock_private" else ""))
    lines.append(f"Answer: {money(deduction)}")
    return Draft(instruction=instruction, output="\n".join(lines), domain="charitable_giving",
                 difficulty="medium" if "stock" in kind else "easy", template="charitable.deduction_limit",
                 params={"kind": kind, "agi": agi, "gift": gift, "basis": basis, "carryover": carry,
                         "answer": deduction})


def t_qcd(rng: random.Random) -> Draft:
    """A QCD that satisfies part of an RMD: the RMD, the excluded amount and the tax saved."""
    year = rng.choice((2024, 2025))
    age = rng.randint(73, 90)
    name = full_name(rng)
    balance = pick(rng, 150_000, 4_000_000, 1_000)
    rmd = tax_retirement.required_minimum_distribution(balance, age, year - age).value
    gift = pick(rng, 1_000, min(rmd, 140_000), 500)
    rate = rng.choice((0.12, 0.22, 0.24, 0.32, 0.35))
    limit = QCD_LIMIT[year]
    excluded = min(gift, limit)
    taxable = round(rmd - excluded, 2)
    saved = round(excluded * rate, 2)
    instruction = rng.choice((
        f"{name}, {age}, had {money(balance, False)} in a traditional IRA last December 31 and wants to give "
        f"{money(gift, False)} to charity in {year}. Taking the standard deduction and in the {pct(rate)} bracket, "
        "how much tax does a qualified charitable distribution save versus taking the RMD and writing a check?",
        f"QCD planning for {year}: IRA owner aged {age}, prior year-end balance {money(balance, False)}, planned "
        f"gifts {money(gift, False)}, marginal rate {pct(rate)}, no itemizing. What is the tax saving from a QCD?",
    ))
    lines = [
        f"RMD = balance / Uniform Lifetime Table period for age {age} = {money(rmd)} (tools.calc)",
        f"QCD limit {year}: {money(limit, False)} per IRA owner (age 70½+, paid directly to the charity).",
        f"Excluded from income = min({money(gift)}, {money(limit, False)}) = {money(excluded)}; it counts toward "
        "the RMD.",
        f"Taxable IRA income = {money(rmd)} − {money(excluded)} = {money(taxable)}",
        "Writing a check instead gives no deduction with the standard deduction, so the whole RMD is taxed.",
        f"Tax saved = {money(excluded)} × {pct(rate)} = {money(saved)}",
        f"Answer: {money(saved)}",
    ]
    return Draft(instruction=instruction, output="\n".join(lines), domain="charitable_giving", difficulty="medium",
                 template="charitable.qcd",
                 params={"year": year, "age": age, "balance": balance, "rmd": rmd, "gift": gift, "rate": rate,
                         "answer": saved})


def t_bunching(rng: random.Random) -> Draft:
    """Give every year versus bunch several years of gifts into a donor-advised fund in one year."""
    status = rng.choice(("married_filing_jointly", "single"))
    std = STANDARD_2024[status]
    salt = pick(rng, 4_000, 25_000, 100)
    mortgage = pick(rng, 0, 0.7 * std - min(salt, SALT_CAP), 100) if rng.random() < 0.8 else 0.0
    base = min(salt, SALT_CAP) + mortgage
    gift = pick(rng, 3_000, 40_000, 250)
    k = rng.choice((2, 3))
    rate = rng.choice((0.22, 0.24, 0.32, 0.35))
    agi = pick(rng, 50_000 + 1_000 * math.ceil(k * gift / 0.6 / 1_000), 900_000, 1_000)
    yearly = [max(std, base + gift)] * k
    bunched = [max(std, base + k * gift)] + [std] * (k - 1)
    extra = sum(bunched) - sum(yearly)
    saved = round(extra * rate, 2)
    who = f"{first_name(rng)} and {first_name(rng)} (married filing jointly)" if status != "single" \
        else f"{full_name(rng)} (single)"
    instruction = rng.choice((
        f"{who}: AGI {money(agi, False)}, state and local taxes {money(salt, False)}, mortgage interest "
        f"{money(mortgage, False)}, and {money(gift, False)} of giving a year. Compare giving each year with "
        f"putting {k} years of gifts into a donor-advised fund now. Use the 2024 standard deduction "
        f"({money(std, False)}) each year and a {pct(rate)} marginal rate. What does bunching save?",
        f"Should {who} bunch donations? Annual gifts {money(gift, False)}; SALT paid {money(salt, False)}; mortgage "
        f"interest {money(mortgage, False)}; AGI {money(agi, False)}; marginal rate {pct(rate)}; standard "
        f"deduction {money(std, False)} (2024, assumed unchanged). Bunch {k} years into a DAF in year 1.",
    ))
    lines = [
        f"Other itemized deductions = SALT min({money(salt)}, $10,000 cap) + mortgage {money(mortgage)} = "
        f"{money(base)}",
        f"Give yearly: each year max({money(std)}, {money(base)} + {money(gift)}) = {money(yearly[0])}; "
        f"{k} years = {money(sum(yearly))}",
        f"Bunch: year 1 max({money(std)}, {money(base)} + {money(k * gift)}) = {money(bunched[0])} (within the "
        f"60%-of-AGI cash limit of {money(0.6 * agi)}), then the standard deduction {k - 1} time(s): total "
        f"{money(sum(bunched))}",
        f"Extra deductions = {money(sum(bunched))} − {money(sum(yearly))} = {money(extra)}",
        f"Tax saved = {money(extra)} × {pct(rate)} = {money(saved)}",
        ("Bunching helps" if saved > 0 else "Bunching does not help here")
        + "; the DAF can still make grants to charities every year.",
        f"Answer: {money(saved)}",
    ]
    return Draft(instruction=instruction, output="\n".join(lines), domain="charitable_giving", difficulty="hard",
                 template="charitable.bunching",
                 params={"status": status, "standard": std, "salt": salt, "mortgage": mortgage, "gift": gift,
                         "years": k, "rate": rate, "agi": agi, "answer": saved})


def t_crat(rng: random.Random) -> Draft:
    """A term-of-years CRAT: annuity value, remainder (the deduction) and the 10% remainder test."""
    name = full_name(rng)
    value = pick(rng, 250_000, 5_000_000, 5_000)
    payout = pick(rng, 0.05, 0.10, 0.0025)
    annuity = round(value * payout, 2)
    years = rng.randint(5, 20)
    i = pick(rng, 0.010, 0.060, 0.002)
    pv = tvm.present_value(payment=annuity, annual_rate=i, years=years).value
    factor = (1 - (1 + i) ** -years) / i
    remainder = round(value - pv, 2)
    passes = remainder >= 0.10 * value
    max_annuity = 0.9 * value / factor
    instruction = rng.choice((
        f"{name} funds a charitable remainder annuity trust with {money(value, False)}, paying "
        f"{money(annuity)} at the end of each year for {years} years. The §7520 rate is {pct(i, 1)}. What is the "
        "charitable deduction, and does the trust meet the 10% remainder test?",
        f"CRAT analysis: {money(value, False)} contributed, annual annuity {money(annuity)} (paid year-end) for a "
        f"{years}-year term, §7520 rate {pct(i, 1)}. Value the remainder interest.",
    ))
    lines = [
        f"Annuity factor = (1 − (1 + i)^−n) / i = (1 − {1 + i:.3f}^−{years}) / {i:.3f} = {factor:.5f}",
        f"Value of the annuity = {money(annuity)} × {factor:.5f} = {money(pv)} (tools.calc present_value)",
        f"Remainder to charity = {money(value)} − {money(pv)} = {money(remainder)} "
        f"({pct(remainder / value)} of the gift)",
        f"10% test (IRC §664(d)(1)(D)): needs at least {money(0.1 * value)} → " + ("passes." if passes else
                                                                                    "fails: not a qualified CRAT."),
        f"Payout {pct(payout)} is within the 5%-50% range. The largest annuity that passes is 90% × value / factor "
        f"= {money(max_annuity)}.",
        f"Answer: {money(remainder)}",
    ]
    return Draft(instruction=instruction, output="\n".join(lines), domain="charitable_giving", difficulty="hard",
                 template="charitable.crat",
                 params={"value": value, "annuity": annuity, "years": years, "rate_7520": i, "passes": passes,
                         "answer": remainder})


def t_giving_strategy(rng: random.Random) -> Draft:
    """Retired couple, 2024: cash gift (itemize if it pays) versus a QCD, with brackets from tools.calc."""
    a1, a2 = rng.randint(73, 86), rng.randint(71, 86)
    n1, n2 = first_name(rng), first_name(rng)
    pension = pick(rng, 30_000, 260_000, 500)
    balance = pick(rng, 400_000, 3_000_000, 1_000)
    rmd = tax_retirement.required_minimum_distribution(balance, a1, 2024 - a1).value
    gift = pick(rng, 4_000, min(rmd, 105_000, 0.5 * (pension + rmd)), 250)
    salt = pick(rng, 3_000, 18_000, 100)
    mortgage = pick(rng, 0, 14_000, 100) if rng.random() < 0.6 else 0.0
    std = STANDARD_2024["married_filing_jointly"] + 2 * ADDITIONAL_65_MARRIED_2024
    other = min(salt, SALT_CAP) + mortgage
    agi_a = pension + rmd
    ded_a = max(std, other + gift)
    ti_a = max(0.0, agi_a - ded_a)
    agi_b = agi_a - gift
    ded_b = max(std, other)
    ti_b = max(0.0, agi_b - ded_b)
    tax_a = tax_retirement.us_federal_income_tax(ti_a, "married_filing_jointly", 2024).value
    tax_b = tax_retirement.us_federal_income_tax(ti_b, "married_filing_jointly", 2024).value
    saved = round(tax_a - tax_b, 2)
    data = md_table(["Item (2024, married filing jointly)", "Amount"], [
        [f"Ages ({n1}, {n2})", f"{a1}, {a2}"], ["Pensions and interest", money(pension, False)],
        [f"{n1}'s IRA balance on Dec 31, 2023", money(balance, False)],
        ["State and local taxes paid", money(salt, False)],
        ["Mortgage interest", money(mortgage, False)], ["Planned gifts to charities", money(gift, False)]])
    instruction = rng.choice((
        f"{n1} and {n2} want to give {money(gift, False)} to charity this year. Compare (A) taking {n1}'s full RMD "
        "and giving cash with (B) a qualified charitable distribution from the IRA. Which costs less federal income "
        "tax, and by how much?",
        f"Plan the 2024 giving for {n1} and {n2}: compute the RMD, taxable income and federal tax with a cash gift "
        "versus a QCD, and recommend one.",
        f"Retired couple {n1} and {n2} (data below). Work out their 2024 federal tax under a cash donation and "
        "under a QCD of the same amount, then advise them.",
    ))
    lines = [
        f"1) RMD = {money(balance)} / ULT period at {a1} = {money(rmd)} (tools.calc)",
        f"2) Standard deduction = $29,200 + 2 × $1,550 (age 65+) = {money(std)}; other itemized = SALT "
        f"{money(min(salt, SALT_CAP))} (capped) + mortgage {money(mortgage)} = {money(other)}",
        f"A) Cash gift: AGI {money(agi_a)}; deduction max({money(std)}, {money(other + gift)}) = {money(ded_a)}; "
        f"taxable {money(ti_a)}; tax {money(tax_a)}",
        f"B) QCD of {money(gift)} (within the $105,000 limit; counts toward the RMD): AGI {money(agi_b)}; "
        f"deduction {money(ded_b)}; taxable {money(ti_b)}; tax {money(tax_b)}",
        f"3) Saving with the QCD = {money(tax_a)} − {money(tax_b)} = {money(saved)}",
        f"4) Recommendation: {'use the QCD' if saved > 0 else 'either works; the tax is the same'}. It also cuts AGI "
        f"by {money(gift)}, which can lower Medicare IRMAA and the taxable part of Social Security. The gift must go "
        "from the IRA custodian straight to the charity (not a donor-advised fund).",
        f"Answer: {money(saved)}",
    ]
    return Draft(instruction=instruction, input=data, output="\n".join(lines), domain="charitable_giving",
                 difficulty="extremely_complex", template="charitable.giving_strategy",
                 params={"ages": [a1, a2], "pension": pension, "balance": balance, "rmd": rmd, "gift": gift,
                         "salt": salt, "mortgage": mortgage, "tax_cash": tax_a, "tax_qcd": tax_b, "answer": saved})


TEMPLATES: list[tuple[Template, float]] = [
    (t_deduction_limit, 2.5), (t_qcd, 1.25), (t_bunching, 1.5), (t_crat, 1.5), (t_giving_strategy, 2.25),
]
