"""Helpers shared by the markets templates (estate, portfolio, corporate, regulation, compliance, derivatives,
fintech): names for realistic contexts, business-day arithmetic, the normal CDF and a small Markdown table."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from datetime import date, timedelta
from functools import lru_cache

FIRST_NAMES = (
    "Maria", "James", "Aisha", "Daniel", "Priya", "Robert", "Elena", "Marcus", "Sofia", "Kenji", "Grace", "Omar",
    "Hannah", "Luis", "Chloe", "Samuel", "Fatima", "Ethan", "Mei", "Victor", "Naomi", "Carlos", "Ingrid", "Tariq",
    "Lucy", "Andre", "Rosa", "Dmitri", "Leah", "Patrick", "Amara", "Jonah", "Yuki", "Graham", "Nadia", "Hugo",
    "Beatrice", "Felix", "Zara", "Theo", "Lena", "Rahul", "Claire", "Mateo", "Ruth", "Desmond", "Ivy", "Kwame",
)
LAST_NAMES = (
    "Alvarez", "Bennett", "Chen", "Dubois", "Eriksen", "Fischer", "Garcia", "Hughes", "Ito", "Jensen", "Kowalski",
    "Lindqvist", "Mensah", "Novak", "Okafor", "Patel", "Quinn", "Rossi", "Schmidt", "Tanaka", "Usman", "Vargas",
    "Whitfield", "Xu", "Yilmaz", "Zimmerman", "Abernathy", "Brennan", "Castillo", "Delgado", "Farrow", "Haddad",
)
_CO_FIRST = ("North", "Blue", "Silver", "Granite", "Harbor", "Summit", "Cedar", "Iron", "Bright", "Pioneer", "Lumen",
             "Atlas", "Crescent", "Redwood", "Orion", "Meridian", "Falcon", "Keystone", "Sterling", "Aspen")
_CO_SECOND = ("gate", "ridge", "field", "stone", "wave", "point", "brook", "crest", "line", "path", "wood", "vale")
_CO_KIND = ("Robotics", "Foods", "Therapeutics", "Logistics", "Software", "Energy", "Materials", "Semiconductors",
            "Health", "Outdoor", "Payments", "Biosciences", "Retail", "Analytics", "Aerospace", "Water")
TICKER_LETTERS = "ABCDEFGHJKLMNPRSTUVWXZ"


def first_name(rng: random.Random) -> str:
    """A first name."""
    return rng.choice(FIRST_NAMES)


def full_name(rng: random.Random) -> str:
    """A first and last name."""
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def distinct_names(rng: random.Random, k: int) -> list[str]:
    """``k`` different first names."""
    return rng.sample(FIRST_NAMES, k)


def company(rng: random.Random) -> str:
    """A made-up company name such as ``Northgate Robotics``."""
    return f"{rng.choice(_CO_FIRST)}{rng.choice(_CO_SECOND)} {rng.choice(_CO_KIND)}"


def ticker(rng: random.Random) -> str:
    """A made-up three- or four-letter ticker."""
    return "".join(rng.choice(TICKER_LETTERS) for _ in range(rng.randint(3, 4)))


# ---------------------------------------------------------------------------------------------------- dates

def random_date(rng: random.Random, start: date, span_days: int, weekday: bool = True) -> date:
    """A date within ``span_days`` after ``start``; a weekday if ``weekday`` (moved forward off a weekend)."""
    d = start + timedelta(days=rng.randint(0, span_days))
    return roll_forward(d) if weekday else d


def roll_forward(d: date) -> date:
    """``d``, or the next business day if it falls on a weekend or federal holiday."""
    return next_business_day(d)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` (0 = Monday) of a month; ``n = -1`` for the last."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _observed(d: date) -> date:
    return d - timedelta(days=1) if d.weekday() == 5 else d + timedelta(days=1) if d.weekday() == 6 else d


@lru_cache(maxsize=64)
def federal_holidays(year: int) -> frozenset[date]:
    """The standing US federal holidays of 5 U.S.C. §6103 as observed (Saturday → Friday, Sunday → Monday);
    one-off closures by executive order are not modelled."""
    fixed = [date(year, 1, 1), date(year, 6, 19), date(year, 7, 4), date(year, 11, 11), date(year, 12, 25)]
    floating = [_nth_weekday(year, 1, 0, 3), _nth_weekday(year, 2, 0, 3), _nth_weekday(year, 5, 0, -1),
                _nth_weekday(year, 9, 0, 1), _nth_weekday(year, 10, 0, 2), _nth_weekday(year, 11, 3, 4)]
    observed = {_observed(d) for d in fixed} | set(floating)
    if date(year + 1, 1, 1).weekday() == 5:  # next New Year's Day on a Saturday is observed on Dec 31
        observed.add(date(year, 12, 31))
    return frozenset(observed)


def is_business_day(d: date) -> bool:
    """Monday-Friday and not a federal holiday."""
    return d.weekday() < 5 and d not in federal_holidays(d.year)


def next_business_day(d: date) -> date:
    """``d`` if it is a business day, else the next one (a deadline that falls on a weekend or holiday rolls)."""
    while not is_business_day(d):
        d += timedelta(days=1)
    return d


def add_business_days(d: date, n: int) -> date:
    """The date ``n`` business days after ``d`` (weekends and federal holidays skipped)."""
    while n > 0:
        d += timedelta(days=1)
        if is_business_day(d):
            n -= 1
    return d


def long_date(d: date) -> str:
    """``Tuesday, March 4, 2025``."""
    return f"{d:%A}, {d:%B} {d.day}, {d.year}"


def short_date(d: date) -> str:
    """``Mar 4, 2025``."""
    return f"{d:%b} {d.day}, {d.year}"


# ---------------------------------------------------------------------------------------------------- math / text

def pct_value(x: float, places: int = 2) -> float:
    """A fraction rounded exactly as :func:`~training.data.gen.common.pct` displays it (0.056251 → 0.0563)."""
    return round(float(f"{x * 100:.{places}f}") / 100, places + 2)


def norm_cdf(x: float) -> float:
    """The standard normal CDF, N(x) = (1 + erf(x/√2)) / 2."""
    return 0.5 * (1.0 + math.erf(x / math.sqrt(2.0)))


def md_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A Markdown table."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def join_and(items: Sequence[str]) -> str:
    """``a, b and c``."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
