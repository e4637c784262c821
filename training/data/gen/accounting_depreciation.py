"""Accounting templates for depreciation: straight-line, units of production, sum-of-years'-digits, double-declining
balance (floor at salvage or switch to straight-line), partial first years, a method comparison, and book against
MACRS tax depreciation with the deferred tax it creates.

Schedules are computed as unrounded book values; a year's depreciation is shown as the difference of the rounded
book values, so every schedule foots to the cent."""

from __future__ import annotations

import random

from training.data.gen.common import Draft, Template, money, pct, pick
from training.data.gen.ia_common import COMPANIES, ask, possessive, table

# (asset, cost low, cost high, life low, life high, usage unit, lifetime usage low, high)
_ASSETS = (
    ("delivery truck", 30000, 90000, 5, 8, "miles", 100000, 300000),
    ("CNC machine", 80000, 400000, 7, 12, "machine hours", 20000, 60000),
    ("forklift", 20000, 60000, 5, 10, "operating hours", 8000, 20000),
    ("printing press", 100000, 600000, 8, 10, "thousand impressions", 50000, 200000),
    ("packaging line", 150000, 900000, 6, 10, "units produced", 500000, 3000000),
    ("excavator", 120000, 450000, 6, 10, "engine hours", 10000, 30000),
    ("server cluster", 40000, 250000, 3, 6, "thousand compute hours", 20000, 80000),
    ("commercial oven", 15000, 60000, 6, 10, "baking hours", 15000, 40000),
    ("company car", 25000, 60000, 4, 6, "miles", 80000, 150000),
    ("industrial 3D printer", 10000, 80000, 4, 7, "print hours", 8000, 25000),
)
_SINGULAR = {"miles": "mile", "machine hours": "machine hour", "operating hours": "operating hour",
             "units produced": "unit", "engine hours": "engine hour", "baking hours": "baking hour",
             "print hours": "print hour"}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
# MACRS GDS percentages, 200% declining balance, half-year convention: IRS Publication 946, Table A-1.
MACRS: dict[int, tuple[float, ...]] = {
    5: (0.20, 0.32, 0.192, 0.1152, 0.1152, 0.0576),
    7: (0.1429, 0.2449, 0.1749, 0.1249, 0.0893, 0.0892, 0.0893, 0.0446),
}


def sl_book_values(cost: float, salvage: float, life: int) -> list[float]:
    """Straight-line book value at the end of each year."""
    return [cost - (cost - salvage) * k / life for k in range(1, life + 1)]


def syd_book_values(cost: float, salvage: float, life: int) -> list[float]:
    """Sum-of-years'-digits book value at the end of each year: year k takes (life − k + 1) / SYD of the base."""
    syd = life * (life + 1) / 2
    out, bv = [], cost
    for k in range(1, life + 1):
        bv -= (cost - salvage) * (life - k + 1) / syd
        out.append(bv)
    return out


def ddb_steps(cost: float, salvage: float, life: int, switch: bool) -> list[tuple[float, str]]:
    """Double-declining balance, year by year: (closing book value, how the year's amount was set). Each year takes
    2/life of the opening book value, never going below salvage; with ``switch`` it takes the straight-line amount
    on the remaining base when that is larger; the last year brings book value to salvage."""
    out, bv = [], cost
    for year in range(1, life + 1):
        dep, how = bv * 2 / life, "2/n × opening"
        if switch and (bv - salvage) / (life - year + 1) > dep:
            dep, how = (bv - salvage) / (life - year + 1), "SL on remaining"
        if year == life:
            dep, how = bv - salvage, "to salvage" if abs(dep - (bv - salvage)) > 1e-6 else how
        elif dep > bv - salvage:
            dep, how = bv - salvage, "floor at salvage"
        bv -= dep
        out.append((bv, how))
    return out


def ddb_book_values(cost: float, salvage: float, life: int, switch: bool) -> list[float]:
    """Double-declining-balance book value at the end of each year (see :func:`ddb_steps`)."""
    return [bv for bv, _ in ddb_steps(cost, salvage, life, switch)]


def shown(cost: float, book_values: list[float]) -> list[tuple[float, float, float]]:
    """Per year (opening BV, depreciation, closing BV), all in cents, depreciation = difference of rounded BVs."""
    opening, out = round(cost, 2), []
    for bv in book_values:
        closing = round(bv, 2)
        out.append((opening, round(opening - closing, 2), closing))
        opening = closing
    return out


def _asset(rng: random.Random) -> tuple[str, str, float, float, int]:
    name, lo, hi, l_lo, l_hi, _, _, _ = rng.choice(_ASSETS)
    cost = pick(rng, lo, hi, 500)
    return rng.choice(COMPANIES), name, cost, pick(rng, 0, round(cost * 0.2, -3), 500), rng.randint(l_lo, l_hi)


def _sched_table(rows: list[tuple[float, float, float]], cost: float) -> str:
    acc, out = 0.0, []
    for k, (o, d, c) in enumerate(rows, 1):
        acc = round(cost - c, 2)
        out.append((k, money(o), money(d), money(acc), money(c)))
    return table(("Year", "Opening BV", "Depreciation", "Accumulated", "Closing BV"), out)


def t_dep_straight_line(rng: random.Random) -> Draft:
    """Straight-line depreciation: the annual charge, or book value / accumulated depreciation after k years."""
    co, asset, cost, salvage, life = _asset(rng)
    k = rng.randint(1, life - 1)
    asked = rng.choice(("annual", "book value", "accumulated"))
    annual = (cost - salvage) / life
    ans = {"annual": annual, "book value": cost - annual * k, "accumulated": annual * k}[asked]
    what = {"annual": "the annual depreciation expense", "book value": f"the book value after {k} years",
            "accumulated": f"accumulated depreciation at the end of year {k}"}[asked]
    q = ask(rng, (
        "{co} bought a {a} for {c} with an estimated salvage value of {s} and a useful life of {n} years. Using "
        "straight-line depreciation, what is {w}?",
        "Straight-line: cost {c}, residual value {s}, useful life {n} years. Compute {w}.",
        "We capitalized a {a} at {c}; it should last {n} years and be worth {s} at the end. What's {w} under the "
        "straight-line method?",
    ), co=co, a=asset, c=money(cost, False), s=money(salvage, False), n=life, w=what)
    lines = [f"Annual depreciation = (cost − salvage) ÷ life = ({money(cost)} − {money(salvage)}) ÷ {life} = "
             f"{money(annual)}"]
    if asked != "annual":
        lines.append(f"Accumulated after {k} years = {k} × {money(annual)} = {money(annual * k)}")
    if asked == "book value":
        lines.append(f"Book value = {money(cost)} − {money(annual * k)} = {money(ans)}")
    lines += ["", f"Answer: {money(ans)}"]
    return Draft(q, "\n".join(lines), "depreciation", "easy", "accounting_depreciation.dep_straight_line",
                 {"cost": cost, "salvage": salvage, "life": life, "year": k, "asked": asked, "answer": round(ans, 2)})


def t_dep_units(rng: random.Random) -> Draft:
    """Units-of-production depreciation for a year, and the book value after it."""
    name, lo, hi, _, _, unit, u_lo, u_hi = rng.choice(_ASSETS)
    co, cost = rng.choice(COMPANIES), pick(rng, lo, hi, 500)
    salvage = pick(rng, 0, round(cost * 0.2, -3), 500)
    step = 1000 if u_hi >= 100000 else 100
    total = pick(rng, u_lo, u_hi, step)
    prior = pick(rng, 0, round(total * 0.6, -2), step / 10)
    used = pick(rng, round(total * 0.05, -1), round(total * 0.3, -1), step / 10)
    dep = (cost - salvage) * used / total
    bv = cost - (cost - salvage) * (prior + used) / total
    q = ask(rng, (
        "{cop} {a} cost {c}, has a salvage value of {s} and is expected to deliver {t} {u} over its life. It was used "
        "for {p} {u} in earlier years and {x} {u} this year. What is this year's units-of-production depreciation?",
        "Units-of-production method: cost {c}, salvage {s}, estimated total {t} {u}; usage to date before this year "
        "{p}, this year {x}. Find the depreciation expense for the year and the ending book value.",
    ), cop=possessive(co), a=name, c=money(cost, False), s=money(salvage, False), t=f"{total:,.0f}", u=unit,
        p=f"{prior:,.0f}", x=f"{used:,.0f}")
    lines = [f"Rate per unit = ({money(cost)} − {money(salvage)}) ÷ {total:,.0f} = "
             f"${(cost - salvage) / total:,.4f} per {_SINGULAR.get(unit, unit)}",
             f"This year: {used:,.0f} × rate = ({money(cost - salvage)} × {used:,.0f} ÷ {total:,.0f}) = {money(dep)}",
             f"Book value at year end: {money(cost)} − {money(cost - salvage)} × {prior + used:,.0f} ÷ {total:,.0f} = "
             f"{money(bv)}", "", f"Answer: {money(dep)}"]
    return Draft(q, "\n".join(lines), "depreciation", "medium", "accounting_depreciation.dep_units",
                 {"cost": cost, "salvage": salvage, "total_units": total, "prior_units": prior, "units": used,
                  "answer": round(dep, 2)})


def t_dep_syd_year(rng: random.Random) -> Draft:
    """Sum-of-years'-digits: one year's depreciation or the book value at its end."""
    co, asset, cost, salvage, life = _asset(rng)
    k = rng.randint(1, life)
    rows = shown(cost, syd_book_values(cost, salvage, life))
    asked = rng.choice(("expense", "book value"))
    ans = rows[k - 1][1] if asked == "expense" else rows[k - 1][2]
    syd = life * (life + 1) // 2
    what = f"depreciation expense for year {k}" if asked == "expense" else f"book value at the end of year {k}"
    q = ask(rng, (
        "Using sum-of-years'-digits, what is {cop} {w} for a {a} costing {c} with a {n}-year life and {s} salvage "
        "value?",
        "SYD depreciation: cost {c}, salvage {s}, life {n} years. Find the {w}.",
        "Our {a} ({c}, salvage {s}, {n}-year life) is depreciated by the sum-of-the-years'-digits method. What is the "
        "{w}?",
    ), co=co, cop=possessive(co), a=asset, c=money(cost, False), s=money(salvage, False), n=life, w=what)
    lines = [f"SYD = n(n + 1)/2 = {life} × {life + 1} ÷ 2 = {syd}",
             f"Depreciable base = {money(cost)} − {money(salvage)} = {money(cost - salvage)}",
             f"Year {k} fraction = ({life} − {k} + 1) ÷ {syd} = {life - k + 1}/{syd}",
             f"Year {k} depreciation = {money(cost - salvage)} × {life - k + 1}/{syd} = {money(rows[k - 1][1])}",
             f"Book value at end of year {k} = {money(cost)} − {money(cost - salvage)} × "
             f"{sum(range(life - k + 1, life + 1))}/{syd} = {money(rows[k - 1][2])}", "", f"Answer: {money(ans)}"]
    return Draft(q, "\n".join(lines), "depreciation", "medium", "accounting_depreciation.dep_syd_year",
                 {"cost": cost, "salvage": salvage, "life": life, "year": k, "asked": asked, "answer": ans})


def partial_years(method: str, cost: float, salvage: float, life: int, months: int) -> tuple[float, float]:
    """Depreciation in the first two fiscal years of an asset in service ``months`` months of the first year."""
    f = months / 12
    if method == "straight-line":
        annual = (cost - salvage) / life
        return annual * f, annual
    if method == "double-declining-balance":
        y1 = min(cost * 2 / life * f, cost - salvage)
        return y1, min((cost - y1) * 2 / life, cost - y1 - salvage)
    syd = life * (life + 1) / 2
    d1, d2 = (cost - salvage) * life / syd, (cost - salvage) * (life - 1) / syd
    return d1 * f, d1 * (1 - f) + d2 * f


def t_dep_partial_year(rng: random.Random) -> Draft:
    """An asset placed in service mid-year: fiscal-year depreciation for year 1 or 2 under SL, DDB or SYD."""
    co, asset, cost, salvage, life = _asset(rng)
    month, year = rng.randint(2, 12), rng.randint(2019, 2025)
    months = 13 - month
    method = rng.choice(("straight-line", "double-declining-balance", "sum-of-years'-digits"))
    y1, y2 = partial_years(method, cost, salvage, life, months)
    which = rng.choice((1, 2))
    ans = round(y1 if which == 1 else y2, 2)
    q = ask(rng, (
        "{co} placed a {a} in service on {m} 1, {y} (cost {c}, salvage {s}, {n}-year life) and uses {me} "
        "depreciation on a calendar fiscal year. What is depreciation expense for {fy}?",
        "Partial-year depreciation: cost {c}, salvage {s}, life {n} years, in service from {m} 1, {y}, method {me}, "
        "December year-end. Compute the {fy} expense.",
    ), co=co, a=asset, m=_MONTHS[month - 1], y=year, c=money(cost, False), s=money(salvage, False), n=life,
        me=method, fy=year + which - 1)
    f = f"{months}/12"
    if method == "straight-line":
        lines = [f"Annual = ({money(cost)} − {money(salvage)}) ÷ {life} = {money((cost - salvage) / life)}",
                 f"{year}: {months} months → × {f} = {money(y1)}", f"{year + 1}: a full year = {money(y2)}"]
    elif method == "double-declining-balance":
        lines = [f"Rate = 2 ÷ {life} = {pct(2 / life)} of opening book value (salvage ignored until the floor)",
                 f"{year}: {money(cost)} × {pct(2 / life)} × {f} = {money(y1)}",
                 f"{year + 1}: ({money(cost)} − {money(y1)}) × {pct(2 / life)} = {money(y2)}"]
    else:
        syd = life * (life + 1) // 2
        lines = [f"SYD = {syd}; asset-year 1 = {money(cost - salvage)} × {life}/{syd} = "
                 f"{money((cost - salvage) * life / syd)}, asset-year 2 = × {life - 1}/{syd} = "
                 f"{money((cost - salvage) * (life - 1) / syd)}",
                 f"{year}: {f} of asset-year 1 = {money(y1)}",
                 f"{year + 1}: {12 - months}/12 of asset-year 1 + {f} of asset-year 2 = {money(y2)}"]
    lines += ["", f"Answer: {money(ans)}"]
    return Draft(q, "\n".join(lines), "depreciation", "medium", "accounting_depreciation.dep_partial_year",
                 {"method": method, "cost": cost, "salvage": salvage, "life": life, "months": months,
                  "fiscal_year": which, "answer": ans})


def t_dep_ddb_schedule(rng: random.Random) -> Draft:
    """A full double-declining-balance schedule (floor at salvage, or the switch to straight-line)."""
    co, asset, cost, salvage, life = _asset(rng)
    life = min(life, 10)
    switch = rng.random() < 0.5
    steps = ddb_steps(cost, salvage, life, switch)
    rows = shown(cost, [bv for bv, _ in steps])
    k = rng.randint(1, life)
    rule = ("switching to straight-line when that gives more" if switch else
            "never depreciating below salvage value")
    q = ask(rng, (
        "Prepare a double-declining-balance schedule for {cop} {a}: cost {c}, salvage {s}, {n}-year life, {r}. What "
        "is the depreciation expense in year {k}?",
        "DDB schedule, {r}: cost {c}, residual value {s}, useful life {n} years. Show every year and give year {k}'s "
        "depreciation.",
        "We depreciate a {a} ({c}, salvage {s}, {n} years) by double-declining balance, {r}. Build the schedule; how "
        "much depreciation falls in year {k}?",
    ), co=co, cop=possessive(co), a=asset, c=money(cost, False), s=money(salvage, False), n=life, r=rule, k=k)
    body = table(("Year", "Opening BV", "Basis", "Depreciation", "Closing BV"),
                 [(y + 1, money(o), how, money(d), money(c)) for y, ((o, d, c), (_, how)) in
                  enumerate(zip(rows, steps, strict=True))])
    lines = [f"DDB rate = 2 ÷ {life} = {pct(2 / life)} of opening book value; salvage is not subtracted from the base"
             " but book value may not fall below it" + ("; switch to straight-line (remaining base ÷ remaining years) "
                                                         "once it exceeds the DDB amount." if switch else "."), "",
             body, "", f"Total depreciation {money(cost - salvage)} = cost − salvage.", "",
             f"Answer: {money(rows[k - 1][1])}"]
    return Draft(q, "\n".join(lines), "depreciation", "hard", "accounting_depreciation.dep_ddb_schedule",
                 {"cost": cost, "salvage": salvage, "life": life, "switch": switch, "year": k,
                  "answer": rows[k - 1][1]})


def t_dep_compare(rng: random.Random) -> Draft:
    """Straight-line, DDB (with switch) and SYD side by side; the most depreciation over the first k years."""
    co, asset, cost, salvage, life = _asset(rng)
    life = min(life, 8)
    k = rng.randint(2, min(3, life - 1))
    sched = {"SL": shown(cost, sl_book_values(cost, salvage, life)),
             "DDB": shown(cost, ddb_book_values(cost, salvage, life, True)),
             "SYD": shown(cost, syd_book_values(cost, salvage, life))}
    first = {m: round(sum(r[1] for r in rows[:k]), 2) for m, rows in sched.items()}
    best = max(first, key=lambda m: first[m])
    q = ask(rng, (
        "{co} is choosing a depreciation method for a {a} (cost {c}, salvage {s}, {n} years). Compare straight-line, "
        "double-declining balance (switching to SL) and sum-of-years'-digits: which records the most depreciation "
        "over the first {k} years, and how much?",
        "Build SL, DDB (with the switch to straight-line) and SYD schedules for an asset costing {c} with {s} salvage "
        "and a {n}-year life, and find the largest total depreciation in years 1-{k}.",
    ), co=co, a=asset, c=money(cost, False), s=money(salvage, False), n=life, k=k)
    body = table(("Year", "SL", "DDB", "SYD"), [
        (y + 1, money(sched["SL"][y][1]), money(sched["DDB"][y][1]), money(sched["SYD"][y][1])) for y in range(life)
    ] + [(f"Years 1-{k}", money(first["SL"]), money(first["DDB"]), money(first["SYD"]))])
    lines = [f"SL = ({money(cost)} − {money(salvage)}) ÷ {life}; DDB = {pct(2 / life)} of opening BV (switching to SL "
             f"when larger); SYD = base × (n − t + 1)/{life * (life + 1) // 2}.", "", body, "",
             f"Each method depreciates {money(cost - salvage)} in total; {best} front-loads the most into the first "
             f"{k} years, {money(first[best] - first['SL'])} more than straight-line, which lowers early book income"
             " and raises later income.", "", f"Answer: {money(first[best])}"]
    return Draft(q, "\n".join(lines), "depreciation", "hard", "accounting_depreciation.dep_compare",
                 {"cost": cost, "salvage": salvage, "life": life, "years": k, "best": best, "answer": first[best]})


def t_dep_book_tax(rng: random.Random) -> Draft:
    """Book straight-line against MACRS tax depreciation: the temporary difference and the deferred tax liability."""
    cls = rng.choice((5, 7))
    asset = rng.choice(("computer equipment", "a light truck", "a company car") if cls == 5 else
                       ("office furniture", "manufacturing machinery", "store fixtures"))
    co, cost = rng.choice(COMPANIES), pick(rng, 20000, 800000, 1000)
    life, salvage = rng.randint(cls - 1, cls + 3), pick(rng, 0, round(cost * 0.15, -3), 1000)
    rate, k = rng.choice((0.21, 0.25, 0.26)), rng.randint(1, cls + 1)
    years = max(life, cls + 1)
    tax = [round(cost * p, 2) for p in MACRS[cls]] + [0.0] * (years - cls - 1)
    book = [d for _, d, _ in shown(cost, sl_book_values(cost, salvage, life))] + [0.0] * (years - life)
    rows, cum = [], 0.0
    for y in range(years):
        cum += tax[y] - book[y]
        rows.append((y + 1, money(tax[y]), money(book[y]), money(cum), money(cum * rate)))
    dtl = round(sum(tax[:k]) - sum(book[:k]), 2) * rate
    q = ask(rng, (
        "{co} bought {a} for {c}: {n}-year straight-line with {s} salvage for the books, {cl}-year MACRS (half-year "
        "convention, no bonus or section 179) for taxes. At a {t} tax rate, what is the deferred tax liability at the "
        "end of year {k}?",
        "Book vs tax depreciation: cost {c}; book SL over {n} years to a {s} salvage; tax MACRS {cl}-year property. "
        "Tax rate {t}. Schedule the temporary difference and give the deferred tax balance after year {k}.",
    ), co=co, a=asset, c=money(cost, False), n=life, s=money(salvage, False), cl=cls, t=pct(rate), k=k)
    lines = [f"MACRS {cls}-year rates (IRS Pub. 946, Table A-1): " + ", ".join(pct(p) for p in MACRS[cls]),
             f"Book SL: ({money(cost)} − {money(salvage)}) ÷ {life} = {money((cost - salvage) / life)} a year", "",
             table(("Year", "Tax", "Book", "Cumulative difference", "DTL (DTA if negative)"), rows), "",
             f"End of year {k}: cumulative (tax − book) {money(dtl / rate)} × {pct(rate)} = {money(dtl)}",
             "Faster tax depreciation defers tax; the difference reverses as book depreciation catches up.", "",
             f"Answer: {money(dtl)}"]
    return Draft(q, "\n".join(lines), "depreciation", "hard", "accounting_depreciation.dep_book_tax",
                 {"cost": cost, "macrs_class": cls, "life": life, "salvage": salvage, "tax_rate": rate, "year": k,
                  "answer": round(dtl, 2)})


TEMPLATES: list[tuple[Template, float]] = [
    (t_dep_straight_line, 1.5), (t_dep_units, 1.0), (t_dep_syd_year, 1.0), (t_dep_partial_year, 1.0),
    (t_dep_ddb_schedule, 1.4), (t_dep_compare, 1.3), (t_dep_book_tax, 1.2),
]
