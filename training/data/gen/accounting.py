"""Accounting templates for lessee lease accounting under ASC 842 (the lease liability and right-of-use asset,
year-1 interest and amortization of a finance lease, and finance against operating classification), plus the
assembly of every accounting template.

``TEMPLATES`` here is the whole accounting set: these templates plus those of :mod:`accounting_depreciation`,
:mod:`accounting_entries`, :mod:`accounting_inventory`, :mod:`accounting_gaap_ifrs`, :mod:`accounting_ratios`,
:mod:`accounting_statements` and :mod:`accounting_revenue`, so the accounting source needs only this module.
"""

from __future__ import annotations

import random

from tools.calc.tvm import present_value
from training.data.gen import (
    accounting_depreciation,
    accounting_entries,
    accounting_gaap_ifrs,
    accounting_inventory,
    accounting_ratios,
    accounting_revenue,
    accounting_statements,
)
from training.data.gen.common import Draft, Template, money, pct, pick
from training.data.gen.ia_common import COMPANIES, ask, journal, table

_ASSETS = ("a delivery van fleet", "warehouse space", "a CT scanner", "forklifts", "a corporate jet", "retail space",
           "a packaging machine", "office space", "rail cars", "a data-center cage")


def lease_liability(payment: float, rate: float, periods: int, per_year: int, advance: bool) -> float:
    """Present value of the lease payments (tools.calc.present_value), times (1 + i) when paid in advance."""
    pv = present_value(annual_rate=rate, years=periods / per_year, periods_per_year=per_year, payment=payment).value
    return round(pv * (1 + rate / per_year), 2) if advance else pv


def t_lease_liability(rng: random.Random) -> Draft:
    """The initial lease liability: present value of the payments, in arrears or in advance."""
    co, asset = rng.choice(COMPANIES), rng.choice(_ASSETS)
    m = rng.choice((1, 12))
    years = rng.randint(3, 15)
    pay = pick(rng, 5000, 500000, 100) if m == 1 else pick(rng, 500, 60000, 10)
    rate, advance = pick(rng, 0.03, 0.09, 0.0025), rng.random() < 0.5
    liab = lease_liability(pay, rate, years * m, m, advance)
    freq = "annual" if m == 1 else "monthly"
    q = ask(rng, (
        "{co} leases {a} for {n} years with {f} payments of {p} due at the {w} of each period. The discount rate "
        "(incremental borrowing rate) is {r}. What lease liability does it record at commencement under ASC 842?",
        "Lessee accounting: {n}-year lease of {a}, {f} payments {p} in {adv}, rate {r}. Measure the initial lease "
        "liability.",
        "What's the present value of our lease payments? {p} {f}, {n} years, paid in {adv}, discounted at {r}.",
    ), co=co, a=asset, n=years, f=freq, p=money(pay, False), w="start" if advance else "end",
        adv="advance" if advance else "arrears", r=pct(rate))
    i, k = rate / m, years * m
    lines = [f"Periodic rate i = {pct(rate)} ÷ {m} = {i:.6f}; payments n = {k}",
             f"Ordinary annuity: {money(pay)} × (1 − (1 + i)^−{k}) ÷ i = "
             f"{money(present_value(annual_rate=rate, years=years, periods_per_year=m, payment=pay).value)}"]
    if advance:
        lines.append(f"Payments in advance (annuity due): × (1 + i) = {money(liab)}")
    lines += ["The right-of-use asset starts at this amount plus initial direct costs and prepaid rent, less "
              "incentives received.", "", f"Answer: {money(liab)}"]
    return Draft(q, "\n".join(lines), "lease_accounting", "easy", "accounting.lease_liability",
                 {"payment": pay, "per_year": m, "years": years, "rate": rate, "advance": advance, "answer": liab})


def liability_schedule(liab: float, pay: float, rate: float, years: int, advance: bool) -> list[tuple[float, ...]]:
    """Year by year (opening, payment, interest, closing) for annual payments; in advance the payment comes off the
    opening balance before interest accrues."""
    rows: list[tuple[float, ...]] = []
    bal = liab
    for _ in range(years):
        if advance:
            interest = (bal - pay) * rate
            rows.append((bal, pay, interest, bal - pay + interest))
        else:
            interest = bal * rate
            rows.append((bal, pay, interest, bal + interest - pay))
        bal = rows[-1][3]
    return rows


def t_lease_finance_year1(rng: random.Random) -> Draft:
    """A finance lease: liability, ROU asset, year-1 interest and amortization, and the liability schedule."""
    co, asset = rng.choice(COMPANIES), rng.choice(_ASSETS)
    years, pay = rng.randint(3, 10), pick(rng, 5000, 400000, 100)
    rate, advance = pick(rng, 0.03, 0.09, 0.0025), rng.random() < 0.5
    idc, incentive = rng.choice((0.0, pick(rng, 500, 25000, 500))), rng.choice((0.0, 0.0, pick(rng, 1000, 30000, 500)))
    liab = lease_liability(pay, rate, years, 1, advance)
    rou = liab + idc - incentive
    rows = liability_schedule(liab, pay, rate, years, advance)
    amort = rou / years
    expense = rows[0][2] + amort
    q = ask(rng, (
        "{co} leases {a} under a finance lease: {n} annual payments of {p} at the {w} of each year, rate {r}, initial "
        "direct costs {d}, lease incentive received {inc}. Compute the lease liability, the ROU asset, and year-1 "
        "interest, amortization and total expense (ASC 842).",
        "Finance lease, lessee side: payments {p} per year in {adv} for {n} years; discount rate {r}; IDC {d}; "
        "incentive {inc}. Prepare the liability schedule and report total year-1 lease expense.",
    ), co=co, a=asset, n=years, p=money(pay, False), w="start" if advance else "end", adv="advance" if advance else
        "arrears", r=pct(rate), d=money(idc, False), inc=money(incentive, False))
    body = table(("Year", "Opening", "Payment", "Interest", "Closing"),
                 [(y + 1, money(o), money(p_), money(i), money(c if abs(c) >= 0.05 else 0.0))
                  for y, (o, p_, i, c) in enumerate(rows)])
    lines = [f"Lease liability = PV of {years} payments of {money(pay)} at {pct(rate)}"
             + (" (annuity due)" if advance else "") + f" = {money(liab)}",
             f"ROU asset = {money(liab)} + {money(idc)} IDC − {money(incentive)} incentive = {money(rou)}", "",
             journal([(a, d, c) for a, d, c in (("Right-of-use asset", rou, 0.0), ("Cash (incentive received)",
                                                                                     incentive, 0.0),
                                                ("Lease liability", 0.0, liab), ("Cash (initial direct costs)", 0.0,
                                                                                 idc)) if d or c]), "", body, "",
             f"Year 1: interest {money(rows[0][2])} + amortization {money(rou)} ÷ {years} = {money(amort)} → total "
             f"{money(expense)}", "", f"Answer: {money(expense)}"]
    return Draft(q, "\n".join(lines), "lease_accounting", "hard", "accounting.lease_finance_year1",
                 {"payment": pay, "years": years, "rate": rate, "advance": advance, "idc": idc,
                  "incentive": incentive, "answer": round(expense, 2)})


def t_lease_compare(rng: random.Random) -> Draft:
    """Classification tests, then finance against operating expense patterns, balances and EBITDA, with a verdict."""
    co, asset = rng.choice(COMPANIES), rng.choice(_ASSETS)
    years, life = rng.randint(3, 8), rng.randint(4, 15)
    life = max(life, years)
    pay, rate = pick(rng, 10000, 600000, 100), pick(rng, 0.03, 0.09, 0.0025)
    liab = lease_liability(pay, rate, years, 1, False)
    fair = round(liab / pick(rng, 0.6, 1.0, 0.01), -2)
    rows = liability_schedule(liab, pay, rate, years, False)
    fin = [i + liab / years for _, _, i, _ in rows]
    term_test, pv_test = years / life >= 0.75, liab / fair >= 0.9
    finance = term_test or pv_test
    diff = fin[0] - pay
    q = ask(rng, (
        "{co} leases {a} (fair value {fv}, economic life {l} years) for {n} years at {p} a year in arrears; rate {r}; "
        "no ownership transfer, purchase option or specialized asset. Classify the lease under ASC 842 (75% / 90% "
        "bright lines), compare finance and operating expense each year, and say how much higher year-1 expense is "
        "under finance-lease accounting.",
        "Finance or operating? Lease of {a}: term {n} years, economic life {l} years, payments {p}/yr in arrears, "
        "discount rate {r}, fair value {fv}. Run the classification tests, schedule both expense patterns and explain "
        "the EBITDA effect. What is the year-1 difference in lease expense?",
    ), co=co, a=asset, fv=money(fair, False), l=life, n=years, p=money(pay, False), r=pct(rate))
    body = table(("Year", "Finance: interest + amortization", "Operating: straight-line", "Liability at year-end"),
                 [(y + 1, money(f), money(pay), money(max(r[3], 0.0))) for y, (f, r) in enumerate(zip(fin, rows,
                                                                                                    strict=True))])
    lines = [f"Lease liability = PV of {years} × {money(pay)} at {pct(rate)} = {money(liab)}",
             f"Term test: {years} ÷ {life} = {pct(years / life, 1)} {'≥' if term_test else '<'} 75%; PV test: "
             f"{money(liab)} ÷ {money(fair)} = {pct(liab / fair, 1)} {'≥' if pv_test else '<'} 90% → "
             f"{'finance' if finance else 'operating'} lease.", "", body, "",
             f"Both patterns total {money(pay * years)}. Year 1: finance {money(fin[0])} − operating {money(pay)} = "
             f"{money(diff)} more expense under finance accounting (front-loaded interest).",
             f"EBITDA: finance-lease interest and amortization sit below it, so EBITDA is {money(pay)} a year higher "
             f"than with the operating-lease cost; both put the {money(liab)} liability on the balance sheet, so "
             "leverage is the same at commencement.",
             f"Conclusion: report it as a{' finance' if finance else 'n operating'} lease.", "",
             f"Answer: {money(diff)}"]
    return Draft(q, "\n".join(lines), "lease_accounting", "extremely_complex", "accounting.lease_compare",
                 {"payment": pay, "years": years, "rate": rate, "life": life, "fair_value": fair,
                  "finance": finance, "answer": round(diff, 2)})


OWN: list[tuple[Template, float]] = [(t_lease_liability, 1.6), (t_lease_finance_year1, 1.4), (t_lease_compare, 2.0)]
TEMPLATES: list[tuple[Template, float]] = (
    accounting_depreciation.TEMPLATES + accounting_entries.TEMPLATES + accounting_inventory.TEMPLATES
    + accounting_gaap_ifrs.TEMPLATES + accounting_ratios.TEMPLATES + accounting_statements.TEMPLATES
    + accounting_revenue.TEMPLATES + OWN)
