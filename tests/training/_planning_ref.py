"""Independent reference figures and formulas for the planning generator tests, written from the published tables
(never importing the generator's own helpers), plus the shared check harness."""

from __future__ import annotations

import json
import math
import random
import re
from collections.abc import Callable
from typing import Any

from training.data.domains import DOMAIN_BY_NAME, TIERS
from training.data.gen.common import Template
from training.data.schema import dedupe_key

# ------------------------------------------------------------------------------------------------ tax tables

# (lower edge, rate) of each bracket. 2024: Rev. Proc. 2023-34 §3.01; 2025: Rev. Proc. 2024-40 §3.01.
BRACKETS: dict[int, dict[str, list[tuple[float, float]]]] = {
    2024: {
        "single": [(0, .10), (11_600, .12), (47_150, .22), (100_525, .24), (191_950, .32), (243_725, .35),
                   (609_350, .37)],
        "married_filing_jointly": [(0, .10), (23_200, .12), (94_300, .22), (201_050, .24), (383_900, .32),
                                   (487_450, .35), (731_200, .37)],
        "head_of_household": [(0, .10), (16_550, .12), (63_100, .22), (100_500, .24), (191_950, .32),
                              (243_700, .35), (609_350, .37)],
        "married_filing_separately": [(0, .10), (11_600, .12), (47_150, .22), (100_525, .24), (191_950, .32),
                                      (243_725, .35), (365_600, .37)],
    },
    2025: {
        "single": [(0, .10), (11_925, .12), (48_475, .22), (103_350, .24), (197_300, .32), (250_525, .35),
                   (626_350, .37)],
        "married_filing_jointly": [(0, .10), (23_850, .12), (96_950, .22), (206_700, .24), (394_600, .32),
                                   (501_050, .35), (751_600, .37)],
        "head_of_household": [(0, .10), (17_000, .12), (64_850, .22), (103_350, .24), (197_300, .32),
                              (250_500, .35), (626_350, .37)],
        "married_filing_separately": [(0, .10), (11_925, .12), (48_475, .22), (103_350, .24), (197_300, .32),
                                      (250_525, .35), (375_800, .37)],
    },
}
# Standard deduction: Rev. Proc. 2023-34 (2024); Pub. L. 119-21 §70102 (2025).
STD = {2024: {"single": 14_600, "married_filing_jointly": 29_200, "head_of_household": 21_900,
              "married_filing_separately": 14_600},
       2025: {"single": 15_750, "married_filing_jointly": 31_500, "head_of_household": 23_625,
              "married_filing_separately": 15_750}}
# 0% / 15% capital-gain rate ceilings: Rev. Proc. 2023-34 §3.03, Rev. Proc. 2024-40 §3.03.
CG = {2024: {"single": (47_025, 518_900), "married_filing_jointly": (94_050, 583_750),
             "head_of_household": (63_000, 551_350)},
      2025: {"single": (48_350, 533_400), "married_filing_jointly": (96_700, 600_050),
             "head_of_household": (64_750, 566_700)}}
WAGE_BASE = {2024: 168_600, 2025: 176_100}
SURTAX = {"single": 200_000, "head_of_household": 200_000, "married_filing_jointly": 250_000,
          "married_filing_separately": 125_000}
# Uniform Lifetime Table, 26 CFR 1.401(a)(9)-9(c).
ULT = dict(zip(range(72, 101), (27.4, 26.5, 25.5, 24.6, 23.7, 22.9, 22.0, 21.1, 20.2, 19.4, 18.5, 17.7, 16.8, 16.0,
                                15.2, 14.4, 13.7, 12.9, 12.2, 11.5, 10.8, 10.1, 9.5, 8.9, 8.4, 7.8, 7.3, 6.8, 6.4),
               strict=True))


def tax(taxable: float, status: str, year: int) -> float:
    """Regular tax: each bracket's rate on the income between its lower edge and the next one."""
    edges = BRACKETS[year][status]
    total = 0.0
    for k, (low, rate) in enumerate(edges):
        high = edges[k + 1][0] if k + 1 < len(edges) else float("inf")
        total += rate * max(0.0, min(taxable, high) - low)
    return total


def top_rate(taxable: float, status: str, year: int) -> float:
    """Rate of the bracket the last dollar falls in."""
    return [rate for low, rate in BRACKETS[year][status] if taxable > low][-1] if taxable > 0 else 0.10


def cg_tax(ordinary: float, pref: float, status: str, year: int) -> float:
    """Qualified Dividends and Capital Gain Tax Worksheet, 0/15/20% part only."""
    z, f = CG[year][status]
    total = ordinary + pref
    zero = min(pref, max(0.0, z - ordinary))
    fifteen = min(pref - zero, max(0.0, f - max(ordinary, z)))
    return 0.15 * fifteen + 0.20 * (pref - zero - fifteen) if total > 0 else 0.0


def se(profit: float, year: int, wages: float = 0.0) -> tuple[float, float]:
    """(SE tax, SE earnings) per Schedule SE."""
    earn = profit * 0.9235
    return 0.124 * min(earn, max(0.0, WAGE_BASE[year] - wages)) + 0.029 * earn, earn


def fra_months(birth: int) -> int:
    """SSA full retirement age in months."""
    table = {1955: (66, 2), 1956: (66, 4), 1957: (66, 6), 1958: (66, 8), 1959: (66, 10)}
    y, m = table.get(birth, (66, 0) if birth < 1955 else (67, 0))
    return 12 * y + m


def ss_factor(claim: int, fra: int) -> float:
    """Benefit share when claiming ``claim`` months of age."""
    if claim < fra:
        early = fra - claim
        return 1 - (5 / 900) * min(36, early) - (5 / 1200) * max(0, early - 36)
    return 1 + (2 / 300) * (min(claim, 840) - fra)


def taxable_ss(benefits: float, other: float, exempt: float, joint: bool) -> float:
    """IRS Pub. 915 worksheet."""
    line_base, line_adj = (32_000, 12_000) if joint else (25_000, 9_000)
    prov = other + exempt + 0.5 * benefits
    over_base = prov - line_base
    if over_base <= 0:
        return 0.0
    over_adj = max(0.0, over_base - line_adj)
    part = min(over_base, line_adj)
    return min(0.85 * benefits, min(0.5 * part, 0.5 * benefits) + 0.85 * over_adj)


# ------------------------------------------------------------------------------------------------ harness

Check = Callable[[dict[str, Any]], float]
_NUM = re.compile(r"-?\$?[\d,]*\.?\d+")


def name_of(template: Template) -> str:
    """``module.name`` as the generator writes it in ``Draft.template``."""
    return f"{template.__module__.rsplit('.', 1)[-1]}.{template.__name__.removeprefix('t_')}"


def shown_number(output: str) -> float:
    """The number on the output's last line (``Answer: ...``)."""
    last = output.rstrip().splitlines()[-1]
    assert last.startswith("Answer: "), last
    match = _NUM.search(last[len("Answer: "):])
    assert match, last
    return float(match.group().replace("$", "").replace(",", ""))


def run_checks(templates: list[tuple[Template, float]], checks: dict[str, tuple[Check, float]],
               draws: int = 25) -> None:
    """Every template: valid labels, the answer recomputed by ``checks`` within its tolerance, the answer shown on
    the last line, JSON-able params, a bounded output."""
    for template, weight in templates:
        name = name_of(template)
        assert weight > 0
        check, tol = checks[name]
        for seed in range(draws):
            d = template(random.Random(seed * 7_919 + 17))
            assert d.template == name
            assert d.domain in DOMAIN_BY_NAME and d.difficulty in TIERS
            expected = check(d.params)
            got = d.params["answer"]
            assert abs(got - expected) <= max(tol, 1e-8 * abs(expected)) + 1e-9, (name, seed, got, expected)
            assert math.isclose(shown_number(d.output), got, abs_tol=1e-9), (name, seed, d.output[-80:])
            json.dumps(d.params)
            assert len(d.output) <= 1_800 and d.instruction.strip()


def unique_share(template: Template, n: int, seed: int = 99) -> float:
    """Share of unique (instruction, input) pairs in ``n`` draws."""
    rng = random.Random(seed)
    keys = set()
    for _ in range(n):
        d = template(rng)
        keys.add(dedupe_key(d.instruction, d.input))
    return len(keys) / n
