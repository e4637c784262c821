"""Accounting templates for journal entries: accruals (interest, wages, depreciation), prepaid expenses, unearned
revenue and supplies, the allowance for doubtful accounts, disposing of equipment, and a set of period-end
adjustments with their effect on net income. Every entry is shown as a table whose debits equal its credits."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from training.data.gen.common import Draft, Template, money, pct, pick
from training.data.gen.ia_common import COMPANIES, ask, journal, possessive, table


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


@dataclass(frozen=True)
class Adjustment:
    """One period-end adjustment: what happened, its inputs, the entry, and its effect on net income."""

    kind: str
    text: str
    inputs: dict[str, Any]
    entry: list[tuple[str, float, float]]
    effect: float


def _interest(rng: random.Random, lender: bool) -> Adjustment:
    p, r, m = pick(rng, 10000, 500000, 1000), pick(rng, 0.04, 0.12, 0.0025), rng.randint(1, 11)
    amt = round(p * r * m / 12, 2)
    inputs = {"principal": p, "rate": r, "months": m}
    if lender:
        return Adjustment("interest_receivable", f"A {money(p, False)} note receivable at {pct(r)} has earned {m} "
                          f"month{'s' if m > 1 else ''} of interest not yet recorded ({money(p)} × {pct(r)} × {m}/12 "
                          f"= {money(amt)})", inputs, [("Interest Receivable", amt, 0.0),
                                                       ("Interest Revenue", 0.0, amt)], amt)
    return Adjustment("interest_payable", f"A {money(p, False)} note payable at {pct(r)} has accrued {m} "
                      f"month{'s' if m > 1 else ''} of unpaid interest ({money(p)} × {pct(r)} × {m}/12 = "
                      f"{money(amt)})", inputs, [("Interest Expense", amt, 0.0), ("Interest Payable", 0.0, amt)], -amt)


def _wages(rng: random.Random) -> Adjustment:
    w, d = pick(rng, 5000, 80000, 50), rng.randint(1, 4)
    amt = round(w / 5 * d, 2)
    return Adjustment("wages", f"The {money(w, False)} five-day weekly payroll is paid on Fridays; wages for "
                      f"{_n(d, 'day')} are unpaid at period end ({money(w)} ÷ 5 × {d} = "
                      f"{money(amt)})", {"weekly": w, "days": d},
                      [("Wages Expense", amt, 0.0), ("Wages Payable", 0.0, amt)], -amt)


def _depreciation(rng: random.Random) -> Adjustment:
    c, life, months = pick(rng, 12000, 600000, 1000), rng.randint(3, 15), rng.choice((1, 1, 3, 12))
    s = pick(rng, 0, round(c * 0.15, -3), 500)
    amt = round((c - s) / life * months / 12, 2)
    return Adjustment("depreciation", f"Equipment costing {money(c, False)} (salvage {money(s, False)}, {life}-year "
                      f"life, straight-line) needs {months} month{'s' if months > 1 else ''} of depreciation "
                      f"(({money(c)} − {money(s)}) ÷ {life} × {months}/12 = {money(amt)})",
                      {"cost": c, "salvage": s, "life": life, "months": months},
                      [("Depreciation Expense", amt, 0.0), ("Accumulated Depreciation—Equipment", 0.0, amt)], -amt)


def _prepaid(rng: random.Random) -> Adjustment:
    what = rng.choice(("Insurance", "Rent"))
    term = rng.choice((12, 24, 36)) if what == "Insurance" else rng.choice((6, 12))
    paid, used = pick(rng, 1200, 90000, 60), rng.randint(1, term - 1)
    amt = round(paid * used / term, 2)
    return Adjustment("prepaid", f"{money(paid)} of {what.lower()} covering {term} months was paid in advance; "
                      f"{_n(used, 'month')} {'has' if used == 1 else 'have'} expired ({money(paid)} × {used}/{term} "
                      f"= {money(amt)})",
                      {"paid": paid, "term": term, "used": used, "what": what},
                      [(f"{what} Expense", amt, 0.0), (f"Prepaid {what}", 0.0, amt)], -amt)


def _unearned(rng: random.Random) -> Adjustment:
    paid, term = pick(rng, 1200, 120000, 60), rng.choice((6, 12, 24))
    used = rng.randint(1, term - 1)
    amt = round(paid * used / term, 2)
    return Adjustment("unearned", f"A customer prepaid {money(paid)} for {term} months of service; {_n(used, 'month')} "
                      f"{'has' if used == 1 else 'have'} been delivered ({money(paid)} × {used}/{term} = {money(amt)})",
                      {"paid": paid, "term": term, "used": used},
                      [("Unearned Revenue", amt, 0.0), ("Service Revenue", 0.0, amt)], amt)


def _supplies(rng: random.Random) -> Adjustment:
    beg, buy = pick(rng, 200, 8000, 10), pick(rng, 500, 30000, 10)
    left = pick(rng, 100, round(beg + buy - 100, -1), 10)
    amt = round(beg + buy - left, 2)
    return Adjustment("supplies", f"Supplies were {money(beg)} at the start and {money(buy)} were bought; the count "
                      f"shows {money(left)} on hand (used {money(beg)} + {money(buy)} − {money(left)} = {money(amt)})",
                      {"beginning": beg, "purchased": buy, "on_hand": left},
                      [("Supplies Expense", amt, 0.0), ("Supplies", 0.0, amt)], -amt)


def _accrued_revenue(rng: random.Random) -> Adjustment:
    amt = pick(rng, 500, 60000, 25)
    return Adjustment("accrued_revenue", f"Services worth {money(amt)} were performed but not yet billed",
                      {"amount": amt}, [("Accounts Receivable", amt, 0.0), ("Service Revenue", 0.0, amt)], amt)


_MAKERS = {
    "interest_payable": lambda rng: _interest(rng, False), "interest_receivable": lambda rng: _interest(rng, True),
    "wages": _wages, "depreciation": _depreciation, "prepaid": _prepaid, "unearned": _unearned,
    "supplies": _supplies, "accrued_revenue": _accrued_revenue,
}


def t_je_accrual(rng: random.Random) -> Draft:
    """One accrual or depreciation adjusting entry and its amount."""
    co = rng.choice(COMPANIES)
    adj = _MAKERS[rng.choice(("interest_payable", "interest_receivable", "wages", "depreciation"))](rng)
    amt = abs(adj.effect)
    q = ask(rng, (
        "{co} is closing its books. {t}. Record the adjusting journal entry.",
        "Adjusting entry needed at period end for {cop} ledger: {t}. What is the entry and its amount?",
        "Prepare the accrual: {t}.",
    ), co=co, cop=possessive(co), t=adj.text.split(" (")[0])
    lines = [adj.text + ".", "", journal(adj.entry), "",
             ("Net income falls" if adj.effect < 0 else "Net income rises") + f" by {money(amt)}.", "",
             f"Answer: {money(amt)}"]
    return Draft(q, "\n".join(lines), "journal_entries", "easy", "accounting_entries.je_accrual",
                 {"kind": adj.kind, **adj.inputs, "answer": amt})


def t_je_prepaid(rng: random.Random) -> Draft:
    """A deferral from payment to year-end: prepaid insurance or rent, unearned revenue, or supplies."""
    co, kind = rng.choice(COMPANIES), rng.choice(("prepaid", "prepaid", "unearned", "supplies"))
    adj = _MAKERS[kind](rng)
    amt = abs(adj.effect)
    p = adj.inputs
    if kind == "supplies":
        first = [("Supplies", p["purchased"], 0.0), ("Cash", 0.0, p["purchased"])]
        left = p["on_hand"]
        what, bal = "the supplies used", "Supplies"
    else:
        acct = f"Prepaid {p['what']}" if kind == "prepaid" else "Unearned Revenue"
        first = [(acct, p["paid"], 0.0), ("Cash", 0.0, p["paid"])] if kind == "prepaid" else [
            ("Cash", p["paid"], 0.0), (acct, 0.0, p["paid"])]
        left = round(p["paid"] - amt, 2)
        what, bal = ("the expense for the period" if kind == "prepaid" else "the revenue earned"), acct
    asked = rng.choice(("adjustment", "balance"))
    ans = amt if asked == "adjustment" else left
    q = ask(rng, (
        "{co}: {t}. Give the original entry and the year-end adjusting entry. What is {w}?",
        "At year-end {co} finds: {t}. Journalize it and report {w}.",
        "How should {co} record this? {t}. I need the entries and {w}.",
    ), co=co, t=adj.text.split(" (")[0], w=what if asked == "adjustment" else f"the ending {bal} balance")
    lines = ["When the cash moved:", "", journal(first), "", f"At year-end: {adj.text}.", "", journal(adj.entry), "",
             f"{bal} left on the balance sheet: {money(left)}", "", f"Answer: {money(ans)}"]
    return Draft(q, "\n".join(lines), "journal_entries", "medium", "accounting_entries.je_prepaid",
                 {"kind": kind, **p, "asked": asked, "answer": ans})


_AGING = (("Current", 0.005, 0.03), ("1-30 days", 0.02, 0.06), ("31-60 days", 0.05, 0.15),
          ("61-90 days", 0.12, 0.3), ("Over 90 days", 0.3, 0.6))


def t_je_bad_debt(rng: random.Random) -> Draft:
    """Bad-debt expense under the allowance method: an aging schedule or a percentage of credit sales."""
    co = rng.choice(COMPANIES)
    existing = pick(rng, -8000, 15000, 10)  # credit balance positive, debit balance negative
    if rng.random() < 0.3:
        sales, rate = pick(rng, 200000, 9000000, 1000), pick(rng, 0.005, 0.03, 0.0025)
        exp = round(sales * rate, 2)
        q = ask(rng, (
            "{co} estimates bad debts at {r} of credit sales. Credit sales were {s}; the allowance has a {b} {side} "
            "balance before adjustment. Record bad-debt expense.",
            "Percentage-of-sales method: credit sales {s}, rate {r}, unadjusted allowance {b} ({side}). What is the "
            "adjusting entry?",
        ), co=co, r=pct(rate), s=money(sales, False), b=money(abs(existing)), side="credit" if existing >= 0 else
            "debit")
        lines = [f"Income-statement approach: expense = {pct(rate)} × {money(sales)} = {money(exp)}; the existing "
                 "allowance balance does not change the expense."]
        params: dict[str, Any] = {"method": "sales", "credit_sales": sales, "rate": rate}
        inp = ""
    else:
        buckets = [(n, pick(rng, 2000, 400000, 10), pick(rng, lo, hi, 0.005)) for n, lo, hi in _AGING]
        need = round(sum(a * r for _, a, r in buckets), 2)
        exp = round(need - existing, 2)
        q = ask(rng, (
            "Using the aging schedule below, {co} must adjust its allowance for doubtful accounts, which has a {b} "
            "{side} balance before adjustment. What is bad-debt expense?",
            "Aging-of-receivables method: compute the required allowance from the table, then the adjusting entry "
            "given an unadjusted allowance of {b} ({side} balance).",
        ), co=co, b=money(abs(existing)), side="credit" if existing >= 0 else "debit")
        inp = table(("Age", "Receivables", "Estimated uncollectible"),
                    [(n, money(a), pct(r, 1)) for n, a, r in buckets])
        lines = [table(("Age", "Receivables", "Rate", "Allowance needed"),
                       [(n, money(a), pct(r, 1), money(a * r)) for n, a, r in buckets]), "",
                 f"Required ending allowance: {money(need)}",
                 (f"Expense = required − existing credit balance = {money(need)} − {money(existing)} = {money(exp)}"
                  if existing >= 0 else f"Expense = required + existing debit balance = {money(need)} + "
                  f"{money(-existing)} = {money(exp)}"),
                 f"Net realizable receivables: {money(sum(a for _, a, _ in buckets))} − {money(need)} = "
                 f"{money(sum(a for _, a, _ in buckets) - need)}"]
        params = {"method": "aging", "buckets": [[a, r] for _, a, r in buckets]}
    lines += ["", journal([("Bad Debt Expense", exp, 0.0), ("Allowance for Doubtful Accounts", 0.0, exp)]), "",
              f"Answer: {money(exp)}"]
    return Draft(q, "\n".join(lines), "journal_entries", "medium", "accounting_entries.je_bad_debt",
                 {**params, "existing": existing, "answer": exp}, input=inp)


def t_je_disposal(rng: random.Random) -> Draft:
    """Selling equipment: bring depreciation up to date, then the gain or loss and the disposal entry."""
    co = rng.choice(COMPANIES)
    cost, life = pick(rng, 10000, 500000, 500), rng.randint(4, 12)
    salvage = pick(rng, 0, round(cost * 0.15, -3), 500)
    y0 = rng.randint(2012, 2020)
    held, month = rng.randint(1, life - 1), rng.randint(2, 12)
    annual = (cost - salvage) / life
    prior, cur = round(annual * held, 2), round(annual * (month - 1) / 12, 2)
    acc = round(prior + cur, 2)
    bv = round(cost - acc, 2)
    proceeds = pick(rng, round(max(bv * 0.4, 100), -2), round(bv * 1.4 + 100, -2), 50)
    gain = round(proceeds - bv, 2)
    q = ask(rng, (
        "{co} bought equipment on January 1, {y0} for {c} (salvage {s}, {n}-year life, straight-line) and sold it on "
        "{m} 1, {y1} for {p}. Record the entries and state the gain or loss.",
        "Disposal of plant assets: cost {c}, residual {s}, life {n} years (SL), acquired Jan 1, {y0}, sold {m} 1, {y1} "
        "for {p} cash. Compute the gain (loss) on sale.",
    ), co=co, y0=y0, c=money(cost, False), s=money(salvage, False), n=life, m=_MONTHS[month - 1], y1=y0 + held,
        p=money(proceeds))
    dispose = [("Cash", proceeds, 0.0), ("Accumulated Depreciation—Equipment", acc, 0.0)]
    dispose += [("Loss on Sale of Equipment", -gain, 0.0)] if gain < 0 else []
    dispose += [("Equipment", 0.0, cost)] + ([("Gain on Sale of Equipment", 0.0, gain)] if gain > 0 else [])
    lines = [f"Annual depreciation: ({money(cost)} − {money(salvage)}) ÷ {life} = {money(annual)}",
             f"Through Dec 31, {y0 + held - 1}: {held} × {money(annual)} = {money(prior)}",
             f"{y0 + held} to the sale: {month - 1}/12 × {money(annual)} = {money(cur)}", "",
             journal([("Depreciation Expense", cur, 0.0), ("Accumulated Depreciation—Equipment", 0.0, cur)])
             if cur else "No depreciation is needed for the current year.", "",
             f"Book value: {money(cost)} − {money(acc)} = {money(bv)}; proceeds {money(proceeds)} → "
             + (f"gain {money(gain)}" if gain > 0 else f"loss {money(-gain)}" if gain < 0 else "no gain or loss"),
             "", journal(dispose), "", f"Answer: {money(gain)}"]
    return Draft(q, "\n".join(lines), "journal_entries", "medium", "accounting_entries.je_disposal",
                 {"cost": cost, "salvage": salvage, "life": life, "years_held": held, "sale_month": month,
                  "proceeds": proceeds, "answer": gain})


def t_je_adjusting_set(rng: random.Random) -> Draft:
    """Four or five period-end adjustments, their entries, and adjusted net income."""
    co = rng.choice(COMPANIES)
    kinds = rng.sample(sorted(_MAKERS), rng.randint(4, 5))
    adjs = [_MAKERS[k](rng) for k in kinds]
    ni = pick(rng, 20000, 900000, 100)
    adjusted = round(ni + sum(a.effect for a in adjs), 2)
    q = ask(rng, (
        "{co} reports unadjusted net income of {ni}. Record the year-end adjustments listed and compute adjusted net "
        "income.",
        "Before adjustments, {cop} net income is {ni}. Journalize the adjusting entries below and determine net income "
        "after them.",
        "Year-end close for {co}: unadjusted net income {ni}. What is net income once these items are adjusted?",
    ), co=co, cop=possessive(co), ni=money(ni))
    inp = "\n".join(f"{i + 1}. {a.text.split(' (')[0]}." for i, a in enumerate(adjs))
    rows = [(i + 1, acct, money(dr) if dr else "", money(cr) if cr else "")
            for i, a in enumerate(adjs) for acct, dr, cr in a.entry]
    effects = " ".join(f"{'+' if a.effect > 0 else '−'} {money(abs(a.effect))}" for a in adjs)
    lines = ["Amounts:"] + [f"{i + 1}. " + (a.text.split(" (", 1)[1][:-1] if " (" in a.text else money(abs(a.effect)))
                            for i, a in enumerate(adjs)]
    lines += ["", table(("#", "Account", "Debit", "Credit"), rows), "",
              f"Adjusted net income = {money(ni)} {effects} = {money(adjusted)}", "", f"Answer: {money(adjusted)}"]
    params = {"unadjusted": ni, "items": [{"kind": a.kind, **a.inputs} for a in adjs], "answer": adjusted}
    return Draft(q, "\n".join(lines), "journal_entries", "hard", "accounting_entries.je_adjusting_set", params,
                 input=inp)


TEMPLATES: list[tuple[Template, float]] = [
    (t_je_accrual, 1.5), (t_je_prepaid, 1.0), (t_je_bad_debt, 1.0), (t_je_disposal, 1.0), (t_je_adjusting_set, 1.4),
]
