"""Auditable calculators: each result echoes its formula and inputs, and official tables cite their source."""

from __future__ import annotations

from tools.registry import Registry


def register_calculators(registry: Registry) -> None:
    """Add every ``calc.*`` tool to ``registry``."""
    from tools.calc import invest, tax_retirement, tvm

    for name, func in (
        ("calc.loan_payment", tvm.loan_payment),
        ("calc.compound_growth", tvm.compound_growth),
        ("calc.present_value", tvm.present_value),
        ("calc.future_value", tvm.future_value),
        ("calc.periods_to_payoff", tvm.periods_to_payoff),
        ("calc.loan_rate", tvm.loan_rate),
        ("calc.amortization_schedule", tvm.amortization_schedule),
        ("calc.npv", invest.npv),
        ("calc.irr", invest.irr),
        ("calc.bond_price", invest.bond_price),
        ("calc.bond_yield", invest.bond_yield),
        ("calc.portfolio_return_volatility", invest.portfolio_return_volatility),
        ("calc.us_federal_income_tax", tax_retirement.us_federal_income_tax),
        ("calc.required_minimum_distribution", tax_retirement.required_minimum_distribution),
        ("calc.retirement_projection", tax_retirement.retirement_projection),
    ):
        registry.add(name, func)
