"""Fintech templates (payments, digital assets, robo-advisers): answers recomputed with lot-by-lot simulations, a
with-and-without tax comparison and numpy-financial, plus hand-worked examples."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date

import numpy_financial as npf
import pytest

from tests.training._markets_ref import P, close, draws, iso
from training.data.gen import fintech

HAIRCUTS = {"Cash and bank deposits": 0.0, "Treasury bills (< 3 months)": 0.01, "Overnight reverse repo": 0.02,
            "Government money market funds": 0.01, "Commercial paper": 0.10, "Secured loans": 0.30, "Bitcoin": 0.50}


def _card(p: P) -> float:
    if p["mode"] == "credit":
        a = p["amount"]
        return a * p["ic_pct"] + p["ic_fix"] + a * p["assess"] + a * p["markup"] + p["markup_fix"]
    cap = 0.21 + 0.0005 * p["ticket"] + 0.01  # Regulation II, 2011
    return p["count"] * (p["ex_pct"] * p["ticket"] + p["ex_fix"] - cap)


def _pricing(p: P) -> float:
    volume = sum(r[4] for r in p["rows"])
    count = sum(r[3] for r in p["rows"])
    flat = volume * p["flat"][0] + count * p["flat"][1]
    plus = sum(v * ic + c * fx for _, ic, fx, c, v in p["rows"]) + volume * p["markup"][0] + count * p["markup"][1]
    return 12 * (flat - plus)


def held_long(bought: date, sold: date) -> bool:
    """More than a year: the sale falls after the first anniversary."""
    if (bought.month, bought.day) == (2, 29):
        return sold >= date(bought.year + 1, 3, 2)
    return (sold.year - bought.year, sold.month, sold.day) > (1, bought.month, bought.day)


def sell_lots(p: P, highest_first: bool) -> tuple[float, float]:
    """Short- and long-term gain, selling unit lots one at a time."""
    lots = [[iso(d), q, c] for d, q, c in p["lots"]]
    order = sorted(lots, key=lambda x: -x[2]) if highest_first else lots
    left, st, lt, sale = p["qty"], 0.0, 0.0, iso(p["sale"])
    for bought, q, cost in order:
        take = min(q, left)
        left -= take
        gain = take * (p["price"] - cost)
        if held_long(bought, sale):
            lt += gain
        else:
            st += gain
    return st, lt


def _crypto(p: P) -> float:
    st, lt = sell_lots(p, False)
    if p["method"] == "fifo":
        return st + lt
    st2, lt2 = sell_lots(p, True)
    return (st - st2) * p["ordinary"] + (lt - lt2) * p["long_rate"]


def _stablecoin(p: P) -> float:
    amounts = [(n, a) for n, _, a in p["reserves"]]
    if not p["haircuts"]:
        return sum(a for _, a in amounts) / p["tokens"]
    return sum(a * (1 - HAIRCUTS[n]) for n, a in amounts) / p["tokens"]


def year_tax(st: float, lt: float, ro: float, rl: float) -> float:
    """Tax on a year's net short- and long-term results (net loss: up to $3,000 against ordinary income)."""
    if st >= 0 and lt >= 0:
        return st * ro + lt * rl
    net = st + lt
    if net >= 0:
        return net * (ro if st > 0 else rl)
    return -min(3_000.0, -net) * ro


def _harvest(p: P) -> float:
    usable = p["loss"] * (1 - p["rebought"] / p["shares"])  # wash sale: replaced shares' loss is deferred
    ro, rl = p["ordinary"], p["long_rate"]
    return year_tax(p["st_gains"], p["lt_gains"], ro, rl) - year_tax(p["st_gains"] - usable, p["lt_gains"], ro, rl)


def _robo(p: P) -> float:
    def fv(fee: float) -> float:
        return float(npf.fv(p["gross"] - fee - p["funds"], p["years"], -p["contribution"], -p["start"]))
    return fv(p["robo"]) - fv(p["human"])


CHECKS: dict[str, Callable[[P], float]] = {
    "fintech.card_fees": _card, "fintech.pricing_models": _pricing, "fintech.crypto_lots": _crypto,
    "fintech.stablecoin": _stablecoin, "fintech.tax_loss_harvest": _harvest, "fintech.robo_fees": _robo,
}


@pytest.mark.parametrize("template", [t for t, _ in fintech.TEMPLATES], ids=lambda t: t.__name__)
def test_answers_recomputed(template: Callable[[random.Random], object]) -> None:
    for d in draws(template):  # type: ignore[arg-type]
        expected, got = CHECKS[d.template](d.params), d.params["answer"]
        ok = close(got, expected, places=2) if d.template == "fintech.stablecoin" else close(got, expected)
        assert ok, (d.template, got, expected, d.params)


# ---------------------------------------------------------------------------------------------------- textbook

def test_fifo_versus_specific_id_hand_example() -> None:
    # Lots: 1 BTC @ $20,000 (2022-01-10), 1 BTC @ $60,000 (2024-03-01); sell 1 BTC @ $50,000 on 2024-06-03.
    p = {"lots": [["2022-01-10", 1.0, 20_000.0], ["2024-03-01", 1.0, 60_000.0]], "qty": 1.0, "price": 50_000.0,
         "sale": "2024-06-03"}
    assert sell_lots(p, False) == (0.0, 30_000.0)  # FIFO: long-term $30,000 gain
    assert sell_lots(p, True) == (-10_000.0, 0.0)  # highest cost: short-term $10,000 loss
    lots = [(date(2022, 1, 10), 1.0, 20_000.0), (date(2024, 3, 1), 1.0, 60_000.0)]
    assert fintech.consume(lots, 1.0, "hifo") == [(date(2024, 3, 1), 1.0, 60_000.0)]


def test_holding_period_boundary() -> None:
    assert not fintech.long_term(date(2023, 1, 5), date(2024, 1, 5))
    assert fintech.long_term(date(2023, 1, 5), date(2024, 1, 6))
    assert held_long(date(2023, 1, 5), date(2024, 1, 6)) and not held_long(date(2023, 1, 5), date(2024, 1, 5))


def test_harvest_netting_hand_example() -> None:
    # $20,000 ST loss; $5,000 ST and $8,000 LT gains; 32% / 15%: 5,000×32% + 8,000×15% + 3,000×32% = $3,760,
    # with $4,000 carried forward.
    a, b, c, carry, saved = fintech.harvest_savings(20_000, 5_000, 8_000, 0.32, 0.15)
    assert (a, b, c, carry) == (5_000, 8_000, 3_000, 4_000) and saved == pytest.approx(3_760.0)
    assert year_tax(5_000, 8_000, 0.32, 0.15) - year_tax(-15_000, 8_000, 0.32, 0.15) == pytest.approx(3_760.0)


def test_reg_ii_cap_hand_example() -> None:
    # A $40 debit purchase: 21¢ + 0.05% × $40 (2¢) + 1¢ = 24¢.
    assert round(fintech.REG_II_BASE + fintech.REG_II_AD_VALOREM * 40 + fintech.REG_II_FRAUD, 2) == 0.24
