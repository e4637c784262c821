"""Glossary facts: federal income tax, part 2 (self-employment and payroll taxes, contribution limits and HSAs).

Block format: see :mod:`training.data.gen.glossary`. Dollar figures name their tax year.
"""

TEXT = """
## self_employment_tax_basics | self_employment_tax | easy
Q: What is self-employment tax?
Q: Why does a freelancer pay about 15.3% in Social Security and Medicare tax when an employee pays 7.65%?
Q: How is self-employment tax calculated on a sole proprietor's net profit?
A: Self-employment tax is the Social Security and Medicare tax on net earnings from self-employment, the equivalent of
   both the employee and employer halves of FICA: 12.4% for Social Security up to the annual wage base ($168,600 in
   2024, $176,100 in 2025) plus 2.9% for Medicare on all earnings, 15.3% in total. It applies to 92.35% of net profit
   from Schedule C or partnership self-employment income, a reduction that mirrors the employer's deduction for its
   half of FICA, and is owed once net earnings reach $400. Half of the SE tax is deductible as an adjustment to
   income, but it does not reduce the SE tax itself. It is computed on Schedule SE and paid with income tax, usually
   through estimated payments.

## se_tax_wage_base_coordination | self_employment_tax | hard
Q: How does self-employment tax work for someone who has both a W-2 job and a side business?
Q: An engineer earns $150,000 in salary in 2024 and $50,000 of net consulting income. How much of the consulting
   income is subject to the 12.4% Social Security portion?
Q: Do W-2 wages reduce the Social Security part of self-employment tax?
A: The Social Security wage base is a single cap across wages and self-employment earnings, and wages count first. For
   2024 the base was $168,600: with $150,000 of W-2 wages, only $18,600 of net earnings from self-employment remains
   subject to the 12.4% Social Security tax. Net SE earnings are $50,000 x 92.35% = $46,175, so $18,600 is taxed at
   12.4% and all $46,175 at 2.9% for Medicare; combined wages and SE income above $200,000 (single) also attract the
   0.9% Additional Medicare Tax. Someone with two W-2 jobs whose total wages exceed the base gets excess Social
   Security withholding back as a credit on the return.

## deduction_for_half_se_tax | self_employment_tax | easy
Q: Can a self-employed person deduct part of their self-employment tax?
Q: Why is half of SE tax deductible, and where is it deducted?
Q: Does the deduction for half of self-employment tax reduce the SE tax or the income tax?
A: Yes. A self-employed person deducts half of their self-employment tax as an adjustment to income on Schedule 1,
   which lowers adjusted gross income and income tax but not the SE tax itself. It parallels the treatment of
   employees, whose employers deduct their half of FICA as a business expense and whose wages exclude it. The separate
   92.35% factor in the SE tax calculation performs the same adjustment on the SE tax side. The deduction is available
   whether or not the taxpayer itemizes.

## estimated_tax_due_dates | self_employment_tax | easy
Q: When are quarterly estimated tax payments due?
Q: A new freelancer has no tax withholding. How and when should she pay tax during the year?
Q: Why are the four estimated tax installment periods not equal quarters?
A: Individuals who expect to owe at least $1,000 after withholding and credits generally must pay estimated tax in
   four installments, due April 15, June 15 and September 15 of the tax year and January 15 of the following year
   (moved to the next business day when a date falls on a weekend or holiday). The periods are unequal: the second
   installment covers only April and May, and the third June through August. Payments can be made through IRS Direct
   Pay, EFTPS or Form 1040-ES vouchers. Employees with a side business can instead raise W-4 withholding at their job,
   which is treated as paid evenly through the year regardless of when it was withheld.

## estimated_tax_safe_harbor | self_employment_tax | hard
Q: How can a taxpayer avoid an underpayment penalty on estimated taxes?
Q: A consultant's income jumped from $120,000 last year to $300,000 this year. How much must she pay in estimates to
   avoid a penalty?
Q: Explain the 100% and 110% prior-year safe harbors for estimated tax.
A: No underpayment penalty applies if timely withholding and estimated payments equal at least the smaller of 90% of
   the current year's tax or 100% of the prior year's tax (110% if the prior year's AGI exceeded $150,000, or $75,000
   if married filing separately), paid in equal installments, or if the balance due is under $1,000. The prior-year
   safe harbor is valuable when income is rising or unpredictable: the consultant whose income jumped can pay 100% or
   110% of last year's tax in four installments and owe the rest in April without penalty. The annualized income
   installment method on Form 2210 helps when income arrives unevenly, such as a large gain late in the year. The
   penalty works like interest at the federal short-term rate plus 3 points.

## s_corp_reasonable_compensation | self_employment_tax | hard
Q: Why do some business owners elect S corporation status, and what is the reasonable salary requirement?
Q: A consultant netting $200,000 is told an S corporation will cut her self-employment tax. What are the rules and
   risks?
Q: How does splitting S corporation income between wages and distributions affect payroll taxes?
A: An S corporation owner who works in the business must be paid reasonable compensation as W-2 wages, subject to
   FICA, but the remaining profit passes through as distributions not subject to Social Security or Medicare tax,
   unlike sole proprietorship profit, which is all subject to self-employment tax. If the consultant takes a $100,000
   salary, the other $100,000 avoids 15.3% or 2.9% payroll tax depending on the wage base. Salary must reflect what
   the business would pay someone for the services; the IRS can recharacterize distributions as wages when salary is
   unreasonably low. Costs include payroll administration, a separate corporate return, state fees and taxes, and
   effects on other items: the QBI deduction excludes wages, and lower wages mean lower Social Security credits and
   smaller 401(k) employer contributions.

## additional_medicare_tax | self_employment_tax | easy
Q: What is the 0.9% Additional Medicare Tax?
Q: A married couple each earns $150,000 in wages. Will they owe the Additional Medicare Tax, and why might withholding
   be wrong?
Q: At what income does the extra 0.9% Medicare tax apply to wages and self-employment income?
A: The Additional Medicare Tax is 0.9% on wages and self-employment earnings above $200,000 for single filers,
   $250,000 for married filing jointly and $125,000 for married filing separately; the thresholds are not indexed.
   Employers must withhold it once an employee's wages from that employer exceed $200,000 in a year, regardless of
   filing status, and there is no employer match. The couple's combined $300,000 exceeds the joint $250,000 threshold
   by $50,000, so they owe $450, but neither employer withholds anything because neither salary exceeds $200,000; they
   should adjust withholding or estimates. It is calculated on Form 8959. The separate 3.8% NIIT applies to investment
   income, not wages.

## self_employed_health_insurance_deduction | self_employment_tax | medium
Q: Can a self-employed person deduct health insurance premiums?
Q: A sole proprietor pays $14,000 a year for family health coverage. Where and how is that deducted?
Q: What limits apply to the self-employed health insurance deduction?
A: Self-employed individuals, including more-than-2% S corporation shareholders whose premiums are included in wages,
   can deduct premiums for medical, dental, qualified long-term care (up to age-based limits) and Medicare coverage
   for themselves, their spouse and dependents as an above-the-line adjustment, without itemizing. The deduction
   cannot exceed the net earned income from the business under which the plan is established, and it is not allowed
   for any month the person was eligible for subsidized coverage through their own or a spouse's employer plan. It
   reduces income tax but not self-employment tax. Premiums claimed here cannot also count as itemized medical
   expenses.

## home_office_deduction | self_employment_tax | medium
Q: Who can claim the home office deduction?
Q: A W-2 employee working remotely asks whether she can deduct her home office. What are the rules?
Q: Compare the simplified and regular methods of computing the home office deduction.
A: Self-employed taxpayers can deduct a home office used regularly and exclusively as the principal place of business
   (or to meet clients, or a separate structure used for the business); employees cannot deduct home offices for 2018
   onward because unreimbursed employee expenses are no longer deductible. The simplified method deducts $5 per square
   foot for up to 300 square feet ($1,500 maximum), with no depreciation. The regular method deducts the business
   percentage of actual expenses, such as mortgage interest, property taxes, insurance, utilities, repairs and
   depreciation, calculated on Form 8829, and the deduction is limited to the business's income. Depreciation claimed
   under the regular method is recaptured when the home is sold and is not covered by the Section 121 exclusion.

## worker_classification | self_employment_tax | medium
Q: What determines whether a worker is an employee or an independent contractor?
Q: A company pays all its staff as 1099 contractors to avoid payroll taxes. What risks does it face?
Q: How do the IRS common-law factors distinguish employees from independent contractors?
A: Classification depends on the degree of control and independence, not the label in a contract. The IRS groups the
   common-law factors into behavioural control (does the company control how the work is done, through instructions
   and training?), financial control (who invests in equipment, can the worker make a profit or loss, how is the
   worker paid?) and the relationship (benefits, permanence, whether the work is a key part of the business).
   Employees receive a W-2 with FICA and income tax withheld and the employer pays its half of FICA and unemployment
   taxes; contractors receive a Form 1099-NEC and pay self-employment tax. Misclassification exposes the employer to
   back payroll taxes, penalties, interest and benefit claims; the Department of Labor and many states apply their
   own, often stricter, tests.

## fica_payroll_taxes | self_employment_tax | easy
Q: What are FICA taxes?
Q: How much Social Security and Medicare tax is withheld from an employee's paycheck?
Q: Why does Social Security withholding stop for high earners partway through the year?
A: FICA taxes fund Social Security and Medicare. Employees pay 6.2% Social Security tax on wages up to the annual wage
   base ($168,600 in 2024, $176,100 in 2025) and 1.45% Medicare tax on all wages, and the employer pays a matching
   7.65%; an extra 0.9% Additional Medicare Tax applies to an employee's wages above $200,000 with no employer match.
   Once an employee's wages from one employer reach the wage base, Social Security withholding stops for the rest of
   the year. Pre-tax 401(k) deferrals are still subject to FICA, while Section 125 cafeteria plan contributions for
   health coverage and HSAs through payroll are exempt.

## elective_deferral_limits | contribution_limits | easy
Q: How much can an employee contribute to a 401(k) in 2024 and 2025?
Q: What are the elective deferral limits and age-50 catch-up amounts for 401(k), 403(b) and governmental 457(b) plans?
Q: A 52-year-old wants to maximize her workplace plan contributions this year. What is the limit?
A: The elective deferral limit for 401(k), 403(b) and governmental 457(b) plans was $23,000 in 2024 and $23,500 in
   2025; participants 50 or older by year-end can add a catch-up contribution of $7,500, so a 52-year-old can defer
   $30,500 in 2024 or $31,000 in 2025. For 2025 onward, participants aged 60 through 63 get a higher catch-up of
   $11,250. The deferral limit covers pre-tax and Roth deferrals combined; employer contributions do not count against
   it but do count against the separate overall annual additions limit. SIMPLE IRAs have lower limits ($16,000 in 2024
   and $16,500 in 2025, plus $3,500 catch-up).

## super_catch_up_age_60_63 | contribution_limits | easy
Q: What is the age 60-63 super catch-up contribution?
Q: A 61-year-old employee asks how much extra he can defer to his 401(k) in 2025. What is the new rule?
Q: How did SECURE 2.0 change catch-up contributions for people in their early sixties?
A: Starting in 2025, SECURE 2.0 raises the catch-up limit for participants who are 60, 61, 62 or 63 at the end of the
   year to the greater of $10,000 or 150% of the regular catch-up: $11,250 for 401(k), 403(b) and governmental 457(b)
   plans in 2025 (versus $7,500 for others 50 and older), and $5,250 for SIMPLE plans. A 61-year-old can therefore
   defer $23,500 + $11,250 = $34,750 in 2025 if the plan adopts the feature. At 64 the participant reverts to the
   regular catch-up. IRA catch-ups are unaffected ($1,000, indexed from 2024).

## roth_catch_up_high_earners | contribution_limits | hard
Q: Must high earners make their 401(k) catch-up contributions as Roth?
Q: An executive earned $200,000 in FICA wages last year and will turn 55. How does the SECURE 2.0 Roth catch-up rule
   affect her?
Q: When does the requirement that catch-up contributions be Roth take effect, and whom does it cover?
A: SECURE 2.0 requires participants whose prior-year FICA wages from the plan sponsor exceeded $145,000 (indexed) to
   make any catch-up contributions to 401(k), 403(b) and governmental 457(b) plans as Roth contributions. The IRS
   granted an administrative transition period through 2025, so the rule applies from 2026; if a plan has no Roth
   feature, the affected employees simply cannot make catch-up contributions. It looks only at wages from that
   employer, so self-employed partners without FICA wages are not covered. The executive would make her catch-up as
   Roth: she loses the current deduction on that amount but gains tax-free growth. Regular deferrals up to the base
   limit can remain pre-tax.

## annual_additions_415c | contribution_limits | easy
Q: What is the Section 415(c) annual additions limit?
Q: How much can go into a 401(k) in total, counting employee and employer contributions?
Q: A participant with two unrelated employers asks whether the overall defined contribution limit is per plan or per
   person.
A: Section 415(c) caps annual additions to a participant's defined contribution accounts, meaning employee deferrals
   (pre-tax and Roth), after-tax contributions, employer matching and profit-sharing contributions and forfeitures
   allocated, at the lesser of 100% of compensation or $69,000 in 2024 ($70,000 in 2025); age-50 catch-up
   contributions are on top. Unlike the elective deferral limit, which is per person across all plans, the 415(c)
   limit applies per employer: plans of unrelated employers each have their own limit, while plans of the same or
   related employers are aggregated. This is the ceiling that makes mega backdoor Roth strategies possible.

## hsa_contribution_limits | contribution_limits | easy
Q: What are the HSA contribution limits for 2024 and 2025?
Q: How much can a family with an HDHP put into a health savings account this year?
Q: Does an HSA have a catch-up contribution, and at what age?
A: For 2024 the HSA contribution limit was $4,150 for self-only HDHP coverage and $8,300 for family coverage; for 2025
   it is $4,300 and $8,550. Account holders 55 or older can contribute an extra $1,000, and each spouse needs their
   own HSA for their catch-up. The limit includes employer contributions and is prorated by month of eligibility
   unless the last-month rule is used. Contributions for a year can be made up to the tax filing deadline, typically
   April 15 of the following year; contributions through a cafeteria plan avoid both income and payroll taxes.

## hsa_eligibility | contribution_limits | medium
Q: Who is eligible to contribute to a health savings account?
Q: A client has an HDHP but his wife's general-purpose health FSA also covers him. Can he contribute to an HSA?
Q: What coverage disqualifies someone from making HSA contributions?
A: To contribute to an HSA, a person must be covered by a qualifying high-deductible health plan (for 2024, a
   deductible of at least $1,600 self-only or $3,200 family and an out-of-pocket maximum no higher than $8,050 or
   $16,100; for 2025, $1,650/$3,300 and $8,300/$16,600), have no other disqualifying health coverage, not be enrolled
   in Medicare and not be claimable as someone else's dependent. Disqualifying coverage includes a general-purpose
   health FSA or HRA, including a spouse's that can reimburse the person's expenses, so the husband cannot contribute
   unless the FSA is limited-purpose (dental and vision) or post-deductible. Permitted extra coverage includes dental,
   vision, accident, disability and specific-disease insurance. Eligibility is tested monthly.

## hsa_triple_tax_advantage | contribution_limits | easy
Q: Why is an HSA said to have a triple tax advantage?
Q: How can an HSA work as a retirement account, and what happens to withdrawals after 65?
Q: A healthy 35-year-old can afford to pay medical bills out of pocket. Why might he leave his HSA invested instead of
   spending it?
A: HSA contributions are deductible (or excluded from pay, and from FICA too when made through a cafeteria plan),
   earnings grow tax-free, and withdrawals for qualified medical expenses are tax-free, a combination no other account
   offers. There is no deadline for reimbursement: expenses incurred after the HSA was opened can be reimbursed years
   later if receipts are kept, so a saver can pay bills out of pocket, invest the HSA for decades and withdraw
   tax-free later. Non-medical withdrawals are taxable plus a 20% additional tax before 65; after 65 the additional
   tax ends and non-medical withdrawals are taxed like traditional IRA withdrawals. Medicare premiums (not Medigap)
   are qualified expenses after 65. A spouse beneficiary inherits it as their own HSA, but for other beneficiaries the
   balance becomes taxable in the year of death.

## hsa_and_medicare_enrollment | contribution_limits | hard
Q: Can someone keep contributing to an HSA after enrolling in Medicare?
Q: A 66-year-old still working with an HDHP plans to apply for Social Security next month. What happens to his HSA
   contributions?
Q: Why should HSA contributions stop six months before applying for Medicare Part A after age 65?
A: Once enrolled in any part of Medicare, a person can no longer contribute to an HSA, although they can keep using
   the existing balance. Enrolling in Social Security at 65 or later automatically enrolls a person in Medicare Part
   A, and Part A coverage is made retroactive up to six months (but not before age 65), so contributions made in those
   retroactive months become excess contributions subject to a 6% excise tax unless withdrawn. The 66-year-old should
   stop HSA contributions six months before applying and prorate his contribution for the year; he cannot decline Part
   A while receiving Social Security. His spouse, if not on Medicare and covered by the HDHP, can still contribute to
   her own HSA. Someone delaying both Social Security and Medicare while covered by a large employer's plan can keep
   contributing.

## fsa_limits_and_carryover | contribution_limits | medium
Q: What are the health FSA contribution limits and the use-it-or-lose-it rule?
Q: How much unused health FSA money can roll over to next year?
Q: Compare a health flexible spending account with an HSA.
A: A health flexible spending account lets employees set aside pre-tax pay for medical expenses, up to $3,200 in 2024
   and $3,300 in 2025. Unused money is forfeited at year-end unless the employer adopts either a carryover of up to
   $640 into 2025 ($660 into 2026) or a grace period of up to 2.5 months, but not both. Unlike an HSA, an FSA does not
   require an HDHP, the full annual election is available from the first day of the plan year, the account belongs to
   the employer (usually lost at job change) and it cannot be invested. A general-purpose FSA disqualifies HSA
   contributions, while a limited-purpose FSA for dental and vision does not.

## elective_deferral_multiple_employers | contribution_limits | hard
Q: An employee changes jobs mid-year and contributes to both employers' 401(k) plans. How do the limits work?
Q: Is the 401(k) deferral limit per plan or per person?
Q: What happens if someone defers more than the annual limit across two plans, and how is it fixed?
A: The elective deferral limit under Section 402(g) ($23,000 in 2024) is per person across all 401(k), 403(b), SIMPLE
   and SARSEP plans, including Roth deferrals, while a governmental 457(b) has its own separate limit. An employee who
   changes jobs mid-year must track deferrals across both plans, since neither employer knows about the other. If the
   total exceeds the limit, the excess and its earnings should be distributed by April 15 of the following year; the
   excess is taxable in the year deferred and the earnings in the year distributed. If not corrected in time, the
   excess is taxed twice, once when deferred and again when distributed. Employer contributions are separately limited
   by Section 415(c) per unrelated employer.

## dependent_care_fsa | contribution_limits | easy
Q: What is a dependent care FSA?
Q: How much can a family exclude from income for child care through a dependent care assistance program?
Q: Can both spouses each contribute $5,000 to their employers' dependent care accounts?
A: A dependent care FSA (dependent care assistance program) lets employees pay for care of children under 13, or of a
   spouse or dependent unable to care for themselves, with pre-tax pay so they can work. The exclusion is $5,000 per
   household per year ($2,500 if married filing separately), not per spouse, so both spouses together cannot exclude
   more than $5,000; the 2025 reconciliation law raises the limit to $7,500 from 2026. Money is excluded from income
   and payroll taxes, and expenses covered this way reduce the costs eligible for the child and dependent care credit.
   Unused money is generally forfeited, though plans may have a grace period.

## able_accounts | contribution_limits | easy
Q: What is an ABLE account?
Q: A family wants to save for a disabled son without jeopardizing his SSI and Medicaid. How can an ABLE account help?
Q: What are the contribution limits and eligibility rules for ABLE accounts?
A: An ABLE account under IRC Section 529A is a tax-advantaged savings account for a person whose disability began
   before age 26 (rising to 46 in 2026). Total annual contributions from all sources are limited to the gift tax
   annual exclusion ($18,000 in 2024, $19,000 in 2025), and a working beneficiary not covered by a workplace
   retirement plan can contribute additional earnings up to the federal poverty level amount. Earnings grow tax-free
   and withdrawals for qualified disability expenses, broadly including housing, education, transportation and health,
   are tax-free. The first $100,000 is disregarded for SSI resource tests and the account does not affect Medicaid
   eligibility, but at the beneficiary's death the state may claim remaining funds for Medicaid paid after the account
   was opened. Up to the annual limit can be rolled from a 529 plan.
"""
