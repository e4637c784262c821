"""Accounting templates for inventory: the gross-profit estimate, FIFO / LIFO / weighted-average cost of goods sold
under a periodic system, the three compared with LIFO's tax effect, perpetual records (FIFO, LIFO, moving average),
and lower of cost and net realizable value."""

from __future__ import annotations

import random

from training.data.gen.common import Draft, Template, money, pct, pick
from training.data.gen.ia_common import COMPANIES, ask, journal, possessive, table

Layer = tuple[str, int, float]  # (date or label, units, unit cost)
_DATES = ("Jan 9", "Feb 14", "Mar 5", "Apr 18", "May 22", "Jun 12", "Jul 8", "Aug 19", "Sep 23", "Oct 7", "Nov 11",
          "Dec 2")
_GOODS = ("bike helmets", "espresso machines", "LED panels", "hiking boots", "cases of olive oil", "tablet cases",
          "office chairs", "bags of fertilizer", "wool blankets", "power drills", "ceramic planters", "car batteries")


def purchases(rng: random.Random, count: int) -> list[Layer]:
    """Beginning inventory and ``count`` purchases in date order, prices trending up (usually) or down."""
    trend = rng.choice((1.0, 1.0, 1.0, -1.0))
    cost = pick(rng, 4, 80, 0.25)
    dates = sorted(rng.sample(range(12), count), key=int)
    out: list[Layer] = [("Beginning inventory", int(pick(rng, 50, 1500, 10)), cost)]
    for d in dates:
        cost = max(1.0, round(cost * (1 + trend * pick(rng, 0.01, 0.08, 0.005)) * 4) / 4)
        out.append((f"Purchase {_DATES[d]}", int(pick(rng, 50, 2000, 10)), cost))
    return out


def periodic_cogs(layers: list[Layer], sold: int, method: str) -> float:
    """Cost of goods sold under a periodic system: FIFO takes the oldest layers, LIFO the newest, weighted average
    prices every unit at total cost ÷ total units."""
    if method == "weighted average":
        return sold * sum(u * c for _, u, c in layers) / sum(u for _, u, _ in layers)
    order = layers if method == "FIFO" else list(reversed(layers))
    left, cogs = sold, 0.0
    for _, units, cost in order:
        take = min(left, units)
        cogs += take * cost
        left -= take
    return cogs


def _consumed(layers: list[Layer], sold: int, method: str) -> list[str]:
    order = layers if method == "FIFO" else list(reversed(layers))
    left, out = sold, []
    for label, units, cost in order:
        take = min(left, units)
        if take:
            out.append(f"{take:,} × {money(cost)} ({label}) = {money(take * cost)}")
        left -= take
    return out


def _layer_table(layers: list[Layer]) -> str:
    rows = [(label, f"{u:,}", money(c), money(u * c)) for label, u, c in layers]
    rows.append(("Goods available", f"{sum(u for _, u, _ in layers):,}", "",
                 money(sum(u * c for _, u, c in layers))))
    return table(("", "Units", "Unit cost", "Total"), rows)


def _sold(rng: random.Random, layers: list[Layer]) -> int:
    total = sum(u for _, u, _ in layers)
    return int(pick(rng, round(total * 0.4, -1), round(total * 0.9, -1), 5))


def t_inv_gross_profit(rng: random.Random) -> Draft:
    """The gross-profit method: estimating inventory lost in a fire or flood."""
    co = rng.choice(COMPANIES)
    beg, buy = pick(rng, 20000, 900000, 100), pick(rng, 50000, 3000000, 100)
    gp = pick(rng, 0.2, 0.5, 0.01)
    sales = pick(rng, round(buy * 0.8, -2), round((beg + buy) / (1 - gp) * 0.95, -2), 100)
    cogs = sales * (1 - gp)
    est = beg + buy - cogs
    salvage = rng.choice((0.0, pick(rng, 0, round(max(est, 0) * 0.3, -2), 100)))
    ask_loss = salvage > 0 and rng.random() < 0.6
    ans = est - salvage if ask_loss else est
    event = rng.choice(("a warehouse fire", "a flood", "a burst sprinkler main", "a roof collapse"))
    q = ask(rng, (
        "{co} lost its inventory in {e}. Beginning inventory was {b}, net purchases to the date of the loss {p}, and "
        "net sales {s}; the usual gross margin is {g} of sales.{x} Estimate the {w}.",
        "Gross-profit method: beginning inventory {b}, purchases {p}, sales {s}, gross profit rate {g}.{x} What is the "
        "estimated {w} after {e}?",
    ), co=co, e=event, b=money(beg, False), p=money(buy, False), s=money(sales, False), g=pct(gp),
        x=f" Goods worth {money(salvage, False)} were salvaged." if salvage else "",
        w="inventory loss" if ask_loss else "inventory on hand at the date of the loss")
    lines = [f"Goods available: {money(beg)} + {money(buy)} = {money(beg + buy)}",
             f"Estimated cost of sales: {money(sales)} × (1 − {pct(gp)}) = {money(cogs)}",
             f"Estimated inventory: {money(beg + buy)} − {money(cogs)} = {money(est)}"]
    if ask_loss:
        lines.append(f"Loss: {money(est)} − {money(salvage)} salvaged = {money(ans)}")
    lines += ["", f"Answer: {money(ans)}"]
    return Draft(q, "\n".join(lines), "inventory_valuation", "easy", "accounting_inventory.inv_gross_profit",
                 {"beginning": beg, "purchases": buy, "sales": sales, "gp_rate": gp, "salvage": salvage,
                  "asked": "loss" if ask_loss else "inventory", "answer": round(ans, 2)})


def t_inv_periodic(rng: random.Random) -> Draft:
    """Periodic FIFO, LIFO or weighted average: cost of goods sold or ending inventory from a purchases table."""
    co, goods = rng.choice(COMPANIES), rng.choice(_GOODS)
    layers = purchases(rng, rng.randint(2, 4))
    sold = _sold(rng, layers)
    method = rng.choice(("FIFO", "LIFO", "weighted average"))
    asked = rng.choice(("cost of goods sold", "ending inventory"))
    gafs = sum(u * c for _, u, c in layers)
    cogs = periodic_cogs(layers, sold, method)
    ans = round(cogs if asked == "cost of goods sold" else gafs - cogs, 2)
    q = ask(rng, (
        "{co} sells {g} and uses a periodic system with {m}. It sold {s:,} units this year. Using the purchases "
        "below, what is {a}?",
        "Compute {a} under periodic {m} for the {g} below ({s:,} units sold).",
        "Our {g} purchases for the year are listed and we sold {s:,} units. Under {m} (periodic), what's {a}?",
    ), co=co, g=goods, m=method, s=sold, a=asked)
    units = sum(u for _, u, _ in layers)
    lines = [f"Goods available: {units:,} units costing {money(gafs)}; sold {sold:,}, left {units - sold:,}."]
    if method == "weighted average":
        lines.append(f"Average cost = {money(gafs)} ÷ {units:,} = ${gafs / units:,.4f}; COGS = {sold:,} × that = "
                     f"{money(cogs)}")
    else:
        lines += [f"{method}: cost of goods sold takes the {'oldest' if method == 'FIFO' else 'newest'} costs first:"]
        lines += [f"- {x}" for x in _consumed(layers, sold, method)]
        lines.append(f"COGS = {money(cogs)}")
    lines += [f"Ending inventory = {money(gafs)} − {money(cogs)} = {money(gafs - cogs)}", "", f"Answer: {money(ans)}"]
    return Draft(q, "\n".join(lines), "inventory_valuation", "medium", "accounting_inventory.inv_periodic",
                 {"layers": [[u, c] for _, u, c in layers], "sold": sold, "method": method, "asked": asked,
                  "answer": ans}, input=_layer_table(layers))


def t_inv_compare_tax(rng: random.Random) -> Draft:
    """FIFO, LIFO and weighted average side by side: gross profit, income tax, and LIFO's tax effect."""
    co, goods = rng.choice(COMPANIES), rng.choice(_GOODS)
    layers = purchases(rng, rng.randint(3, 4))
    sold = _sold(rng, layers)
    price = round(max(c for _, _, c in layers) * pick(rng, 1.3, 2.2, 0.05), 2)
    rate, opex = rng.choice((0.21, 0.25, 0.27)), pick(rng, 0, round(sold * price * 0.15, -2), 100)
    sales = sold * price
    gafs = sum(u * c for _, u, c in layers)
    res = {m: periodic_cogs(layers, sold, m) for m in ("FIFO", "LIFO", "weighted average")}
    rows = [(m, money(c), money(gafs - c), money(sales - c), money((sales - c - opex) * rate)) for m, c in res.items()]
    diff = (res["LIFO"] - res["FIFO"]) * rate
    q = ask(rng, (
        "{co} sold {s:,} {g} at {p} each (periodic system; operating expenses {o}; tax rate {t}). Compare FIFO, LIFO "
        "and weighted average: cost of goods sold, ending inventory, gross profit and income tax. How much tax does "
        "LIFO save or cost compared with FIFO?",
        "Using the purchases below, prepare a comparison of the three cost-flow assumptions for {cop} {g} ({s:,} sold "
        "at {p}; other expenses {o}; {t} tax) and quantify the tax effect of choosing LIFO over FIFO.",
    ), co=co, cop=possessive(co), s=sold, g=goods, p=money(price), o=money(opex, False), t=pct(rate))
    lines = [f"Sales: {sold:,} × {money(price)} = {money(sales)}; goods available {money(gafs)}", "",
             table(("Method", "COGS", "Ending inventory", "Gross profit", "Income tax"), rows), "",
             f"LIFO − FIFO cost of goods sold: {money(res['LIFO'] - res['FIFO'])} × {pct(rate)} = {money(diff)}"]
    lines.append(("Prices rose, so LIFO charges the newer, higher costs to COGS and saves "
                  if diff >= 0 else "Prices fell, so LIFO charges the newer, lower costs to COGS and costs ")
                 + f"{money(abs(diff))} of tax this year; a company using LIFO for taxes must also use it in its "
                 "financial statements (the LIFO conformity rule, IRC §472(c)).")
    lines += ["", f"Answer: {money(abs(diff))}"]
    return Draft(q, "\n".join(lines), "inventory_valuation", "hard", "accounting_inventory.inv_compare_tax",
                 {"layers": [[u, c] for _, u, c in layers], "sold": sold, "price": price, "tax_rate": rate,
                  "answer": round(abs(diff), 2)}, input=_layer_table(layers))


def perpetual(events: list[tuple[str, int, float]], method: str) -> list[float]:
    """Perpetual records: the cost of each sale, in order. Events are (kind, units, unit cost), kind "buy" or "sell";
    FIFO and LIFO keep cost layers, moving average re-prices all units after every purchase."""
    layers: list[list[float]] = []
    out = []
    for kind, units, cost in events:
        if kind == "buy":
            if method == "moving average" and layers:
                q = layers[0][0] + units
                layers = [[q, (layers[0][0] * layers[0][1] + units * cost) / q]]
            else:
                layers.append([float(units), cost])
            continue
        left, total = float(units), 0.0
        while left > 1e-9:
            layer = layers[-1] if method == "LIFO" else layers[0]
            take = min(left, layer[0])
            total += take * layer[1]
            layer[0] -= take
            left -= take
            if layer[0] <= 1e-9:
                layers.remove(layer)
        out.append(total)
    return out


def _events(rng: random.Random) -> list[tuple[str, str, int, float]]:
    layers = purchases(rng, 3)
    dates = sorted(rng.sample(range(1, 12), 6))
    events: list[tuple[str, str, int, float]] = [("Jan 1", "buy", layers[0][1], layers[0][2])]
    on_hand, buys = layers[0][1], iter(layers[1:])
    for i, d in enumerate(dates):
        if i % 2 == 0:
            sell = int(pick(rng, round(on_hand * 0.3, -1), round(on_hand * 0.8, -1), 5))
            events.append((_DATES[d].split()[0] + f" {rng.randint(1, 28)}", "sell", sell, 0.0))
            on_hand -= sell
        else:
            _, u, c = next(buys)
            events.append((_DATES[d].split()[0] + f" {rng.randint(1, 28)}", "buy", u, c))
            on_hand += u
    return events


def t_inv_perpetual(rng: random.Random) -> Draft:
    """A perpetual inventory record under FIFO, LIFO or moving average: the cost of each sale and the total."""
    co, goods = rng.choice(COMPANIES), rng.choice(_GOODS)
    events = _events(rng)
    method = rng.choice(("FIFO", "LIFO", "moving average"))
    costs = perpetual([(k, u, c) for _, k, u, c in events], method)
    total_in = sum(u * c for _, k, u, c in events if k == "buy")
    cogs = sum(costs)
    asked = rng.choice(("cost of goods sold", "ending inventory"))
    ans = round(cogs if asked == "cost of goods sold" else total_in - cogs, 2)
    q = ask(rng, (
        "{co} keeps a perpetual inventory of {g} using {m}. From the transactions below, what is {a} for the year?",
        "Perpetual {m}: record the {g} transactions below and give {a}.",
        "Our {g} ledger is perpetual ({m}). Work through the year's transactions and tell me {a}.",
    ), co=co, g=goods, m=method, a=asked)
    inp = table(("Date", "Transaction", "Units", "Unit cost"),
                [(d, "Beginning balance" if i == 0 else ("Purchase" if k == "buy" else "Sale"), f"{u:,}",
                  money(c) if k == "buy" else "") for i, (d, k, u, c) in enumerate(events)])
    sales = iter(costs)
    rows, on_hand = [], 0
    for d, k, u, c in events:
        on_hand += u if k == "buy" else -u
        rows.append((d, f"in {u:,} @ {money(c)}" if k == "buy" else f"out {u:,}",
                     money(next(sales)) if k == "sell" else "", f"{on_hand:,}"))
    lines = [("Each sale takes the oldest layers first." if method == "FIFO" else
              "Each sale takes the most recent layers on hand at that moment." if method == "LIFO" else
              "After each purchase the average cost is recomputed; sales are priced at the current average."), "",
             table(("Date", "Movement", "Cost of sale", "Units on hand"), rows), "",
             f"COGS = {money(cogs)}; ending inventory = {money(total_in)} − {money(cogs)} = {money(total_in - cogs)}",
             "", f"Answer: {money(ans)}"]
    return Draft(q, "\n".join(lines), "inventory_valuation", "hard", "accounting_inventory.inv_perpetual",
                 {"events": [[k, u, c] for _, k, u, c in events], "method": method, "asked": asked, "answer": ans},
                 input=inp)


def t_inv_lcnrv(rng: random.Random) -> Draft:
    """Lower of cost and net realizable value, item by item, and the write-down entry."""
    co = rng.choice(COMPANIES)
    items = []
    for name in rng.sample(_GOODS, rng.randint(3, 4)):
        cost = pick(rng, 5, 400, 0.5)
        price = round(cost * pick(rng, 0.7, 1.6, 0.05), 2)
        items.append((name, int(pick(rng, 20, 3000, 10)), cost, price, round(price * pick(rng, 0.03, 0.2, 0.01), 2)))
    if all(p - s >= c for _, _, c, p, s in items):
        name, q0, c, _, s = items[0]
        items[0] = (name, q0, c, round(c * 0.85, 2), s)
    rows, down = [], 0.0
    for name, qty, c, p, s in items:
        nrv = p - s
        low = min(c, nrv)
        down += (c - low) * qty
        rows.append((name, f"{qty:,}", money(c), money(nrv), money(low), money((c - low) * qty)))
    q = ask(rng, (
        "{co} carries the FIFO inventory below. Apply lower of cost and net realizable value item by item (ASC 330 / "
        "IAS 2). What write-down is needed?",
        "Measure {cop} inventory at the lower of cost and NRV (item by item) and record the write-down.",
        "Year-end inventory review for {co}: selling prices and selling costs are listed. How much do we write "
        "inventory down?",
    ), co=co, cop=possessive(co))
    inp = table(("Item", "Units", "Unit cost", "Selling price", "Cost to complete and sell"),
                [(n, f"{qty:,}", money(c), money(p), money(s)) for n, qty, c, p, s in items])
    lines = ["NRV = selling price − costs to complete and sell; carry each item at min(cost, NRV).", "",
             table(("Item", "Units", "Cost", "NRV", "Lower", "Write-down"), rows), "",
             journal([("Loss on Inventory Write-Down (or COGS)", round(down, 2), 0.0),
                      ("Inventory", 0.0, round(down, 2))]), "", f"Answer: {money(down)}"]
    return Draft(q, "\n".join(lines), "inventory_valuation", "medium", "accounting_inventory.inv_lcnrv",
                 {"items": [[qty, c, p, s] for _, qty, c, p, s in items], "answer": round(down, 2)}, input=inp)


TEMPLATES: list[tuple[Template, float]] = [
    (t_inv_gross_profit, 1.3), (t_inv_periodic, 1.2), (t_inv_compare_tax, 1.4), (t_inv_perpetual, 1.4),
    (t_inv_lcnrv, 1.0),
]
