"""Retirement planning facts (multiple choice) and short explanations: 2024/2025 limits, RMD rules, rollovers."""

from __future__ import annotations

from eval.quizgen.common import MC, SA, facts

_MC = [
    MC("deferral_2025", "What is the 2025 limit on an employee's elective deferrals to a 401(k), before any "
       "catch-up contribution?", "$23,500", ("$23,000", "$22,500", "$30,000", "$70,000"),
       "IRS Notice 2024-80: $23,500 for 2025 ($23,000 in 2024)."),
    MC("super_catch_up", "Under SECURE 2.0, what catch-up contribution may a 401(k) participant who turns 61 in "
       "2025 make on top of the regular deferral limit?", "$11,250", ("$7,500", "$10,000", "$3,500", "$15,000"),
       "From 2025 the catch-up for ages 60-63 is the greater of $10,000 or 150% of the regular catch-up: "
       "150% × $7,500 = $11,250."),
    MC("ira_2025", "What is the 2025 contribution limit for traditional and Roth IRAs combined for a 40-year-old "
       "with ample earned income?", "$7,000", ("$6,500", "$8,000", "$7,500", "$23,500"),
       "IRC §219(b)(5): $7,000 for 2024 and 2025, plus $1,000 at 50 or older."),
    MC("roth_phaseout_single", "For 2025, over what range of modified AGI is a single filer's ability to "
       "contribute directly to a Roth IRA phased out?", "$150,000 to $165,000",
       ("$146,000 to $161,000", "$236,000 to $246,000", "$79,000 to $89,000", "$200,000 to $250,000"),
       "IRS Notice 2024-80: $150,000-$165,000 single, $236,000-$246,000 married filing jointly (2024: "
       "$146,000-$161,000)."),
    MC("missed_rmd_penalty", "Under SECURE 2.0, what excise tax applies to a required minimum distribution that "
       "was not taken, if the shortfall is not corrected within the correction window?", "25% of the shortfall",
       ("50% of the shortfall", "10% of the shortfall", "6% of the account balance", "100% of the shortfall"),
       "IRC §4974 as amended: 25%, reduced to 10% if corrected in time (it was 50% before 2023)."),
    MC("first_rmd_deadline", "An IRA owner reaches RMD age in 2025. What is the latest date for the first "
       "required distribution?", "April 1, 2026", ("December 31, 2025", "April 15, 2026", "December 31, 2026",
                                                   "October 15, 2026"),
       "The first RMD may be delayed to April 1 of the year after the owner reaches the RMD age; the second is "
       "still due by December 31 of that year."),
    MC("rule_of_55", "A worker leaves her employer in the year she turns 56 and takes money from that employer's "
       "401(k). Why is there no 10% early-withdrawal additional tax?",
       "Separation from service in or after the year of turning 55 is an exception for that plan",
       ("Any withdrawal after age 55 from any account is exempt", "401(k) plans never charge the additional tax",
        "She must first roll it to an IRA, which makes it exempt", "The exception applies only to hardship "
        "withdrawals"),
       "IRC §72(t)(2)(A)(v): distributions from the employer plan after separation in or after the year the "
       "employee turns 55 are exempt; rolling to an IRA would lose the exception."),
    MC("roth_401k_rmd", "Since 2024, what is the rule on lifetime required minimum distributions from a Roth "
       "401(k) for the original owner?", "None are required",
       ("They start at 73, like a traditional 401(k)", "They start at 70½", "They start at 59½",
        "They are required only if the account is over five years old"),
       "SECURE 2.0 §325 removed pre-death RMDs from designated Roth accounts in employer plans from 2024."),
    MC("simple_2025", "What is the standard 2025 limit on employee deferrals to a SIMPLE IRA plan, before "
       "catch-up (not the 10% higher limit some employers with 25 or fewer employees may use)?", "$16,500",
       ("$23,500", "$16,000", "$7,000", "$15,500"), "IRS Notice 2024-80: $16,500 for 2025 ($16,000 in 2024)."),
    MC("415c_2025", "In 2025, what is the cap on total annual additions (employee plus employer contributions, "
       "excluding catch-ups) to one participant's defined contribution account?", "$70,000",
       ("$69,000", "$23,500", "$66,000", "$350,000"),
       "IRC §415(c) as indexed: $70,000 for 2025 ($69,000 in 2024)."),
    MC("qcd_age", "From what age may an IRA owner make a qualified charitable distribution directly from the IRA "
       "to a charity?", "70½", ("59½", "65", "73", "72"),
       "IRC §408(d)(8): QCDs are allowed from age 70½, even though RMDs now start later."),
    MC("ten_year_rule", "A 45-year-old inherits a traditional IRA from her father, who died in 2024. She is not "
       "disabled or chronically ill. By when must the inherited IRA be fully distributed?",
       "By December 31 of the 10th year after the year of death",
       ("Over her own life expectancy", "Within 5 years of the date of death", "By the time she turns 73",
        "There is no deadline as long as RMDs are taken"),
       "SECURE Act: a designated beneficiary who is not an eligible designated beneficiary must empty the account "
       "by the end of the 10th year after death (with annual RMDs too if the owner had begun RMDs)."),
    MC("vesting_limits", "For employer matching contributions in a 401(k), what are the slowest vesting schedules "
       "federal law allows?", "3-year cliff or 6-year graded",
       ("5-year cliff or 7-year graded", "Immediate vesting only", "2-year cliff or 4-year graded",
        "10-year cliff"),
       "IRC §411(a)(2)(B): defined contribution employer contributions must vest at least as fast as 3-year cliff "
       "or 2-to-6-year graded."),
    MC("sixty_day_rollover", "An IRA owner takes a check from one IRA to roll it to another himself (an indirect "
       "rollover). What limits apply?",
       "Redeposit within 60 days, and only one such IRA-to-IRA rollover in any 12 months",
       ("Redeposit within 30 days, with no limit on the number", "Redeposit within 120 days, one per calendar "
        "year", "Redeposit by the tax filing deadline", "Redeposit within 60 days, with no limit on the number"),
       "IRC §408(d)(3): 60 days, and one IRA-to-IRA indirect rollover per 12 months (trustee-to-trustee transfers "
       "are unlimited)."),
    MC("indirect_withholding", "A departing employee has her 401(k) balance paid to her by check, planning to "
       "roll it into an IRA herself. What must the plan withhold for federal income tax?", "20%",
       ("10%", "0%", "25%", "30%"),
       "IRC §3405(c): eligible rollover distributions not paid directly to another plan or IRA carry mandatory "
       "20% withholding."),
    MC("spousal_ira", "A married couple files jointly; one spouse has no earned income. Can that spouse "
       "contribute to an IRA for 2025?", "Yes, up to the full limit, based on the working spouse's compensation",
       ("No, IRA contributions need one's own earned income", "Yes, but only half the normal limit",
        "Only to a Roth IRA", "Only if the working spouse has no workplace plan"),
       "IRC §219(c): a spousal IRA uses the couple's combined compensation on a joint return."),
]

_SA = [
    SA("sequence_risk", "What is sequence-of-returns risk for a retiree taking withdrawals?",
       (("sequence", "order", "timing"), ("early", "first years", "beginning", "start of retirement"),
        ("withdrawals", "withdrawing", "selling", "withdraw"), ("losses", "decline", "downturn", "bad returns",
                                                                "poor returns", "crash", "bear market")),
       "The same average return can leave very different outcomes depending on order: losses early in retirement, "
       "while withdrawals force selling at low prices, deplete the portfolio far more than the same losses later."),
    SA("roth_or_traditional", "What is the main factor in choosing Roth over traditional (pre-tax) retirement "
       "contributions?",
       (("tax rate", "tax bracket", "bracket", "rates"), ("now", "today", "current", "currently"),
        ("retirement", "later", "future", "withdrawal")),
       "Compare the marginal tax rate now with the expected rate in retirement: if it is higher now, deduct now "
       "(traditional); if it will be higher later, pay tax now (Roth)."),
    SA("four_percent_rule", "What does the 4% rule of thumb for retirement withdrawals say?",
       (("4%", "four percent", "4 percent"), ("first year", "initial", "starting"),
        ("inflation",), ("30 years", "thirty years", "30 year")),
       "Withdraw 4% of the starting portfolio in the first year, then raise the dollar amount with inflation; "
       "historically (Bengen, US data) that lasted at least 30 years."),
    SA("start_early", "Two savers contribute the same total dollars at the same return, but one starts at 25 and "
       "stops at 35 while the other starts at 35 and continues to 65. Why can the early starter end up with more?",
       (("compound", "compounding", "compounded", "growth on growth"), ("time", "years", "longer", "earlier"),
        ("earnings", "returns", "interest", "growth")),
       "Compounding: earnings themselves earn returns, and the extra years multiply the balance, so early "
       "contributions grow far more than later ones."),
    SA("longevity_annuity", "How can a retiree protect against outliving savings (longevity risk)?",
       (("annuity", "annuities", "annuitize", "guaranteed income", "lifetime income"),
        ("social security", "delay", "delaying", "pension"),
        ("life", "lifetime", "longevity", "as long as")),
       "Buy lifetime income: delay Social Security to raise the inflation-adjusted lifetime benefit, keep a "
       "pension as an annuity, or buy an immediate or deferred income annuity."),
    SA("backdoor_pro_rata", "Why can an existing pre-tax IRA balance spoil a backdoor Roth conversion?",
       (("pro rata", "pro rata rule", "proportion", "proportionally", "aggregation", "aggregated"),
        ("pre tax", "pretax", "deductible", "untaxed"), ("taxable", "taxed", "tax")),
       "All traditional, SEP and SIMPLE IRAs are aggregated (Form 8606): each conversion is taxable in proportion "
       "to the pre-tax share of the total, so converting the nondeductible contribution is partly taxable."),
    SA("tax_diversification", "Why might a saver deliberately spread retirement money across pre-tax, Roth and "
       "taxable accounts instead of using only one kind?",
       (("pre tax", "traditional", "tax deferred"), ("roth", "tax free"), ("taxable", "brokerage"),
        ("flexibility", "flexible", "control", "manage", "uncertain", "uncertainty")),
       "Holding traditional (pre-tax), Roth (tax-free) and taxable accounts gives flexibility to choose which to "
       "draw from each year and hedges against unknown future tax rates."),
    SA("direct_rollover", "Why is a direct (trustee-to-trustee) rollover from a 401(k) to an IRA usually better "
       "than taking a check?",
       (("20%", "20 percent", "withholding", "withheld"), ("60 days", "60 day", "deadline"),
        ("tax", "taxable", "penalty", "penalties")),
       "A direct rollover avoids the 20% mandatory withholding and the 60-day deadline; with a check, any "
       "withheld amount not replaced from other funds becomes a taxable (and possibly penalized) distribution."),
    SA("bridge_conversions", "Why might a retiree convert traditional IRA money to a Roth in the years between "
       "retiring and starting RMDs and Social Security?",
       (("lower bracket", "low bracket", "lower tax", "low income", "lower income", "fill", "brackets"),
        ("rmd", "rmds", "required minimum distributions", "required minimum distribution"),
        ("convert", "conversion", "conversions")),
       "Income is often lowest then, so conversions fill low brackets at low cost and shrink the pre-tax balance "
       "that would otherwise force large, highly taxed RMDs later."),
    SA("capture_match", "What is the usual first step for an employee whose 401(k) offers a match, and why?",
       (("match", "matching"), ("at least", "enough", "full", "maximum match"),
        ("free money", "100% return", "immediate return", "instant return", "return")),
       "Contribute at least enough to get the full employer match: it is an immediate return (e.g. 50-100%) that "
       "no other investment offers."),
]

RETIREMENT_FACTS = facts("retirement", _MC)
RETIREMENT_SHORT = facts("retirement", _SA)
