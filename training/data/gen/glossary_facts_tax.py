"""Glossary facts: federal income tax, part 1 (brackets and rates, deductions and credits, capital gains).

Block format: see :mod:`training.data.gen.glossary`. Dollar figures name their tax year.
"""

TEXT = """
## marginal_vs_effective_tax_rate | tax_brackets | easy
Q: What is the difference between a marginal tax rate and an effective tax rate?
Q: A client fears a raise will push all of her income into a higher bracket and leave her worse off. Is that how
   brackets work?
Q: Why is someone "in the 24% bracket" paying much less than 24% of their income in federal tax?
A: The marginal rate is the rate on the next dollar of taxable income; the effective (average) rate is total tax
   divided by income. U.S. brackets are progressive and apply only to the income within each band, so moving into a
   higher bracket taxes only the dollars above the threshold at the higher rate, and a raise always leaves more
   after-tax income (apart from phase-outs of credits and benefits). A single filer whose top dollars fall in the 24%
   bracket still pays 10% and 12% on the lower bands and gets the standard deduction, so the effective rate on total
   income is far lower. Marginal rates drive decisions such as Roth versus pre-tax contributions; effective rates
   describe the overall burden.

## federal_brackets_2024 | tax_brackets | easy
Q: What were the 2024 federal income tax brackets?
Q: At what taxable income did the 22%, 24% and 37% brackets begin in 2024 for single and joint filers?
Q: List the seven federal ordinary income tax rates and the 2024 thresholds for married couples filing jointly.
A: For 2024 the seven rates were 10%, 12%, 22%, 24%, 32%, 35% and 37%. For single filers the brackets began at taxable
   income of $0, $11,600, $47,150, $100,525, $191,950, $243,725 and $609,350; for married filing jointly at $0,
   $23,200, $94,300, $201,050, $383,900, $487,450 and $731,200. The thresholds are indexed for inflation each year
   using the chained CPI, and they apply to taxable income, after the standard or itemized deduction, not to gross
   salary. Long-term capital gains and qualified dividends are taxed under a separate 0%/15%/20% schedule stacked on
   top of ordinary income.

## head_of_household_status | tax_brackets | medium
Q: Who can file as head of household?
Q: A divorced mother pays most of the costs of the home where her son lives. Which filing status can she use, and why
   does it matter?
Q: What are the requirements for the head-of-household filing status?
A: Head of household requires that the taxpayer be unmarried (or considered unmarried, such as living apart from a
   spouse for the last six months of the year) on December 31, pay more than half the cost of keeping up a home for
   the year, and have a qualifying person, generally a qualifying child or dependent relative, live in the home for
   more than half the year (a dependent parent may live elsewhere if the taxpayer pays more than half the cost of the
   parent's home). The status gives wider tax brackets and a larger standard deduction than single status: $21,900
   versus $14,600 in 2024. In divorce, the parent with whom the child lives more nights usually qualifies, even if the
   other parent claims the child tax credit under a release.

## taxable_income_path | tax_brackets | easy
Q: How does gross income become taxable income on a federal return?
Q: What is the difference between adjusted gross income and taxable income?
Q: Explain the order in which exclusions, adjustments and deductions reduce income on Form 1040.
A: Gross income includes all income not specifically excluded (wages, interest, dividends, business and rental income,
   gains, retirement distributions). Subtracting above-the-line adjustments, such as deductible IRA and HSA
   contributions, half of self-employment tax, self-employed health insurance and student loan interest, gives
   adjusted gross income (AGI), which drives many phase-outs. Subtracting the larger of the standard deduction or
   itemized deductions, and the qualified business income deduction, gives taxable income, to which the bracket rates
   apply. Credits then reduce the tax itself, and other taxes such as self-employment tax and NIIT are added.

## kiddie_tax | tax_brackets | easy
Q: What is the kiddie tax?
Q: A 15-year-old has $8,000 of dividends from a custodial account. How is that income taxed?
Q: Which children are subject to the kiddie tax and what income does it cover?
A: The kiddie tax taxes a child's unearned income (interest, dividends, capital gains, taxable distributions) above a
   threshold at the parents' marginal rate, to stop families shifting investment income to children in low brackets.
   For 2024 the first $1,300 of unearned income was tax-free, the next $1,300 was taxed at the child's rate, and
   amounts above $2,600 at the parents' rate ($2,700 threshold for 2025). It applies to children under 19 at year-end
   and to full-time students under 24 whose earned income does not exceed half their support, if at least one parent
   is alive. Earned income is taxed at the child's own rates. Planners manage it by favouring growth assets or 529
   plans for children's savings.

## alternative_minimum_tax | tax_brackets | hard
Q: What is the alternative minimum tax and who is likely to pay it?
Q: A client exercised incentive stock options and was surprised by an AMT bill. Why?
Q: How is AMT calculated and what kinds of items trigger it after the 2017 tax law changes?
A: The AMT is a parallel tax system: taxable income is recomputed with certain preferences added back to get
   alternative minimum taxable income, an exemption is subtracted (for 2024, $85,700 single and $133,300 married
   filing jointly, phased out at higher incomes), and rates of 26% and 28% apply; the taxpayer pays the higher of
   regular tax or tentative minimum tax. The Tax Cuts and Jobs Act's larger exemptions and the cap on state and local
   tax deductions mean few households now owe it. Common triggers are the bargain element on exercising incentive
   stock options and holding the shares past year-end, interest on private activity bonds, and large state tax or
   miscellaneous adjustments in specific cases. AMT paid because of timing items like ISOs can generate a credit
   usable in later years.

## marriage_penalty_bonus | tax_brackets | medium
Q: What are the marriage penalty and the marriage bonus in federal income tax?
Q: Two high earners with similar incomes are planning to marry. Could they pay more tax as a couple?
Q: Why does getting married lower taxes for some couples and raise them for others?
A: Married couples filing jointly are taxed on combined income with joint brackets. A marriage bonus arises when
   incomes are very unequal, because the joint brackets let the higher earner's income use the lower earner's unused
   lower brackets. A penalty arises for some two-earner couples when joint thresholds are less than twice the single
   ones: since 2018 the joint bracket thresholds are double the single ones except for the 37% bracket, but that
   threshold, the $10,000 SALT cap in effect for 2018-2024 (which is per return, not per person), the NIIT and
   Additional Medicare Tax thresholds ($250,000 joint versus $200,000 single) and some credit phase-outs are not
   doubled. Low-income couples can also lose part of the earned income credit by marrying.

## married_filing_separately | tax_brackets | hard
Q: When does it make sense for a married couple to file separately?
Q: A spouse on an income-driven student loan plan asks whether filing separately could help. What are the trade-offs?
Q: What tax benefits are lost or limited under married filing separately status?
A: Filing separately usually raises a couple's combined tax, but it can help in specific cases: to keep one spouse's
   income out of an income-driven student loan payment calculation, to protect a spouse from liability for the other's
   tax problems, when one spouse has large medical expenses deductible only above 7.5% of their own AGI, or when
   spouses are separated. The costs are significant: separate filers generally cannot claim the earned income credit,
   the education credits or the student loan interest deduction; the Roth IRA contribution phase-out is $0 to $10,000
   if they lived together; up to 85% of Social Security benefits can be taxable; and if one spouse itemizes, the other
   must too. Couples should compute both ways before choosing.

## standard_vs_itemized_deduction | deductions_credits | easy
Q: How does a taxpayer decide between the standard deduction and itemizing?
Q: What were the 2024 standard deduction amounts?
Q: Which expenses can be itemized on Schedule A, and why do most households now take the standard deduction?
A: A taxpayer deducts the larger of the standard deduction or total itemized deductions. For 2024 the standard
   deduction was $14,600 for single filers, $29,200 for married filing jointly and $21,900 for heads of household,
   plus an additional $1,550 per spouse (or $1,950 if unmarried) for those 65 or older or blind. Itemized deductions
   on Schedule A include state and local taxes (capped), mortgage interest on acquisition debt, charitable
   contributions, medical expenses above 7.5% of AGI, and casualty losses in federally declared disasters. Since the
   Tax Cuts and Jobs Act nearly doubled the standard deduction in 2018, most households no longer itemize, which makes
   strategies like bunching more useful.

## salt_deduction_cap | deductions_credits | easy
Q: What is the SALT deduction cap?
Q: A homeowner in a high-tax state pays $22,000 a year in property and income taxes. How much can she deduct?
Q: How did the limit on deducting state and local taxes change after 2024?
A: Itemizers can deduct state and local income (or sales) taxes plus property taxes, but the Tax Cuts and Jobs Act
   capped the total at $10,000 per return ($5,000 married filing separately) for 2018 through 2024, so the homeowner
   could deduct only $10,000 of her $22,000. The 2025 reconciliation law raised the cap to $40,000 for 2025,
   increasing 1% a year through 2029, reduced for modified AGI above $500,000 (but not below $10,000), and returning
   to $10,000 in 2030. Many states created pass-through entity taxes that let partnerships and S corporations pay
   state tax at the entity level, deductible as a business expense, as a workaround for owners. Foreign real property
   taxes are not deductible.

## deduction_vs_credit | deductions_credits | easy
Q: What is the difference between a tax deduction and a tax credit?
Q: Which saves more, a $1,000 deduction or a $1,000 credit?
Q: Explain to a client why credits are usually worth more than deductions of the same size.
A: A deduction reduces taxable income, so its value equals the deduction times the taxpayer's marginal rate: a $1,000
   deduction saves $220 for someone in the 22% bracket, and an itemized deduction saves nothing if the taxpayer takes
   the standard deduction anyway. A credit reduces the tax itself dollar for dollar, so a $1,000 credit saves $1,000
   regardless of bracket, subject to its own rules. Refundable credits can even produce a refund beyond the tax owed.
   Deductions are therefore worth more to high-bracket taxpayers, while credits are equally valuable to anyone with
   enough tax liability.

## refundable_vs_nonrefundable_credits | deductions_credits | easy
Q: What is the difference between refundable and nonrefundable tax credits?
Q: Can a tax credit give a refund larger than the tax a person owes?
Q: Which common federal credits are refundable?
A: A nonrefundable credit can reduce tax liability only to zero; any excess is lost (a few, like the foreign tax
   credit and some energy credits, can be carried forward). A refundable credit is paid out even beyond the tax owed,
   so a household with no tax liability can receive it as a refund. Refundable or partly refundable credits include
   the earned income tax credit, the additional child tax credit portion of the child tax credit, 40% of the American
   Opportunity Tax Credit and the premium tax credit; nonrefundable ones include the Lifetime Learning Credit, the
   child and dependent care credit and the Saver's Credit.

## child_tax_credit | deductions_credits | medium
Q: How much is the child tax credit and who qualifies?
Q: What portion of the child tax credit is refundable, and when does it phase out?
Q: A couple with $420,000 of income and two children under 17 asks whether they get the full child tax credit. What
   should they know?
A: For 2024 the credit is $2,000 per qualifying child under 17 at year-end who has a valid Social Security number and
   meets the relationship, residency and support tests; up to $1,700 per child is refundable as the additional child
   tax credit for families with earned income above $2,500. It phases out by $50 for each $1,000 (or part) of modified
   AGI above $200,000 ($400,000 married filing jointly), so the couple at $420,000 loses $1,000 of their $4,000. The
   2025 reconciliation law raised the credit to $2,200 per child for 2025 and indexed it afterward. Other dependents,
   such as older children, can qualify for a $500 nonrefundable credit.

## medical_expense_deduction | deductions_credits | hard
Q: When are medical expenses tax-deductible?
Q: A retiree paid $30,000 for nursing home care and has AGI of $100,000. How much might she deduct?
Q: What counts as a deductible medical expense, and what is the AGI floor?
A: Unreimbursed medical and dental expenses for the taxpayer, spouse and dependents are deductible as an itemized
   deduction to the extent they exceed 7.5% of AGI. Qualifying costs include doctor and hospital bills, prescriptions,
   insurance premiums paid with after-tax money (including Medicare premiums), long-term care services for a
   chronically ill person, qualified long-term care insurance premiums up to age-based limits, and medical travel.
   Nursing home costs are fully deductible when the main reason for being there is medical care. The retiree with
   $30,000 of costs and $100,000 of AGI could deduct $22,500 above the $7,500 floor, if she itemizes. Premiums paid
   pre-tax through payroll and expenses paid from an HSA are not deductible again.

## above_the_line_deductions | deductions_credits | easy
Q: What are above-the-line deductions?
Q: Why are adjustments to income more valuable than itemized deductions?
Q: List common deductions a taxpayer can take even if they claim the standard deduction.
A: Above-the-line deductions (adjustments to income on Schedule 1) are subtracted in arriving at adjusted gross
   income, so they are available whether or not the taxpayer itemizes and they also lower AGI, which can improve
   eligibility for credits and other AGI-based benefits. Common ones include deductible traditional IRA contributions,
   HSA contributions made outside payroll, the deductible half of self-employment tax, self-employed health insurance
   premiums and retirement plan contributions, student loan interest (up to $2,500, subject to income limits),
   educator expenses (up to $300 in 2024) and alimony paid under divorce agreements executed before 2019. Lowering AGI
   also reduces the floor for medical deductions.

## qualified_business_income_deduction | deductions_credits | hard
Q: What is the Section 199A qualified business income deduction?
Q: A consultant and a manufacturer both operate as sole proprietors with high incomes. Why might only one of them get
   the full 20% deduction?
Q: Explain how the specified service trade or business rules and the wage limits restrict the QBI deduction.
A: Section 199A lets owners of sole proprietorships, partnerships, S corporations and some trusts deduct up to 20% of
   qualified business income, limited to 20% of taxable income minus net capital gain; it was created for 2018-2025
   and made permanent by the 2025 reconciliation law. Below a taxable income threshold ($191,950 single and $383,900
   joint for 2024) the deduction is generally the full 20%. Above it, phasing in over the next $50,000 ($100,000
   joint), the deduction is limited to the greater of 50% of W-2 wages paid by the business or 25% of wages plus 2.5%
   of the unadjusted basis of qualified property, and specified service trades or businesses (health, law, accounting,
   consulting, financial services, performing arts, athletics and others whose principal asset is the skill or
   reputation of employees or owners) lose the deduction entirely. So a high-income consultant may get nothing, while
   a manufacturer with payroll and equipment keeps it.

## earned_income_tax_credit | deductions_credits | easy
Q: What is the earned income tax credit?
Q: Why do planners and tax preparers pay special attention to the EITC for low-income working families?
Q: What income and investment rules determine eligibility for the EITC?
A: The earned income tax credit is a refundable credit for low- and moderate-income workers that rises with earned
   income, plateaus and then phases out; its size depends on income, filing status and the number of qualifying
   children (up to three). Workers without children can qualify for a small credit between ages 25 and 64. Investment
   income must not exceed an annual limit ($11,600 for 2024), married people filing separately generally cannot claim
   it, and the taxpayer and children need valid Social Security numbers. Because it is large and refundable, the IRS
   audits EITC claims heavily and requires due-diligence checks by paid preparers; refunds including the credit are
   not issued before mid-February.

## child_dependent_care_credit | deductions_credits | medium
Q: How does the child and dependent care credit work?
Q: A couple pays $14,000 a year for daycare for two children. How do the credit and a dependent care FSA interact?
Q: What expenses qualify for the dependent care credit and what percentage is credited?
A: The credit covers care for children under 13, or a spouse or dependent unable to care for themselves, paid so the
   taxpayer (and spouse) can work or look for work. Eligible expenses are capped at $3,000 for one qualifying person
   or $6,000 for two or more, and the credit is 20% to 35% of those expenses depending on AGI, with most families
   above $43,000 of AGI receiving 20%; it is nonrefundable. Expenses paid through a dependent care FSA (up to $5,000
   excluded from pay) must be subtracted from the cap, so with two children only $1,000 remains for the credit after a
   full $5,000 FSA. For higher-bracket families the FSA exclusion, which also avoids payroll taxes, is usually worth
   more than the 20% credit.

## itemized_deduction_bunching | deductions_credits | hard
Q: What is bunching itemized deductions?
Q: A married couple gives $15,000 a year to charity and has $12,000 of other itemized deductions, just under the
   standard deduction. How could they lower their taxes?
Q: Explain how alternating between itemizing and the standard deduction can save tax, and which tools help.
A: Bunching concentrates deductible expenses, mainly charitable gifts and sometimes property tax payments or elective
   medical expenses, into alternating years so that itemized deductions well exceed the standard deduction in one
   year, and the couple takes the standard deduction in the other. With $27,000 of annual deductions against a $29,200
   standard deduction (2024), they get no benefit from itemizing; giving two years of donations ($30,000) in year one
   produces $42,000 of itemized deductions, then $29,200 standard in year two, about $12,800 more deductions over two
   years than taking the standard twice. A donor-advised fund makes this practical: the couple contributes two or more
   years of gifts at once, takes the deduction, and grants to charities on their usual schedule. Donating appreciated
   stock to the DAF also avoids capital gains.

## premium_tax_credit | deductions_credits | easy
Q: What is the ACA premium tax credit?
Q: An early retiree buys health insurance on the marketplace. How does her income affect the subsidy?
Q: Why must people who receive advance premium tax credits reconcile them on their tax return?
A: The premium tax credit subsidizes health insurance bought through an Affordable Care Act marketplace for people
   without affordable employer coverage or Medicare; it limits the premium for the benchmark silver plan to a
   percentage of household income. Under the enhanced rules of the American Rescue Plan and the Inflation Reduction
   Act, in effect through 2025, the contribution ranges from 0% to 8.5% of income and there is no cutoff at 400% of
   the federal poverty level. Most people take it in advance, paid directly to the insurer based on estimated income,
   and then reconcile on Form 8962: if actual income is higher, some or all of the advance must be repaid. For early
   retirees, controlling modified AGI through the choice of withdrawals and Roth conversions directly affects the
   subsidy.

## student_loan_interest_deduction | deductions_credits | easy
Q: Is student loan interest tax-deductible?
Q: How much student loan interest can a borrower deduct and what are the income limits?
Q: A recent graduate paid $1,800 of interest on federal student loans. Can she deduct it without itemizing?
A: Yes. Up to $2,500 of interest paid on qualified student loans a year is deductible as an above-the-line adjustment,
   so it is available without itemizing. For 2024 the deduction phases out between $80,000 and $95,000 of modified AGI
   for single filers and $165,000 to $195,000 for joint filers, and it is not available to married people filing
   separately or to someone who can be claimed as a dependent. The borrower must be legally obligated on the loan;
   lenders report interest of $600 or more on Form 1098-E. The graduate can deduct the full $1,800 if her income is
   below the phase-out.

## short_vs_long_term_capital_gains | capital_gains_tax | easy
Q: What is the difference between short-term and long-term capital gains?
Q: How long must an investment be held to get long-term capital gains treatment?
Q: An investor sold shares after 11 months at a profit. How will the gain be taxed, and what if she had waited?
A: Gains on capital assets held for one year or less are short-term and taxed at ordinary income rates, up to 37%;
   gains on assets held more than one year are long-term and taxed at 0%, 15% or 20%, plus the 3.8% net investment
   income tax for higher incomes. The holding period starts the day after purchase and includes the day of sale, so
   the asset must be held for more than one year. Selling after 11 months makes the profit short-term; waiting another
   month or so could lower the rate substantially, though at the cost of market risk in the meantime. Inherited
   property is automatically long-term.

## long_term_gains_rate_thresholds | capital_gains_tax | medium
Q: What are the long-term capital gains tax rates and brackets?
Q: At what income is a married couple's long-term gain taxed at 0% in 2024?
Q: How are long-term gains stacked on top of ordinary income to determine the rate?
A: Long-term capital gains and qualified dividends are taxed at 0%, 15% or 20%, with the bracket determined by total
   taxable income. For 2024 the 0% rate applies up to $47,025 of taxable income for single filers and $94,050 for
   married filing jointly; the 20% rate starts at $518,900 single and $583,750 joint; 15% applies in between. Gains
   are stacked on top of ordinary income: ordinary income fills the brackets first, and only the part of the gain
   falling in each band gets that band's rate. So a couple with $60,000 of ordinary taxable income and $50,000 of
   long-term gains has $34,050 taxed at 0% and the remaining $15,950 at 15%. Collectibles, unrecaptured Section 1250
   gain and part of qualified small business stock gains have their own maximum rates.

## qualified_dividends | capital_gains_tax | easy
Q: What makes a dividend qualified?
Q: Why are some dividends taxed at ordinary rates while others get capital gains rates?
Q: An investor bought a stock just before the ex-dividend date and sold it a week later. How is the dividend taxed?
A: Qualified dividends are taxed at the 0%, 15% and 20% long-term capital gains rates rather than ordinary rates. They
   must be paid by a U.S. corporation or a qualified foreign corporation (one in a treaty country or whose stock
   trades on a U.S. exchange), and the investor must hold the stock for more than 60 days during the 121-day period
   beginning 60 days before the ex-dividend date (more than 90 days in a 181-day window for certain preferred stock).
   Ordinary (non-qualified) dividends include most REIT distributions, money market fund dividends, dividends on
   shares held too briefly and dividends in tax-deferred accounts, which are taxed as ordinary income on withdrawal.
   The investor who held only a week gets ordinary-rate treatment.

## net_investment_income_tax | capital_gains_tax | easy
Q: What is the 3.8% net investment income tax?
Q: A retired couple with $280,000 of modified AGI, including $60,000 of capital gains, asks if they owe the NIIT. How
   is it calculated?
Q: Which types of income are subject to the net investment income tax and which are exempt?
A: The net investment income tax is a 3.8% tax on the lesser of net investment income or the amount by which modified
   AGI exceeds $200,000 (single or head of household), $250,000 (married filing jointly) or $125,000 (married filing
   separately); the thresholds are not indexed. Net investment income includes interest, dividends, capital gains,
   rents, royalties, non-qualified annuity income and passive business income, net of related expenses. It excludes
   wages, self-employment income, distributions from IRAs and qualified plans, tax-exempt interest, and gain on a home
   sale excluded under Section 121. The couple owes 3.8% on the lesser of $60,000 or $30,000, which is $1,140.
   Retirement account withdrawals do not count as investment income but do raise MAGI, pulling more investment income
   into the tax.

## wash_sale_rule | capital_gains_tax | easy
Q: What is the wash sale rule?
Q: An investor sells a fund at a loss and buys it back 20 days later. What happens to the loss?
Q: Does buying the same stock in an IRA within 30 days of selling it at a loss in a taxable account trigger a wash
   sale?
A: A wash sale occurs when an investor sells a security at a loss and buys a substantially identical security within
   30 days before or after the sale (a 61-day window), including purchases by a spouse or in the investor's IRA or
   Roth IRA. The loss is disallowed for now; in a taxable account it is added to the basis of the replacement shares
   and the holding period carries over, so it is deferred rather than lost. When the replacement is bought in an IRA,
   however, the IRS position (Rev. Rul. 2008-5) is that the loss is permanently lost because it cannot be added to the
   IRA's basis. Reinvested dividends can trigger partial wash sales. Buying a similar but not substantially identical
   investment, such as a fund tracking a different index, keeps market exposure while preserving the loss.

## tax_loss_harvesting | capital_gains_tax | easy
Q: What is tax-loss harvesting?
Q: How much can harvesting investment losses reduce a client's taxes?
Q: A client has $40,000 of realized gains and unrealized losses in several funds. How could harvesting help, and what
   are the catches?
A: Tax-loss harvesting sells investments below their cost to realize capital losses, which first offset capital gains
   (short-term losses against short-term gains first, and similarly for long-term) and then up to $3,000 of ordinary
   income a year ($1,500 married filing separately), with the rest carried forward indefinitely. The proceeds are
   reinvested in similar, not substantially identical, holdings to keep the allocation, avoiding the wash sale rule.
   The benefit is mainly deferral: the replacement has a lower basis, so more gain is realized later, but the deferral
   is valuable, especially if losses offset short-term gains taxed at ordinary rates, if the shares are eventually
   donated or held until death for a basis step-up, or if the investor's future rate is lower. Transaction costs and
   tracking differences should be weighed.

## capital_loss_limits_carryforward | capital_gains_tax | easy
Q: How much of a net capital loss can be deducted against ordinary income each year?
Q: What happens to capital losses that exceed the annual deduction limit?
Q: An investor realized a $25,000 net capital loss this year and has no gains. How is it used?
A: After capital losses offset capital gains, up to $3,000 of net capital loss ($1,500 if married filing separately)
   can be deducted against ordinary income each year. Any excess is carried forward indefinitely, keeping its
   short-term or long-term character, and is used in later years against gains first and then against up to $3,000 of
   ordinary income. A $25,000 net loss with no gains gives a $3,000 deduction this year and a $22,000 carryforward.
   Individual carryforwards expire at death; they cannot be passed to heirs, though a surviving spouse can use the
   decedent's share on the final joint return. Losses on personal-use property such as a home or car are not
   deductible.

## inherited_vs_gifted_basis | capital_gains_tax | hard
Q: How does the cost basis of inherited property differ from property received as a gift?
Q: A father wants to give his children stock he bought for $20,000 that is now worth $200,000. Should he give it now
   or leave it to them at death?
Q: Explain the step-up in basis at death and the carryover basis for gifts.
A: Property inherited at death generally gets a basis equal to its fair market value at the date of death (or the
   alternate valuation date six months later), under IRC Section 1014, so unrealized gains during the decedent's life
   are never income-taxed; in community property states both halves of community property are stepped up at the first
   spouse's death. Property received as a gift keeps the donor's basis and holding period (carryover basis, Section
   1015); if the value at the gift is below the donor's basis, the recipient uses fair market value at the gift date
   to measure a loss. So the children would inherit the $200,000 stock with a $200,000 basis, but as a gift they take
   the $20,000 basis and owe tax on $180,000 of gain when they sell. Highly appreciated assets are usually better held
   until death, while cash or high-basis assets suit lifetime gifts, unless estate tax or other goals dominate. Assets
   that lost value are better sold by the owner to realize the loss.

## home_sale_exclusion | capital_gains_tax | hard
Q: How much gain on selling a home is tax-free?
Q: A married couple bought their house for $300,000 and is selling it for $950,000 after 12 years. How much of the
   gain is taxable?
Q: What ownership and use tests apply to the Section 121 exclusion?
A: Under Section 121, a homeowner can exclude up to $250,000 of gain ($500,000 for married couples filing jointly) on
   the sale of a principal residence if they owned and used it as their main home for at least two of the five years
   before the sale and have not used the exclusion in the previous two years; for the $500,000 amount either spouse
   can meet the ownership test but both must meet the use test. The couple's $650,000 gain (ignoring improvements and
   selling costs, which reduce it) exceeds $500,000 by $150,000, which is taxable as long-term gain. A partial
   exclusion may be available after a shorter stay due to a job change, health or unforeseen circumstances.
   Depreciation taken for a home office or rental use after May 6, 1997 is not excludable, and periods of
   non-qualified use such as renting before moving in can reduce the exclusion.

## like_kind_exchange_1031 | capital_gains_tax | easy
Q: What is a 1031 like-kind exchange?
Q: A landlord wants to sell an apartment building and buy a larger one without paying capital gains tax. How does a
   1031 exchange work?
Q: What deadlines and rules apply to a deferred like-kind exchange?
A: Section 1031 lets an investor defer gain when real property held for business or investment is exchanged for other
   like-kind real property held for the same purposes; since 2018 it applies only to real property, not equipment or
   vehicles, and never to a personal residence. In a deferred exchange, a qualified intermediary holds the sale
   proceeds; the investor must identify replacement property in writing within 45 days of the sale and close within
   180 days (or the tax return due date, if earlier). Cash or debt relief received (boot) is taxable, so to defer all
   gain the investor must buy property of equal or greater value and reinvest all the equity. The replacement property
   takes a carryover basis, so the gain is deferred, not forgiven, unless the investor holds it until death and heirs
   get a step-up.

## collectibles_and_1250_rates | capital_gains_tax | hard
Q: Why are some long-term capital gains taxed above 20%?
Q: An investor sells gold bullion held for five years and a rental property with accumulated depreciation. What rates
   apply?
Q: Explain the 28% collectibles rate and the 25% rate on unrecaptured Section 1250 gain.
A: Two categories of long-term gain have higher maximum rates. Gains on collectibles, including art, antiques, coins,
   precious metals, gems and stamps, and physically backed precious metal ETFs structured as grantor trusts, are taxed
   at ordinary rates up to a maximum of 28%. For depreciated real estate, the part of the gain equal to straight-line
   depreciation previously taken (unrecaptured Section 1250 gain) is taxed at ordinary rates up to 25%, and only the
   remaining gain gets 0%/15%/20% rates. Depreciation on personal property such as equipment is recaptured as ordinary
   income under Section 1245. The 3.8% NIIT can apply on top of all these.

## qualified_small_business_stock | capital_gains_tax | hard
Q: What is qualified small business stock under Section 1202?
Q: A founder holds stock in a C corporation she started in 2015. Could her gain on a sale be tax-free?
Q: What are the requirements for excluding gain on QSBS?
A: Section 1202 lets non-corporate shareholders exclude gain on qualified small business stock: stock acquired at
   original issuance from a domestic C corporation whose gross assets did not exceed $50 million when the stock was
   issued and that uses at least 80% of its assets in an active qualified business (not professional services,
   finance, hospitality, farming or extractive industries, among others). For stock acquired after September 27, 2010
   and held more than five years, 100% of the gain is excluded, up to the greater of $10 million or 10 times the
   adjusted basis per issuer, and it is also free of AMT and NIIT. The 2025 reconciliation law added partial
   exclusions after three and four years, a $15 million cap and a $75 million asset test for stock issued after its
   enactment in July 2025. The founder, if the company qualified throughout, could exclude her gain if she held the
   shares more than five years.

## specific_lot_identification | capital_gains_tax | easy
Q: What cost basis methods can investors use when selling part of a position?
Q: How does choosing specific lots instead of FIFO lower the tax on a sale?
Q: A client bought the same fund at three different prices and wants to sell some shares. Which shares does she sell
   for tax purposes?
A: When shares were bought at different times and prices, the basis method determines which lots are sold. The default
   for stocks is first-in, first-out (FIFO), which often sells the oldest, lowest-basis shares and realizes the
   largest gain; mutual funds may also use average cost. Specific identification lets the investor choose the lots,
   for example the highest-cost lots to minimize gain or realize a loss, or long-term lots to get lower rates,
   provided the lots are identified to the broker at the time of the sale. Brokers report basis on Form 1099-B for
   covered securities, and the method elected with the broker governs unless the investor specifies lots.

## zero_percent_gain_harvesting | capital_gains_tax | hard
Q: What is capital gains harvesting at the 0% rate?
Q: A retired couple has $60,000 of taxable ordinary income in 2024. How can they realize gains with no federal tax?
Q: Why would an investor deliberately sell appreciated stock and buy it right back?
A: When taxable income is below the top of the 0% long-term capital gains bracket ($94,050 for joint filers in 2024),
   an investor can sell appreciated holdings, pay no federal tax on gains that fit under the threshold, and
   immediately repurchase them; the wash sale rule applies only to losses, so the new shares have a higher basis,
   reducing future taxable gain. The couple with $60,000 of ordinary taxable income can realize about $34,000 of
   long-term gains at 0%. Cautions: the gains raise AGI, which can increase taxable Social Security, reduce ACA
   premium credits and affect IRMAA two years later, and state income tax may still apply. It competes with Roth
   conversions for the same low-bracket space.
"""
