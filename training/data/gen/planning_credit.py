"""Debt, consumer-loan and credit templates: card payoff, avalanche versus snowball, consolidation, loan payments,
APR with fees, rebate versus promotional financing, credit utilization."""

from __future__ import annotations

import math
import random

from tools.calc.tvm import loan_payment, loan_rate, periods_to_payoff
from training.data.gen.common import Draft, Template, money, num, pct, pick
from training.data.gen.planning_rules import balance_after, finish, pair, phrase, table, who, years_months

_M = "planning_credit"
Debt = tuple[str, float, float, float]  # name, balance, APR, minimum payment


def _min_payment(balance: float, apr: float) -> float:
    return max(25.0, round(balance * (apr / 12 + 0.01) / 5) * 5)


def _draw_debts(rng: random.Random, count: int) -> list[Debt]:
    labels = rng.sample(("Visa", "Mastercard", "Store card", "Discover", "Amex", "Medical bill plan",
                         "Personal loan", "Gas card", "Furniture financing"), count)
    out = []
    for label in labels:
        bal = pick(rng, 800, 15_000, 50)
        apr = pick(rng, 0.079, 0.2999, 0.001)
        out.append((label, bal, apr, _min_payment(bal, apr)))
    return out


def _pay_month(bal: list[float], debts: list[Debt], budget: float, order: list[int]) -> None:
    left = budget
    for k, d in enumerate(debts):
        pay = min(d[3], bal[k])
        bal[k] -= pay
        left -= pay
    for k in order:
        pay = min(left, bal[k])
        bal[k] -= pay
        left -= pay


def simulate(debts: list[Debt], budget: float, order: list[int]) -> tuple[int, float]:
    """Months and total interest to clear ``debts`` with ``budget`` a month: interest accrues at APR/12, every
    minimum is paid, then everything left goes to the debts in ``order`` (freed minimums roll over)."""
    bal = [d[1] for d in debts]
    months, interest = 0, 0.0
    while any(b > 1e-9 for b in bal):
        months += 1
        for k, d in enumerate(debts):
            accrued = bal[k] * d[2] / 12
            bal[k] += accrued
            interest += accrued
        _pay_month(bal, debts, budget, order)
        if months > 1_200:
            raise ValueError("the budget never clears the debts")
    return months, interest


def _debt_table(debts: list[Debt]) -> str:
    return table(("Debt", "Balance", "APR", "Minimum"),
                 [(n, money(b, cents=False), pct(a), money(m, cents=False)) for n, b, a, m in debts])


def _orders(debts: list[Debt]) -> tuple[list[int], list[int]]:
    idx = range(len(debts))
    return sorted(idx, key=lambda k: -debts[k][2]), sorted(idx, key=lambda k: debts[k][1])


def t_card_payoff(rng: random.Random) -> Draft:
    """Months to pay off a credit card with a fixed payment (NPER), and the interest."""
    name = who(rng)
    bal = pick(rng, 1_000, 25_000, 50)
    apr = pick(rng, 0.12, 0.2999, 0.001)
    pay = pick(rng, max(50.0, math.ceil(bal * apr / 12 * 1.15 / 25) * 25), max(bal / 6, 150), 25)
    q = phrase(rng, (
        "{n} owes {b} on a card charging {a} APR and stops using it. Paying {p} a month, how long until it is "
        "paid off, and how much interest will that cost?",
        "How many months to clear a {b} credit-card balance at {a} if I pay {p} every month?",
        "Credit card payoff: balance {b}, APR {a}, fixed payment {p}/month, no new charges. Time to zero?",
    ), n=name, b=money(bal, cents=False), a=pct(apr), p=money(pay, cents=False))
    n = periods_to_payoff(principal=bal, annual_rate=apr, payment=pay).value
    months = math.ceil(n - 1e-9)
    _, interest = simulate([("card", bal, apr, pay)], pay, [0])
    i = apr / 12
    steps = [f"Monthly rate i = {pct(apr)}/12 = {pct(i, 4)}; first month's interest {money(bal * i)} is below the "
             "payment, so the balance falls.",
             f"n = −ln(1 − i·B/PMT) / ln(1 + i) = −ln(1 − {num(i, 6)}×{num(bal)}/{num(pay)}) / ln({num(1 + i, 6)}) "
             f"= {num(n)}",
             f"{months} payments" + (f" ({years_months(months)})" if months >= 12 else "")
             + f", the last one partial; interest paid ≈ {money(interest)}"]
    return finish(f"{_M}.card_payoff", instruction=q, steps=steps, answer=months, shown=f"{months} months",
                  domain="debt_management", difficulty="medium", unit="months",
                  params={"balance": bal, "apr": apr, "payment": pay})


def _distinct_orders(rng: random.Random) -> tuple[list[Debt], list[int], list[int]]:
    for _ in range(50):
        debts = _draw_debts(rng, rng.randint(3, 4))
        aval, snow = _orders(debts)
        if aval[0] != snow[0]:
            return debts, aval, snow
    return debts, aval, snow


def t_avalanche_snowball(rng: random.Random) -> Draft:
    """Avalanche versus snowball on three or four debts: months and interest of each, and the difference."""
    name = who(rng)
    debts, aval, snow = _distinct_orders(rng)
    budget = sum(d[3] for d in debts) + pick(rng, 50, 900, 25)
    ma, ia = simulate(debts, budget, aval)
    ms, is_ = simulate(debts, budget, snow)
    q = phrase(rng, (
        "{n} can put {b} a month toward the debts below. Compare the avalanche (highest APR first) and snowball "
        "(smallest balance first) methods: time to debt-free and total interest.",
        "Avalanche or snowball? I have {b} per month for these debts. How much interest does each method cost?",
        "Given a {b} monthly debt budget, simulate avalanche and snowball payoff for these balances and recommend "
        "one.",
    ), n=name, b=money(budget, cents=False))
    name_of = [d[0] for d in debts]
    steps = ["Each month: interest at APR/12 is added, every minimum is paid, and the rest of the budget goes to the "
             "target debt; a cleared debt's minimum rolls into the next target.",
             f"Avalanche order: {' → '.join(name_of[k] for k in aval)}\nSnowball order: "
             f"{' → '.join(name_of[k] for k in snow)}",
             table(("Method", "Debt-free in", "Total interest"),
                   [("Avalanche", f"{ma} months", money(ia)), ("Snowball", f"{ms} months", money(is_))]),
             f"Interest saved by avalanche = {money(is_)} − {money(ia)} = {money(is_ - ia)}.",
             "Recommendation: avalanche is cheaper; snowball clears the "
             f"{name_of[snow[0]]} balance sooner, which helps if quick wins keep you motivated."]
    ans = round(is_ - ia, 2)
    return finish(f"{_M}.avalanche_snowball", instruction=q, input_=_debt_table(debts), steps=steps, answer=ans,
                  shown=money(ans), domain="debt_management", difficulty="hard",
                  params={"debts": [list(d[1:]) for d in debts], "budget": budget})


def _loan_cost(amount: float, rate: float, payment: float) -> tuple[int, float]:
    """Months and total paid for a loan repaid at ``payment`` a month (the last payment partial)."""
    i = rate / 12
    n = math.ceil(periods_to_payoff(principal=amount, annual_rate=rate, payment=payment).value - 1e-9)
    last = balance_after(amount, i, payment, n - 1) * (1 + i)
    return n, payment * (n - 1) + last


def t_consolidation(rng: random.Random) -> Draft:
    """Pay cards by avalanche, or consolidate into a personal loan with a fee; compare and recommend."""
    a, _ = pair(rng)
    debts = _draw_debts(rng, rng.randint(2, 4))
    owed = sum(d[1] for d in debts)
    budget = sum(d[3] for d in debts) + pick(rng, 0, 400, 25)
    rate, years, fee = pick(rng, 0.07, 0.16, 0.0025), rng.choice((3, 4, 5)), pick(rng, 0.0, 0.06, 0.005)
    loan = math.ceil(owed / (1 - fee) / 100) * 100
    months, interest = simulate(debts, budget, _orders(debts)[0])
    pay = loan_payment(principal=loan, annual_rate=rate, years=years).value
    cost = pay * years * 12 - owed
    fast_n, fast_paid = _loan_cost(loan, rate, budget) if budget > pay else (years * 12, pay * years * 12)
    q = phrase(rng, (
        "{a} pays {b} a month on the debts below (avalanche order). A lender offers a {y}-year consolidation loan at "
        "{r} with a {f} origination fee taken from the proceeds. Should {a} consolidate?",
        "Should I consolidate these debts? Current plan: {b}/month, highest APR first. Offer: {r} for {y} years, "
        "{f} fee deducted from the loan. Compare cost and payoff time and recommend.",
        "Debt consolidation analysis: budget {b} a month; personal loan {r} APR, {y}-year term, {f} origination "
        "fee. Compare keeping the cards versus the loan.",
    ), a=a, b=money(budget, cents=False), r=pct(rate), y=years, f=pct(fee))
    saved = interest - cost
    steps = [f"1. Current plan (avalanche, {money(budget, cents=False)}/month): debt-free in {months} months, "
             f"interest {money(interest)}.",
             f"2. Loan size so that {money(owed, cents=False)} arrives after the {pct(fee)} fee: "
             f"{money(owed, cents=False)} / (1 − {num(fee, 3)}) → {money(loan, cents=False)}",
             f"3. Loan payment = {money(pay)} for {years * 12} months; interest + fee = {money(pay * years * 12)} − "
             f"{money(owed, cents=False)} = {money(cost)}",
             f"4. Keeping the same {money(budget, cents=False)} on the loan instead clears it in {fast_n} months for "
             f"{money(fast_paid - owed)} of interest and fees." if budget > pay else
             f"4. The loan payment is {money(pay - budget)} above the current budget.",
             f"5. Saving from consolidating (current interest − loan cost) = {money(saved)}."
             + (" Recommendation: consolidate, keep the cards open but unused, and pay at least "
                f"{money(pay)}." if saved > 0 else
                " Recommendation: keep the avalanche plan; the loan's fee and term cost more than it saves.")]
    ans = round(saved, 2)
    return finish(f"{_M}.consolidation", instruction=q, input_=_debt_table(debts), steps=steps, answer=ans,
                  shown=money(ans), domain="debt_management", difficulty="extremely_complex",
                  params={"debts": [list(d[1:]) for d in debts], "budget": budget, "loan_rate": rate,
                          "loan_years": years, "fee": fee})


# ---------------------------------------------------------------------------------------------------- consumer loans

_LOANS = (("personal loan", 3_000, 40_000, 0.08, 0.24, (2, 3, 4, 5)),
          ("boat loan", 15_000, 120_000, 0.065, 0.11, (10, 12, 15)),
          ("RV loan", 25_000, 180_000, 0.065, 0.11, (10, 15, 20)),
          ("motorcycle loan", 5_000, 30_000, 0.06, 0.15, (3, 4, 5, 6)),
          ("home-improvement loan", 10_000, 75_000, 0.07, 0.14, (5, 7, 10)),
          ("furniture financing plan", 1_500, 12_000, 0.09, 0.25, (1, 2, 3)))


def t_loan_payment(rng: random.Random) -> Draft:
    """Monthly payment on a consumer loan."""
    kind, lo, hi, r_lo, r_hi, terms = rng.choice(_LOANS)
    amt, rate, years = pick(rng, lo, hi, 250), pick(rng, r_lo, r_hi, 0.0005), rng.choice(terms)
    q = phrase(rng, (
        "What is the monthly payment on a {a} {k} at {r} APR for {y} years?",
        "{n} is taking a {k} of {a} at {r} over {y} years. How much is each monthly payment?",
        "Compute the payment for this {k}: principal {a}, rate {r}, term {y} years, monthly payments.",
    ), a=money(amt, cents=False), k=kind, r=pct(rate), y=years, n=who(rng))
    res = loan_payment(principal=amt, annual_rate=rate, years=years)
    n = years * 12
    steps = [f"PMT = P·i/(1 − (1 + i)^−n) with P = {money(amt, cents=False)}, i = {pct(rate)}/12 = "
             f"{pct(rate / 12, 5)}, n = {n}",
             f"PMT = {num(amt)}×{num(rate / 12, 6)}/(1 − {num(1 + rate / 12, 6)}^−{n}) = {money(res.value)}",
             f"Total interest over the loan ≈ {money(res.value * n - amt)}"]
    return finish(f"{_M}.loan_payment", instruction=q, steps=steps, answer=res.value, shown=money(res.value),
                  domain="consumer_loans", difficulty="easy", params={"principal": amt, "rate": rate, "years": years})


def t_auto_loan(rng: random.Random) -> Draft:
    """Amount financed for a car (price, tax, fees, down payment, trade-in) and the payment."""
    name = who(rng)
    price, tax = pick(rng, 18_000, 75_000, 250), pick(rng, 0.0, 0.095, 0.0025)
    fees, down = pick(rng, 200, 1_500, 25), pick(rng, 0, 12_000, 500)
    trade = pick(rng, 0, 15_000, 250) if rng.random() < 0.6 else 0.0
    rate, months = pick(rng, 0.03, 0.12, 0.0005), rng.choice((36, 48, 60, 72, 84))
    financed = round(price * (1 + tax) + fees - down - trade, 2)
    q = phrase(rng, (
        "{n} is buying a car for {p}. Sales tax is {t} on the full price, fees are {f}, the down payment is {d}"
        "{tr}. With a {m}-month loan at {r}, what is the monthly payment?",
        "Car purchase: price {p}, {t} sales tax, {f} in dealer and registration fees, {d} down{tr}. Financing at "
        "{r} for {m} months. Monthly payment and total interest?",
        "How much will my car payment be? {p} sticker, {t} tax, {f} fees, {d} cash down{tr}, {r} APR, {m} months.",
    ), n=name, p=money(price, cents=False), t=pct(tax), f=money(fees, cents=False), d=money(down, cents=False),
        tr=f" and a {money(trade, cents=False)} trade-in" if trade else "", r=pct(rate), m=months)
    res = loan_payment(principal=financed, annual_rate=rate, years=months / 12)
    steps = [f"Amount financed = price × (1 + tax) + fees − down − trade-in = {money(price, cents=False)} × "
             f"{num(1 + tax, 4)} + {money(fees, cents=False)} − {money(down, cents=False)} − "
             f"{money(trade, cents=False)} = {money(financed)}",
             f"Payment = P·i/(1 − (1 + i)^−n), i = {pct(rate / 12, 5)}, n = {months}: {money(res.value)}",
             f"Total interest ≈ {money(res.value)} × {months} − {money(financed)} = "
             f"{money(res.value * months - financed)}"]
    return finish(f"{_M}.auto_loan", instruction=q, steps=steps, answer=res.value, shown=money(res.value),
                  domain="consumer_loans", difficulty="medium",
                  params={"price": price, "tax": tax, "fees": fees, "down": down, "trade": trade, "rate": rate,
                          "months": months})


def t_apr_with_fee(rng: random.Random) -> Draft:
    """APR of a loan whose origination fee is withheld from the proceeds (the Truth in Lending view)."""
    amt, rate = pick(rng, 5_000, 50_000, 500), pick(rng, 0.06, 0.20, 0.0025)
    years, fee_pct = rng.choice((2, 3, 4, 5, 6, 7)), pick(rng, 0.01, 0.08, 0.0025)
    fee = round(amt * fee_pct, 2)
    pay = loan_payment(principal=amt, annual_rate=rate, years=years).value
    apr = loan_rate(principal=amt - fee, payment=pay, years=years).value
    q = phrase(rng, (
        "A {a} personal loan has a {r} note rate over {y} years and a {f} origination fee deducted from the "
        "proceeds. What is the APR?",
        "{n} is offered {a} at {r} for {y} years, but the lender keeps a {f} fee up front. What's the true annual "
        "cost (APR)?",
        "Compute the APR: loan {a}, stated rate {r}, {y}-year term, monthly payments, origination fee {f} withheld.",
    ), a=money(amt, cents=False), r=pct(rate), y=years, f=pct(fee_pct), n=who(rng))
    steps = [f"Payment on the full {money(amt, cents=False)} at {pct(rate)}: {money(pay)} × {years * 12} months",
             f"Cash actually received = {money(amt, cents=False)} − {money(fee)} fee = {money(amt - fee)}",
             f"APR: solve {money(amt - fee)} = {money(pay)} × (1 − (1 + i)^−{years * 12})/i for i, then ×12 → "
             f"{pct(apr)}",
             f"The fee adds {num((apr - rate) * 100)} percentage points to the {pct(rate)} note rate."]
    ans = round(apr * 100, 2)
    return finish(f"{_M}.apr_with_fee", instruction=q, steps=steps, answer=ans, shown=pct(apr),
                  domain="consumer_loans", difficulty="medium", unit="percent",
                  params={"principal": amt, "rate": rate, "years": years, "fee": fee})


def t_rebate_vs_promo(rng: random.Random) -> Draft:
    """Cash rebate with bank financing versus the dealer's promotional rate: total cost and recommendation."""
    name = who(rng)
    price, down = pick(rng, 20_000, 70_000, 250), pick(rng, 0, 8_000, 500)
    rebate, bank = pick(rng, 1_000, 6_000, 250), pick(rng, 0.04, 0.10, 0.0005)
    promo, months = rng.choice((0.0, 0.0, 0.009, 0.019, 0.029)), rng.choice((36, 48, 60, 72))
    pa = loan_payment(principal=price - down - rebate, annual_rate=bank, years=months / 12).value
    pb = loan_payment(principal=price - down, annual_rate=promo, years=months / 12).value
    ta, tb = pa * months, pb * months
    q = phrase(rng, (
        "The dealer offers {n} either a {rb} cash rebate or {p} financing for {m} months on a {c} car. {n}'s credit "
        "union would lend at {b}. With {d} down, which deal is cheaper?",
        "Rebate or low APR? Car price {c}, {d} down, {m}-month term. Option A: take the {rb} rebate and finance at "
        "{b}. Option B: {p} dealer financing, no rebate.",
        "Compare total cost: {rb} rebate plus a {b} bank loan versus {p} promotional financing, {c} vehicle, "
        "{d} down, {m} months.",
    ), n=name, rb=money(rebate, cents=False), p=pct(promo) if promo else "0%", m=months, c=money(price, cents=False),
        b=pct(bank), d=money(down, cents=False))
    better = "A (rebate)" if ta < tb else "B (promotional rate)"
    steps = [table(("", "A: rebate + bank loan", "B: promo financing"),
                   [("Amount financed", money(price - down - rebate, cents=False), money(price - down, cents=False)),
                    ("Rate", pct(bank), pct(promo) if promo else "0%"),
                    ("Monthly payment", money(pa), money(pb)),
                    (f"Total of {months} payments", money(ta), money(tb))]),
             f"Difference in total payments = {money(abs(ta - tb))}; the down payment is the same in both.",
             f"Recommendation: option {better} is cheaper. (A rebate is worth more the larger it is relative to the "
             "interest the bank loan adds; a shorter term favors the rebate.)"]
    ans = round(abs(ta - tb), 2)
    return finish(f"{_M}.rebate_vs_promo", instruction=q, steps=steps, answer=ans, shown=money(ans),
                  domain="consumer_loans", difficulty="hard",
                  params={"price": price, "down": down, "rebate": rebate, "bank_rate": bank, "promo_rate": promo,
                          "months": months})


# ---------------------------------------------------------------------------------------------------- credit

def _cards(rng: random.Random, util_lo: float, util_hi: float) -> list[tuple[str, float, float]]:
    names = rng.sample(("Card A", "Card B", "Card C", "Card D", "Card E", "Store card", "Travel card"),
                       rng.randint(2, 5))
    limits = [pick(rng, 500, 25_000, 500) for _ in names]
    target = rng.uniform(util_lo, util_hi) * sum(limits)
    weights = [rng.random() for _ in names]
    bals = [min(round(target * w / sum(weights) / 10) * 10, lim) for w, lim in zip(weights, limits, strict=True)]
    return list(zip(names, bals, limits, strict=True))


def t_utilization(rng: random.Random) -> Draft:
    """Per-card and overall credit utilization."""
    cards = _cards(rng, 0.05, 0.85)
    bal, lim = sum(c[1] for c in cards), sum(c[2] for c in cards)
    q = phrase(rng, ("What is {n}'s overall credit utilization ratio?", "Compute my credit utilization, per card "
                     "and overall.", "Given these statement balances and limits, what utilization will the bureaus "
                     "see?", "How high is our revolving utilization across these cards?"), n=who(rng))
    rows = [(n, money(b, cents=False), money(lm, cents=False), pct(b / lm, 1)) for n, b, lm in cards]
    steps = [table(("Card", "Balance", "Limit", "Utilization"), rows),
             f"Overall = total balances / total limits = {money(bal, cents=False)} / {money(lim, cents=False)} = "
             f"{pct(bal / lim, 1)}",
             "Scoring models look at both the overall and the per-card figure; under 30% is the usual rule of thumb "
             "and under 10% tends to score best."]
    ans = round(bal / lim * 100, 1)
    return finish(f"{_M}.utilization", instruction=q, input_="\n".join(
        f"{n}: balance {money(b, cents=False)}, limit {money(lm, cents=False)}" for n, b, lm in cards),
        steps=steps, answer=ans, shown=pct(bal / lim, 1), domain="credit_scores_reports", difficulty="easy",
        unit="percent", params={"balances": [c[1] for c in cards], "limits": [c[2] for c in cards]})


def t_utilization_target(rng: random.Random) -> Draft:
    """Paydown needed to bring utilization under a target, and the effect of closing a card."""
    cards = _cards(rng, 0.32, 0.85)
    target = rng.choice((0.3, 0.1, 0.2))
    bal, lim = sum(c[1] for c in cards), sum(c[2] for c in cards)
    need = bal - target * lim
    close = max(cards, key=lambda c: c[2] - c[1])
    q = phrase(rng, (
        "{n} wants overall utilization under {t} before applying for a mortgage. How much must be paid down?",
        "How much do I need to pay off to get my utilization down to {t}? Also, what happens if I close {c}?",
        "Target utilization {t}: compute the paydown required, and the utilization if {c} were closed instead.",
    ), n=who(rng), t=pct(target), c=close[0])
    after_close = bal / (lim - close[2])
    steps = [f"Current utilization = {money(bal, cents=False)} / {money(lim, cents=False)} = {pct(bal / lim, 1)}",
             f"Balance allowed at {pct(target)} = {pct(target)} × {money(lim, cents=False)} = {money(target * lim)}",
             f"Paydown needed = {money(bal, cents=False)} − {money(target * lim)} = {money(need)}",
             f"Closing {close[0]} (limit {money(close[2], cents=False)}) instead would shrink total limits to "
             f"{money(lim - close[2], cents=False)} and push utilization to {pct(after_close, 1)}"
             + (" (above 100%: balances exceed the remaining limits)" if after_close > 1 else "")
             + "; keep it open."]
    ans = round(need, 2)
    return finish(f"{_M}.utilization_target", instruction=q, input_="\n".join(
        f"{n}: balance {money(b, cents=False)}, limit {money(lm, cents=False)}" for n, b, lm in cards),
        steps=steps, answer=ans, shown=money(ans), domain="credit_scores_reports", difficulty="medium",
        params={"balances": [c[1] for c in cards], "limits": [c[2] for c in cards], "target": target})


TEMPLATES: list[tuple[Template, float]] = [
    (t_card_payoff, 2.5), (t_avalanche_snowball, 3.0), (t_consolidation, 4.5), (t_loan_payment, 3.5),
    (t_auto_loan, 2.5), (t_apr_with_fee, 2.0), (t_rebate_vs_promo, 2.5), (t_utilization, 3.5),
    (t_utilization_target, 2.5),
]
