"""Securities-regulation and compliance templates: answers recomputed from params with the rules restated here (a
linear program for Section 16(b), a hand-typed holiday calendar for deadlines), plus hand-worked examples."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

import numpy_financial as npf
import pytest
from scipy.optimize import brentq, linprog

from tests.training._markets_ref import P, close, draws, iso, plus_business, roll
from training.data.gen import compliance, fiduciary, insider, regulation

TEN_K = {"large accelerated filer": 60, "accelerated filer": 75, "non-accelerated filer": 90}
TEN_Q = {"large accelerated filer": 40, "accelerated filer": 40, "non-accelerated filer": 45}


def accredited(i: P) -> bool:
    income_bar = 300_000 if i["joint"] else 200_000
    underwater = max(0.0, i["mortgage"] - i["home"])
    return bool(i["license"]) or min(i["income"]) > income_bar or i["assets"] - i["debts"] - underwater > 1_000_000


def _rule144(p: P) -> float:
    limit = max(p["outstanding"] // 100, sum(p["weekly"]) // 4)
    return max(0, limit - p["prior"])


def _reg_d(p: P) -> float:
    return p["prior"] + sum(not accredited(i) for i in p["investors"])


def _reg_a(p: P) -> float:
    return 0.1 * max(p["income"], p["net_worth"])


def _placement(p: P) -> float:
    assert p["form_d_due"] == roll(iso(p["first_sale"]) + timedelta(days=15)).isoformat()
    room, total = 35 - p["prior"], 0.0
    for inv, amount in zip(p["investors"], p["amounts"], strict=True):
        if accredited(inv):
            total += amount
        elif not p["solicited"] and room > 0:
            room -= 1
            total += amount
    return total


def _deadline(p: P) -> str:
    base, kind = iso(p["base"]), p["kind"]
    raw = {"10-K": lambda: base + timedelta(days=TEN_K[p["status"]]),
           "10-Q": lambda: base + timedelta(days=TEN_Q[p["status"]]),
           "8-K": lambda: plus_business(base, 4), "Form 4": lambda: plus_business(base, 2),
           "Form 3": lambda: base + timedelta(days=10), "Form 5": lambda: base + timedelta(days=45)}[kind]()
    return roll(raw).isoformat()


def _calendar(p: P) -> str:
    f, rev = p["public_float"], p["revenue"]
    status = ("large accelerated filer" if f >= 700e6 else "accelerated filer" if f >= 75e6 and rev >= 100e6
              else "non-accelerated filer")
    assert status == p["status"]
    return roll(iso(p["fiscal_year_end"]) + timedelta(days=TEN_K[status])).isoformat()


def six_months_later(d: date) -> date:
    month = d.month + 6
    year, month = d.year + (month - 1) // 12, (month - 1) % 12 + 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def max_short_swing(trades: list[list[object]]) -> float:
    """Maximum matched profit as a linear program over purchase/sale pairs less than six months apart."""
    buys = [(iso(str(d)), float(n), float(pr)) for d, s, n, pr in trades if s == "buy"]  # type: ignore[arg-type]
    sells = [(iso(str(d)), float(n), float(pr)) for d, s, n, pr in trades if s == "sell"]  # type: ignore[arg-type]
    pairs = [(i, j) for i, b in enumerate(buys) for j, s in enumerate(sells)
             if s[2] > b[2] and s[0] < six_months_later(b[0]) and b[0] < six_months_later(s[0])]
    if not pairs:
        return 0.0
    cost = [-(sells[j][2] - buys[i][2]) for i, j in pairs]
    rows = [[1.0 if i == a else 0.0 for i, _ in pairs] for a in range(len(buys))]
    rows += [[1.0 if j == b else 0.0 for _, j in pairs] for b in range(len(sells))]
    limits = [b[1] for b in buys] + [s[1] for s in sells]
    res = linprog(cost, A_ub=rows, b_ub=limits, bounds=(0, None), method="highs")
    return float(-res.fun)


def _swing(p: P) -> float:
    return max_short_swing(p["trades"])


def _cooling(p: P) -> str:
    adopted = iso(p["adopted"])
    if not p["officer"]:
        return (adopted + timedelta(days=30)).isoformat()
    later = max(adopted + timedelta(days=90), plus_business(iso(p["filed"]), 2))
    return min(later, adopted + timedelta(days=120)).isoformat()


def _raum(p: P) -> float:
    return sum(v for _, counts, v in p["accounts"] if counts)


def _perf(p: P) -> float:
    qualified = p["aum"] >= 1_100_000 or p["net_worth_ex_home"] > 2_200_000
    assert qualified == p["qualified"]
    return p["rate"] * max(0.0, p["end"] - p["hwm"]) if qualified else 0.0


def _churn(p: P) -> float:
    return p["costs"] * 12 / (p["equity"] * p["months"])


def _ctr(p: P) -> float:
    cash_in = ("cash deposit", "cash loan payment", "cash purchase of a cashier's check")
    cash_out = ("cash withdrawal", "cash from cashing a check")
    days = [(sum(a for _, t, a in txs if t in cash_in), sum(a for _, t, a in txs if t in cash_out))
            for _, txs in p["days"]]
    return sum(i > 10_000 or o > 10_000 for i, o in days) if p["multi"] else days[0][0]


def _structuring(p: P) -> float:
    totals: dict[str, float] = {}
    for d, _, a in p["deposits"]:
        totals[d] = totals.get(d, 0.0) + a
    assert p["ctr_days"] == sorted(d for d, t in totals.items() if t > 10_000)
    assert p["sar_due"] == (iso(p["detected"]) + timedelta(days=30 if p["suspect_known"] else 60)).isoformat()
    return sum(a for _, _, a in p["deposits"] if 8_000 <= a < 10_000)


def _report(p: P) -> str:
    days = 15 if p["mode"] == "ctr" else 30 if p["known"] else 60
    return (iso(p["day"]) + timedelta(days=days)).isoformat()


def _reg_e(p: P) -> float:
    learned, notice = iso(p["learned"]), iso(p["notice"])
    cutoff = plus_business(learned, 2)
    before = [(iso(d), a) for d, a in p["transfers"] if iso(d) < notice]
    if notice <= cutoff:
        return min(50.0, sum(a for _, a in before))
    early = sum(a for d, a in before if d <= cutoff)
    return min(500.0, min(50.0, early) + sum(a for d, a in before if d > cutoff))


def _reg_e_errors(p: P) -> str:
    notice = iso(p["notice"])
    assert (notice - iso(p["statement"])).days <= 60
    assert p["provisional_by"] == plus_business(notice, 20 if p["new_account"] else 10).isoformat()
    long = p["new_account"] or p["kind"] in ("POS debit-card purchase", "foreign-initiated transfer")
    return (notice + timedelta(days=90 if long else 45)).isoformat()


def _tiered(p: P) -> float:
    r, a = p["rates"], p["aum"]
    fee = (min(a, 1e6) * r[0] + min(max(a - 1e6, 0), 2e6) * r[1] + min(max(a - 3e6, 0), 2e6) * r[2]
           + max(a - 5e6, 0) * r[3])
    return a * r[0] - fee if p["error"] else fee


def _flat(p: P) -> float:
    aum = flat = p["balance"]
    for _ in range(p["years"]):
        aum = aum * (1 + p["rate"])
        aum -= aum * p["aum_fee"]
        flat = flat * (1 + p["rate"]) - p["flat"]
    return flat - aum


def _share_class(p: P) -> float:
    ga, gi = 1 + p["gross"] - p["er_a"], 1 + p["gross"] - p["er_i"]
    n = p["years"]
    assert close(p["trail_paid"], p["trail"] * p["amount"] * (ga**n - 1) / (ga - 1))
    return p["amount"] * (gi**n - ga**n)


def _rollover(p: P) -> float:
    net_plan = p["gross"] - p["er_plan"]
    plan = float(npf.fv(net_plan, p["years"], p["recordkeeping"], -p["balance"]))
    ira_rate = p["gross"] - p["advisory"] - p["er_ira"]
    extra = brentq(lambda x: float(npf.fv(ira_rate + x, p["years"], 0, -p["balance"])) - plan, -0.5, 0.5)
    assert close(p["break_even"], extra, places=3)
    return plan - float(npf.fv(ira_rate, p["years"], 0, -p["balance"]))


CHECKS: dict[str, Callable[[P], object]] = {
    "regulation.rule144": _rule144, "regulation.reg_d_investors": _reg_d, "regulation.reg_a_limit": _reg_a,
    "regulation.private_placement": _placement, "regulation.filing_deadline": _deadline,
    "regulation.filing_calendar": _calendar, "insider.short_swing": _swing, "insider.short_swing_full": _swing,
    "insider.cooling_off": _cooling, "insider.adviser_registration": _raum, "insider.performance_fee": _perf,
    "insider.churning": _churn, "compliance.ctr": _ctr, "compliance.structuring_case": _structuring,
    "compliance.report_deadlines": _report, "compliance.reg_e_liability": _reg_e,
    "compliance.reg_e_errors": _reg_e_errors, "fiduciary.tiered_fee": _tiered, "fiduciary.flat_vs_aum": _flat,
    "fiduciary.share_class": _share_class, "fiduciary.rollover": _rollover,
}
ALL = regulation.TEMPLATES + insider.TEMPLATES + compliance.TEMPLATES + fiduciary.TEMPLATES


@pytest.mark.parametrize("template", [t for t, _ in ALL], ids=lambda t: t.__name__)
def test_answers_recomputed(template: Callable[[random.Random], object]) -> None:
    for d in draws(template):  # type: ignore[arg-type]
        expected, got = CHECKS[d.template](d.params), d.params["answer"]
        if isinstance(expected, str):
            assert got == expected, (d.template, d.params)
        elif d.template == "insider.churning":
            assert close(got, float(expected), places=2)  # type: ignore[arg-type]
        else:
            assert close(got, float(expected)), (d.template, got, expected, d.params)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------------- textbook

def test_short_swing_lowest_in_highest_out() -> None:
    # Buy 100 @ $10, sell 100 @ $15, buy 100 @ $8, sell 100 @ $12, all within 6 months: match $8 with $15 and $10
    # with $12 → $700 + $200 = $900; the module's matcher agrees with the linear program.
    trades = [("buy", 100, 10.0), ("sell", 100, 15.0), ("buy", 100, 8.0), ("sell", 100, 12.0)]
    assert insider.short_swing_profit(trades)[0] == 900.0
    # A loss-making round trip still yields profit when a cheap purchase precedes a pricey sale.
    assert insider.short_swing_profit([("sell", 100, 20.0), ("buy", 100, 25.0), ("buy", 100, 15.0)])[0] == 500.0
    dated = [["2024-01-02", "buy", 100, 10.0], ["2024-02-01", "sell", 100, 15.0],
             ["2024-03-01", "buy", 100, 8.0], ["2024-04-01", "sell", 100, 12.0]]
    assert max_short_swing(dated) == pytest.approx(900.0)
    # Purchases more than six months before every sale do not match.
    assert max_short_swing([["2023-01-03", "buy", 100, 1.0], ["2023-08-01", "sell", 100, 9.0]]) == 0.0


def test_rule144_hand_example() -> None:
    # 10,000,000 outstanding (1% = 100,000) versus a 4-week average of 80,000 → 100,000 shares.
    assert regulation.rule144_limit(10_000_000, [70_000, 90_000, 80_000, 80_000]) == 100_000
    assert regulation.rule144_limit(10_000_000, [150_000, 90_000, 130_000, 110_000]) == 120_000


def test_accredited_hand_examples() -> None:
    base = {"joint": False, "income": (210_000, 205_000), "home": 500_000, "mortgage": 300_000,
            "assets": 200_000, "debts": 0, "license": False}
    assert accredited(base)
    assert not accredited({**base, "income": (210_000, 195_000)})
    # Underwater mortgage: $1.2M of other assets, $100k over the home's value → $1.1M net worth.
    assert accredited({**base, "income": (0, 0), "assets": 1_200_000, "mortgage": 600_000})
    assert not accredited({**base, "income": (0, 0), "assets": 1_050_000, "mortgage": 600_000})
    inv = regulation.Investor("x", False, (0, 0), 500_000, 600_000, 1_050_000, 0, False)
    assert inv.net_worth == 950_000 and not inv.accredited


def test_deadline_hand_examples() -> None:
    # 8-K for an event on Wed Nov 27, 2024: Thanksgiving (28th) skipped → Fri 29, Mon 2, Tue 3, Wed Dec 4, 2024.
    assert plus_business(date(2024, 11, 27), 4) == date(2024, 12, 4)
    assert regulation.add_business_days(date(2024, 11, 27), 4) == date(2024, 12, 4)
    # 10-K for a Dec 31, 2024 year end, large accelerated filer: Mar 1, 2025 is a Saturday → Mon Mar 3.
    assert roll(date(2024, 12, 31) + timedelta(days=60)) == date(2025, 3, 3)
    # Form 4 for a Friday, July 3, 2026 trade (holiday observed) → Tue July 7.
    assert plus_business(date(2026, 7, 2), 2) == date(2026, 7, 7)


def test_cooling_off_hand_example() -> None:
    # Officer adopts Mar 4, 2024; Q1 10-Q filed May 2, 2024 → later of Jun 2 and May 6 → Jun 2, 2024 (< 120 days).
    assert insider.cooling_off_end(date(2024, 3, 4), date(2024, 5, 2), True) == date(2024, 6, 2)
    # The 120-day cap binds when the 10-K comes late: adopted Nov 1, 2024, 10-K Mar 14, 2025 → Mar 1, 2025.
    assert insider.cooling_off_end(date(2024, 11, 1), date(2025, 3, 14), True) == date(2025, 3, 1)
    assert insider.cooling_off_end(date(2024, 11, 1), date(2025, 3, 14), False) == date(2024, 12, 1)


def test_reg_e_hand_example() -> None:
    # Lost Mon Mar 3, 2025 (known that day); $40 Tue, $600 Thu; notice Fri Mar 7 → late:
    # min($500, min($50, $40) + $600) = $500. Notice on Wed Mar 5 instead → min($50, $40) = $40.
    transfers = [(date(2025, 3, 4), 40.0), (date(2025, 3, 6), 600.0)]
    assert compliance.reg_e_liability(date(2025, 3, 3), date(2025, 3, 7), transfers)[0] == 500.0
    assert compliance.reg_e_liability(date(2025, 3, 3), date(2025, 3, 5), transfers)[0] == 40.0


def test_tiered_fee_hand_example() -> None:
    # $2.5M at 1% / 0.75% / 0.5% / 0.35%: $10,000 + $11,250 = $21,250.
    assert fiduciary.tiered_fee(2_500_000, (0.01, 0.0075, 0.005, 0.0035)) == 21_250.0
