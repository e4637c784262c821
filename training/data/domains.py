"""The domain taxonomy: 62 fine-grained domains (the plan's count), each inside one of the plan's 14 categories.

A record's ``category`` is the broad area (the plan's top-10 table); its ``domain`` is the bucket the curriculum
samples from. The phrases are for the classifier's keyword features and for people reading the bucket table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

Difficulty = Literal["easy", "medium", "hard", "extremely_complex"]
TIERS: Final[tuple[Difficulty, ...]] = ("easy", "medium", "hard", "extremely_complex")

CATEGORIES: Final[tuple[str, ...]] = (
    "financial_planning", "retirement_planning", "federal_income_tax", "estate_planning", "insurance",
    "accounting", "portfolio_construction", "corporate_finance", "securities_regulation", "compliance",
    "derivatives", "fintech", "banking_credit", "tool_use",
)


@dataclass(frozen=True, slots=True)
class Domain:
    """One curriculum domain: its name (the bucket folder), its category and a one-line scope."""

    name: str
    category: str
    scope: str


_D = Domain
DOMAINS: Final[tuple[Domain, ...]] = (
    # financial_planning
    _D("budgeting_cash_flow", "financial_planning", "budgets, savings rate, the 50/30/20 rule, emergency reserves"),
    _D("time_value_of_money", "financial_planning", "present and future value, annuities, compounding"),
    _D("debt_management", "financial_planning", "payoff order, avalanche and snowball, consolidation"),
    _D("education_planning", "financial_planning", "529 plans, college cost projections, financial aid"),
    _D("goal_based_planning", "financial_planning", "saving for goals, required monthly savings, net worth"),
    # banking_credit
    _D("mortgages", "banking_credit", "mortgage payments, amortization, points, refinancing"),
    _D("consumer_loans", "banking_credit", "auto and personal loans, APR, loan payments"),
    _D("credit_scores_reports", "banking_credit", "FICO scores, utilization, credit reports"),
    # retirement_planning
    _D("retirement_savings", "retirement_planning", "projecting savings, contribution rates, nest-egg targets"),
    _D("employer_plans_401k", "retirement_planning", "401(k), 403(b), employer match, vesting"),
    _D("iras_roth", "retirement_planning", "traditional and Roth IRAs, conversions, income limits"),
    _D("required_minimum_distributions", "retirement_planning", "RMD start ages, the Uniform Lifetime Table"),
    _D("social_security", "retirement_planning", "claiming ages, full retirement age, benefit adjustments"),
    _D("retirement_income", "retirement_planning", "withdrawal rates, sequence risk, pensions and income floors"),
    # federal_income_tax
    _D("tax_brackets", "federal_income_tax", "ordinary income brackets, marginal and effective rates"),
    _D("deductions_credits", "federal_income_tax", "standard and itemized deductions, tax credits"),
    _D("capital_gains_tax", "federal_income_tax", "short and long-term gains, qualified dividends, NIIT"),
    _D("self_employment_tax", "federal_income_tax", "SE tax, payroll taxes, estimated payments"),
    _D("contribution_limits", "federal_income_tax", "IRS limits on 401(k), IRA and HSA contributions by year, HSAs"),
    # estate_planning
    _D("wills_trusts", "estate_planning", "wills, trusts, probate, beneficiary designations"),
    _D("estate_gift_tax", "estate_planning", "the unified credit, annual exclusion, estate tax"),
    _D("charitable_giving", "estate_planning", "donor-advised funds, charitable trusts, QCDs"),
    # insurance
    _D("health_insurance", "insurance", "deductibles, coinsurance, out-of-pocket maximums, HDHPs"),
    _D("life_insurance", "insurance", "term and permanent life, needs analysis, DIME"),
    _D("disability_insurance", "insurance", "own-occupation, elimination periods, benefit amounts"),
    _D("long_term_care", "insurance", "long-term-care coverage, benefit periods, Medicaid"),
    _D("property_insurance", "insurance", "homeowners and umbrella policies, the coinsurance clause, replacement cost"),
    _D("auto_insurance", "insurance", "liability limits, collision, comprehensive, deductibles"),
    _D("medicare", "insurance", "Medicare parts A-D, IRMAA, Medigap"),
    _D("annuity_products", "insurance", "fixed, variable and indexed annuities, payouts, surrender charges"),
    # accounting
    _D("depreciation", "accounting", "straight-line, double-declining balance, sum-of-years'-digits"),
    _D("inventory_valuation", "accounting", "FIFO, LIFO, weighted average, cost of goods sold"),
    _D("financial_statements", "accounting", "balance sheet, income statement, cash-flow statement"),
    _D("journal_entries", "accounting", "double entry, debits and credits, accruals"),
    _D("revenue_recognition", "accounting", "ASC 606 / IFRS 15 five steps"),
    _D("lease_accounting", "accounting", "ASC 842 / IFRS 16 leases, right-of-use assets"),
    _D("gaap_ifrs", "accounting", "differences between US GAAP and IFRS"),
    _D("financial_ratios", "accounting", "liquidity, profitability, leverage and efficiency ratios"),
    # portfolio_construction
    _D("asset_allocation", "portfolio_construction", "strategic allocation, rebalancing, glide paths"),
    _D("risk_return", "portfolio_construction", "expected return, volatility, correlation, Sharpe ratio"),
    _D("fixed_income", "portfolio_construction", "bond prices, yields, duration"),
    _D("equity_valuation", "portfolio_construction", "dividend discount, multiples, earnings yield"),
    _D("funds_etfs", "portfolio_construction", "mutual funds, ETFs, expense ratios, index funds"),
    # corporate_finance
    _D("capital_budgeting", "corporate_finance", "NPV, IRR, payback period"),
    _D("cost_of_capital", "corporate_finance", "WACC, CAPM, cost of equity and debt"),
    # securities_regulation
    _D("securities_laws", "securities_regulation", "the 1933 and 1934 Acts, registration, exemptions"),
    _D("sec_filings", "securities_regulation", "10-K, 10-Q, 8-K, proxy statements"),
    _D("insider_trading", "securities_regulation", "Rule 10b-5, Rule 10b5-1 plans, Section 16"),
    _D("investment_advisers_brokers", "securities_regulation", "Advisers Act, Reg BI, FINRA rules"),
    # compliance
    _D("aml_kyc", "compliance", "anti-money laundering, KYC, CTRs and SARs"),
    _D("fiduciary_duty", "compliance", "duty of care and loyalty, conflicts of interest"),
    _D("privacy_consumer_protection", "compliance", "GLBA, Reg E, fair lending, UDAAP"),
    # derivatives
    _D("options", "derivatives", "calls, puts, payoffs, put-call parity"),
    _D("options_strategies", "derivatives", "covered calls, protective puts, spreads, collars"),
    _D("futures_forwards", "derivatives", "forward pricing, margin, hedging with futures"),
    _D("swaps", "derivatives", "interest-rate swaps, notional, fixed and floating legs"),
    # fintech
    _D("payments", "fintech", "payment rails, ACH, cards, real-time payments"),
    _D("digital_assets", "fintech", "cryptocurrency, stablecoins, custody, tax treatment"),
    _D("robo_advisors", "fintech", "automated advice, tax-loss harvesting, algorithms"),
    # tool_use
    _D("market_data", "tool_use", "quotes, price history, dividends through the market-data tools"),
    _D("company_fundamentals", "tool_use", "statements, ratios and risk measures through the tools"),
    _D("calculator_tools", "tool_use", "auditable calculations through the calc tools"),
)

DOMAIN_BY_NAME: Final[dict[str, Domain]] = {d.name: d for d in DOMAINS}

# Phase C, the stress epoch, leans on these categories (the plan's hardest regulatory and derivatives material).
STRESS_CATEGORIES: Final[tuple[str, ...]] = ("compliance", "securities_regulation", "derivatives", "estate_planning")


def category_of(domain: str) -> str:
    """The category a domain belongs to; ``KeyError`` names the unknown domain."""
    try:
        return DOMAIN_BY_NAME[domain].category
    except KeyError:
        raise KeyError(f"unknown domain {domain!r}") from None
