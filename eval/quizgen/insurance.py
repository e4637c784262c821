"""Insurance (35): property coinsurance, health cost sharing, life insurance needs, disability and long-term care
benefits, annuity taxation, liability limits; facts and short explanations."""

from __future__ import annotations

import random

from eval.quizgen.common import MC, SA, Maker, QuizSpec, facts, money, name, num, pct, quiz, repeat, step
from eval.schema import Question
from tools.calc.tvm import present_value

T = "eval.insurance."


def coinsurance_clause(rng: random.Random) -> Question:
    value, clause = step(rng, 250_000, 900_000, 5_000), rng.choice((0.8, 0.9))
    carried = step(rng, value * 0.45, value * clause - 10_000, 5_000)
    loss, deductible = step(rng, 15_000, 150_000, 500), rng.choice((500, 1_000, 2_500))
    required = clause * value
    pay = max(0.0, min(carried, loss * carried / required - deductible))
    q = (f"A home with a replacement cost of {money(value)} is insured for {money(carried)} under a policy with a "
         f"coinsurance clause of {pct(clause, 0)} and a {money(deductible)} deductible. A fire causes {money(loss)} of "
         "covered damage. The insurer applies the coinsurance ratio to the loss and then subtracts the deductible. "
         "How much does it pay?")
    return num(T + "coinsurance_clause", q, pay, "usd",
               params={"value": value, "clause": clause, "carried": carried, "loss": loss, "deductible": deductible},
               explanation=f"Required {pct(clause, 0)} × {money(value)} = {money(required)}; ratio "
               f"{money(carried)} / {money(required)} = {carried / required:.4f}; {money(loss)} × ratio − "
               f"{money(deductible)} = {money(pay, True)}")


def health_cost_share(rng: random.Random) -> Question:
    deductible, coins = rng.choice((1_500, 2_000, 3_000, 4_000)), rng.choice((0.1, 0.2, 0.3))
    oop = rng.choice((6_000, 7_500, 8_500, 9_200))
    bill = step(rng, deductible + 1_000, 80_000, 100)
    paid = min(oop, deductible + coins * (bill - deductible))
    q = (f"A health plan has a {money(deductible)} annual deductible, {pct(coins, 0)} coinsurance after the "
         f"deductible and an out-of-pocket maximum of {money(oop)}. Early in the plan year, before any other claims, a "
         f"member has an in-network hospital stay with {money(bill)} of allowed charges. How much does the member "
         "pay?")
    return num(T + "health_cost_share", q, paid, "usd", exact=True,
               params={"deductible": deductible, "coinsurance": coins, "oop": oop, "bill": bill},
               explanation=f"{money(deductible)} + {pct(coins, 0)} × {money(bill - deductible)} = "
               f"{money(deductible + coins * (bill - deductible))}, capped at {money(oop)}: {money(paid)}")


def dime_need(rng: random.Random) -> Question:
    debts, income = step(rng, 5_000, 60_000, 1_000), step(rng, 45_000, 200_000, 1_000)
    years, mortgage = rng.randint(10, 20), step(rng, 0, 600_000, 5_000)
    school, have = step(rng, 0, 300_000, 10_000), step(rng, 0, 500_000, 10_000)
    need = debts + income * years + mortgage + school - have
    q = (f"Using the DIME method, how much additional life insurance does a parent need? Non-mortgage debts "
         f"{money(debts)}; income {money(income)} a year, to be replaced for {years} years (no discounting); "
         f"mortgage balance {money(mortgage)}; children's education fund {money(school)}; existing coverage and "
         f"savings available {money(have)}.")
    return num(T + "dime_need", q, need, "usd", exact=True,
               params={"debts": debts, "income": income, "years": years, "mortgage": mortgage, "school": school,
                       "have": have},
               explanation=f"{money(debts)} + {money(income)} × {years} + {money(mortgage)} + {money(school)} − "
               f"{money(have)} = {money(need)}")


def human_life_value(rng: random.Random) -> Question:
    income, share = step(rng, 50_000, 220_000, 1_000), rng.choice((0.2, 0.25, 0.3))
    years, rate = rng.randint(15, 35), step(rng, 0.03, 0.06, 0.005)
    support = income * (1 - share)
    pv = present_value(annual_rate=rate, years=years, payment=support).value
    q = (f"A {money(income)} earner spends {pct(share, 0)} of income on personal needs; the rest supports the "
         f"family. With {years} working years left, what is the human life value, discounting the family's "
         f"support (received at each year-end, with no raises) at {pct(rate)}?")
    return num(T + "human_life_value", q, pv, "usd",
               params={"income": income, "share": share, "years": years, "rate": rate},
               explanation=f"Support {money(support)} a year; PV = {money(support)} × (1 − {1 + rate:g}^−{years}) / "
               f"{rate:g} = {money(pv, True)}")


def disability_benefit(rng: random.Random) -> Question:
    salary, rate = step(rng, 60_000, 300_000, 1_000), rng.choice((0.6, 0.6, 0.5, 0.667))
    cap = rng.choice((5_000, 7_500, 10_000, 15_000))
    benefit = min(rate * salary / 12, cap)
    q = (f"A group long-term disability plan replaces {pct(rate, 1)} of base salary up to a {money(cap)} monthly "
         f"maximum. What monthly benefit does a disabled employee with a {money(salary)} salary receive (no "
         "offsets)?")
    return num(T + "disability_benefit", q, benefit, "usd", params={"salary": salary, "rate": rate, "cap": cap},
               explanation=f"{pct(rate, 1)} × {money(salary)} / 12 = {money(rate * salary / 12, True)}, capped at "
               f"{money(cap)}: {money(benefit, True)}")


def annuity_exclusion(rng: random.Random) -> Question:
    premium, monthly = step(rng, 100_000, 500_000, 5_000), step(rng, 500, 3_000, 10)
    life = rng.choice((12.5, 15.0, 17.5, 20.0, 22.5))
    expected = monthly * 12 * life
    if premium >= expected:
        premium = step(rng, expected * 0.5, expected * 0.9, 1_000)
    free = monthly * premium / expected
    q = (f"A retiree buys a nonqualified single-life immediate annuity for {money(premium)} (all after-tax "
         f"money). It pays {money(monthly)} a month, and the annuitant's IRS expected-return multiple (Table V) is "
         f"{life} years. How much of each monthly payment is a tax-free return of investment?")
    return num(T + "annuity_exclusion", q, free, "usd", params={"premium": premium, "monthly": monthly, "life": life},
               explanation=f"Expected return {money(monthly)} × 12 × {life} = {money(expected)}; exclusion ratio "
               f"{money(premium)} / {money(expected)} = {premium / expected:.4f}; × {money(monthly)} = "
               f"{money(free, True)}")


def auto_split_limits(rng: random.Random) -> Question:
    per, acc = rng.choice(((50_000, 100_000), (100_000, 300_000), (250_000, 500_000)))
    claims = [step(rng, per * 0.2, per * 1.8, 1_000) for _ in range(3)]
    paid = min(acc, sum(min(c, per) for c in claims))
    q = (f"A driver with bodily injury liability limits of {money(per)} per person and {money(acc)} per accident "
         f"causes a crash that injures three people, whose damages are {', '.join(money(c) for c in claims)}. How "
         "much does the auto insurer pay for bodily injury in total?")
    return num(T + "auto_split_limits", q, paid, "usd", exact=True, params={"per": per, "accident": acc,
                                                                          "claims": claims},
               explanation=f"Each claim capped at {money(per)}: {', '.join(money(min(c, per)) for c in claims)}; "
               f"sum capped at {money(acc)}: {money(paid)}")


def deductible_breakeven(rng: random.Random) -> Question:
    low, high = rng.choice(((250, 1_000), (500, 1_000), (500, 2_000), (1_000, 2_500)))
    saving = step(rng, 60, 400, 5)
    years = (high - low) / saving
    q = (f"Raising an auto collision deductible from {money(low)} to {money(high)} lowers the premium by "
         f"{money(saving)} a year. How many claim-free years of savings cover the extra cost of a single claim?")
    return num(T + "deductible_breakeven", q, years, "years", params={"low": low, "high": high, "saving": saving},
               explanation=f"Extra exposure {money(high - low)} / {money(saving)} a year = {years:.2f} years")


def umbrella_pays(rng: random.Random) -> Question:
    limit, umbrella = rng.choice((250_000, 300_000, 500_000)), rng.choice((1_000_000, 2_000_000))
    judgment = step(rng, limit + 100_000, limit + umbrella + 400_000, 10_000)
    pays = min(judgment - limit, umbrella)
    q = (f"A homeowner is found liable for {money(judgment)} after a guest's injury. The homeowners policy covers "
         f"liability up to {money(limit)}, and a {money(umbrella)} personal umbrella policy sits above it. How much "
         "does the umbrella insurer pay?")
    return num(T + "umbrella_pays", q, pays, "usd", exact=True,
               params={"judgment": judgment, "limit": limit, "umbrella": umbrella},
               explanation=f"The underlying policy pays {money(limit)}; the umbrella pays the next "
               f"{money(judgment - limit)} up to {money(umbrella)}: {money(pays)}; the insured owes "
               f"{money(max(0, judgment - limit - umbrella))}")


def ltc_out_of_pocket(rng: random.Random) -> Question:
    wait, daily = rng.choice((30, 60, 90)), step(rng, 250, 450, 5)
    benefit, days = step(rng, 150, daily - 20, 10), rng.randint(200, 700)
    cost = wait * daily + (days - wait) * (daily - benefit)
    q = (f"A long-term care policy has a {wait}-day elimination period and pays up to {money(benefit)} a day. "
         f"{name(rng)} needs {days} days of facility care at {money(daily)} a day, all covered services. How much "
         "does the policyholder pay out of pocket?")
    return num(T + "ltc_out_of_pocket", q, cost, "usd", exact=True,
               params={"wait": wait, "daily": daily, "benefit": benefit, "days": days},
               explanation=f"{wait} days × {money(daily)} + {days - wait} days × ({money(daily)} − {money(benefit)})"
               f" = {money(cost)}")


def surrender_gain(rng: random.Random) -> Question:
    premiums = step(rng, 20_000, 200_000, 1_000)
    csv = step(rng, premiums * 1.05, premiums * 1.8, 500)
    q = (f"A policyowner surrenders a whole life policy (not a modified endowment contract, no loans, no dividends "
         f"taken) for its {money(csv)} cash surrender value after paying {money(premiums)} in premiums. How much is "
         "taxable income?")
    return num(T + "surrender_gain", q, csv - premiums, "usd", exact=True, params={"premiums": premiums, "csv": csv},
               explanation=f"Gain over the investment in the contract: {money(csv)} − {money(premiums)} = "
               f"{money(csv - premiums)}, taxed as ordinary income")


_MC = [
    MC("incontestable", "After how long does a typical life insurance policy become incontestable, so the insurer "
       "can no longer void it for misstatements in the application (other than age)?", "Two years",
       ("Six months", "One year", "Five years", "Never"),
       "State laws require an incontestability clause, normally two years from issue."),
    MC("cash_value", "Which type of life insurance builds a cash value the owner can borrow against?",
       "Whole life", ("Level term", "Decreasing term", "Annual renewable term", "Group term"),
       "Permanent policies (whole, universal, variable) accumulate cash value; term insurance does not."),
    MC("own_occupation", "Under an own-occupation disability policy, when is a surgeon who loses fine motor "
       "control considered disabled?", "When she cannot perform the duties of her own specialty, even if she could "
       "work in another job", ("Only if she cannot work in any occupation", "Only after two years of total "
                               "disability", "Only if she earns nothing at all", "Only if the disability is work-"
                               "related"),
       "Own-occupation coverage pays when the insured cannot perform her own occupation's material duties."),
    MC("elimination_period", "What is the elimination period in a disability income policy?",
       "The time after disability begins before benefits start",
       ("The period during which pre-existing conditions are excluded", "The maximum length of benefits",
        "The grace period for late premiums", "The time the insurer can contest the policy"),
       "A waiting (elimination) period, e.g. 90 days, must pass before benefits are paid; a longer one lowers "
       "the premium."),
    MC("ltc_trigger", "What generally triggers benefits under a tax-qualified long-term care policy?",
       "Inability to perform at least 2 of 6 activities of daily living, or severe cognitive impairment",
       ("Reaching age 75", "Any hospital stay of three days", "Inability to perform 1 of 6 activities of daily "
        "living", "A doctor's recommendation of assisted living"),
       "IRC §7702B: a chronically ill individual (2 of 6 ADLs expected for 90 days, or severe cognitive "
       "impairment), certified by a licensed health care practitioner."),
    MC("hdhp_2025", "For 2025, what minimum annual deductible must a self-only health plan have to be a high-"
       "deductible health plan for HSA purposes?", "$1,650", ("$1,600", "$3,300", "$4,300", "$1,500"),
       "Rev. Proc. 2024-25: $1,650 self-only, $3,300 family for 2025."),
    MC("aca_oop_2025", "What is the 2025 maximum out-of-pocket limit for in-network essential health benefits "
       "under an ACA-compliant self-only plan?", "$9,200", ("$9,450", "$8,300", "$18,400", "$7,500"),
       "HHS 2025 Notice of Benefit and Payment Parameters: $9,200 self-only, $18,400 family ($9,450 in 2024)."),
    MC("cobra_length", "After voluntarily leaving a job, for how long can an employee generally keep the "
       "employer's group health coverage under COBRA?", "18 months", ("6 months", "12 months", "36 months",
                                                                      "Until age 65"),
       "COBRA gives 18 months after termination or reduced hours (36 for some dependent events)."),
    MC("section_1035", "An owner wants to swap an old cash-value life policy for a new one without paying tax on "
       "the gain. What makes that possible?", "A Section 1035 exchange",
       ("A Section 1031 like-kind exchange", "Surrendering and reinvesting within 60 days",
        "A Roth conversion", "A viatical settlement"),
       "IRC §1035: life-to-life, life-to-annuity and annuity-to-annuity exchanges are tax-free."),
    MC("death_benefit_tax", "A beneficiary receives a $500,000 lump-sum death benefit from a term policy on her "
       "father. How is it taxed federally?", "It is not income to her",
       ("It is ordinary income", "It is a capital gain", "Only the part over the premiums paid is taxable",
        "It is taxable if over $250,000"),
       "IRC §101(a): life insurance proceeds paid by reason of death are excluded from gross income (interest on "
       "installments aside)."),
    MC("mec_loans", "How are loans from a life policy that has become a modified endowment contract (MEC) taxed "
       "for a 50-year-old owner?", "As income first, to the extent of gain, plus a 10% penalty",
       ("Tax-free, like any policy loan", "As return of premium first, tax-free", "As a capital gain",
        "They are not allowed"),
       "IRC §72(e)(10) and (v): MEC distributions, loans included, are gain-first and carry a 10% additional tax "
       "before 59½."),
    MC("acv_vs_replacement", "A five-year-old roof is destroyed. How does an actual cash value policy settle the "
       "claim compared with a replacement cost policy?", "It pays replacement cost minus depreciation, so less",
       ("It pays the full cost of a new roof", "It pays the original purchase price", "It pays more, because "
        "of inflation", "It pays nothing for roofs"),
       "Actual cash value = replacement cost less depreciation; replacement cost coverage pays to rebuild new."),
    MC("flood_gap", "A standard homeowners policy (HO-3) generally handles damage from a river flood how?",
       "It excludes it; flood needs a separate policy such as NFIP, usually with a 30-day wait",
       ("It covers it as an open peril", "It covers it up to the dwelling limit", "It covers it only for the "
        "contents", "It covers it if the home is in a flood zone"),
       "Flood is a standard exclusion; NFIP policies generally take effect after a 30-day waiting period."),
    MC("medigap_enrollment", "When does a Medicare beneficiary have a guaranteed right to buy any Medigap policy "
       "without medical underwriting?", "In the 6 months starting the month she is 65 and enrolled in Part B",
       ("Any year during the fall open enrollment", "Only within 63 days of turning 65",
        "Within 12 months of retiring", "At any time"),
       "The federal Medigap open enrollment period is 6 months from the first month of being 65 or older and in "
       "Part B."),
]

_SA = [
    SA("term_vs_permanent", "When does term life insurance usually make more sense than permanent (whole) life?",
       (("temporary", "specific period", "limited period", "years", "until"),
        ("cheaper", "lower premium", "lower premiums", "less expensive", "cost", "affordable"),
        ("cash value", "permanent", "whole life")),
       "When the need is temporary (income replacement while children are young or a mortgage is outstanding): "
       "term gives the most coverage per premium dollar; permanent insurance with cash value suits lifelong "
       "needs such as estate liquidity."),
    SA("coinsurance_health", "In health insurance, what is coinsurance and how does it interact with the "
       "out-of-pocket maximum?",
       (("percentage", "percent", "share", "portion"), ("deductible", "after the deductible"),
        ("out of pocket maximum", "out of pocket max", "maximum", "cap", "limit")),
       "After the deductible, the member pays a percentage of covered costs (e.g. 20%); once deductible, "
       "coinsurance and copays reach the out-of-pocket maximum, the plan pays 100%."),
    SA("elimination_tradeoff", "How should someone choose the elimination period on a disability policy?",
       (("emergency fund", "savings", "cash reserves", "sick leave", "short term disability"),
        ("premium", "premiums", "cost", "cheaper"), ("longer", "90 days", "shorter")),
       "Match it to the savings or short-term coverage that can bridge the gap: a longer period (e.g. 90 days) "
       "cuts the premium if the household can live on its emergency fund meanwhile."),
    SA("umbrella_why", "Who should consider a personal umbrella liability policy, and what does it do?",
       (("liability", "lawsuit", "lawsuits", "judgment"), ("above", "excess", "beyond", "exceeds"),
        ("auto", "homeowners", "underlying", "home")),
       "People with significant assets or income to protect (or risks like teen drivers or pools): it adds "
       "excess liability coverage above auto and homeowners limits, typically $1 million or more."),
    SA("insurable_interest", "What is insurable interest in life insurance and when must it exist?",
       (("financial loss", "financial interest", "loss", "financially", "economic"),
        ("issue", "inception", "purchase", "purchased", "when the policy", "bought")),
       "The owner must stand to suffer a financial (or close family) loss from the insured's death; it must "
       "exist when the policy is issued, not at death."),
    SA("any_occupation", "How does an any-occupation definition of disability differ from own-occupation?",
       (("any occupation", "any job", "any reasonable occupation", "other job", "another job"),
        ("education", "training", "experience", "suited"),
        ("harder", "stricter", "more restrictive", "less likely", "cheaper", "fewer")),
       "Any-occupation pays only if the insured cannot work in any job suited to his education, training and "
       "experience: a stricter test than own-occupation, so benefits are harder to get (and premiums lower)."),
    SA("deductible_tradeoff", "Why might a household with solid emergency savings choose higher insurance "
       "deductibles?",
       (("premium", "premiums"), ("lower", "save", "savings", "cheaper"),
        ("emergency fund", "savings", "self insure", "absorb", "small losses", "small claims")),
       "A higher deductible lowers premiums; with savings to absorb small losses, the household self-insures "
       "minor claims and keeps insurance for large ones."),
]

_PLAN: list[Maker] = [
    *repeat(coinsurance_clause, 2), *repeat(health_cost_share, 2), *repeat(dime_need, 2), human_life_value,
    disability_benefit, annuity_exclusion, auto_split_limits, deductible_breakeven, umbrella_pays,
    ltc_out_of_pocket, surrender_gain, *facts("insurance", _MC), *facts("insurance", _SA),
]

QUIZZES: list[QuizSpec] = [quiz("insurance", "Insurance", 35, _PLAN)]
