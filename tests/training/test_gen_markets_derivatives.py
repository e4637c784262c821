"""Derivatives templates (options, strategies, futures, swaps): answers recomputed with scipy's normal CDF, an
independent n-step binomial tree, dense payoff grids and root finding, plus Hull's textbook examples."""

from __future__ import annotations

import math
import random
from collections.abc import Callable

import numpy as np
import pytest
from scipy.optimize import brentq

from tests.training._markets_ref import P, bs, close, draws
from training.data.gen import futures, options, strategies, swaps


def payoff(kind: str, s: np.ndarray, k: float) -> np.ndarray:
    return np.maximum(s - k, 0.0) if kind == "call" else np.maximum(k - s, 0.0)


def legs_pnl(legs: list[list[object]], s: np.ndarray) -> np.ndarray:
    return sum(float(q) * (payoff(str(kind), s, float(k)) - float(p)) for kind, k, q, p in legs)  # type: ignore[return-value,arg-type]


def tree(s: float, k: float, u: float, d: float, r: float, dt: float, steps: int, kind: str, american: bool) -> float:
    """A general binomial tree, built backward with arrays."""
    p = (math.exp(r * dt) - d) / (u - d)
    prices = s * u ** np.arange(steps, -1, -1) * d ** np.arange(0, steps + 1)
    values = payoff(kind, prices, k)
    for n in range(steps - 1, -1, -1):
        prices = s * u ** np.arange(n, -1, -1) * d ** np.arange(0, n + 1)
        values = math.exp(-r * dt) * (p * values[:-1] + (1 - p) * values[1:])
        if american:
            values = np.maximum(values, payoff(kind, prices, k))
    return float(values[0])


def _payoff(p: P) -> float:
    per = max(0.0, p["spot"] - p["strike"]) if p["kind"] == "call" else max(0.0, p["strike"] - p["spot"])
    return (per - p["premium"]) * 100 * p["contracts"] * (1 if p["side"] == "long" else -1)


def _time_value(p: P) -> float:
    intrinsic = max(0.0, p["spot"] - p["strike"]) if p["kind"] == "call" else max(0.0, p["strike"] - p["spot"])
    return p["price"] - intrinsic


def _parity(p: P) -> float:
    pvk = p["strike"] * (math.exp(-p["r"] * p["t"]) if p["continuous"] else (1 + p["r"]) ** -p["t"])
    if p["mode"] == "price":
        return p["call"] + pvk - p["spot"]
    return abs(p["call"] + pvk - p["put"] - p["spot"]) * 100


def _black_scholes(p: P) -> float:
    call, put = bs(p["spot"], p["strike"], p["r"], p["sigma"], p["t"], p["q"])
    return call if p["kind"] == "call" else put


def _binomial(p: P) -> float:
    return tree(p["spot"], p["strike"], p["u"], p["d"], p["r"], p["dt"], p["steps"], p["kind"], p["american"])


def _delta_hedge(p: P) -> float:
    n = 100 * p["contracts"]
    c0 = bs(p["spot"], p["strike"], p["r"], p["sigma"], p["t0"])[0]
    c1 = bs(p["spot1"], p["strike"], p["r"], p["sigma"], p["t0"] - p["days"] / 365)[0]
    d1 = (math.log(p["spot"] / p["strike"]) + (p["r"] + p["sigma"] ** 2 / 2) * p["t0"]) / (p["sigma"] * p["t0"] ** .5)
    from scipy.stats import norm
    assert p["shares0"] == round(float(norm.cdf(d1)) * n)
    return p["shares0"] * (p["spot1"] - p["spot"]) - n * (c1 - c0)


def _grid(p: P) -> np.ndarray:
    top = max(float(leg[1]) for leg in p["legs"]) * 3
    return np.unique(np.concatenate([np.linspace(0, top, 30_001), [float(leg[1]) for leg in p["legs"]]]))


def _stock_and_option(p: P) -> float:
    k, prem = float(p["legs"][0][1]), float(p["legs"][0][3])
    shares = 100 * p["contracts"]
    for price, pnl in zip(p["prices"], p["pnl"], strict=True):
        s = np.array([price])
        assert close(pnl, float(((s - p["stock_cost"]) + legs_pnl(p["legs"], s))[0]) * shares)
    return (k - p["stock_cost"] + prem) * shares if p["covered"] else (p["stock_cost"] - k + prem) * shares


def _max_profit(p: P) -> float:
    return float(legs_pnl(p["legs"], _grid(p)).max()) * 100 * p["contracts"]


def _vol_trade(p: P) -> float:
    return float(legs_pnl(p["legs"], np.array(p["prices"]))[0]) * 100 * p["contracts"]


def _collar(p: P) -> float:
    net = p["call_premium"] - p["put_premium"]
    for price, after in zip(p["prices"], p["after_tax"], strict=True):
        sale = float(np.clip(price, p["put_strike"], p["call_strike"]))
        assert close(after, p["shares"] * (sale + net) - 0.238 * p["shares"] * (sale - p["basis"]))
    return p["shares"] * (p["put_strike"] + net) - 0.238 * p["shares"] * (p["put_strike"] - p["basis"])


def _forward(p: P) -> float:
    s, r, t = p["spot"], p["r"], p["t"]
    if p["kind"] == "plain":
        return s * math.exp(r * t) if p["continuous"] else s * (1 + r) ** t
    if p["kind"] == "yield":
        return s * math.exp((r - p["q"]) * t)
    if p["kind"] == "income":
        return (s - p["dividend"] * math.exp(-r * p["t_div"])) * math.exp(r * t)
    return s * math.exp((r + p["u"]) * t)


def _margin(p: P) -> float:
    balance, calls = p["initial"] * p["contracts"], 0.0
    changes = np.diff(p["prices"]) * p["size"] * p["contracts"] * p["side"]
    for change in changes:
        balance += change
        if balance < p["maintenance"] * p["contracts"]:
            calls += p["initial"] * p["contracts"] - balance
            balance = p["initial"] * p["contracts"]
    return calls


def _hedge_contracts(p: P) -> float:
    if p["mode"] == "cross":
        return abs(round(p["rho"] * p["ss"] / p["sf"] * p["gallons"] / 42_000))
    return abs(round((p["beta"] - p["target"]) * p["value"] / (p["futures"] * 50)))


def _commodity(p: P) -> float:
    n = round(p["quantity"] / p["size"])
    gain = n * p["size"] * ((p["f1"] - p["f2"]) if p["short"] else (p["f2"] - p["f1"]))
    spot = p["quantity"] * p["s2"]
    return (spot + gain if p["short"] else spot - gain) / p["quantity"]


def _index_hedge(p: P) -> float:
    n = round(p["beta"] * p["value"] / (p["futures0"] * 50))
    assert n == p["contracts"]
    market = (p["index1"] / p["index0"] - 1) + p["q"] * p["t"]
    value = p["value"] * (1 + p["rf"] * p["t"] + p["beta"] * (market - p["rf"] * p["t"]))
    return value + n * 50 * (p["futures0"] - p["futures1"])


def _swap_payments(p: P) -> float:
    return p["notional"] / p["m"] * (sum(p["floating"]) - p["fixed"] * len(p["floating"]))


def _dfs(p: P, bump: float = 0.0) -> np.ndarray:
    t = np.arange(1, len(p["zeros"]) + 1) / p["m"]
    return np.exp(-(np.array(p["zeros"]) + bump) * t)


def _par(p: P) -> float:
    dfs = _dfs(p)
    return brentq(lambda k: k / p["m"] * dfs.sum() + dfs[-1] - 1.0, -0.5, 0.5)  # fixed bond at par


def _swap_value(p: P) -> float:
    def value(dfs: np.ndarray) -> float:
        flows = np.full(dfs.shape, p["notional"] * p["fixed"] / p["m"])
        flows[-1] += p["notional"]
        return p["notional"] - float(flows @ dfs)
    assert close(p["dv01"], value(_dfs(p, 0.0001)) - value(_dfs(p)))
    assert close(p["par"], _par(p), places=3)
    return value(_dfs(p))


CHECKS: dict[str, Callable[[P], float]] = {
    "options.payoff": _payoff, "options.time_value": _time_value, "options.parity": _parity,
    "options.black_scholes": _black_scholes, "options.binomial": _binomial, "options.delta_hedge": _delta_hedge,
    "strategies.stock_and_option": _stock_and_option, "strategies.vertical": _max_profit,
    "strategies.volatility_trade": _vol_trade, "strategies.wings": _max_profit, "strategies.collar": _collar,
    "futures.forward_price": _forward, "futures.margin": _margin, "futures.hedge_contracts": _hedge_contracts,
    "futures.commodity_hedge": _commodity, "futures.index_hedge": _index_hedge,
    "swaps.swap_payments": _swap_payments, "swaps.par_rate": _par, "swaps.swap_valuation": _swap_value,
}
ALL = options.TEMPLATES + strategies.TEMPLATES + futures.TEMPLATES + swaps.TEMPLATES


@pytest.mark.parametrize("template", [t for t, _ in ALL], ids=lambda t: t.__name__)
def test_answers_recomputed(template: Callable[[random.Random], object]) -> None:
    for d in draws(template):  # type: ignore[arg-type]
        expected, got = CHECKS[d.template](d.params), d.params["answer"]
        if d.template == "swaps.par_rate":
            ok = close(got, expected, places=3)
        elif d.template == "futures.commodity_hedge":
            ok = abs(got - expected) <= 5e-5 + 1e-9
        else:
            ok = close(got, expected)
        assert ok, (d.template, got, expected, d.params)


# ---------------------------------------------------------------------------------------------------- textbook

def test_black_scholes_hull_example() -> None:
    # Hull: S = 42, K = 40, r = 10%, σ = 20%, T = 0.5 → call 4.76, put 0.81.
    call, put, _, _ = options.bs_price(42, 40, 0.10, 0.20, 0.5)
    assert (round(call, 2), round(put, 2)) == (4.76, 0.81)
    ref = bs(42, 40, 0.10, 0.20, 0.5)
    assert math.isclose(call, ref[0], rel_tol=1e-9) and math.isclose(put, ref[1], rel_tol=1e-9)


def test_binomial_hull_examples() -> None:
    # One step: S 20, u 1.1, d 0.9, r 12%, 3 months, K 21 call → 0.633.
    assert round(tree(20, 21, 1.1, 0.9, 0.12, 0.25, 1, "call", False), 3) == 0.633
    # Two-step American put: S 50, K 52, u 1.2, d 0.8, r 5%, Δt 1 → Hull's 5.0894 (he rounds p to 0.6282; exact
    # 5.0896); the European put is 4.1923.
    assert round(tree(50, 52, 1.2, 0.8, 0.05, 1.0, 2, "put", True), 2) == 5.09
    assert round(tree(50, 52, 1.2, 0.8, 0.05, 1.0, 2, "put", False), 2) == 4.19
    draft = options.t_binomial(random.Random(3))
    assert close(draft.params["answer"], _binomial(draft.params))


def test_put_call_parity_hull_arbitrage() -> None:
    # Hull: c = 3, S = 31, K = 30, r = 10%, T = 0.25, p = 2.25 → p + S exceeds c + Ke^(−rT) by $0.99 a share.
    p = {"mode": "arbitrage", "spot": 31, "strike": 30, "r": 0.10, "t": 0.25, "continuous": True, "call": 3.0,
         "put": 2.25}
    assert round(_parity(p), 2) == 99.07
    assert round(_parity({**p, "mode": "price"}), 2) == 1.26


def test_forward_and_margin_hand_examples() -> None:
    assert round(_forward({"kind": "plain", "spot": 40, "r": 0.05, "t": 0.25, "continuous": True}), 2) == 40.50
    # Long 1 × 100 units at 100; initial 1,000, maintenance 750: 98 → 800, 97 → 700 (< 750: call 300), 99 → 1,200.
    rows = futures.margin_schedule([100, 98, 97, 99], 100, 1, 1, 1_000, 750)
    assert [r[4] for r in rows] == [0.0, 300.0, 0.0] and rows[-1][3] == 1_200.0


def test_swap_par_rate_hand_example() -> None:
    # Annual discount factors 0.95 and 0.90: par = (1 − 0.90) / (0.95 + 0.90) = 5.4054%.
    assert round(swaps.par_rate([0.95, 0.90], 1), 6) == round(0.1 / 1.85, 6)
    assert swaps.swap_value(100, 0.1 / 1.85, [0.95, 0.90], 1) == pytest.approx(0.0, abs=1e-9)


def test_strategy_hand_examples() -> None:
    # Bull call spread 50/55 for a $2 debit: max profit $3, max loss $2, break-even $52.
    legs = [["call", 50.0, 1, 4.0], ["call", 55.0, -1, 2.0]]
    assert _max_profit({"legs": legs, "contracts": 1}) == pytest.approx(300.0)
    assert strategies.leg_profit([tuple(leg) for leg in legs], 52.0) == pytest.approx(0.0)  # type: ignore[misc]
    # Long straddle at 100 for $5 + $4: P&L at 115 is 15 − 9 = $6 a share.
    straddle = [("put", 100.0, 1, 5.0), ("call", 100.0, 1, 4.0)]
    assert strategies.leg_profit(straddle, 115.0) == pytest.approx(6.0)
