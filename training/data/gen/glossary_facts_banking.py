"""Glossary facts: education planning (financial_planning) and banking and credit (mortgages, consumer loans,
credit scores and reports).

Block format: see :mod:`training.data.gen.glossary`.
"""

TEXT = """
## plan_529_basics | education_planning | easy
Q: What is a 529 plan?
Q: How are 529 college savings accounts taxed at the federal level?
Q: A new parent asks why planners recommend a 529 for college saving. What are the main features?
A: A 529 plan is a state-sponsored, tax-advantaged education savings account under IRC Section 529. Contributions are
   not deductible federally (many states give a deduction or credit for contributions to their own plan), earnings
   grow tax-deferred, and withdrawals are tax-free when spent on qualified education expenses. The account owner,
   usually a parent or grandparent, keeps control of the money and can change the beneficiary; contributions count as
   completed gifts for gift tax purposes. Savings plans invest in portfolios such as age-based funds; prepaid tuition
   plans, the other type, lock in tuition at participating schools.

## plan_529_qualified_expenses | education_planning | medium
Q: Which expenses can be paid tax-free from a 529 plan?
Q: Can a 529 account pay for room and board, a laptop or K-12 private school?
Q: A client's daughter starts college in the fall. What counts as a qualified higher education expense for 529
   withdrawals?
A: Qualified higher education expenses include tuition and fees, books, supplies and required equipment, computers,
   software and internet access used by the student, and room and board for a student enrolled at least half-time
   (limited to the school's cost-of-attendance allowance, or the actual charge for school-owned housing). Federal law
   also allows up to $10,000 per beneficiary per year for K-12 tuition (the 2025 tax law raises this to $20,000 from
   2026), costs of registered apprenticeship programs, and up to $10,000 lifetime toward the beneficiary's student
   loans. Travel, insurance, and sports or club fees are not qualified. State tax treatment of K-12 and loan
   repayments can differ from federal, so check the state plan's rules.

## plan_529_nonqualified_withdrawal | education_planning | hard
Q: What happens if a client takes money out of a 529 plan for something other than education?
Q: A student received a full scholarship. Can the parents withdraw the 529 money without the 10% penalty?
Q: Explain the tax on a non-qualified 529 distribution and the exceptions to the additional 10% tax.
A: Only the earnings portion of a non-qualified 529 withdrawal is taxed: it is ordinary income to the recipient plus a
   10% additional federal tax, and contributions come back tax-free. States that gave a deduction may recapture it.
   The 10% additional tax (but not the income tax on earnings) is waived when the beneficiary receives a tax-free
   scholarship (up to the scholarship amount), attends a U.S. military academy, dies or becomes disabled, or when the
   expenses were used to claim the American Opportunity or Lifetime Learning credit. With a full scholarship, parents
   can withdraw up to the scholarship amount penalty-free, keep the money for graduate school, change the beneficiary
   to a sibling, or use a 529-to-Roth rollover if eligible.

## plan_529_to_roth_rollover | education_planning | hard
Q: How does the rollover of leftover 529 money into a Roth IRA work?
Q: A family has $30,000 left in a 529 after graduation. Can it move to the child's Roth IRA, and what limits apply?
Q: What conditions did SECURE 2.0 set for rolling 529 savings into a Roth IRA?
A: Since 2024, SECURE 2.0 lets a 529 beneficiary roll unused funds into a Roth IRA in the beneficiary's own name, tax-
   and penalty-free, subject to several conditions. The 529 account must have been open for that beneficiary for at
   least 15 years; contributions made in the last five years (and their earnings) cannot be moved; the lifetime
   maximum is $35,000 per beneficiary; and each year's rollover counts against the annual IRA contribution limit
   ($7,000 in 2024 and 2025 for those under 50), reduced by any other IRA contributions, and the beneficiary needs
   earned income at least equal to the amount. The Roth income limits do not apply. The rollover must be a direct
   trustee-to-trustee transfer, so $30,000 would take several years to move. Whether changing the beneficiary restarts
   the 15-year clock has not been fully settled by IRS guidance.

## coverdell_esa | education_planning | medium
Q: What is a Coverdell Education Savings Account and how does it compare with a 529?
Q: Is a Coverdell ESA still worth using for school expenses?
Q: What are the contribution limits and age rules for Coverdell education accounts?
A: A Coverdell ESA is a tax-advantaged education account with the same tax treatment as a 529 (tax-free growth and
   withdrawals for qualified expenses) but much tighter limits: total contributions for a beneficiary are capped at
   $2,000 a year from all contributors, the contributor's eligibility phases out at modified AGI of $95,000 to
   $110,000 (single) or $190,000 to $220,000 (joint), contributions must stop at age 18, and the balance generally
   must be used or rolled to another family member by age 30 (except for special-needs beneficiaries). Its advantages
   are self-directed investment choices and broad K-12 use, including books, uniforms, tutoring and computers. It can
   be used in the same year as a 529, but the two cannot pay the same expenses.

## custodial_utma_ugma_accounts | education_planning | easy
Q: What is an UTMA or UGMA custodial account?
Q: A grandparent wants to give stock to a grandchild for college. How does a custodial account compare with a 529?
Q: What should parents know before opening a custodial account under the Uniform Transfers to Minors Act?
A: UGMA and UTMA accounts hold assets a donor has irrevocably given to a minor, managed by a custodian until the child
   reaches the age of termination set by state law (often 18 or 21, up to 25 in a few states), when the child gains
   full control. UGMA accounts hold financial assets; UTMA accounts can also hold real estate and other property. The
   money must be spent for the child's benefit, not for basic support the parent already owes. Compared with a 529,
   earnings are taxable each year (with the kiddie tax applying above a threshold), the account is the student's asset
   on the FAFSA (assessed at 20% versus at most 5.64% for parental assets), and the donor cannot take the gift back or
   change the beneficiary.

## fafsa_student_aid_index | education_planning | medium
Q: What is the Student Aid Index on the FAFSA?
Q: Which family assets count on the FAFSA and which are excluded?
Q: How did the FAFSA Simplification Act change financial aid calculations starting with the 2024-25 award year?
A: The Student Aid Index (SAI) replaced the Expected Family Contribution beginning with the 2024-25 award year; it is
   an eligibility index computed from FAFSA data and can be as low as -1,500. Income comes from the prior-prior tax
   year (for example 2023 income for 2025-26). Parent assets are assessed at up to 5.64%, student assets at 20%;
   retirement accounts, cash-value life insurance and the family's primary home are excluded, but the net worth of
   family farms and small businesses now counts. The parental contribution is no longer divided by the number of
   children in college, and for divorced parents the parent who provided more financial support in the last 12 months
   completes the form. Many private colleges also use the CSS Profile, which counts more assets such as home equity.

## grandparent_529_fafsa | education_planning | hard
Q: How are grandparent-owned 529 plans treated for financial aid now?
Q: A grandmother wants to fund her grandson's college. Should she own the 529 herself or give money to the parents'
   529?
Q: Under the new FAFSA, do distributions from a grandparent's 529 hurt a student's aid eligibility?
A: Under the simplified FAFSA, used from the 2024-25 award year, a 529 owned by a grandparent is not reported as an
   asset and its distributions are no longer counted as untaxed student income, which previously could cut aid by up
   to half the amount distributed. Grandparent ownership is therefore FAFSA-neutral, while a parent-owned 529 counts
   as a parental asset at up to 5.64%. Grandparent ownership also keeps control with the grandparent. Caveats: some
   private colleges using the CSS Profile may still ask about grandparent-owned accounts or count distributions; the
   grandparent can use the five-year gift tax election for large contributions; and the grandparent's plan should name
   a successor owner.

## aotc_vs_lifetime_learning_credit | education_planning | medium
Q: How do the American Opportunity Tax Credit and the Lifetime Learning Credit differ?
Q: Which education tax credit is better for an undergraduate student, and which for a graduate student?
Q: What are the amounts, refundability and eligibility rules for the two federal higher-education credits?
A: The American Opportunity Tax Credit is worth up to $2,500 per eligible student (100% of the first $2,000 and 25% of
   the next $2,000 of tuition, fees and course materials), up to 40% ($1,000) of it is refundable, and it is available
   only for the first four years of post-secondary education for a student enrolled at least half-time in a degree
   program, for at most four tax years. The Lifetime Learning Credit is 20% of up to $10,000 of expenses, a maximum of
   $2,000 per return, nonrefundable, with no limit on years and no degree or half-time requirement, so it fits
   graduate school and job-skills courses. Both phase out between $80,000 and $90,000 of modified AGI ($160,000 to
   $180,000 joint), cannot be claimed by married people filing separately, and cannot be claimed for the same student
   in the same year. Expenses paid with tax-free 529 withdrawals cannot also generate a credit.

## plan_529_superfunding | education_planning | medium
Q: What is 529 superfunding?
Q: How can grandparents put five years of gift tax exclusions into a 529 at once?
Q: Explain the five-year election for large 529 contributions and what happens if the donor dies within the five
   years.
A: Superfunding uses a special election under Section 529(c)(2)(B) to treat a large 529 contribution as made ratably
   over five years, so a donor can contribute up to five times the annual gift tax exclusion at once without using
   lifetime exemption: $90,000 per beneficiary in 2024 ($18,000 x 5) or $95,000 in 2025 ($19,000 x 5), and double that
   for a married couple who split gifts. The election is made on Form 709 for the year of the contribution. The donor
   cannot make further annual-exclusion gifts to the same beneficiary during the five years without using exemption.
   If the donor dies during the five-year period, the portion allocated to years after the year of death is included
   in the donor's estate. The benefit is more tax-free compounding and an immediate reduction of the donor's estate.

## plan_529_beneficiary_change | education_planning | easy
Q: Can the beneficiary of a 529 plan be changed?
Q: The older child did not use all of her 529 money. Can the parents move it to her younger brother without tax?
Q: Who counts as a "member of the family" for a tax-free 529 beneficiary change?
A: Yes. The account owner can change the beneficiary without income tax or penalty if the new beneficiary is a member
   of the family of the old one: a spouse, child or descendant, sibling or step-sibling, parent or ancestor, niece or
   nephew, aunt or uncle, first cousin, in-laws, and the spouses of these relatives. A change to someone outside that
   group is treated as a non-qualified distribution. A change to a beneficiary in a younger generation can be treated
   as a gift from the old beneficiary to the new one, and possibly a generation-skipping transfer if two or more
   generations down, though small balances usually fall within the annual exclusion.

## fixed_vs_adjustable_rate_mortgage | mortgages | easy
Q: What is the difference between a fixed-rate mortgage and an adjustable-rate mortgage?
Q: A homebuyer expects to move within six years. Why might an ARM make sense, and what is the risk?
Q: How does the interest rate on an adjustable-rate home loan change over time?
A: A fixed-rate mortgage keeps the same interest rate and principal-and-interest payment for the whole term, typically
   15 or 30 years. An adjustable-rate mortgage (ARM) has an initial fixed period, such as 5, 7 or 10 years, after
   which the rate resets periodically to an index (now usually SOFR) plus a fixed margin, subject to caps. ARMs
   usually start with a lower rate, which can save money for a borrower who sells or refinances before the first
   reset; the risk is that rates are higher at reset and the payment rises, possibly sharply. A fixed rate buys
   payment certainty for the life of the loan.

## arm_rate_caps | mortgages | medium
Q: How do interest rate caps on an adjustable-rate mortgage work?
Q: What does a 2/1/5 cap structure mean on a 5/6 ARM?
Q: Explain the index, margin and cap terms a borrower should read in ARM disclosures.
A: An ARM's fully indexed rate is the index (for most new loans the 30-day average SOFR) plus a margin fixed in the
   note, such as 2.75%. Caps limit how far the rate can move: the initial adjustment cap applies at the first reset,
   the periodic cap at each later reset, and the lifetime cap above the start rate for the life of the loan. In a 5/6
   ARM with 2/1/5 caps, the rate is fixed for five years, then adjusts every six months, rising at most 2 points at
   the first reset, 1 point at each later reset, and never more than 5 points above the initial rate. Borrowers should
   compute the payment at the lifetime cap to see the worst case.

## mortgage_discount_points | mortgages | medium
Q: What are mortgage discount points and when is buying them worthwhile?
Q: How does a borrower decide whether paying points to lower the interest rate makes sense?
Q: A lender offers a lower rate for one point. How should the borrower evaluate the break-even?
A: A discount point is prepaid interest equal to 1% of the loan amount, paid at closing in exchange for a lower rate;
   how much the rate drops per point varies by lender and market. The break-even period is the cost of the points
   divided by the monthly payment savings: paying $4,000 to save $50 a month breaks even after 80 months. Points make
   sense only if the borrower expects to keep the loan well past break-even without refinancing or selling, and has
   cash to spare after the down payment and reserves. Points on a loan to buy a main home are generally deductible in
   the year paid if the borrower itemizes; points on a refinance are usually deducted over the loan term.

## pmi_removal_rules | mortgages | medium
Q: When can private mortgage insurance be removed from a conventional loan?
Q: A homeowner put 10% down and now has more equity. How do they get rid of PMI?
Q: How do PMI cancellation rules for conventional loans differ from FHA mortgage insurance?
A: Under the Homeowners Protection Act, a borrower on a conventional loan can ask to cancel PMI once the balance is
   scheduled to reach, or is paid down to, 80% of the home's original value, provided the borrower has a good payment
   history, is current and the lender is satisfied value has not declined. PMI must terminate automatically when the
   balance is scheduled to reach 78% of original value, and in any case at the midpoint of the amortization schedule,
   if current. Many lenders also allow removal based on a new appraisal showing higher value, under their own
   seasoning rules. FHA loans differ: for most FHA loans since June 2013, annual mortgage insurance lasts for the life
   of the loan with less than 10% down, or 11 years with 10% or more down, so refinancing to a conventional loan is
   the usual way out.

## amortization_interest_front_loaded | mortgages | easy
Q: Why does so little of an early mortgage payment go toward principal?
Q: Explain how amortization splits a fixed mortgage payment between interest and principal over time.
Q: A new homeowner is surprised that their balance barely fell in the first year. What is happening?
A: Each month the interest owed is the outstanding balance times the monthly rate, and the rest of the fixed payment
   reduces principal. Early in a 30-year loan the balance is largest, so most of the payment is interest; as the
   balance falls, the interest portion shrinks and the principal portion grows. At a 7% rate, well over 80% of the
   first payments go to interest. Extra principal payments early on have the greatest effect because they remove
   balance that would otherwise accrue interest for decades.

## refinance_break_even | mortgages | hard
Q: How should a homeowner decide whether refinancing is worth it?
Q: A borrower can cut their rate by one percentage point but closing costs are $6,000. What should they consider?
Q: Besides the monthly payment, what factors determine whether a mortgage refinance makes financial sense?
A: Start with the simple break-even: closing costs divided by the monthly savings, here for example $6,000 / $150 = 40
   months, compared with how long the borrower expects to keep the loan. Then compare total interest, not just the
   payment: restarting a 30-year term on a loan already ten years in lowers the payment partly by stretching
   repayment, which can increase lifetime interest; choosing a shorter term or keeping the old payoff date gives a
   fairer comparison. Also consider rolling costs into the loan (which raises the balance), cash-out needs, PMI, the
   effect on the itemized deduction for interest, and whether the borrower might move. A refinance also restarts the
   amortization schedule, so a larger share of early payments is again interest.

## mortgage_interest_deduction_limits | mortgages | medium
Q: How much mortgage interest can a homeowner deduct?
Q: Is interest on a home equity line of credit still tax-deductible?
Q: Explain the $750,000 acquisition debt limit for the mortgage interest deduction.
A: Mortgage interest is deductible only for taxpayers who itemize and only on acquisition indebtedness, debt used to
   buy, build or substantially improve a main or second home and secured by it. For debt incurred after December 15,
   2017 the limit is $750,000 of principal ($375,000 married filing separately); older debt is grandfathered at $1
   million. The Tax Cuts and Jobs Act set these rules through 2025, and the 2025 reconciliation law made the $750,000
   limit permanent. Interest on a HELOC or home equity loan is deductible only if the proceeds are used to buy, build
   or substantially improve the home securing it; spending it on a car or credit cards makes the interest
   nondeductible.

## reverse_mortgage_hecm | mortgages | easy
Q: What is a reverse mortgage and who can get one?
Q: A 70-year-old homeowner with little savings but a paid-off home asks about a HECM. What are the key features and
   risks?
Q: How does a home equity conversion mortgage get repaid?
A: A Home Equity Conversion Mortgage (HECM) is the FHA-insured reverse mortgage for homeowners aged 62 or older who
   live in the home as their principal residence; the borrower must complete HUD-approved counseling. It converts
   equity into a lump sum, monthly payments, a line of credit or a combination, with no required monthly loan
   payments; interest and mortgage insurance accrue and the balance grows. The loan becomes due when the last borrower
   dies, sells or moves out (including more than 12 consecutive months in a care facility). It is non-recourse: the
   borrower or heirs never owe more than the home's value. Risks and costs include high upfront fees, the shrinking
   equity left to heirs, and default if the borrower stops paying property taxes, insurance or maintenance. An
   eligible non-borrowing spouse may be able to remain in the home.

## conforming_vs_jumbo_loans | mortgages | easy
Q: What is the difference between a conforming mortgage and a jumbo loan?
Q: What was the 2024 conforming loan limit, and why does it matter to a homebuyer?
Q: Why are loans above the FHFA limit priced and underwritten differently?
A: A conforming loan meets Fannie Mae and Freddie Mac guidelines, including a maximum size set each year by the FHFA:
   for a one-unit home in most of the country the baseline limit was $766,550 in 2024 and $806,500 in 2025, with
   higher limits in high-cost areas. Loans above the limit are jumbo (non-conforming) loans that lenders keep or sell
   privately, so they often require larger down payments, higher credit scores and more cash reserves, and their rates
   can be higher or sometimes lower than conforming rates depending on the market. Structuring a purchase to stay
   within the limit, such as a bigger down payment, can widen the borrower's options.

## loan_recast_vs_refinance | mortgages | medium
Q: What is a mortgage recast and how does it differ from refinancing?
Q: A homeowner received an inheritance and wants a lower mortgage payment without changing the rate. What option fits?
Q: Explain how re-amortizing a loan after a large principal payment works.
A: In a recast, the borrower makes a large lump-sum principal payment and the servicer re-amortizes the remaining
   balance over the remaining term at the same interest rate, lowering the monthly payment; fees are typically a few
   hundred dollars and there is no new underwriting or appraisal. A refinance replaces the loan with a new one at a
   new rate and term, with closing costs and full qualification. Recasting suits a borrower who likes their existing
   rate and has cash; refinancing makes sense when rates have fallen meaningfully. Not every loan can be recast;
   government-backed FHA and VA loans generally cannot.

## fha_vs_va_loans | mortgages | medium
Q: How do FHA and VA mortgages differ from conventional loans?
Q: A veteran and a first-time buyer with a modest credit score both want to buy homes. Which government-backed loan
   programs might fit each?
Q: What are the down payment and mortgage insurance features of FHA and VA home loans?
A: FHA loans are insured by the Federal Housing Administration and allow down payments as low as 3.5% with a credit
   score of 580 or more, with more flexible credit standards; they carry an upfront mortgage insurance premium and
   annual premiums that often last for the life of the loan. VA loans are guaranteed by the Department of Veterans
   Affairs for eligible service members, veterans and some surviving spouses; they typically need no down payment and
   no monthly mortgage insurance, but charge a one-time funding fee (waived for veterans receiving service-connected
   disability compensation). Both are assumable by qualified buyers, which can be valuable when rates have risen.
   Conventional loans can require as little as 3% down but need PMI below 20% equity, which can be cancelled.

## loan_apr_vs_note_rate | consumer_loans | easy
Q: Why is a loan's APR different from its interest rate?
Q: A personal loan offer shows a 9% interest rate and a 10.8% APR. What explains the gap?
Q: What does the Truth in Lending APR include that the note rate does not?
A: The interest rate (note rate) is the cost of borrowing the principal. The APR required by the Truth in Lending Act
   expresses the total finance charge, including interest plus certain fees such as origination fees, discount points
   or mortgage insurance, as a yearly rate over the loan term. When a lender charges a $500 origination fee on a loan,
   the borrower receives less money but repays as if borrowing the full amount, so the APR exceeds the note rate.
   Comparing APRs puts loans with different fee structures on a common footing, though it assumes the loan is held to
   maturity, so short holding periods make upfront fees costlier than the APR suggests.

## simple_vs_precomputed_interest | consumer_loans | medium
Q: What is the difference between simple-interest and precomputed-interest loans?
Q: Does paying an auto loan off early save interest?
Q: Explain the Rule of 78s and why borrowers should check for it.
A: Most auto and personal loans are simple-interest loans: interest accrues daily on the outstanding principal, so
   paying early or paying extra reduces total interest, and paying late increases it. A precomputed-interest loan
   calculates total interest upfront and adds it to the balance; on early payoff, the unearned interest is rebated
   using a formula. The Rule of 78s front-loads interest in that rebate, so an early payoff saves less than under
   simple interest. Federal law bans the Rule of 78s on consumer loans with terms over 61 months, and some states ban
   it entirely. A borrower planning to prepay should confirm the interest method and any prepayment penalty.

## secured_vs_unsecured_loans | consumer_loans | easy
Q: What is the difference between secured and unsecured loans?
Q: Why are auto loans usually cheaper than personal loans or credit cards?
Q: A borrower is offered a share-secured loan or an unsecured loan. How do the two compare?
A: A secured loan is backed by collateral the lender can repossess or foreclose on if the borrower defaults, such as a
   car, home, or savings deposit. An unsecured loan, such as a credit card, most personal loans or student loans,
   relies only on the borrower's promise and credit. Because collateral reduces the lender's expected loss, secured
   loans generally carry lower rates and are easier to qualify for, but the borrower risks losing the asset.
   Share-secured or CD-secured loans are often used to build credit because the deposit fully backs the loan.

## cosigning_a_loan | consumer_loans | medium
Q: What are the risks of cosigning a loan for someone?
Q: A parent is asked to cosign a child's car loan. What should they understand first?
Q: How does being a cosigner differ from being an authorized user?
A: A cosigner is fully and equally liable for the debt: if the primary borrower misses payments, the lender can pursue
   the cosigner for the full balance, late fees and collection costs, often without first exhausting remedies against
   the borrower. The loan appears on the cosigner's credit report, so late payments hurt the cosigner's score and the
   balance counts in their debt-to-income ratio, which can affect their own borrowing. Federal rules require lenders
   to give cosigners a notice explaining this liability. An authorized user on a credit card, by contrast, can use the
   card but is not legally responsible for the debt. Before cosigning, a person should be prepared to pay the whole
   loan.

## auto_negative_equity_rollover | consumer_loans | hard
Q: A client owes $22,000 on a car worth $17,000 and wants to trade it in for a new one. What is the problem with
   rolling the balance into the new loan?
Q: What is negative equity on an auto loan and how should a buyer handle it?
Q: Explain why a dealer offering to pay off a trade-in balance does not make the extra debt disappear.
A: Negative equity means the loan balance exceeds the car's value, here by $5,000. When a dealer pays off the old
   loan, that $5,000 is added to the new loan, so the buyer finances the new car plus the old shortfall, starts even
   deeper underwater, pays interest on it, and may need a longer term to keep the payment affordable, which repeats
   the cycle. Lenders may cap the loan-to-value ratio, and standard GAP coverage may not cover rolled-over negative
   equity. Better options are to keep the current car and pay it down until there is equity, pay the shortfall in
   cash, or choose a cheaper replacement. The risk compounds with long terms because cars depreciate faster than a 72-
   or 84-month loan amortizes.

## loan_term_tradeoff | consumer_loans | medium
Q: Is an 84-month auto loan a good idea?
Q: How does stretching a loan's term change the total cost of borrowing?
Q: A buyer is focused only on the monthly payment. What is the trade-off between a shorter and a longer loan term?
A: A longer term lowers the monthly payment but raises total interest paid, often carries a higher interest rate, and
   keeps the borrower owing more than the car is worth for longer because the car depreciates faster than the balance
   falls. Payments may also outlast the warranty, so repairs and the loan overlap. A shorter term costs more per month
   but builds equity faster and costs less overall. Buyers should negotiate the price and compare total cost, not the
   monthly payment, since payment-focused shopping lets the term and add-ons absorb the difference.

## payday_loans | consumer_loans | medium
Q: Why are payday loans so expensive?
Q: A client is considering a two-week payday loan with a $15 fee per $100 borrowed. What is the effective cost?
Q: What are safer alternatives to payday and car-title loans for a short-term cash need?
A: A payday loan is a small, short-term loan due on the borrower's next payday, typically with a flat fee such as $15
   per $100 borrowed for two weeks. That fee equals an APR of about 390% (15% x 26 two-week periods), and many
   borrowers roll the loan over repeatedly, paying fees without reducing the principal. Car-title loans add the risk
   of losing the vehicle. Alternatives include credit union payday-alternative loans (PALs), employer paycheck
   advances, negotiating a payment plan with the creditor, a small personal loan, or help from a nonprofit credit
   counselor. Many states cap or ban payday lending, and the Military Lending Act caps most consumer credit to
   active-duty service members at a 36% military APR.

## buy_now_pay_later | consumer_loans | medium
Q: How does buy now, pay later work, and what are its risks?
Q: A young client uses pay-in-four plans for most online purchases. What should a planner point out?
Q: Is a BNPL installment plan the same as a credit card?
A: Buy now, pay later (BNPL) plans split a purchase into installments, most commonly four payments over six weeks with
   no interest, with the provider paying the merchant and earning a merchant fee; longer plans for larger purchases
   may charge interest. Risks include late fees, overdraft fees when autopay hits an empty account, the ease of
   stacking several plans so total obligations are hard to track, and more difficult returns and disputes than with
   credit cards. Reporting to credit bureaus has been inconsistent, so on-time use may not build credit while missed
   payments can still go to collections. It can be useful for a planned purchase that fits the budget, but it is still
   debt.

## auto_lease_vs_buy | consumer_loans | medium
Q: Should a client lease or buy a car?
Q: Explain money factor, residual value and mileage limits in a car lease.
Q: What kinds of drivers come out ahead by leasing versus financing a purchase?
A: A lease pays for the vehicle's expected depreciation over the term (the capitalized cost minus the residual value)
   plus a finance charge set by the money factor, which multiplied by 2,400 approximates an APR (0.0025 is about 6%).
   Leasing gives lower payments and a new car every few years but never builds equity, and carries mileage limits
   (often 10,000 to 15,000 a year) with per-mile overage charges and fees for excess wear. Buying costs more per month
   while the loan is outstanding, but after payoff the owner drives payment-free, so keeping a car many years is
   usually cheaper. Leasing can suit drivers with predictable, low mileage who want a new car often, or businesses
   that deduct vehicle costs.

## fico_score_factors | credit_scores_reports | easy
Q: What factors determine a FICO score?
Q: How much weight does payment history carry in a credit score compared with other factors?
Q: A client wants to raise their credit score. Which parts of their credit profile matter most?
A: FICO scores range from 300 to 850 and are built from five categories with approximate weights: payment history 35%,
   amounts owed (including utilization of revolving credit) 30%, length of credit history 15%, new credit (recent
   inquiries and accounts) 10%, and credit mix 10%. The score uses only information on the credit report, not income,
   assets or employment. The fastest improvements usually come from paying every bill on time and reducing revolving
   balances; the effects of past late payments fade as they age.

## credit_utilization | credit_scores_reports | easy
Q: What is credit utilization and how does it affect a credit score?
Q: A client pays their card in full every month but their score dropped after a large purchase. Why?
Q: Why do planners suggest keeping card balances low relative to credit limits?
A: Credit utilization is revolving balances divided by revolving credit limits, measured overall and per card. It is a
   major part of the amounts-owed factor; lower is better, with people who have the highest scores typically using
   under 10%, and rising utilization (commonly above 30%) lowering scores. The balance that counts is usually the
   statement balance the issuer reports, so someone who pays in full after the statement can still show high
   utilization; paying before the statement closing date lowers the reported figure. Because most scoring models look
   only at current balances, utilization has no memory: paying down balances can raise a score as soon as the new
   balances are reported.

## hard_vs_soft_inquiries | credit_scores_reports | easy
Q: What is the difference between a hard and a soft credit inquiry?
Q: Will checking my own credit report lower my score?
Q: A borrower is shopping for the best mortgage rate. Do multiple lender credit checks hurt their score?
A: A hard inquiry occurs when a lender pulls a credit report because the consumer applied for credit; it can lower a
   FICO score by a few points and stays on the report for two years, though FICO counts it for only 12 months. Soft
   inquiries, such as checking one's own credit, preapproved offers and account reviews by existing creditors, do not
   affect scores. For mortgage, auto and student loans, scoring models treat several inquiries within a short shopping
   window (14 to 45 days depending on the FICO version) as one, so rate shopping within a few weeks is safe; this does
   not apply to credit card applications.

## negative_information_duration | credit_scores_reports | easy
Q: How long do late payments, collections and bankruptcies stay on a credit report?
Q: A client had a 60-day late payment five years ago. When will it disappear from their report?
Q: What does the Fair Credit Reporting Act say about how long negative items can be reported?
A: Under the Fair Credit Reporting Act, most negative information, including late payments, charge-offs and collection
   accounts, can be reported for seven years; for collections and charge-offs the clock runs from the date of the
   original delinquency, and paying the debt does not restart it. Bankruptcies can be reported for up to 10 years from
   the filing date; the bureaus remove Chapter 13 cases after seven years. The impact of a negative item on the score
   lessens as it ages, especially when followed by a clean recent history. A late payment from five years ago will
   fall off two years from now and already counts much less than a recent one.

## credit_freeze_vs_fraud_alert | credit_scores_reports | medium
Q: What is the difference between a credit freeze and a fraud alert?
Q: A client's personal information was exposed in a data breach. What protective steps should they take with the
   credit bureaus?
Q: Does freezing your credit affect your credit score?
A: A security freeze blocks most new creditors from accessing the credit report, so identity thieves generally cannot
   open new accounts; it is free by federal law, must be placed separately at Equifax, Experian and TransUnion, and
   can be lifted temporarily when the consumer applies for credit. It does not affect the score or existing accounts.
   A fraud alert, placed by contacting any one bureau (which notifies the others), tells lenders to take reasonable
   steps to verify identity before extending credit; an initial alert lasts one year and an extended alert for
   identity-theft victims lasts seven years. After a breach, a freeze offers the strongest protection, combined with
   monitoring reports and account statements.

## authorized_user_strategy | credit_scores_reports | easy
Q: Can being added as an authorized user help someone build credit?
Q: A parent wants to help a college student start a credit history. How does adding them as an authorized user work?
Q: What are the risks of adding someone as an authorized user on your credit card?
A: An authorized user can use the primary cardholder's account but is not liable for the debt. Most issuers report the
   account to the authorized user's credit file, so a long-standing, low-utilization, on-time account can help someone
   with a thin file establish a score. The risk runs both ways: the primary holder is responsible for all charges the
   user makes, and if the primary holder pays late or runs up the balance, that history can hurt the user's credit
   too. The parent can add the student without handing over a card, and removing an authorized user is simple.

## closing_old_credit_card | credit_scores_reports | hard
Q: A client wants to close their oldest credit card because it has an annual fee. How might that affect their credit
   score?
Q: Should someone close unused credit cards to improve their credit?
Q: Explain the effect of closing a credit card on utilization and length of credit history.
A: Closing a card removes its limit from total available credit, so utilization rises if the client carries balances
   elsewhere, which can lower the score; the effect is small if balances are near zero. A closed account in good
   standing stays on the report and keeps contributing to the length of history for up to 10 years, so the age effect
   is gradual, not immediate. Alternatives include asking the issuer to convert the card to a no-fee product in the
   same family, which preserves the account and limit. If the fee is high and the card is unused, closing it may still
   be worthwhile, preferably not right before applying for a mortgage or other major loan.

## disputing_credit_report_errors | credit_scores_reports | easy
Q: How does a consumer dispute an error on their credit report?
Q: A client finds a collection account on their report that is not theirs. What are their rights under the FCRA?
Q: What must a credit bureau do after receiving a dispute?
A: Under the Fair Credit Reporting Act, a consumer can dispute inaccurate or incomplete information with the credit
   bureau reporting it, and also directly with the company that furnished it, preferably in writing with supporting
   documents. The bureau generally must investigate within 30 days (45 days if the consumer sends more information
   during that period), forward the dispute to the furnisher, and correct or delete information that is inaccurate or
   cannot be verified, then send the results and a free updated report. If the dispute is not resolved, the consumer
   can add a statement to the file and file a complaint with the CFPB. Consumers can get free reports from each bureau
   at AnnualCreditReport.com, now weekly.

## credit_report_vs_credit_score | credit_scores_reports | easy
Q: What is the difference between a credit report and a credit score?
Q: Why might a client have several different credit scores at the same time?
Q: Explain the relationship between the data in credit files and the number lenders use.
A: A credit report is the record a consumer reporting agency (Equifax, Experian or TransUnion) keeps of a person's
   credit accounts, balances, payment history, public records such as bankruptcies, collections and inquiries. A
   credit score is a number computed from one report by a scoring model, such as FICO or VantageScore, to predict the
   likelihood of serious delinquency. A person has many scores because the three bureaus may hold different data, and
   there are many models and versions, including industry-specific ones for auto and card lending, so a score seen in
   an app may differ from the one a lender uses.
"""
