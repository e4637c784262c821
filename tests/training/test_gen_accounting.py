"""The accounting generators (training.data.gen.accounting and the modules it assembles): every template's answer is
recomputed here independently from its params (numpy-financial, closed forms where the module loops, or a different
walk through the data), the formatted answer is the output's last line, every journal entry balances, and
hand-worked textbook examples pin each formula."""

from __future__ import annotations

import json
import math
import random
import re
from collections.abc import Callable
from typing import Any

import numpy_financial as npf
import pytest

from training.data.domains import DOMAIN_BY_NAME, TIERS
from training.data.gen import accounting
from training.data.gen.accounting import lease_liability, liability_schedule
from training.data.gen.accounting_depreciation import (
    MACRS,
    ddb_book_values,
    partial_years,
    shown,
    sl_book_values,
    syd_book_values,
)
from training.data.gen.accounting_gaap_ifrs import impairments
from training.data.gen.accounting_inventory import periodic_cogs, perpetual
from training.data.gen.accounting_ratios import ratio
from training.data.gen.accounting_revenue import allocate
from training.data.gen.common import money, num, pct

from ._gen_checks import check_tier_mix_and_domains, check_uniqueness_and_speed

P = dict[str, Any]
TEMPLATES = accounting.TEMPLATES
MACRS_PUB946 = {5: (20.0, 32.0, 19.2, 11.52, 11.52, 5.76),
                7: (14.29, 24.49, 17.49, 12.49, 8.93, 8.92, 8.93, 4.46)}  # percent, restated from IRS Pub. 946


# ---------------------------------------------------------------------------------------------- depreciation

def ddb_closed(cost: float, salvage: float, life: int, switch: bool) -> list[float]:
    """DDB book values in closed form: C(1 − 2/n)^k floored at salvage; with the switch, straight-line from the first
    year whose SL amount on the remaining base is at least the DDB amount; the last year ends at salvage."""
    d = 2 / life
    bv = [cost * (1 - d) ** k for k in range(life + 1)]
    out = [max(salvage, b) for b in bv[1:life]] + [salvage]
    if switch:
        for k in range(1, life + 1):  # year k starts at bv[k-1]
            if bv[k - 1] > salvage and (bv[k - 1] - salvage) / (life - k + 1) > bv[k - 1] * d:
                start = bv[k - 1]
                out[k - 1:] = [start - (start - salvage) * j / (life - k + 1) for j in range(1, life - k + 2)]
                break
    return out


def _syd_exp(p: P, k: int) -> float:
    return (p["cost"] - p["salvage"]) * (p["life"] - k + 1) / sum(range(1, p["life"] + 1))


def _sl(p: P) -> float:
    annual = (p["cost"] - p["salvage"]) / p["life"]
    return {"annual": annual, "book value": p["cost"] - annual * p["year"], "accumulated": annual * p["year"]}[
        p["asked"]]


def _syd(p: P) -> float:
    if p["asked"] == "expense":
        return _syd_exp(p, p["year"])
    return p["cost"] - sum(_syd_exp(p, k) for k in range(1, p["year"] + 1))


def _partial(p: P) -> float:
    c, s, n, f = p["cost"], p["salvage"], p["life"], p["months"] / 12
    if p["method"] == "straight-line":
        y = [(c - s) / n * f, (c - s) / n]
    elif p["method"] == "double-declining-balance":
        first = min(c * 2 / n * f, c - s)
        y = [first, min((c - first) * 2 / n, c - first - s)]
    else:
        a1, a2 = _syd_exp(p, 1), _syd_exp(p, 2)
        y = [a1 * f, a1 * (1 - f) + a2 * f]
    return y[p["fiscal_year"] - 1]


def _ddb(p: P) -> float:
    bv = [p["cost"], *ddb_closed(p["cost"], p["salvage"], p["life"], p["switch"])]
    return bv[p["year"] - 1] - bv[p["year"]]


def _dep_compare(p: P) -> float:
    c, s, n, k = p["cost"], p["salvage"], p["life"], p["years"]
    syd = sum(_syd_exp(p, j) for j in range(1, k + 1))
    return max(k * (c - s) / n, syd, c - ddb_closed(c, s, n, True)[k - 1])


def _book_tax(p: P) -> float:
    k, c = p["year"], p["cost"]
    tax = c * sum(MACRS_PUB946[p["macrs_class"]][:k]) / 100
    book = (c - p["salvage"]) * min(k, p["life"]) / p["life"]
    return (tax - book) * p["tax_rate"]


# ---------------------------------------------------------------------------------------------- entries

def _adj_amount(p: P) -> float:
    kind = p["kind"]
    if kind.startswith("interest"):
        return p["principal"] * p["rate"] * p["months"] / 12
    return {"wages": lambda: p["weekly"] * p["days"] / 5,
            "depreciation": lambda: (p["cost"] - p["salvage"]) * p["months"] / (12 * p["life"]),
            "prepaid": lambda: p["paid"] * p["used"] / p["term"], "unearned": lambda: p["paid"] * p["used"] / p["term"],
            "supplies": lambda: p["beginning"] + p["purchased"] - p["on_hand"],
            "accrued_revenue": lambda: p["amount"]}[kind]()


def _prepaid(p: P) -> float:
    amt = _adj_amount(p)
    if p["asked"] == "adjustment":
        return amt
    return p["on_hand"] if p["kind"] == "supplies" else p["paid"] - amt


def _bad_debt(p: P) -> float:
    if p["method"] == "sales":
        return p["credit_sales"] * p["rate"]
    return sum(a * r for a, r in p["buckets"]) - p["existing"]


def _disposal(p: P) -> float:
    acc = (p["cost"] - p["salvage"]) / p["life"] * (p["years_held"] + (p["sale_month"] - 1) / 12)
    return p["proceeds"] - (p["cost"] - acc)


def _adjusting(p: P) -> float:
    up = {"interest_receivable", "unearned", "accrued_revenue"}
    return p["unadjusted"] + sum(_adj_amount(i) * (1 if i["kind"] in up else -1) for i in p["items"])


# ---------------------------------------------------------------------------------------------- inventory

def ending_cost(layers: list[list[float]], left: int, newest: bool) -> float:
    """Cost of the ``left`` units still on hand, taken from the newest (FIFO) or oldest (LIFO) layers."""
    total, order = 0.0, (reversed(layers) if newest else layers)
    for units, cost in order:
        take = min(left, units)
        total += take * cost
        left -= int(take)
    return total


def cogs_by_ending(layers: list[list[float]], sold: int, method: str) -> float:
    gafs, units = sum(u * c for u, c in layers), sum(u for u, _ in layers)
    if method == "weighted average":
        return gafs - (units - sold) * gafs / units
    return gafs - ending_cost(layers, int(units - sold), newest=method == "FIFO")


def _periodic(p: P) -> float:
    cogs = cogs_by_ending(p["layers"], p["sold"], p["method"])
    return cogs if p["asked"] == "cost of goods sold" else sum(u * c for u, c in p["layers"]) - cogs


def _perpetual(p: P) -> float:
    bought = [(u, c) for k, u, c in p["events"] if k == "buy"]
    sold = sum(u for k, u, _ in p["events"] if k == "sell")
    if p["method"] == "FIFO":  # perpetual FIFO = periodic FIFO
        cogs = cogs_by_ending([list(b) for b in bought], sold, "FIFO")
    elif p["method"] == "LIFO":  # a unit-by-unit stack
        stack: list[float] = []
        cogs = 0.0
        for kind, units, cost in p["events"]:
            if kind == "buy":
                stack.extend([cost] * units)
            else:
                cogs += sum(stack[-units:])
                del stack[-units:]
    else:
        qty = val = cogs = 0.0
        for kind, units, cost in p["events"]:
            if kind == "buy":
                qty, val = qty + units, val + units * cost
            else:
                part = val * units / qty
                cogs, qty, val = cogs + part, qty - units, val - part
    return cogs if p["asked"] == "cost of goods sold" else sum(u * c for u, c in bought) - cogs


def _gross_profit(p: P) -> float:
    est = p["beginning"] + p["purchases"] - p["sales"] * (1 - p["gp_rate"])
    return est - p["salvage"] if p["asked"] == "loss" else est


# ---------------------------------------------------------------------------------------------- GAAP / IFRS

def _lifo(p: P) -> float:
    d = p["reserve_end"] - p["reserve_begin"]
    return {"cogs": p["cogs_lifo"] - d, "inventory": p["inventory_lifo"] + p["reserve_end"],
            "net income": d * (1 - p["tax_rate"])}[p["asked"]]


def _impairment(p: P) -> float:
    viu = npf.pv(p["rate"], p["years"], -p["cash_flow"])
    gaap = p["carrying"] - p["fair_value"] if p["cash_flow"] * p["years"] < p["carrying"] else 0.0
    ifrs = max(0.0, p["carrying"] - max(p["fair_value"] - p["costs_to_sell"], viu))
    return abs(ifrs - max(0.0, gaap))


def _reconcile(p: P) -> float:
    dev = p["capitalized"] * (1 - p["months_in_use"] / (12 * p["life"]))
    pre = p["reserve_end"] - p["reserve_begin"] + p["reversal"] + dev
    return p["net_income"] + pre * (1 - p["tax_rate"])


# ---------------------------------------------------------------------------------------------- ratios, statements

RATIO_DEFS: dict[str, Callable[[P, P], float]] = {
    "current ratio": lambda c, p: c["ca"] / c["cl"],
    "quick ratio": lambda c, p: (c["cash"] + c["sti"] + c["ar"]) / c["cl"],
    "cash ratio": lambda c, p: (c["cash"] + c["sti"]) / c["cl"],
    "debt-to-equity ratio": lambda c, p: c["tl"] / c["eq"], "debt ratio": lambda c, p: c["tl"] / c["ta"],
    "interest coverage": lambda c, p: c["ebit"] / c["interest"],
    "gross margin": lambda c, p: 1 - c["cogs"] / c["rev"], "operating margin": lambda c, p: c["ebit"] / c["rev"],
    "net profit margin": lambda c, p: c["ni"] / c["rev"],
    "return on assets": lambda c, p: 2 * c["ni"] / (c["ta"] + p["ta"]),
    "return on equity": lambda c, p: 2 * c["ni"] / (c["eq"] + p["eq"]),
    "inventory turnover": lambda c, p: 2 * c["cogs"] / (c["inv"] + p["inv"]),
    "days sales outstanding": lambda c, p: 365 * (c["ar"] + p["ar"]) / 2 / c["rev"],
    "receivables turnover": lambda c, p: 2 * c["rev"] / (c["ar"] + p["ar"]),
    "asset turnover": lambda c, p: 2 * c["rev"] / (c["ta"] + p["ta"]),
}


def _ratio(p: P) -> float:
    if "ratio" not in p:  # DuPont: ROE on year-end equity
        return p["current"]["ni"] / p["current"]["eq"]
    return RATIO_DEFS[p["ratio"]](p["current"], p["prior"])


def _retained(p: P) -> float:
    return {"ending": p["beginning"] + p["net_income"] - p["dividends"], "net income": p["net_income"],
            "dividends": p["beginning"] + p["net_income"] - p["ending"]}[p["asked"]]


def _income(p: P) -> float:
    net = p["gross_sales"] - p["returns"] - p["discounts"]
    op = net - p["cogs"] - p["selling"] - p["admin"] - p["depreciation"]
    ebt = op + p["other"] - p["interest"]
    return {"gross profit": net - p["cogs"], "operating income": op, "net income": ebt * (1 - p["tax_rate"])}[
        p["asked"]]


def _cfo(p: P) -> float:
    wc = sum(sign * (end - beg) for sign, beg, end in p["balances"])
    return p["net_income"] + p["depreciation"] + p["amortization"] - p["gain"] - wc


def _year_close(p: P) -> float:
    cogs = cogs_by_ending(p["layers"], p["sold"], "FIFO")
    dep = p["equip_cost"] / p["life"] * (13 - p["month"]) / 12
    ebt = (p["sold"] * p["price"] - cogs - p["opex"] - dep - p["old_dep"] - p["wages"]
           - p["note"] * p["rate"] * p["months"] / 12)
    return ebt * (1 - p["tax_rate"])


# ---------------------------------------------------------------------------------------------- revenue, leases

def _alloc(p: P, k: int) -> float:
    total = sum(p["ssp"])
    if k < len(p["ssp"]) - 1:
        return round(p["price"] * p["ssp"][k] / total, 2)
    return p["price"] - sum(round(p["price"] * s / total, 2) for s in p["ssp"][:-1])


def _ev(p: P) -> float:
    if p["method"] == "most likely amount":
        return p["fee"] + max(p["outcomes"], key=lambda o: o[1])[0]
    return p["fee"] + sum(a * q for a, q in p["outcomes"])


def _over_time(p: P) -> float:
    r2 = p["price"] * ((p["cost1"] + p["cost2"]) / p["est2"] - p["cost1"] / p["est1"])
    return r2 if p["asked"] == "revenue" else r2 - p["cost2"]


def _bundle(p: P) -> float:
    months = min(p["term"], 13 - p["start_month"])
    return (_alloc(p, 0) + (_alloc(p, 1) if p["training_month"] <= 12 else 0.0)
            + _alloc(p, 2) * months / p["term"])


def _multi_year(p: P) -> float:
    return _alloc(p, 1) * (1 - p["cost1"] / p["est_cost"]) + _alloc(p, 2) / 3


def _lease_pv(p: P) -> float:
    return npf.pv(p["rate"] / p["per_year"], p["years"] * p["per_year"], -p["payment"],
                  when="begin" if p["advance"] else "end")


def _lease_year1(p: P) -> float:
    liab = npf.pv(p["rate"], p["years"], -p["payment"], when="begin" if p["advance"] else "end")
    interest = p["rate"] * (liab - p["payment"] if p["advance"] else liab)
    return interest + (liab + p["idc"] - p["incentive"]) / p["years"]


def _lease_compare(p: P) -> float:
    liab = npf.pv(p["rate"], p["years"], -p["payment"])
    return p["rate"] * liab + liab / p["years"] - p["payment"]


CHECKS: dict[str, Callable[[P], float]] = {
    "dep_straight_line": _sl, "dep_units": lambda p: (p["cost"] - p["salvage"]) * p["units"] / p["total_units"],
    "dep_syd_year": _syd, "dep_partial_year": _partial, "dep_ddb_schedule": _ddb, "dep_compare": _dep_compare,
    "dep_book_tax": _book_tax,
    "je_accrual": _adj_amount, "je_prepaid": _prepaid, "je_bad_debt": _bad_debt, "je_disposal": _disposal,
    "je_adjusting_set": _adjusting,
    "inv_gross_profit": _gross_profit, "inv_periodic": _periodic, "inv_perpetual": _perpetual,
    "inv_compare_tax": lambda p: abs(cogs_by_ending(p["layers"], p["sold"], "LIFO")
                                     - cogs_by_ending(p["layers"], p["sold"], "FIFO")) * p["tax_rate"],
    "inv_lcnrv": lambda p: sum(q * max(0.0, c - (sp - sc)) for q, c, sp, sc in p["items"]),
    "gi_lifo_restate": _lifo, "gi_impairment": _impairment, "gi_reconciliation": _reconcile,
    "gi_writedown_reversal": lambda p: (min(p["cost"], p["nrv2"]) - (p["nrv1"] if p["asked"] == "difference" else 0))
    * p["units"],
    "gi_dev_costs": lambda p: p["capitalized"] * (1 - p["months_in_use"] / (12 * p["life"])),
    "ratio_single": _ratio, "ratio_set": _ratio, "ratio_dupont": _ratio,
    "fs_retained_earnings": _retained, "fs_income_statement": _income, "fs_cash_flow_indirect": _cfo,
    "fs_year_close": _year_close,
    "rev_expected_value": _ev, "rev_ssp_allocation": lambda p: _alloc(p, p["index"]), "rev_over_time": _over_time,
    "rev_bundle_schedule": _bundle, "rev_multi_year": _multi_year,
    "lease_liability": _lease_pv, "lease_finance_year1": _lease_year1, "lease_compare": _lease_compare,
}
FORMATS: dict[str, tuple[Callable[[float], str], float]] = {
    "money": (money, 0.011), "x": (lambda v: num(v, 2), 0.005), "pct": (pct, 0.00005), "days": (lambda v: num(v, 1),
                                                                                                  0.05)}
_CELL = re.compile(r"^-?\$[\d,]+\.\d\d$")


def _amount(cell: str) -> float:
    cell = cell.strip()
    return float(cell.replace("$", "").replace(",", "")) if _CELL.match(cell) else 0.0


def journal_totals(output: str) -> list[tuple[float, float]]:
    """(debits, credits) of every Markdown table with Debit and Credit columns."""
    out, cols = [], None
    for line in [*output.splitlines(), ""]:
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.startswith("|") else None
        if cells and "Debit" in cells and "Credit" in cells:
            cols, dr, cr = (cells.index("Debit"), cells.index("Credit")), 0.0, 0.0
        elif cells and cols and not set(line) <= set("|-"):
            dr, cr = dr + _amount(cells[cols[0]]), cr + _amount(cells[cols[1]])
        elif not cells and cols:
            out.append((dr, cr))
            cols = None
    return out


def _check_draft(draft: Any) -> None:
    module, name = draft.template.split(".")
    assert module.startswith("accounting")
    assert DOMAIN_BY_NAME[draft.domain].category == "accounting"
    assert draft.difficulty in TIERS
    json.dumps(draft.params)
    assert len(draft.output) <= 1800, (draft.template, len(draft.output))
    fmt, tol = FORMATS[draft.params.get("format", "money")]
    answer = draft.params["answer"]
    assert draft.output.rstrip().splitlines()[-1] == f"Answer: {fmt(answer)}"
    expected = CHECKS[name](draft.params)
    assert abs(answer - expected) <= max(tol, 1e-6 * abs(expected)), (draft.template, answer, expected, draft.params)
    for dr, cr in journal_totals(draft.output):
        assert dr == pytest.approx(cr, abs=0.005) and dr > 0, (draft.template, dr, cr)


@pytest.mark.parametrize("template", [t for t, _ in TEMPLATES], ids=lambda t: t.__name__)
def test_template_answers_recomputed(template: Callable[[random.Random], Any]) -> None:
    for seed in range(25):
        _check_draft(template(random.Random(seed)))


def test_every_template_has_an_independent_check() -> None:
    names = {t.__name__.removeprefix("t_") for t, _ in TEMPLATES}
    assert names == set(CHECKS), names ^ set(CHECKS)


def test_uniqueness_and_speed() -> None:
    check_uniqueness_and_speed(TEMPLATES)


def test_tier_mix_and_domains() -> None:
    check_tier_mix_and_domains(TEMPLATES, [
        "depreciation", "inventory_valuation", "financial_statements", "journal_entries",
        "revenue_recognition", "lease_accounting", "gaap_ifrs", "financial_ratios",
    ])


# ---------------------------------------------------------------------------------------------- textbook examples

def test_depreciation_examples() -> None:
    # DDB, $10,000, 5 years, $1,000 salvage: 4,000, 2,400, 1,440, 864, then 296 (floored at salvage).
    deps = [d for _, d, _ in shown(10000, ddb_book_values(10000, 1000, 5, False))]
    assert deps == [4000, 2400, 1440, 864, 296]
    assert [round(b, 2) for b in ddb_closed(10000, 1000, 5, False)] == [6000, 3600, 2160, 1296, 1000]
    # No salvage, with the switch: year 4 SL on 2,160 over 2 years = 1,080 > DDB 864.
    assert [d for _, d, _ in shown(10000, ddb_book_values(10000, 0, 5, True))] == [4000, 2400, 1440, 1080, 1080]
    # SL $10,000, $1,000 salvage, 5 years: 1,800 a year. SYD $50,000, $5,000, 5 years: 15,000 ... 3,000.
    assert [d for _, d, _ in shown(10000, sl_book_values(10000, 1000, 5))] == [1800] * 5
    assert [d for _, d, _ in shown(50000, syd_book_values(50000, 5000, 5))] == [15000, 12000, 9000, 6000, 3000]
    # Units of production: ($100,000 − $10,000) ÷ 300,000 miles = $0.30/mile; 60,000 miles → $18,000.
    assert CHECKS["dep_units"]({"cost": 100000, "salvage": 10000, "total_units": 300000, "units": 60000}) == 18000
    # In service April 1 (9 months), $12,000, no salvage, 5 years: SL 1,800 then 2,400; DDB 3,600 then 3,360.
    assert partial_years("straight-line", 12000, 0, 5, 9) == pytest.approx((1800, 2400))
    assert partial_years("double-declining-balance", 12000, 0, 5, 9) == pytest.approx((3600, 3360))
    # SYD, $15,000, 5 years, 6 months: asset-year 1 = 5,000, 2 = 4,000 → 2,500, then 2,500 + 2,000 = 4,500.
    assert partial_years("sum-of-years'-digits", 15000, 0, 5, 6) == pytest.approx((2500, 4500))
    # MACRS 5-year on $10,000: 2,000, 3,200, 1,920, 1,152, 1,152, 576 (Pub. 946 Table A-1).
    assert [round(10000 * r, 2) for r in MACRS[5]] == [2000, 3200, 1920, 1152, 1152, 576]
    assert [round(r * 100, 2) for r in MACRS[7]] == list(MACRS_PUB946[7])


def test_inventory_examples() -> None:
    # BI 100 @ $10, buys 200 @ $12 and 100 @ $14, 250 sold: FIFO 2,800, LIFO 3,200, average 3,000 (GAFS 4,800).
    layers = [("BI", 100, 10.0), ("P1", 200, 12.0), ("P2", 100, 14.0)]
    assert periodic_cogs(layers, 250, "FIFO") == 2800
    assert periodic_cogs(layers, 250, "LIFO") == 3200
    assert periodic_cogs(layers, 250, "weighted average") == pytest.approx(3000)
    assert cogs_by_ending([[u, c] for _, u, c in layers], 250, "LIFO") == 3200
    # Perpetual: BI 100 @ 10, sell 80, buy 100 @ 12, sell 70. LIFO: 800 + 840 = 1,640 (periodic LIFO would be 1,700);
    # moving average: 800, then 120 units at 1,400 → 70 × 11.6667 = 816.67; total 1,616.67.
    events = [("buy", 100, 10.0), ("sell", 80, 0.0), ("buy", 100, 12.0), ("sell", 70, 0.0)]
    assert perpetual(events, "LIFO") == [800, 840]
    assert sum(perpetual(events, "moving average")) == pytest.approx(1616.67, abs=0.005)
    assert sum(perpetual(events, "FIFO")) == 800 + 20 * 10 + 50 * 12
    # Gross-profit method: 60,000 + 200,000 − 250,000 × 70% = 85,000.
    assert _gross_profit({"beginning": 60000, "purchases": 200000, "sales": 250000, "gp_rate": 0.3, "salvage": 0,
                          "asked": "inventory"}) == pytest.approx(85000)


def test_gaap_ifrs_examples() -> None:
    # LIFO COGS 500,000 with the reserve rising 40,000 → 55,000: FIFO COGS 485,000.
    assert _lifo({"cogs_lifo": 500000, "inventory_lifo": 0, "reserve_begin": 40000, "reserve_end": 55000,
                  "tax_rate": 0.25, "asked": "cogs"}) == 485000
    # CA 1,000,000; 300,000 a year for 3 years at 10% (VIU 746,055.60); FV 750,000 less 20,000 to sell.
    # GAAP: 900,000 undiscounted < CA → loss 1,000,000 − 750,000 = 250,000. IFRS: 1,000,000 − 746,055.60.
    viu, gaap, ifrs = impairments(1000000, 300000, 3, 0.10, 750000, 20000)
    assert viu == pytest.approx(746055.60, abs=0.01)
    assert (gaap, ifrs) == (250000, pytest.approx(253944.40, abs=0.01))


def test_ratio_example() -> None:
    cur = {"ca": 200.0, "cl": 100.0, "cash": 30.0, "sti": 10.0, "ar": 40.0, "ni": 12.0, "ta": 220.0, "rev": 240.0}
    prev = {**cur, "ta": 180.0, "ar": 20.0}
    assert ratio("current ratio", cur, prev)[0] == 2.0
    assert ratio("quick ratio", cur, prev)[0] == pytest.approx(0.8)
    assert ratio("return on assets", cur, prev)[0] == pytest.approx(0.06)  # 12 ÷ ((220 + 180) ÷ 2)
    assert ratio("days sales outstanding", cur, prev)[0] == pytest.approx(45.625)  # 30 ÷ 240 × 365


def test_revenue_and_lease_examples() -> None:
    # $100,000 bundle, SSPs 60,000 / 40,000 / 20,000: 50,000 / 33,333.33 / 16,666.67.
    assert allocate(100000, [60000, 40000, 20000]) == [50000, 33333.33, 16666.67]
    # $10,000 a year for 5 years at 5%: 43,294.77 in arrears, 45,459.51 in advance; year-1 interest 2,164.74,
    # amortization 8,658.95, total 10,823.69.
    assert lease_liability(10000, 0.05, 5, 1, False) == pytest.approx(43294.77)
    assert lease_liability(10000, 0.05, 5, 1, True) == pytest.approx(45459.51)
    first = liability_schedule(43294.77, 10000, 0.05, 5, False)[0]
    assert first[2] == pytest.approx(2164.74, abs=0.005)
    assert first[2] + 43294.77 / 5 == pytest.approx(10823.69, abs=0.01)
    assert math.isclose(liability_schedule(43294.77, 10000, 0.05, 5, False)[-1][3], 0, abs_tol=0.01)
