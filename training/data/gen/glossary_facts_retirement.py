"""Glossary facts: retirement planning, part 1 (retirement savings, employer plans, IRAs and Roth accounts).

Block format: see :mod:`training.data.gen.glossary`.
"""

TEXT = """
## income_replacement_ratio | retirement_savings | easy
Q: What is an income replacement ratio in retirement planning?
Q: Why do planners often say a retiree needs about 70% to 80% of pre-retirement income?
Q: How should a client estimate how much income they will need once they stop working?
A: The replacement ratio is retirement income needed divided by pre-retirement income. Rules of thumb of 70% to 80%
   reflect that some costs fall in retirement: payroll taxes and retirement saving stop, commuting ends, and the
   mortgage may be paid off. The ratio varies widely: a high saver already living on much less than income may need
   less, while someone with large travel plans or health costs may need 100% or more. A spending-based budget, with
   health care, taxes and inflation included, is more reliable than a percentage of salary.

## pre_tax_vs_roth_contributions | retirement_savings | medium
Q: Should a client make traditional pre-tax or Roth contributions to their retirement plan?
Q: How does the choice between Roth and traditional contributions depend on tax rates now versus later?
Q: A young employee in the 12% bracket and a senior executive in the 35% bracket ask the same question: Roth or
   pre-tax 401(k)? How do the answers differ?
Q: Explain the main reasoning a planner uses to decide between deducting retirement contributions today or taking
   tax-free withdrawals later.
A: Traditional contributions reduce taxable income now and are taxed as ordinary income when withdrawn; Roth
   contributions are taxed now and qualified withdrawals are tax-free. If the marginal rate is the same at both
   points, the two produce the same after-tax result, so the decision turns mainly on whether the client's marginal
   rate in retirement will be higher or lower than today. Roth tends to win for younger or lower-bracket workers,
   those expecting high retirement income or large RMDs, and heirs; pre-tax tends to win in peak earning years in high
   brackets. Other factors favour some of each: tax diversification, the absence of RMDs on Roth accounts during the
   owner's life, and state tax changes at relocation.

## savers_credit | retirement_savings | easy
Q: What is the Saver's Credit?
Q: A part-time worker with low income contributes to an IRA. Is there a tax credit for that?
Q: How does the retirement savings contributions credit work for lower-income households?
A: The Saver's Credit (retirement savings contributions credit) is a nonrefundable federal credit of 50%, 20% or 10%
   of up to $2,000 of retirement contributions per person ($4,000 per married couple filing jointly), depending on
   adjusted gross income; for 2024 no credit was available above $76,500 AGI for joint filers, $57,375 for heads of
   household and $38,250 for other filers. Eligible contributions include IRA and workplace plan deferrals and ABLE
   contributions by the beneficiary. Taxpayers must be 18 or older, not full-time students and not claimed as a
   dependent, and recent distributions reduce the eligible amount. Starting in 2027 SECURE 2.0 replaces it with the
   Saver's Match, a government contribution deposited into the saver's retirement account.

## starting_early_compounding | retirement_savings | easy
Q: Why does starting to save for retirement early matter so much?
Q: Explain to a 25-year-old how compounding makes early contributions more valuable than later ones.
Q: If two people save the same total amount, why can the one who starts ten years earlier end up with far more?
A: Money invested earlier has more years to compound, and growth builds on prior growth. At a 7% return, $10,000 grows
   to about $150,000 over 40 years but only about $76,000 over 30 years, so the extra decade roughly doubles the
   result. A saver who invests for ten years in their twenties and then stops can end up with about as much as one who
   starts at 35 and contributes every year until retirement. Starting early also lets a person reach a goal with a
   lower savings rate and gives more time to recover from market declines.

## retirement_savings_multiples | retirement_savings | medium
Q: How much should someone have saved for retirement by age 40 or 50?
Q: What are salary-multiple benchmarks for retirement savings and how reliable are they?
Q: A 45-year-old asks whether they are on track. How do planners use savings-to-income milestones?
A: A commonly cited guideline (Fidelity's) is to have about 1 times salary saved by 30, 3 times by 40, 6 times by 50,
   8 times by 60 and 10 times by 67, assuming saving about 15% a year from age 25, retiring at 67 and maintaining a
   similar lifestyle. The multiples are rough checkpoints: they ignore pensions, expected Social Security relative to
   income, planned retirement age, spending level and other assets. Someone behind at 45 can close the gap by saving
   more, working longer or adjusting the retirement budget. A projection based on the client's own spending and
   resources is the real test.

## auto_enrollment_secure2 | retirement_savings | medium
Q: What does SECURE 2.0 require for automatic enrollment in new 401(k) plans?
Q: A small business is starting a 401(k) in 2025. Must it automatically enroll employees?
Q: How does automatic enrollment with auto-escalation raise participation and savings rates?
A: SECURE 2.0 requires most new 401(k) and 403(b) plans established after December 29, 2022 to automatically enroll
   eligible employees starting with plan years beginning after December 31, 2024, at a default deferral of 3% to 10%
   of pay that increases by 1 percentage point a year to at least 10% (and at most 15%). Employees can opt out or
   change the rate, and plans must allow penalty-free withdrawal of automatic contributions within 90 days of the
   first deferral. Exceptions include businesses with 10 or fewer employees, businesses less than three years old,
   church plans and governmental plans. Auto-enrollment works because inertia keeps most employees at the default.

## tax_diversification | retirement_savings | easy
Q: What is tax diversification in retirement savings?
Q: Why would a planner want a client to have money in pre-tax, Roth and taxable accounts?
Q: A client has everything in a traditional 401(k). What flexibility might they lack in retirement?
A: Tax diversification means holding savings in accounts with different tax treatment: tax-deferred (traditional
   401(k) and IRA), tax-free (Roth), and taxable brokerage accounts taxed at capital gains rates. In retirement this
   lets the client choose where each year's spending comes from to manage taxable income, for example filling low
   brackets with IRA withdrawals or Roth conversions, drawing on Roth money in a high-expense year to avoid a higher
   bracket or IRMAA surcharge, and harvesting gains at 0% in the taxable account. Someone with everything pre-tax has
   every withdrawal taxed as ordinary income and faces RMDs, and no way to respond if tax rates rise.

## employer_match_basics | employer_plans_401k | easy
Q: How does an employer 401(k) match work?
Q: What does "50% match on the first 6% of pay" mean for an employee's contributions?
Q: Why do planners call the employer match free money, and what should an employee do to capture it?
A: An employer match is a contribution the employer makes based on the employee's own deferrals. With a 50% match on
   the first 6% of pay, an employee earning $80,000 who defers 6% ($4,800) receives $2,400 from the employer;
   deferring less forfeits part of the match, and deferring more earns no extra match. The match is an immediate 50%
   to 100% return, so most planners recommend contributing at least enough to capture it before other saving. Check
   the vesting schedule, whether the match is calculated per paycheck (front-loading deferrals early in the year can
   miss matches unless the plan has a true-up), and whether the match can be made as Roth.

## vesting_schedules | employer_plans_401k | easy
Q: What is vesting in a 401(k) plan?
Q: An employee with a three-year graded schedule is leaving after 2 years. How much of the employer money do they
   keep?
Q: What vesting schedules are permitted for employer contributions to a 401(k)?
A: Vesting is the employee's ownership of plan money. An employee's own deferrals and rollovers are always 100%
   vested; employer contributions can be subject to a schedule. For defined contribution plans, the slowest permitted
   schedules are a three-year cliff (0% until three years of service, then 100%) or a six-year graded schedule (at
   least 20% after two years, rising 20% a year to 100% after six). Under a graded schedule that meets the minimum, an
   employee leaving after two years keeps 20% of the employer contributions. Employees become fully vested at the
   plan's normal retirement age and on plan termination; traditional safe harbor contributions must vest immediately,
   and unvested amounts are forfeited when the employee leaves.

## safe_harbor_401k | employer_plans_401k | easy
Q: What is a safe harbor 401(k)?
Q: A small business owner's 401(k) keeps failing nondiscrimination testing. How could a safe harbor design help?
Q: Which employer contribution formulas qualify a 401(k) for safe harbor status?
A: A safe harbor 401(k) automatically passes the ADP test (and the ACP test for matches meeting the limits), and is
   exempt from top-heavy rules if only safe harbor and deferral contributions are made, in exchange for a required,
   immediately vested employer contribution. Qualifying formulas are a basic match of 100% of the first 3% of pay plus
   50% of the next 2% (4% total), an enhanced match at least as generous, such as 100% of the first 4%, or a 3%
   nonelective contribution to all eligible employees whether or not they defer. A qualified automatic contribution
   arrangement (QACA) version allows a two-year cliff. It lets owners and highly compensated employees defer the full
   limit without refunds from failed tests.

## adp_acp_testing | employer_plans_401k | hard
Q: What are the ADP and ACP nondiscrimination tests in a 401(k)?
Q: Why did a company's highly compensated employees receive refunds of their 401(k) deferrals?
Q: How do the average deferral percentage tests compare highly compensated and other employees, and what happens when
   a plan fails?
A: The actual deferral percentage (ADP) test compares the average deferral rate of highly compensated employees (HCEs)
   with that of non-highly compensated employees (NHCEs); the actual contribution percentage (ACP) test does the same
   for matching and after-tax contributions. Generally, the HCE average may not exceed the NHCE average by more than 2
   percentage points, nor be more than twice it (and it may always be up to 1.25 times the NHCE average). HCEs are 5%
   owners in the current or prior year or employees paid above an indexed threshold in the prior year. A failing plan
   must correct, usually by refunding excess contributions to HCEs (taxable) or by making qualified nonelective
   contributions to NHCEs. Safe harbor designs and auto-enrollment are the usual cures.

## plan_loans_401k | employer_plans_401k | hard
Q: How much can an employee borrow from their 401(k), and what are the repayment rules?
Q: What happens to an outstanding 401(k) loan when an employee leaves the job?
Q: A client wants to take a 401(k) loan for a down payment. What are the costs and risks?
Q: Explain the limits on plan loans and the consequences of default.
A: If the plan allows loans, the maximum is the lesser of $50,000 (reduced by the highest outstanding loan balance in
   the prior 12 months) or 50% of the vested balance, though a plan may allow up to $10,000 even when that exceeds
   half. Loans must generally be repaid in level payments at least quarterly within five years, longer for buying a
   principal residence; the interest goes back into the participant's account. If the employee leaves with a balance
   outstanding, the plan typically offsets the loan against the account; the offset is a taxable distribution (plus
   the 10% additional tax if under 59½) unless the participant rolls over an equal amount to an IRA by the tax return
   due date, including extensions. Costs include lost market growth on the borrowed money and repaying with after-tax
   dollars.

## hardship_withdrawals | employer_plans_401k | easy
Q: What qualifies as a hardship withdrawal from a 401(k)?
Q: A participant faces eviction and wants to tap their 401(k). How do hardship distributions work and how are they
   taxed?
Q: Is a hardship distribution the same as a penalty-free withdrawal?
A: A hardship distribution is allowed only for an immediate and heavy financial need and only in the amount necessary,
   if the plan permits it. IRS safe harbor reasons include medical expenses, purchase of a principal residence,
   tuition and education costs for the next 12 months, payments to prevent eviction or foreclosure, funeral expenses,
   certain casualty repairs to the home and losses from a federally declared disaster. The distribution is taxable
   and, if the participant is under 59½, generally subject to the 10% additional tax unless a separate exception
   applies; it cannot be repaid or rolled over. Current rules let employees self-certify the need and no longer
   suspend deferrals afterward, and a loan, if available, may be cheaper.

## rule_of_55 | employer_plans_401k | easy
Q: What is the rule of 55 for 401(k) withdrawals?
Q: A client retires at 56 and needs income before 59½. Should they roll their 401(k) to an IRA?
Q: Explain the separation-from-service exception to the 10% early distribution tax.
A: Distributions from an employer plan are exempt from the 10% additional tax if the employee separates from service
   with that employer in or after the calendar year they turn 55 (age 50, or 25 years of service, for qualified public
   safety employees in governmental plans). It applies only to the plan of the employer just left, not to IRAs or
   earlier employers' plans, and the distributions are still taxed as ordinary income. A client who retires at 56 and
   needs income before 59½ should keep at least the needed money in that plan rather than rolling everything to an
   IRA, which would lose the exception (though 72(t) payments remain possible). The plan must permit partial
   withdrawals for this to be flexible.

## net_unrealized_appreciation | employer_plans_401k | hard
Q: What is the net unrealized appreciation strategy for employer stock in a 401(k)?
Q: A retiring employee holds company shares in their 401(k) with a cost basis of $50,000 and a market value of
   $400,000. How might NUA treatment save taxes?
Q: What conditions must be met to use NUA treatment, and what are the pitfalls?
A: If employer stock is distributed in kind from a qualified plan as part of a lump-sum distribution after a
   triggering event (separation from service, reaching 59½, disability or death), only the stock's cost basis is taxed
   as ordinary income at distribution (plus the 10% additional tax on the basis if under 55 at separation). The net
   unrealized appreciation, here $350,000, is taxed at long-term capital gain rates when the shares are sold, whatever
   the holding period, and is not subject to the 3.8% net investment income tax; gains after distribution are taxed by
   holding period. The entire vested balance of all the employer's plans of that type must be distributed within one
   calendar year (the rest can be rolled to an IRA). Pitfalls: NUA gets no step-up at death, concentration risk
   remains, and it pays off best with a low basis and high appreciation; rolling the stock to an IRA forfeits the
   treatment.

## mega_backdoor_roth | employer_plans_401k | hard
Q: What is a mega backdoor Roth?
Q: A high earner has maxed out pre-tax 401(k) deferrals. How can after-tax contributions get more money into Roth
   accounts?
Q: Which plan features are needed for a mega backdoor Roth and what tax surprises can occur?
A: A mega backdoor Roth uses after-tax (non-Roth) contributions to a 401(k) up to the overall Section 415(c) limit on
   annual additions ($69,000 in 2024, $70,000 in 2025, not counting catch-ups), less the employee's deferrals and
   employer contributions, and then moves them to Roth through an in-plan Roth conversion or an in-service withdrawal
   rolled into a Roth IRA. The plan must allow both after-tax contributions and in-service conversions or withdrawals.
   Earnings that accrue on after-tax money before conversion are taxable when converted, so frequent or automatic
   conversion keeps the tax near zero. After-tax contributions are subject to the ACP nondiscrimination test, which
   can limit highly compensated employees in some plans.

## plan_403b_vs_457b | employer_plans_401k | medium
Q: How do 403(b) and 457(b) plans differ from a 401(k)?
Q: A public school teacher has access to both a 403(b) and a governmental 457(b). Can she contribute to both?
Q: What is special about withdrawals from a governmental 457(b) plan?
A: 403(b) plans serve public schools and 501(c)(3) organizations and work much like 401(k)s, sharing the same elective
   deferral limit; long-service employees of qualifying organizations may get an extra 15-year catch-up of up to
   $3,000 a year ($15,000 lifetime). 457(b) plans serve state and local governments and some tax-exempt organizations
   and have a separate deferral limit, so an employee with both a 403(b) and a 457(b) can defer the full limit to
   each. Distributions from a governmental 457(b) after separation from service are not subject to the 10% early
   distribution tax at any age (except amounts rolled in from other plan types). 457(b) plans also offer a special
   catch-up in the three years before normal retirement age. Non-governmental 457(b) plans are unfunded: assets remain
   subject to the employer's creditors and cannot be rolled to an IRA.

## solo_401k_vs_sep_ira | employer_plans_401k | medium
Q: For a self-employed consultant with no employees, what is the difference between a solo 401(k) and a SEP IRA?
Q: Which lets a sole proprietor with modest income save more: a one-participant 401(k) or a SEP?
Q: Compare the contribution structure and administration of SEP IRAs and individual 401(k)s.
A: A SEP IRA allows only employer contributions, up to 25% of compensation (effectively about 20% of net
   self-employment earnings for a sole proprietor) up to the annual limit ($69,000 in 2024); it is simple to set up,
   and if the owner later hires, eligible employees must receive the same contribution percentage. A solo 401(k) adds
   an employee deferral (up to $23,000 in 2024, plus the age-50 catch-up) on top of the same employer profit-sharing
   contribution, so at modest incomes it allows much more saving; it can include a Roth option and loans. The solo
   401(k) requires a plan document and, once assets exceed $250,000, an annual Form 5500-EZ. A SEP can be set up and
   funded up to the extended tax filing deadline, which helps when deciding late.

## simple_ira_rules | employer_plans_401k | easy
Q: What is a SIMPLE IRA?
Q: What are the contribution rules and employer requirements for a SIMPLE IRA plan?
Q: Why is an early withdrawal from a SIMPLE IRA in the first two years especially costly?
A: A SIMPLE IRA is a retirement plan for employers with 100 or fewer employees that avoids most 401(k) testing and
   administration. Employees can defer up to $16,000 in 2024 ($16,500 in 2025), plus a $3,500 catch-up at 50 or older,
   and the employer must either match dollar for dollar up to 3% of pay (which may be reduced to as low as 1% in two
   of every five years) or make a 2% nonelective contribution for all eligible employees; contributions vest
   immediately. Withdrawals within the first two years of participation face a 25% additional tax instead of 10% if
   under 59½, and money can only move to another SIMPLE IRA during that period.

## roth_401k_features | employer_plans_401k | easy
Q: What is a Roth 401(k) and how does it differ from a Roth IRA?
Q: Are Roth 401(k) accounts subject to required minimum distributions?
Q: A high earner cannot contribute to a Roth IRA. Can they use a Roth 401(k) instead?
A: A Roth 401(k) lets employees make after-tax elective deferrals that grow tax-free; qualified distributions (after
   five years of participation and age 59½, death or disability) are tax-free. Unlike a Roth IRA, it has no income
   limit, and the deferral limit is the 401(k) limit ($23,000 in 2024, $23,500 in 2025) shared with pre-tax deferrals,
   far above the IRA limit. Since 2024, Roth accounts in employer plans are no longer subject to RMDs during the
   owner's life. SECURE 2.0 also lets employers make matching and nonelective contributions as Roth, which the
   employee includes in income. Roth 401(k) balances can be rolled into a Roth IRA.

## direct_vs_indirect_rollover | employer_plans_401k | medium
Q: What is the difference between a direct rollover and an indirect rollover from a 401(k)?
Q: A client received a 401(k) check for 80% of their balance. How can they avoid tax on the 20% that was withheld?
Q: Explain the 60-day rollover rule and the one-rollover-per-year limit.
A: In a direct rollover the plan sends the money straight to the IRA or new plan, with no tax withholding. In an
   indirect rollover the plan pays the participant and must withhold 20% for federal tax; to avoid tax on the full
   amount, the participant must deposit 100% of the distribution, including the withheld 20% from other funds, into an
   IRA or plan within 60 days, then recover the withholding as a credit on their return. Any amount not rolled over is
   taxable and possibly subject to the 10% additional tax. Separately, only one IRA-to-IRA indirect rollover is
   allowed per 12 months across all of a person's IRAs; direct trustee-to-trustee transfers and plan-to-IRA rollovers
   are not limited.

## traditional_vs_roth_ira | iras_roth | easy
Q: What is the difference between a traditional IRA and a Roth IRA?
Q: Which kind of IRA gives a tax deduction now and which gives tax-free withdrawals later?
Q: Compare traditional and Roth individual retirement accounts on taxes, income limits and required distributions.
A: Traditional IRA contributions may be deductible (depending on income and workplace plan coverage), growth is
   tax-deferred, and withdrawals are taxed as ordinary income, with required minimum distributions starting at 73 for
   those born 1951-1959. Roth IRA contributions are never deductible, but qualified withdrawals of earnings are
   tax-free and there are no RMDs during the owner's life; contributions can be withdrawn at any time without tax or
   penalty. Direct Roth contributions are limited by income; traditional contributions are not (only the deduction
   is). Both share one annual limit: $7,000 for 2024 and 2025, plus $1,000 at age 50 or older, and need earned income.

## roth_ira_income_limits | iras_roth | medium
Q: What are the income limits for contributing to a Roth IRA?
Q: A married couple with $238,000 of modified AGI in 2024 wants to fund Roth IRAs. How much can they contribute?
Q: How do the Roth IRA contribution phase-out ranges work for 2024 and 2025?
A: Direct Roth IRA contributions phase out based on modified AGI. For 2024 the range is $146,000 to $161,000 for
   single and head-of-household filers and $230,000 to $240,000 for married filing jointly; for 2025 it is $150,000 to
   $165,000 and $236,000 to $246,000. Married filing separately phases out from $0 to $10,000 if the spouses lived
   together. Within the range the allowed contribution is reduced proportionally, so the couple at $238,000 in 2024 is
   80% of the way through and can contribute only about 20% of the limit each, rounded up to the nearest $10. Above
   the range, direct contributions are not allowed, but a backdoor Roth (nondeductible traditional contribution then
   conversion) is available.

## traditional_ira_deductibility | iras_roth | medium
Q: When is a traditional IRA contribution tax-deductible?
Q: A client is covered by a 401(k) at work. Can they still deduct an IRA contribution?
Q: How do the deduction phase-out ranges differ for a spouse who is covered by a workplace plan and one who is not?
A: Anyone with earned income can contribute to a traditional IRA, but the deduction phases out if the taxpayer (or
   spouse) is an active participant in a workplace retirement plan. For 2024, an active participant's deduction phases
   out between $77,000 and $87,000 of modified AGI (single) or $123,000 and $143,000 (married filing jointly); for a
   spouse who is not covered but is married to someone who is, it phases out between $230,000 and $240,000. For 2025
   the ranges are $79,000 to $89,000, $126,000 to $146,000 and $236,000 to $246,000. If neither spouse is covered, the
   contribution is fully deductible at any income. Nondeductible contributions create basis that must be tracked on
   Form 8606.

## backdoor_roth_ira | iras_roth | easy
Q: What is a backdoor Roth IRA?
Q: A client earns too much to contribute to a Roth IRA directly. How can they still get money into one?
Q: What steps and forms are involved in a backdoor Roth contribution?
A: A backdoor Roth is a two-step strategy for people above the Roth income limits: make a nondeductible contribution
   to a traditional IRA (there is no income limit for that), then convert it to a Roth IRA, which has no income limit
   either. If the client has no other pre-tax IRA money, the conversion is nearly tax-free: only earnings between the
   contribution and the conversion are taxable. The contribution and conversion are reported on Form 8606. The main
   trap is the pro-rata rule: existing pre-tax traditional, SEP or SIMPLE IRA balances make part of the conversion
   taxable, so clients often roll those into a 401(k) first if the plan accepts them.

## ira_pro_rata_rule | iras_roth | hard
Q: How does the pro-rata rule affect a Roth conversion?
Q: A client has $93,000 of pre-tax money in a rollover IRA and makes a $7,000 nondeductible contribution, then
   converts $7,000. How much of the conversion is taxable?
Q: Why can't a taxpayer convert only the after-tax dollars in their IRAs?
A: For distributions and conversions, the IRS treats all of a person's traditional, SEP and SIMPLE IRAs as one
   account, so each dollar converted carries a proportional share of after-tax basis: the nontaxable fraction is total
   basis divided by the combined balance of all those IRAs at December 31 of the conversion year, plus distributions
   and conversions during the year. In the example the fraction is $7,000 / $100,000 = 7%, so about $6,510 of the
   $7,000 converted is taxable. Employer plan balances, inherited IRAs, Roth IRAs and a spouse's IRAs are not counted,
   which is why rolling pre-tax IRA money into a 401(k) before year-end can make a backdoor Roth almost tax-free. The
   calculation is done on Form 8606.

## roth_five_year_rules | iras_roth | hard
Q: What are the five-year rules for Roth IRAs?
Q: A 62-year-old opened her first Roth IRA two years ago. Can she withdraw the earnings tax-free?
Q: How does the five-year clock for Roth conversions differ from the one for qualified distributions?
Q: Explain why a client under 59½ who converted to a Roth three years ago might owe a penalty on a withdrawal.
A: There are two clocks. For a qualified (tax-free) distribution of earnings, five tax years must have passed since
   January 1 of the year of the owner's first contribution or conversion to any Roth IRA, and the owner must be 59½,
   disabled or deceased, or using up to $10,000 for a first home; one clock covers all the owner's Roth IRAs.
   Separately, each conversion has its own five-year period for the 10% additional tax: if the owner is under 59½,
   withdrawing a converted amount that was taxable within five years of that conversion triggers the 10% penalty,
   though not income tax again. So the 62-year-old who started two years ago can take contributions and conversions
   freely, but earnings are taxable (not penalized) until her five years are met. A Roth 401(k) has its own separate
   clock.

## roth_ira_ordering_rules | iras_roth | medium
Q: In what order do withdrawals come out of a Roth IRA?
Q: Can someone under 59½ take their Roth IRA contributions back without tax?
Q: Explain the Roth IRA distribution ordering rules for contributions, conversions and earnings.
A: Non-qualified Roth IRA distributions are treated as coming out in a fixed order, aggregating all the owner's Roth
   IRAs: first regular contributions, which are always tax- and penalty-free; then converted amounts, oldest
   conversion first and, within each, the portion that was taxable at conversion before the nontaxable part; and
   earnings last. Because contributions come out first, someone who contributed $30,000 over several years can
   withdraw up to $30,000 at any age without tax or penalty. Converted amounts are not taxed again but may face the
   10% additional tax if withdrawn within five years of conversion before 59½; earnings are taxable (and generally
   penalized under 59½) unless the distribution is qualified.

## roth_conversion_planning | iras_roth | hard
Q: When does a Roth conversion make sense?
Q: A 64-year-old couple just retired, have large traditional IRAs and will claim Social Security at 70. Why might a
   planner suggest Roth conversions now?
Q: What are the costs and side effects of converting a traditional IRA to Roth?
A: A Roth conversion moves pre-tax money to a Roth IRA and taxes the converted amount as ordinary income that year,
   with no 10% penalty on the conversion itself. It pays off when the tax rate on conversion is lower than the rate
   that would apply on later withdrawals, by the owner or heirs. Retirement years before Social Security and RMDs
   begin are often a window of low income, so converting enough each year to fill the 12% or 22% bracket can cut
   lifetime taxes, shrink future RMDs and leave tax-free money to heirs. Side effects include a higher AGI that can
   raise Medicare IRMAA premiums two years later, reduce ACA premium credits, expose more Social Security to tax and
   trigger the 3.8% NIIT on other income. Paying the tax from non-IRA money maximizes the benefit, and conversions can
   no longer be recharacterized (undone) since 2018.

## ira_early_withdrawal_exceptions | iras_roth | medium
Q: What are the exceptions to the 10% penalty on early IRA withdrawals?
Q: A 45-year-old client wants to use IRA money for their child's tuition and a first home. Will they pay the 10%
   additional tax?
Q: Which early-distribution exceptions apply to IRAs but not to 401(k) plans?
A: Distributions before 59½ are generally subject to a 10% additional tax on the taxable amount, but IRA exceptions
   include: death, disability, substantially equal periodic payments (72(t)), unreimbursed medical expenses above 7.5%
   of AGI, health insurance premiums while unemployed, qualified higher education expenses, up to $10,000 lifetime for
   a first-time home purchase, up to $5,000 per birth or adoption, an IRS levy, terminal illness, and since 2024 one
   emergency distribution of up to $1,000 a year and distributions to domestic abuse victims. The education,
   first-home and unemployed-health-insurance exceptions apply only to IRAs, while the separation-at-55 exception and
   QDRO payments apply only to employer plans. The exceptions waive the penalty, not the income tax.

## spousal_ira | iras_roth | easy
Q: Can a non-working spouse contribute to an IRA?
Q: How does a spousal IRA let a stay-at-home parent keep saving for retirement?
Q: A couple has one earner with $90,000 of wages. How much can they put into IRAs in total?
A: Yes. A spouse with little or no earned income can contribute to a traditional or Roth IRA based on the working
   spouse's compensation, as long as the couple files jointly and their combined contributions do not exceed their
   combined taxable compensation. Each spouse can contribute up to the annual limit ($7,000 for 2024 and 2025, plus
   $1,000 if 50 or older), so a couple with one $90,000 earner can contribute $14,000, or more with catch-ups. The
   account is in the non-working spouse's own name, and the usual Roth income limits and deduction rules (based on the
   working spouse's plan coverage) apply.

## ira_contribution_deadline | iras_roth | easy
Q: What is the deadline for making an IRA contribution for a tax year?
Q: Can a client still make a 2024 IRA contribution in March 2025?
Q: Does filing a tax extension give more time to fund an IRA?
A: Traditional and Roth IRA contributions for a tax year can be made until the original due date of that year's
   return, normally April 15 of the following year; filing an extension does not extend the deadline. So a 2024
   contribution can be made up to April 15, 2025, and the deposit must be designated as a prior-year contribution. SEP
   IRA contributions, by contrast, can be made up to the due date of the employer's return including extensions.
   Contributing early in the year gives the money more time to grow tax-advantaged.

## excess_ira_contribution | iras_roth | medium
Q: What happens if someone contributes too much to an IRA?
Q: A client contributed to a Roth IRA and then found their income was over the limit. How can they fix it?
Q: Explain the 6% excise tax on excess IRA contributions and the ways to correct one.
A: An excess contribution, above the annual limit, above earned income, or to a Roth when income is too high, is
   subject to a 6% excise tax for each year it remains in the account. It can be corrected without the 6% tax by
   withdrawing the excess plus the net income attributable to it by the tax return due date including extensions; the
   earnings are taxable and may face the 10% additional tax if under 59½. A Roth excess can instead be recharacterized
   as a traditional IRA contribution by the same deadline, which can then be converted (a backdoor Roth). Another
   option is to leave the excess and apply it to a later year's limit, paying the 6% for each year it stayed excess.

## ira_prohibited_transactions | iras_roth | hard
Q: What is a prohibited transaction in an IRA and what are the consequences?
Q: A client wants their self-directed IRA to buy a vacation home they would use a few weeks a year. Is that allowed?
Q: Can an IRA owner borrow from their IRA or pledge it as loan collateral?
A: Under IRC Section 4975, an IRA may not engage in transactions with disqualified persons, including the owner, the
   owner's spouse, ancestors and lineal descendants and their spouses, and fiduciaries. Prohibited acts include
   selling property to or buying property from the IRA, lending money between the IRA and the owner, using IRA assets
   personally (such as staying in an IRA-owned vacation home) and receiving compensation for managing IRA property. If
   the owner engages in one, the account stops being an IRA as of January 1 of that year and the entire balance is
   treated as distributed at fair market value, taxable and possibly subject to the 10% additional tax. Pledging part
   of an IRA as collateral is treated as a distribution of the pledged portion. IRAs also cannot invest in life
   insurance, and most collectibles are treated as distributions.

## sepp_72t_payments | iras_roth | medium
Q: What are substantially equal periodic payments under Section 72(t)?
Q: A 50-year-old wants to retire early and live on IRA withdrawals. How can they avoid the 10% early distribution tax?
Q: What happens if someone modifies a 72(t) payment schedule too early?
A: Section 72(t) exempts from the 10% additional tax a series of substantially equal periodic payments calculated from
   the account balance and life expectancy under one of three IRS methods: required minimum distribution, fixed
   amortization or fixed annuitization (using an interest rate up to the greater of 5% or 120% of the federal mid-term
   rate). Payments must continue for the longer of five years or until age 59½; a 50-year-old is locked in until 59½,
   a 57-year-old for five years. Changing the payments, adding money or taking extra withdrawals before then
   retroactively applies the 10% tax to every prior payment, plus interest, though a one-time switch to the RMD method
   is allowed. Owners often split IRAs first so only the needed balance is committed.
"""
