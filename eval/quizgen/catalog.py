"""Every quiz of the benchmark, in report order: 431 questions in 27 quizzes."""

from __future__ import annotations

from eval.quizgen import (
    accounts_taxation,
    benefits,
    corporate,
    estate,
    housing_education,
    insurance,
    investing,
    markets,
    misc,
    planning,
    regulation,
    retirement,
    tax,
    tool_use,
)
from eval.quizgen.common import QuizSpec

__all__ = ["ALL_QUIZZES", "ORDER", "QuizSpec"]

# (name, display name, count): the benchmark's fixed layout.
ORDER: tuple[tuple[str, str, int], ...] = (
    ("federal_income_tax", "Federal Income Tax", 50),
    ("retirement_planning", "Retirement Planning", 50),
    ("investment_basics", "Investment Basics", 40),
    ("estate_gift_tax", "Estate & Gift Tax", 35),
    ("insurance", "Insurance", 35),
    ("tool_use", "Tool Use", 25),
    ("financial_planning_basics", "Financial Planning Basics", 10),
    ("budgeting_cash_flow", "Budgeting & Cash Flow", 9),
    ("debt_credit", "Debt & Credit", 9),
    ("mortgages_real_estate", "Mortgages & Real Estate", 10),
    ("education_planning", "Education Planning", 9),
    ("social_security", "Social Security", 10),
    ("employee_benefits", "Employee Benefits", 9),
    ("tax_advantaged_accounts", "Tax-Advantaged Accounts", 9),
    ("investment_taxation", "Investment Taxation", 10),
    ("fixed_income", "Fixed Income", 10),
    ("portfolio_risk", "Portfolio Risk & Return", 10),
    ("corporate_finance", "Corporate Finance", 9),
    ("accounting", "Accounting", 10),
    ("financial_statements", "Financial Statements & Ratios", 9),
    ("derivatives", "Derivatives", 10),
    ("securities_regulation", "Securities Regulation", 9),
    ("compliance_aml", "Compliance & AML", 9),
    ("fiduciary_ethics", "Fiduciary Duty & Ethics", 9),
    ("behavioral_finance", "Behavioral Finance", 8),
    ("fintech_digital_assets", "Fintech & Digital Assets", 9),
    ("banking_monetary", "Banking & Monetary Policy", 9),
)


def _collect() -> list[QuizSpec]:
    modules = (tax, retirement, investing, estate, insurance, tool_use, planning, housing_education, benefits,
               accounts_taxation, markets, corporate, regulation, misc)
    by_name = {spec.name: spec for module in modules for spec in module.QUIZZES}
    if set(by_name) != {name for name, _, _ in ORDER}:
        raise RuntimeError(f"quiz modules and ORDER disagree: {sorted(set(by_name) ^ {n for n, _, _ in ORDER})}")
    for name, category, count in ORDER:
        spec = by_name[name]
        if (spec.category, spec.count) != (category, count):
            raise RuntimeError(f"{name}: module says {spec.category!r}/{spec.count}, ORDER {category!r}/{count}")
    return [by_name[name] for name, _, _ in ORDER]


ALL_QUIZZES: list[QuizSpec] = _collect()
