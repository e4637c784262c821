"""Glossary facts: insurance, part 3 (long-term care and annuity products).

Block format: see :mod:`training.data.gen.glossary`. Dollar figures name their year.
"""

TEXT = """
## ltc_benefit_triggers | long_term_care | easy
Q: What triggers benefits under a long-term care insurance policy?
Q: What are the activities of daily living used in long-term care insurance?
Q: A client's mother has Alzheimer's disease but can still dress and bathe herself. Could her LTC policy pay?
A: A tax-qualified long-term care policy pays when a licensed health care practitioner certifies that the insured is
   chronically ill: unable to perform at least two of six activities of daily living (bathing, dressing, eating,
   toileting, transferring and continence) without substantial assistance for an expected period of at least 90 days,
   or requiring substantial supervision because of severe cognitive impairment such as Alzheimer's disease. So the
   mother can qualify under the cognitive impairment trigger even if she can bathe and dress herself. Benefits
   typically begin after the elimination period and cover care at home, in assisted living or in a nursing home,
   depending on the policy.

## ltc_policy_design | long_term_care | easy
Q: What are the key design choices in a long-term care insurance policy?
Q: How do the daily benefit, benefit period and elimination period determine an LTC policy's coverage and cost?
Q: A couple shopping for long-term care coverage asks what a shared care rider does.
A: The main levers are the daily or monthly benefit amount (based on local care costs), the benefit period or total
   pool of benefits (such as three years or a fixed dollar pool that lasts longer if care costs less), the elimination
   period (commonly 90 days, often counted in calendar days or days of service), inflation protection, and whether the
   policy reimburses actual costs or pays a cash indemnity. A shared care rider for couples lets either spouse draw on
   the other's pool if theirs is exhausted, and some policies add a survivorship waiver of premium. Longer benefit
   periods and inflation protection raise premiums most, while a longer elimination period lowers them. Buying in
   one's 50s, while healthy, generally gives the best combination of price and insurability.

## ltc_inflation_protection | long_term_care | medium
Q: Why is inflation protection important in long-term care insurance?
Q: A 55-year-old is comparing 3% compound and 5% simple inflation riders on an LTC policy. How do they differ?
Q: What happens to an LTC policy's value if it has no inflation rider and care is needed 25 years later?
A: Long-term care is often needed decades after purchase, and care costs have historically risen faster than general
   inflation, so a fixed daily benefit can lose much of its value: a $200 daily benefit without inflation protection
   may cover well under half of care costs 25 years later. Riders increase the benefit each year, typically by 3% or
   5% compound, or by a simple percentage of the original benefit, and some offer CPI-linked increases or future
   purchase options that require buying increases at higher premiums. Compound protection is costlier but grows faster
   over long periods; simple protection may suffice for older buyers with shorter horizons. Partnership policies
   require some inflation protection for younger buyers to qualify for asset protection.

## medicaid_look_back | long_term_care | hard
Q: What is the Medicaid five-year look-back for long-term care?
Q: A mother gave her house to her children three years ago and now needs nursing home care. Will that affect her
   Medicaid eligibility?
Q: How is a Medicaid penalty period calculated for transfers of assets?
A: When someone applies for Medicaid long-term care benefits, the state reviews all asset transfers made in the 60
   months before the application. Gifts or transfers for less than fair market value during the look-back create a
   penalty period of ineligibility, calculated by dividing the uncompensated value transferred by the state's average
   monthly cost of nursing home care, and the period begins only when the applicant is otherwise eligible (has spent
   down assets) and has applied, which makes it harsh. The mother's gift of the house three years ago will likely
   cause a penalty period. Exceptions include transfers to a spouse, to a disabled child, and of a home to a caregiver
   child who lived there for two years, among others. Irrevocable Medicaid trusts work only if funded more than five
   years before applying, and elder law advice is needed because rules vary by state.

## ltc_partnership_policies | long_term_care | easy
Q: What is a long-term care partnership policy?
Q: How do partnership-qualified LTC policies protect assets from Medicaid spend-down?
Q: A client with moderate assets wants LTC coverage that preserves savings for her children. Why might a partnership
   policy appeal?
A: Long-term care partnership programs, available in most states, give purchasers of qualifying tax-qualified policies
   (which include required inflation protection based on the buyer's age) a dollar-for-dollar asset disregard: for
   every dollar the policy pays in benefits, one dollar of assets is protected when the person later applies for
   Medicaid, beyond the normal asset limits, and those protected assets may also be shielded from Medicaid estate
   recovery. A client whose policy paid $250,000 of benefits could keep $250,000 more in assets and still qualify for
   Medicaid once the policy is exhausted. Reciprocity generally lets partnership protection travel between
   participating states. It suits middle-income clients who cannot afford lifetime coverage but want to protect a
   portion of savings.

## hybrid_life_ltc | long_term_care | easy
Q: What is a hybrid life and long-term care policy?
Q: A client dislikes paying for LTC insurance she may never use. How do asset-based or linked-benefit policies address
   this?
Q: Compare traditional long-term care insurance with a life insurance policy that has an LTC or chronic illness rider.
A: Hybrid (linked-benefit or asset-based) policies combine life insurance or an annuity with long-term care benefits.
   The owner typically pays a single premium or a limited number of premiums; if long-term care is needed, benefits
   are paid by accelerating the death benefit and often by an extension of benefits; if not, heirs receive a death
   benefit; and many offer a return of premium on surrender. Premiums are usually guaranteed not to increase, unlike
   traditional LTC policies, whose premiums insurers have raised sharply. The trade-offs are a large upfront
   commitment, lower LTC leverage per dollar than traditional coverage, and riders on some life policies that are
   chronic-illness riders with more restrictive terms. Section 1035 exchanges from existing life policies or annuities
   can fund them tax-free.

## ltc_premium_tax_treatment | long_term_care | medium
Q: Are long-term care insurance premiums tax-deductible?
Q: A 72-year-old self-employed consultant pays $6,500 a year for an LTC policy. How much can she deduct?
Q: How are benefits from a tax-qualified long-term care policy taxed?
A: Premiums for a tax-qualified LTC policy count as medical expenses up to an age-based annual limit per person (for
   2024, $4,710 for ages 61-70 and $5,880 for those over 70). Individuals deduct them as itemized medical expenses
   above 7.5% of AGI; self-employed people can include the age-based amount in the above-the-line self-employed health
   insurance deduction, so the 72-year-old consultant could deduct $5,880 in 2024. HSA funds can pay premiums tax-free
   up to the same limits, and C corporations can deduct premiums paid for employees in full. Benefits from a
   tax-qualified reimbursement policy are tax-free; per diem (indemnity) benefits are tax-free up to an indexed daily
   limit or actual costs if higher. Hybrid policy premiums may only partly qualify.

## medicare_does_not_cover_ltc | long_term_care | easy
Q: Does Medicare pay for long-term care in a nursing home?
Q: A client assumes Medicare will cover her father's assisted living costs. Is that correct?
Q: Which government programs pay for custodial long-term care?
A: No. Medicare does not pay for custodial care, meaning help with activities of daily living such as bathing and
   dressing, which is most long-term care, and it does not cover assisted living. It covers only short-term skilled
   nursing facility care after a qualifying inpatient hospital stay of at least three days, up to 100 days per benefit
   period with a daily copay after day 20, and part-time skilled home health care, both only while skilled care is
   needed. Long-term custodial care is paid out of pocket, by long-term care insurance, by veterans' benefits for
   eligible veterans, or by Medicaid after assets and income are spent down to state limits. This gap is why planning
   for long-term care costs is part of retirement planning.

## ltc_self_fund_vs_insure | long_term_care | hard
Q: Should a client buy long-term care insurance or plan to self-fund care costs?
Q: A couple with $4 million of investments and a couple with $400,000 both ask about LTC insurance. How might the
   advice differ?
Q: What factors decide whether long-term care risk should be insured, self-insured or left to Medicaid?
A: The decision weighs the size of the potential cost, which can exceed $100,000 a year for a private nursing home
   room in many areas and last several years, against the household's assets, income and goals. Wealthy households,
   such as the $4 million couple, can often self-insure by earmarking assets, though some buy coverage to protect a
   surviving spouse or heirs, or for access to better care. Households with modest assets and income may rely on
   Medicaid after spend-down, because premiums would strain their budget. Middle-wealth households, such as the
   $400,000 couple, face the greatest risk of depletion and are the usual candidates for traditional, partnership or
   hybrid coverage if they can afford premiums, including future increases, without jeopardizing retirement. Health
   (insurability), family history, family caregivers and preferences for home care also matter.

## fixed_variable_indexed_annuities | annuity_products | easy
Q: What are the differences between fixed, variable and fixed indexed annuities?
Q: A conservative client is comparing a MYGA with a variable annuity. How do their risks differ?
Q: Which types of annuities are securities and which are insurance products?
A: A fixed annuity credits a rate declared by the insurer, often guaranteed for several years (a multi-year guaranteed
   annuity, or MYGA, works like a CD issued by an insurer), with principal protected by the insurer's claims-paying
   ability and state guaranty associations up to limits, not the FDIC. A variable annuity invests in subaccounts
   similar to mutual funds, so the value fluctuates with markets; it is a registered security sold with a prospectus,
   with higher fees and optional guaranteed benefit riders. A fixed indexed annuity credits interest based on a market
   index, subject to caps or participation rates, with a floor (usually 0%) protecting against losses; it is regulated
   as an insurance product, not a security. Registered index-linked annuities (RILAs) allow limited losses in exchange
   for higher upside and are securities.

## indexed_annuity_crediting | annuity_products | medium
Q: How do caps, participation rates and spreads work in a fixed indexed annuity?
Q: The S&P 500 rose 20% last year, but a client's indexed annuity was credited only 8%. Why?
Q: What limits the upside of a fixed indexed annuity?
A: A fixed indexed annuity credits interest based on index performance over a crediting period (commonly annual
   point-to-point), reduced by one or more limits: a cap (the maximum credited, such as 8%), a participation rate (the
   share of the index gain credited, such as 50%), or a spread (a percentage subtracted from the gain). In exchange, a
   floor (usually 0%) means the account is not reduced when the index falls. Indices are usually price-only, excluding
   dividends. With an 8% cap, a 20% index gain credits only 8%. The insurer can reset caps and participation rates,
   typically each year within contractual minimums, so renewal rates matter as much as the first-year rate. Long
   surrender periods and complex crediting methods make comparisons difficult.

## rila_buffer_vs_floor | annuity_products | medium
Q: What is a registered index-linked annuity and how do buffers and floors differ?
Q: A client wants more upside than a fixed indexed annuity but limited downside. How would a RILA with a 10% buffer
   behave in a 25% market drop?
Q: Compare buffer and floor protection in index-linked annuities.
A: A registered index-linked annuity (RILA) credits returns based on an index subject to a cap or participation rate,
   but unlike a fixed indexed annuity, the owner can lose money; in exchange, caps are typically higher. A buffer
   absorbs the first portion of losses: with a 10% buffer, a 25% index drop produces a 15% loss, while a 5% drop
   produces none. A floor limits the maximum loss: with a -10% floor, the owner absorbs losses up to 10% and the
   insurer absorbs anything beyond, so a 25% drop produces a 10% loss. Buffers protect better in moderate declines,
   floors in severe crashes. RILAs are registered securities sold with a prospectus, and they carry surrender charges
   and the insurer's credit risk.

## variable_annuity_living_benefits | annuity_products | hard
Q: How does a guaranteed lifetime withdrawal benefit on a variable annuity work?
Q: A client's variable annuity shows a "benefit base" of $600,000 but an account value of $420,000. What can she
   actually withdraw?
Q: What are the costs and limitations of variable annuity income riders?
A: A guaranteed lifetime withdrawal benefit (GLWB) rider lets the owner withdraw a set percentage of a benefit base
   each year for life, such as 5% at age 65, even if the account value falls to zero. The benefit base is a notional
   amount, not cash: it may grow by a guaranteed roll-up or step up to new account highs, and it is used only to
   compute withdrawals. The client can take 5% of $600,000, $30,000 a year, for life, but if she surrenders she
   receives only the $420,000 account value less surrender charges. Withdrawals above the allowed amount reduce the
   benefit base, often proportionally. Rider fees (often 1% or more of the benefit base) come on top of mortality and
   expense charges, administrative fees and fund expenses, so total annual costs can exceed 3%, which drags on account
   value. Guaranteed minimum death benefits are a separate rider.

## annuity_surrender_charges | annuity_products | easy
Q: What are annuity surrender charges?
Q: A client wants to withdraw $50,000 from an annuity bought three years ago. What costs might apply?
Q: How do free withdrawal provisions and market value adjustments work in deferred annuities?
A: A surrender charge is a fee for withdrawing more than the free amount, or surrendering the contract, during the
   surrender period, typically a declining percentage such as 7% in year one falling to 0% after seven years; it lets
   the insurer recover sales commissions and costs. Most contracts allow a free withdrawal of about 10% of the value
   each year without charge, and many waive charges for death, terminal illness or nursing home confinement. Fixed and
   indexed annuities may also apply a market value adjustment that raises or lowers the surrender value when interest
   rates have changed since purchase. Taxes and a possible 10% additional tax before 59½ apply separately. The client
   should check the contract's schedule and consider withdrawing only the free amount.

## nonqualified_annuity_taxation | annuity_products | hard
Q: How are withdrawals from a non-qualified deferred annuity taxed?
Q: A 62-year-old paid $100,000 for an annuity now worth $160,000 and withdraws $40,000. How much is taxable?
Q: What is the exclusion ratio for annuitized payments?
A: Earnings in a non-qualified annuity (bought with after-tax money) grow tax-deferred. Partial withdrawals from
   contracts issued after August 13, 1982 are taxed earnings first (last-in, first-out) as ordinary income, never at
   capital gains rates, until all gain is withdrawn, and then come out as a tax-free return of basis; so the
   62-year-old's $40,000 withdrawal is fully taxable because the contract has $60,000 of gain. Taxable amounts taken
   before 59½ generally also owe a 10% additional tax under Section 72(q), with exceptions such as death, disability
   and substantially equal payments. If the contract is annuitized, each payment is split by an exclusion ratio
   (investment in the contract divided by expected return) into a tax-free return of basis and taxable income, until
   the basis is recovered. Annuities owned by non-natural persons, such as corporations, generally lose tax deferral.

## immediate_vs_deferred_income_annuity | annuity_products | medium
Q: What is the difference between a single premium immediate annuity and a deferred income annuity?
Q: A 65-year-old wants guaranteed income starting now, while her husband wants income only from age 80. Which products
   fit each?
Q: How do interest rates and mortality credits determine income annuity payouts?
A: A single premium immediate annuity (SPIA) converts a lump sum into guaranteed income starting within a year, for
   life, for a set period or for two lives. A deferred income annuity (DIA) is bought now with income beginning at a
   later date, such as age 80 or 85; because the insurer holds the money longer and some buyers die before payments
   begin, each dollar buys much more future income, making DIAs an efficient hedge against longevity. Payouts depend
   on age, gender, interest rates and options chosen: higher rates and older ages increase payouts, and pooling
   mortality risk (mortality credits) lets lifetime annuities pay more than a bond portfolio could safely sustain. The
   trade-offs are the loss of liquidity and, unless a cost-of-living option is bought, inflation risk. A qualified
   longevity annuity contract is a DIA held in a retirement account.

## annuity_payout_options | annuity_products | medium
Q: What payout options are available when a client annuitizes?
Q: What is the difference between life only, life with period certain, and joint and survivor payouts?
Q: A retiree worries that if she dies early the insurer will keep her money. Which annuity options address that?
A: A life-only (straight life) annuity pays the highest amount but stops at death, even if that is soon after
   purchase. Life with period certain (such as 10 or 20 years) pays for life but guarantees payments to a beneficiary
   for the rest of the period if the annuitant dies early. Installment refund and cash refund options guarantee that
   total payments at least equal the premium, paid to beneficiaries in installments or a lump sum. Joint and survivor
   options pay over two lives, with the survivor receiving 100% or a reduced percentage. Each guarantee lowers the
   monthly payment, so the retiree's concern can be met with a refund or period certain option, at the cost of less
   income, or with life insurance alongside a life-only annuity.

## annuity_at_death | annuity_products | medium
Q: How is an annuity taxed when the owner dies?
Q: A son inherits his mother's deferred annuity with a $100,000 basis and a $250,000 value. Does he get a step-up in
   basis?
Q: What distribution rules apply to a non-spouse beneficiary of a non-qualified annuity?
A: Annuities do not receive a step-up in basis at death; the gain is income in respect of a decedent, taxed as
   ordinary income to the beneficiary when received. The son will owe tax on the $150,000 gain as he withdraws it (an
   income tax deduction may be available for any estate tax paid on that income). Under Section 72(s), when the owner
   dies before annuitization, a non-spouse beneficiary must take the entire value within five years or elect payments
   over their life expectancy starting within one year; a spouse can instead continue the contract as the new owner.
   For contracts where the owner and annuitant are different people, whether the death benefit is triggered by the
   owner's or the annuitant's death depends on the contract, which can produce unintended results. Highly appreciated
   annuities are therefore good candidates to leave to charity or to spend during life.

## annuity_in_ira_suitability | annuity_products | hard
Q: Does it ever make sense to buy an annuity inside an IRA?
Q: An adviser recommends moving a 70-year-old's IRA into a variable annuity for tax deferral. What is wrong with that
   rationale?
Q: What suitability and best interest rules apply to annuity recommendations?
A: An IRA is already tax-deferred, so an annuity adds no tax benefit there; buying one is justified only if its other
   features, such as guaranteed lifetime income, a death benefit guarantee or principal protection, are worth the
   extra cost and surrender restrictions. Recommending a variable annuity in an IRA for tax deferral is therefore a
   red flag. For a 70-year-old, RMDs must be compatible with the contract's withdrawal provisions and surrender
   schedule. Broker-dealers must meet Regulation Best Interest and FINRA Rule 2330, which requires a reasonable basis
   that the customer would benefit from features such as tax deferral, annuitization or death or living benefits, and
   principal review of deferred variable annuity recommendations; fixed and indexed annuity sales are governed by
   state insurance rules, most based on the NAIC's best interest model regulation. Replacements of existing annuities
   need particular scrutiny of new surrender periods and lost benefits.

## annuity_free_look_period | annuity_products | easy
Q: What is the free-look period for an annuity or insurance policy?
Q: A client bought an annuity last week and now regrets it. Can he cancel without a surrender charge?
Q: How long do state laws give buyers to cancel a new annuity contract?
A: The free-look period is a window after a new annuity or life insurance contract is delivered during which the owner
   can cancel and receive a refund without surrender charges. State law sets its length, commonly 10 to 30 days, often
   longer for replacements or for older buyers. For a fixed annuity the refund is usually the premium; for a variable
   annuity, some states allow refund of the current account value, which may be more or less than the premium, though
   many require return of premium. The client who bought last week can likely cancel within the period; after it ends,
   surrender charges apply.
"""
