"""Federal income tax facts (multiple choice) and short explanations, tax years 2024 and 2025."""

from __future__ import annotations

from eval.quizgen.common import MC, SA, facts

_MC = [
    MC("capital_loss_limit",
       "An unmarried investor's capital losses for 2024 exceed capital gains by $9,000. How is the excess "
       "treated on the 2024 federal return?",
       "$3,000 offsets ordinary income and $6,000 carries forward",
       ("$1,500 offsets ordinary income and $7,500 carries forward",
        "$3,000 offsets ordinary income and the other $6,000 is lost",
        "All $9,000 offsets ordinary income",
        "None of it is deductible until there are future gains"),
       "IRC §1211(b): up to $3,000 ($1,500 married filing separately) of net capital loss offsets ordinary income "
       "each year; §1212(b) carries the rest forward indefinitely."),
    MC("wash_sale_window",
       "An investor sells shares at a loss. Buying substantially identical shares during which window makes the "
       "loss a disallowed wash sale?",
       "From 30 days before to 30 days after the sale (61 days)",
       ("Within 30 days after the sale only", "From 60 days before to 60 days after the sale",
        "Any time in the same calendar year", "Within 10 business days after the sale"),
       "IRC §1091: a purchase of substantially identical stock within 30 days before or after the sale disallows "
       "the loss; it is added to the new shares' basis."),
    MC("home_sale_exclusion",
       "A married couple filing jointly sells the home they have owned and lived in as their main home for the "
       "past six years, at a large gain. How much of the gain can they exclude from income?",
       "Up to $500,000", ("Up to $250,000", "Up to $1,000,000", "All of it, with no cap", "None of it"),
       "IRC §121: $250,000, or $500,000 for a joint return when either spouse owned and both used the home as a "
       "main home for 2 of the 5 years before the sale."),
    MC("salt_cap_2024",
       "For tax year 2024, what is the most a married couple filing jointly can deduct for state and local taxes "
       "(income or sales tax plus property tax) when they itemize?",
       "$10,000", ("$5,000", "$20,000", "$40,000", "No limit"),
       "IRC §164(b)(6) (TCJA): $10,000 ($5,000 married filing separately) for 2018-2024; the 2025 law raised it "
       "to $40,000 from 2025."),
    MC("medical_floor",
       "For 2024, unreimbursed medical and dental expenses are deductible by an itemizer only to the extent they "
       "exceed what share of adjusted gross income?",
       "7.5%", ("10%", "2%", "5%", "15%"),
       "IRC §213(a): expenses above 7.5% of AGI (made permanent by the Consolidated Appropriations Act, 2021)."),
    MC("niit_rate",
       "What is the rate of the federal net investment income tax on individuals whose modified AGI exceeds the "
       "threshold?",
       "3.8%", ("0.9%", "2.9%", "1.45%", "5%"),
       "IRC §1411: 3.8% of the smaller of net investment income and MAGI above $200,000 (single) or $250,000 "
       "(joint)."),
    MC("qualified_dividend_holding",
       "For a dividend on common stock to be taxed at the lower qualified-dividend rates, how long must the "
       "shares have been held?",
       "More than 60 days during the 121-day period beginning 60 days before the ex-dividend date",
       ("More than one year before the payment date", "At least 30 days after the record date",
        "More than 90 days during the 181-day period beginning 90 days before the ex-dividend date",
        "Only on the record date"),
       "IRC §1(h)(11) with §246(c): more than 60 days in the 121-day window (the 90/181-day rule is for certain "
       "preferred dividends)."),
    MC("q4_estimate_due",
       "For a calendar-year individual, when was the fourth (last) estimated tax payment for tax year 2024 due?",
       "January 15, 2025", ("December 15, 2024", "December 31, 2024", "April 15, 2025", "February 15, 2025"),
       "Individual estimated payments are due April 15, June 15, September 15 and January 15 of the next year."),
    MC("wage_base_2025",
       "In 2025, up to what amount of wages is subject to the 6.2% Social Security payroll tax?",
       "$176,100", ("$168,600", "$160,200", "$200,000", "There is no maximum"),
       "SSA: the 2025 contribution and benefit base is $176,100 ($168,600 in 2024); Medicare tax has no cap."),
    MC("exactly_one_year",
       "Stock bought on March 3, 2024 is sold at a gain on March 3, 2025. How is the gain taxed federally?",
       "As a short-term gain, at ordinary income rates",
       ("As a long-term gain, at 0%, 15% or 20%", "Half as short-term and half as long-term",
        "At a flat 28% collectibles rate", "It is tax-free if reinvested within 60 days"),
       "Long-term needs more than one year; counting starts the day after purchase, so a sale on the anniversary "
       "is exactly one year: short-term (IRS Pub. 550)."),
    MC("kiddie_tax_2024",
       "Under the kiddie tax for 2024, a dependent child's unearned income above what amount is taxed at the "
       "parents' marginal rate?",
       "$2,600", ("$1,300", "$2,500", "$5,000", "$13,850"),
       "Rev. Proc. 2023-34: the 2024 threshold is $2,600 (twice the $1,300 minimum standard deduction for a "
       "dependent); it was $2,500 in 2023."),
]

_SA = [
    SA("marginal_vs_effective",
       "In a sentence or two, what is the difference between a taxpayer's marginal tax rate and effective tax "
       "rate?",
       (("marginal",), ("effective", "average"),
        ("last dollar", "next dollar", "additional dollar", "extra dollar", "highest bracket", "top bracket"),
        ("total tax", "overall", "divided by", "share of", "percentage of", "proportion of")),
       "The marginal rate is the rate on the next (last) dollar of taxable income, the top bracket reached; the "
       "effective rate is total tax divided by income, an average that is always lower in a progressive system."),
    SA("raise_bracket_myth",
       "A colleague turns down a raise, fearing it will push him into a higher bracket and lower his take-home "
       "pay. Briefly explain why that fear is mistaken under the federal income tax.",
       (("marginal", "bracket", "brackets"),
        ("only", "portion", "part", "above", "excess")),
       "Brackets are marginal: only the dollars above the threshold are taxed at the higher rate, so more gross "
       "income always leaves more after federal income tax."),
    SA("credit_vs_deduction",
       "How does a tax credit differ from a tax deduction?",
       (("credit",), ("dollar for dollar", "directly reduces the tax", "reduces the tax itself", "off the tax",
                      "reduces tax owed", "reduces the tax owed"),
        ("deduction",), ("taxable income",)),
       "A deduction lowers taxable income, so it saves the deduction times the marginal rate; a credit reduces "
       "the tax itself dollar for dollar."),
    SA("head_of_household",
       "What must a taxpayer generally meet to file as head of household?",
       (("unmarried", "not married", "considered unmarried", "single"),
        ("more than half", "over half", "more than 50%", "over 50%"),
        ("home", "household", "keeping up"),
        ("qualifying person", "qualifying child", "dependent", "qualifying relative")),
       "Be unmarried (or considered unmarried) on December 31, pay more than half the cost of keeping up a home, "
       "and have a qualifying person live there for more than half the year (a dependent parent may live "
       "elsewhere)."),
    SA("refundable_credit",
       "What is the difference between a refundable and a nonrefundable tax credit?",
       (("refundable",), ("nonrefundable", "non refundable"),
        ("refund", "paid to you", "paid out", "below zero", "beyond the tax", "exceeds the tax", "more than the tax"),
        ("zero", "liability", "only reduce", "cannot reduce", "can't reduce", "limited to the tax")),
       "A nonrefundable credit can only reduce the tax to zero; a refundable credit is paid out as a refund to "
       "the extent it exceeds the tax owed."),
    SA("extension",
       "What does filing Form 4868 (an automatic extension) do, and what does it not do?",
       (("october 15", "six months", "6 months", "six month", "6 month"),
        ("file", "filing", "return"),
        ("not", "doesn't", "does not"),
        ("pay", "payment", "interest", "penalty", "penalties")),
       "It extends the time to file the return by six months, to October 15; it does not extend the time to pay, "
       "so tax not paid by April 15 accrues interest and late-payment penalties."),
    SA("above_the_line",
       "What is an above-the-line deduction, and why does it matter even for someone who takes the standard "
       "deduction?",
       (("adjusted gross income", "agi"),
        ("above the line", "adjustment", "adjustments"),
        ("standard deduction", "itemize", "itemizing", "in addition", "either way", "regardless")),
       "Adjustments (HSA or deductible IRA contributions, student-loan interest, half of SE tax) reduce AGI "
       "itself, so they apply whether one itemizes or takes the standard deduction, and a lower AGI can also "
       "help with AGI-based limits."),
    SA("bunching",
       "A couple's itemized deductions are just below the standard deduction every year. What giving strategy "
       "can lower their taxes over time, and why does it work?",
       (("bunch", "bunching", "every other year", "alternate", "alternating", "two years", "donor advised fund",
         "donor advised"),
        ("itemize", "itemizing", "itemized"),
        ("standard deduction",)),
       "Bunch two or more years of gifts into one year (directly or through a donor-advised fund): itemize in "
       "that year, take the standard deduction in the others, and deduct more in total."),
    SA("estimated_safe_harbor",
       "How can an individual with irregular income be sure of avoiding the federal underpayment-of-estimated-"
       "tax penalty?",
       (("100%", "110%", "100 percent", "110 percent"),
        ("prior year", "last year", "previous year", "prior year's"),
        ("90%", "90 percent"),
        ("penalty", "underpayment", "safe harbor")),
       "Pay in, through withholding and quarterly estimates, at least 90% of this year's tax or 100% of last "
       "year's (110% if last year's AGI exceeded $150,000); these safe harbors avoid the penalty."),
    SA("qualified_vs_ordinary_dividend",
       "How are qualified dividends taxed differently from ordinary (nonqualified) dividends?",
       (("qualified",),
        ("long term capital gain", "capital gains rates", "capital gain rates", "0%", "15%", "20%"),
        ("ordinary", "regular", "wages", "marginal"),
        ("holding period", "held", "60 days")),
       "Qualified dividends (from US or qualified foreign corporations, holding period met) are taxed at the "
       "0/15/20% long-term capital gain rates; ordinary dividends at ordinary income rates."),
]

TAX_FACTS = facts("tax", _MC)
TAX_SHORT = facts("tax", _SA)
