"""Auditable calculators: each result echoes its formula and inputs."""

from __future__ import annotations

from tools.registry import Registry


def register_calculators(registry: Registry) -> None:
    from tools.calc import tvm

    registry.add("calc.loan_payment", tvm.loan_payment)
    registry.add("calc.compound_growth", tvm.compound_growth)
