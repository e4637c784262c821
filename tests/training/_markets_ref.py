"""Independent reference helpers for the markets generator tests: drawing, tolerant comparison, the expected Answer
text, and the calendar (official federal holiday dates restated by hand, not computed the module's way)."""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from scipy.stats import norm

from training.data.gen.common import Draft, Template, money, num, pct

P = dict[str, Any]

# OPM's observed federal holidays, typed in from the published lists (2022-2027).
_HOLIDAY_TEXT = (
    "2022-01-17 2022-02-21 2022-05-30 2022-06-20 2022-07-04 2022-09-05 2022-10-10 2022-11-11 2022-11-24 2022-12-26 "
    "2023-01-02 2023-01-16 2023-02-20 2023-05-29 2023-06-19 2023-07-04 2023-09-04 2023-10-09 2023-11-10 2023-11-23 "
    "2023-12-25 2024-01-01 2024-01-15 2024-02-19 2024-05-27 2024-06-19 2024-07-04 2024-09-02 2024-10-14 2024-11-11 "
    "2024-11-28 2024-12-25 2025-01-01 2025-01-20 2025-02-17 2025-05-26 2025-06-19 2025-07-04 2025-09-01 2025-10-13 "
    "2025-11-11 2025-11-27 2025-12-25 2026-01-01 2026-01-19 2026-02-16 2026-05-25 2026-06-19 2026-07-03 2026-09-07 "
    "2026-10-12 2026-11-11 2026-11-26 2026-12-25 2027-01-01 2027-01-18 2027-02-15 2027-05-31 2027-06-18 2027-07-05 "
    "2027-09-06 2027-10-11 2027-11-11 2027-11-25 2027-12-24 2027-12-31")
HOLIDAYS = {date.fromisoformat(d) for d in _HOLIDAY_TEXT.split()}


def open_day(d: date) -> bool:
    """Weekday and not on the holiday list."""
    return d.weekday() < 5 and d not in HOLIDAYS


def roll(d: date) -> date:
    """The first open day on or after ``d``."""
    return d if open_day(d) else roll(d + timedelta(days=1))


def plus_business(d: date, n: int) -> date:
    """``n`` open days after ``d``, counted one calendar day at a time."""
    days = [d + timedelta(days=i) for i in range(1, 40)]
    return [x for x in days if open_day(x)][n - 1]


def iso(s: str) -> date:
    return date.fromisoformat(s)


def draws(template: Template, n: int = 25, seed: int = 0) -> list[Draft]:
    """``n`` drafts of one template, each from its own fixed seed."""
    return [template(random.Random(seed * 1_000 + i)) for i in range(n)]


def close(actual: float, expected: float, cents: bool = True, places: int | None = None) -> bool:
    """Equal within a cent (money), half a display unit (percent places), or 1e-6 relative."""
    if places is not None:
        tol = 0.5 * 10 ** -(places + 2) + 1e-9
    else:
        tol = 0.0105 if cents else 1e-9
    return abs(actual - expected) <= tol + 1e-6 * abs(expected)


def bs(s: float, k: float, r: float, sigma: float, t: float, q: float = 0.0) -> tuple[float, float]:
    """Black-Scholes-Merton call and put with scipy's normal CDF."""
    d1 = (math.log(s / k) + (r - q + 0.5 * sigma * sigma) * t) / (sigma * math.sqrt(t))
    d2 = d1 - sigma * math.sqrt(t)
    call = s * math.exp(-q * t) * norm.cdf(d1) - k * math.exp(-r * t) * norm.cdf(d2)
    return float(call), float(call - s * math.exp(-q * t) + k * math.exp(-r * t))


def long_text(d: date) -> str:
    return d.strftime("%A, %B ") + f"{d.day}, {d.year}"


# How each template writes its answer (the default is money with cents).
def _pct2(p: P) -> str:
    return pct(p["answer"])


def _pct3(p: P) -> str:
    return pct(p["answer"], 3)


def _date(p: P) -> str:
    return long_text(iso(p["answer"]))


FORMATS: dict[str, Callable[[P], str]] = {
    "portfolio.scenarios": _pct2, "portfolio.historical": _pct2, "valuation.nav": _pct2, "corporate.wacc": _pct2,
    "corporate.wacc_market": _pct2, "insider.churning": _pct2, "fintech.stablecoin": _pct2,
    "valuation.bond_yield": _pct3, "swaps.par_rate": _pct3,
    "portfolio.two_asset": lambda p: pct(p["answer"]) if p["minvar"] else num(p["answer"], 4),
    "portfolio.capm_measures": lambda p: pct(p["answer"]) if p["kind"] in ("capm", "alpha") else num(p["answer"], 4),
    "valuation.pe": lambda p: pct(p["answer"]) if p["kind"] == "yield" else num(p["answer"], 2),
    "futures.forward_price": lambda p: num(p["answer"], 2) if p["kind"] == "yield" else money(p["answer"]),
    "futures.commodity_hedge": lambda p: num(p["answer"], 4),
    "futures.hedge_contracts": lambda p: f"{num(p['answer'], 0)} contracts",
    "regulation.rule144": lambda p: f"{num(p['answer'], 0)} shares",
    "regulation.reg_d_investors": lambda p: str(p["answer"]),
    "compliance.ctr": lambda p: str(p["answer"]) if p["multi"] else money(p["answer"]),
    "corporate.payback": lambda p: "never" if p["answer"] < 0 else f"{num(p['answer'], 2)} years",
    "insider.adviser_registration": lambda p: money(p["answer"], False),
    "regulation.filing_deadline": _date, "regulation.filing_calendar": _date, "insider.cooling_off": _date,
    "compliance.reg_e_errors": _date, "compliance.report_deadlines": _date,
}


def answer_text(draft: Draft) -> str:
    """The text the Answer line must carry for this draft's ``params["answer"]``."""
    return FORMATS.get(draft.template, lambda p: money(p["answer"]))(draft.params)
