"""Accounting templates for revenue recognition (ASC 606 / IFRS 15): variable consideration, allocating the
transaction price by relative standalone selling price (step 4), revenue over time by the cost-to-cost method, a
bundle recognized at a point in time and over time, and a multi-year contract with its contract asset or liability."""

from __future__ import annotations

import random

from training.data.gen.common import Draft, Template, money, pct, pick
from training.data.gen.ia_common import COMPANIES, ask, table

_BUNDLES = (
    ("a manufacturer", ("equipment", "installation", "two-year maintenance", "operator training")),
    ("a software vendor", ("software license", "implementation services", "first-year support", "cloud hosting")),
    ("a wireless carrier", ("smartphone", "24-month service plan", "device protection")),
    ("a solar installer", ("solar panels", "installation", "10-year monitoring")),
    ("a car dealer", ("vehicle", "extended warranty", "prepaid maintenance package")),
    ("an appliance retailer", ("appliance package", "delivery and installation", "three-year service contract")),
)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def allocate(price: float, ssp: list[float]) -> list[float]:
    """ASC 606 step 4: the price split by relative standalone selling price, each share rounded to the cent and the
    last one taking the rounding difference so the shares add up to the price."""
    total = sum(ssp)
    shares = [round(price * s / total, 2) for s in ssp[:-1]]
    return [*shares, round(price - sum(shares), 2)]


def t_rev_expected_value(rng: random.Random) -> Draft:
    """Variable consideration: expected value or most likely amount added to the fixed fee."""
    co = rng.choice(COMPANIES)
    fee = pick(rng, 50000, 5000000, 1000)
    binary = rng.random() < 0.4
    if binary:
        bonus, p = pick(rng, 5000, round(fee * 0.2, -3) + 5000, 1000), pick(rng, 0.1, 0.9, 0.05)
        outcomes = [(bonus, p), (0.0, round(1 - p, 2))]
        var = max(outcomes, key=lambda o: o[1])[0]
        method = "most likely amount"
    else:
        amounts = sorted(pick(rng, 0, round(fee * 0.25, -3), 1000) for _ in range(3))
        probs = [pick(rng, 0.1, 0.5, 0.05) for _ in range(2)]
        probs.append(round(1 - sum(probs), 2))
        if probs[-1] <= 0:
            probs = [0.3, 0.4, 0.3]
        outcomes = list(zip(amounts, probs, strict=True))
        var = sum(a * q for a, q in outcomes)
        method = "expected value"
    price = fee + var
    q = ask(rng, (
        "{co} signs a contract for a fixed {f} plus a performance bonus: {o}. Using the {m} method (and assuming the "
        "estimate is not constrained), what is the transaction price?",
        "ASC 606 step 3: fixed consideration {f}; variable bonus outcomes {o}. Estimate the variable consideration by "
        "the {m} method and give the transaction price.",
    ), co=co, f=money(fee, False), o="; ".join(f"{money(a, False)} with probability {pct(q_)}" for a, q_ in outcomes),
        m=method)
    work = (" + ".join(f"{money(a)} × {pct(q_)}" for a, q_ in outcomes) + f" = {money(var)}" if not binary else
            f"the single most likely outcome is {money(var)}")
    lines = [f"Variable consideration ({method}): {work}",
             f"Transaction price = {money(fee)} + {money(var)} = {money(price)}",
             "It is reassessed each reporting date; the constraint would cap it if a significant reversal were "
             "probable.", "", f"Answer: {money(price)}"]
    return Draft(q, "\n".join(lines), "revenue_recognition", "easy", "accounting_revenue.rev_expected_value",
                 {"fee": fee, "outcomes": [[a, q_] for a, q_ in outcomes], "method": method,
                  "answer": round(price, 2)})


def _bundle(rng: random.Random, count: int) -> tuple[str, list[str], list[float], float]:
    who, items = rng.choice(_BUNDLES)
    names = list(items[:max(2, min(count, len(items)))])
    ssp = [pick(rng, 200, 60000, 50) for _ in names]
    price = round(sum(ssp) * (1 - pick(rng, 0.05, 0.25, 0.01)), -1)
    return who, names, ssp, price


def t_rev_ssp_allocation(rng: random.Random) -> Draft:
    """Allocating a bundle price to performance obligations by relative standalone selling price."""
    co = rng.choice(COMPANIES)
    who, names, ssp, price = _bundle(rng, rng.randint(2, 4))
    alloc = allocate(price, ssp)
    k = rng.randrange(len(names))
    q = ask(rng, (
        "{co}, {w}, sells a bundle of {items} for {p}. Standalone selling prices are listed. How much of the "
        "transaction price is allocated to the {x}?",
        "Step 4 of ASC 606: allocate a {p} transaction price to the performance obligations below by relative SSP. "
        "What goes to the {x}?",
        "We bundle {items} for {p}. Using the standalone prices below, how much revenue belongs to the {x}?",
    ), co=co, w=who, items=", ".join(names), p=money(price), x=names[k])
    inp = table(("Performance obligation", "Standalone selling price"), [(n, money(s)) for n, s in zip(names, ssp,
                                                                                                       strict=True)])
    total = sum(ssp)
    rows = [(n, money(s), f"{s / total:.4%}", money(a)) for n, s, a in zip(names, ssp, alloc, strict=True)]
    lines = [f"Total SSP {money(total)}; the bundle discount {money(total - price)} is spread proportionally.", "",
             table(("Obligation", "SSP", "Share", "Allocated"), rows), "",
             f"Each share = {money(price)} × SSP ÷ {money(total)} (rounded; the last line takes the rounding).", "",
             f"Answer: {money(alloc[k])}"]
    return Draft(q, "\n".join(lines), "revenue_recognition", "medium", "accounting_revenue.rev_ssp_allocation",
                 {"price": price, "ssp": ssp, "index": k, "answer": alloc[k]}, input=inp)


def t_rev_over_time(rng: random.Random) -> Draft:
    """Revenue over time by the cost-to-cost input method, with a revised estimate in year 2."""
    co = rng.choice(COMPANIES)
    price = pick(rng, 500000, 50000000, 10000)
    est1 = round(price * pick(rng, 0.6, 0.85, 0.01), -3)
    est2 = round(est1 * pick(rng, 0.95, 1.12, 0.01), -3)
    c1 = round(est1 * pick(rng, 0.15, 0.5, 0.01), -3)
    c2 = round((est2 - c1) * pick(rng, 0.2, 0.8, 0.01), -3)
    r1, cum = round(price * c1 / est1, 2), round(price * (c1 + c2) / est2, 2)
    r2 = round(cum - r1, 2)
    asked = rng.choice(("revenue", "gross profit"))
    ans = round(r2 if asked == "revenue" else r2 - c2, 2)
    project = rng.choice(("a warehouse", "a bridge retrofit", "a custom production line", "an office tower fit-out",
                          "a wastewater plant upgrade", "a software platform build"))
    q = ask(rng, (
        "{co} builds {pr} for a fixed {p}, recognizing revenue over time by costs incurred. Year 1: costs {c1}, "
        "estimated total cost {e1}. Year 2: costs {c2}, revised total estimate {e2}. What {a} is recognized in year 2?",
        "Cost-to-cost percentage of completion: contract price {p}; year-1 costs {c1} (estimate {e1}); year-2 costs "
        "{c2} (estimate revised to {e2}). Compute year-2 {a}.",
    ), co=co, pr=project, p=money(price, False), c1=money(c1, False), e1=money(est1, False), c2=money(c2, False),
        e2=money(est2, False), a=asked)
    lines = [f"Year 1 progress: {money(c1)} ÷ {money(est1)} = {c1 / est1:.4%}; revenue {money(r1)}",
             f"Year 2 cumulative progress: ({money(c1)} + {money(c2)}) ÷ {money(est2)} = {(c1 + c2) / est2:.4%}",
             f"Cumulative revenue {money(cum)} − year 1 {money(r1)} = {money(r2)} in year 2",
             f"Year-2 gross profit: {money(r2)} − {money(c2)} = {money(r2 - c2)}",
             "The change in estimate is handled prospectively through the cumulative catch-up.", "",
             f"Answer: {money(ans)}"]
    return Draft(q, "\n".join(lines), "revenue_recognition", "medium", "accounting_revenue.rev_over_time",
                 {"price": price, "est1": est1, "est2": est2, "cost1": c1, "cost2": c2, "asked": asked,
                  "answer": ans})


def t_rev_bundle_schedule(rng: random.Random) -> Draft:
    """A license (point in time), training (when delivered) and support (ratably): year-1 revenue and deferral."""
    co, year = rng.choice(COMPANIES), rng.randint(2020, 2025)
    ssp = [pick(rng, 20000, 900000, 500), pick(rng, 2000, 60000, 500), pick(rng, 5000, 300000, 500)]
    price = round(sum(ssp) * (1 - pick(rng, 0.0, 0.2, 0.01)), -2)
    alloc = allocate(price, ssp)
    start, term = rng.randint(1, 12), rng.choice((12, 24, 36))
    train = rng.randint(start, 15)
    months = min(term, 13 - start)
    trained = train <= 12
    rev = alloc[0] + (alloc[1] if trained else 0.0) + alloc[2] * months / term
    q = ask(rng, (
        "On {m} 1, {y}, {co} sells a customer a software license, training and {t}-month support for {p}, all "
        "invoiced and collected up front. SSPs: license {a}, training {b}, support {c}. The license transfers on "
        "{m} 1, support starts then, and training is delivered in {tm}. How much revenue does {co} recognize in {y}, "
        "and what is deferred at December 31?",
        "Contract signed {m} 1, {y}, price {p}: license (SSP {a}, delivered at signing), training (SSP {b}, delivered "
        "{tm}), {t}-month support (SSP {c}, ratable from signing). Compute {y} revenue and the year-end contract "
        "liability.",
    ), m=_MONTHS[start - 1], y=year, co=co, t=term, p=money(price, False), a=money(ssp[0], False),
        b=money(ssp[1], False), c=money(ssp[2], False),
        tm=f"{_MONTHS[(train - 1) % 12]} {year + (train - 1) // 12}")
    rows = [("License", money(ssp[0]), money(alloc[0]), "point in time", money(alloc[0])),
            ("Training", money(ssp[1]), money(alloc[1]), "when delivered", money(alloc[1] if trained else 0.0)),
            ("Support", money(ssp[2]), money(alloc[2]), f"{months}/{term} months", money(alloc[2] * months / term))]
    lines = [f"Allocate {money(price)} by relative SSP (total {money(sum(ssp))}):", "",
             table(("Obligation", "SSP", "Allocated", f"Pattern in {year}", f"Revenue {year}"), rows), "",
             f"{year} revenue: {money(rev)}; contract liability (deferred revenue) at Dec 31: "
             f"{money(price)} − {money(rev)} = {money(price - rev)}", "", f"Answer: {money(rev)}"]
    return Draft(q, "\n".join(lines), "revenue_recognition", "hard", "accounting_revenue.rev_bundle_schedule",
                 {"price": price, "ssp": ssp, "start_month": start, "term": term, "training_month": train,
                  "answer": round(rev, 2)})


def t_rev_multi_year(rng: random.Random) -> Draft:
    """A three-part contract over three years: revenue by year, billing, and the contract asset or liability."""
    co, year = rng.choice(COMPANIES), rng.randint(2020, 2024)
    ssp = [pick(rng, 50000, 2000000, 1000), pick(rng, 50000, 1500000, 1000), pick(rng, 20000, 900000, 1000)]
    price = round(sum(ssp) * (1 - pick(rng, 0.03, 0.2, 0.01)), -3)
    alloc = allocate(price, ssp)
    est = round(alloc[1] * pick(rng, 0.6, 0.85, 0.01), -2)
    c1 = round(est * pick(rng, 0.3, 0.7, 0.01), -2)
    bill = rng.choice(((0.4, 0.3, 0.3), (0.3, 0.4, 0.3), (0.5, 0.25, 0.25), (0.2, 0.4, 0.4)))
    start = rng.randint(1, 12)  # support runs 36 months from the first day of this month in year 1
    sup = [min(12, 13 - start), 12, 12, 36 - min(12, 13 - start) - 24]
    revs = [alloc[0] + alloc[1] * c1 / est + alloc[2] * sup[0] / 36, alloc[1] * (est - c1) / est
            + alloc[2] * sup[1] / 36, alloc[2] * sup[2] / 36, alloc[2] * sup[3] / 36]
    billed = [price * (bill[0] + bill[1]), price * bill[2], 0.0, 0.0]
    rows, cb, cr = [], 0.0, 0.0
    for i in range(4):
        cb, cr = cb + billed[i], cr + revs[i]
        bal = cb - cr
        rows.append((year + i, money(revs[i]), money(billed[i]), (f"liability {money(bal)}" if bal > 0.005 else
                                                                 f"asset {money(-bal)}" if bal < -0.005 else "nil")))
    q = ask(rng, (
        "{co} signs a {p} contract on {m} 1, {y}: a license delivered at signing (SSP {a}), implementation "
        "recognized by costs incurred (SSP {b}; estimated cost {e}, of which {c1} is incurred in {y} and the rest in "
        "{y1}), and 36 months of support from signing (SSP {c}). It bills {b1} at signing and {b2} and {b3} at the "
        "ends of {y} and {y1}. Schedule revenue by year with the year-end contract asset or liability. What is {y1} "
        "revenue?",
        "Multi-year ASC 606 schedule for {co}: price {p}; license SSP {a} (point in time, {m} 1, {y}); implementation "
        "SSP {b} (cost-to-cost: {c1} of {e} in {y}, the remainder in {y1}); support SSP {c} (36 months from {m} 1, "
        "{y}). Billing {b1}/{b2}/{b3} of the price at signing, end of {y}, end of {y1}. Find revenue per year and "
        "the contract balances; report {y1} revenue.",
    ), co=co, p=money(price, False), m=_MONTHS[start - 1], y=year, y1=year + 1, a=money(ssp[0], False),
        b=money(ssp[1], False), c=money(ssp[2], False), e=money(est, False), c1=money(c1, False),
        b1=pct(bill[0]), b2=pct(bill[1]), b3=pct(bill[2]))
    lines = ["Allocation by relative SSP: " + ", ".join(f"{n} {money(a)}" for n, a in zip(
                 ("license", "implementation", "support"), alloc, strict=True)),
             f"Implementation: {c1 / est:.2%} done in {year}, the rest in {year + 1}; support months by year: "
             + "/".join(str(s) for s in sup), "",
             table(("Year", "Revenue", "Billed", "Year-end balance"), rows), "",
             "Billing ahead of revenue is a contract liability; revenue ahead of billing is a contract asset (present "
             "one net amount per contract).", "", f"Answer: {money(revs[1])}"]
    params = {"price": price, "ssp": ssp, "est_cost": est, "cost1": c1, "billing": list(bill), "start_month": start,
              "answer": round(revs[1], 2)}
    return Draft(q, "\n".join(lines), "revenue_recognition", "extremely_complex", "accounting_revenue.rev_multi_year",
                 params)


TEMPLATES: list[tuple[Template, float]] = [
    (t_rev_expected_value, 1.3), (t_rev_ssp_allocation, 1.2), (t_rev_over_time, 1.0), (t_rev_bundle_schedule, 1.3),
    (t_rev_multi_year, 2.0),
]
