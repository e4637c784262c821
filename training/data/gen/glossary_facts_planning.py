"""Glossary facts: financial planning (budgeting and cash flow, time value of money, debt management, goals).

Block format: see :mod:`training.data.gen.glossary`.
"""

TEXT = """
## fifty_thirty_twenty_rule | budgeting_cash_flow | easy
Q: What is the 50/30/20 budgeting rule?
Q: A client wants a simple way to split take-home pay without tracking every expense. How does the 50/30/20 guideline
   work?
Q: Under the 50-30-20 framework, which spending falls into each of the three buckets?
A: The 50/30/20 rule divides after-tax income into three buckets: about 50% for needs (housing, utilities, groceries,
   insurance, minimum debt payments), about 30% for wants (dining out, travel, entertainment, upgrades) and about 20%
   for savings and extra debt repayment beyond the minimums. It is a starting guideline, not a law: in high-cost areas
   needs often exceed 50%, and someone behind on retirement saving or carrying high-interest debt may need more than
   20% in the last bucket. Its value is that it gives a quick check on whether fixed costs are crowding out saving.

## emergency_fund_size | budgeting_cash_flow | medium
Q: How large should an emergency fund be?
Q: Why do planners usually recommend three to six months of expenses in reserve, and when should a household hold
   more?
Q: A couple asks whether they really need cash savings when they have a credit card with a high limit. What is the
   case for a separate emergency reserve?
A: A common guideline is three to six months of essential expenses (not income) held in safe, liquid accounts such as
   a high-yield savings or money market account. Hold toward the upper end or beyond, sometimes 9 to 12 months, for a
   single-income household, variable or commission income, self-employment, a specialized job that would take long to
   replace, or dependents and health issues. A credit line is not a substitute: it can be cut or reduced in a
   downturn, it charges high interest, and relying on it turns an emergency into debt. The reserve's job is liquidity
   and stability, so its low return is the cost of insurance, not a mistake.

## zero_based_budgeting | budgeting_cash_flow | easy
Q: What is zero-based budgeting for a household?
Q: Explain the idea of giving every dollar a job before the month starts.
Q: How does a zero-based budget differ from simply tracking last month's spending?
A: In a zero-based budget, income minus planned outflows equals zero: every dollar of expected take-home pay is
   assigned in advance to a category, including savings, debt payments and irregular expenses, so nothing is left
   unallocated. Tracking records what already happened; a zero-based budget plans what will happen and is rebuilt each
   month from the actual income and bills expected. It suits people with irregular expenses or who overspend without a
   plan, though it takes more effort to maintain than a percentage rule.

## pay_yourself_first | budgeting_cash_flow | easy
Q: What does "pay yourself first" mean in personal finance?
Q: Why do planners tell clients to automate savings on payday instead of saving whatever is left at month's end?
Q: Describe the pay-yourself-first approach and the behavioural reason it works.
A: Paying yourself first means treating saving as the first bill: a set amount moves automatically to savings or
   investment accounts (or a payroll deduction to a retirement plan) as soon as income arrives, and spending adjusts
   to what remains. It works because leftover-money saving competes with every spending temptation and usually loses,
   while automation uses inertia in the saver's favour. Payroll deferrals to a 401(k) are the classic example because
   the money never reaches the checking account.

## sinking_funds | budgeting_cash_flow | easy
Q: What is a sinking fund in a household budget?
Q: A client is repeatedly derailed by annual insurance premiums and car repairs. What budgeting tool addresses
   predictable irregular costs?
Q: How is a sinking fund different from an emergency fund?
A: A sinking fund sets aside a fixed amount each month for a known, irregular future expense, such as annual insurance
   premiums, property taxes, holiday gifts, car replacement or home maintenance, so the bill is paid from savings when
   it comes due. For example, a $1,200 annual premium becomes $100 a month. An emergency fund covers unpredictable
   events such as job loss or medical bills; a sinking fund covers expenses that are certain in amount or timing, and
   mixing the two tends to leave the emergency reserve depleted by foreseeable bills.

## savings_rate_measure | budgeting_cash_flow | medium
Q: How is a household savings rate measured, and why does the definition matter?
Q: Should an employer 401(k) match count toward a client's savings rate?
Q: Two clients both say they save 15%. Why might those numbers not be comparable?
A: A savings rate is the amount saved divided by income over the same period, but the numerator and denominator must
   be defined consistently. Some use gross income and count all retirement contributions plus employer match; others
   use take-home pay and count only what is saved out of the paycheck. Because payroll deferrals are taken before
   take-home pay is measured, the same behaviour can look like 15% of gross or 20% of net. Planners typically measure
   total saving (employee deferrals, employer contributions, IRA, HSA and taxable savings) against gross income, so
   the rate can be compared with retirement-planning targets that are usually stated that way, such as saving 15%
   including the match.

## lifestyle_inflation | budgeting_cash_flow | easy
Q: What is lifestyle inflation (lifestyle creep)?
Q: A client just received a large raise. Why should a planner talk about lifestyle creep now?
Q: Explain how rising spending after pay increases can undermine retirement readiness.
A: Lifestyle inflation is the tendency for spending to rise in step with income, so raises and bonuses are absorbed by
   a bigger home, newer cars and higher recurring costs rather than saved. It matters twice for retirement: it lowers
   the amount saved and raises the spending level that retirement income must later replace. A practical defence is to
   commit a fixed share of every raise (for example half) to savings or debt reduction before it reaches the checking
   account, and to be cautious about new fixed commitments, which are harder to reverse than discretionary spending.

## starter_emergency_fund_vs_debt | budgeting_cash_flow | hard
Q: A client has no savings, $12,000 of credit card debt at 24% APR and an employer 401(k) match. In what order should
   they direct spare cash?
Q: Should someone with high-interest card debt build an emergency fund first or pay the debt down first?
Q: Explain to a client why a planner might recommend keeping the 401(k) match, holding a small cash buffer and then
   attacking a 24% credit card.
A: A common sequence is: contribute enough to the 401(k) to get the full employer match (an immediate 50% to 100%
   return), build a starter emergency fund of roughly one month of expenses or a few thousand dollars, then send every
   spare dollar to the 24% card until it is paid off, and only then grow the reserve to three to six months and raise
   long-term saving. Skipping the buffer entirely means the next car repair goes back on the card, restarting the
   cycle; holding a full six-month reserve while paying 24% interest costs far more than the reserve earns. Paying
   down a 24% card is a guaranteed, tax-free 24% return, which no safe investment matches. The client should also stop
   adding new charges, since the plan fails if spending keeps feeding the balance.

## personal_cash_flow_statement | budgeting_cash_flow | easy
Q: What is a personal cash flow statement?
Q: How does a planner's cash flow statement for a family differ from its net worth statement?
Q: Which items appear on a household statement of income and expenses?
A: A personal cash flow statement (statement of income and expenses) summarizes money coming in (salary, business
   income, investment income) and going out (taxes, fixed and variable living expenses, debt payments, savings) over a
   period such as a month or year; the difference is surplus or deficit. It is a flow measure, whereas a net worth
   statement (personal balance sheet) is a snapshot of assets minus liabilities at one date. Together they show
   whether the household lives within its means and how a surplus is being used.

## time_value_of_money_concept | time_value_of_money | easy
Q: What is the time value of money?
Q: Why is a dollar received today worth more than a dollar received in five years?
Q: Explain to a new analyst the basic principle behind discounting and compounding.
A: The time value of money is the principle that money available now is worth more than the same amount later, because
   money in hand can be invested to earn a return, because inflation erodes future purchasing power, and because a
   future payment carries some risk of not arriving. Compounding moves a present amount forward (FV = PV x (1 + r)^n)
   and discounting brings a future amount back (PV = FV / (1 + r)^n). Every loan, bond, annuity and savings projection
   rests on this idea.

## ordinary_annuity_vs_annuity_due | time_value_of_money | medium
Q: What is the difference between an ordinary annuity and an annuity due?
Q: Rent is paid at the start of each month while mortgage payments are made at the end of the period. How does payment
   timing change an annuity's value?
Q: When valuing a stream of level payments, why does it matter whether the payments come at the beginning or the end
   of each period?
A: An ordinary annuity makes its payments at the end of each period (loan payments, bond coupons); an annuity due
   makes them at the beginning (rent, lease payments, insurance premiums). Because each payment of an annuity due
   arrives one period earlier, both its present value and its future value equal the ordinary annuity's value
   multiplied by (1 + r). On a financial calculator this is the BEGIN versus END setting, and mixing them up is a
   common source of errors.

## apr_vs_ear | time_value_of_money | medium
Q: What is the difference between APR and the effective annual rate?
Q: A card quotes an 18% APR compounded monthly. Why is the effective annual rate higher than 18%?
Q: How should a borrower compare loans that compound at different frequencies?
A: An annual percentage rate is a nominal rate: the periodic rate multiplied by the number of periods per year, so
   1.5% a month is quoted as 18% APR. The effective annual rate (EAR, or APY for deposits) includes compounding: EAR =
   (1 + APR/m)^m - 1, so 18% compounded monthly is about 19.56%. Loans and deposits with different compounding
   frequencies should be compared on the effective rate. Note also that a loan's Truth in Lending APR includes certain
   fees as part of the finance charge, so it can differ from the note rate even before compounding is considered.

## rule_of_72 | time_value_of_money | easy
Q: What is the rule of 72?
Q: Is there a quick mental shortcut for how long an investment takes to double?
Q: Explain how dividing 72 by an interest rate estimates doubling time, and where the shortcut breaks down.
A: The rule of 72 estimates the years needed to double money by dividing 72 by the annual percentage return: at 6%
   money doubles in about 12 years, at 9% in about 8. It also works in reverse (72 divided by the years gives the rate
   needed) and for inflation, showing how fast purchasing power halves. The approximation is best for rates of roughly
   6% to 10%; at very high rates it understates doubling time, and for continuous compounding 69.3 is the exact
   constant.

## perpetuity_value | time_value_of_money | easy
Q: What is a perpetuity and how is it valued?
Q: How can a stream of payments that never ends have a finite present value?
Q: Give the formula for the value of a growing perpetuity and its key condition.
A: A perpetuity is a level payment that continues forever; its present value is PV = C / r, where C is the payment per
   period and r the discount rate per period, because payments far in the future have present values approaching zero.
   A growing perpetuity whose payment rises at rate g is worth PV = C1 / (r - g), valid only when r > g, where C1 is
   the first payment one period from now. Preferred stock, endowment spending and the terminal value in a DCF model
   are valued this way.

## nominal_vs_real_rates | time_value_of_money | medium
Q: What is the difference between a nominal and a real interest rate?
Q: How does the Fisher relation link interest rates and inflation?
Q: A savings account pays 4% while inflation runs at 3%. What is the saver's real return, and why is it not simply 1%
   when measured exactly?
A: A nominal rate is the stated rate in dollars; a real rate measures the growth of purchasing power after inflation.
   The exact Fisher relation is (1 + nominal) = (1 + real) x (1 + inflation), so real = (1.04 / 1.03) - 1, about
   0.97%, close to the approximation nominal minus inflation. Planning projections must be consistent: discount
   nominal cash flows at nominal rates and inflation-adjusted (real) cash flows at real rates. Taxes are levied on
   nominal interest, so the after-tax real return can be negative even when the nominal rate exceeds inflation.

## discount_rate_lump_sum_choice | time_value_of_money | hard
Q: A client can take a $500,000 lump sum or $40,000 a year for 20 years. Why does the answer depend on the discount
   rate?
Q: How should a planner think about comparing a lump-sum buyout to a stream of fixed payments?
Q: Explain why the same annuity stream can look like a bargain or a bad deal depending on the rate used to value it.
A: The comparison turns on the present value of the payments, which falls as the discount rate rises. At a low rate
   the payments are worth more than the lump sum; at a high rate they are worth less. The rate at which the two are
   equal is the implied return of taking the payments, and the client should compare it with what they could
   realistically earn on the lump sum at similar risk. Beyond the math, payments offer longevity protection and
   discipline but often no inflation adjustment and depend on the payer's credit; the lump sum offers flexibility and
   a legacy but exposes the client to investment and spending risk. Taxes, health and other guaranteed income belong
   in the decision too.

## compounding_frequency | time_value_of_money | easy
Q: How does compounding frequency affect growth?
Q: Why does interest compounded daily grow slightly faster than interest compounded annually at the same stated rate?
Q: What is continuous compounding?
A: More frequent compounding credits interest on interest sooner, so for the same nominal rate the future value rises
   as compounding moves from annual to monthly to daily. The gain shrinks as frequency increases and approaches a
   limit, continuous compounding, where FV = PV x e^(rt); 5% compounded continuously equals an effective annual rate
   of about 5.13%, versus 5.12% monthly and 5% annually. The difference matters more for large balances, high rates
   and long horizons.

## debt_avalanche_vs_snowball | debt_management | medium
Q: What is the difference between the debt avalanche and debt snowball methods?
Q: Which debt should a client pay off first, the smallest balance or the highest interest rate?
Q: Explain the trade-off between paying debts in order of interest rate and in order of balance size.
A: Both methods pay the minimum on every debt and put all extra money toward one target. The avalanche targets the
   highest interest rate first, which minimizes total interest and usually the time to become debt-free. The snowball
   targets the smallest balance first, producing quick wins that help some people stay motivated even though it costs
   more interest. The avalanche is mathematically optimal; the snowball can be the better choice for someone who has
   abandoned repayment plans before, provided the rate differences are not large.

## debt_consolidation_loan | debt_management | easy
Q: What is a debt consolidation loan?
Q: A client wants to roll several credit cards into one personal loan. What are the pros and cons?
Q: When does consolidating debts into one loan actually save money?
A: A debt consolidation loan is a new loan, usually an unsecured personal loan, used to pay off several existing debts
   so the borrower has one fixed payment. It helps when the new rate is meaningfully lower than the weighted rate on
   the old debts and the term is not stretched so far that total interest rises; origination fees must be included in
   the comparison. The main risk is behavioural: if the paid-off cards are used again, the borrower ends up with the
   loan and new card balances.

## balance_transfer_card | debt_management | medium
Q: How does a 0% balance transfer credit card work, and what are the traps?
Q: A client plans to move $8,000 of card debt to a 0% introductory offer. What should they check first?
Q: Is a balance transfer offer a good way to pay down credit card debt?
A: A balance transfer moves existing card debt to a new card with a low or 0% promotional APR for a set period,
   typically 12 to 21 months, usually for a transfer fee of about 3% to 5% of the amount moved. It saves money only if
   the balance is paid off, or nearly so, before the promotion ends, when the regular APR applies to what remains.
   Other traps: new purchases may accrue interest at the standard rate, a late payment can end the promotion, and
   deferred-interest offers (common on store cards) charge back all the interest if any balance remains at the end.
   Divide the balance by the promotional months to see the payment needed.

## debt_to_income_ratio | debt_management | easy
Q: What is a debt-to-income ratio?
Q: How do lenders use front-end and back-end DTI ratios?
Q: Why does a mortgage lender care about the share of gross income going to debt payments?
A: Debt-to-income (DTI) is monthly debt payments divided by gross monthly income. The front-end (housing) ratio counts
   only the proposed housing payment (principal, interest, taxes, insurance and any HOA or mortgage insurance); the
   back-end ratio adds all other recurring debt payments such as auto, student loan, card minimums and child support.
   Lenders use it to judge capacity to repay; many conventional programs look for a back-end ratio at or below roughly
   36% to 45%, with some allowing higher with strong compensating factors. Living expenses and taxes are not in the
   ratio, so a qualifying DTI can still be a tight budget.

## cancelled_debt_income | debt_management | hard
Q: A creditor settles a client's $20,000 credit card balance for $8,000. What are the tax consequences?
Q: Is forgiven or settled debt taxable income, and when can a client exclude it?
Q: A client received a Form 1099-C after a debt settlement. What should they know before filing?
A: Cancelled debt is generally ordinary income: settling a $20,000 balance for $8,000 creates $12,000 of
   cancellation-of-debt income, and a creditor that forgives $600 or more generally issues Form 1099-C. Exclusions
   exist under IRC Section 108, notably for debt discharged in bankruptcy and to the extent the taxpayer was insolvent
   (liabilities exceeded the fair market value of assets) immediately before the cancellation; the exclusion is
   claimed on Form 982 and may reduce tax attributes. The client should prepare an insolvency worksheet listing all
   assets (including retirement accounts) and liabilities as of the settlement date, and budget for tax if not
   insolvent. Settlement also damages credit, typically for seven years.

## heloc_for_credit_card_debt | debt_management | hard
Q: A homeowner wants to pay off credit cards with a home equity line of credit. What risks should a planner point out?
Q: Why is using home equity to consolidate unsecured debt riskier than it looks?
Q: Compare paying off 22% credit cards with an 8% HELOC versus keeping the debt unsecured.
A: A HELOC's lower rate can cut interest sharply, but it converts unsecured debt, which in a worst case ends in
   collections or bankruptcy, into debt secured by the home, which can end in foreclosure. HELOC rates are usually
   variable, the draw period may require interest-only payments so principal is not repaid unless the borrower chooses
   to, and the lender can freeze or reduce the line if home values fall. Interest is not deductible when the money
   pays credit cards, since home equity interest is deductible only if the loan is used to buy, build or substantially
   improve the home. It works best for a disciplined borrower who closes or stops using the cards and sets a fixed
   payoff schedule.

## public_service_loan_forgiveness | debt_management | easy
Q: How does Public Service Loan Forgiveness work?
Q: A nurse at a nonprofit hospital asks whether her federal student loans could be forgiven. What are the PSLF
   requirements?
Q: What makes a student loan payment count toward PSLF?
A: Public Service Loan Forgiveness cancels the remaining balance of federal Direct Loans after 120 qualifying monthly
   payments (about ten years) made while working full-time for a qualifying employer, which means a government
   organization or a 501(c)(3) nonprofit, among others. Payments must be made under a qualifying repayment plan,
   generally an income-driven plan or the 10-year standard plan, and the employer should be certified periodically.
   Other federal loans such as older FFEL loans must be consolidated into a Direct Consolidation Loan to qualify, and
   private loans never qualify. Forgiveness under PSLF is not taxable federal income, so minimizing payments on an
   income-driven plan is often the best strategy for someone on the PSLF track.

## credit_counseling_vs_debt_settlement | debt_management | medium
Q: What is the difference between a debt management plan and debt settlement?
Q: A client is overwhelmed by card debt and sees ads for debt relief companies. How do nonprofit credit counseling and
   settlement programs compare?
Q: Explain how a credit counseling debt management plan works.
A: In a debt management plan, a nonprofit credit counseling agency negotiates lower interest rates and waived fees
   with card issuers, and the client makes one monthly payment to the agency, which pays creditors; the full balance
   is repaid, usually over three to five years, and the accounts are closed. Debt settlement companies instead have
   the client stop paying and save into an account so they can negotiate to pay less than the balance; this causes
   late payments, collections and possible lawsuits, generates fees, and forgiven amounts may be taxable. Settlement
   companies may not charge fees before settling a debt under the FTC's Telemarketing Sales Rule. A DMP is less
   damaging and is usually the first option to consider; bankruptcy may be more appropriate when debts cannot
   realistically be repaid.

## chapter7_vs_chapter13 | debt_management | medium
Q: What is the difference between Chapter 7 and Chapter 13 bankruptcy for an individual?
Q: A client behind on the mortgage asks which type of personal bankruptcy could let them keep the house. What should
   they understand?
Q: Compare liquidation bankruptcy with a wage-earner repayment plan.
A: Chapter 7 is liquidation: a trustee sells non-exempt assets to pay creditors and most unsecured debts are
   discharged within a few months; eligibility depends on a means test comparing income with the state median. Chapter
   13 is a repayment plan of three to five years funded from income; debtors keep their property and can cure mortgage
   arrears over the plan, which is why it is used to stop a foreclosure. Some debts survive either chapter, including
   most student loans (absent undue hardship), recent taxes, child support and alimony. A Chapter 7 bankruptcy can
   stay on a credit report for 10 years and a Chapter 13 for 7 years.

## smart_financial_goals | goal_based_planning | easy
Q: What makes a financial goal SMART?
Q: A client says their goal is "to save more." How would a planner turn that into a usable goal?
Q: Explain the SMART goal framework as applied to personal finance.
A: SMART goals are Specific, Measurable, Achievable, Relevant and Time-bound. "Save more" becomes "save $30,000 for a
   house down payment in 36 months by transferring $800 a month to a high-yield savings account." A goal stated this
   way has a target amount and date, so the required monthly saving can be calculated, progress tracked and trade-offs
   with other goals made explicit.

## net_worth_statement | goal_based_planning | easy
Q: What is net worth and how is it calculated?
Q: Which assets and liabilities belong on a personal balance sheet?
Q: Why do planners track a client's net worth over time rather than just income?
A: Net worth is total assets minus total liabilities at a point in time. Assets include cash, investment and
   retirement accounts, the market value of a home and other property, and business interests; liabilities include
   mortgages, auto and student loans, card balances and other debts. Tracking it yearly shows whether saving and debt
   reduction are building wealth, which income alone does not reveal. Planners often note that retirement accounts are
   pre-tax and homes are illiquid, so net worth overstates spendable wealth.

## needs_wants_wishes | goal_based_planning | medium
Q: How should a planner prioritize a client's competing financial goals?
Q: What is the needs, wants and wishes framework for ranking goals?
Q: A family wants to retire at 60, pay for private college and buy a vacation home. How can they decide which goals
   come first?
A: Goal-based planning ranks goals by importance and flexibility: needs (essential retirement income, an emergency
   fund, adequate insurance) are funded first; wants (college at a preferred school, earlier retirement) next; wishes
   (a vacation home, a large legacy) only with resources left over. Ranking helps decide where shortfalls are
   absorbed: a wish can be delayed or scaled down, while a need usually cannot. A common example: retirement is a need
   and college is a want, because students can borrow for college but no one lends for retirement.

## goal_time_horizon_allocation | goal_based_planning | medium
Q: Why should the money for a short-term goal be invested differently from retirement savings?
Q: A client saving for a home purchase in two years wants to invest the fund in stocks. How should time horizon guide
   the decision?
Q: Explain how a goal's time horizon and flexibility determine how much investment risk it can carry.
A: Each goal's money should be invested according to when it is needed and how flexible the goal is. Money needed
   within about three years belongs in cash, CDs or short-term bonds, because a stock decline of 30% or more can occur
   just before the purchase with no time to recover. Goals 10 or more years away can carry more equity, since time
   allows recovery and growth matters more. A fixed-date, fixed-amount goal such as a down payment needs less risk
   than a flexible one, and the allocation should shift toward safety as the goal approaches.

## monte_carlo_success_rate | goal_based_planning | medium
Q: What does a Monte Carlo probability of success mean in a financial plan?
Q: A plan shows an 85% probability of success. How should a client interpret that figure?
Q: Why do planners use Monte Carlo simulations instead of a single average-return projection?
A: A Monte Carlo simulation runs a plan through thousands of randomly generated return sequences and reports the share
   of trials in which the goals are met without running out of money. A single average-return projection hides
   sequence risk: the same average return can succeed or fail depending on when the bad years occur. An 85% result
   means 15% of simulated paths fell short at some point, not that the client is 15% likely to be destitute; many
   failures involve modest shortfalls late in life that spending adjustments could prevent. Results depend heavily on
   assumed returns, volatility and inflation, so they are a guide for adjusting the plan, not a precise forecast.

## inflating_goal_costs | goal_based_planning | easy
Q: Why must a planner inflate the cost of a future goal?
Q: If a car costs $40,000 today, why is it wrong to save exactly $40,000 for a purchase ten years away?
Q: How does inflation change the savings target for a long-range goal?
A: Goals are priced in future dollars, so today's cost must be grown at an expected inflation rate to the goal date:
   at 3% a year, a $40,000 purchase costs about $53,800 in ten years. Saving only today's price leaves a shortfall.
   Some costs, such as college tuition and health care, have historically risen faster than general inflation, so
   planners often use a higher rate for them. Alternatively the projection can be done entirely in real terms by using
   an inflation-adjusted return.

## financial_order_of_operations | goal_based_planning | hard
Q: A 30-year-old with a new job asks where each extra dollar should go: emergency fund, 401(k), IRA, HSA, student
   loans or a house fund. What is a sensible order?
Q: Describe a typical priority order for saving and debt repayment and the reasoning behind each step.
Q: How should a client balance high-interest debt, employer match, tax-advantaged accounts and short-term goals?
A: A common sequence: (1) a starter emergency fund; (2) contribute enough to the 401(k) to capture the full employer
   match; (3) pay off high-interest debt such as credit cards; (4) complete a three-to-six-month emergency fund; (5)
   fund an HSA if eligible, given its triple tax advantage; (6) fund a Roth or traditional IRA and raise 401(k)
   contributions toward about 15% of income for retirement; (7) save for medium-term goals such as a home or
   children's education; (8) invest in taxable accounts or prepay low-rate debt. Low-rate student loans or a mortgage
   are usually paid on schedule rather than prepaid while tax-advantaged space is unused. The order is a guideline; a
   fixed-date goal such as a down payment may run in parallel with retirement saving.

## closing_goal_funding_gap | goal_based_planning | hard
Q: A client's plan shows a funding gap for retirement. What levers can close it, and how do they compare?
Q: When projections show a client will not reach a goal, what adjustments can a planner propose?
Q: Explain the main ways to close a shortfall in a long-term goal and the trade-offs of each.
A: There are five main levers: save more, spend less on the goal (a smaller target), extend the time horizon (retire
   later or buy later), take more investment risk, or add resources (part-time work, downsizing, an inheritance).
   Working a few extra years is often the most powerful for retirement because it adds contributions, adds growth and
   shortens the withdrawal period, and delaying Social Security raises lifetime income. Raising expected return by
   taking more risk is the least reliable lever because it widens the range of outcomes. Planners usually combine
   modest changes across several levers rather than relying on one.
"""
