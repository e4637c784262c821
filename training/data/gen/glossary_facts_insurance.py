"""Glossary facts: insurance, part 1 (health, life and disability insurance).

Block format: see :mod:`training.data.gen.glossary`. Dollar figures name their year.
"""

TEXT = """
## deductible_coinsurance_oop_max | health_insurance | easy
Q: How do a health plan's deductible, copays, coinsurance and out-of-pocket maximum work together?
Q: A patient has a $2,000 deductible, 20% coinsurance and a $6,000 out-of-pocket maximum. What does she pay for a
   $50,000 hospital stay?
Q: Explain the cost-sharing terms on a health insurance summary of benefits.
A: The deductible is what the insured pays for covered services each year before the plan starts sharing costs (many
   plans cover preventive care and some copay services before the deductible). After it, coinsurance splits costs by
   percentage, such as 80% plan / 20% member, while a copay is a flat fee for a service such as $30 per office visit.
   The out-of-pocket maximum caps the member's total spending on covered in-network care for the year, including
   deductible, coinsurance and copays but not premiums; after it is reached, the plan pays 100%. For the $50,000 stay:
   $2,000 deductible plus 20% of $48,000 ($9,600) would be $11,600, but the out-of-pocket maximum limits her cost to
   $6,000. Out-of-network care may have separate, higher limits or none.

## hmo_ppo_epo_pos | health_insurance | medium
Q: What are the differences between HMO, PPO, EPO and POS health plans?
Q: A family sees specialists often and travels a lot. Which health plan network type is most flexible?
Q: Which managed care plans require referrals and which cover out-of-network care?
A: An HMO (health maintenance organization) covers only in-network care except emergencies, usually requires choosing
   a primary care physician and getting referrals to specialists, and tends to have lower premiums. A PPO (preferred
   provider organization) covers both in- and out-of-network care, with higher cost sharing out of network and no
   referrals, at higher premiums. An EPO (exclusive provider organization) is in-network only like an HMO but usually
   without referral requirements. A POS (point of service) plan is a hybrid: an HMO-style primary doctor and
   referrals, with some out-of-network coverage at higher cost. Frequent travellers and people who want specific
   specialists often prefer a PPO; cost-conscious families with local providers may prefer an HMO or EPO.

## aca_out_of_pocket_limits | health_insurance | easy
Q: What is the maximum out-of-pocket limit for ACA-compliant health plans?
Q: What were the 2024 and 2025 federal caps on in-network cost sharing for individuals and families?
Q: How does the ACA out-of-pocket cap differ from the HSA-qualified HDHP limit?
A: Under the Affordable Care Act, non-grandfathered health plans must cap annual in-network cost sharing for essential
   health benefits. The cap was $9,450 for self-only and $18,900 for family coverage in 2024, and $9,200 and $18,400
   in 2025. Family plans must also apply the self-only cap to each individual (embedded limit). HSA-qualified
   high-deductible plans have a lower maximum of their own ($8,050 self-only and $16,100 family in 2024; $8,300 and
   $16,600 in 2025). Premiums, out-of-network care and non-covered services do not count toward these limits.

## aca_consumer_protections | health_insurance | easy
Q: What key consumer protections did the Affordable Care Act add to health insurance?
Q: Can an insurer deny coverage or charge more for a pre-existing condition?
Q: Until what age can young adults stay on a parent's health plan?
A: For most plans, the ACA prohibits denying coverage or charging more because of pre-existing conditions, bars
   lifetime and annual dollar limits on essential health benefits, requires coverage of ten categories of essential
   health benefits in individual and small-group plans, requires preventive services such as recommended screenings
   and vaccines to be covered in network without cost sharing, and lets young adults stay on a parent's plan until age
   26 regardless of marriage, student status or residence. Individual-market premiums can vary only by age (up to 3 to
   1), tobacco use, location and family size. Short-term plans and grandfathered plans are not subject to all these
   rules.

## special_enrollment_periods | health_insurance | medium
Q: When can someone buy marketplace health insurance outside open enrollment?
Q: A client lost her job-based coverage in June. How long does she have to enroll in a new plan?
Q: Which life events trigger a special enrollment period for health coverage?
A: Outside the annual open enrollment period, a special enrollment period allows enrollment after a qualifying life
   event: loss of other minimum essential coverage (such as leaving a job), marriage, birth or adoption, a permanent
   move to a new coverage area, and certain income or citizenship changes. Marketplace SEPs generally last 60 days
   from the event (and for loss of coverage can be requested up to 60 days before it); employer plans must allow at
   least 30 days for most events and 60 days for loss of Medicaid or CHIP eligibility. Voluntarily dropping coverage
   or non-payment of premiums generally does not qualify. The client who lost job coverage in June has 60 days to pick
   a marketplace plan and may qualify for premium credits; COBRA is an alternative.

## cobra_continuation | health_insurance | easy
Q: What is COBRA continuation coverage?
Q: A laid-off employee is offered COBRA at $2,100 a month. How long can he keep it and what are the alternatives?
Q: Which employers must offer COBRA and how long does coverage last?
A: COBRA lets employees and their families keep an employer's group health plan after a qualifying event such as job
   loss, reduced hours, divorce or death of the employee. It applies to employers with 20 or more employees (many
   states have mini-COBRA laws for smaller employers). Coverage generally lasts 18 months after job loss or reduced
   hours, up to 29 months with a disability determination, and 36 months for dependents after events like divorce or
   death. The person can be charged up to 102% of the full premium (150% during a disability extension), which is why
   it is expensive. There are 60 days to elect, with retroactive coverage, and premiums can start 45 days after
   election. Marketplace coverage with premium tax credits is often cheaper; job loss opens a marketplace special
   enrollment period, but voluntarily dropping COBRA outside open enrollment does not.

## no_surprises_act | health_insurance | medium
Q: What protections does the No Surprises Act give patients?
Q: A patient was treated at an in-network hospital by an out-of-network anesthesiologist and received a large bill.
   What can she do?
Q: When can an out-of-network provider still balance bill a patient?
A: The No Surprises Act, effective in 2022, bans surprise balance billing for most emergency services (in or out of
   network, including air ambulances) and for non-emergency services from out-of-network providers at in-network
   facilities, such as anesthesiologists, radiologists and assistant surgeons. The patient pays only in-network cost
   sharing, which counts toward the in-network deductible and out-of-pocket maximum, and the provider and insurer
   settle payment between them, with independent dispute resolution if needed. Some out-of-network providers can
   balance bill for non-emergency care only if they give notice and the patient signs a consent in advance, and that
   exception is not allowed for ancillary services such as anesthesiology. The patient with the surprise bill should
   dispute it with the provider and insurer and can file a complaint with the federal No Surprises Help Desk.
   Uninsured and self-pay patients are entitled to good-faith cost estimates.

## hdhp_vs_traditional_plan | health_insurance | hard
Q: How should an employee choose between a high-deductible plan with an HSA and a traditional PPO?
Q: A family expects a baby next year. Should they pick the HDHP with an HSA or the low-deductible plan?
Q: Explain how to compare total annual costs of two health plans under different usage scenarios.
A: Compare expected total cost, not just premiums: annual premiums plus expected out-of-pocket costs, minus any
   employer HSA contribution and the tax savings on HSA contributions, under low-use, expected-use and worst-case
   scenarios. The HDHP usually wins for healthy people with low expected use and the cash flow to handle the
   deductible, and the HSA can also serve as a long-term retirement account. When high costs are expected, such as a
   birth, compare the two plans' out-of-pocket maximums plus premiums: if the HDHP's premium savings and employer HSA
   deposit exceed the difference in maximums, it can still win even in a high-use year. Check networks and drug
   coverage; prefer the traditional plan if the family cannot afford to pay the deductible early in the year or needs
   expensive ongoing prescriptions that an HDHP covers only after the deductible.

## coordination_of_benefits | health_insurance | medium
Q: How does coordination of benefits work when a person is covered by two health plans?
Q: Both parents have employer health plans that cover their children. Which plan pays first for the kids?
Q: What is the birthday rule in health insurance?
A: Coordination of benefits rules decide which plan pays first (primary) and which pays part of the remaining costs
   (secondary), so that combined payments do not exceed the charges. A person's own employer plan is primary over a
   plan covering them as a spouse or dependent. For dependent children of married parents, most plans follow the
   birthday rule: the plan of the parent whose birthday falls earlier in the calendar year (month and day, not year of
   birth) is primary. For divorced parents, a court decree controls, otherwise the custodial parent's plan usually
   pays first. Medicare has its own secondary payer rules based on employer size and reason for entitlement.

## ichra_qsehra | health_insurance | medium
Q: What are ICHRAs and QSEHRAs?
Q: A small business wants to help employees pay for individual health insurance instead of offering a group plan. What
   options exist?
Q: How do health reimbursement arrangements for individual coverage interact with marketplace premium credits?
A: Health reimbursement arrangements let employers reimburse, tax-free, employees' individual health insurance
   premiums and medical costs. A QSEHRA (qualified small employer HRA) is for employers with fewer than 50 full-time
   equivalent employees that offer no group plan, with annual reimbursement caps set each year by the IRS. An ICHRA
   (individual coverage HRA) can be offered by employers of any size, has no maximum reimbursement, and lets
   allowances vary by employee class (such as full-time, part-time or location) and age within limits; employees must
   have individual health coverage. If an ICHRA is affordable under ACA rules, the employee cannot claim premium tax
   credits; a QSEHRA reduces any credit by the allowance. For larger employers, an affordable ICHRA can satisfy the
   employer mandate.

## term_vs_permanent_life | life_insurance | easy
Q: What is the difference between term life and permanent life insurance?
Q: A 35-year-old parent with a mortgage asks whether to buy term or whole life. How do they compare?
Q: Why do many planners recommend "buy term and invest the difference"?
A: Term life insurance covers a set period, such as 10, 20 or 30 years, pays only if the insured dies during that term
   and builds no cash value, so it provides the most death benefit per premium dollar; premiums are level for the term
   and rise sharply on renewal. Permanent insurance (whole life, universal life and variants) is designed to last for
   life and includes a cash value that grows tax-deferred and can be borrowed against, at a much higher premium for
   the same death benefit. For most families with temporary needs such as income replacement while children are young
   and a mortgage is outstanding, term is the efficient choice, and investing the premium savings in retirement
   accounts often outperforms cash value. Permanent coverage fits lifelong needs: estate liquidity, special-needs
   dependents, business planning, or those who have maxed out other tax-advantaged savings.

## whole_life_features | life_insurance | easy
Q: How does whole life insurance work?
Q: What are guaranteed cash value and dividends in a participating whole life policy?
Q: A client is considering a whole life policy. What are its main strengths and drawbacks?
A: Whole life insurance provides a guaranteed death benefit for life in exchange for fixed, level premiums, with a
   guaranteed cash value that grows each year according to a schedule in the contract. Participating policies from
   mutual insurers may also pay dividends, which are not guaranteed and can be taken in cash, used to reduce premiums,
   left to accumulate or used to buy paid-up additions that increase both death benefit and cash value. Strengths:
   guarantees, forced savings, tax-deferred growth, policy loans and creditor protection in many states. Drawbacks:
   high premiums relative to term, low early cash values because of commissions and costs, and surrender charges in
   effect in the early years, so it suits only those who will keep it for decades.

## universal_life_variants | life_insurance | medium
Q: How do universal, indexed universal and variable universal life insurance differ?
Q: Why can a universal life policy lapse even if the owner paid the planned premiums?
Q: A client is shown an indexed universal life illustration crediting 7% a year. What should they understand?
A: Universal life (UL) unbundles the policy: premiums are flexible, the cash value is credited with interest and
   charged monthly for the cost of insurance and expenses. Current-assumption UL credits a declared rate with a
   minimum guarantee; indexed UL credits interest based on an index such as the S&P 500, subject to caps and
   participation rates, with a floor (often 0%); variable UL invests cash value in subaccounts, so the owner bears
   market risk and it is a registered security. Because the cost of insurance rises with age and credited rates can
   fall, a policy funded with minimum planned premiums under optimistic assumptions can lapse later; guaranteed
   no-lapse UL avoids this at the cost of little cash value. IUL illustrations are limited by regulation (AG 49), but
   a 7% assumption can still be optimistic: caps, fees and changes to crediting can lower real results, so stress-test
   the illustration at lower rates.

## life_insurance_needs_analysis | life_insurance | medium
Q: How much life insurance does a family need?
Q: What is the DIME method for estimating life insurance needs?
Q: A planner calculates a client's insurance need with a capital needs analysis. What does that approach consider?
A: Needs analysis estimates what survivors would require and subtracts existing resources. The simple DIME method adds
   Debt (other than the mortgage), Income to replace for a number of years, the Mortgage balance and Education costs.
   A fuller capital needs analysis adds final expenses, an emergency fund, the present value of the survivors' income
   needs over time (net of Social Security survivor benefits and the surviving spouse's earnings), education goals and
   retirement needs of the surviving spouse, then subtracts liquid assets and existing coverage. Rules of thumb such
   as 10 to 12 times income are starting points only. Stay-at-home parents need coverage too, for the cost of
   replacing child care and household work.

## life_insurance_tax_treatment | life_insurance | hard
Q: Are life insurance death benefits taxable?
Q: A client bought an existing policy on a business associate's life from another investor. Will the death benefit be
   tax-free?
Q: Explain the transfer-for-value rule and its exceptions.
A: Death benefits paid because of the insured's death are generally excluded from the beneficiary's income under IRC
   Section 101(a), though interest paid on proceeds held by the insurer is taxable, and proceeds can be subject to
   estate tax if the insured owned the policy. The transfer-for-value rule is a major exception: if a policy is
   transferred for valuable consideration, the death benefit is taxable to the extent it exceeds the price paid plus
   later premiums. Exceptions include transfers to the insured, a partner of the insured, a partnership in which the
   insured is a partner, a corporation in which the insured is a shareholder or officer, and transfers where the
   transferee takes the transferor's basis (such as gifts). So the associate who bought the policy from another
   investor will generally owe income tax on the gain unless an exception applies; reportable policy sale rules add
   reporting requirements.

## modified_endowment_contract | life_insurance | hard
Q: What is a modified endowment contract?
Q: A client wants to put $500,000 into a new life policy in a single premium. What tax consequences might follow?
Q: How does the seven-pay test work, and how are MEC distributions taxed?
A: A life insurance policy becomes a modified endowment contract (MEC) if cumulative premiums paid during the first
   seven years (or seven years after a material change) exceed what would have paid up the policy with seven level
   annual premiums (the seven-pay test). A large single premium almost always creates a MEC. The death benefit remains
   income-tax-free, but lifetime distributions, including loans, withdrawals and policy pledges, are taxed gain-first
   (last-in, first-out) as ordinary income, plus a 10% additional tax on the taxable amount if the owner is under 59½
   (with exceptions for disability and annuity-like payments). MEC status is permanent. Non-MEC policies, by contrast,
   allow withdrawals up to basis tax-free and loans tax-free. A MEC can still suit someone who wants a tax-efficient
   death benefit and does not plan to access cash value.

## policy_loans_and_lapse | life_insurance | hard
Q: How do life insurance policy loans work?
Q: A retiree has borrowed heavily against his universal life policy over 15 years. What happens if the policy lapses?
Q: Why can a lapsing policy with a large loan create a tax bill with no cash to pay it?
A: An owner can borrow against a permanent policy's cash value; the loan is not taxable (for a non-MEC), needs no
   repayment schedule and accrues interest, and any unpaid loan plus interest is deducted from the death benefit. The
   danger is that a growing loan balance can consume the cash value and cause the policy to lapse. On lapse or
   surrender, the loan is treated as paid off from the cash value, and the owner has taxable ordinary income equal to
   the amount by which the cash value applied (including the loan payoff) exceeds the premiums paid, even though no
   cash is received. The retiree should check annual statements and in-force illustrations, repay part of the loan,
   reduce the death benefit or use an overloan protection rider if available to keep the policy in force until death,
   when the loan is settled tax-free from the death benefit.

## section_1035_exchange | life_insurance | easy
Q: What is a Section 1035 exchange?
Q: A client has an old life policy with high costs and a large gain. Can she move it to a better policy without paying
   tax?
Q: Which exchanges between life insurance, annuities and long-term care contracts are tax-free?
A: Section 1035 allows a tax-free exchange of one insurance contract for another, carrying over the original basis.
   Permitted exchanges are life insurance to life insurance, annuity or qualified long-term care contract; endowment
   to annuity, endowment or LTC; annuity to annuity or qualified LTC contract; and LTC to LTC. An annuity cannot be
   exchanged for life insurance. The insured or annuitant must stay the same, the exchange should be done directly
   between insurers, and any cash received (boot) or loan relief is taxable to the extent of gain. Before exchanging,
   compare new surrender charges, a new contestability and suicide period, current health and underwriting, and
   whether the old policy has valuable guarantees.

## contestability_and_suicide_clauses | life_insurance | easy
Q: What is the contestability period in a life insurance policy?
Q: Can an insurer refuse to pay a death claim because the insured lied on the application?
Q: How does the suicide clause work in life insurance?
A: During the contestable period, typically the first two years after issue, the insurer can investigate and rescind
   the policy or deny a claim for material misrepresentation on the application, such as undisclosed health conditions
   or tobacco use; after it ends, the policy generally cannot be contested except for non-payment of premium and, in
   some states, fraud. The suicide clause, usually also two years (one year in some states), limits the insurer's
   payment to a refund of premiums if the insured dies by suicide within that period. Replacing a policy restarts both
   periods, a reason to be cautious about replacements. Misstatement of age or sex is not a contest issue: benefits
   are adjusted to what the premium would have bought.

## life_insurance_riders | life_insurance | medium
Q: What are the most common life insurance riders and what do they do?
Q: A client asks whether a waiver of premium or accelerated death benefit rider is worth adding. How do they work?
Q: Explain the guaranteed insurability and term conversion features of life insurance.
A: A waiver of premium rider keeps the policy in force without premiums if the insured becomes totally disabled,
   typically after a waiting period of about six months. An accelerated death benefit rider lets a terminally or
   chronically ill insured receive part of the death benefit early, generally tax-free under IRC Section 101(g) within
   limits. A guaranteed insurability rider allows buying more coverage at set dates or life events without new medical
   underwriting. Term policies usually include a conversion privilege to switch to permanent insurance without
   evidence of insurability before a stated age or date. Other riders include child term, accidental death (usually
   poor value) and long-term care riders on permanent policies. Each rider adds cost, so it should match a real need.

## survivorship_life_insurance | life_insurance | easy
Q: What is survivorship (second-to-die) life insurance?
Q: Why do estate planners use second-to-die policies for married couples?
Q: How does a joint survivorship policy compare with two single-life policies?
A: A survivorship or second-to-die policy insures two people, usually spouses, and pays the death benefit only after
   both have died. Because estate tax for a married couple is typically deferred until the second death through the
   unlimited marital deduction, it matches the timing of the estate tax bill and can provide liquidity for heirs,
   often owned by an irrevocable life insurance trust to keep the proceeds out of the estate. Premiums are lower than
   for two separate policies because the insurer pays only once and later, and one spouse can be less healthy. It
   provides nothing at the first death, so it does not replace income for a surviving spouse; first-to-die or separate
   policies serve that need.

## goodman_triangle | life_insurance | hard
Q: What is the "Goodman triangle" problem in life insurance ownership?
Q: A wife owns a policy on her husband's life and names their children as beneficiaries. What happens tax-wise when he
   dies?
Q: Why should the owner, insured and beneficiary of a life policy usually not be three different people?
A: When the owner, insured and beneficiary of a policy are three different people, the death benefit paid to the
   beneficiary is treated as a gift from the owner, since the owner controlled where the money went (Goodman v.
   Commissioner). In the example, when the husband dies the wife is deemed to make a gift of the full death benefit to
   the children, which exceeds the annual exclusion, requiring Form 709 and using her lifetime exemption, or owing
   gift tax if exhausted. Avoid it by naming the owner as beneficiary (here, the wife), or by having an irrevocable
   life insurance trust own the policy and be the beneficiary, with the children as trust beneficiaries.

## employer_group_term_imputed_income | life_insurance | medium
Q: Why does an employee pay tax on employer-provided group life insurance above $50,000?
Q: An employee's W-2 shows imputed income for group term life. What is it?
Q: How is the taxable cost of employer group term life coverage calculated?
A: Under IRC Section 79, the cost of employer-paid group term life insurance up to $50,000 of coverage is tax-free to
   the employee. The cost of coverage above $50,000, calculated with the IRS Table I rates per $1,000 by age (not the
   actual premium), minus any after-tax amount the employee pays, is imputed income included in W-2 wages and subject
   to Social Security and Medicare tax. The imputed cost rises with age. Group coverage is convenient but usually tied
   to the job and priced by age band, so an individual term policy owned by the employee is often the more reliable
   core coverage, with group life as a supplement.

## own_occupation_disability | disability_insurance | medium
Q: What is the difference between own-occupation and any-occupation disability insurance?
Q: A surgeon with a hand injury can still teach medicine. Will her disability policy pay?
Q: Why do physicians and other specialists pay more for true own-occupation disability coverage?
A: The definition of disability determines whether a claim pays. True own-occupation coverage pays if the insured
   cannot perform the material and substantial duties of their own occupation, even if they work in another field, so
   the surgeon who can no longer operate collects full benefits while teaching. Modified own-occupation pays only if
   the insured is not working in another occupation. Any-occupation coverage pays only if the insured cannot work in
   any occupation for which they are reasonably suited by education, training and experience, a much stricter test.
   Many group policies use own-occupation for the first two years and any-occupation after. True own-occupation is
   more expensive and valuable for highly specialized, high-income professions.

## disability_elimination_and_benefit_periods | disability_insurance | easy
Q: What are the elimination period and benefit period in a disability policy?
Q: How does choosing a 90-day versus a 30-day waiting period affect a disability insurance premium?
Q: A client asks how long a long-term disability policy would pay. What should the benefit period be?
A: The elimination period is the waiting time after disability begins before benefits start, like a deductible
   measured in days; 90 days is common for long-term disability, and longer periods lower the premium, so a client
   with a solid emergency fund or short-term disability coverage can choose a longer wait. The benefit period is how
   long benefits can continue once they start, such as two years, five years or to age 65 or 67. Because the financial
   risk of disability is a long-term loss of earnings, planners generally recommend a benefit period to at least age
   65 and economize on the elimination period rather than on the benefit period. Benefits are usually limited to about
   60% to 70% of income.

## disability_benefit_taxation | disability_insurance | medium
Q: Are disability insurance benefits taxable?
Q: An employer pays the premium for an employee's group long-term disability plan. How will benefits be taxed if she
   becomes disabled?
Q: Why might an employee choose to pay disability premiums with after-tax money?
A: Taxation depends on who paid the premiums and with what money. If the employer pays the premium, or the employee
   pays it with pre-tax dollars through a cafeteria plan, benefits are taxable income when received. If the employee
   pays with after-tax dollars, or the employer's premium is included in the employee's taxable income, benefits are
   tax-free. When premiums are shared, the benefits are taxable in proportion to the employer's share. A 60% taxable
   benefit may replace only about 45% of pre-disability take-home pay, so paying premiums with after-tax dollars, or
   having the employer report premiums as income, can be worthwhile. Individually owned policies paid with personal
   funds produce tax-free benefits.

## residual_partial_disability | disability_insurance | easy
Q: What is a residual disability benefit?
Q: A consultant returns to work part-time after an illness and earns 40% less. Will her disability policy pay
   anything?
Q: How do partial and residual disability provisions differ from total disability coverage?
A: A residual disability benefit pays a proportional benefit when a disability causes a loss of income, typically at
   least 15% or 20%, even though the insured is working. The benefit equals the total disability benefit multiplied by
   the percentage of income lost, so a 40% loss pays 40% of the full benefit, and many policies treat losses above 75%
   or 80% as total. Partial disability provisions, by contrast, often pay a flat percentage (such as 50%) for a
   limited time when the insured cannot perform some duties. Residual benefits are important for professionals and
   business owners who may return gradually, and some policies include a recovery benefit for income still depressed
   after returning to full-time work.

## ssdi_basics | disability_insurance | medium
Q: How does Social Security Disability Insurance work?
Q: Why should a client not rely on SSDI as their main disability protection?
Q: When does someone receiving SSDI become eligible for Medicare?
A: Social Security Disability Insurance pays workers with enough recent work credits who cannot engage in any
   substantial gainful activity because of a medically determinable impairment expected to last at least 12 months or
   to result in death. The definition is strict (essentially any occupation), claims are often denied initially and
   appeals can take many months or years. Benefits begin after a five-month waiting period, equal the worker's primary
   insurance amount, and are modest relative to a professional's income. Recipients become eligible for Medicare after
   24 months of SSDI entitlement (immediately for ALS). Earning more than the substantial gainful activity level
   ($1,550 a month in 2024 for non-blind individuals; $1,620 in 2025) after a trial work period can end benefits.
   Private disability insurance usually offsets its benefits by SSDI received.

## noncancelable_vs_guaranteed_renewable | disability_insurance | medium
Q: What is the difference between a noncancelable and a guaranteed renewable disability policy?
Q: A young professional is comparing two disability quotes; one is non-can and one is only guaranteed renewable. Which
   offers stronger protection?
Q: Can a disability insurer raise premiums on an individual policy?
A: A noncancelable policy cannot be cancelled by the insurer, and neither the premiums nor the benefits can be
   changed, as long as premiums are paid, usually to age 65 or 67. A guaranteed renewable policy also cannot be
   cancelled or have its benefits reduced, but the insurer may raise premiums for an entire class of policyholders
   (never for one individual because of a claim). Noncancelable and guaranteed renewable coverage costs more than
   guaranteed renewable alone but locks in the price, which matters for a young professional who will hold the policy
   for decades. Group policies are typically neither: the employer can change or drop the plan.

## group_vs_individual_disability | disability_insurance | hard
Q: Is employer group disability insurance enough, or should a professional buy an individual policy?
Q: A high-earning executive has group LTD capped at $10,000 a month. What gaps might an individual policy fill?
Q: Compare group and individual long-term disability coverage on definition, portability, taxation and limits.
A: Group long-term disability is inexpensive and often requires no medical underwriting, but it commonly replaces only
   60% of base salary up to a monthly cap, excluding bonuses and commissions; benefits are taxable if the employer
   pays the premium; the definition often switches from own-occupation to any-occupation after two years; benefits are
   offset by Social Security and other income; the coverage ends when the employee leaves and may be changed by the
   employer; and claims fall under ERISA, which limits remedies. An individual policy is portable, can be
   noncancelable, can carry a true own-occupation definition and residual and cost-of-living riders, and pays tax-free
   benefits if bought with after-tax money. The executive, whose cap covers a small share of total pay, may need
   supplemental individual coverage, subject to insurers' issue and participation limits that count the group benefit.

## business_overhead_expense_insurance | disability_insurance | easy
Q: What is business overhead expense disability insurance?
Q: A dentist who owns her practice worries about paying rent and staff if she is disabled. What coverage fits?
Q: How does disability buy-out insurance help business partners?
A: Business overhead expense (BOE) insurance reimburses a disabled business owner's ongoing fixed business costs, such
   as rent, utilities, employee salaries (other than the owner's), insurance and loan interest, for a limited period
   (often 12 to 24 months) after a short elimination period, so the practice survives while the owner recovers or
   arranges a sale. Premiums are generally deductible as a business expense and benefits are taxable, offsetting the
   deductible expenses they cover. Disability buy-out insurance is separate: it funds a buy-sell agreement so that
   co-owners can purchase a disabled owner's interest after a long elimination period (often 12 to 24 months), giving
   the disabled owner a lump sum or installments. Personal disability insurance covers the owner's own income.
"""
