"""Glossary facts: retirement planning, part 2 (required minimum distributions, Social Security, retirement income).

Block format: see :mod:`training.data.gen.glossary`.
"""

TEXT = """
## rmd_starting_age | required_minimum_distributions | easy
Q: At what age must required minimum distributions begin?
Q: A client born in 1955 asks when her first RMD from a traditional IRA is due. What is the rule?
Q: How did SECURE 2.0 change the required beginning date for retirement account withdrawals?
Q: What happens if a retiree delays the first required distribution to April 1 of the next year?
A: Under SECURE 2.0, RMDs begin at age 73 for people born from 1951 through 1959 and at 75 for those born in 1960 or
   later (earlier cohorts started at 70½ or 72). The first RMD is for the year the owner reaches that age and may be
   delayed until April 1 of the following year, the required beginning date; every later RMD is due by December 31.
   Delaying the first one therefore means two taxable RMDs in the same year, which can push income into a higher
   bracket or raise Medicare premiums, so many retirees take the first RMD in the year they turn 73. So a client born
   in 1955 owes her first RMD for 2028, by April 1, 2029 at the latest.

## rmd_calculation | required_minimum_distributions | medium
Q: How is a required minimum distribution calculated?
Q: What role does the Uniform Lifetime Table play in computing an IRA owner's RMD?
Q: A 75-year-old had $500,000 in her IRA on December 31 of last year. How is this year's minimum withdrawal
   determined?
A: An owner's RMD for a year is the account balance on December 31 of the prior year divided by the distribution
   period from the IRS Uniform Lifetime Table for the owner's age on their birthday that year; the divisor is 26.5 at
   73 and 24.6 at 75, so a $500,000 balance at 75 requires about $20,325. If the sole beneficiary for the whole year
   is a spouse more than 10 years younger, the Joint and Last Survivor Table applies instead, giving a longer period
   and a smaller RMD. The calculation is redone each year with the new balance and divisor, and withdrawals above the
   minimum do not count toward future years.

## rmd_aggregation_rules | required_minimum_distributions | medium
Q: If a retiree has several IRAs and 401(k)s, can they take all their RMDs from one account?
Q: Which retirement accounts may be aggregated for RMD purposes?
Q: A client with three IRAs and two old 401(k) plans wants to simplify required withdrawals. What do the aggregation
   rules allow?
A: The RMD must be calculated separately for each account, but the withdrawal rules differ by account type. RMDs for
   all of a person's traditional, SEP and SIMPLE IRAs can be totaled and taken from any one or more of those IRAs;
   403(b) RMDs can likewise be taken from any of the person's 403(b) accounts. Each 401(k), 457(b) or other qualified
   plan must distribute its own RMD, and IRA and plan RMDs cannot satisfy each other. Inherited IRAs can be aggregated
   only with other IRAs inherited from the same decedent and of the same type. Consolidating old 401(k)s into one IRA
   simplifies RMDs, though it gives up the still-working exception for the current employer's plan.

## rmd_missed_penalty | required_minimum_distributions | easy
Q: What is the penalty for missing a required minimum distribution?
Q: A client forgot to take last year's RMD. What should they do now?
Q: How did SECURE 2.0 reduce the excise tax on a missed RMD?
A: The excise tax on the amount not withdrawn was reduced by SECURE 2.0 from 50% to 25%, and to 10% if the shortfall
   is corrected within the correction window, generally by the end of the second year after the year it was missed or
   earlier if the IRS assesses the tax first. The client should take the missed amount as soon as possible and file
   Form 5329; the IRS can waive the tax entirely for reasonable error if the owner explains the cause and shows the
   shortfall has been corrected, attaching a statement and entering "RC" with the amount to be waived on the form.

## rmd_still_working_exception | required_minimum_distributions | medium
Q: Does someone who keeps working past 73 have to take RMDs from their current employer's 401(k)?
Q: What is the still-working exception for required minimum distributions, and who cannot use it?
Q: A 74-year-old employee owns 10% of the company he works for. Can he delay RMDs from the company plan?
A: If the plan allows, an employee who is still working for the plan sponsor can delay RMDs from that employer's
   qualified plan or 403(b) until April 1 of the year after retiring. The exception does not apply to IRAs (including
   SEP and SIMPLE IRAs) or to plans of former employers, and it is not available to anyone who owns more than 5% of
   the business sponsoring the plan, so the 10% owner must take RMDs from age 73 as usual. Rolling old 401(k)s and IRA
   money into the current employer's plan, if accepted, can shelter more money under the exception.

## inherited_ira_ten_year_rule | required_minimum_distributions | hard
Q: How does the 10-year rule work for inherited IRAs?
Q: A 45-year-old inherited her father's IRA in 2023; he was 78 and already taking RMDs. What must she withdraw and
   when?
Q: After the SECURE Act, when must a non-spouse beneficiary take annual distributions from an inherited retirement
   account?
A: For owners who died after 2019, a designated beneficiary who is not an eligible designated beneficiary must empty
   the inherited account by December 31 of the tenth year after the year of death. Under the final regulations, if the
   owner died on or after the required beginning date (already taking RMDs), the beneficiary must also take annual
   RMDs in years one through nine based on their own life expectancy, then empty the account in year ten; if the owner
   died before that date, no annual RMDs are required within the ten years. The IRS waived penalties for missed annual
   amounts for 2021 through 2024, with annual RMDs enforced from 2025. So the 45-year-old must take annual RMDs
   starting in 2025 and empty the account by the end of 2033; spreading withdrawals can help avoid a large tax bill in
   year ten. Inherited Roth IRAs follow the same 10-year deadline but never require annual RMDs because the owner had
   none.

## eligible_designated_beneficiaries | required_minimum_distributions | medium
Q: Who is an eligible designated beneficiary of a retirement account?
Q: Which beneficiaries can still stretch an inherited IRA over their life expectancy after the SECURE Act?
Q: A client's beneficiaries are his wife, his 12-year-old son and his disabled brother. Which of them escape the
   10-year rule?
A: The SECURE Act allows five categories of eligible designated beneficiaries to stretch distributions over their life
   expectancy rather than follow the 10-year rule: the surviving spouse, the owner's minor child (only until age 21,
   after which the 10-year rule applies), a disabled individual, a chronically ill individual, and anyone not more
   than 10 years younger than the owner. In the example, the wife, the son (until 21) and the disabled brother all
   qualify. Other individuals are designated beneficiaries subject to the 10-year rule; non-person beneficiaries such
   as an estate or charity have no designated beneficiary and face the five-year rule or the owner's remaining life
   expectancy, depending on when the owner died. Properly drafted see-through trusts can look through to the trust
   beneficiaries.

## spouse_inherited_ira_options | required_minimum_distributions | hard
Q: What choices does a surviving spouse have when inheriting an IRA?
Q: A 52-year-old widow inherits her husband's IRA and needs some income now. Should she roll it into her own IRA or
   keep it as an inherited IRA?
Q: How do spousal rollover and inherited IRA treatment compare for a surviving spouse?
A: A surviving spouse who is the sole beneficiary can treat the IRA as her own or roll it into her own IRA, or remain
   a beneficiary with an inherited IRA. As her own, RMDs follow her age and she can name new beneficiaries, but
   withdrawals before 59½ face the 10% additional tax. As an inherited IRA, withdrawals are never penalized, and if
   the deceased spouse died before his required beginning date, she can delay RMDs until he would have reached RMD
   age. A 52-year-old needing income often keeps an inherited IRA until 59½ and then rolls it into her own IRA, which
   is allowed later. Since 2024 a spouse may also elect to be treated as the deceased employee for RMD purposes.

## roth_accounts_no_lifetime_rmd | required_minimum_distributions | easy
Q: Do Roth IRAs have required minimum distributions?
Q: Are Roth 401(k) balances subject to RMDs after 2024?
Q: Why do planners say Roth accounts give retirees more control over their taxable income?
A: Roth IRAs have never required distributions during the original owner's lifetime, and since 2024 SECURE 2.0 also
   exempts designated Roth accounts in 401(k), 403(b) and governmental 457(b) plans from lifetime RMDs. The owner can
   therefore leave the money to grow tax-free and withdraw only when useful, which helps manage taxable income, IRMAA
   brackets and the taxation of Social Security. Beneficiaries who inherit a Roth account are subject to the
   inherited-account rules (generally the 10-year rule), but their withdrawals are normally tax-free.

## qualified_longevity_annuity_contract | required_minimum_distributions | easy
Q: What is a qualified longevity annuity contract (QLAC)?
Q: How can a retiree use a QLAC to reduce required minimum distributions?
Q: What are the current purchase limits and age rules for QLACs?
A: A QLAC is a deferred income annuity bought with IRA or qualified plan money that starts paying no later than age
   85. The premium is excluded from the account balance used to calculate RMDs until payments begin, lowering RMDs and
   taxes in the meantime, and the annuity provides income insurance for late life. SECURE 2.0 removed the former
   25%-of-balance cap and set a dollar limit of $200,000 (indexed: $200,000 for 2024 and $210,000 for 2025) across all
   of a person's QLACs. QLACs cannot have cash surrender value, but they may include a return-of-premium death benefit
   and a free-look period.

## full_retirement_age | social_security | easy
Q: What is Social Security full retirement age?
Q: At what age can someone born in 1962 collect an unreduced Social Security retirement benefit?
Q: Why does the point at which benefits become unreduced matter when deciding when to claim?
A: Full retirement age (FRA) is the age at which a worker receives 100% of their primary insurance amount. It is 66
   for people born 1943-1954, rises by two months per birth year for those born 1955-1959, and is 67 for anyone born
   in 1960 or later. Claiming before FRA (as early as 62) permanently reduces the benefit; delaying past FRA up to 70
   increases it. FRA also matters for the earnings test, which stops applying at FRA, and for spousal and survivor
   benefits, which are reduced if claimed earlier. For someone born in 1962, FRA is 67.

## early_claiming_reduction | social_security | medium
Q: How much is a Social Security retirement benefit reduced if claimed at 62?
Q: Explain the monthly reduction formula for claiming Social Security before full retirement age.
Q: A client with a full retirement age of 67 wants to start benefits at 64. What percentage of the full benefit will
   she get?
A: The benefit is reduced by 5/9 of 1% for each of the first 36 months before full retirement age and 5/12 of 1% for
   each additional month. With an FRA of 67, claiming at 62 (60 months early) cuts the benefit by 20% + 10% = 30%, to
   70% of the primary insurance amount; claiming at 64 (36 months early) cuts it by 20%, to 80%. The reduction is
   permanent, though benefits still get cost-of-living adjustments, and it also lowers the survivor benefit a spouse
   could later receive. Early claiming can still make sense with poor health, a short life expectancy or a pressing
   need for income.

## delayed_retirement_credits | social_security | medium
Q: How much does delaying Social Security past full retirement age increase the benefit?
Q: What are delayed retirement credits?
Q: A client with an FRA of 67 asks whether waiting until 70 is worth it. How large is the increase?
A: For people born in 1943 or later, delayed retirement credits raise the benefit by 2/3 of 1% for each month claiming
   is delayed past full retirement age, 8% a year, until age 70, after which no more credits accrue. With an FRA of
   67, waiting to 70 yields 124% of the primary insurance amount, and cost-of-living adjustments are applied to the
   larger base. The breakeven versus claiming at FRA is typically around age 80 to 83, so delay pays off for those who
   expect to live longer. Delayed credits also increase the survivor benefit a spouse receives, but they do not
   increase spousal benefits paid while the worker is alive.

## pia_and_aime | social_security | hard
Q: How is a Social Security retirement benefit calculated?
Q: What are AIME, PIA and bend points?
Q: Why does Social Security replace a larger share of income for lower earners than for higher earners?
A: Social Security indexes a worker's covered earnings for wage growth (through age 60), takes the highest 35 years
   (with zeros for missing years), and divides their total by 420 months to get the average indexed monthly earnings
   (AIME). The primary insurance amount (PIA), the benefit at full retirement age, is 90% of AIME up to the first bend
   point, plus 32% of AIME between the two bend points, plus 15% above the second; for workers first eligible in 2024
   the bend points were $1,174 and $7,078, and for 2025 $1,226 and $7,391. This progressive formula replaces a higher
   percentage of pre-retirement earnings for lower earners. Working more years can raise the benefit by replacing low
   or zero years in the 35, and earnings above the taxable maximum do not count.

## spousal_benefits | social_security | medium
Q: How do Social Security spousal benefits work?
Q: A wife who had little work history wants to know what she can collect based on her husband's record. What are the
   rules?
Q: Can a spouse get delayed retirement credits on a spousal benefit?
A: A spouse can receive up to 50% of the worker's primary insurance amount if claimed at the spouse's full retirement
   age, but only once the worker has filed for their own benefit. Claiming before the spouse's FRA reduces the benefit
   (to as little as 32.5% of the worker's PIA at 62 when FRA is 67), and delaying past FRA earns no delayed credits,
   so there is no reason for the spouse to wait beyond FRA. If the spouse also has their own benefit, they receive
   their own benefit plus any excess spousal amount, not both in full. A spouse caring for the worker's child under 16
   or disabled can collect at any age without reduction.

## survivor_benefits | social_security | medium
Q: What Social Security benefits does a widow or widower receive?
Q: A 63-year-old widow is deciding whether to claim her survivor benefit or her own retirement benefit first. What
   flexibility does she have?
Q: How does the deceased spouse's claiming age affect the survivor's benefit?
A: A surviving spouse can receive up to 100% of the deceased worker's benefit, including any delayed retirement
   credits, if claimed at the survivor's full retirement age; reduced survivor benefits are available from age 60 (50
   if disabled), down to 71.5% at 60. If the worker claimed early, the survivor benefit is the larger of the worker's
   reduced benefit or 82.5% of the worker's PIA. Survivor and own retirement benefits are separate entitlements, so
   the survivor can take one first and switch to the other later, for example survivor benefits at 60 and her own at
   70 with delayed credits, or her own reduced benefit at 62 and the full survivor benefit at FRA. Remarriage before
   60 generally ends eligibility, while remarriage at 60 or later does not.

## retirement_earnings_test | social_security | hard
Q: How does the Social Security earnings test work if someone claims early and keeps working?
Q: A 63-year-old collecting benefits will earn $40,000 from a part-time job in 2024. How much of her benefit is
   withheld?
Q: Are benefits withheld under the earnings limit lost permanently?
A: Before full retirement age, benefits are withheld if earned income exceeds an annual limit: in 2024, $1 for every
   $2 earned above $22,320 ($23,400 in 2025); in the calendar year the worker reaches FRA, $1 for every $3 above
   $59,520 ($62,160 in 2025), counting only earnings before the month FRA is reached. From FRA on there is no limit.
   Only wages and net self-employment earnings count, not pensions or investment income. At $40,000 in 2024 the excess
   is $17,680, so $8,840 is withheld, usually by holding back whole monthly checks. Withheld benefits are not lost: at
   FRA, Social Security recalculates the benefit to credit the months withheld, raising later payments.

## taxation_of_social_security | social_security | hard
Q: How much of a Social Security benefit is subject to federal income tax?
Q: What is provisional income and how does it determine the taxable portion of benefits?
Q: A retired couple has $30,000 of benefits and $40,000 of IRA withdrawals. Will their Social Security be taxed?
A: The taxable part of benefits depends on provisional (combined) income: adjusted gross income excluding Social
   Security, plus tax-exempt interest, plus half of the benefits. For joint filers, up to 50% of benefits are taxable
   when provisional income exceeds $32,000, and up to 85% when it exceeds $44,000; for single filers the thresholds
   are $25,000 and $34,000. The thresholds are not indexed for inflation, so more retirees are affected each year. The
   couple's provisional income is $40,000 + $15,000 = $55,000, above $44,000; the IRS worksheet makes 85% of the
   $11,000 excess plus $6,000, or $15,350 (about half the benefits), taxable, and the share climbs toward the 85% cap
   as other income grows. Roth withdrawals do not count, which is one reason Roth money can reduce taxes on benefits;
   many states exempt benefits entirely.

## divorced_spouse_benefits | social_security | medium
Q: Can an ex-spouse collect Social Security on a former husband's or wife's record?
Q: A client was married for 12 years and divorced 8 years ago. What must be true for her to claim a divorced-spouse
   benefit?
Q: Does a divorced spouse's claim reduce the benefits of the worker or his new wife?
A: A divorced spouse can claim benefits on an ex-spouse's record if the marriage lasted at least 10 years, the
   claimant is currently unmarried and at least 62, and the ex-spouse is entitled to benefits; if they have been
   divorced at least two continuous years, the claimant can file even if the ex-spouse has not yet claimed. The
   benefit is up to 50% of the ex-spouse's PIA at the claimant's full retirement age (reduced if earlier), and on the
   ex-spouse's death the claimant may receive divorced-survivor benefits of up to 100%. Claims by a divorced spouse do
   not reduce the worker's benefit or that of a current spouse, and the worker is not notified.

## wep_gpo_repeal | social_security | easy
Q: What were the Windfall Elimination Provision and Government Pension Offset, and what happened to them?
Q: A retired teacher with a state pension was told her Social Security would be reduced. Is that still true?
Q: How did the Social Security Fairness Act affect people with pensions from non-covered public employment?
A: The Windfall Elimination Provision (WEP) reduced the retirement benefit of workers who also received a pension from
   employment not covered by Social Security, and the Government Pension Offset (GPO) reduced spousal and survivor
   benefits by two-thirds of such a pension. The Social Security Fairness Act, signed on January 5, 2025, repealed
   both for benefits payable for months after December 2023. Affected beneficiaries, such as many teachers, police
   officers and federal workers under the old civil service system, received higher monthly benefits and retroactive
   payments, and some who were previously ineligible for spousal or survivor benefits because of the GPO may now
   apply.

## married_couple_claiming_strategy | social_security | hard
Q: Why do planners often advise the higher-earning spouse in a married couple to delay Social Security until 70?
Q: A couple, both 62, has PIAs of $3,000 and $1,200. How should they think about coordinating their claiming ages?
Q: How does the survivor benefit change the claiming decision for the higher earner in a marriage?
A: When one spouse dies, the survivor keeps the larger of the two benefits, so the higher earner's benefit effectively
   lasts as long as either spouse lives. Delaying it to 70 raises it by 8% a year past full retirement age (to 124% of
   PIA with an FRA of 67), and that larger amount becomes the survivor benefit, insuring against the risk that one
   spouse lives into their 90s. The lower earner's own benefit matters less because it stops at the first death, so
   that spouse often claims earlier to provide cash flow while the higher earner waits. Exceptions include poor health
   for both spouses, a large age gap or an urgent need for income; the couple can bridge the delay with portfolio
   withdrawals, which also makes room for Roth conversions.

## social_security_credits | social_security | easy
Q: How does someone qualify for Social Security retirement benefits?
Q: What is a Social Security credit, and how many are needed?
Q: A client worked only seven years in the U.S. Is he eligible for retirement benefits?
A: Workers earn Social Security credits (quarters of coverage) on covered earnings, up to four a year; in 2024 each
   credit required $1,730 of earnings (2025: $1,810), so earning $6,920 in 2024 gave all four. Forty credits, about
   ten years of work, are required for retirement benefits; the amount then depends on lifetime earnings, not the
   number of credits. Someone with seven years of work may lack 40 credits but could qualify for spousal benefits, or
   under a totalization agreement that counts work in certain other countries. Disability and survivor benefits
   require fewer credits for younger workers.

## social_security_cola | social_security | easy
Q: How are Social Security cost-of-living adjustments determined?
Q: What were the Social Security COLAs for 2024 and 2025?
Q: Why is the inflation adjustment on Social Security valuable compared with most pensions and annuities?
A: Social Security benefits are adjusted each January by the percentage increase in the CPI-W (the consumer price
   index for urban wage earners and clerical workers) from the third quarter of the previous year to the third quarter
   of the current year; there is no decrease in a year of deflation. The COLA was 3.2% for 2024 and 2.5% for 2025.
   Because the adjustment applies for life and to survivor benefits, Social Security is an inflation-protected
   lifetime annuity, which private annuities rarely offer at reasonable cost. Medicare Part B premium increases,
   deducted from benefits, can absorb part of the COLA.

## voluntary_suspension_and_withdrawal | social_security | medium
Q: Can someone undo a decision to claim Social Security early?
Q: What options exist to stop or restart Social Security benefits after filing?
Q: A client claimed at 62 and now regrets it at 66. What choices does she have?
A: Within 12 months of first becoming entitled, a beneficiary can withdraw the application (Form SSA-521), repaying
   everything received, including benefits paid to family members on the record, and the claim is treated as never
   made; this is allowed only once in a lifetime. After that, a beneficiary who has reached full retirement age can
   voluntarily suspend benefits and earn delayed retirement credits of 8% a year until 70. Since 2016 a suspension
   also suspends benefits of family members on that record (except a divorced spouse) and suspended benefits cannot
   later be claimed as a lump sum. The client who claimed at 62 could suspend at 67, her FRA, to earn credits on her
   reduced benefit until 70.

## four_percent_rule | retirement_income | easy
Q: What is the 4% rule for retirement withdrawals?
Q: Where does the guideline to withdraw 4% of a portfolio in the first year of retirement come from?
Q: What are the main criticisms and limitations of the 4% rule?
A: The 4% rule, from William Bengen's 1994 study of historical U.S. returns, says a retiree who withdraws 4% of the
   starting portfolio in the first year and then increases the dollar amount by inflation each year would not have run
   out of money over any 30-year period in the historical record, using a roughly 50/50 to 75/25 stock-bond mix. It
   implies a savings target of about 25 times annual spending from the portfolio. Limitations: it ignores taxes and
   fees, assumes a 30-year horizon (early retirees need lower rates), is based on U.S. history, and its rigid
   inflation-adjusted spending ignores how real retirees adjust. Flexible strategies such as guardrails let retirees
   start somewhat higher.

## sequence_of_returns_risk | retirement_income | easy
Q: What is sequence-of-returns risk?
Q: Why does a market crash early in retirement hurt more than the same crash later?
Q: Two retirees earn the same average return over 30 years but one runs out of money. How can that happen?
A: Sequence-of-returns risk is the danger that poor returns arrive early in retirement while withdrawals are being
   made. Selling assets at depressed prices to fund spending locks in losses and leaves less capital to benefit from
   the recovery, so two retirees with the same average return can have very different outcomes depending on the order
   of returns. The risk is greatest in the years just before and after retirement, when the portfolio is largest
   relative to remaining contributions. Mitigations include a cash or bond reserve to avoid selling stocks in a
   downturn, a rising-equity glide path, flexible spending rules, guaranteed income such as annuities, and part-time
   work.

## retirement_bucket_strategy | retirement_income | easy
Q: What is the bucket strategy for retirement income?
Q: How does dividing a retirement portfolio into short, medium and long-term buckets work in practice?
Q: Does a bucket approach actually reduce risk, or is it mainly psychological?
A: A bucket strategy divides the portfolio by time horizon: bucket one holds one to three years of spending in cash
   and short-term bonds, bucket two holds several years in intermediate bonds and income investments, and bucket three
   holds long-term growth assets, mainly stocks. Spending comes from bucket one, which is refilled periodically from
   gains in the other buckets, especially after good markets, so stocks need not be sold in a downturn. Its main
   benefit is behavioural: seeing several years of spending safe in cash helps retirees stay invested during market
   declines. Mathematically it is an asset allocation with a rule for which assets to sell, and its results depend on
   how refilling is done.

## guardrails_withdrawal_strategy | retirement_income | medium
Q: How does a guardrails withdrawal strategy work?
Q: Explain the Guyton-Klinger decision rules for retirement spending.
Q: A retiree wants to spend more than 4% but is worried about running out. How can dynamic withdrawal rules help?
A: Guardrails strategies, such as the Guyton-Klinger decision rules, start with a higher initial withdrawal rate than
   the fixed 4% rule and adjust spending as the portfolio changes. If the current withdrawal rate rises above an upper
   guardrail (for example 20% above the initial rate) after losses, spending is cut by a set percentage, often 10%; if
   it falls below a lower guardrail after strong returns, spending rises by a similar amount; inflation raises may
   also be skipped after losing years. Accepting modest cuts in bad markets lets the retiree spend more in most
   scenarios while sharply reducing the risk of depletion. Planners increasingly set guardrails based on the plan's
   probability of success.

## income_floor_strategy | retirement_income | easy
Q: What is the income floor approach to retirement planning?
Q: How can a retiree use guaranteed income to cover essential expenses?
Q: Explain the safety-first or flooring approach and how it differs from a total-return withdrawal strategy.
A: The flooring (safety-first) approach matches guaranteed, ideally inflation-adjusted, income to essential expenses
   such as housing, food, insurance and health care, using Social Security, pensions, single-premium immediate
   annuities, TIPS ladders or bond ladders. The rest of the portfolio is invested for growth and funds discretionary
   spending, so a market decline affects lifestyle extras, not necessities. A total-return approach instead relies on
   systematic withdrawals from a diversified portfolio. Flooring trades some growth and liquidity for certainty;
   delaying Social Security is often the cheapest way to raise the floor because it buys inflation-adjusted lifetime
   income at favourable rates.

## tax_efficient_withdrawal_order | retirement_income | hard
Q: In what order should a retiree withdraw from taxable, tax-deferred and Roth accounts?
Q: A newly retired couple has a brokerage account, traditional IRAs and Roth IRAs. How should they sequence
   withdrawals to minimize lifetime taxes?
Q: Why is the conventional rule of spending taxable money first, then IRA, then Roth not always optimal?
A: The conventional order is taxable accounts first (taxed only on gains, often at low rates), then tax-deferred
   accounts, then Roth, letting tax-advantaged accounts grow longest. But strictly following it can leave very low
   taxable income in early retirement and then large RMDs later that push the couple into higher brackets, raise IRMAA
   and increase the taxable share of Social Security. A better approach usually blends sources to fill lower brackets
   every year: draw on taxable savings while withdrawing or converting enough IRA money to fill the 12% or 22%
   bracket, harvest capital gains at the 0% rate where possible, and keep Roth money for high-expense years or heirs.
   Withdrawals should be planned around ACA subsidy limits before 65 and the IRMAA thresholds after.

## pension_lump_sum_vs_annuity | retirement_income | hard
Q: Should a retiring employee take a pension as a lump sum or as a lifetime annuity?
Q: A client is offered $600,000 now or $3,500 a month for life from her defined benefit plan. What factors matter?
Q: How do interest rates affect the size of a pension lump-sum offer?
A: The decision compares a guaranteed lifetime income, often with survivor options, against a lump sum that can be
   rolled into an IRA and invested. Key factors are health and family longevity, other guaranteed income, the need for
   inflation protection (most private pensions have no COLA), the plan sponsor's financial strength and PBGC coverage
   limits, investment skill and discipline, and legacy goals. Lump sums are calculated with IRS-prescribed corporate
   bond rates and mortality tables, so higher interest rates shrink the lump sum; comparing the offer with the price
   of an equivalent commercial annuity shows whether it is generous. Here $3,500 a month is $42,000 a year, a 7%
   payout on $600,000, which would be hard to replicate safely for someone expected to live an average lifespan or
   longer.

## pension_survivor_options | retirement_income | medium
Q: What survivor options does a defined benefit pension offer a married retiree?
Q: Why does federal law require spousal consent before a retiree picks a single-life pension?
Q: Explain the trade-off between a single-life annuity and a 50% or 100% joint-and-survivor annuity.
A: A single-life annuity pays the highest monthly amount but stops at the retiree's death. A joint-and-survivor
   annuity pays less during the retiree's life and continues a set percentage (commonly 50%, 75% or 100%) to the
   surviving spouse; period-certain options guarantee payments for a minimum number of years. Under ERISA, qualified
   plans must offer married participants a qualified joint-and-survivor annuity of at least 50%, and the spouse must
   consent in writing, notarized or witnessed by a plan representative, to any other choice. Choosing single life and
   buying life insurance to replace income for the spouse ("pension maximization") can work but depends on the
   insurance cost and the retiree's insurability.

## longevity_risk | retirement_income | easy
Q: What is longevity risk?
Q: Why should a 65-year-old couple plan for retirement income to last into their mid-90s?
Q: How can retirees protect themselves against outliving their money?
A: Longevity risk is the chance of living longer than planned and outliving one's savings. Average life expectancy
   understates the planning horizon: for a 65-year-old couple there is a substantial chance that at least one spouse
   lives past 90, so planners often use age 95 or older. Protections include delaying Social Security (higher
   inflation-adjusted lifetime income), lifetime annuities or deferred income annuities such as QLACs, pensions taken
   as lifetime income, conservative initial withdrawal rates with flexible spending, and long-term care planning,
   since late-life costs are often the largest.

## social_security_bridge | retirement_income | hard
Q: What is a Social Security bridge strategy?
Q: A client retires at 62 but wants to delay Social Security to 70. How can she fund the gap, and why might that be
   worth it?
Q: Explain how using portfolio withdrawals to delay benefits can act like buying an annuity.
A: A bridge strategy funds spending from savings (often a dedicated ladder of Treasuries, CDs or TIPS) between
   retirement and a delayed Social Security start, commonly 70. Each year of delay past full retirement age raises the
   lifelong, inflation-adjusted benefit by 8%, and each year before FRA avoids an early-claiming reduction, which is
   typically cheaper than buying comparable inflation-adjusted income from an insurer. The bridge years often have low
   taxable income, creating room for Roth conversions. The trade-offs are a smaller portfolio at 70 and less money for
   heirs if the client dies early; it suits those with good health, sufficient savings and, for married couples, the
   higher earner in particular, since it also raises the survivor benefit.
"""
