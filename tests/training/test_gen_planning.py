"""Planning templates (budgets, TVM, goals, education, debt, consumer loans, credit, mortgages): each answer is
recomputed independently with numpy-financial or a hand formula; plus textbook examples, the tier mix and
uniqueness of the combined ``TEMPLATES``."""

from __future__ import annotations

import math
import random
from collections import defaultdict
from typing import Any

import numpy_financial as npf
import pytest

from tests.training._planning_ref import Check, name_of, run_checks, unique_share
from training.data.gen import planning, planning_credit, planning_goals, planning_mortgage
from training.data.gen.planning_rules import balance_after, periods_to_goal, sinking_payment
from training.data.schema import dedupe_key

P = dict[str, Any]


def _pmt(rate: float, n: int, pv: float, fv: float = 0.0) -> float:
    """Payment as a positive number (numpy-financial's sign convention flipped)."""
    return float(-npf.pmt(rate, n, pv, fv))


# ------------------------------------------------------------------------------------------------ planning.py

def _goal_deposit(target: float, saved: float, annual: float, months: int) -> float:
    return _pmt(annual / 12, months, -saved, target)


PLANNING: dict[str, tuple[Check, float]] = {
    "planning.budget_split": (lambda p: p["pay"] * p["pay_factor"] * p["savings_share"], 0.01),
    "planning.savings_rate": (lambda p: (p["net_pay"] - sum(p["expenses"])) / p["net_pay"] * 100, 0.05),
    "planning.emergency_fund": (lambda p: math.ceil((p["essentials"] * p["months_target"] - p["saved"])
                                                    / p["deposit"]), 0),
    "planning.fv_lump": (lambda p: float(npf.fv(p["rate"] / p["m"], p["m"] * p["years"], 0, -p["pv"])), 0.01),
    "planning.pv_lump": (lambda p: float(npf.pv(p["rate"] / p["m"], p["m"] * p["years"], 0, -p["fv"])), 0.01),
    "planning.annuity_fv": (lambda p: float(npf.fv(p["rate"] / 12, 12 * p["years"], -p["deposit"], -p["start"],
                                                   when="begin" if p["due"] else "end")), 0.01),
    "planning.lump_vs_annuity": (lambda p: float(npf.pv(p["discount_rate"], p["years"], -p["payment"])), 0.01),
    "planning.goal_monthly": (lambda p: _goal_deposit(p["target"], p["saved"], p["rate"], p["months"]), 0.01),
    "planning.goal_time": (lambda p: math.ceil(float(npf.nper(p["rate"] / 12, -p["deposit"], -p["saved"],
                                                              p["target"])) - 1e-9), 0),
}


# ------------------------------------------------------------------------------------------------ planning_goals

def _four_years(p: P, years: int) -> float:
    return sum(p["cost_today"] * (1 + p["inflation"]) ** t for t in range(years, years + 4))


def _multi_goal(p: P) -> float:
    goals = [(p["expenses"] * p["ef_months"], p["ef_saved"], p["hysa"], 12),
             (p["house"], p["house_saved"], p["house_rate"], p["house_years"] * 12),
             (p["college"], p["college_saved"], p["college_rate"], p["college_years"] * 12)]
    return sum(max(0.0, _goal_deposit(t, s, r, n)) for t, s, r, n in goals)


def _two_kids(p: P) -> float:
    return sum(max(0.0, _goal_deposit(_four_years(p, 18 - age), s, p["rate"], (18 - age) * 12))
               for age, s in zip(p["ages"], p["saved"], strict=True))


GOALS: dict[str, tuple[Check, float]] = {
    "planning_goals.net_worth": (lambda p: sum(p["assets"]) - sum(p["liabilities"]), 0.01),
    "planning_goals.multi_goal": (_multi_goal, 0.01),
    "planning_goals.college_cost": (lambda p: _four_years(p, p["years_to_college"]), 0.01),
    "planning_goals.college_529": (lambda p: max(0.0, _goal_deposit(p["share"] * _four_years(p, p["years_to_college"]),
                                                                    p["saved"], p["rate"],
                                                                    p["years_to_college"] * 12)), 0.01),
    "planning_goals.student_loan": (lambda p: _pmt(p["rate"] / 12, p["years"] * 12, p["balance"]), 0.01),
    "planning_goals.college_two_kids": (_two_kids, 0.01),
}


# ------------------------------------------------------------------------------------------------ planning_credit

def _payoff(debts: list[list[float]], budget: float, rank: list[int]) -> tuple[int, float]:
    """Month-by-month payoff, written independently: interest, minimums, then the surplus down ``rank``."""
    owed = [d[0] for d in debts]
    month = 0
    paid_interest = 0.0
    while sum(owed) > 1e-6:
        month += 1
        charges = [b * d[1] / 12 for b, d in zip(owed, debts, strict=True)]
        paid_interest += sum(charges)
        owed = [b + c for b, c in zip(owed, charges, strict=True)]
        mins = [min(d[2], b) for b, d in zip(owed, debts, strict=True)]
        owed = [b - m for b, m in zip(owed, mins, strict=True)]
        extra = budget - sum(mins)
        for k in rank:
            step = min(extra, owed[k])
            owed[k] -= step
            extra -= step
    return month, paid_interest


def _avalanche(debts: list[list[float]]) -> list[int]:
    return sorted(range(len(debts)), key=lambda k: -debts[k][1])


def _snowball_gap(p: P) -> float:
    debts = p["debts"]
    snow = sorted(range(len(debts)), key=lambda k: debts[k][0])
    return _payoff(debts, p["budget"], snow)[1] - _payoff(debts, p["budget"], _avalanche(debts))[1]


def _consolidation(p: P) -> float:
    owed = sum(d[0] for d in p["debts"])
    loan = math.ceil(owed / (1 - p["fee"]) / 100) * 100
    n = p["loan_years"] * 12
    pay = round(_pmt(p["loan_rate"] / 12, n, loan), 2)
    return _payoff(p["debts"], p["budget"], _avalanche(p["debts"]))[1] - (pay * n - owed)


def _auto(p: P) -> float:
    financed = p["price"] * (1 + p["tax"]) + p["fees"] - p["down"] - p["trade"]
    return _pmt(p["rate"] / 12, p["months"], financed)


def _apr(p: P) -> float:
    n = p["years"] * 12
    pay = round(_pmt(p["rate"] / 12, n, p["principal"]), 2)
    return float(npf.rate(n, -pay, p["principal"] - p["fee"], 0)) * 12 * 100


def _rebate(p: P) -> float:
    n = p["months"]
    a = round(_pmt(p["bank_rate"] / 12, n, p["price"] - p["down"] - p["rebate"]), 2)
    b = round(_pmt(p["promo_rate"] / 12, n, p["price"] - p["down"]), 2)
    return abs(a - b) * n


CREDIT: dict[str, tuple[Check, float]] = {
    "planning_credit.card_payoff": (lambda p: math.ceil(float(npf.nper(p["apr"] / 12, -p["payment"], p["balance"]))
                                                        - 1e-9), 0),
    "planning_credit.avalanche_snowball": (_snowball_gap, 0.01),
    "planning_credit.consolidation": (_consolidation, 0.01),
    "planning_credit.loan_payment": (lambda p: _pmt(p["rate"] / 12, p["years"] * 12, p["principal"]), 0.01),
    "planning_credit.auto_loan": (_auto, 0.01),
    "planning_credit.apr_with_fee": (_apr, 0.005),
    "planning_credit.rebate_vs_promo": (_rebate, 0.01),
    "planning_credit.utilization": (lambda p: sum(p["balances"]) / sum(p["limits"]) * 100, 0.05),
    "planning_credit.utilization_target": (lambda p: sum(p["balances"]) - p["target"] * sum(p["limits"]), 0.01),
}


# ------------------------------------------------------------------------------------------------ planning_mortgage

def _owed(loan: float, annual: float, pay: float, k: int) -> float:
    return float(-npf.fv(annual / 12, k, -pay, loan))


def _amortization(p: P) -> float:
    pay = _pmt(p["rate"] / 12, p["years"] * 12, p["principal"])
    return _owed(p["principal"], p["rate"], pay, p["after_years"] * 12)


def _fifteen(p: P) -> float:
    loan = p["principal"]
    return (round(_pmt(p["rate30"] / 12, 360, loan), 2) * 360 - loan) - (
        round(_pmt(p["rate15"] / 12, 180, loan), 2) * 180 - loan)


def _afford(p: P) -> float:
    gm = p["income"] / 12
    budget = min(0.28 * gm, 0.36 * gm - p["debts"])
    per_dollar = _pmt(p["rate"] / 12, p["years"] * 12, 1.0)
    return math.floor((budget - p["insurance"] / 12) / ((1 - p["down"]) * per_dollar + p["tax_rate"] / 12))


def _pmi(p: P) -> float:
    loan = round(p["value"] * (1 - p["down"]), 2)
    pay = round(_pmt(p["rate"] / 12, 360, loan), 2)
    return next(k for k in range(1, 361) if _owed(loan, p["rate"], pay, k) <= 0.78 * p["value"])


def _extra(p: P) -> float:
    pay = round(_pmt(p["rate"] / 12, p["years"] * 12, p["principal"]), 2)
    return math.ceil(float(npf.nper(p["rate"] / 12, -(pay + p["extra"]), p["principal"])) - 1e-9)


def _arm(p: P) -> float:
    pay = round(_pmt(p["start_rate"] / 12, 360, p["principal"]), 2)
    left = _owed(p["principal"], p["start_rate"], pay, p["fixed_years"] * 12)
    rate = p["index"] + p["margin"]
    rate = min(max(rate, p["start_rate"] - p["cap"]), p["start_rate"] + p["cap"])
    return _pmt(rate / 12, (30 - p["fixed_years"]) * 12, left)


def _points(p: P) -> float:
    n = p["years"] * 12
    saving = round(_pmt(p["rate"] / 12, n, p["principal"]), 2) - round(_pmt(p["new_rate"] / 12, n, p["principal"]), 2)
    return math.ceil(p["principal"] * p["points"] / 100 / saving)


def _refi(p: P) -> float:
    pay0 = round(_pmt(p["old_rate"] / 12, 360, p["original"]), 2)
    bal = _owed(p["original"], p["old_rate"], pay0, p["age_years"] * 12)
    pay1 = round(_pmt(p["new_rate"] / 12, p["new_years"] * 12, bal), 2)
    m = p["horizon"] * 12
    int_old = pay0 * m - (bal - _owed(bal, p["old_rate"], pay0, m))
    int_new = pay1 * m - (bal - _owed(bal, p["new_rate"], pay1, m))
    return int_old - int_new - (bal * p["points"] / 100 + p["closing"])


MORTGAGE: dict[str, tuple[Check, float]] = {
    "planning_mortgage.mortgage_payment": (lambda p: _pmt(p["rate"] / 12, p["years"] * 12,
                                                          p["price"] * (1 - p["down"])), 0.01),
    "planning_mortgage.amortization": (_amortization, 0.01),
    "planning_mortgage.fifteen_vs_thirty": (_fifteen, 0.01),
    "planning_mortgage.affordability": (_afford, 0),
    "planning_mortgage.pmi_removal": (_pmi, 0),
    "planning_mortgage.extra_payment": (_extra, 0),
    "planning_mortgage.arm_reset": (_arm, 0.01),
    "planning_mortgage.points": (_points, 0),
    "planning_mortgage.refinance": (_refi, 0.01),
}


# ------------------------------------------------------------------------------------------------ tests

@pytest.mark.parametrize(("module", "checks"), [(planning, PLANNING), (planning_goals, GOALS),
                                                (planning_credit, CREDIT), (planning_mortgage, MORTGAGE)],
                         ids=["planning", "goals", "credit", "mortgage"])
def test_answers_recomputed_independently(module: Any, checks: dict[str, tuple[Check, float]]) -> None:
    own = [(t, w) for t, w in planning.TEMPLATES if t.__module__ == module.__name__]
    assert {name_of(t) for t, _ in own} == set(checks)
    run_checks(own, checks)


def test_textbook_examples() -> None:
    # $200,000 over 30 years at 6%: $1,199.10 a month; after one payment $199,800.90 is owed
    assert round(_pmt(0.06 / 12, 360, 200_000), 2) == 1_199.10
    assert balance_after(200_000, 0.005, 1_199.10, 1) == pytest.approx(199_800.90)
    # $10,000 at 5% a year for 10 years grows to $16,288.95; $1,000 due in 5 years at 10% is worth $620.92 today
    assert round(float(npf.fv(0.05, 10, 0, -10_000)), 2) == 16_288.95
    assert round(float(npf.pv(0.10, 5, 0, -1_000)), 2) == 620.92
    # saving $10,000 in 10 equal deposits with no interest: $1,000 each; at 6% a year, $758.68 each
    assert sinking_payment(10_000, 0, 0.0, 10) == pytest.approx(1_000)
    assert round(sinking_payment(10_000, 0, 0.06, 10), 2) == 758.68
    # $0 plus $100 a month at 0.5% a month reaches $6,977.00 after 60 months (FV annuity factor 69.77003)
    assert periods_to_goal(6_977.003, 0, 100, 0.005) == pytest.approx(60, abs=1e-4)
    # one card, $5,000 at 18% paying $200 a month: 32 payments (npf.nper 31.6)
    months, _ = planning_credit.simulate([("card", 5_000, 0.18, 200)], 200, [0])
    assert months == 32


def test_payoff_simulation_rolls_minimums() -> None:
    debts = [("A", 1_000.0, 0.0, 100.0), ("B", 2_000.0, 0.0, 100.0)]
    # no interest: $300 a month clears $3,000 in 10 months whatever the order
    assert planning_credit.simulate(debts, 300, [0, 1]) == (10, 0.0)


def test_tier_mix_and_domains() -> None:
    total = sum(w for _, w in planning.TEMPLATES)
    share: dict[str, float] = defaultdict(float)
    tiers: dict[str, set[str]] = defaultdict(set)
    for t, w in planning.TEMPLATES:
        d = t(random.Random(0))
        share[d.difficulty] += w / total
        tiers[d.domain].add(d.difficulty)
    for tier, target in {"easy": 0.22, "medium": 0.33, "hard": 0.28, "extremely_complex": 0.17}.items():
        assert abs(share[tier] - target) < 0.03, (tier, share[tier])
    assert all(len(v) >= 2 for v in tiers.values()), tiers
    assert len(tiers) == 19
    assert len({name_of(t) for t, _ in planning.TEMPLATES}) == len(planning.TEMPLATES)


@pytest.mark.parametrize("template", [t for t, _ in planning.TEMPLATES
                                      if t.__module__.rsplit(".", 1)[-1] in
                                      ("planning", "planning_goals", "planning_credit", "planning_mortgage")],
                         ids=name_of)
def test_parameter_space_is_large(template: Any) -> None:
    assert unique_share(template, 400) >= 0.97


@pytest.mark.slow
def test_contract_uniqueness_2000_and_combined_15000() -> None:
    for t, _ in planning.TEMPLATES:
        assert unique_share(t, 2_000) >= 0.95, name_of(t)
    rng = random.Random(2024)
    funcs, weights = [t for t, _ in planning.TEMPLATES], [w for _, w in planning.TEMPLATES]
    keys = {dedupe_key(d.instruction, d.input) for d in (rng.choices(funcs, weights)[0](rng) for _ in range(15_000))}
    assert len(keys) >= 14_500
