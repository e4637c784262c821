"""The quiz generators: layout (431 questions in 27 quizzes), validity, uniqueness, determinism, spread of gold
letters, tool-use golds against the real registry, and every computed numeric answer re-derived here from the
question's params with independent code (numpy-financial or a hand formula, with the tables retyped here)."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from typing import Any

import numpy_financial as npf
import pytest

from eval.quizgen.build import build_quizzes
from eval.quizgen.catalog import ALL_QUIZZES
from eval.schema import Question
from eval.scoring import score_short

LAYOUT = [
    ("federal_income_tax", "Federal Income Tax", 50), ("retirement_planning", "Retirement Planning", 50),
    ("investment_basics", "Investment Basics", 40), ("estate_gift_tax", "Estate & Gift Tax", 35),
    ("insurance", "Insurance", 35), ("tool_use", "Tool Use", 25),
    ("financial_planning_basics", "Financial Planning Basics", 10), ("budgeting_cash_flow", "Budgeting & Cash Flow", 9),
    ("debt_credit", "Debt & Credit", 9), ("mortgages_real_estate", "Mortgages & Real Estate", 10),
    ("education_planning", "Education Planning", 9), ("social_security", "Social Security", 10),
    ("employee_benefits", "Employee Benefits", 9), ("tax_advantaged_accounts", "Tax-Advantaged Accounts", 9),
    ("investment_taxation", "Investment Taxation", 10), ("fixed_income", "Fixed Income", 10),
    ("portfolio_risk", "Portfolio Risk & Return", 10), ("corporate_finance", "Corporate Finance", 9),
    ("accounting", "Accounting", 10), ("financial_statements", "Financial Statements & Ratios", 9),
    ("derivatives", "Derivatives", 10), ("securities_regulation", "Securities Regulation", 9),
    ("compliance_aml", "Compliance & AML", 9), ("fiduciary_ethics", "Fiduciary Duty & Ethics", 9),
    ("behavioral_finance", "Behavioral Finance", 8), ("fintech_digital_assets", "Fintech & Digital Assets", 9),
    ("banking_monetary", "Banking & Monetary Policy", 9),
]


@pytest.fixture(scope="module")
def quizzes() -> dict[str, list[Question]]:
    return build_quizzes(0)


@pytest.fixture(scope="module")
def questions(quizzes: dict[str, list[Question]]) -> list[Question]:
    return [q for qs in quizzes.values() for q in qs]


# ---------------------------------------------------------------------------------------------------- structure

def test_layout(quizzes: dict[str, list[Question]]) -> None:
    assert [(s.name, s.category, s.count) for s in ALL_QUIZZES] == LAYOUT
    assert [(name, len(qs)) for name, qs in quizzes.items()] == [(n, c) for n, _, c in LAYOUT]
    assert sum(len(qs) for qs in quizzes.values()) == 431
    assert len(quizzes) == 27


def test_every_question_validates(quizzes: dict[str, list[Question]]) -> None:
    for (name, category, _), qs in zip(LAYOUT, quizzes.values(), strict=True):
        for i, q in enumerate(qs, 1):
            assert Question.model_validate(q.model_dump()) == q
            assert (q.id, q.quiz, q.category) == (f"{name}-{i:03d}", name, category)
            assert q.explanation and q.template and q.template.startswith("eval.")
            assert "  " not in q.question and q.question == q.question.strip()


def test_ids_and_texts_unique(questions: list[Question]) -> None:
    assert len({q.id for q in questions}) == 431
    assert len({" ".join(q.question.lower().split()) for q in questions}) == 431


def test_deterministic(quizzes: dict[str, list[Question]]) -> None:
    again = build_quizzes(0)
    assert {k: [q.model_dump() for q in v] for k, v in again.items()} == \
        {k: [q.model_dump() for q in v] for k, v in quizzes.items()}
    other = build_quizzes(1)
    changed = sum(a.question != b.question for a, b in zip(
        (q for qs in other.values() for q in qs), (q for qs in quizzes.values() for q in qs), strict=True))
    assert changed > 150  # parameters come from the seed


def test_build_rejects_wrong_count(monkeypatch: pytest.MonkeyPatch) -> None:
    from dataclasses import replace

    import eval.quizgen.build as build

    broken = replace(ALL_QUIZZES[6], count=11)
    monkeypatch.setattr(build, "ALL_QUIZZES", [broken])
    with pytest.raises(ValueError, match="financial_planning_basics"):
        build.build_quizzes(0)


def test_type_mix(quizzes: dict[str, list[Question]]) -> None:
    totals: Counter[str] = Counter()
    for name, qs in quizzes.items():
        kinds = Counter(q.type for q in qs)
        totals.update(kinds)
        if name == "tool_use":
            assert kinds == {"tool_use": 25}
            continue
        assert set(kinds) == {"multiple_choice", "numeric", "short_answer"}, name
        assert kinds["short_answer"] <= 0.25 * len(qs) + 1, name
        assert kinds["multiple_choice"] >= 0.3 * len(qs) and kinds["numeric"] >= 0.3 * len(qs), name
    assert totals == {"multiple_choice": 164, "numeric": 158, "short_answer": 84, "tool_use": 25}


def test_multiple_choice_shape_and_letters(quizzes: dict[str, list[Question]]) -> None:
    overall: Counter[str] = Counter()
    for name, qs in quizzes.items():
        letters = [q.answer or "" for q in qs if q.type == "multiple_choice"]
        overall.update(letters)
        if letters:
            assert len(set(letters)) >= min(3, len(letters)), name
        for q in qs:
            if q.type == "multiple_choice":
                assert q.choices is not None and list(q.choices) == ["A", "B", "C", "D"]
                assert len(set(q.choices.values())) == 4 and all(v.strip() for v in q.choices.values())
    assert all(overall[x] >= 0.2 * sum(overall.values()) for x in "ABCD"), overall


def test_numeric_tolerances(questions: list[Question]) -> None:
    for q in questions:
        if q.type != "numeric":
            continue
        gold = q.numeric
        assert gold is not None and math.isfinite(gold.value)
        if gold.unit == "percent":
            assert (gold.rel_tol, gold.abs_tol) == (0.0, 0.05), q.id
        elif gold.unit == "usd" and gold.rel_tol == 0:
            assert 0 < gold.abs_tol <= 50, q.id  # exact amounts allow only rounding
        else:
            assert gold.rel_tol <= 0.01 or gold.abs_tol > 0, q.id


def test_short_answer_rubrics(questions: list[Question]) -> None:
    for q in questions:
        if q.type != "short_answer":
            continue
        assert q.rubric is not None and 2 <= len(q.rubric) <= 5, q.id
        assert q.min_groups is not None and 2 <= q.min_groups <= len(q.rubric), q.id
        assert all(re.search(r"\w", word) for group in q.rubric for word in group), q.id
        # the model answer in the explanation passes the real scorer
        assert score_short(q.explanation, q).correct, (q.id, score_short(q.explanation, q).reason)
        # and so does a reply that leaves out the last group, when the rubric allows one miss
        if q.min_groups < len(q.rubric):
            partial = " ".join(group[0] for group in q.rubric[:-1]) + " ."
            assert score_short(partial, q).correct, q.id


# ---------------------------------------------------------------------------------------------------- tool use

def test_tool_use_golds_validate_against_registry(quizzes: dict[str, list[Question]]) -> None:
    from tools.registry import default_registry

    registry = default_registry()
    names = set()
    for q in quizzes["tool_use"]:
        assert q.tool is not None
        names.add(q.tool.name)
        registry.validate(q.tool.name, q.tool.arguments)  # raises on a missing or bad argument
        for alt in q.tool.alternatives:
            registry.validate(alt, q.tool.arguments)  # an alternative must accept the same arguments
        symbol = q.tool.arguments.get("symbol")
        assert symbol in (None, "AAPL", "MSFT", "SPY")
        for key in ("annual_rate", "rate", "coupon_rate", "yield_to_maturity", "annual_return"):
            if key in q.tool.arguments:
                assert 0 < q.tool.arguments[key] < 1, (q.id, key)  # fractions, not percents
        for value in q.tool.arguments.values():
            if isinstance(value, float):
                assert value == round(value, 8), q.id
    assert len(names) >= 12


# ---------------------------------------------------------------------------------------------------- re-checks

_TOPS = {  # taxable-income tops of the 10/12/22/24/32/35% brackets (Rev. Proc. 2023-34, 2024-40)
    (2024, "single"): (11_600, 47_150, 100_525, 191_950, 243_725, 609_350),
    (2024, "married_filing_jointly"): (23_200, 94_300, 201_050, 383_900, 487_450, 731_200),
    (2024, "married_filing_separately"): (11_600, 47_150, 100_525, 191_950, 243_725, 365_600),
    (2024, "head_of_household"): (16_550, 63_100, 100_500, 191_950, 243_700, 609_350),
    (2025, "single"): (11_925, 48_475, 103_350, 197_300, 250_525, 626_350),
    (2025, "married_filing_jointly"): (23_850, 96_950, 206_700, 394_600, 501_050, 751_600),
    (2025, "married_filing_separately"): (11_925, 48_475, 103_350, 197_300, 250_525, 375_800),
    (2025, "head_of_household"): (17_000, 64_850, 103_350, 197_300, 250_500, 626_350),
}
_STD = {(2024, "single"): 14_600, (2024, "married_filing_jointly"): 29_200, (2024, "head_of_household"): 21_900,
        (2025, "single"): 15_750, (2025, "married_filing_jointly"): 31_500, (2025, "head_of_household"): 23_625}
_LTCG = {(2024, "single"): (47_025, 518_900), (2024, "married_filing_jointly"): (94_050, 583_750),
         (2025, "single"): (48_350, 533_400), (2025, "married_filing_jointly"): (96_700, 600_050)}
_ULT = {73: 26.5, 74: 25.5, 75: 24.6, 76: 23.7, 77: 22.9, 78: 22.0, 79: 21.1, 80: 20.2, 81: 19.4, 82: 18.5,
        83: 17.7, 84: 16.8, 85: 16.0, 86: 15.2, 87: 14.4, 88: 13.7, 89: 12.9, 90: 12.2}
_RATES = (0.10, 0.12, 0.22, 0.24, 0.32, 0.35, 0.37)


def tax(income: float, status: str, year: int) -> float:
    out, low = 0.0, 0.0
    for rate, top in zip(_RATES, (*_TOPS[year, status], math.inf), strict=True):
        out += rate * max(0.0, min(income, top) - low)
        low = top
    return out


def bracket(income: float, status: str, year: int) -> float:
    return next(r for r, top in zip(_RATES, (*_TOPS[year, status], math.inf), strict=True) if income <= top)


def _ltcg_tax(p: dict[str, Any]) -> float:
    top0, top15 = _LTCG[p["year"], p["status"]]
    o, g = p["ordinary"], p["gain"]
    at15 = max(0.0, min(o + g, top15) - max(o, top0))
    at20 = max(0.0, o + g - max(o, top15))
    return 0.15 * at15 + 0.20 * at20


def _match(p: dict[str, Any]) -> float:
    s, d = p["salary"], p["deferral"]
    tiers = {"100% of the first 3% of pay deferred plus 50% of the next 2%": lambda: min(d, 0.03) + 0.5 * max(
        0.0, min(d, 0.05) - 0.03), "50% of deferrals up to 6% of pay": lambda: 0.5 * min(d, 0.06),
             "100% of deferrals up to 4% of pay": lambda: min(d, 0.04),
             "100% of deferrals up to 5% of pay": lambda: min(d, 0.05)}
    return s * tiers[p["formula"]]()


def _pia(p: dict[str, Any]) -> float:
    b1, b2 = {2024: (1_174, 7_078), 2025: (1_226, 7_391)}[p["year"]]
    a = p["aime"]
    return math.floor(10 * (0.9 * min(a, b1) + 0.32 * max(0, min(a, b2) - b1) + 0.15 * max(0, a - b2)) + 1e-9) / 10


def _claim(p: dict[str, Any]) -> float:
    months = (67 - p["age"]) * 12
    if months > 0:
        return p["pia"] * (1 - min(months, 36) * 5 / 900 - max(months - 36, 0) * 5 / 1200)
    return p["pia"] * (1 - months * 2 / 300)


def _payback(p: dict[str, Any]) -> float:
    left = p["cost"]
    for year, flow in enumerate(p["flows"]):
        if flow >= left:
            return year + left / flow
        left -= flow
    raise AssertionError("never paid back")


def _cogs(p: dict[str, Any]) -> float:
    layers = p["layers"] if p["method"] == "FIFO" else p["layers"][::-1]
    left, out = p["sold"], 0.0
    for units, cost in layers:
        out += min(units, left) * cost
        left -= min(units, left)
    return out


def _short_swing(p: dict[str, Any]) -> float:
    left, out = p["sold"], 0.0
    for units, cost in sorted(p["buys"], key=lambda b: b[1]):
        out += min(units, left) * max(0.0, p["price"] - cost)
        left -= min(units, left)
    return out


def _roth(p: dict[str, Any]) -> float:
    low, high = {(2024, "single"): (146_000, 161_000), (2024, "married_filing_jointly"): (230_000, 240_000),
                 (2025, "single"): (150_000, 165_000), (2025, "married_filing_jointly"): (236_000, 246_000)}[
        p["year"], p["status"]]
    raw = 7_000 * (high - p["magi"]) / (high - low)
    return max(200, math.ceil(round(raw, 6) / 10) * 10)


def _fee(assets: float) -> float:
    return 0.01 * min(assets, 1e6) + 0.0075 * min(max(assets - 1e6, 0), 4e6) + 0.005 * max(assets - 5e6, 0)


def _load(amount: float) -> float:
    for top, rate in ((25e3, 0.055), (50e3, 0.0475), (100e3, 0.0375), (250e3, 0.03), (500e3, 0.0225), (1e6, 0.015)):
        if amount < top:
            return amount * rate
    return 0.0


def _ytm(p: dict[str, Any]) -> float:
    return 100 * 2 * float(npf.rate(2 * p["years"], 500 * p["coupon"], -p["price"], 1_000))


def _bond(p: dict[str, Any]) -> float:
    y, c, n = p["ytm"] / 2, 500 * p["coupon"], 2 * p["years"]
    return sum(c / (1 + y) ** k for k in range(1, n + 1)) + 1_000 / (1 + y) ** n


P = dict[str, Any]
CHECKS: dict[str, Callable[[P], float]] = {
    # federal income tax
    "tax.bracket_tax": lambda p: tax(p["taxable"], p["status"], p["year"]),
    "tax.wages_to_tax": lambda p: tax(p["wages"] - _STD[p["year"], p["status"]], p["status"], p["year"]),
    "tax.effective_rate": lambda p: 100 * tax(p["wages"] - _STD[p["year"], p["status"]], p["status"], p["year"])
    / p["wages"],
    "tax.ltcg_tax": _ltcg_tax,
    "tax.payroll_tax": lambda p: 0.062 * min(p["wages"], {2024: 168_600, 2025: 176_100}[p["year"]])
    + 0.0145 * p["wages"],
    "tax.se_tax": lambda p: 0.124 * min(0.9235 * p["profit"], {2024: 168_600, 2025: 176_100}[p["year"]])
    + 0.029 * 0.9235 * p["profit"],
    "tax.ctc_phaseout": lambda p: max(0, 2_000 * p["kids"] - 50 * math.ceil((p["magi"] - 400_000) / 1_000)),
    "tax.niit": lambda p: 0.038 * min(p["nii"], p["magi"] - (200_000 if p["status"] == "single" else 250_000)),
    "tax.loss_carryforward": lambda p: p["lt_loss"] - p["st_gain"] - 3_000,
    "tax.bonus_tax": lambda p: tax(p["taxable"] + p["bonus"], p["status"], p["year"])
    - tax(p["taxable"], p["status"], p["year"]),
    "tax.medical_deduction": lambda p: p["spent"] - 0.075 * p["agi"],
    "tax.itemize_choice": lambda p: max(29_200, min(10_000, p["state"] + p["property"]) + p["mortgage"]
                                        + p["charity"]),
    # retirement
    "retirement.rmd": lambda p: p["balance"] / _ULT[p["age"]],
    "retirement.projection": lambda p: npf.fv(p["rate"], p["years"], -p["yearly"], -p["saved"]),
    "retirement.projection_growing": lambda p: p["saved"] * (1 + p["rate"]) ** p["years"] + sum(
        p["yearly"] * (1 + p["growth"]) ** (t - 1) * (1 + p["rate"]) ** (p["years"] - t)
        for t in range(1, p["years"] + 1)),
    "retirement.nest_egg": lambda p: npf.pv(p["rate"], p["years"], -p["income"], 0,
                                            when="begin" if p["start"] else "end"),
    "retirement.four_percent": lambda p: 25 * (p["spend"] - p["pension"]),
    "retirement.monthly_saving": lambda p: -npf.pmt(p["rate"] / 12, 12 * p["years"], -p["saved"], p["goal"]),
    "retirement.real_value": lambda p: p["balance"] / (1 + p["inflation"]) ** p["years"],
    "retirement.early_withdrawal": lambda p: p["amount"] * (p["rate"] + 0.10),
    "retirement.max_deferral": lambda p: {2024: 23_000, 2025: 23_500}[p["year"]] + (
        11_250 if p["year"] == 2025 and 60 <= p["age"] <= 63 else 7_500 if p["age"] >= 50 else 0),
    "retirement.employer_match": _match,
    "retirement.conversion_tax": lambda p: tax(p["taxable"] + p["amount"], p["status"], 2025)
    - tax(p["taxable"], p["status"], 2025),
    "retirement.years_lasting": lambda p: npf.nper(p["rate"], -p["draw"], p["pot"]),
    # investing
    "investing.lump_growth": lambda p: p["amount"] * (1 + p["rate"] / p["m"]) ** (p["m"] * p["years"]),
    "investing.cagr": lambda p: 100 * ((p["end"] / p["start"]) ** (1 / p["years"]) - 1),
    "investing.doubling_time": lambda p: math.log(2) / math.log1p(p["rate"]),
    "investing.real_return": lambda p: 100 * ((1 + p["nominal"]) / (1 + p["inflation"]) - 1),
    "investing.dividend_yield": lambda p: 400 * p["quarterly"] / p["price"],
    "investing.holding_return": lambda p: 100 * (p["sell"] - p["buy"] + p["dividends"]) / p["buy"],
    "investing.dca_cost": lambda p: len(p["prices"]) / sum(1 / x for x in p["prices"]),
    "investing.fee_drag": lambda p: p["amount"] * ((1 + p["gross"] - p["cheap"]) ** p["years"]
                                                   - (1 + p["gross"] - p["dear"]) ** p["years"]),
    "investing.pe_ratio": lambda p: p["price"] / p["eps"],
    "investing.geometric_mean": lambda p: 100 * (math.prod(1 + r for r in p["returns"]) ** 0.25 - 1),
    "investing.monthly_plan": lambda p: npf.fv(p["rate"] / 12, 12 * p["years"], -p["deposit"], 0,
                                               when="begin" if p["due"] else "end"),
    "investing.weighted_return": lambda p: 100 * sum(w * r for w, r in zip(p["weights"], p["returns"], strict=True)),
    # estate
    "estate.taxable_gifts": lambda p: sum(
        2 * max(0, g / 2 - {2024: 18_000, 2025: 19_000}[p["year"]]) if p["split"]
        else max(0, g - {2024: 18_000, 2025: 19_000}[p["year"]]) for g in p["gifts"]),
    "estate.estate_tax": lambda p: 0.4 * (p["estate"] + p["prior_gifts"] - 13_990_000),
    "estate.portability": lambda p: 0.4 * (p["estate"] - 13_990_000 - p["dsue"]),
    "estate.superfund": lambda p: 10 * {2024: 18_000, 2025: 19_000}[p["year"]] * p["kids"],
    "estate.stepped_up_gain": lambda p: p["sale"] - p["at_death"],
    "estate.gifted_gain": lambda p: p["sale"] - p["basis"],
    "estate.remaining_exclusion": lambda p: 13_990_000 - sum(p["gifts"]),
    "estate.taxable_estate": lambda p: p["gross"] - p["costs"] - p["spouse"] - p["charity"],
    "estate.noncitizen_spouse": lambda p: p["gift"] - {2024: 185_000, 2025: 190_000}[p["year"]],
    "estate.per_stirpes": lambda p: p["estate"] / p["kids"] / p["grand"],
    "estate.tuition_direct": lambda p: max(0, p["cash"] - 19_000),
    # insurance
    "insurance.coinsurance_clause": lambda p: p["loss"] * p["carried"] / (p["clause"] * p["value"]) - p["deductible"],
    "insurance.health_cost_share": lambda p: min(p["oop"], p["deductible"] + p["coinsurance"] * (
        p["bill"] - p["deductible"])),
    "insurance.dime_need": lambda p: p["debts"] + p["income"] * p["years"] + p["mortgage"] + p["school"] - p["have"],
    "insurance.human_life_value": lambda p: npf.pv(p["rate"], p["years"], -p["income"] * (1 - p["share"])),
    "insurance.disability_benefit": lambda p: min(p["rate"] * p["salary"] / 12, p["cap"]),
    "insurance.annuity_exclusion": lambda p: p["premium"] / (12 * p["life"]),
    "insurance.auto_split_limits": lambda p: min(p["accident"], sum(min(c, p["per"]) for c in p["claims"])),
    "insurance.deductible_breakeven": lambda p: (p["high"] - p["low"]) / p["saving"],
    "insurance.umbrella_pays": lambda p: min(p["judgment"] - p["limit"], p["umbrella"]),
    "insurance.ltc_out_of_pocket": lambda p: p["wait"] * p["daily"] + (p["days"] - p["wait"]) * (
        p["daily"] - p["benefit"]),
    "insurance.surrender_gain": lambda p: p["csv"] - p["premiums"],
    # planning, budgeting, debt
    "planning.emergency_gap": lambda p: p["months"] * (p["rent"] + p["food"] + p["other"]) - p["have"],
    "planning.net_worth": lambda p: sum(p["assets"]) - sum(p["liabilities"]),
    "planning.savings_rate": lambda p: 100 * (p["k401"] + p["ira"] + p["match"]) / p["gross"],
    "planning.future_cost": lambda p: p["cost"] * (1 + p["inflation"]) ** p["years"],
    "planning.fifty_thirty_twenty": lambda p: p["net"] * {"needs": 0.5, "wants": 0.3}.get(p["part"], 0.2),
    "planning.monthly_surplus": lambda p: p["pay"] - sum(p["items"].values()),
    "planning.sinking_fund": lambda p: p["bill"] / p["months"],
    "planning.card_months": lambda p: math.ceil(npf.nper(p["apr"] / 12, -p["payment"], p["owed"])),
    "planning.loan_interest": lambda p: -npf.pmt(p["rate"] / 12, 12 * p["years"], p["amount"]) * 12 * p["years"]
    - p["amount"],
    "planning.utilization": lambda p: 100 * sum(p["balances"]) / sum(p["limits"]),
    "planning.dti": lambda p: 1200 * (p["housing"] + p["car"] + p["student"]) / p["income"],
    # housing and education
    "housing_education.mortgage_pi": lambda p: -npf.pmt(p["rate"] / 12, 12 * p["years"], p["price"] * (
        1 - p["down"])),
    "housing_education.lifetime_interest": lambda p: -npf.pmt(p["rate"] / 12, 12 * p["years"], p["loan"]) * 12
    * p["years"] - p["loan"],
    "housing_education.front_end": lambda p: 1200 * (p["pi"] + p["tax"] + p["insurance"] + p["hoa"]) / p["income"],
    "housing_education.cap_rate": lambda p: 100 * (p["rent"] * (1 - p["vacancy"]) - p["costs"]) / p["price"],
    "housing_education.college_cost": lambda p: p["cost"] * (1 + p["inflation"]) ** p["years"],
    "housing_education.aotc": lambda p: min(p["spent"], 2_000) + 0.25 * min(2_000, max(0, p["spent"] - 2_000)),
    "housing_education.monthly_529": lambda p: -npf.pmt(p["rate"] / 12, 12 * p["years"], 0, p["goal"]),
    # benefits
    "benefits.pia_formula": _pia,
    "benefits.early_or_late": _claim,
    "benefits.earnings_test": lambda p: (p["earned"] - {2024: (22_320, 59_520), 2025: (23_400, 62_160)}[p["year"]][
        p["fra_year"]]) / (3 if p["fra_year"] else 2),
    "benefits.hsa_room": lambda p: {2024: (4_150, 8_300), 2025: (4_300, 8_550)}[p["year"]][p["family"]]
    + (1_000 if p["age"] >= 55 else 0) - p["employer"],
    "benefits.espp_price": lambda p: 0.85 * min(p["start"], p["end"]),
    "benefits.nso_income": lambda p: p["shares"] * (p["fmv"] - p["strike"]),
    # accounts and investment taxation
    "accounts_taxation.roth_partial": _roth,
    "accounts_taxation.traditional_after_tax": lambda p: p["amount"] * (1 + p["rate"]) ** p["years"] * (
        1 - p["tax_later"]),
    "accounts_taxation.hsa_nonqualified": lambda p: p["amount"] * (p["rate"] + 0.2),
    "accounts_taxation.tax_equivalent": lambda p: 100 * p["muni"] / (1 - p["rate"]),
    "accounts_taxation.fifo_gain": lambda p: p["sold"] * p["price"] - p["lots"][0][0] * p["lots"][0][1]
    - (p["sold"] - p["lots"][0][0]) * p["lots"][1][1],
    "accounts_taxation.wash_basis": lambda p: p["shares"] * p["rebuy"] + p["shares"] * (p["cost"] - p["sale"]),
    "accounts_taxation.gain_with_niit": lambda p: (0.15 + 0.038) * p["gain"],
    # markets
    "markets.price_bond": _bond,
    "markets.solve_ytm": _ytm,
    "markets.zero_price": lambda p: p["face"] / (1 + p["ytm"] / 2) ** (2 * p["years"]),
    "markets.duration_change": lambda p: -100 * p["duration"] * p["move"],
    "markets.two_asset_vol": lambda p: 100 * math.sqrt(
        (p["w"] * p["s1"]) ** 2 + ((1 - p["w"]) * p["s2"]) ** 2 + 2 * p["w"] * (1 - p["w"]) * p["rho"] * p["s1"]
        * p["s2"]),
    "markets.sharpe": lambda p: (p["return"] - p["rf"]) / p["vol"],
    "markets.capm": lambda p: 100 * (p["rf"] + p["beta"] * p["premium"]),
    "markets.portfolio_beta": lambda p: sum(v * b for v, b in zip(p["values"], p["betas"], strict=True))
    / sum(p["values"]),
    "markets.call_profit": lambda p: 100 * (max(0, p["spot"] - p["strike"]) - p["premium"]),
    "markets.put_breakeven": lambda p: p["strike"] - p["premium"],
    "markets.parity_call": lambda p: p["put"] + p["spot"] - p["strike"] / (1 + p["rate"]) ** (p["months"] / 12),
    "markets.forward_price": lambda p: p["spot"] * (1 + p["rate"]) ** (p["months"] / 12),
    # corporate, accounting, statements
    "corporate.project_npv": lambda p: npf.npv(p["rate"], p["cash_flows"]),
    "corporate.project_irr": lambda p: 100 * npf.irr(p["cash_flows"]),
    "corporate.wacc": lambda p: 100 * (p["equity"] * p["re"] + p["debt"] * p["rd"] * (1 - p["tax"])) / (
        p["equity"] + p["debt"]),
    "corporate.payback": _payback,
    "corporate.straight_line": lambda p: (p["cost"] - p["salvage"]) / p["life"],
    "corporate.ddb_year2": lambda p: p["cost"] * (1 - 2 / p["life"]) * 2 / p["life"],
    "corporate.inventory_cogs": _cogs,
    "corporate.accrued_interest": lambda p: p["principal"] * p["rate"] * p["months"] / 12,
    "corporate.quick_ratio": lambda p: (p["cash"] + p["securities"] + p["receivables"]) / p["liabilities"],
    "corporate.dupont_roe": lambda p: 100 * p["margin"] * p["turnover"] * p["multiplier"],
    "corporate.inventory_days": lambda p: 365 * (p["begin"] + p["end"]) / 2 / p["cogs"],
    "corporate.free_cash_flow": lambda p: p["cfo"] - p["capex"],
    # regulation
    "regulation.short_swing": _short_swing,
    "regulation.rule_144_volume": lambda p: max(0.01 * p["outstanding"], sum(p["weekly"]) / 4),
    "regulation.ctr_aggregate": lambda p: sum(p["cash"]),
    "regulation.fbar_total": lambda p: sum(p["accounts"]),
    "regulation.tiered_fee": lambda p: _fee(p["assets"]),
    "regulation.sales_load": lambda p: _load(p["amount"]),
    # behavioral, fintech, banking
    "misc.loss_aversion": lambda p: p["lambda"] * p["loss"],
    "misc.behavior_gap": lambda p: 100 * npf.irr([-p["first"], -p["added"], (p["first"] * (1 + p["r1"])
                                                                            + p["added"]) * (1 + p["r2"])]),
    "misc.mental_accounting": lambda p: p["debt"] * (p["apr"] - p["yield"]),
    "misc.crypto_gain": lambda p: p["qty"] * (p["price"] - p["cost"]) - p["fee"],
    "misc.btc_issuance": lambda p: 3.125 * 6 * 24 * p["days"],
    "misc.robo_cost": lambda p: p["balance"] * (p["fee"] + p["er"]),
    "misc.fdic_cover": lambda p: min(p["single"], 250e3) + min(p["joint"], 500e3) + min(p["ira"], 250e3),
    "misc.apy": lambda p: 100 * ((1 + p["rate"] / p["m"]) ** p["m"] - 1),
    "misc.deposit_multiplier": lambda p: p["deposit"] / p["ratio"],
}


def _recheck_numeric(questions: list[Question]) -> tuple[int, int]:
    computed = [q for q in questions if q.type == "numeric" and not (q.template or "").endswith(".facts")]
    seen = set()
    for q in computed:
        assert q.template is not None and q.numeric is not None and q.params is not None
        key = q.template.removeprefix("eval.")
        assert key in CHECKS, f"no independent check for {key}"
        seen.add(key)
        want = float(CHECKS[key](q.params))
        got = q.numeric.value
        assert math.isclose(got, want, rel_tol=1e-3, abs_tol=0.01), (q.id, got, want)  # calc rounds payments
    return len(computed), len(seen)


def test_numeric_answers_recomputed(questions: list[Question]) -> None:
    computed, templates = _recheck_numeric(questions)
    assert computed >= 140 and templates >= 100


@pytest.mark.parametrize("seed", [1, 7])
def test_other_seeds_build_and_recheck(seed: int) -> None:
    built = build_quizzes(seed)
    qs = [q for v in built.values() for q in v]
    assert len(qs) == 431
    _recheck_numeric(qs)
    test_computed_multiple_choice_golds(qs)


def _letter_of(q: Question, text: str) -> str:
    assert q.choices is not None
    return next(k for k, v in q.choices.items() if v == text)


MC_CHECKS: dict[str, Callable[[P], str]] = {
    "tax.marginal_bracket": lambda p: f"{bracket(p['taxable'], p['status'], p['year']) * 100:.0f}%",
    "tax.ltcg_rate": lambda p: "0%" if p["ordinary"] + p["gain"] <= _LTCG[p["year"], p["status"]][0] else
    "20%" if p["ordinary"] >= _LTCG[p["year"], p["status"]][1] else "15%",
    "tax.standard_deduction": lambda p: f"${_STD[2024, p['status']]:,}",
    "tax.safe_harbor": lambda p: f"${min(0.9 * p['current'], 1.1 * p['prior']):,.0f}",
    "retirement.rmd_start": lambda p: "75" if p["born"] >= 1960 else "73",
    "retirement.pro_rata": lambda p: f"${7_000 * p['pretax'] / (p['pretax'] + 7_000):,.0f}",
    "retirement.forgone_match": lambda p: f"${p['salary'] * (p['cap'] - p['deferral']):,.0f}",
    "investing.rule_of_72": lambda p: f"About {72 / p['rate']:.0f} years",
    "markets.better_sharpe": lambda p: max(p["funds"], key=lambda n: (p["funds"][n][0] - p["rf"]) / p["funds"][n][1]),
    "corporate.gordon_price": lambda p: f"${p['d0'] * (1 + p['g']) / (p['r'] - p['g']):,.2f}",
    "corporate.debt_to_equity": lambda p: f"{p['debt'] / (p['assets'] - p['liabilities']):.2f}",
    "markets.margin_call": lambda p: f"${p['drop'] * p['mult']:,.2f}",
    "benefits.fra_by_birth": lambda p: f"66 and {2 * (p['born'] - 1954)} months",
    "planning.payoff_order": lambda p: (max(p["debts"], key=lambda d: d[2]) if p["method"] == "avalanche"
                                        else min(p["debts"], key=lambda d: d[1]))[0].capitalize(),
}


def test_computed_multiple_choice_golds(questions: list[Question]) -> None:
    checked = 0
    for q in questions:
        key = (q.template or "").removeprefix("eval.")
        if q.type == "multiple_choice" and key in MC_CHECKS:
            assert q.params is not None
            assert q.answer == _letter_of(q, MC_CHECKS[key](q.params)), q.id
            checked += 1
    assert checked >= 19


def _perfect_reply(q: Question) -> dict[str, Any]:
    if q.type == "tool_use":
        assert q.tool is not None
        call = {"id": "c1", "type": "function", "function": {"name": q.tool.name, "arguments": q.tool.arguments}}
        return {"choices": [{"message": {"role": "assistant", "content": None, "tool_calls": [call]}}]}
    if q.type == "multiple_choice":
        text = f"Working it through.\nAnswer: {q.answer}"
    elif q.type == "numeric":
        assert q.numeric is not None
        value = q.numeric.value
        shown = f"{value:,.4f}%" if q.numeric.unit == "percent" else f"${value:,.2f}" if q.numeric.unit == "usd" \
            else f"{value:,.4f}"
        text = f"Step by step.\nAnswer: {shown}"
    else:
        text = q.explanation
    return {"choices": [{"message": {"role": "assistant", "content": text}}]}


def test_gold_answers_score_correct(questions: list[Question]) -> None:
    from eval.scoring import score

    for q in questions:
        result = score(q, _perfect_reply(q))
        assert result.correct, (q.id, result.reason)
