"""Glossary facts: insurance, part 2 (property and auto insurance, Medicare).

Block format: see :mod:`training.data.gen.glossary`. Dollar figures name their year.
"""

TEXT = """
## homeowners_policy_forms | property_insurance | medium
Q: What are the differences between HO-3, HO-5, HO-4 and HO-6 homeowners policies?
Q: A condo owner and a renter each ask which homeowners form fits them. What should they buy?
Q: What does "open perils" versus "named perils" mean in a homeowners policy?
A: An HO-3, the most common homeowners form, covers the dwelling and other structures on an open-perils basis (any
   cause of loss not specifically excluded) and personal property on a named-perils basis (only the listed causes,
   such as fire, windstorm and theft). An HO-5 covers personal property on an open-perils basis too, which is broader
   and costs more. An HO-4 is renters insurance: personal property, loss of use and liability, but not the building.
   An HO-6 covers a condominium unit owner's interior, improvements and personal property plus liability, coordinated
   with the association's master policy. Open perils puts the burden on the insurer to show an exclusion applies;
   named perils requires the insured to show a listed peril caused the loss.

## homeowners_coverage_parts | property_insurance | easy
Q: What do Coverages A through F in a homeowners policy cover?
Q: A homeowner's detached garage was damaged and her family had to stay in a hotel. Which parts of the policy apply?
Q: Explain the standard sections of a homeowners insurance declarations page.
A: Section I covers property: Coverage A is the dwelling, Coverage B other structures such as a detached garage or
   fence (often 10% of A), Coverage C personal property (often 50% to 70% of A) and Coverage D loss of use, which pays
   additional living expenses or lost rent while the home is uninhabitable after a covered loss. Section II covers
   liability: Coverage E personal liability for bodily injury or property damage the insured causes to others, with
   defense costs paid in addition to the limit, and Coverage F medical payments to others injured on the property
   regardless of fault, with a small limit. The garage damage falls under Coverage B and the hotel costs under
   Coverage D.

## replacement_cost_vs_acv | property_insurance | easy
Q: What is the difference between replacement cost and actual cash value coverage?
Q: A 10-year-old roof is destroyed by hail. How would the claim payment differ under replacement cost and ACV?
Q: Why do replacement cost policies often pay a claim in two installments?
A: Replacement cost coverage pays what it costs to repair or replace damaged property with new property of like kind
   and quality, without deducting for depreciation. Actual cash value is generally replacement cost minus depreciation
   (in some states, fair market value), so an ACV policy pays much less for an older roof or used furniture. Many
   replacement cost policies first pay the ACV and release the withheld depreciation (the holdback) only after the
   property is actually repaired or replaced within a set time. Some policies apply ACV or a roof payment schedule to
   older roofs. Extended or guaranteed replacement cost endorsements pay above the dwelling limit (for example up to
   125%) if rebuilding costs surge.

## homeowners_coinsurance_clause | property_insurance | hard
Q: How does the 80% coinsurance provision in a homeowners policy work?
Q: A house with a $500,000 replacement cost is insured for $300,000 and suffers a $100,000 loss. How much will the
   insurer pay?
Q: Why can underinsuring a home reduce the payment even on a partial loss?
A: Homeowners policies pay partial losses at full replacement cost only if the dwelling is insured for at least 80% of
   its replacement cost at the time of loss. If it is not, the insurer pays the larger of the actual cash value of the
   loss or a proportional amount: (insurance carried / insurance required) x the replacement cost of the loss, less
   the deductible. Here 80% of $500,000 is $400,000, so the owner carries $300,000 / $400,000 = 75% of the requirement
   and receives 75% x $100,000 = $75,000 minus the deductible, unless the ACV of the loss is higher. Commercial
   property policies apply a similar formula. Updating the dwelling limit for rising construction costs, or adding an
   inflation guard endorsement, avoids the penalty.

## flood_insurance | property_insurance | medium
Q: Does homeowners insurance cover flood damage?
Q: A homeowner outside a high-risk flood zone asks whether flood insurance is worth buying. What should she know about
   the NFIP?
Q: What are the coverage limits and waiting period for National Flood Insurance Program policies?
A: Standard homeowners policies exclude flood, including storm surge and rising water. Flood coverage comes from the
   National Flood Insurance Program, administered by FEMA and sold through insurers, or from private flood insurers.
   NFIP residential policies cover up to $250,000 for the building and $100,000 for contents, with separate
   deductibles, and coverage for basements is limited; there is generally a 30-day waiting period before a new policy
   takes effect (with exceptions, such as a purchase tied to a mortgage closing). Lenders require flood insurance for
   federally backed mortgages in special flood hazard areas, but a significant share of flood claims come from outside
   high-risk zones, where premiums are lower. Private or excess flood policies can fill gaps above NFIP limits or add
   loss-of-use coverage.

## personal_umbrella_policy | property_insurance | easy
Q: What is a personal umbrella liability policy?
Q: Who needs umbrella insurance, and how much coverage should they carry?
Q: How does an umbrella policy interact with home and auto liability coverage?
A: A personal umbrella policy provides extra liability coverage, typically in $1 million increments, above the limits
   of the underlying homeowners, auto and watercraft policies, and it covers some claims those policies exclude, such
   as libel, slander and false arrest, subject to a self-insured retention. Insurers require minimum underlying
   limits, commonly auto liability of $250,000/$500,000 and homeowners liability of $300,000, and the umbrella pays
   only after those limits are exhausted. It is inexpensive relative to the coverage and suits anyone with significant
   assets or future earnings to protect, or higher liability exposure such as teenage drivers, a pool, a dog, rental
   property or a public profile. Limits often match or exceed net worth. It does not cover business activities, the
   insured's own property or intentional acts.

## homeowners_common_exclusions | property_insurance | medium
Q: What perils are commonly excluded from homeowners insurance?
Q: A basement flooded when the city sewer backed up. Is that covered by a standard HO-3?
Q: Which gaps in a homeowners policy usually need separate endorsements or policies?
A: Common exclusions include flood and surface water, earth movement (earthquake, landslide and sinkhole, with some
   state exceptions), water backup through sewers or drains, wear and tear, deterioration and maintenance problems,
   mold (often limited), pests, intentional damage, war and nuclear hazards, and government action; many policies in
   coastal areas also have separate wind or hurricane deductibles. The sewer backup would not be covered without a
   water backup endorsement. Gaps are filled with a water backup endorsement, an earthquake policy or endorsement,
   flood insurance, service line and equipment breakdown endorsements and ordinance or law coverage. Reviewing
   exclusions annually is part of a property insurance review.

## ordinance_or_law_coverage | property_insurance | easy
Q: What is ordinance or law coverage in a homeowners policy?
Q: An older home partly burned, and the city requires the rebuild to meet current building codes. Will insurance pay
   the extra cost?
Q: Why do owners of older homes often need more than the standard building code upgrade coverage?
A: When a damaged home must be rebuilt or repaired, local laws may require bringing it up to current building codes,
   for example new electrical, plumbing or energy standards, or demolishing an undamaged portion. Standard homeowners
   policies exclude most of these increased costs, but many include limited ordinance or law coverage, often 10% of
   the dwelling limit, and more can be bought by endorsement (such as 25% or 50%). It pays for the increased cost of
   construction, demolition of undamaged parts and debris removal required by code. Owners of older homes, where code
   upgrades can add much to the rebuilding cost, should carry higher limits.

## scheduled_personal_property | property_insurance | easy
Q: Why should valuable jewelry and collectibles be scheduled on a homeowners policy?
Q: A client's $15,000 engagement ring was stolen. Her HO-3 has a $1,500 theft sublimit for jewelry. How much will she
   recover?
Q: What is a personal articles floater?
A: Homeowners policies set special limits (sublimits) for certain categories of personal property, often around $1,500
   to $2,500 for theft of jewelry and watches, and similar limits for furs, firearms, silverware, cash and
   collectibles. Under such a sublimit, the client would recover at most $1,500 for her $15,000 ring. Scheduling the
   item on a personal articles floater or scheduled personal property endorsement, based on an appraisal or receipt,
   insures it for a stated or agreed value on an open-perils basis, usually with no deductible and covering mysterious
   disappearance and accidental loss such as a stone falling out. Appraisals should be updated periodically as values
   change.

## auto_liability_split_limits | auto_insurance | easy
Q: What do auto insurance liability limits like 100/300/100 mean?
Q: Why do planners recommend liability limits well above state minimums?
Q: A driver causes a crash that injures two people with $180,000 of medical bills each. How do split limits affect
   what the insurer pays?
A: Split limits state the maximum the policy pays for bodily injury per person, bodily injury per accident and
   property damage per accident, in thousands of dollars: 100/300/100 means $100,000 per injured person, $300,000 in
   total for all injuries in one accident, and $100,000 for damage to others' property. With two people each having
   $180,000 of medical bills, the policy pays at most $100,000 for each, leaving the driver personally liable for the
   remaining $160,000 and potentially other damages. State minimums are often as low as 25/50/25 or less, far below
   the cost of a serious accident, so planners typically recommend at least 100/300/100, and 250/500 to qualify for an
   umbrella policy. Some policies use a combined single limit instead.

## collision_vs_comprehensive | auto_insurance | easy
Q: What is the difference between collision and comprehensive auto coverage?
Q: A driver hit a deer and, a week later, had her windshield cracked by hail. Which coverage pays for each?
Q: When is it reasonable to drop collision and comprehensive on an older car?
A: Collision covers damage to the insured's own car from colliding with another vehicle or object or from overturning,
   regardless of fault. Comprehensive (other than collision) covers other physical damage: theft, vandalism, fire,
   hail, flood, falling objects, glass breakage and hitting an animal. So both the deer strike and the hail damage are
   comprehensive claims. Both pay up to the car's actual cash value, minus a deductible, and lenders and lessors
   require them. On an older car of low value, the annual premium plus the deductible may approach what the insurer
   would pay for a total loss, so owners who can afford to replace the car often drop these coverages; a common rule
   of thumb is to consider it when annual physical-damage premiums exceed about 10% of the car's value.

## uninsured_underinsured_motorist | auto_insurance | easy
Q: What does uninsured and underinsured motorist coverage do?
Q: A driver is seriously injured by a hit-and-run driver. Which part of her own policy can pay?
Q: Why should uninsured motorist limits match liability limits?
A: Uninsured motorist (UM) coverage pays the insured's own bodily injury damages, such as medical bills, lost wages
   and pain and suffering, when an at-fault driver has no insurance or in a hit-and-run; underinsured motorist (UIM)
   coverage pays when the at-fault driver's liability limits are too low to cover the damages. Some states also offer
   UM property damage coverage. It covers the insured and household members, often even as pedestrians or passengers
   in other cars. Because many drivers carry only state-minimum limits or none, planners usually recommend UM/UIM
   limits equal to the policy's own liability limits, and some umbrella policies can add excess UM coverage. Rules on
   stacking limits across vehicles vary by state.

## personal_injury_protection | auto_insurance | easy
Q: What is personal injury protection (PIP) in auto insurance?
Q: How do no-fault auto insurance states handle injury claims after an accident?
Q: Compare PIP with medical payments coverage.
A: Personal injury protection, required in no-fault states such as Florida, Michigan and New York, pays the insured's
   own medical expenses and often lost wages and essential services after an accident, regardless of who caused it, up
   to the PIP limit. In exchange, no-fault laws restrict lawsuits against the at-fault driver for pain and suffering
   unless the injury crosses a monetary or severity threshold. Medical payments (MedPay) coverage, available in many
   other states, pays medical and funeral expenses for the insured and passengers regardless of fault but usually not
   lost wages, with smaller limits. Both coordinate with health insurance, and the rules for which pays first vary by
   state.

## gap_insurance | auto_insurance | easy
Q: What is GAP insurance on a car loan or lease?
Q: A buyer financed a new car with no money down over 72 months. Why might she need GAP coverage?
Q: Should a buyer purchase GAP from the dealer or from their auto insurer?
A: Guaranteed asset protection (GAP) pays the difference between the car's actual cash value, which the collision or
   comprehensive coverage pays after a total loss or theft, and the remaining loan or lease balance. New cars
   depreciate fastest in the first years, so with little or no down payment or a long loan term, the balance can
   exceed the car's value for years, and without GAP the owner would owe the difference on a car she no longer has.
   Many leases include GAP. Dealer GAP is often sold as a loan add-on at a high price and financed with interest; an
   endorsement from the auto insurer or a credit union's GAP is usually much cheaper. GAP may not cover the
   deductible, late fees or negative equity rolled in from a prior loan, and it becomes unnecessary once the balance
   falls below the car's value.

## rideshare_coverage_gap | auto_insurance | medium
Q: Does a personal auto policy cover a driver working for a ride-hailing service?
Q: A client plans to drive for a rideshare company on weekends. What insurance gap should he close?
Q: How does transportation network company coverage change by period of the ride?
A: Personal auto policies usually exclude using a car to carry passengers or goods for a fee, and most exclude the
   time a driver is logged into a rideshare app. Transportation network companies provide coverage that depends on the
   period: when the app is on and the driver is waiting for a request, the TNC typically provides only contingent
   liability coverage at lower limits and no physical damage coverage for the driver's car; once a ride is accepted
   and during the trip, it provides higher liability limits (commonly $1 million) and contingent collision and
   comprehensive with a large deductible. A rideshare endorsement on the personal policy or a hybrid policy fills the
   gap in the waiting period and can reduce the deductible. Failing to disclose rideshare use can lead to denied
   claims or cancellation.

## total_loss_settlement | auto_insurance | medium
Q: When does an insurer declare a car a total loss, and how is the payment set?
Q: A driver thinks the insurer's valuation of her totaled car is too low. How can she challenge it?
Q: What happens to the loan and the salvage when a financed car is totaled?
A: An insurer declares a total loss when repair costs (often plus salvage value) exceed the car's actual cash value or
   a state's total loss threshold, commonly a set percentage of ACV such as 70% to 80%. The settlement is the ACV just
   before the loss, based on comparable vehicles' prices, mileage, condition and options, minus the deductible, plus
   in many states applicable taxes and fees. The owner can challenge the valuation by providing comparable listings,
   maintenance records and evidence of recent improvements, and many policies include an appraisal clause for
   disputes. If the car is financed, the payment goes first to the lender; any shortfall is the owner's unless GAP
   coverage applies. The owner may be able to keep the salvage for a reduced payment, subject to state salvage title
   rules.

## coverage_follows_the_car | auto_insurance | hard
Q: If a friend borrows my car and causes an accident, whose insurance pays?
Q: A teenager living at home drives his parents' car but is not listed on their policy. What coverage issues could
   arise?
Q: How do permissive use, excluded drivers and household member rules affect auto claims?
A: In most states auto insurance "follows the car": the owner's liability coverage is primary when a permissive user,
   such as a friend borrowing the car occasionally, causes an accident, and the driver's own policy, if any, is excess
   once the owner's limits are exhausted. A claim can therefore raise the owner's premium. Household members of
   driving age, including teenagers, generally must be listed; an unlisted regular driver in the household can lead to
   disputes, premium adjustments or, in some cases, denial of coverage, and a named-driver exclusion removes coverage
   for a specific person entirely. Regular use of a car not owned by the insured, such as a company car, may need a
   separate endorsement. Policy language and state law vary, so unusual arrangements should be disclosed to the
   insurer.

## auto_deductible_choice | auto_insurance | hard
Q: How should a driver choose an auto insurance deductible?
Q: Raising a collision deductible from $500 to $1,000 saves $120 a year. Is it worth it?
Q: Explain the trade-off between premium savings and out-of-pocket risk when selecting deductibles.
A: A higher deductible lowers the premium because the insured absorbs small losses. The break-even compares the annual
   savings with the extra out-of-pocket cost per claim: saving $120 a year to take on $500 more per claim pays off if
   the driver expects a claim less often than about once every four years, which is typical for careful drivers. Small
   claims also raise future premiums and may not be worth filing, making a low deductible less useful. A household
   with an adequate emergency fund should generally choose higher deductibles on collision and comprehensive and spend
   the savings on adequate liability and uninsured motorist limits, where the catastrophic risk lies. A household that
   could not afford the higher deductible after an accident should keep it lower.

## medicare_parts | medicare | easy
Q: What do Medicare Parts A, B, C and D cover?
Q: A client turning 65 asks what Original Medicare includes and what it leaves out.
Q: Which part of Medicare covers doctor visits, hospital stays and prescription drugs?
A: Part A (hospital insurance) covers inpatient hospital care, skilled nursing facility care after a qualifying
   hospital stay, hospice and some home health care; it is premium-free for people with 40 quarters of covered work
   (directly or through a spouse). Part B (medical insurance) covers physician services, outpatient care, preventive
   services, durable medical equipment and some home health care, with a monthly premium, an annual deductible and
   generally 20% coinsurance. Parts A and B together are Original Medicare, which has no out-of-pocket maximum and
   does not cover most dental, vision, hearing aids or long-term custodial care. Part C (Medicare Advantage) plans are
   private plans that provide Part A and B benefits, usually with drug coverage and an out-of-pocket cap. Part D
   covers outpatient prescription drugs through private plans.

## medicare_enrollment_penalties | medicare | medium
Q: When should someone enroll in Medicare, and what are the late enrollment penalties?
Q: A client missed his initial enrollment period and had no employer coverage. What will enrolling late cost him?
Q: Explain the initial enrollment period and general enrollment period for Medicare Part B.
A: The initial enrollment period is seven months: the three months before the month of the 65th birthday, that month
   and the three months after; people already receiving Social Security are enrolled automatically. Someone without
   qualifying current-employment coverage who misses it can enroll in the general enrollment period, January 1 to
   March 31, with coverage starting the month after enrollment. The Part B late enrollment penalty adds 10% of the
   standard premium for each full 12-month period without Part B or qualifying coverage, for life. The Part D penalty
   adds 1% of the national base beneficiary premium for each month without Part D or creditable drug coverage after a
   gap of more than 63 days, also for life. Part A is premium-free for most, so it has no penalty for them.

## irmaa_surcharges | medicare | easy
Q: What is IRMAA in Medicare?
Q: A retired couple's income spiked in 2023 from a large Roth conversion. How will that affect their 2025 Medicare
   premiums?
Q: How are the income-related monthly adjustment amounts determined for Parts B and D?
A: The income-related monthly adjustment amount (IRMAA) is a surcharge added to Part B and Part D premiums for
   beneficiaries with higher modified AGI (AGI plus tax-exempt interest). It is based on the tax return from two years
   earlier, so 2023 income sets 2025 premiums. For 2025 surcharges begin above $106,000 of MAGI for single filers and
   $212,000 for joint filers (2024: $103,000 and $206,000), rising through several tiers. The thresholds are cliffs:
   one dollar over a tier raises the premium for the whole year. The couple's 2023 Roth conversion could put them into
   a higher IRMAA tier for 2025, which planners weigh when sizing conversions, capital gains and other income. Because
   the lookback is two years, a surcharge can be appealed after a life-changing event.

## irmaa_life_changing_event_appeal | medicare | medium
Q: Can a Medicare beneficiary appeal an IRMAA surcharge?
Q: A client retired in 2024 after a high-earning year in 2023. How can she avoid paying IRMAA based on her old salary?
Q: What life-changing events qualify for a reduction in income-related Medicare premiums?
A: Yes. Because IRMAA uses income from two years earlier, a beneficiary whose income has dropped because of a
   qualifying life-changing event can ask Social Security to use a more recent year's income by filing Form SSA-44
   with documentation. Qualifying events include marriage, divorce or annulment, death of a spouse, work stoppage or
   reduction, loss of income-producing property due to a disaster or other event beyond the owner's control, loss or
   reduction of pension income, and receipt of certain employer settlement payments. Retiring counts as a work
   stoppage, so the client can use her estimated lower 2025 income. Voluntary income spikes such as Roth conversions
   or capital gains are not life-changing events, though an incorrect tax return figure can be corrected through a
   separate appeal.

## medigap_vs_medicare_advantage | medicare | medium
Q: Should a new Medicare beneficiary choose a Medigap policy or a Medicare Advantage plan?
Q: What are the trade-offs between Original Medicare with a supplement and a Medicare Advantage plan?
Q: A client who travels between two states each year is choosing her Medicare coverage. What should she consider?
A: Original Medicare plus a Medigap (Medicare Supplement) policy and a stand-alone Part D plan lets beneficiaries see
   any provider nationwide that accepts Medicare, with no referrals, and Medigap covers most or all of the deductibles
   and 20% coinsurance; the cost is higher monthly premiums. Medicare Advantage plans often have low or no extra
   premium and add an annual out-of-pocket maximum, drug coverage and extras such as dental or vision, but use
   provider networks, prior authorization and cost sharing per service, and coverage away from the service area is
   usually limited to emergencies and urgent care. Frequent travellers and those who value provider choice tend to
   prefer Medigap; those with tight budgets and local care may prefer Advantage. Switching from Advantage back to
   Medigap later may require medical underwriting, so the first choice matters.

## medigap_open_enrollment | medicare | hard
Q: Why is the timing of buying a Medigap policy so important?
Q: A 68-year-old on a Medicare Advantage plan now wants to switch to Original Medicare with Medigap. Can an insurer
   turn her down?
Q: Explain the Medigap open enrollment period and guaranteed issue rights.
A: The Medigap open enrollment period is the six months beginning with the first month a person is both 65 or older
   and enrolled in Part B. During it, insurers must sell any Medigap policy they offer without medical underwriting
   and at the best available rate, although pre-existing condition waiting periods can apply in limited cases. After
   it ends, in most states insurers may use medical underwriting to deny coverage or charge more, except when a
   federal guaranteed issue right applies, such as losing employer coverage or trying Medicare Advantage for the first
   time and leaving within 12 months. The 68-year-old who has been on Advantage for several years may therefore be
   declined, unless she lives in a state with broader protections (such as New York and Connecticut, which require
   continuous or annual guaranteed issue, or states with birthday rules for switching plans). Medigap plans are
   standardized by letter; Plans C and F are not available to people newly eligible for Medicare on or after January
   1, 2020.

## part_d_out_of_pocket_cap | medicare | medium
Q: How did the Inflation Reduction Act change Medicare Part D costs?
Q: A retiree takes an expensive cancer drug. What is the most she will pay out of pocket for Part D drugs in 2025?
Q: What is the Medicare Prescription Payment Plan?
A: Starting in 2025, the Inflation Reduction Act caps annual out-of-pocket spending on covered Part D drugs at $2,000
   (indexed in later years), and the coverage gap (donut hole) phase has been eliminated; in 2024, enrollees who
   reached the catastrophic threshold already paid nothing more for the rest of the year. The retiree on an expensive
   drug will pay no more than $2,000 for covered Part D drugs in 2025, although premiums are separate. The Medicare
   Prescription Payment Plan lets enrollees spread their out-of-pocket drug costs into monthly payments over the year
   instead of paying large amounts at the pharmacy early in the year. The IRA also capped insulin at $35 a month for
   covered insulin products and made recommended adult vaccines free under Part D.

## medicare_and_employer_coverage | medicare | hard
Q: Someone turning 65 is still working and covered by a large employer's health plan. Must they sign up for Medicare
   Part B?
Q: How do Medicare secondary payer rules differ for employers with fewer than 20 employees?
Q: A 66-year-old retiree on COBRA delayed Part B. Why might she face a penalty?
A: If a person 65 or older has group health coverage through their own or a spouse's current employment at an employer
   with 20 or more employees, the employer plan pays first and the person can delay Part B (and usually Part D if the
   drug coverage is creditable) without penalty, often taking premium-free Part A, though HSA contributors should
   decline Part A as well. When the employment or coverage ends, a special enrollment period of eight months begins,
   whichever comes first. With an employer of fewer than 20 employees, Medicare is primary and the employer plan may
   pay little, so the person should enroll in Parts A and B at 65. COBRA, retiree coverage and marketplace plans are
   not coverage based on current employment: they do not give the right to a special enrollment period, and a retiree
   who delays Part B while on COBRA risks a lifetime penalty and a coverage gap.

## skilled_nursing_facility_coverage | medicare | hard
Q: How much skilled nursing facility care does Medicare Part A cover?
Q: A patient was kept in the hospital "under observation" for four days and then sent to rehab. Why might Medicare
   deny the nursing home stay?
Q: What are the daily costs for a Medicare-covered rehab stay after day 20?
A: Part A covers skilled nursing facility care for up to 100 days per benefit period, but only after a medically
   necessary inpatient hospital stay of at least three consecutive days (counting the day of admission but not
   discharge), and only while the patient needs daily skilled nursing or rehabilitation. Days 1-20 cost nothing; days
   21-100 require a daily coinsurance ($204 in 2024, $209.50 in 2025), often covered by Medigap; after 100 days,
   Medicare pays nothing. Time spent in the hospital under observation status is outpatient care and does not count
   toward the three days, which is why the observation patient's rehab stay may not be covered; patients receive a
   Medicare Outpatient Observation Notice and can appeal. Many Medicare Advantage plans waive the three-day
   requirement.

## medicare_premiums_and_deductibles | medicare | easy
Q: What are the Medicare Part B premium and deductible for 2024 and 2025?
Q: How much does a typical beneficiary pay for Part A and Part B in 2025?
Q: What does a Medicare beneficiary owe for an inpatient hospital stay under Part A?
A: The standard Part B premium was $174.70 a month in 2024 and $185.00 in 2025, with an annual deductible of $240
   (2024) and $257 (2025), after which beneficiaries generally pay 20% coinsurance; higher-income beneficiaries pay
   IRMAA surcharges. Part A is premium-free for most people; its inpatient deductible is per benefit period, $1,632 in
   2024 and $1,676 in 2025, covering the first 60 days, with daily coinsurance for longer stays. A benefit period ends
   after 60 consecutive days without inpatient or skilled nursing care, so a person can owe the Part A deductible more
   than once in a year. Original Medicare has no annual out-of-pocket cap, which is why supplemental coverage matters.

## medicare_savings_programs_extra_help | medicare | medium
Q: What help is available for low-income Medicare beneficiaries with premiums and drug costs?
Q: A widow living on a small Social Security check struggles to pay Part B premiums. Which programs could help?
Q: What is Extra Help for Medicare prescription drug coverage?
A: Medicare Savings Programs, run by state Medicaid agencies, pay Part B premiums and, at the lowest income level
   (QMB), also Part A and B deductibles and coinsurance, for people with limited income and assets; eligibility limits
   vary somewhat by state and some states disregard assets. Extra Help (the Part D Low-Income Subsidy), administered
   by Social Security, pays Part D premiums up to a benchmark and reduces deductibles and copays; since 2024 full
   Extra Help is available up to 150% of the federal poverty level. People who qualify for a Medicare Savings Program
   automatically qualify for Extra Help, and enrollment also removes the Part D late enrollment penalty. Dual
   eligibles with full Medicaid get additional coverage, including long-term care.
"""
