"""Portfolio, valuation and corporate-finance templates: answers recomputed with numpy / numpy-financial or a
differently written formula, plus textbook examples (bond price, Macaulay duration, DDM, NPV/IRR, payback, WACC)."""

from __future__ import annotations

import math
import random
from collections.abc import Callable

import numpy as np
import numpy_financial as npf
import pytest

from tests.training._markets_ref import P, close, draws
from training.data.gen import corporate, portfolio, valuation

BREAKPOINTS = ((50_000, 0.0575), (100_000, 0.045), (250_000, 0.035), (500_000, 0.025), (1_000_000, 0.02))


def _rebalance(p: P) -> float:
    i = p["assets"].index(p["asked"])
    return p["targets"][i] * sum(p["values"]) - p["values"][i]


def _bands(p: P) -> float:
    total = sum(p["values"]) + p["cash"]
    return float(np.clip(np.array(p["values"]) - np.array(p["targets"]) * total, 0, None).sum())


def _scenarios(p: P) -> float:
    pr, r = np.array(p["probs"]), np.array(p["returns"])
    mean = float(pr @ r)
    return math.sqrt(float(pr @ (r - mean) ** 2)) if p["want"] == "sd" else mean


def _two_asset(p: P) -> float:
    cov = np.array([[p["s1"] ** 2, p["rho"] * p["s1"] * p["s2"]], [p["rho"] * p["s1"] * p["s2"], p["s2"] ** 2]])
    if p["minvar"]:
        ones = np.ones(2)
        w = np.linalg.solve(cov, ones) / (ones @ np.linalg.solve(cov, ones))  # global minimum-variance weights
        assert close(w[0], p["w"], cents=False) or abs(w[0] - p["w"]) < 1e-6
        return math.sqrt(float(w @ cov @ w))
    w = np.array([p["w"], 1 - p["w"]])
    return (float(w @ np.array([p["e1"], p["e2"]])) - p["rf"]) / math.sqrt(float(w @ cov @ w))


def _capm(p: P) -> float:
    required = p["rf"] + p["beta"] * (p["rm"] - p["rf"])
    return {"capm": required, "sharpe": (p["rp"] - p["rf"]) / p["sd"], "treynor": (p["rp"] - p["rf"]) / p["beta"],
            "alpha": p["rp"] - required}[p["kind"]]


def _historical(p: P) -> float:
    r = np.vstack([p["r1"], p["r2"]])
    w = np.array([p["w"], 1 - p["w"]])
    assert close(p["mean"], 12 * float(w @ r.mean(axis=1)), places=2)
    return math.sqrt(12 * float(w @ np.cov(r) @ w))


def _bond_price(p: P) -> float:
    m = p["m"]
    return float(npf.pv(p["ytm"] / m, p["years"] * m, -p["face"] * p["coupon"] / m, -p["face"]))


def _bond_yield(p: P) -> float:
    m = p["m"]
    return float(npf.rate(p["years"] * m, 1_000 * p["coupon"] / m, -p["price"], 1_000)) * m


def _duration(p: P) -> float:
    m, y = p["m"], p["ytm"] / p["m"]
    k = np.arange(1, p["years"] * m + 1)
    cf = np.full(k.shape, 1_000 * p["coupon"] / m)
    cf[-1] += 1_000
    pv = cf / (1 + y) ** k
    mac = float((k / m) @ pv) / pv.sum()
    assert abs(mac - p["macaulay"]) < 1e-4 + 1e-9
    return -mac / (1 + y) * p["shock"] * float(pv.sum())


def _gordon(p: P) -> float:
    if p["capm"]:
        r = p["rf"] + p["beta"] * p["mrp"]
        return p["d0"] * (1 + p["g"]) / (r - p["g"])
    return round(p["d0"] * (1 + p["g"]), 2) / (p["r"] - p["g"])


def _pe(p: P) -> float:
    return p["eps"] / p["price"] if p["kind"] == "yield" else p["payout"] / (p["r"] - p["g"])


def _two_stage(p: P) -> float:
    divs = [p["d0"] * (1 + p["g1"]) ** t for t in range(1, p["n"] + 1)]
    divs[-1] += divs[-1] * (1 + p["g2"]) / (p["r"] - p["g2"])  # terminal value joins the last dividend
    return float(npf.npv(p["r"], [0.0, *divs]))


def _expense(p: P) -> float:
    def fv(er: float) -> float:
        return float(npf.fv(p["gross"] - er, p["years"], -p["contribution"], -p["amount"]))
    return fv(p["cheap"]) - fv(p["dear"])


def _nav(p: P) -> float:
    return p["price"] / round((p["assets"] - p["liabilities"]) / p["shares"], 2) - 1


def _share_classes(p: P) -> float:
    load = next((rate for top, rate in BREAKPOINTS if p["amount"] < top), 0.0)
    assert load == p["load"]
    fv_a = float(npf.fv(p["gross"] - p["er_a"], p["years"], 0, -p["amount"] * (1 - load)))
    return fv_a - float(npf.fv(p["gross"] - p["er_c"], p["years"], 0, -p["amount"]))


def _npv_irr(p: P) -> float:
    assert abs(float(npf.irr(p["flows"])) - p["irr"]) < 6e-5
    return float(npf.npv(p["rate"], p["flows"]))


def _payback(p: P) -> float:
    pv = np.array(p["flows"]) / (1 + p["rate"]) ** np.arange(len(p["flows"]))
    cum = np.cumsum(pv)
    hits = np.nonzero(cum >= 0)[0]
    if not len(hits):
        return -1.0
    k = int(hits[0])
    return k - 1 + -cum[k - 1] / pv[k]


def _eac(p: P) -> float:
    r = p["rate"]
    costs = [float(npf.pmt(r, life, -(price + npf.pv(r, life, -upkeep)))) for _, life, price, upkeep in p["machines"]]
    return abs(costs[0] - costs[1])


def _choice(p: P) -> float:
    for key in ("a", "b"):
        assert abs(float(npf.irr(p[f"flows_{key}"])) - p[f"irr_{key}"]) < 6e-5
    best = max(float(npf.npv(p["rate"], p["flows_a"])), float(npf.npv(p["rate"], p["flows_b"])))
    return max(best, 0.0)


def _wacc(p: P) -> float:
    ke = p["rf"] + p["beta"] * p["mrp"]
    return ke if "wd" not in p else (1 - p["wd"]) * ke + p["wd"] * p["kd"] * (1 - p["tax"])


def _wacc_market(p: P) -> float:
    e, d = p["shares"] * p["price"], p["bonds"] * p["quote"] * 10
    kd = float(npf.rate(p["years"] * 2, p["coupon"] * 500, -p["quote"] * 10, 1_000)) * 2
    return (e * (p["rf"] + p["beta"] * p["mrp"]) + d * kd * (1 - p["tax"])) / (e + d)


CHECKS: dict[str, Callable[[P], float]] = {
    "portfolio.rebalance": _rebalance, "portfolio.rebalance_bands": _bands, "portfolio.scenarios": _scenarios,
    "portfolio.two_asset": _two_asset, "portfolio.capm_measures": _capm, "portfolio.historical": _historical,
    "valuation.bond_price": _bond_price, "valuation.bond_yield": _bond_yield, "valuation.duration": _duration,
    "valuation.gordon": _gordon, "valuation.pe": _pe, "valuation.two_stage": _two_stage,
    "valuation.expense_drag": _expense, "valuation.nav": _nav, "valuation.share_classes": _share_classes,
    "corporate.npv_irr": _npv_irr, "corporate.payback": _payback, "corporate.equivalent_annual_cost": _eac,
    "corporate.project_choice": _choice, "corporate.wacc": _wacc, "corporate.wacc_market": _wacc_market,
}
PLACES = {"portfolio.scenarios": 2, "portfolio.historical": 2, "valuation.bond_yield": 3, "valuation.nav": 2,
          "corporate.wacc": 2, "corporate.wacc_market": 2}


def matches(template: str, p: P, expected: float) -> bool:
    """The stored answer equals the recomputation to the precision it is displayed with."""
    got = p["answer"]
    if template in PLACES or (template == "valuation.pe" and p["kind"] == "yield") or (
            template == "portfolio.two_asset" and p["minvar"]) or (
            template == "portfolio.capm_measures" and p["kind"] in ("capm", "alpha")):
        return close(got, expected, places=PLACES.get(template, 2))
    if template in ("portfolio.two_asset", "portfolio.capm_measures"):  # ratios shown to 4 places
        return abs(got - expected) <= 0.5e-4 + 1e-9
    if template in ("valuation.pe", "corporate.payback"):  # 2 places
        return abs(got - expected) <= 0.005 + 1e-9
    return close(got, expected)


@pytest.mark.parametrize("template", [t for t, _ in portfolio.TEMPLATES + valuation.TEMPLATES + corporate.TEMPLATES],
                         ids=lambda t: t.__name__)
def test_answers_recomputed(template: Callable[[random.Random], object]) -> None:
    for d in draws(template):  # type: ignore[arg-type]
        expected = CHECKS[d.template](d.params)
        assert matches(d.template, d.params, expected), (d.template, d.params["answer"], expected, d.params)


# ---------------------------------------------------------------------------------------------------- textbook

def test_bond_price_textbook() -> None:
    # 3-year 10% semiannual bond at a 12% yield: $950.83.
    assert round(_bond_price({"face": 1_000, "coupon": 0.10, "years": 3, "ytm": 0.12, "m": 2}), 2) == 950.83
    d = valuation.t_bond_price(random.Random(1))
    assert close(d.params["answer"], _bond_price(d.params))


def test_macaulay_duration_textbook() -> None:
    # 3-year 10% annual-coupon bond priced at par: Macaulay duration 2.7355 years, modified 2.4868.
    p = {"m": 1, "years": 3, "coupon": 0.10, "ytm": 0.10, "shock": 0.01, "macaulay": 2.7355}
    assert round(_duration(p), 2) == round(-2.7355 / 1.1 * 0.01 * 1_000, 2)


def test_dividend_discount_textbook() -> None:
    assert round(2.0 / (0.10 - 0.05), 2) == 40.0  # Gordon: D1 $2, r 10%, g 5%
    # Two-stage: D0 $1, 20% for 2 years then 5%, r 10% → 1.2/1.1 + (1.44 + 30.24)/1.21 = $27.27.
    assert round(_two_stage({"d0": 1.0, "g1": 0.2, "n": 2, "g2": 0.05, "r": 0.10}), 2) == 27.27


def test_capital_budgeting_textbook() -> None:
    assert round(float(npf.npv(0.10, [-100, 60, 60])), 2) == 4.13
    assert round(float(npf.irr([-100, 60, 60])), 4) == 0.1307
    assert corporate.payback([-1_000, 400, 400, 400]) == 2.5
    assert round(100 / ((1 - 1.1**-2) / 0.1), 2) == 57.62  # EAC of $100 over 2 years at 10%


def test_wacc_and_capm_textbook() -> None:
    assert close(_wacc({"rf": 0.03, "beta": 1.2, "mrp": 0.05}), 0.09, cents=False)
    assert close(0.6 * 0.12 + 0.4 * 0.08 * (1 - 0.25), 0.096, cents=False)


def test_sharpe_and_rebalance_textbook() -> None:
    assert _capm({"kind": "sharpe", "rp": 0.12, "rf": 0.02, "sd": 0.20, "beta": 1, "rm": 0.1}) == pytest.approx(0.5)
    assert _rebalance({"assets": ["stocks", "bonds"], "values": [70_000, 30_000], "targets": [0.6, 0.4],
                       "asked": "stocks"}) == pytest.approx(-10_000)
