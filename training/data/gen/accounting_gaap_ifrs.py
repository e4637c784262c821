"""Accounting templates for US GAAP against IFRS, in numbers: restating LIFO to FIFO (IAS 2 prohibits LIFO),
reversing an inventory write-down (allowed by IAS 2.33, prohibited by ASC 330), capitalizing development costs
(IAS 38 against ASC 730), the two impairment tests (ASC 360 two-step, IAS 36 one-step), and a GAAP-to-IFRS
reconciliation of net income and equity."""

from __future__ import annotations

import random

from tools.calc.invest import npv
from training.data.gen.common import Draft, Template, money, pct, pick
from training.data.gen.ia_common import COMPANIES, ask, possessive, table

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def t_gi_lifo_restate(rng: random.Random) -> Draft:
    """Restating LIFO figures to FIFO with the LIFO reserve for IFRS reporting."""
    co = rng.choice(COMPANIES)
    cogs, inv = pick(rng, 200000, 20000000, 1000), pick(rng, 50000, 5000000, 1000)
    rb = pick(rng, 5000, 800000, 1000)
    re_ = max(0.0, rb + pick(rng, -round(rb * 0.3, -3), round(rb * 0.5, -3) + 20000, 1000))
    rate = rng.choice((0.21, 0.25, 0.3))
    asked = rng.choice(("cogs", "inventory", "net income"))
    change = re_ - rb
    ans = {"cogs": cogs - change, "inventory": inv + re_, "net income": change * (1 - rate)}[asked]
    what = {"cogs": "cost of goods sold under FIFO", "inventory": "ending inventory under FIFO",
            "net income": "the change in net income from restating to FIFO"}[asked]
    q = ask(rng, (
        "{co} reports under US GAAP using LIFO: cost of goods sold {c}, ending inventory {i}. Its LIFO reserve was "
        "{rb} at the start of the year and {re} at the end. Its parent reports under IFRS, which does not allow "
        "LIFO. What is {w} (tax rate {t})?",
        "LIFO reserve restatement: LIFO COGS {c}, LIFO inventory {i}, reserve {rb} → {re}, tax rate {t}. Convert to "
        "FIFO for IFRS and give {w}.",
        "IAS 2 prohibits LIFO, so {cop} LIFO numbers must be restated: COGS {c}, inventory {i}, LIFO reserve {rb} "
        "(beginning) and {re} (ending); tax {t}. Find {w}.",
    ), co=co, cop=possessive(co), c=money(cogs, False), i=money(inv, False), rb=money(rb, False), re=money(re_, False),
        w=what, t=pct(rate))
    lines = ["LIFO reserve = FIFO inventory − LIFO inventory.",
             f"FIFO inventory = {money(inv)} + {money(re_)} = {money(inv + re_)}",
             f"Change in reserve = {money(re_)} − {money(rb)} = {money(change)}",
             f"FIFO COGS = LIFO COGS − change = {money(cogs)} − {money(change)} = {money(cogs - change)}",
             f"Net income changes by {money(change)} × (1 − {pct(rate)}) = {money(change * (1 - rate))}"
             + (" (lower: the reserve shrank, a LIFO liquidation or falling prices)" if change < 0 else ""), "",
             f"Answer: {money(ans)}"]
    return Draft(q, "\n".join(lines), "gaap_ifrs", "medium", "accounting_gaap_ifrs.gi_lifo_restate",
                 {"cogs_lifo": cogs, "inventory_lifo": inv, "reserve_begin": rb, "reserve_end": re_, "tax_rate": rate,
                  "asked": asked, "answer": round(ans, 2)})


def t_gi_writedown_reversal(rng: random.Random) -> Draft:
    """An inventory write-down followed by a recovery: reversed under IFRS (up to cost), not under US GAAP."""
    co = rng.choice(COMPANIES)
    qty, cost = int(pick(rng, 100, 20000, 10)), pick(rng, 5, 500, 0.5)
    n1 = round(cost * pick(rng, 0.5, 0.95, 0.01), 2)
    n2 = round(cost * pick(rng, 0.6, 1.3, 0.01), 2)
    n2 = max(n2, round(n1 + 0.5, 2))
    y = rng.randint(2020, 2024)
    ifrs = min(cost, n2)
    rev = (ifrs - n1) * qty
    asked = rng.choice(("difference", "carrying"))
    ans = rev if asked == "difference" else ifrs * qty
    q = ask(rng, (
        "{co} holds {q:,} units costing {c} each. At the end of {y} their net realizable value fell to {n1}; a year "
        "later, still unsold, NRV is {n2}. {w}",
        "Inventory: {q:,} units, cost {c}/unit; NRV {n1} at year-end {y}, {n2} at year-end {y2}. Compare US GAAP and "
        "IFRS. {w}",
    ), co=co, q=qty, c=money(cost), y=y, y2=y + 1, n1=money(n1), n2=money(n2),
        w="How much higher is pre-tax income under IFRS than under US GAAP in the second year?" if asked ==
        "difference" else "What is the carrying amount under IFRS at the end of the second year?")
    lines = [f"{y}: both frameworks write down to NRV: ({money(cost)} − {money(n1)}) × {qty:,} = "
             f"{money((cost - n1) * qty)}",
             f"{y + 1} under US GAAP (ASC 330): the written-down amount is the new cost; no reversal. Carrying "
             f"{money(n1 * qty)}.",
             f"{y + 1} under IFRS (IAS 2.33): reverse up to original cost: min({money(cost)}, {money(n2)}) = "
             f"{money(ifrs)} per unit, a reversal of ({money(ifrs)} − {money(n1)}) × {qty:,} = {money(rev)}. "
             f"Carrying {money(ifrs * qty)}.", "", f"Answer: {money(ans)}"]
    return Draft(q, "\n".join(lines), "gaap_ifrs", "medium", "accounting_gaap_ifrs.gi_writedown_reversal",
                 {"units": qty, "cost": cost, "nrv1": n1, "nrv2": n2, "asked": asked, "answer": round(ans, 2)})


def dev_difference(dev_capitalizable: float, life: int, months_in_use: int) -> tuple[float, float]:
    """IAS 38 development costs: (first-year amortization, how much lower first-year expense is than under ASC 730,
    where all of it is expensed)."""
    amort = dev_capitalizable / life * months_in_use / 12
    return amort, dev_capitalizable - amort


def t_gi_dev_costs(rng: random.Random) -> Draft:
    """Development costs: expensed under US GAAP (ASC 730), capitalized once IAS 38 criteria are met under IFRS."""
    co = rng.choice(COMPANIES)
    research, dev = pick(rng, 50000, 3000000, 1000), pick(rng, 100000, 6000000, 1000)
    cap = pick(rng, round(dev * 0.2, -3), round(dev * 0.9, -3), 1000)
    launch, life = rng.randint(1, 12), rng.randint(3, 8)
    in_use = 12 - launch
    amort, diff = dev_difference(cap, life, in_use)
    q = ask(rng, (
        "{co} spent {r} on research and {d} on development of a new product (not software) this year; {k} of the "
        "development spending came after the IAS 38 criteria were met. The product launched at the end of {m} and "
        "should sell for {n} years. How much higher is pre-tax income under IFRS than under US GAAP this year?",
        "R&D under two frameworks: research {r}; development {d}, of which {k} qualifies for capitalization under "
        "IAS 38; available for use from the end of {m}; straight-line over {n} years. Compute the difference in this "
        "year's expense.",
    ), co=co, r=money(research, False), d=money(dev, False), k=money(cap, False), m=_MONTHS[launch - 1], n=life)
    lines = [f"US GAAP (ASC 730): all research and development is expensed: {money(research)} + {money(dev)} = "
             f"{money(research + dev)}",
             f"IFRS (IAS 38): research {money(research)} and development before the criteria "
             f"{money(dev - cap)} are expensed; {money(cap)} is capitalized.",
             f"Amortization: {money(cap)} ÷ {life} × {in_use}/12 = {money(amort)}",
             f"IFRS expense: {money(research + dev - cap + amort)}",
             f"Difference: {money(cap)} − {money(amort)} = {money(diff)} higher pre-tax income under IFRS", "",
             f"Answer: {money(diff)}"]
    return Draft(q, "\n".join(lines), "gaap_ifrs", "medium", "accounting_gaap_ifrs.gi_dev_costs",
                 {"research": research, "development": dev, "capitalized": cap, "life": life, "months_in_use": in_use,
                  "answer": round(diff, 2)})


def impairments(carrying: float, flow: float, years: int, rate: float, fair: float,
                sell_costs: float) -> tuple[float, float, float]:
    """(value in use, ASC 360 loss, IAS 36 loss). ASC 360: recoverability test with undiscounted cash flows, then
    carrying − fair value. IAS 36: carrying − recoverable amount, the higher of fair value less costs to sell and
    value in use (the present value of the cash flows)."""
    viu = npv(rate, [0.0] + [flow] * years).value
    gaap = max(0.0, carrying - fair) if flow * years < carrying else 0.0
    return viu, gaap, max(0.0, carrying - max(fair - sell_costs, viu))


def t_gi_impairment(rng: random.Random) -> Draft:
    """A long-lived asset tested for impairment under ASC 360 and IAS 36."""
    co = rng.choice(COMPANIES)
    asset = rng.choice(("a production line", "a retail store's fixtures", "a mining truck fleet", "a printing plant",
                        "a distribution center", "a fleet of delivery vans"))
    carrying, years = pick(rng, 200000, 10000000, 1000), rng.randint(3, 10)
    flow = round(carrying / years * pick(rng, 0.7, 1.4, 0.01), -2)
    rate = pick(rng, 0.06, 0.12, 0.005)
    fair = round(carrying * pick(rng, 0.5, 1.05, 0.01), -3)
    sell = round(fair * pick(rng, 0.01, 0.05, 0.005), -2)
    viu, gaap, ifrs = impairments(carrying, flow, years, rate, fair, sell)
    q = ask(rng, (
        "{co} tests {a} for impairment: carrying amount {ca}; expected cash flows {cf} a year for {n} years; discount "
        "rate {r}; fair value {fv}; costs to sell {cs}. What impairment loss is recognized under US GAAP and under "
        "IFRS, and how far apart are they?",
        "Impairment under ASC 360 vs IAS 36 for {a}: CA {ca}, annual cash flows {cf} × {n} years, rate {r}, fair value "
        "{fv}, disposal costs {cs}. Compute both losses and the difference.",
    ), co=co, a=asset, ca=money(carrying, False), cf=money(flow, False), n=years, r=pct(rate), fv=money(fair, False),
        cs=money(sell, False))
    und = flow * years
    lines = [f"US GAAP step 1 (recoverability): undiscounted cash flows {money(und)} "
             + (f"< carrying {money(carrying)}: impaired." if und < carrying else
                f"≥ carrying {money(carrying)}: not impaired, no loss."),
             (f"US GAAP step 2: loss = carrying − fair value = {money(carrying)} − {money(fair)} = {money(gaap)}"
              if und < carrying else "US GAAP loss: $0.00"),
             f"IFRS value in use = PV of {money(flow)} × {years} at {pct(rate)} (tools.calc.npv) = {money(viu)}",
             f"Fair value less costs to sell = {money(fair)} − {money(sell)} = {money(fair - sell)}",
             f"Recoverable amount = {money(max(fair - sell, viu))}; IFRS loss = max(0, {money(carrying)} − "
             f"{money(max(fair - sell, viu))}) = {money(ifrs)}",
             f"Difference: {money(abs(ifrs - gaap))}"
             + (" more under IFRS" if ifrs > gaap else " more under US GAAP" if gaap > ifrs else "")
             + ". IFRS may later reverse the loss; US GAAP never reverses it for assets held and used.", "",
             f"Answer: {money(abs(ifrs - gaap))}"]
    return Draft(q, "\n".join(lines), "gaap_ifrs", "hard", "accounting_gaap_ifrs.gi_impairment",
                 {"carrying": carrying, "cash_flow": flow, "years": years, "rate": rate, "fair_value": fair,
                  "costs_to_sell": sell, "answer": round(abs(ifrs - gaap), 2)})


def t_gi_reconciliation(rng: random.Random) -> Draft:
    """A US GAAP to IFRS reconciliation of net income and equity: LIFO, a write-down reversal, development costs."""
    co = rng.choice(COMPANIES)
    ni, eq = pick(rng, 200000, 20000000, 1000), pick(rng, 2000000, 90000000, 10000)
    rb = pick(rng, 20000, 900000, 1000)
    re_ = rb + pick(rng, -round(rb * 0.2, -3), round(rb * 0.4, -3) + 10000, 1000)
    rev = pick(rng, 0, 400000, 500)
    cap, life, in_use = pick(rng, 50000, 2000000, 1000), rng.randint(3, 8), rng.randint(0, 11)
    amort, dev = dev_difference(cap, life, in_use)
    rate = rng.choice((0.21, 0.25, 0.3))
    items = [("LIFO → FIFO (change in reserve / ending reserve)", re_ - rb, re_),
             ("Inventory write-down reversal (IAS 2.33)", rev, rev),
             ("Development costs capitalized less amortization (IAS 38)", dev, dev)]
    pre_ni, pre_eq = sum(i[1] for i in items), sum(i[2] for i in items)
    ifrs_ni, ifrs_eq = ni + pre_ni * (1 - rate), eq + pre_eq * (1 - rate)
    big = max(items, key=lambda i: abs(i[1]))
    q = ask(rng, (
        "{co} (US GAAP) reports net income of {ni} and equity of {eq}. For its IFRS reporting package: the LIFO "
        "reserve went from {rb} to {re}; an inventory write-down of {rv} recovered this year (goods still on hand); "
        "{k} of development cost met the IAS 38 criteria this year (amortized over {n} years, {u} months in use). "
        "Tax rate {t}. Reconcile net income and equity to IFRS and say which item matters most.",
        "Prepare a US GAAP → IFRS reconciliation for {co}: GAAP net income {ni}, equity {eq}; LIFO reserve {rb} → "
        "{re}; reversible write-down {rv}; capitalizable development {k} ({n}-year life, {u} months of use); tax {t}.",
    ), co=co, ni=money(ni, False), eq=money(eq, False), rb=money(rb, False), re=money(re_, False),
        rv=money(rev, False), k=money(cap, False), n=life, u=in_use, t=pct(rate))
    rows = [(n, money(a), money(b)) for n, a, b in items]
    rows += [("Pre-tax adjustments", money(pre_ni), money(pre_eq)),
             (f"Tax at {pct(rate)}", money(-pre_ni * rate), money(-pre_eq * rate)),
             ("US GAAP as reported", money(ni), money(eq)), ("IFRS", money(ifrs_ni), money(ifrs_eq))]
    lines = [f"Development: amortization {money(cap)} ÷ {life} × {in_use}/12 = {money(amort)}, so {money(dev)} less "
             "expense; it is all this year's, so equity moves by the same amount.", "",
             table(("Item", "Net income", "Equity"), rows), "",
             f"The largest driver of net income is {big[0].split(' (')[0].lower()} ({money(big[1])} pre-tax); IFRS "
             f"net income is {money(ifrs_ni - ni)} {'above' if ifrs_ni >= ni else 'below'} US GAAP.", "",
             f"Answer: {money(ifrs_ni)}"]
    params = {"net_income": ni, "equity": eq, "reserve_begin": rb, "reserve_end": re_, "reversal": rev,
              "capitalized": cap, "life": life, "months_in_use": in_use, "tax_rate": rate,
              "answer": round(ifrs_ni, 2)}
    return Draft(q, "\n".join(lines), "gaap_ifrs", "extremely_complex", "accounting_gaap_ifrs.gi_reconciliation",
                 params)


TEMPLATES: list[tuple[Template, float]] = [
    (t_gi_lifo_restate, 1.0), (t_gi_writedown_reversal, 0.9), (t_gi_dev_costs, 0.9), (t_gi_impairment, 1.3),
    (t_gi_reconciliation, 2.0),
]
