"""Accounting templates for financial statements: the retained-earnings roll-forward, a multi-step income statement
from a list of balances, operating cash flow by the indirect method, and a full year-end close (FIFO inventory,
depreciation, accruals, tax) with its effect on ratios and a loan covenant."""

from __future__ import annotations

import math
import random

from training.data.gen.accounting_inventory import periodic_cogs, purchases
from training.data.gen.common import Draft, Template, money, num, pct, pick
from training.data.gen.ia_common import COMPANIES, ask, possessive, table

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def t_fs_retained_earnings(rng: random.Random) -> Draft:
    """The retained-earnings roll-forward, solved for the ending balance, net income or dividends."""
    co, year = rng.choice(COMPANIES), rng.randint(2019, 2025)
    beg = pick(rng, 50000, 8000000, 1000)
    ni = pick(rng, -400000, 2500000, 100)
    div = pick(rng, 0, round(max(ni, 100000) * 0.6, -2), 100)
    end = beg + ni - div
    asked = rng.choice(("ending", "ending", "net income", "dividends"))
    ans = {"ending": end, "net income": ni, "dividends": div}[asked]
    ni_txt = f"net income of {money(ni)}" if ni >= 0 else f"a net loss of {money(-ni)}"
    if asked == "ending":
        q = ask(rng, (
            "{co} began {y} with retained earnings of {b}, earned {n} and declared cash dividends of {d}. What are "
            "retained earnings at year-end?",
            "Statement of retained earnings for {y}: opening balance {b}; {n}; dividends declared {d}. Ending balance?",
        ), co=co, y=year, b=money(beg), n=ni_txt, d=money(div))
    elif asked == "net income":
        q = ask(rng, (
            "{cop} retained earnings went from {b} to {e} during {y}, and it declared {d} of dividends. What was net "
            "income (or loss) for the year?",
            "Retained earnings: beginning {b}, ending {e}, dividends {d}. Solve for {y} net income.",
        ), cop=possessive(co), b=money(beg), e=money(end), d=money(div), y=year)
    else:
        q = ask(rng, (
            "{co} had retained earnings of {b} at the start of {y} and {e} at the end, with {n}. How much did it "
            "declare in dividends?",
            "Beginning retained earnings {b}, ending {e}, {n}. What dividends were declared in {y}?",
        ), co=co, b=money(beg), e=money(end), n=ni_txt, y=year)
    lines = ["Ending retained earnings = beginning + net income − dividends declared"]
    if asked == "ending":
        lines.append(f"= {money(beg)} + ({money(ni)}) − {money(div)} = {money(end)}")
    elif asked == "net income":
        lines.append(f"Net income = ending − beginning + dividends = {money(end)} − {money(beg)} + {money(div)} = "
                     f"{money(ni)}" + (" (a net loss)" if ni < 0 else ""))
    else:
        lines.append(f"Dividends = beginning + net income − ending = {money(beg)} + ({money(ni)}) − {money(end)} = "
                     f"{money(div)}")
    lines += ["", f"Answer: {money(ans)}"]
    return Draft(q, "\n".join(lines), "financial_statements", "easy", "accounting_statements.fs_retained_earnings",
                 {"beginning": beg, "net_income": ni, "dividends": div, "ending": end, "asked": asked,
                  "answer": round(ans, 2)})


_DISTRACTORS = ("Accounts receivable", "Dividends declared", "Common stock", "Accumulated depreciation",
                "Unearned revenue", "Prepaid insurance", "Notes payable")


def t_fs_income_statement(rng: random.Random) -> Draft:
    """A multi-step income statement from an unordered list of balances, with balance-sheet distractors."""
    co, year = rng.choice(COMPANIES), rng.randint(2019, 2025)
    gross = pick(rng, 200000, 30000000, 1000)
    ret, disc = round(gross * pick(rng, 0.0, 0.06, 0.005)), round(gross * pick(rng, 0.0, 0.02, 0.0025))
    net_sales = gross - ret - disc
    cogs = round(net_sales * pick(rng, 0.4, 0.7, 0.01))
    sell, admin = round(net_sales * pick(rng, 0.05, 0.12, 0.005)), round(net_sales * pick(rng, 0.04, 0.1, 0.005))
    dep = round(net_sales * pick(rng, 0.01, 0.04, 0.0025))
    interest, other = round(net_sales * pick(rng, 0.0, 0.03, 0.0025)), round(net_sales * pick(rng, -0.01, 0.02, 0.0025))
    rate = rng.choice((0.21, 0.25, 0.27))
    other = other or round(net_sales * 0.005)
    gp = net_sales - cogs
    op = gp - sell - admin - dep
    ebt = op + other - interest
    tax = ebt * rate
    ni = ebt - tax
    items = [("Sales revenue", gross), ("Sales returns and allowances", ret), ("Sales discounts", disc),
             ("Cost of goods sold", cogs), ("Selling expenses", sell), ("General and administrative expenses", admin),
             ("Depreciation expense", dep), ("Interest expense", interest),
             ("Gain on sale of equipment" if other >= 0 else "Loss on sale of equipment", abs(other))]
    items += [(d, round(net_sales * pick(rng, 0.02, 0.3, 0.005))) for d in rng.sample(_DISTRACTORS, 2)]
    rng.shuffle(items)
    asked = rng.choice(("net income", "net income", "operating income", "gross profit"))
    ans = round({"net income": ni, "operating income": op, "gross profit": gp}[asked], 2)
    q = ask(rng, (
        "Prepare {cop} {y} multi-step income statement from the balances below (tax rate {t}). What is {a}?",
        "From this adjusted trial-balance extract, build a multi-step income statement for {co} and report {a}. "
        "Income tax is {t} of pre-tax income.",
        "Not every account below belongs on the income statement. Sort them out and compute {cop} {a} for {y} "
        "(tax {t}).",
    ), co=co, cop=possessive(co), y=year, t=pct(rate), a=asked)
    inp = table(("Account", "Balance"), [(n, money(v, False)) for n, v in items])
    rows = [("Net sales", f"{money(gross)} − {money(ret)} − {money(disc)}", money(net_sales)),
            ("Gross profit", f"− COGS {money(cogs)}", money(gp)),
            ("Operating income", f"− {money(sell)} − {money(admin)} − {money(dep)}", money(op)),
            ("Income before tax", f"{'+' if other >= 0 else '−'} {money(abs(other))} − interest {money(interest)}",
             money(ebt)), ("Income tax", f"{pct(rate)} × {money(ebt)}", money(tax)), ("Net income", "", money(ni))]
    lines = [table(("Line", "Working", "Amount"), rows), "",
             "Left out (balance-sheet or equity accounts): " + ", ".join(
                 n for n, _ in items if n in _DISTRACTORS) + ".", "", f"Answer: {money(ans)}"]
    return Draft(q, "\n".join(lines), "financial_statements", "medium", "accounting_statements.fs_income_statement",
                 {"gross_sales": gross, "returns": ret, "discounts": disc, "cogs": cogs, "selling": sell,
                  "admin": admin, "depreciation": dep, "interest": interest, "other": other, "tax_rate": rate,
                  "asked": asked, "answer": ans}, input=inp)


_WC = (("Accounts receivable", 1), ("Inventory", 1), ("Prepaid expenses", 1), ("Accounts payable", -1),
       ("Accrued liabilities", -1), ("Unearned revenue", -1))


def t_fs_cash_flow_indirect(rng: random.Random) -> Draft:
    """Cash flow from operations by the indirect method."""
    co, year = rng.choice(COMPANIES), rng.randint(2019, 2025)
    ni = pick(rng, -200000, 5000000, 100)
    dep, amort = pick(rng, 10000, 900000, 100), rng.choice((0.0, pick(rng, 5000, 200000, 100)))
    gain = pick(rng, -60000, 80000, 100)
    bal = [(n, s, pick(rng, 10000, 2000000, 100)) for n, s in rng.sample(_WC, rng.randint(4, 6))]
    bal2 = [(n, s, b, max(0.0, b + pick(rng, -round(b * 0.3, -2), round(b * 0.3, -2), 100))) for n, s, b in bal]
    adj = [(n, -s * (e - b)) for n, s, b, e in bal2]
    cfo = ni + dep + amort - gain + sum(a for _, a in adj)
    q = ask(rng, (
        "{co} reported net income of {ni} for {y}, with depreciation of {d}{am} and a {gl} of {g} on equipment sold. "
        "Using the working-capital balances below, what is cash flow from operating activities (indirect method)?",
        "Indirect-method CFO for {co}, {y}: net income {ni}; depreciation {d}{am}; {gl} on sale of equipment {g}; "
        "changes in current accounts as listed.",
        "Reconcile {cop} {y} net income of {ni} to operating cash flow. Depreciation was {d}{am}; it booked a {gl} of "
        "{g} on an asset sale. Balances are below.",
    ), co=co, cop=possessive(co), ni=money(ni), y=year, d=money(dep), am=f", amortization {money(amort)}" if amort
        else "", gl="gain" if gain >= 0 else "loss", g=money(abs(gain)))
    inp = table(("Account", f"Dec 31, {year - 1}", f"Dec 31, {year}"),
                [(n, money(b, False), money(e, False)) for n, _, b, e in bal2])
    rows = [("Net income", money(ni)), ("Depreciation", f"+{money(dep)}")]
    rows += [("Amortization", f"+{money(amort)}")] if amort else []
    rows += [("Gain on sale (investing)" if gain >= 0 else "Loss on sale (investing)",
              f"{'−' if gain >= 0 else '+'}{money(abs(gain))}")]
    rows += [(f"{'Increase' if (e - b) > 0 else 'Decrease'} in {n.lower()}", f"{'+' if a >= 0 else '−'}{money(abs(a))}")
             for (n, _, b, e), (_, a) in zip(bal2, adj, strict=True)]
    rows.append(("Cash from operations", money(cfo)))
    lines = ["Start from net income, add back non-cash charges, remove the gain/loss (its cash is investing), then: an "
             "increase in a current asset uses cash, an increase in a current liability provides it.", "",
             table(("Item", "Amount"), rows), "", f"Answer: {money(cfo)}"]
    return Draft(q, "\n".join(lines), "financial_statements", "medium", "accounting_statements.fs_cash_flow_indirect",
                 {"net_income": ni, "depreciation": dep, "amortization": amort, "gain": gain,
                  "balances": [[s, b, e] for _, s, b, e in bal2], "answer": round(cfo, 2)}, input=inp)


_CLOSE_PHRASINGS = (
    "Close {cop} {y} books. Sales were {n:,} units at {p}; inventory purchases are below (periodic FIFO). "
    "Recorded operating expenses are {ox}. Still to record: depreciation on equipment bought {m} 1 for {c} "
    "({l}-year straight-line, no salvage), {od} of depreciation on older assets, {w} of accrued wages and {k} "
    "of interest on a {nt} note at {r}. Tax rate {t}. Find net income, net margin and the current ratio "
    "(cash {ca}, receivables {ar}, current liabilities before adjustments {cl}) against a {cv} covenant.",
    "Year-end close, {y}: {n:,} units sold at {p} (periodic FIFO, purchases below); operating expenses booked "
    "{ox}. Unrecorded: SL depreciation on {c} of equipment in service since {m} 1 ({l} years, no salvage) and {od} "
    "on older assets; accrued wages {w}; {k} of interest on a {nt} note at {r}; income tax at {t}. Report net "
    "income and net margin, and test the {cv} current-ratio covenant (cash {ca}, receivables {ar}, unadjusted "
    "current liabilities {cl}). What does the lender need to hear?",
)


def t_fs_year_close(rng: random.Random) -> Draft:
    """A year-end close: FIFO inventory, new-equipment depreciation, accruals and tax; net income, net margin, the
    current ratio against a loan covenant, and what it takes to comply."""
    co, year = rng.choice(COMPANIES), rng.randint(2019, 2025)
    layers = purchases(rng, 3)
    units = sum(u for _, u, _ in layers)
    sold = int(pick(rng, round(units * 0.5, -1), round(units * 0.9, -1), 5))
    price = round(max(c for _, _, c in layers) * pick(rng, 1.8, 3.0, 0.05), 2)
    sales, cogs = sold * price, periodic_cogs(layers, sold, "FIFO")
    ei = sum(u * c for _, u, c in layers) - cogs
    cost, life, month = pick(rng, 5000, round(sales * 0.3, -3) + 5000, 500), rng.randint(3, 10), rng.randint(1, 12)
    dep = cost / life * (13 - month) / 12
    old_dep = pick(rng, 500, round(sales * 0.05, -2) + 500, 100)
    wages = pick(rng, 500, round(sales * 0.04, -2) + 500, 50)
    note, rate = pick(rng, 10000, round(sales * 0.5, -3) + 10000, 1000), pick(rng, 0.05, 0.1, 0.0025)
    months = rng.randint(1, 9)
    interest = note * rate * months / 12
    opex = min(pick(rng, 0.08, 0.25, 0.005) * sales, sales - cogs - dep - old_dep - wages - interest - 0.05 * sales)
    opex = round(max(opex, 0.0), -1)
    tax_rate = rng.choice((0.21, 0.25, 0.27))
    ebt = sales - cogs - opex - dep - old_dep - wages - interest
    tax = ebt * tax_rate
    ni = ebt - tax
    cash, ar = pick(rng, 2000, round(sales * 0.15, -2) + 2000, 100), pick(rng, 2000, round(sales * 0.2, -2) + 2000, 100)
    cl0 = pick(rng, round((cash + ar + ei) * 0.3, -2), round((cash + ar + ei) * 0.8, -2) + 100, 100)
    cov = rng.choice((1.2, 1.25, 1.5, 2.0))
    ca, cl = cash + ar + ei, cl0 + wages + interest + tax
    need = max(0.0, math.ceil((cov * cl - ca) * 100) / 100)
    q = ask(rng, _CLOSE_PHRASINGS, cop=possessive(co), y=year, n=sold, p=money(price), ox=money(opex, False),
        m=_MONTHS[month - 1], c=money(cost, False), l=life, od=money(old_dep, False), w=money(wages, False),
        k=f"{months} month{'s' if months > 1 else ''}", nt=money(note, False), r=pct(rate), t=pct(tax_rate),
        ca=money(cash, False), ar=money(ar, False),
        cl=money(cl0, False), cv=f"{cov:g}×")
    inp = table(("", "Units", "Unit cost"), [(lb, f"{u:,}", money(c)) for lb, u, c in layers])
    rows = [("Sales", f"{sold:,} × {money(price)}", money(sales)), ("COGS (FIFO)", "oldest costs first", money(cogs)),
            ("Operating expenses", "as recorded", money(opex)),
            ("Depreciation, new", f"{money(cost)} ÷ {life} × {13 - month}/12", money(dep)),
            ("Depreciation, older", "", money(old_dep)), ("Accrued wages", "", money(wages)),
            ("Interest", f"{money(note)} × {pct(rate)} × {months}/12", money(interest)),
            ("Income before tax", "", money(ebt)), ("Income tax", pct(tax_rate), money(tax)),
            ("Net income", "", money(ni))]
    ok = ca / cl >= cov
    lines = [f"FIFO ending inventory: {units - sold:,} units at the latest costs = {money(ei)}", "",
             table(("Line", "Working", "Amount"), rows), "",
             f"Net margin: {money(ni)} ÷ {money(sales)} = {pct(ni / sales)}",
             f"Current ratio: ({money(cash)} + {money(ar)} + {money(ei)}) ÷ ({money(cl0)} + {money(wages)} + "
             f"{money(interest)} + {money(tax)} tax payable) = {num(ca / cl, 2)}",
             (f"Covenant {cov:g}× is met." if ok else
              f"Covenant {cov:g}× is breached: current assets must rise by {money(need)} (e.g. long-term financing "
              "held as cash) or a waiver is needed before the statements are issued."), "", f"Answer: {money(ni)}"]
    params = {"layers": [[u, c] for _, u, c in layers], "sold": sold, "price": price, "opex": opex, "equip_cost": cost,
              "life": life, "month": month, "old_dep": old_dep, "wages": wages, "note": note, "rate": rate,
              "months": months, "tax_rate": tax_rate, "cash": cash, "ar": ar, "cl0": cl0, "covenant": cov,
              "answer": round(ni, 2)}
    return Draft(q, "\n".join(lines), "financial_statements", "extremely_complex",
                 "accounting_statements.fs_year_close", params, input=inp)


TEMPLATES: list[tuple[Template, float]] = [
    (t_fs_retained_earnings, 1.3), (t_fs_income_statement, 1.0), (t_fs_cash_flow_indirect, 1.1),
    (t_fs_year_close, 2.2),
]
