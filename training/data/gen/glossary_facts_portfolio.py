"""Glossary facts: portfolio construction, part 1 (asset allocation, risk and return, fixed income).

Block format: see :mod:`training.data.gen.glossary`.
"""

TEXT = """
## strategic_vs_tactical_allocation | asset_allocation | easy
Q: What is the difference between strategic and tactical asset allocation?
Q: Define a strategic asset allocation policy.
Q: An adviser temporarily overweights international stocks because she expects them to outperform. Is that strategic
   or tactical allocation?
A: Strategic asset allocation sets long-term target weights for asset classes, such as 60% stocks and 40% bonds, based
   on the investor's goals, time horizon, risk tolerance and capital market assumptions, and is maintained by periodic
   rebalancing. Tactical asset allocation makes temporary, deliberate deviations from those targets to exploit
   perceived short-term opportunities, within set ranges, then returns to the policy weights. The adviser's overweight
   of international stocks is tactical. Research on diversified portfolios attributes most of the variation in returns
   over time to the strategic allocation, while tactical shifts require skill in market timing, which is hard to
   sustain.

## rebalancing_methods | asset_allocation | medium
Q: How often should a portfolio be rebalanced?
Q: Compare calendar rebalancing with threshold (band) rebalancing.
Q: A 60/40 portfolio drifted to 70/30 after a stock rally. Why would a planner rebalance, and how?
A: Rebalancing restores a portfolio to its target allocation after market moves cause drift, keeping risk at the
   intended level and systematically selling assets that have risen and buying those that have fallen. Calendar
   rebalancing acts on a fixed schedule, such as annually; threshold rebalancing acts when an asset class moves
   outside a band, such as 5 percentage points from target or 20% of its target weight, and can be checked monthly or
   quarterly. Research suggests that annual or threshold-based approaches capture most of the risk control with modest
   trading costs. A 70/30 portfolio carries more equity risk than the client chose, so the planner would sell stocks
   or direct new money to bonds, preferring trades in tax-advantaged accounts, new contributions and dividends, or
   loss harvesting to limit capital gains taxes in taxable accounts.

## glide_path_to_vs_through | asset_allocation | easy
Q: What is a glide path in a target-date fund?
Q: How does a "to" glide path differ from a "through" glide path?
Q: Two 2030 target-date funds hold very different stock allocations. Why might that be?
A: A glide path is the schedule by which a target-date fund reduces equity exposure and increases bonds and cash as
   the target retirement year approaches. A "to" glide path reaches its most conservative allocation at the target
   date and stays there, assuming investors will withdraw the money around retirement. A "through" glide path keeps
   reducing equities for years after the target date, often 10 to 30 years, because it assumes investors will stay
   invested and draw down gradually over a long retirement, so it holds more equity at the target date. Two 2030 funds
   can therefore differ substantially in equity exposure, and in fees and underlying funds, so investors should look
   beyond the target year.

## risk_tolerance_vs_capacity | asset_allocation | easy
Q: What is the difference between risk tolerance and risk capacity?
Q: A young high earner is eager to take risk, while a retiree with a large pension is nervous about markets. How do
   their willingness and ability to take risk differ?
Q: Why do planners assess both an investor's attitude toward risk and their financial ability to bear it?
A: Risk tolerance is the investor's psychological willingness to accept volatility and losses; risk capacity is their
   financial ability to withstand losses without jeopardizing goals, determined by time horizon, income stability,
   wealth relative to needs, liquidity needs and other resources such as pensions. The two can conflict: an eager
   young investor with unstable income and no emergency fund may have high tolerance but low capacity, while a nervous
   retiree whose essential spending is covered by a pension has low tolerance but high capacity. A suitable allocation
   generally respects the lower of the two and may include education to close the gap. Risk required, the return
   needed to reach goals, is a third consideration.

## asset_location | asset_allocation | easy
Q: What is asset location?
Q: A client holds bonds in a taxable account and growth stocks in her IRA. How could relocating them improve after-tax
   returns?
Q: Which investments generally belong in taxable, tax-deferred and Roth accounts?
A: Asset location places each investment in the account type where its returns are taxed most favourably, while
   keeping the overall allocation unchanged. In general, tax-inefficient assets that produce ordinary income, such as
   taxable bonds, REITs and high-turnover active funds, go in tax-deferred accounts; assets with the highest expected
   growth go in Roth accounts, where growth is never taxed; and tax-efficient assets such as broad-market index funds
   and ETFs, municipal bonds and stocks held long-term (whose qualified dividends and gains are taxed at low rates and
   can get a step-up at death or be donated) go in taxable accounts. Swapping the client's bonds into the IRA and
   stocks into the taxable account would usually raise after-tax returns. Trade-offs include liquidity needs,
   interest-rate environment and the cost of realizing gains to relocate.

## core_satellite_approach | asset_allocation | easy
Q: What is a core-satellite portfolio?
Q: How can an investor combine low-cost index funds with a few active or thematic positions?
Q: Explain the purpose of the core and the satellites in portfolio construction.
A: A core-satellite portfolio holds most of its assets, often 70% to 90%, in a low-cost, broadly diversified core,
   typically index funds or ETFs matching the strategic allocation, and the remainder in satellite positions: active
   managers, factor tilts, sector or thematic funds, alternatives or individual stocks. The core controls cost,
   tracking error and tax efficiency, while the satellites express views or seek excess return without letting any
   single bet dominate overall risk. It is a disciplined way to allow active ideas while keeping the portfolio
   anchored to its policy allocation.

## investment_policy_statement | asset_allocation | easy
Q: What is an investment policy statement?
Q: Which elements belong in an IPS for an individual client?
Q: Why is a written investment policy useful during market turmoil?
A: An investment policy statement (IPS) is a written document that sets out the client's objectives (return
   requirements and risk tolerance) and constraints (time horizon, liquidity needs, taxes, legal and regulatory
   factors, and unique circumstances), the target asset allocation with permitted ranges, rebalancing rules,
   investment selection and monitoring criteria, benchmarks, and the responsibilities of the client and adviser. It
   provides discipline: in a market crash it reminds everyone of the agreed strategy and helps prevent emotional
   decisions, and it documents the prudence of the process, which matters for fiduciaries such as trustees and
   retirement plan committees. It should be reviewed when goals or circumstances change.

## home_country_bias | asset_allocation | easy
Q: What is home country bias in investing?
Q: A U.S. investor holds only U.S. stocks. What diversification might she be missing?
Q: Why do investors tend to overweight their own country's stocks?
A: Home bias is the tendency to hold a much larger share of domestic securities than their weight in global markets;
   U.S. stocks are roughly 60% of global equity market value, yet many U.S. investors hold little outside the U.S.,
   and investors elsewhere are often even more concentrated at home. Causes include familiarity, currency concerns,
   perceived information advantages and costs. Holding only one country's stocks gives up diversification across
   economies, sectors and currencies and the chance that other markets outperform for long periods, as they have at
   times. Many planners hold international stocks at some share of the global weight; currency exposure adds risk but
   also diversification.

## tax_aware_rebalancing | asset_allocation | hard
Q: How can a client rebalance a portfolio held mostly in a taxable account without triggering large capital gains?
Q: A client's taxable account has drifted to 80% stocks with large unrealized gains, while her 401(k) is all bonds.
   What rebalancing options does she have?
Q: What tools can reduce the tax cost of rebalancing?
A: Treat all accounts as one portfolio and rebalance where trading is tax-free first: within the 401(k) or IRAs, sell
   bonds and buy stocks, or the reverse, without any tax. In the taxable account, use cash flows before sales: direct
   new contributions, dividends and interest to underweight assets, and take withdrawals from overweight assets.
   Harvest losses in positions below cost to offset any gains realized, sell high-basis lots first using specific
   identification, and give appreciated shares to charity or a donor-advised fund instead of cash. Wider rebalancing
   bands for taxable assets reduce trading. Because her 401(k) is all bonds, shifting part of it to stocks while she
   stops buying stocks in the taxable account may restore the target allocation with little or no tax, although it
   changes asset location.

## standard_deviation_volatility | risk_return | easy
Q: What does standard deviation measure in investing?
Q: A fund has an average return of 8% and a standard deviation of 15%. What range of annual returns should an investor
   expect?
Q: Why is volatility used as a measure of investment risk, and what does it miss?
A: Standard deviation measures how widely returns vary around their average; higher standard deviation means more
   volatility. If returns were roughly normally distributed, about two-thirds of annual returns would fall within one
   standard deviation of the mean and about 95% within two, so a fund averaging 8% with 15% volatility would return
   between -7% and 23% in about two years out of three, and between -22% and 38% in about 19 of 20. Volatility is easy
   to estimate and combine in portfolios, but it treats upside and downside surprises alike, and real return
   distributions have fatter tails than the normal curve, so extreme losses occur more often than it implies. Measures
   such as maximum drawdown and downside deviation complement it.

## correlation_and_diversification | risk_return | easy
Q: How does correlation affect diversification?
Q: Why can adding a volatile asset sometimes reduce a portfolio's overall risk?
Q: What does a correlation of +1, 0 or -1 between two assets mean for a portfolio?
A: Correlation measures how two assets' returns move together, from +1 (perfectly in step) through 0 (unrelated) to -1
   (perfectly opposite). A portfolio's volatility depends on the volatilities of its holdings and their correlations:
   unless correlation is +1, combining assets produces portfolio volatility below the weighted average of their
   volatilities, and the lower the correlation, the bigger the reduction. So a volatile asset with low or negative
   correlation to the rest of the portfolio can lower total risk. Diversification reduces risk without necessarily
   reducing expected return, which is why it is called the only free lunch in investing. Correlations are not stable
   and tend to rise in crises, reducing diversification when it is most needed.

## systematic_vs_unsystematic_risk | risk_return | easy
Q: What is the difference between systematic and unsystematic risk?
Q: Which kind of investment risk can be eliminated by diversification?
Q: Why doesn't the market reward investors for holding company-specific risk?
A: Systematic (market) risk comes from economy-wide factors, such as recessions, interest rate changes, inflation and
   market sentiment, that affect nearly all securities, and cannot be diversified away. Unsystematic (specific or
   idiosyncratic) risk is particular to a company or industry, such as a failed product, a lawsuit or a management
   scandal, and largely disappears in a portfolio of many holdings across industries. Because investors can eliminate
   unsystematic risk cheaply, financial theory (the CAPM) holds that only systematic risk, measured by beta, earns a
   risk premium. An investor concentrated in one stock bears extra risk without extra expected return.

## sharpe_ratio | risk_return | easy
Q: What is the Sharpe ratio?
Q: Fund A returned 10% with 12% volatility and Fund B 12% with 20% volatility, with a 4% risk-free rate. Which had
   better risk-adjusted performance?
Q: How is the Sharpe ratio calculated and interpreted?
A: The Sharpe ratio measures excess return per unit of total risk: (portfolio return - risk-free rate) / standard
   deviation of the portfolio's returns. Higher is better. Fund A's Sharpe ratio is (10% - 4%) / 12% = 0.50 and Fund
   B's is (12% - 4%) / 20% = 0.40, so Fund A delivered more return per unit of volatility even though Fund B earned
   more. The ratio suits comparing total portfolios; it penalizes upside and downside volatility equally, assumes
   roughly normal returns, and can be flattered by strategies with hidden tail risk or smoothed (illiquid) pricing.
   Ratios should be compared over the same period and frequency.

## sortino_treynor_information_ratios | risk_return | medium
Q: How do the Sortino ratio, Treynor ratio and information ratio differ from the Sharpe ratio?
Q: Which risk-adjusted measure should be used to evaluate an active manager against a benchmark?
Q: When is the Treynor ratio more appropriate than the Sharpe ratio?
A: The Sortino ratio replaces standard deviation with downside deviation (volatility of returns below a target or
   minimum acceptable return), so it does not penalize upside volatility. The Treynor ratio divides excess return over
   the risk-free rate by beta instead of standard deviation, measuring return per unit of systematic risk; it is
   appropriate for a portfolio that is one part of a diversified whole, where unsystematic risk is diversified away.
   The information ratio divides active return (portfolio return minus benchmark return) by tracking error (the
   standard deviation of active return), measuring the consistency of a manager's outperformance relative to a
   benchmark, and is the usual measure for active managers. Jensen's alpha, the return above what CAPM predicts for
   the portfolio's beta, is a related measure.

## beta_definition | risk_return | easy
Q: What is beta?
Q: A stock has a beta of 1.5. How is it expected to move relative to the market?
Q: Can a stock have low beta but high volatility?
A: Beta measures a security's sensitivity to market movements: the covariance of its returns with the market's returns
   divided by the variance of the market's returns, usually estimated by regression against an index such as the S&P
   500. A beta of 1 moves in line with the market on average, 1.5 tends to move 50% more (rising about 15% when the
   market rises 10%), 0.5 half as much, and a negative beta tends to move opposite. Beta captures only systematic
   risk, so a stock can be highly volatile with a low beta if most of its volatility is company-specific; gold miners
   and biotech stocks are examples. Beta estimates vary with the period, frequency and index used.

## modern_portfolio_theory | risk_return | medium
Q: What is the efficient frontier in modern portfolio theory?
Q: Explain Markowitz's mean-variance optimization and its practical limitations.
Q: How does the capital market line relate to the efficient frontier?
A: Modern portfolio theory, introduced by Harry Markowitz in 1952, models investors as choosing portfolios based on
   expected return and variance. Combining assets with imperfect correlations produces a set of portfolios; the
   efficient frontier is the subset offering the highest expected return for each level of risk, and rational
   investors choose a point on it according to their risk aversion. Adding a risk-free asset gives the capital market
   line, a straight line from the risk-free rate tangent to the frontier at the market (tangency) portfolio, which has
   the highest Sharpe ratio. In practice, optimization is highly sensitive to estimates of expected returns,
   volatilities and correlations, often producing extreme, concentrated allocations, so practitioners use constraints,
   resampling or approaches such as Black-Litterman.

## arithmetic_vs_geometric_returns | risk_return | hard
Q: What is the difference between arithmetic and geometric average returns?
Q: An investment gains 50% one year and loses 50% the next. What are its arithmetic and geometric average returns?
Q: Why is the geometric mean lower than the arithmetic mean for volatile investments, and which should a planner use
   for projections?
A: The arithmetic mean is the simple average of periodic returns; the geometric mean is the compound annual growth
   rate that links the starting and ending values: [(1 + r1)(1 + r2)...(1 + rn)]^(1/n) - 1. A +50% year followed by
   -50% has an arithmetic average of 0% but a geometric average of about -13.4%, because $100 becomes $150 and then
   $75. The geometric mean is always at or below the arithmetic mean, and the gap (volatility drag) is roughly half
   the variance, so it grows with volatility. Historical performance and long-term compounding should use geometric
   returns; the arithmetic mean is the better estimate of a single future period's expected return and is used in
   Monte Carlo inputs.

## maximum_drawdown | risk_return | easy
Q: What is maximum drawdown and why do investors watch it?
Q: A portfolio rose from $100,000 to $160,000, fell to $96,000, then recovered to $170,000. What was its maximum
   drawdown?
Q: How does drawdown differ from volatility as a measure of risk?
A: Maximum drawdown is the largest percentage decline from a peak to a subsequent trough before a new peak is reached.
   In the example, the decline from $160,000 to $96,000 is a 40% drawdown, even though the portfolio ended higher than
   it started. Unlike standard deviation, which treats gains and losses symmetrically, drawdown measures the depth of
   loss an investor actually experiences, and, combined with the time to recover, relates directly to behavioural risk
   (abandoning a strategy) and to sequence risk for retirees withdrawing money. A 50% loss requires a 100% gain to
   recover. Historical maximum drawdowns depend on the period studied and can understate future ones.

## bond_price_yield_relationship | fixed_income | easy
Q: Why do bond prices fall when interest rates rise?
Q: An investor owns a 3% bond and new bonds now pay 5%. What happens to the value of her bond?
Q: Explain the inverse relationship between bond prices and yields.
A: A bond's price is the present value of its fixed coupons and principal, discounted at the current market yield.
   When market rates rise, the bond's fixed payments are worth less relative to new bonds offering higher coupons, so
   its price falls until its yield matches the market; when rates fall, its price rises. A 3% bond competing with new
   5% bonds must sell below face value (at a discount) so that a buyer's total return, coupons plus the gain to par at
   maturity, approximates 5%. The size of the price change depends mainly on duration: longer maturities and lower
   coupons mean bigger price moves. An investor who holds to maturity still receives par if the issuer does not
   default.

## bond_yield_measures | fixed_income | medium
Q: What is the difference between current yield, yield to maturity and yield to worst?
Q: A callable bond trades above par. Which yield should an investor focus on?
Q: Explain what yield to maturity assumes.
A: Current yield is the annual coupon divided by the bond's current price; it ignores any gain or loss to par and the
   timing of cash flows. Yield to maturity (YTM) is the internal rate of return of buying at the current price and
   receiving all coupons and principal through maturity; it assumes the bond is held to maturity, all payments are
   made and coupons are reinvested at the YTM. For callable bonds, yield to call computes the return if the bond is
   called at the first (or each) call date, and yield to worst is the lowest of the yield to maturity and all yields
   to call. For a callable bond trading above par, the issuer is likely to call it if rates stay low, so yield to
   worst, usually yield to call, is the realistic measure.

## bond_duration | fixed_income | medium
Q: What is duration and how is it used to measure interest rate risk?
Q: A bond fund has a duration of 6 years. What happens to its value if rates rise 1 percentage point?
Q: What is the difference between Macaulay and modified duration?
A: Macaulay duration is the weighted average time until a bond's cash flows are received, weighted by the present
   value of each cash flow, expressed in years. Modified duration, equal to Macaulay duration divided by (1 + yield
   per period), estimates the percentage price change for a 1 percentage point change in yield: a fund with a duration
   of 6 would lose about 6% if rates rose 1 point and gain about 6% if they fell 1 point. Duration is longer for
   longer maturities and lower coupons, and a zero-coupon bond's Macaulay duration equals its maturity. It is a linear
   approximation that works for small rate changes; convexity corrects for larger ones. Matching the duration of
   assets to the timing of a liability (immunization) protects against rate changes.

## convexity_and_callable_bonds | fixed_income | hard
Q: What is bond convexity and why is it valuable?
Q: Why do callable bonds and mortgage-backed securities exhibit negative convexity?
Q: Two bonds have the same duration but different convexity. How will they behave if rates move sharply?
A: Convexity measures how a bond's duration changes as yields change, the curvature of the price-yield relationship.
   Plain (option-free) bonds have positive convexity: as yields fall their prices rise at an accelerating rate, and as
   yields rise their prices fall at a decelerating rate, so for large rate moves they do better than duration alone
   predicts; with equal duration, the bond with more convexity gains more when rates fall and loses less when they
   rise. Callable bonds and mortgage-backed securities have negative convexity at low yields: as rates fall the issuer
   is likely to call the bond or borrowers refinance, capping price gains (price compression), while prices still fall
   when rates rise. Investors demand higher yields to hold negatively convex bonds as compensation for this asymmetric
   risk.

## credit_ratings_and_spreads | fixed_income | easy
Q: What are bond credit ratings and credit spreads?
Q: What is the difference between investment-grade and high-yield bonds?
Q: Why does a BB-rated corporate bond yield more than a Treasury of the same maturity?
A: Credit ratings from agencies such as S&P, Moody's and Fitch assess an issuer's ability to pay interest and
   principal. Bonds rated BBB- (S&P and Fitch) or Baa3 (Moody's) and above are investment grade; those below are
   high-yield or "junk" bonds with materially higher default risk. The credit spread is the extra yield a bond offers
   over a Treasury of similar maturity, compensating for expected default losses, uncertainty about defaults and lower
   liquidity; a BB bond's spread is much wider than a AA bond's. Spreads widen in recessions and market stress,
   causing prices of lower-rated bonds to fall even when Treasury yields are stable. Ratings can lag market
   information, so investors also watch spreads.

## tips_and_i_bonds | fixed_income | medium
Q: How do Treasury Inflation-Protected Securities work?
Q: What is the difference between TIPS and Series I savings bonds?
Q: A retiree wants protection against unexpected inflation. What are the tax and liquidity trade-offs of TIPS and I
   bonds?
A: TIPS are marketable Treasury securities whose principal is adjusted by the CPI-U; the fixed coupon rate is paid on
   the adjusted principal, and at maturity the investor receives the greater of the adjusted or original principal.
   Their yield is a real yield, and they trade in the market, so prices fluctuate before maturity. The annual
   inflation adjustment is taxable as income in the year it accrues even though it is not paid until maturity (phantom
   income), so TIPS are best held in tax-advantaged accounts. Series I savings bonds earn a fixed rate plus an
   inflation rate reset every six months, cannot lose value, are purchased at TreasuryDirect with a limit of $10,000
   per person per year in electronic bonds, cannot be redeemed for the first 12 months, and forfeit the last three
   months of interest if redeemed before five years; their interest is federally taxable but can be deferred until
   redemption and may be excludable when used for qualified higher education expenses. Both are exempt from state and
   local income tax.

## municipal_bonds_tax_equivalent_yield | fixed_income | easy
Q: How do you compare a tax-free municipal bond yield with a taxable bond yield?
Q: An investor in the 32% bracket is offered a 3.5% municipal bond. What taxable yield would match it?
Q: Which investors benefit most from municipal bonds?
A: Interest on most municipal bonds is exempt from federal income tax, and often from state tax for residents of the
   issuing state. The tax-equivalent yield converts a muni yield into the taxable yield with the same after-tax
   return: tax-free yield / (1 - marginal tax rate). For the investor in the 32% bracket, 3.5% / (1 - 0.32) is about
   5.15%, so a taxable bond would need to yield more than that to be better (ignoring state taxes and the 3.8% NIIT,
   which raise the equivalent yield further). Munis therefore suit investors in high brackets holding bonds in taxable
   accounts; they make little sense in IRAs. Private activity bond interest can be subject to the AMT, and capital
   gains on munis are taxable.

## yield_curve_shapes | fixed_income | easy
Q: What is the yield curve?
Q: What does an inverted yield curve mean?
Q: How do normal, flat and inverted yield curves differ, and what might each signal?
A: The yield curve plots yields of bonds with the same credit quality, usually Treasuries, against their maturities. A
   normal curve slopes upward, with longer maturities yielding more to compensate for inflation and interest rate risk
   (the term premium) and often reflecting expectations of steady growth. A flat curve shows similar yields across
   maturities, often during transitions in monetary policy. An inverted curve, with short-term yields above long-term
   yields, typically reflects tight monetary policy and expectations of falling rates, and has preceded most U.S.
   recessions, though with variable and sometimes long lags. The shape affects decisions such as whether to extend
   maturity or keep money in short-term instruments.

## bond_ladder_vs_bond_fund | fixed_income | medium
Q: What is a bond ladder and how does it compare with a bond fund?
Q: A retiree wants to fund the next ten years of spending with bonds. Should she build a ladder or buy a bond fund?
Q: How does a bond ladder manage reinvestment and interest rate risk?
A: A bond ladder holds individual bonds or CDs maturing at staggered dates, such as one each year for ten years; as
   each matures, the proceeds are spent or reinvested at the long end. Because each bond is held to maturity, the
   investor knows the cash each rung will deliver (barring default), which suits funding known expenses, and the
   staggering spreads reinvestment across different rate environments. A bond fund holds a constantly managed
   portfolio with a roughly stable duration; it never matures, so its value at any future date is uncertain, but it
   offers diversification, professional management and liquidity, and can be efficient for small amounts or for credit
   sectors that are hard to buy individually. For the retiree's known spending, a Treasury or TIPS ladder matches cash
   flows precisely; funds suit ongoing allocations. Over the same duration, expected returns are similar.

## accrued_interest_clean_dirty_price | fixed_income | easy
Q: What is accrued interest when buying a bond?
Q: What is the difference between a bond's clean price and dirty price?
Q: An investor bought a bond between coupon dates and paid more than the quoted price. Why?
A: Bonds pay coupons periodically, but the seller has earned interest since the last coupon date. When a bond trades
   between coupon dates, the buyer pays the seller the accrued interest in addition to the quoted price, then receives
   the full next coupon. The quoted (clean) price excludes accrued interest; the invoice (dirty or full) price
   includes it, which is why the investor paid more than the quote. Quoting clean prices keeps prices from jumping
   around coupon dates. For taxes, accrued interest paid at purchase reduces the taxable interest reported from the
   first coupon.
"""
