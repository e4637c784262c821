"""Provider-independent pieces: symbol checks and the never-NaN number rule."""

from __future__ import annotations

import math

import pytest

from tools.errors import ToolInputError
from tools.providers.base import normalize_symbol, number


@pytest.mark.parametrize(("raw", "clean"), [("aapl", "AAPL"), (" brk-b ", "BRK-B"), ("^GSPC", "^GSPC"),
                                            ("EURUSD=X", "EURUSD=X"), ("RDS.A", "RDS.A")])
def test_symbols_are_normalized(raw: str, clean: str) -> None:
    assert normalize_symbol(raw) == clean


@pytest.mark.parametrize("raw", ["", "   ", "AAPL; DROP", "A" * 20, "-AAPL", "ÄPPLE"])
def test_bad_symbols_are_tool_errors(raw: str) -> None:
    with pytest.raises(ToolInputError, match="not a ticker symbol"):
        normalize_symbol(raw)


def test_numbers_are_finite_or_none() -> None:
    assert number("1.5") == 1.5 and number(3) == 3.0
    assert number(math.nan) is None and number(math.inf) is None and number(None) is None
    assert number("n/a") is None and number(True) is None
