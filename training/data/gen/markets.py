"""The markets generator: every template for estate planning, portfolio construction, corporate finance, securities
regulation, compliance, derivatives and fintech, combined into one weighted list.

The templates live in topic modules (``estate``, ``charitable``, ``portfolio``, ``valuation``, ``corporate``,
``regulation``, ``insider``, ``compliance``, ``fiduciary``, ``options``, ``strategies``, ``futures``, ``swaps``,
``fintech``); each template's ``Draft.template`` is ``"<module>.<name>"``.
"""

from __future__ import annotations

from training.data.gen import (
    charitable,
    compliance,
    corporate,
    estate,
    fiduciary,
    fintech,
    futures,
    insider,
    options,
    portfolio,
    regulation,
    strategies,
    swaps,
    valuation,
)
from training.data.gen.common import Template

MODULES = (estate, charitable, portfolio, valuation, corporate, regulation, insider, compliance, fiduciary, options,
           strategies, futures, swaps, fintech)

TEMPLATES: list[tuple[Template, float]] = [pair for module in MODULES for pair in module.TEMPLATES]
