"""Tax-Advantaged Accounts (9) and Investment Taxation (10)."""

from __future__ import annotations

import math
import random

from eval.quizgen.common import MC, SA, Maker, QuizSpec, facts, money, num, pct, quiz, step
from eval.quizgen.rules import ROTH_PHASEOUT
from eval.schema import Question

T = "eval.accounts_taxation."


# ---------------------------------------------------------------------------------------------------- accounts

def roth_partial(rng: random.Random) -> Question:
    year, status = rng.choice((2024, 2025)), rng.choice(("single", "married_filing_jointly"))
    low, high = ROTH_PHASEOUT[year][status]
    magi = step(rng, low + 500, high - 500, 250)
    raw = 7_000 * (1 - (magi - low) / (high - low))
    allowed = max(200.0, math.ceil(round(raw, 6) / 10) * 10) if raw > 0 else 0.0
    if status == "single":
        q = (f"A single 40-year-old with plenty of earned income has {year} modified AGI of {money(magi)}. Under the "
             "phase-out rules, what is the most that can go directly into a Roth IRA for the year?")
    else:
        q = (f"A married couple filing jointly, both 40 and with plenty of earned income, has {year} modified AGI of "
             f"{money(magi)}. Under the phase-out rules, what is the most each spouse can contribute directly to a "
             "Roth IRA for the year?")
    return num(T + "roth_partial", q, allowed, "usd", exact=True, abs_tol=10.0,
               params={"year": year, "status": status, "magi": magi},
               explanation=f"Phase-out {money(low)}-{money(high)}: $7,000 × (1 − ({money(magi)} − {money(low)}) / "
               f"{money(high - low)}) = {money(raw, True)}, rounded up to the next $10: {money(allowed)}")


def traditional_after_tax(rng: random.Random) -> Question:
    amount, rate, years = step(rng, 5_000, 50_000, 500), step(rng, 0.05, 0.08, 0.005), rng.randint(10, 35)
    later = rng.choice((0.12, 0.22, 0.24, 0.32))
    value = amount * (1 + rate) ** years * (1 - later)
    q = (f"{money(amount)} of pre-tax money goes into a traditional IRA (deductible) and earns {pct(rate)} a year "
         f"for {years} years. The whole balance is then withdrawn and taxed at {pct(later, 0)}. How much is left "
         "after tax?")
    return num(T + "traditional_after_tax", q, value, "usd",
               params={"amount": amount, "rate": rate, "years": years, "tax_later": later},
               explanation=f"{money(amount)} × {1 + rate:g}^{years} × (1 − {later:g}) = {money(value, True)}")


def hsa_nonqualified(rng: random.Random) -> Question:
    amount, rate, age = step(rng, 1_000, 20_000, 100), rng.choice((0.12, 0.22, 0.24)), rng.randint(35, 60)
    cost = amount * (rate + 0.20)
    q = (f"A {age}-year-old takes {money(amount)} from an HSA for a vacation (not a medical expense); the money is "
         f"taxed in the {pct(rate, 0)} bracket. What is the total federal income tax plus additional tax?")
    return num(T + "hsa_nonqualified", q, cost, "usd", exact=True, params={"amount": amount, "rate": rate, "age": age},
               explanation=f"Income tax {pct(rate, 0)} + 20% additional tax (IRC §223(f)(4)) before 65: "
               f"{pct(rate + 0.2, 0)} × {money(amount)} = {money(cost)}")


_ACC_MC = [
    MC("roth_qualified", "When are earnings withdrawn from a Roth IRA completely tax- and penalty-free?",
       "After age 59½ (or death, disability, or a first home) once 5 tax years have passed since the first Roth "
       "IRA contribution", ("Any time after age 59½", "Any time after the account is 5 years old",
                            "Only after age 73", "Only when rolled to another Roth IRA"),
       "IRC §408A(d)(2): a qualified distribution needs both the five-year period and a qualifying event."),
    MC("nonqualified_529", "What happens to the earnings in a 529 withdrawal that is not used for qualified "
       "education expenses (no exception applies)?", "They are taxed as income plus a 10% additional tax",
       ("The whole withdrawal is taxed as a capital gain", "Nothing; 529 withdrawals are always tax-free",
        "They are taxed at 20% with no penalty", "Only the contributions are taxed"),
       "IRC §529(c)(6) with §530(d)(4): earnings are income plus 10%; contributions come back tax-free."),
    MC("hsa_after_65", "After age 65, how is an HSA withdrawal used for non-medical expenses taxed?",
       "As ordinary income, with no additional penalty", ("Tax-free", "As income plus a 20% penalty",
                                                          "As a long-term capital gain", "It is not allowed"),
       "IRC §223(f)(4)(C): the 20% additional tax stops at 65 (or disability), so it works like a traditional "
       "IRA."),
    MC("hsa_family_2025", "What is the 2025 HSA contribution limit for family HDHP coverage, before catch-up?",
       "$8,550", ("$8,300", "$4,300", "$7,750", "$9,550"), "Rev. Proc. 2024-25: $4,300 self-only, $8,550 family."),
]

_ACC_SA = [
    SA("trad_vs_roth_ira", "A client asks how a traditional IRA and a Roth IRA are taxed when money goes in, when it "
       "comes out, and once the owner reaches RMD age. Summarize.",
       (("deductible", "deduction", "pre tax", "pretax"), ("after tax", "no deduction", "not deductible"),
        ("taxable", "taxed", "ordinary income"), ("tax free", "qualified"), ("rmd", "rmds",
                                                                            "required minimum distributions")),
       "Traditional: contributions may be deductible, withdrawals are taxed as income, and RMDs apply. Roth: "
       "contributions are after-tax, qualified withdrawals are tax-free, and the owner has no RMDs.", 3),
    SA("roth_ordering", "A 45-year-old has put $30,000 of regular contributions into a Roth IRA, now worth $48,000, "
       "and withdraws $25,000. Which dollars are treated as coming out first, and what tax or penalty applies?",
       (("contributions", "contribution", "basis"), ("first",),
        ("tax free", "penalty free", "without tax", "without penalty", "no tax", "no penalty"),
        ("conversions", "earnings", "last")),
       "Regular contributions come out first, tax free and penalty free at any age, so the whole $25,000 (less "
       "than the $30,000 contributed) costs nothing; conversions come next (a penalty applies to a conversion "
       "less than 5 years old before 59½) and earnings last."),
]


# ---------------------------------------------------------------------------------------------------- taxation

def tax_equivalent(rng: random.Random) -> Question:
    muni, rate = step(rng, 0.02, 0.045, 0.0005), rng.choice((0.22, 0.24, 0.32, 0.35, 0.37))
    tey = muni / (1 - rate)
    q = (f"A municipal bond yields {pct(muni, 2)}, free of federal income tax. For an investor in the "
         f"{pct(rate, 0)} federal bracket (ignore state tax and NIIT), what taxable yield is equivalent?")
    return num(T + "tax_equivalent", q, 100 * tey, "percent", params={"muni": muni, "rate": rate},
               explanation=f"{pct(muni, 2)} / (1 − {rate:g}) = {pct(tey, 3)}")


def fifo_gain(rng: random.Random) -> Question:
    n1, p1 = step(rng, 50, 400, 10), step(rng, 20, 90, 0.5)
    n2, p2 = step(rng, 50, 400, 10), step(rng, 30, 140, 0.5)
    sold = step(rng, n1 + 10, n1 + n2, 10)
    price = step(rng, max(p1, p2) * 1.05, max(p1, p2) * 1.8, 0.25)
    basis = n1 * p1 + (sold - n1) * p2
    gain = sold * price - basis
    q = (f"An investor bought {n1:,.0f} shares at {money(p1, True)} and later {n2:,.0f} more at {money(p2, True)}. "
         f"She sells {sold:,.0f} shares at {money(price, True)} without identifying lots, so first-in, first-out "
         "applies. What is the capital gain?")
    return num(T + "fifo_gain", q, gain, "usd", exact=True,
               params={"lots": [[n1, p1], [n2, p2]], "sold": sold, "price": price},
               explanation=f"Basis {n1:,.0f} × {money(p1, True)} + {sold - n1:,.0f} × {money(p2, True)} = "
               f"{money(basis, True)}; proceeds {money(sold * price, True)}; gain {money(gain, True)}")


def wash_basis(rng: random.Random) -> Question:
    shares, cost = step(rng, 50, 500, 10), step(rng, 40, 200, 0.5)
    sale = step(rng, cost * 0.5, cost * 0.9, 0.5)
    rebuy = step(rng, sale * 0.9, sale * 1.1, 0.5)
    basis = shares * (rebuy + cost - sale)
    q = (f"An investor sells {shares:,.0f} shares bought at {money(cost, True)} for {money(sale, True)} each, then "
         f"12 days later buys {shares:,.0f} shares of the same stock at {money(rebuy, True)}. What is the total cost "
         "basis of the new shares?")
    return num(T + "wash_basis", q, basis, "usd", exact=True,
               params={"shares": shares, "cost": cost, "sale": sale, "rebuy": rebuy},
               explanation=f"Wash sale: the {money(shares * (cost - sale), True)} loss is disallowed and added to "
               f"the new shares' basis: {money(shares * rebuy, True)} + {money(shares * (cost - sale), True)} = "
               f"{money(basis, True)}")


def gain_with_niit(rng: random.Random) -> Question:
    gain = step(rng, 10_000, 120_000, 500)
    tax = gain * 0.188
    q = (f"In 2025 a single filer whose taxable income before the sale is $320,000, all wages, sells stock held "
         f"five years for a {money(gain)} long-term gain (no other investment income). Total taxable income stays "
         "below the 20% capital-gain threshold. What federal tax does the gain cost, including the net investment "
         "income tax?")
    return num(T + "gain_with_niit", q, tax, "usd", exact=True, params={"gain": gain},
               explanation=f"15% capital gain rate + 3.8% NIIT (all of the gain is above the $200,000 MAGI threshold) "
               f"= 18.8% × {money(gain)} = {money(tax, True)}")


_TAX_MC = [
    MC("collectibles_rate", "What is the maximum federal rate on a long-term gain from selling gold coins or "
       "other collectibles?", "28%", ("20%", "15%", "37%", "25%"),
       "IRC §1(h)(4): collectibles gain is taxed at up to 28% (plus NIIT where it applies)."),
    MC("treasury_state", "How is interest on US Treasury bonds taxed?",
       "Subject to federal income tax but exempt from state and local income tax",
       ("Exempt from federal tax but taxed by states", "Exempt from all income taxes",
        "Taxed as a capital gain", "Taxed only when the bond matures"),
       "31 U.S.C. §3124 bars state and local taxation of Treasury interest; it is federally taxable."),
    MC("wash_ira", "An investor sells a stock at a loss in a taxable account and buys the same stock in her IRA "
       "two weeks later. What happens to the loss?",
       "It is disallowed and, unlike a normal wash sale, not added to any basis",
       ("It is deductible because the IRA is a separate account", "It is added to the IRA's basis",
        "It is deferred until the IRA is withdrawn", "Only half is disallowed"),
       "Rev. Rul. 2008-5: an IRA purchase triggers the wash-sale rule, and the loss is not added to the IRA "
       "shares' basis, so it is lost."),
    MC("asset_location_bonds", "Which holding generally belongs in a tax-deferred account rather than a taxable "
       "account, for tax efficiency?", "A high-yield corporate bond fund",
       ("A broad stock index ETF held for decades", "Municipal bonds", "Stocks paying qualified dividends",
        "A tax-managed equity fund"),
       "Interest taxed at ordinary rates benefits most from deferral; tax-efficient equity and munis suit taxable "
       "accounts."),
]

_TAX_SA = [
    SA("tax_loss_harvesting", "What is tax-loss harvesting and what rule must it respect?",
       (("sell", "selling", "realize", "realizing"), ("loss", "losses"),
        ("offset", "gains", "3,000", "$3,000", "ordinary income"), ("wash sale", "30 days", "substantially "
                                                                    "identical")),
       "Selling investments below cost to realize losses that offset gains (and up to $3,000 of ordinary "
       "income), then reinvesting in something not substantially identical to avoid the 30-day wash-sale rule."),
    SA("asset_location", "What is asset location, and how does it differ from asset allocation?",
       (("location", "which account", "accounts", "account type"),
        ("taxable", "tax deferred", "tax free", "roth", "ira"),
        ("allocation", "mix")),
       "Asset allocation is the mix of asset classes; asset location decides which account type (taxable, "
       "tax-deferred, Roth) holds each asset to reduce taxes, e.g. bonds in IRAs and tax-efficient stock funds "
       "in taxable accounts."),
]

_ACCOUNTS: list[Maker] = [roth_partial, traditional_after_tax, hsa_nonqualified,
                          *facts("accounts_taxation", [*_ACC_MC, *_ACC_SA])]
_TAXATION: list[Maker] = [tax_equivalent, fifo_gain, wash_basis, gain_with_niit,
                          *facts("accounts_taxation", [*_TAX_MC, *_TAX_SA])]

QUIZZES: list[QuizSpec] = [
    quiz("tax_advantaged_accounts", "Tax-Advantaged Accounts", 9, _ACCOUNTS),
    quiz("investment_taxation", "Investment Taxation", 10, _TAXATION),
]
