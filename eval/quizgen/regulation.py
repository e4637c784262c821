"""Securities Regulation (9), Compliance & AML (9) and Fiduciary Duty & Ethics (9)."""

from __future__ import annotations

import random

from eval.quizgen.common import MC, NUM, SA, Fact, Maker, QuizSpec, facts, money, num, pct, quiz, step
from eval.schema import Question

T = "eval.regulation."


# ---------------------------------------------------------------------------------------------------- securities

def short_swing(rng: random.Random) -> Question:
    buys = [(step(rng, 1_000, 10_000, 500), step(rng, 20, 60, 0.25)) for _ in range(2)]
    sold = step(rng, 1_000, sum(n for n, _ in buys), 500)
    price = step(rng, max(p for _, p in buys) * 1.05, max(p for _, p in buys) * 1.6, 0.25)
    left, profit = sold, 0.0
    for n, p in sorted(buys, key=lambda b: b[1]):
        take = min(n, left)
        profit, left = profit + take * max(0.0, price - p), left - take
    q = (f"A company director buys {buys[0][0]:,.0f} shares at {money(buys[0][1], True)} in February and "
         f"{buys[1][0]:,.0f} shares at {money(buys[1][1], True)} in March, then sells {sold:,.0f} shares at "
         f"{money(price, True)} in May of the same year. How much short-swing profit can the company recover "
         "under Section 16(b)?")
    return num(T + "short_swing", q, profit, "usd", exact=True, params={"buys": buys, "sold": sold, "price": price},
               explanation=f"Match the sale against the lowest-priced purchases within six months: "
               f"{money(profit, True)}")


def rule_144_volume(rng: random.Random) -> Question:
    outstanding = step(rng, 5_000_000, 400_000_000, 100_000)
    weekly = [step(rng, outstanding * 0.002, outstanding * 0.02, 100) for _ in range(4)]
    avg = sum(weekly) / 4
    limit = max(0.01 * outstanding, avg)
    q = (f"An affiliate of an exchange-listed issuer wants to sell restricted stock under Rule 144. The company has "
         f"{outstanding:,.0f} shares outstanding, and weekly trading volume over the past four calendar weeks was "
         f"{', '.join(f'{w:,.0f}' for w in weekly)} shares. What is the most the affiliate may sell in any "
         "three-month period?")
    return num(T + "rule_144_volume", q, limit, "shares", exact=True, abs_tol=1.0,
               params={"outstanding": outstanding, "weekly": weekly},
               explanation=f"Greater of 1% of outstanding ({0.01 * outstanding:,.0f}) and the 4-week average "
               f"weekly volume ({avg:,.0f}): {limit:,.0f} shares")


_SEC: list[Fact] = [
    NUM("reg_a_tier2", "What is the maximum an issuer may raise in a 12-month period under Tier 2 of Regulation A, "
        "in US dollars?", 75_000_000, "usd", "Since March 2021 Tier 2 allows $75 million in 12 months (Tier 1 "
        "$20 million)."),
    MC("act_1933", "Which federal law requires companies to register new securities offerings with the SEC and "
       "deliver a prospectus, unless an exemption applies?", "The Securities Act of 1933",
       ("The Securities Exchange Act of 1934", "The Investment Company Act of 1940", "The Sarbanes-Oxley Act",
        "The Trust Indenture Act of 1939"),
       "The 1933 Act governs primary offerings (registration and disclosure); the 1934 Act trading and the SEC."),
    MC("accredited_individual", "Which individual qualifies as an accredited investor under Regulation D?",
       "One with net worth over $1 million, excluding the primary residence",
       ("One with net worth over $1 million, including the primary residence",
        "One who earned $150,000 in each of the last two years, single",
        "Anyone who invests at least $100,000 in the offering", "Anyone with $250,000 of liquid assets"),
       "Rule 501(a): net worth over $1 million excluding the primary residence, or income over $200,000 "
       "($300,000 joint) in each of the last two years with the same expected, or certain licenses (Series 7, "
       "65, 82)."),
    MC("schedule_13d", "Since the SEC's 2023 amendments took effect in 2024, how soon must an investor who crosses "
       "5% beneficial ownership of a registered class of equity with control intent file Schedule 13D?",
       "Within 5 business days", ("Within 10 calendar days", "Within 45 days after year end",
                                  "Within 2 business days", "Within 30 days"),
       "Rule 13d-1(a) as amended: five business days (it was ten days)."),
    MC("form_4", "How soon must a corporate insider report a purchase of the company's stock on Form 4?",
       "Within 2 business days", ("Within 10 days after month end", "Within 5 business days",
                                  "By the next annual report", "Within 45 days after year end"),
       "Section 16(a) as amended by Sarbanes-Oxley: two business days after the transaction."),
    SA("insider_trading", "What makes trading on information illegal insider trading under Rule 10b-5?",
       (("material",), ("nonpublic", "non public", "not public", "confidential"),
        ("duty", "breach", "confidence", "trust", "fiduciary", "misappropriated", "misappropriation")),
       "Trading (or tipping) on material, nonpublic information in breach of a duty of trust or confidence owed "
       "to the company's shareholders or to the source of the information (misappropriation)."),
    SA("rule_506c", "How does a Rule 506(c) private offering differ from a Rule 506(b) offering?",
       (("general solicitation", "advertise", "advertising", "publicly"), ("accredited",),
        ("verify", "verification", "verified", "reasonable steps"), ("non accredited", "35", "506 b", "506(b)")),
       "506(c) permits general solicitation but every purchaser must be accredited and the issuer must take "
       "reasonable steps to verify it; 506(b) bans general solicitation but allows up to 35 sophisticated "
       "non-accredited investors."),
]


# ---------------------------------------------------------------------------------------------------- AML

def ctr_aggregate(rng: random.Random) -> Question:
    cash = [step(rng, 1_500, 6_000, 100) for _ in range(rng.randint(2, 4))]
    check = step(rng, 2_000, 9_000, 100)
    total = sum(cash)
    q = (f"During one business day a customer makes cash deposits of {', '.join(money(c) for c in cash)} at "
         f"different branches of the same bank and also deposits a {money(check)} personal check. What total does "
         "the bank aggregate in deciding whether a currency transaction report is required?")
    return num(T + "ctr_aggregate", q, total, "usd", exact=True, params={"cash": cash, "check": check},
               explanation=f"Only currency counts, aggregated across branches for the same person and business day: "
               f"{money(total)} ({'over' if total > 10_000 else 'not over'} $10,000, so a CTR is "
               f"{'required' if total > 10_000 else 'not required'})")


def fbar_total(rng: random.Random) -> Question:
    accounts = [step(rng, 1_000, 9_000, 50) for _ in range(rng.randint(2, 4))]
    total = sum(accounts)
    q = (f"During the year, a US person's foreign financial accounts reached maximum values of "
         f"{', '.join(money(a) for a in accounts)}. What aggregate amount is compared with the $10,000 threshold "
         "to decide whether an FBAR must be filed?")
    return num(T + "fbar_total", q, total, "usd", exact=True, params={"accounts": accounts},
               explanation=f"Sum of each account's maximum value: {money(total)}; an FBAR (FinCEN 114) is required if "
               f"the aggregate exceeds $10,000 ({'yes' if total > 10_000 else 'no'})")


_AML: list[Fact] = [
    NUM("sar_no_suspect", "A bank detects suspicious activity but cannot identify a suspect. At most how many "
        "calendar days after initial detection may it file the SAR?", 60, "count",
        "31 CFR 1020.320(b)(3): 30 days, extendable by up to 30 more (60 in total) to identify a suspect."),
    MC("structuring", "A customer splits $27,000 of cash into three $9,000 deposits on consecutive days to avoid a "
       "currency transaction report. What is this?", "Structuring, a federal crime even if the money is legitimate",
       ("Legal, because each deposit is under $10,000", "Smurfing, which is legal for business accounts",
        "Layering, which is legal if reported on a tax return", "A violation only if the cash came from a crime"),
       "31 U.S.C. §5324 prohibits structuring to evade reporting, whatever the source of the funds."),
    MC("layering", "In the three stages of money laundering, what is layering?",
       "Moving funds through complex transactions to obscure their origin",
       ("Putting illicit cash into the financial system", "Reintroducing the money into the legitimate economy",
        "Filing false tax returns", "Splitting cash deposits below $10,000"),
       "Placement puts cash in, layering obscures the trail, integration returns it as apparently clean wealth."),
    MC("cdd_owners", "Under FinCEN's customer due diligence rule, whom must a bank identify as beneficial owners "
       "of a legal-entity customer?", "Each person owning 25% or more of the equity, plus one person with "
       "significant control", ("Every shareholder", "Each person owning 10% or more", "Only the CEO",
                               "Each person owning more than 50%"),
       "31 CFR 1010.230: the ownership prong (25% or more, up to four people) and the control prong (one person)."),
    MC("sar_confidential", "May a bank tell a customer that it has filed a suspicious activity report about them?",
       "No; disclosing a SAR or its existence is prohibited", ("Yes, if the customer asks", "Yes, after 30 days",
                                                               "Only if the SAR was about structuring",
                                                               "Only in writing"),
       "31 U.S.C. §5318(g)(2): SARs are confidential; tipping off the subject is prohibited."),
    SA("cip_elements", "What identifying information must a bank's customer identification program collect from an "
       "individual before opening an account?",
       (("name",), ("date of birth", "birth date", "dob"), ("address",),
        ("identification number", "taxpayer identification number", "ssn", "social security number", "tin",
         "id number"), ("verify", "verification", "verified", "documents")),
       "Name, date of birth, residential address and an identification number (SSN/TIN for US persons), then "
       "verify identity through documents or other means (31 CFR 1020.220).", 4),
    SA("aml_red_flags", "Give typical red flags of money laundering in a customer's account activity.",
       (("just below", "under 10,000", "below the threshold", "structuring", "split"),
        ("third party", "third parties", "unrelated"),
        ("rapid", "quickly", "in and out", "pass through", "immediately"),
        ("no business purpose", "no apparent purpose", "inconsistent", "unusual", "high risk", "shell")),
       "Cash just below reporting thresholds, funds moving rapidly in and out, many unrelated third-party "
       "payments, and activity inconsistent with the customer's business or without an apparent purpose.", 2),
]


# ---------------------------------------------------------------------------------------------------- ethics

_TIERS = ((1_000_000, 0.01), (4_000_000, 0.0075), (float("inf"), 0.005))


def tiered_fee(rng: random.Random) -> Question:
    assets = step(rng, 600_000, 12_000_000, 10_000)
    left, fee = assets, 0.0
    for width, rate in _TIERS:
        part = min(left, width)
        fee, left = fee + part * rate, left - part
    q = (f"An adviser charges 1.00% a year on the first $1,000,000 of assets, 0.75% on the next $4,000,000 and 0.50% "
         f"on everything above $5,000,000, applied in tiers. What is the annual fee on a {money(assets)} account?")
    return num(T + "tiered_fee", q, fee, "usd", exact=True, params={"assets": assets},
               explanation=f"Each slice at its own rate: {money(fee)} ({pct(fee / assets, 3)} of assets)")


_BREAKPOINTS = ((25_000, 0.055), (50_000, 0.0475), (100_000, 0.0375), (250_000, 0.03), (500_000, 0.0225),
               (1_000_000, 0.015))


def sales_load(rng: random.Random) -> Question:
    amount = step(rng, 10_000, 990_000, 1_000)
    rate = next((r for top, r in _BREAKPOINTS if amount < top), 0.0)
    schedule = "; ".join(f"below {money(top)}, {pct(r)}" for top, r in _BREAKPOINTS) + "; $1,000,000 or more, none"
    q = (f"A fund's Class A shares carry a front-end sales charge (as a share of the offering price) of {schedule}. "
         f"A client invests {money(amount)} in one purchase. How many dollars go to the sales charge?")
    return num(T + "sales_load", q, amount * rate, "usd", exact=True, params={"amount": amount},
               explanation=f"{money(amount)} falls in the {pct(rate)} breakpoint: {money(amount * rate, True)}")


_ETH: list[Fact] = [
    NUM("adv_update", "Within how many days after its fiscal year end must an SEC-registered investment adviser "
        "file its annual updating amendment to Form ADV?", 90, "count",
        "Advisers Act Rule 204-1(a)(1): within 90 days of the fiscal year end."),
    MC("adviser_duties", "According to the SEC's 2019 interpretation, an investment adviser's federal fiduciary "
       "duty consists of which two duties?", "A duty of care and a duty of loyalty",
       ("A duty of suitability and a duty of disclosure", "A duty of best execution and a duty of confidentiality",
        "A duty of diligence and a duty of supervision", "A duty of care and a duty of suitability"),
       "SEC Release IA-5248 (2019): care (advice in the client's best interest, best execution, monitoring) and "
       "loyalty (do not place own interests ahead; disclose conflicts)."),
    MC("reg_bi", "Regulation Best Interest, in force since June 30, 2020, applies to whom?",
       "Broker-dealers making recommendations to retail customers",
       ("Investment advisers managing discretionary accounts", "All ERISA plan fiduciaries",
        "Insurance agents selling fixed annuities", "Banks taking deposits"),
       "Reg BI (Exchange Act Rule 15l-1) sets a best-interest standard for broker-dealer recommendations to "
       "retail customers; advisers are fiduciaries under the Advisers Act."),
    MC("erisa_338", "Under ERISA, how does a plan's discretionary investment manager (section 3(38)) differ from a "
       "nondiscretionary investment adviser fiduciary?",
       "The 3(38) manager has discretion to select and monitor investments and takes that fiduciary "
       "responsibility", ("The nondiscretionary adviser has full discretion", "Neither is a fiduciary",
                          "The 3(38) manager only provides education", "The nondiscretionary adviser must be a bank"),
       "A 3(38) manager makes the investment decisions; a 3(21) adviser recommends while the plan sponsor "
       "decides (a co-fiduciary)."),
    MC("upia", "Under the Uniform Prudent Investor Act, how is a trustee's investment decision judged?",
       "In the context of the portfolio as a whole and an overall risk-return strategy",
       ("Asset by asset, each of which must be safe", "Only by whether the portfolio beat inflation",
        "By whether any single investment lost money", "By the legal list of permitted securities"),
       "UPIA §2(b): no investment is imprudent by itself; the portfolio as a whole is judged, and diversification "
       "is required."),
    SA("conflicts", "How should a fiduciary adviser handle a conflict of interest?",
       (("disclose", "disclosure", "disclosed"), ("conflict", "conflicts"),
        ("eliminate", "mitigate", "avoid", "manage"), ("consent", "informed consent", "best interest")),
       "Eliminate it or fully and fairly disclose it (and mitigate it) so the client can give informed consent, "
       "always acting in the client's best interest."),
    SA("fee_only", "What does fee-only compensation mean for a financial adviser, and why do some clients prefer "
       "it?",
       (("fee only", "fees only", "only fees", "paid only by the client", "paid by clients"),
        ("commission", "commissions"), ("conflict", "conflicts", "incentive", "incentives", "objective", "bias")),
       "The adviser is paid only by clients (flat, hourly or asset-based fees) and takes no commissions, which "
       "removes product-sale incentives and reduces conflicts of interest."),
]

_SECURITIES: list[Maker] = [short_swing, rule_144_volume, *facts("regulation", _SEC)]
_COMPLIANCE: list[Maker] = [ctr_aggregate, fbar_total, *facts("regulation", _AML)]
_ETHICS: list[Maker] = [tiered_fee, sales_load, *facts("regulation", _ETH)]

QUIZZES: list[QuizSpec] = [
    quiz("securities_regulation", "Securities Regulation", 9, _SECURITIES),
    quiz("compliance_aml", "Compliance & AML", 9, _COMPLIANCE),
    quiz("fiduciary_ethics", "Fiduciary Duty & Ethics", 9, _ETHICS),
]
