"""Compliance templates (aml_kyc, privacy_consumer_protection): currency transaction reports with same-day
aggregation, a structuring investigation with CTR and SAR deadlines, Regulation E consumer liability for a lost debit
card and Regulation E error-resolution deadlines."""

from __future__ import annotations

import random
from datetime import date, timedelta

from training.data.gen.common import Draft, Template, money, pick
from training.data.gen.markets_util import (
    add_business_days,
    company,
    distinct_names,
    full_name,
    is_business_day,
    long_date,
    md_table,
    random_date,
    short_date,
)

# 31 CFR 1010.311/1010.313: a CTR for each deposit, withdrawal or other transfer of currency of more than $10,000,
# multiple transactions by or for one person in one business day aggregated (cash in and cash out separately);
# 31 CFR 1010.306(a)(1): filed within 15 days after the transaction.
CTR_THRESHOLD, CTR_DAYS = 10_000, 15
# 31 CFR 1020.320(b)(3): a bank's SAR is due 30 calendar days after initial detection; if no suspect is identified
# it may wait another 30 days to identify one, but no more than 60 days in all.
SAR_DAYS, SAR_MAX_DAYS = 30, 60
# Regulation E, 12 CFR 1005.6(b): notice within 2 business days of learning of a lost or stolen access device caps
# liability at the lesser of $50 or the transfers before notice; later notice caps it at $500.
REG_E_TIMELY_CAP, REG_E_LATE_CAP, REG_E_NOTICE_DAYS = 50, 500, 2
TILA_CARD_CAP = 50  # 15 U.S.C. §1643 / Reg Z 1026.12(b): credit-card unauthorized-use liability
# Regulation E, 12 CFR 1005.11: notice within 60 days of the statement; investigate within 10 business days (20 for
# new accounts), or up to 45 calendar days (90 for new accounts, POS debit-card and foreign-initiated transfers) with
# provisional credit within 10 (20) business days; report results within 3 business days of finishing.
ERR_NOTICE_DAYS, ERR_BASE, ERR_BASE_NEW, ERR_EXT, ERR_EXT_LONG, ERR_REPORT = 60, 10, 20, 45, 90, 3

CASH_IN = ("cash deposit", "cash loan payment", "cash purchase of a cashier's check")
CASH_OUT = ("cash withdrawal", "cash from cashing a check")
NON_CASH = ("check deposit", "incoming wire", "ACH payroll credit", "outgoing wire")
BRANCHES = ("Main St. branch", "Airport branch", "Downtown branch", "drive-through", "Eastside branch",
            "Harbor branch")


def _day_transactions(rng: random.Random, heavy: bool) -> list[tuple[str, str, float]]:
    """One business day of a customer's transactions: (branch, type, amount)."""
    out = []
    for _ in range(rng.randint(2, 5)):
        pool = rng.choice((CASH_IN, CASH_IN, CASH_IN, CASH_OUT, NON_CASH) if heavy else
                          (CASH_IN, CASH_OUT, NON_CASH))
        amt = pick(rng, 2_500, 9_800, 50) if heavy else pick(rng, 200, 6_000, 50)
        out.append((rng.choice(BRANCHES), rng.choice(pool), amt))
    return out


def _totals(txs: list[tuple[str, str, float]]) -> tuple[float, float]:
    cin = sum(a for _, t, a in txs if t in CASH_IN)
    cout = sum(a for _, t, a in txs if t in CASH_OUT)
    return cin, cout


def t_ctr(rng: random.Random) -> Draft:
    """Same-day aggregation for a CTR: one day (medium, cash-in total) or several days (hard, number of CTRs)."""
    name = full_name(rng)
    multi = rng.random() < 0.5
    start = random_date(rng, date(2024, 1, 8), 650)
    days, d = [], start
    for _ in range(rng.randint(3, 5) if multi else 1):
        days.append((d, _day_transactions(rng, rng.random() < 0.6)))
        d = add_business_days(d, rng.randint(1, 3))
    lines_in = [f"{short_date(day)}: {br}, {t}, {money(a, False)}" for day, txs in days for br, t, a in txs]
    data = "\n".join(f"- {x}" for x in lines_in)
    rows, ctrs = [], 0
    for day, txs in days:
        cin, cout = _totals(txs)
        need = cin > CTR_THRESHOLD or cout > CTR_THRESHOLD
        ctrs += need
        rows.append([short_date(day), money(cin, False), money(cout, False),
                     f"yes, by {short_date(day + timedelta(days=CTR_DAYS))}" if need else "no"])
    instruction = rng.choice((
        f"A bank's monitoring shows these transactions by {name}. Which business days require a Currency "
        "Transaction Report, and by when must each be filed?" if multi else
        f"Here is {name}'s activity on one business day. What is the aggregated cash-in total, and must the bank "
        "file a CTR?",
        f"AML review for customer {name}: apply the CTR aggregation rules to the activity below." + (
            " How many CTRs are required?" if multi else " What cash-in total counts toward the threshold?"),
    ))
    lines = ["Only currency counts (checks, wires and ACH do not). Cash in and cash out are totalled separately for "
             "each business day across all branches; a CTR is needed when either exceeds $10,000, filed within 15 "
             "days.",
             md_table(["Business day", "Cash in", "Cash out", "CTR"], rows)]
    if multi:
        lines += [f"CTRs required: {ctrs}", f"Answer: {ctrs}"]
        answer: float = ctrs
    else:
        cin = _totals(days[0][1])[0]
        lines += [f"Aggregated cash in = {money(cin)}" + (" → CTR required." if rows[0][3] != "no" else
                                                          " → no CTR unless cash out exceeds $10,000."),
                  f"Answer: {money(cin)}"]
        answer = round(cin, 2)
    return Draft(instruction=instruction, input=data, output="\n".join(lines), domain="aml_kyc",
                 difficulty="hard" if multi else "medium", template="compliance.ctr",
                 params={"days": [[day.isoformat(), [list(t) for t in txs]] for day, txs in days], "multi": multi,
                         "answer": answer})


def t_structuring_case(rng: random.Random) -> Draft:
    """A structuring pattern: CTR days, the pattern total, SAR threshold and deadline."""
    name, teller = distinct_names(rng, 2)
    start = random_date(rng, date(2024, 1, 8), 620)
    deposits: list[tuple[date, str, float]] = []
    d = start
    for _ in range(rng.randint(5, 8)):
        for _ in range(rng.choice((1, 1, 1, 2))):
            amt = pick(rng, 8_000, 9_950, 50) if rng.random() < 0.8 else pick(rng, 1_000, 7_500, 50)
            deposits.append((d, rng.choice(BRANCHES), amt))
        d = add_business_days(d, rng.randint(1, 3))
    detect = add_business_days(deposits[-1][0], rng.randint(1, 10))
    suspect_known = rng.random() < 0.6
    by_day: dict[date, float] = {}
    for day, _, a in deposits:
        by_day[day] = by_day.get(day, 0.0) + a
    ctr_days = [day for day, tot in by_day.items() if tot > CTR_THRESHOLD]
    pattern = sum(a for _, _, a in deposits if 8_000 <= a < CTR_THRESHOLD)
    sar_due = detect + timedelta(days=SAR_DAYS if suspect_known else SAR_MAX_DAYS)
    data = md_table(["Date", "Branch", "Cash deposit"], [[short_date(x), b, money(a, False)] for x, b, a in deposits])
    who = "The customer is identified." if suspect_known else "The depositor used several names and has not been " \
        "identified."
    instruction = rng.choice((
        f"Teller {teller} flags {name}'s cash deposits below. The AML team detects the pattern on "
        f"{long_date(detect)}. {who} Treating every deposit from $8,000 up to $10,000 as part of the pattern, what "
        "total is suspicious, which days needed CTRs, and when is the SAR due?",
        f"Investigate possible structuring: cash deposits below, detection date {long_date(detect)}. {who} Compute "
        "the CTR days, the total of the $8,000-$10,000 deposits and the SAR deadline.",
    ))
    lines = ["Same-day cash deposits are aggregated: a CTR is due for any day over $10,000 (within 15 days).",
             md_table(["Day", "Cash in", "CTR"], [[short_date(x), money(t, False), "yes" if x in ctr_days else "no"]
                                                  for x, t in sorted(by_day.items())]),
             f"Deposits from $8,000 to $10,000 total {money(pattern)}: a pattern of staying under the CTR threshold "
             "is structuring (31 U.S.C. §5324) whether or not the cash is otherwise legal.",
             "It exceeds the $5,000 SAR threshold for suspected money laundering or BSA violations such as "
             "structuring (e.g. 12 CFR 21.11(c)(4)), whether or not a suspect is identified." if pattern >= 5_000
             else "It is under the $5,000 SAR threshold, but the pattern still merits review.",
             f"SAR due {SAR_DAYS if suspect_known else SAR_MAX_DAYS} days after detection: {long_date(sar_due)}"
             + ("" if suspect_known else " (30 days plus up to 30 more to identify a suspect)") + ". Do not tell the "
             "customer a SAR is filed.",
             f"Answer: {money(pattern)}"]
    return Draft(instruction=instruction, input=data, output="\n".join(lines), domain="aml_kyc",
                 difficulty="extremely_complex", template="compliance.structuring_case",
                 params={"deposits": [[x.isoformat(), b, a] for x, b, a in deposits], "detected": detect.isoformat(),
                         "suspect_known": suspect_known, "sar_due": sar_due.isoformat(),
                         "ctr_days": [x.isoformat() for x in sorted(ctr_days)], "answer": round(pattern, 2)})


def t_report_deadlines(rng: random.Random) -> Draft:
    """A CTR or SAR filing deadline from the transaction or detection date."""
    bank = f"{company(rng).split()[0]} Bank"
    if rng.random() < 0.5:
        day = random_date(rng, date(2024, 1, 2), 700)
        amount = pick(rng, 10_050, 95_000, 50)
        due = day + timedelta(days=CTR_DAYS)
        instruction = rng.choice((
            f"A customer deposits {money(amount, False)} in cash at {bank} on {long_date(day)}. By when must the CTR "
            "be filed?",
            f"{bank} receives a {money(amount, False)} cash payment on {short_date(day)}. CTR deadline?"))
        lines = [f"Cash over $10,000 in a business day requires a CTR within {CTR_DAYS} days (31 CFR 1010.306(a)(1)).",
                 f"{long_date(day)} + {CTR_DAYS} days = {long_date(due)}", f"Answer: {long_date(due)}"]
        params: dict[str, object] = {"mode": "ctr", "day": day.isoformat(), "answer": due.isoformat()}
    else:
        day = random_date(rng, date(2024, 1, 2), 700, weekday=False)
        known = rng.random() < 0.6
        due = day + timedelta(days=SAR_DAYS if known else SAR_MAX_DAYS)
        what = rng.choice(("structured cash deposits", "rapid wire transfers to new beneficiaries", "check kiting",
                           "a possible elder-fraud scheme", "funnel-account activity", "unexplained cash withdrawals"))
        amount = pick(rng, 5_000, 900_000, 500)
        instruction = rng.choice((
            f"{bank}'s AML team first detects facts that may require a SAR ({what}, {money(amount, False)}) on "
            f"{long_date(day)}. " + ("The suspect is known." if known else "No suspect has been identified.")
            + " What is the latest filing date?",
            f"SAR timing: {what} totalling {money(amount, False)}, initial detection {short_date(day)}, "
            + ("subject identified" if known else "no subject identified yet") + ". Due date?"))
        lines = [f"A bank files a SAR within {SAR_DAYS} calendar days of initial detection; with no suspect it may "
                 f"take up to {SAR_DAYS} more days to identify one, never beyond {SAR_MAX_DAYS} "
                 "(31 CFR 1020.320(b)(3)).",
                 f"{long_date(day)} + {SAR_DAYS if known else SAR_MAX_DAYS} days = {long_date(due)}",
                 f"Answer: {long_date(due)}"]
        params = {"mode": "sar", "day": day.isoformat(), "known": known, "answer": due.isoformat()}
    return Draft(instruction=instruction, output="\n".join(lines), domain="aml_kyc", difficulty="easy",
                 template="compliance.report_deadlines", params=params)


def reg_e_liability(learned: date, notice: date, transfers: list[tuple[date, float]]) -> tuple[float, date]:
    """Consumer liability for a lost or stolen debit card (12 CFR 1005.6(b)(1)-(2)) and the timely-notice date."""
    window_end = add_business_days(learned, REG_E_NOTICE_DAYS)
    before = [a for d, a in transfers if d < notice]
    if notice <= window_end:
        return round(min(REG_E_TIMELY_CAP, sum(before)), 2), window_end
    early = sum(a for d, a in transfers if d <= window_end)
    late = sum(a for d, a in transfers if window_end < d < notice)
    return round(min(REG_E_LATE_CAP, min(REG_E_TIMELY_CAP, early) + late), 2), window_end


def t_reg_e_liability(rng: random.Random) -> Draft:
    """Lost debit card: the $50 / $500 tiers of Regulation E, with the credit-card comparison."""
    name = full_name(rng)
    learned = random_date(rng, date(2024, 1, 3), 680, weekday=False)
    k = rng.randint(2, 5)
    days = sorted(rng.sample(range(1, 12), k))
    transfers = [(learned + timedelta(days=x), pick(rng, 20, 900, 5)) for x in days]
    notice = learned + timedelta(days=rng.randint(1, 13))
    while notice in {d for d, _ in transfers}:
        notice += timedelta(days=1)
    liability, window_end = reg_e_liability(learned, notice, transfers)
    timely = notice <= window_end
    data = "\n".join(f"- {long_date(d)}: unauthorized ATM/POS transfer of {money(a)}" for d, a in transfers)
    instruction = rng.choice((
        f"{name} realizes on {long_date(learned)} that a debit card was stolen that morning, but only calls the "
        f"bank on {long_date(notice)}. Under Regulation E, how much of the unauthorized transfers below can "
        f"{name.split()[0]} be held liable for?",
        f"Debit card lost on {long_date(learned)} (the owner, {name}, knew the same day); bank notified "
        f"{long_date(notice)}. Unauthorized transfers are listed below. Maximum consumer liability under Reg E?",
    ))
    before = sum(a for d, a in transfers if d < notice)
    lines = [f"Two business days after learning of the loss end on {long_date(window_end)}; notice on "
             f"{long_date(notice)} is {'timely' if timely else 'late'}."]
    if timely:
        lines.append(f"Timely notice: liability = lesser of $50 or the transfers before notice ({money(before)}) = "
                     f"{money(liability)}")
    else:
        early = sum(a for d, a in transfers if d <= window_end)
        late = sum(a for d, a in transfers if window_end < d < notice)
        lines += [f"Transfers within the two business days: {money(early)} → counts up to $50: "
                  f"{money(min(50, early))}",
                  f"Transfers after that and before notice (which timely notice would have stopped): {money(late)}",
                  f"Liability = lesser of $500 or {money(min(50, early))} + {money(late)} = {money(liability)}"]
    lines += ["Transfers after notice are the bank's loss. (With a credit card, TILA caps liability at $50.)",
              f"Answer: {money(liability)}"]
    return Draft(instruction=instruction, input=data, output="\n".join(lines), domain="privacy_consumer_protection",
                 difficulty="easy" if timely else "medium", template="compliance.reg_e_liability",
                 params={"learned": learned.isoformat(), "notice": notice.isoformat(),
                         "transfers": [[d.isoformat(), a] for d, a in transfers], "answer": liability})


def t_reg_e_errors(rng: random.Random) -> Draft:
    """Regulation E error resolution: timeliness, provisional credit and the investigation deadlines."""
    name = full_name(rng)
    kind = rng.choice(("POS debit-card purchase", "ATM withdrawal", "ACH debit", "foreign-initiated transfer",
                       "person-to-person transfer"))
    new_account = rng.random() < 0.3
    statement = random_date(rng, date(2024, 1, 2), 640)
    notice = statement + timedelta(days=rng.randint(3, 58))
    while not is_business_day(notice):
        notice += timedelta(days=1)
    amount = pick(rng, 25, 4_000, 0.01)
    base = ERR_BASE_NEW if new_account else ERR_BASE
    long_ext = new_account or kind in ("POS debit-card purchase", "foreign-initiated transfer")
    ext = ERR_EXT_LONG if long_ext else ERR_EXT
    quick = add_business_days(notice, base)
    final = notice + timedelta(days=ext)
    report = add_business_days(final, ERR_REPORT)
    acct = "an account opened 12 days before the transfer" if new_account else "an established checking account"
    instruction = rng.choice((
        f"{name} calls on {long_date(notice)} to dispute a {money(amount)} {kind} shown on the statement sent "
        f"{long_date(statement)} ({acct}). The bank cannot finish within the normal period. By when must it give "
        "provisional credit, and what is the latest date to complete the investigation?",
        f"Reg E dispute: {kind} of {money(amount)} on {acct}; statement sent {short_date(statement)}; notice "
        f"received {short_date(notice)}. Work out the bank's deadlines if it uses the extended investigation period.",
    ))
    lines = [f"Notice {(notice - statement).days} days after the statement: within 60 days, so Reg E applies.",
             f"Normal period: {base} business days → {long_date(quick)}"
             + (" (20 for a transfer within 30 days of the first deposit to a new account)" if new_account else ""),
             f"Extended period: provisional credit of {money(amount)} by {long_date(quick)}; investigation may run "
             f"{ext} calendar days" + (" (90 for new accounts, POS debit-card and foreign-initiated transfers)"
                                       if long_ext else "") + f" → {long_date(final)}",
             f"Results to the consumer within 3 business days of finishing (at the latest {long_date(report)}).",
             f"Answer: {long_date(final)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="privacy_consumer_protection",
                 difficulty="hard", template="compliance.reg_e_errors",
                 params={"kind": kind, "new_account": new_account, "statement": statement.isoformat(),
                         "notice": notice.isoformat(), "provisional_by": quick.isoformat(),
                         "answer": final.isoformat()})


TEMPLATES: list[tuple[Template, float]] = [
    (t_ctr, 2.75), (t_structuring_case, 2.75), (t_report_deadlines, 2.75), (t_reg_e_liability, 2.0),
    (t_reg_e_errors, 2.0),
]
