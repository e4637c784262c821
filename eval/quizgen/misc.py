"""Behavioral Finance (8), Fintech & Digital Assets (9) and Banking & Monetary Policy (9)."""

from __future__ import annotations

import random

from eval.quizgen.common import MC, SA, Fact, Maker, QuizSpec, facts, money, num, pct, quiz, step
from eval.schema import Question
from tools.calc.invest import irr

T = "eval.misc."


# ---------------------------------------------------------------------------------------------------- behavioral

def loss_aversion(rng: random.Random) -> Question:
    lam, loss = rng.choice((1.5, 2.0, 2.25, 2.5)), step(rng, 50, 2_000, 50)
    q = (f"Under a linear prospect-theory value function with a loss-aversion coefficient of {lam:g} (losses weigh "
         f"{lam:g} times as much as equal gains), what is the smallest gain that makes a 50/50 bet of losing "
         f"{money(loss)} acceptable?")
    return num(T + "loss_aversion", q, lam * loss, "usd", exact=True, params={"lambda": lam, "loss": loss},
               explanation=f"0.5 × G − 0.5 × {lam:g} × {money(loss)} ≥ 0 → G ≥ {money(lam * loss)}")


def behavior_gap(rng: random.Random) -> Question:
    first, added = step(rng, 5_000, 50_000, 1_000), step(rng, 10_000, 80_000, 1_000)
    r1, r2 = step(rng, 0.15, 0.35, 0.01), step(rng, -0.25, -0.05, 0.01)
    end = (first * (1 + r1) + added) * (1 + r2)
    dollar = irr([-first, -added, end]).value
    time = ((1 + r1) * (1 + r2)) ** 0.5 - 1
    q = (f"An investor puts {money(first)} into a fund, which gains {pct(r1, 0)} in year 1. Impressed, the investor "
         f"adds {money(added)} at the end of year 1; the fund then loses {pct(-r2, 0)} in year 2. What was the "
         "investor's dollar-weighted (money-weighted) annual return over the two years?")
    return num(T + "behavior_gap", q, 100 * dollar, "percent",
               params={"first": first, "added": added, "r1": r1, "r2": r2},
               explanation=f"Ending value {money(end, True)}; IRR of [−{first:,.0f}, −{added:,.0f}, {end:,.2f}] = "
               f"{pct(dollar, 3)} a year, versus the fund's time-weighted {pct(time, 3)}: buying after the good "
               "year hurt")


def mental_accounting(rng: random.Random) -> Question:
    debt, apr = step(rng, 2_000, 15_000, 100), step(rng, 0.18, 0.28, 0.005)
    saved, yield_ = step(rng, debt, debt * 3, 100), step(rng, 0.005, 0.045, 0.0025)
    cost = debt * (apr - yield_)
    q = (f"A household keeps {money(saved)} in a savings account earning {pct(yield_)} (a 'vacation fund') while "
         f"carrying a {money(debt)} credit card balance at {pct(apr)}. Ignoring compounding and taxes, how much a "
         "year would using savings to clear the card save?")
    return num(T + "mental_accounting", q, cost, "usd", params={"debt": debt, "apr": apr, "saved": saved,
                                                                "yield": yield_},
               explanation=f"{money(debt)} × ({pct(apr)} − {pct(yield_)}) = {money(cost, True)}; treating the money "
               "as earmarked is mental accounting")


_BEHAV: list[Fact] = [
    MC("disposition_effect", "An investor keeps selling stocks that have risen to 'lock in gains' while holding "
       "losers until they 'come back'. Which bias is this?", "The disposition effect",
       ("Herding", "Home bias", "Recency bias", "The endowment effect"),
       "Shefrin and Statman's disposition effect: realizing gains too early and riding losses too long, driven "
       "by loss aversion and regret."),
    MC("anchoring", "A buyer insists a stock is cheap because it trades well below the $150 it reached two years "
       "ago, though its earnings have collapsed since. Which bias is at work?", "Anchoring",
       ("Overconfidence", "Mental accounting", "Confirmation bias", "Survivorship bias"),
       "Fixing on an irrelevant reference point (the old price) and adjusting too little from it."),
    MC("recency", "After three strong years, an investor assumes stocks will keep returning 20% a year and raises "
       "the equity allocation. Which bias best describes this?", "Recency bias",
       ("Loss aversion", "Status quo bias", "Anchoring to the purchase price", "Regret aversion"),
       "Overweighting recent experience when forecasting (extrapolation)."),
    SA("loss_aversion_what", "What is loss aversion, and how can it hurt investors?",
       (("losses", "loss"), ("gains", "gain"), ("twice", "more", "greater", "stronger", "painful")),
       "Losses feel roughly twice as painful as equal gains feel good (Kahneman and Tversky), which leads to "
       "holding losers, selling in panics or avoiding sensible risk."),
    SA("overconfidence", "How does overconfidence typically show up in investors' behavior and results?",
       (("trade", "trading", "turnover"), ("too much", "excessive", "more often", "frequent"),
        ("lower returns", "underperform", "costs", "worse returns", "hurts returns", "lower net returns")),
       "Overconfident investors trade too much and concentrate positions; trading costs and poor timing lower "
       "their net returns (Barber and Odean)."),
]


# ---------------------------------------------------------------------------------------------------- fintech

def crypto_gain(rng: random.Random) -> Question:
    qty, cost = step(rng, 0.1, 3, 0.05), step(rng, 15_000, 60_000, 100)
    price, fee = step(rng, cost * 1.1, cost * 3, 100), step(rng, 10, 200, 5)
    gain = qty * (price - cost) - fee
    q = (f"A taxpayer bought {qty:g} BTC at {money(cost)} per coin (fees included in basis) and later sells all of "
         f"it at {money(price)} per coin, paying a {money(fee)} exchange fee on the sale. What capital gain is "
         "reported?")
    return num(T + "crypto_gain", q, gain, "usd", exact=True, abs_tol=0.5,
               params={"qty": qty, "cost": cost, "price": price, "fee": fee},
               explanation=f"Crypto is property (IRS Notice 2014-21): {qty:g} × ({money(price)} − {money(cost)}) − "
               f"{money(fee)} = {money(gain, True)}")


def btc_issuance(rng: random.Random) -> Question:
    days = rng.choice((1, 7, 30))
    coins = 3.125 * 144 * days
    span = "per day" if days == 1 else f"over {days} days"
    q = (f"After the April 2024 halving, how many new bitcoins are created {span} if blocks arrive exactly every "
         "ten minutes, as targeted (block subsidy only, no fees)?")
    return num(T + "btc_issuance", q, coins, "number", exact=True, params={"days": days},
               explanation=f"Subsidy 3.125 BTC × 144 blocks a day × {days} = {coins:,.1f} BTC")


def robo_cost(rng: random.Random) -> Question:
    balance, fee, er = step(rng, 5_000, 500_000, 500), rng.choice((0.0025, 0.0035, 0.005)), step(rng, 0.0003,
                                                                                                 0.0015, 0.0001)
    cost = balance * (fee + er)
    q = (f"A robo-adviser charges an annual advisory fee of {pct(fee)} of assets, and its ETFs have a weighted "
         f"expense ratio of {pct(er)}. About how much does a {money(balance)} account pay in total each year?")
    return num(T + "robo_cost", q, cost, "usd", params={"balance": balance, "fee": fee, "er": er},
               explanation=f"{money(balance)} × ({pct(fee)} + {pct(er)}) = {money(cost, True)}")


_FINTECH: list[Fact] = [
    MC("btc_cap", "What is the maximum number of bitcoins that can ever exist under the protocol?",
       "21 million", ("100 million", "18 million", "No fixed maximum", "210,000"),
       "The block subsidy halves every 210,000 blocks, so issuance converges to just under 21 million."),
    MC("halving_2024", "What did the April 2024 halving cut the bitcoin block subsidy to?", "3.125 BTC",
       ("6.25 BTC", "1.5625 BTC", "12.5 BTC", "5 BTC"),
       "The fourth halving (block 840,000, April 2024) took the subsidy from 6.25 to 3.125 BTC."),
    MC("merge_pos", "What did Ethereum's 'Merge' in September 2022 change?",
       "It switched consensus from proof-of-work to proof-of-stake", ("It capped the ether supply at 21 million",
                                                                      "It merged Ethereum with Bitcoin",
                                                                      "It introduced smart contracts",
                                                                      "It moved all activity to layer-2 rollups"),
       "The Merge joined the execution layer to the Beacon Chain, ending mining (proof-of-work)."),
    MC("crypto_property", "How does the IRS classify virtual currency such as bitcoin for federal tax purposes?",
       "As property, so sales and spending can produce capital gains or losses",
       ("As foreign currency", "As a security subject to the wash-sale rule", "As a collectible taxed at 28%",
        "As tax-free until converted to dollars"),
       "IRS Notice 2014-21: digital assets are property; each disposition (sale, exchange, spending) is a "
       "taxable event."),
    SA("stablecoin", "What is a stablecoin and how do fiat-backed stablecoins keep their value?",
       (("stablecoin", "stablecoins"), ("pegged", "peg", "fixed value", "stable value", "one dollar", "1 dollar"),
        ("reserves", "backed", "collateral", "treasuries", "cash"), ("redeem", "redemption", "redeemable")),
       "A crypto token designed to hold a fixed value, usually $1; fiat-backed issuers hold cash and short "
       "Treasury reserves and redeem tokens at par, which keeps the market price at the peg."),
    SA("blockchain", "What is a blockchain, in a sentence or two?",
       (("ledger", "record", "database"), ("distributed", "decentralized", "nodes", "network", "shared"),
        ("blocks", "block", "chain", "linked", "hash", "cryptographic")),
       "A shared, append-only ledger of transactions kept by a decentralized network of nodes, grouped into "
       "blocks each linked to the previous by a cryptographic hash, which makes past records tamper-evident."),
]


# ---------------------------------------------------------------------------------------------------- banking

def fdic_cover(rng: random.Random) -> Question:
    single, joint, ira = step(rng, 50_000, 400_000, 5_000), step(rng, 100_000, 800_000, 5_000), step(rng, 0,
                                                                                                     400_000, 5_000)
    insured = min(single, 250_000) + min(joint, 500_000) + min(ira, 250_000)
    q = (f"At one FDIC-insured bank, a married person has {money(single)} in an individual account, {money(ira)} "
         f"in a traditional IRA deposit account, and a joint account with the spouse holding {money(joint)} "
         "(equal rights, no other joint accounts). How much of the total is insured?")
    return num(T + "fdic_cover", q, insured, "usd", exact=True, params={"single": single, "joint": joint, "ira": ira},
               explanation=f"$250,000 per depositor per ownership category: single {money(min(single, 250_000))}, "
               f"joint ($250,000 per co-owner) {money(min(joint, 500_000))}, retirement {money(min(ira, 250_000))} "
               f"→ {money(insured)}")


def apy(rng: random.Random) -> Question:
    rate, m = step(rng, 0.01, 0.055, 0.0005), rng.choice((12, 365, 4))
    value = (1 + rate / m) ** m - 1
    label = {12: "monthly", 365: "daily (365 days)", 4: "quarterly"}[m]
    q = f"A savings account pays a nominal {pct(rate)} annual rate compounded {label}. What is its APY?"
    return num(T + "apy", q, 100 * value, "percent", params={"rate": rate, "m": m},
               explanation=f"(1 + {rate:g}/{m})^{m} − 1 = {pct(value, 4)}")


def deposit_multiplier(rng: random.Random) -> Question:
    ratio, deposit = rng.choice((0.05, 0.08, 0.1, 0.125, 0.2)), step(rng, 1_000, 100_000, 1_000)
    total = deposit / ratio
    q = (f"In the simple textbook deposit-multiplier model with a required reserve ratio of {pct(ratio)}, no cash "
         f"leakage and no excess reserves, what is the maximum total of deposits that a new {money(deposit)} "
         "deposit can support?")
    return num(T + "deposit_multiplier", q, total, "usd", exact=True, params={"ratio": ratio, "deposit": deposit},
               explanation=f"Multiplier 1 / {ratio:g} = {1 / ratio:g}; {money(deposit)} × {1 / ratio:g} = "
               f"{money(total)}")


_BANK: list[Fact] = [
    MC("reserve_requirement", "What reserve requirement has the Federal Reserve set on bank deposits since March "
       "26, 2020?", "Zero percent", ("10% on transaction accounts", "3% on all deposits", "5% on savings accounts",
                                     "It varies by bank size from 3% to 10%"),
       "The Fed cut reserve requirement ratios to 0% effective March 26, 2020; it steers rates with interest on "
       "reserve balances in an ample-reserves regime."),
    MC("fomc_votes", "How many voting members does the Federal Open Market Committee have?", "12",
       ("7", "19", "5", "24"),
       "The 7 Board governors, the New York Fed president and 4 of the other 11 Reserve Bank presidents in "
       "rotation."),
    MC("dual_mandate", "What is the Federal Reserve's statutory dual mandate?",
       "Maximum employment and stable prices", ("Stable exchange rates and low unemployment",
                                                "Balanced budgets and low inflation", "Bank solvency and full "
                                                "employment", "Economic growth and a strong dollar"),
       "Federal Reserve Act §2A (1977): maximum employment, stable prices and moderate long-term interest "
       "rates."),
    MC("omo_purchase", "When the Fed buys Treasury securities in the open market, what is the direct effect?",
       "Bank reserves rise, putting downward pressure on interest rates",
       ("Bank reserves fall and rates rise", "The federal budget deficit shrinks", "The money supply falls",
        "Reserve requirements increase"),
       "The Fed pays by crediting banks' reserve accounts, expanding reserves and easing financial conditions."),
    SA("rate_hike_transmission", "How does a Federal Reserve rate increase slow inflation?",
       (("borrowing", "borrowing costs", "loans", "credit", "mortgage rates"),
        ("spending", "demand", "investment", "consumption"), ("inflation", "prices", "price"),
        ("dollar", "asset prices", "stock prices", "saving", "savings")),
       "Higher policy rates raise borrowing costs and returns on saving, tighten credit, lower asset prices and "
       "strengthen the dollar, which cools spending and investment, easing demand and therefore price pressure.",
       3),
    SA("quantitative_easing", "What is quantitative easing?",
       (("purchase", "purchases", "buying", "buys", "buy"),
        ("treasuries", "treasury", "mortgage backed", "securities", "bonds"),
        ("long term", "longer term", "yields", "interest rates", "rates"),
        ("reserves", "balance sheet", "money")),
       "Large-scale central bank purchases of longer-term Treasuries and agency mortgage-backed securities, "
       "paid for with new reserves, to push down long-term yields once short-term rates are near zero.", 3),
]

_BEHAVIORAL: list[Maker] = [loss_aversion, behavior_gap, mental_accounting, *facts("misc", _BEHAV)]
_FINTECH_PLAN: list[Maker] = [crypto_gain, btc_issuance, robo_cost, *facts("misc", _FINTECH)]
_BANKING: list[Maker] = [fdic_cover, apy, deposit_multiplier, *facts("misc", _BANK)]

QUIZZES: list[QuizSpec] = [
    quiz("behavioral_finance", "Behavioral Finance", 8, _BEHAVIORAL),
    quiz("fintech_digital_assets", "Fintech & Digital Assets", 9, _FINTECH_PLAN),
    quiz("banking_monetary", "Banking & Monetary Policy", 9, _BANKING),
]
