"""What every calculator returns, and the numeric helpers they share."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel

from tools.errors import ToolInputError


class CalcResult(BaseModel):
    """A calculator answer with its working, so a reader can audit it: the formula, every input, a sentence, and
    for schedules a table. ``source`` names the method or the official table used; ``as_of`` the table's date."""

    value: float
    formula: str
    inputs: dict[str, Any]
    explanation: str
    details: dict[str, Any] | None = None  # secondary results (a volatility, a marginal rate...)
    table: list[dict[str, Any]] | None = None
    source: str = "elson.calc"
    as_of: str | None = None


def finite(value: float, what: str) -> float:
    """``value`` if it is a finite number, else a tool error naming ``what`` (never a NaN presented as success)."""
    if not math.isfinite(value):
        raise ToolInputError(f"{what} is not a finite number for these inputs")
    return value


def bisect_root(f: Callable[[float], float], low: float, high: float, what: str,
                     tol: float = 1e-12) -> float:
    """The root of ``f`` in ``[low, high]`` by bisection (robust where Newton diverges); ``f`` must change sign
    over the interval, else a tool error naming ``what``."""
    f_low, f_high = f(low), f(high)
    if f_low == 0:
        return low
    if f_high == 0:
        return high
    if (f_low > 0) == (f_high > 0):
        raise ToolInputError(f"no {what} solves these inputs (searched {low:g} to {high:g})")
    for _ in range(200):
        mid = (low + high) / 2
        f_mid = f(mid)
        if f_mid == 0 or high - low < tol:
            return mid
        if (f_mid > 0) == (f_low > 0):
            low, f_low = mid, f_mid
        else:
            high = mid
    return (low + high) / 2
