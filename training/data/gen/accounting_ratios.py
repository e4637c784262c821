"""Accounting templates for financial ratios from a small two-year statement: one ratio, a ratio group, and the
DuPont analysis (3- and 5-step) with the driver of a change in ROE."""

from __future__ import annotations

import random
from typing import Any

from training.data.gen.common import Draft, Template, num, pct, pick
from training.data.gen.ia_common import COMPANIES, ask, possessive, table

Year = dict[str, float]
LABELS = {
    "rev": "Revenue", "cogs": "Cost of goods sold", "sga": "Selling, general and administrative",
    "dep": "Depreciation", "ebit": "Operating income (EBIT)", "interest": "Interest expense",
    "ebt": "Income before tax", "tax": "Income tax", "ni": "Net income", "cash": "Cash",
    "sti": "Short-term investments", "ar": "Accounts receivable", "inv": "Inventory", "prepaid": "Prepaid expenses",
    "ca": "Total current assets", "ppe": "Property, plant and equipment (net)", "ta": "Total assets",
    "ap": "Accounts payable", "accrued": "Accrued liabilities", "std": "Current portion of debt",
    "cl": "Total current liabilities", "ltd": "Long-term debt", "tl": "Total liabilities", "eq": "Total equity",
}
IS_KEYS = ("rev", "cogs", "sga", "dep", "ebit", "interest", "ebt", "tax", "ni")
BS_KEYS = ("cash", "sti", "ar", "inv", "prepaid", "ca", "ppe", "ta", "ap", "accrued", "std", "cl", "ltd", "tl", "eq")
# name: (numerator keys, denominator keys, multiplier, format); "avg:" averages this year and last year.
RATIOS: dict[str, tuple[tuple[str, ...], tuple[str, ...], float, str]] = {
    "current ratio": (("ca",), ("cl",), 1, "x"),
    "quick ratio": (("cash", "sti", "ar"), ("cl",), 1, "x"),
    "cash ratio": (("cash", "sti"), ("cl",), 1, "x"),
    "debt-to-equity ratio": (("tl",), ("eq",), 1, "x"),
    "debt ratio": (("tl",), ("ta",), 1, "pct"),
    "interest coverage": (("ebit",), ("interest",), 1, "x"),
    "gross margin": (("rev", "-cogs"), ("rev",), 1, "pct"),
    "operating margin": (("ebit",), ("rev",), 1, "pct"),
    "net profit margin": (("ni",), ("rev",), 1, "pct"),
    "return on assets": (("ni",), ("avg:ta",), 1, "pct"),
    "return on equity": (("ni",), ("avg:eq",), 1, "pct"),
    "inventory turnover": (("cogs",), ("avg:inv",), 1, "x"),
    "days sales outstanding": (("avg:ar",), ("rev",), 365, "days"),
    "receivables turnover": (("rev",), ("avg:ar",), 1, "x"),
    "asset turnover": (("rev",), ("avg:ta",), 1, "x"),
}
GROUPS = {"liquidity": ("current ratio", "cash ratio", "quick ratio"),
          "profitability": ("gross margin", "operating margin", "net profit margin"),
          "efficiency": ("inventory turnover", "asset turnover", "days sales outstanding"),
          "leverage": ("debt ratio", "interest coverage", "debt-to-equity ratio"),
          "returns": ("return on assets", "net profit margin", "return on equity")}


_PROFILE = {"cogs": (0.35, 0.75), "dep": (0.01, 0.06), "sga": (0.08, 0.3), "cash": (0.02, 0.15),
            "sti": (0.0, 0.1), "ar": (0.06, 0.2), "prepaid": (0.005, 0.02), "inv": (0.08, 0.3), "ppe": (0.2, 1.2),
            "ap": (0.05, 0.15), "accrued": (0.02, 0.06), "std": (0.0, 0.05), "ltd": (0.0, 0.6),
            "rate": (0.04, 0.09)}


def _year(rng: random.Random, rev: float, prof: dict[str, float], tax_rate: float) -> Year:
    def r(key: str, base: float) -> float:  # the profile's ratio, moved up to ±8% this year
        return round(base * prof[key] * (1 + rng.uniform(-0.08, 0.08)))

    y: Year = {"rev": rev, "cogs": r("cogs", rev), "dep": r("dep", rev)}
    y["sga"] = min(r("sga", rev), rev - y["cogs"] - y["dep"] - round(rev * 0.04))
    y["ebit"] = rev - y["cogs"] - y["sga"] - y["dep"]
    y.update(cash=r("cash", rev), sti=r("sti", rev), ar=r("ar", rev), prepaid=r("prepaid", rev),
             inv=r("inv", y["cogs"]), ppe=r("ppe", rev), ap=r("ap", y["cogs"]), accrued=r("accrued", rev),
             std=r("std", rev))
    y["ca"] = y["cash"] + y["sti"] + y["ar"] + y["inv"] + y["prepaid"]
    y["ta"] = y["ca"] + y["ppe"]
    y["cl"] = y["ap"] + y["accrued"] + y["std"]
    y["ltd"] = max(0.0, min(r("ltd", rev), round(y["ta"] * 0.55) - y["cl"]))
    y["interest"] = max(1.0, min(round((y["std"] + y["ltd"]) * prof["rate"]), round(y["ebit"] * 0.6)))
    y["ebt"] = y["ebit"] - y["interest"]
    y["tax"] = round(y["ebt"] * tax_rate)
    y["ni"] = y["ebt"] - y["tax"]
    y["tl"] = y["cl"] + y["ltd"]
    y["eq"] = y["ta"] - y["tl"]
    return y


def statements(rng: random.Random) -> tuple[Year, Year, int]:
    """This year and last year (in $ thousands, one company profile with year-to-year noise) and this year."""
    prof = {k: round(rng.uniform(lo, hi), 4) for k, (lo, hi) in _PROFILE.items()}
    if rng.random() < 0.5:
        prof["sti"] = 0.0
    rev, tax = pick(rng, 2000, 400000, 10), rng.choice((0.21, 0.25, 0.26))
    prev_rev = round(rev / rng.uniform(0.9, 1.25))
    return _year(rng, rev, prof, tax), _year(rng, prev_rev, prof, tax), rng.randint(2019, 2025)


def statement_table(cur: Year, prev: Year, year: int, keys: tuple[str, ...] = IS_KEYS + BS_KEYS) -> str:
    """The two years as a Markdown table, amounts in $ thousands."""
    return table(("($ thousands)", str(year), str(year - 1)), [(LABELS[k], num(cur[k], 0), num(prev[k], 0))
                                                               for k in keys])


def _term(key: str, cur: Year, prev: Year) -> tuple[float, str]:
    sign = -1.0 if key.startswith("-") else 1.0
    key = key.lstrip("-")
    if key.startswith("avg:"):
        k = key[4:]
        return sign * (cur[k] + prev[k]) / 2, f"(({num(cur[k], 0)} + {num(prev[k], 0)}) ÷ 2)"
    return sign * cur[key], num(cur[key], 0)


def ratio(name: str, cur: Year, prev: Year) -> tuple[float, str]:
    """A ratio's value and its working with the numbers substituted."""
    top, bottom, mult, _ = RATIOS[name]
    nums = [_term(k, cur, prev) for k in top]
    dens = [_term(k, cur, prev) for k in bottom]
    value = sum(v for v, _ in nums) / sum(v for v, _ in dens) * mult
    join = lambda ts, keys: " ".join(  # noqa: E731
        ("− " if k.startswith("-") else "+ " if i else "") + t for i, ((_, t), k) in enumerate(zip(ts, keys,
                                                                                                    strict=True)))
    n_txt, d_txt = join(nums, top), join(dens, bottom)
    work = (f"({n_txt})" if len(nums) > 1 else n_txt) + " ÷ " + (f"({d_txt})" if len(dens) > 1 else d_txt)
    return value, work + (f" × {mult:g}" if mult != 1 else "")


def _words(keys: tuple[str, ...]) -> str:
    out = ""
    for i, key in enumerate(keys):
        k = key.lstrip("-")
        label = LABELS[k.removeprefix("avg:")]
        word = ("average " if k.startswith("avg:") else "") + label[0].lower() + label[1:]
        out += (" − " if key.startswith("-") else " + " if i else "") + word
    return f"({out})" if len(keys) > 1 else out


def formula(name: str) -> str:
    """The ratio's definition in words."""
    top, bottom, mult, _ = RATIOS[name]
    return f"{name} = {_words(top)} ÷ {_words(bottom)}" + (f" × {mult:g}" if mult != 1 else "")


def shown(name: str, value: float) -> tuple[float, str]:
    """The value rounded as displayed, and its display."""
    kind = RATIOS[name][3]
    if kind == "pct":
        return round(value, 4), pct(round(value, 4))
    if kind == "days":
        return round(value, 1), num(round(value, 1), 1)
    return round(value, 2), num(round(value, 2), 2)


def _params(cur: Year, prev: Year, **extra: Any) -> dict[str, Any]:
    return {"current": cur, "prior": prev, **extra}


def t_ratio_single(rng: random.Random) -> Draft:
    """One ratio from a two-year statement."""
    co = rng.choice(COMPANIES)
    cur, prev, year = statements(rng)
    name = rng.choice(sorted(RATIOS))
    value, work = ratio(name, cur, prev)
    ans, disp = shown(name, value)
    q = ask(rng, (
        "Using {cop} statements below, compute its {year} {r}.",
        "What is the {r} for {year}? (Figures in $ thousands; use averages of the two year-ends where a balance is "
        "averaged.)",
        "From this data, calculate {co}'s {r} for {year}.",
    ), co=co, cop=possessive(co), year=year, r=name)
    unit = " days" if RATIOS[name][3] == "days" else "×" if RATIOS[name][3] == "x" else ""
    lines = [formula(name).capitalize(), f"= {work}", f"= {disp}{unit}", "", f"Answer: {disp}"]
    return Draft(q, "\n".join(lines), "financial_ratios", "easy", "accounting_ratios.ratio_single",
                 _params(cur, prev, ratio=name, format=RATIOS[name][3], answer=ans),
                 input=statement_table(cur, prev, year))


def t_ratio_set(rng: random.Random) -> Draft:
    """A group of three ratios (liquidity, profitability, efficiency, leverage or returns) with a comment."""
    co = rng.choice(COMPANIES)
    cur, prev, year = statements(rng)
    group = rng.choice(sorted(GROUPS))
    names = GROUPS[group]
    res = [(n, *ratio(n, cur, prev)) for n in names]
    head = names[-1]
    ans, disp = shown(head, res[-1][1])
    q = ask(rng, (
        "Compute {cop} {g} ratios for {year}: {a}, {b} and {c}. What is the {c}?",
        "{g} analysis for {co} ({year}): calculate the {a}, the {b} and the {c} from the statements below.",
        "I need {co}'s {year} {a}, {b} and {c} (a {g} check). Show the work; the {c} is the one I report.",
    ), co=co, cop=possessive(co), g=group, year=year, a=names[0], b=names[1], c=names[2])
    lines = []
    for n, v, work in res:
        lines.append(f"{formula(n).capitalize()}: {work} = {shown(n, v)[1]}")
    prior = [shown(n, ratio(n, prev, prev)[0])[1] for n in names]
    lines += ["", f"For comparison, {year - 1} (year-end balances only): " + ", ".join(
        f"{n} {p}" for n, p in zip(names, prior, strict=True)), "", f"Answer: {disp}"]
    return Draft(q, "\n".join(lines), "financial_ratios", "medium", "accounting_ratios.ratio_set",
                 _params(cur, prev, ratio=head, format=RATIOS[head][3], answer=ans),
                 input=statement_table(cur, prev, year))


def dupont(y: Year) -> dict[str, float]:
    """DuPont components on year-end balances: margin, turnover, multiplier, tax and interest burden, EBIT margin."""
    return {"margin": y["ni"] / y["rev"], "turnover": y["rev"] / y["ta"], "multiplier": y["ta"] / y["eq"],
            "tax_burden": y["ni"] / y["ebt"], "interest_burden": y["ebt"] / y["ebit"], "ebit_margin": y["ebit"] /
            y["rev"], "roe": y["ni"] / y["eq"]}


def _lower(text: str) -> str:
    return text if text[:2].isupper() else text[0].lower() + text[1:]


def t_ratio_dupont(rng: random.Random) -> Draft:
    """DuPont analysis for two years (3- or 5-step) and which component drove the change in ROE."""
    co = rng.choice(COMPANIES)
    cur, prev, year = statements(rng)
    five = rng.random() < 0.4
    a, b = dupont(cur), dupont(prev)
    keys = (("tax_burden", "interest_burden", "ebit_margin", "turnover", "multiplier") if five else
            ("margin", "turnover", "multiplier"))
    names = {"margin": "Net margin (NI ÷ revenue)", "turnover": "Asset turnover (revenue ÷ assets)",
             "multiplier": "Equity multiplier (assets ÷ equity)", "tax_burden": "Tax burden (NI ÷ EBT)",
             "interest_burden": "Interest burden (EBT ÷ EBIT)", "ebit_margin": "EBIT margin (EBIT ÷ revenue)"}
    rows = [(names[k], f"{b[k]:.4f}", f"{a[k]:.4f}", f"{a[k] / b[k] - 1:+.1%}") for k in keys]
    rows.append(("ROE (product)", pct(b["roe"]), pct(a["roe"]), f"{a['roe'] - b['roe']:+.2%} pts"))
    driver = max(keys, key=lambda k: abs(a[k] / b[k] - 1))
    ans = round(a["roe"], 4)
    q = ask(rng, (
        "Run a {s}-step DuPont analysis of {co} for {y0} and {y1} using year-end balances. What is {y1} ROE, and "
        "which component explains most of the change?",
        "Decompose {cop} return on equity ({s}-step DuPont, year-end figures) for both years below and identify the "
        "main driver of the change.",
    ), s=5 if five else 3, co=co, cop=possessive(co), y0=year - 1, y1=year)
    lines = [("ROE = tax burden × interest burden × EBIT margin × asset turnover × equity multiplier" if five else
              "ROE = net margin × asset turnover × equity multiplier"), "",
             table(("Component", str(year - 1), str(year), "Change"), rows), "",
             f"Check: {' × '.join(f'{a[k]:.4f}' for k in keys)} = {pct(a['roe'])} = NI ÷ equity = "
             f"{num(cur['ni'], 0)} ÷ {num(cur['eq'], 0)}.",
             f"Largest relative move: {_lower(names[driver].split(' (')[0])}"
             f" ({a[driver] / b[driver] - 1:+.1%}), "
             f"so it explains most of ROE's {'rise' if a['roe'] >= b['roe'] else 'fall'}.", "", f"Answer: {pct(ans)}"]
    return Draft(q, "\n".join(lines), "financial_ratios", "hard", "accounting_ratios.ratio_dupont",
                 _params(cur, prev, steps=5 if five else 3, format="pct", answer=ans),
                 input=statement_table(cur, prev, year))


TEMPLATES: list[tuple[Template, float]] = [(t_ratio_single, 2.0), (t_ratio_set, 1.3), (t_ratio_dupont, 1.5)]
