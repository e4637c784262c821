"""Glossary facts: derivatives (options, option strategies, futures and forwards, swaps).

Block format: see :mod:`training.data.gen.glossary`.
"""

TEXT = """
## calls_and_puts | options | easy
Q: What are call options and put options?
Q: What rights and obligations do the buyer and the seller of an option have?
Q: An investor buys one call option on a stock with a $50 strike. What does that contract give her?
A: A call option gives its buyer the right, but not the obligation, to buy the underlying asset at the strike price
   until or at expiration; a put option gives the right to sell at the strike. The buyer pays a premium for the right,
   and the seller (writer) receives the premium and takes on the obligation to sell (for a call) or buy (for a put) if
   the option is exercised and assigned. A standard U.S. listed equity option covers 100 shares, so the investor's
   call lets her buy 100 shares at $50 each. Call buyers profit when the underlying rises above the strike plus the
   premium paid, put buyers when it falls below the strike minus the premium. Buyers' losses are limited to the
   premium; writers of uncovered calls face potentially unlimited losses.

## intrinsic_and_time_value | options | easy
Q: What are intrinsic value and time value of an option?
Q: What do in-the-money, at-the-money and out-of-the-money mean?
Q: A call with a $40 strike trades at $6 when the stock is at $44. How much of the premium is intrinsic value?
A: An option's premium has two parts. Intrinsic value is what it would be worth if exercised now: for a call, the
   stock price minus the strike if positive; for a put, the strike minus the stock price if positive; otherwise zero.
   Time value is the premium minus intrinsic value and reflects the chance that the option becomes more valuable
   before expiration; it depends on time remaining, volatility and interest rates, and decays toward zero at
   expiration. An option is in the money when it has intrinsic value, at the money when the strike equals the stock
   price, and out of the money when it has no intrinsic value. The $40 call with the stock at $44 has $4 of intrinsic
   value and $2 of time value.

## american_vs_european_options | options | easy
Q: What is the difference between American-style and European-style options?
Q: Why are S&P 500 index options settled in cash and exercisable only at expiration?
Q: Can the seller of an American-style option be assigned before expiration?
A: An American-style option can be exercised at any time up to expiration; a European-style option can be exercised
   only at expiration (though both can be sold before then). Most U.S. listed options on individual stocks and ETFs
   are American-style and physically settled in shares, so writers can be assigned early, most often just before an
   ex-dividend date for calls or when puts are deep in the money. Many broad index options, such as SPX options, are
   European-style and cash-settled, paying the difference between the settlement value and the strike, because
   delivering the index's component stocks would be impractical. The right to exercise early makes an American option
   worth at least as much as an otherwise identical European option.

## put_call_parity | options | medium
Q: What is put-call parity?
Q: How can a trader create a synthetic long stock position with options?
Q: If a European call is priced too high relative to the put with the same strike and expiration, how could an
   arbitrageur profit?
A: For European options on a non-dividend-paying stock with the same strike K and expiration T, put-call parity states
   C - P = S - K x e^(-rT), or equivalently C + PV(K) = P + S: a call plus cash equal to the present value of the
   strike has the same payoff at expiration as a put plus the stock (a protective put), so they must cost the same.
   Rearranging gives synthetic positions: long call plus short put with the same strike equals a synthetic long stock
   (financed at the risk-free rate); long stock plus long put equals a synthetic call. If the call is overpriced
   relative to parity, an arbitrageur sells the call and buys the synthetic equivalent (buy the put, buy the stock,
   borrow PV(K)), locking in the difference. Dividends reduce the stock side by their present value, and for American
   options parity holds only as inequalities.

## option_greeks | options | medium
Q: What are the option Greeks?
Q: Explain delta, gamma, theta, vega and rho.
Q: A trader is long an at-the-money call with a week to expiration. Which Greeks matter most to her position?
A: The Greeks measure an option's sensitivity to its inputs. Delta is the change in option price for a $1 change in
   the underlying (0 to 1 for calls, -1 to 0 for puts; about 0.5 at the money) and approximates a hedge ratio. Gamma
   is the rate of change of delta, highest for at-the-money options near expiration. Theta is the change in value as
   time passes, usually negative for long options (time decay), accelerating as expiration nears for at-the-money
   options. Vega is the change for a 1-point change in implied volatility, largest for at-the-money options with
   longer maturity. Rho is the sensitivity to interest rates. The trader with a short-dated at-the-money call has high
   gamma (delta will swing sharply) and high negative theta (rapid decay), while vega matters less so close to
   expiration.

## implied_volatility | options | easy
Q: What is implied volatility?
Q: Why do option prices rise before an earnings announcement even if the stock does not move?
Q: What is the volatility skew?
A: Implied volatility is the volatility that, when entered into an option pricing model such as Black-Scholes, makes
   the model price equal the option's market price; it is the market's forecast of future volatility plus a risk
   premium, as opposed to historical volatility measured from past prices. Because higher expected volatility raises
   option values, implied volatility rises before known events such as earnings announcements and typically collapses
   afterward ("volatility crush"), which can cause long option holders to lose money even if the stock moves. Implied
   volatility differs across strikes: in equity markets, lower-strike puts usually have higher implied volatility than
   higher strikes (the skew or smirk), reflecting demand for crash protection. The VIX index measures 30-day implied
   volatility of S&P 500 options.

## early_exercise_american_options | options | hard
Q: When is it optimal to exercise an American call option early?
Q: Why should an investor holding an in-the-money call on a non-dividend-paying stock sell it rather than exercise it?
Q: Under what conditions might early exercise of an American put make sense?
A: For a call on a stock that pays no dividends before expiration, early exercise is never optimal: exercising
   captures only intrinsic value and gives up the remaining time value and the interest earned by paying the strike
   later, so selling the option is always at least as good, which is why American and European calls on non-dividend
   stocks are worth the same. With dividends, exercising just before the ex-dividend date can be optimal when the
   dividend exceeds the remaining time value of the option, because the call holder does not receive the dividend and
   the share price drops by it; this is why short calls are often assigned the day before ex-dividend. For puts, early
   exercise can be optimal even without dividends when the put is deep in the money, because receiving the strike
   price now earns interest that outweighs the little remaining time value. Transaction costs and taxes also affect
   the decision.

## black_scholes_assumptions | options | medium
Q: What are the key assumptions of the Black-Scholes option pricing model?
Q: Why do traders still use Black-Scholes even though its assumptions are unrealistic?
Q: Which inputs does the Black-Scholes formula require?
A: The Black-Scholes-Merton model prices European options using five inputs: the underlying price, strike price, time
   to expiration, risk-free interest rate and volatility (plus dividend yield in the Merton extension). It assumes
   that the underlying follows geometric Brownian motion with constant volatility (lognormal prices), that the
   risk-free rate is constant, that markets are frictionless with continuous trading, no transaction costs or taxes
   and unrestricted short selling, and that there are no arbitrage opportunities. In reality volatility changes and
   differs by strike, prices jump, and trading is discrete and costly. Traders still use it as a common language: they
   quote options in implied volatility and adjust for the skew and term structure, while American options and exotic
   products use binomial trees, finite differences or simulation.

## covered_call_strategy | options_strategies | easy
Q: What is a covered call?
Q: A client owns 500 shares of a stock and wants extra income. How would writing covered calls work, and what does she
   give up?
Q: Describe the risk and reward profile of a buy-write strategy.
A: A covered call (buy-write) combines owning shares with selling call options on them, one contract per 100 shares,
   usually with strikes above the current price. The seller collects premium income, which cushions small declines and
   adds return in flat markets. In exchange, upside above the strike is given up: if the stock rises above the strike,
   the shares are likely to be called away at the strike, so the maximum profit is the strike minus the purchase price
   plus the premium. The downside risk of owning the stock remains, reduced only by the premium received. The strategy
   suits investors who are neutral to mildly bullish and willing to sell at the strike; in taxable accounts,
   assignment can trigger capital gains and certain in-the-money calls can affect holding periods.

## protective_put_strategy | options_strategies | easy
Q: What is a protective put?
Q: An executive with a large stock position worries about a crash over the next six months. How can puts protect him?
Q: How does buying a put work like insurance on a stock position?
A: A protective (married) put combines owning stock with buying a put option on it. If the stock falls below the put's
   strike, the put gains in value, so the position's loss is limited to the stock price minus the strike plus the
   premium paid, while upside is retained except for the premium cost. It works like insurance: the strike acts like a
   deductible level, and the premium is the cost, which rises with implied volatility and with the strike and time
   covered. For the executive, buying six-month puts caps the downside during the period of concern; repeated
   purchases can be expensive, which is why many investors use collars to offset the cost. Insiders must also comply
   with company hedging policies and securities law restrictions.

## collar_strategy | options_strategies | easy
Q: What is an options collar?
Q: How can a zero-cost collar protect a concentrated stock position?
Q: Explain the trade-offs of combining a protective put with a covered call.
A: A collar combines owning stock with buying an out-of-the-money put (the floor) and selling an out-of-the-money call
   (the cap), usually with the same expiration. The call premium offsets some or all of the put's cost; when the
   premiums are equal it is a zero-cost collar. The position's value at expiration is bounded between the put strike
   and the call strike: losses below the floor are protected and gains above the cap are given up. Collars are common
   for concentrated, low-basis stock positions, such as an executive's company shares, because they reduce risk
   without selling and realizing gains, but they must be structured to avoid being treated as a constructive sale for
   tax purposes, which can occur if the band is too narrow. The investor gives up upside in exchange for protection.

## vertical_spreads | options_strategies | medium
Q: What are bull call spreads and bear put spreads?
Q: A trader expects a stock at $100 to rise moderately to about $110. How could a call spread express that view more
   cheaply than buying calls outright?
Q: What are the maximum profit and loss of a debit call spread?
A: A vertical spread buys one option and sells another of the same type and expiration at a different strike. A bull
   call spread buys a lower-strike call and sells a higher-strike call: the sold call reduces the cost but caps the
   gain. Maximum profit is the difference between strikes minus the net premium paid, reached when the stock is at or
   above the higher strike at expiration; maximum loss is the net premium paid. A bear put spread buys a higher-strike
   put and sells a lower-strike put for a moderate decline. For the trader expecting $110, buying the $100 call and
   selling the $110 call costs less than the call alone, and the forgone upside above $110 is upside she did not
   expect anyway. Credit spreads (selling the nearer-the-money option) reverse the profile, collecting premium with
   defined risk.

## straddles_and_strangles | options_strategies | medium
Q: What is the difference between a straddle and a strangle?
Q: A trader expects a big move in a biotech stock after a drug trial result but does not know the direction. Which
   strategy fits?
Q: Why can a long straddle lose money even when the stock moves?
A: A long straddle buys a call and a put with the same strike (usually at the money) and expiration; a long strangle
   buys an out-of-the-money call and an out-of-the-money put, which is cheaper but requires a larger move to profit.
   Both profit from large moves in either direction: at expiration, a straddle breaks even when the stock has moved by
   more than the total premium paid from the strike. They suit events like the drug trial result, but implied
   volatility is usually high before such events, making the options expensive, and after the announcement volatility
   often collapses, so the position can lose money if the move is smaller than the market priced in. Selling straddles
   or strangles collects premium and profits if the stock stays within a range, but carries large or unlimited risk.

## iron_condor | options_strategies | hard
Q: How does an iron condor work?
Q: A trader sells a 95/90 put spread and a 105/110 call spread on a stock trading at $100 for a total credit of $1.50.
   What are the maximum profit, maximum loss and break-even points?
Q: Why is an iron condor considered a defined-risk, range-bound strategy?
A: An iron condor combines a short out-of-the-money put spread and a short out-of-the-money call spread with the same
   expiration: the trader sells a put and a call closer to the current price and buys further out-of-the-money options
   to cap risk. It profits if the underlying stays between the short strikes, as time decay erodes the sold options.
   Maximum profit is the net credit received, here $1.50 per share ($150 per contract set), if the stock ends between
   $95 and $105. Maximum loss is the width of one spread minus the credit, $5.00 - $1.50 = $3.50 per share, if the
   stock ends below $90 or above $110. The break-even points are the short strikes adjusted by the credit: $95 - $1.50
   = $93.50 and $105 + $1.50 = $106.50. Risks include sharp moves, early assignment of short options and the poor
   reward-to-risk ratio that the high probability of small gains implies.

## cash_secured_put | options_strategies | easy
Q: What is a cash-secured put?
Q: An investor wants to buy a stock at $45 that now trades at $50. How can selling a put help?
Q: What are the risks of writing puts to acquire stock?
A: A cash-secured put is a short put option backed by cash equal to the strike price times the shares covered, held in
   the account to buy the shares if assigned. The investor who wants to buy at $45 can sell a $45 put and collect the
   premium: if the stock stays above $45, the put expires worthless and she keeps the premium; if it falls below $45,
   she is likely to be assigned and buys at $45, for an effective cost of $45 minus the premium. The risk is similar
   to owning the stock from $45 down, reduced by the premium, and she misses out if the stock rises sharply without
   her. It suits investors who are genuinely willing to own the stock at the strike price.

## dividend_assignment_risk | options_strategies | hard
Q: Why are short call positions often assigned right before a stock goes ex-dividend?
Q: A trader has a short in-the-money call as part of a spread and the stock goes ex-dividend tomorrow with a $1.00
   dividend. What risk does she face?
Q: How can early assignment turn a defined-risk options spread into an unexpected position?
A: A holder of an American-style call does not receive the dividend; on the ex-dividend date the stock price typically
   falls by about the dividend. If the remaining time value of an in-the-money call is less than the dividend, the
   holder is better off exercising the day before the ex-date to capture the dividend, so the writer is likely to be
   assigned. The short call holder must then deliver shares and, if she does not own them, ends up short stock and
   owes the dividend to the lender of the shares. In a spread, assignment on the short leg leaves the long leg and a
   new stock position, which may require margin and can create unexpected risk over the weekend or overnight. Traders
   manage this by closing or rolling short in-the-money calls with little time value before ex-dividend dates.

## futures_vs_forwards | futures_forwards | easy
Q: What is the difference between a futures contract and a forward contract?
Q: Why do most corporate currency hedges use forwards while speculators use futures?
Q: How does a clearinghouse reduce counterparty risk in futures trading?
A: Both are agreements to buy or sell an asset at a set price on a future date. Forwards are private, over-the-counter
   contracts customized in amount, date and asset; they usually settle at maturity, so each side bears the other's
   credit risk, and they are hard to exit before maturity. Futures are standardized exchange-traded contracts cleared
   through a clearinghouse, which becomes buyer to every seller and seller to every buyer; they are marked to market
   daily with margin, sharply reducing counterparty risk, and positions can be closed easily by offsetting trades.
   Companies hedging specific exposures often prefer forwards from their banks for exact amounts and dates, while
   speculators and many hedgers value the liquidity, transparency and low credit risk of futures. Most futures are
   closed out before delivery.

## futures_margin_mark_to_market | futures_forwards | easy
Q: How do initial margin, maintenance margin and variation margin work in futures?
Q: A trader's futures position loses money, and her account falls below maintenance margin. What happens?
Q: What does daily mark-to-market mean for a futures position?
A: Futures margin is a performance bond, not a loan. The exchange sets an initial margin that must be deposited to
   open a position and a lower maintenance margin. Each day the clearinghouse marks positions to the settlement price
   and moves the day's gains and losses between accounts as variation margin, so profits and losses are realized in
   cash daily rather than at expiration. If losses push the account below the maintenance level, the trader receives a
   margin call and must deposit enough to restore the initial margin (not just the maintenance level) or the broker
   can liquidate the position. Because margin is a small fraction of the contract's value, futures are highly
   leveraged: small price moves produce large percentage gains or losses on the margin posted.

## cost_of_carry_pricing | futures_forwards | medium
Q: How is the fair price of a forward or futures contract determined?
Q: Why does a stock index future usually trade above the index when interest rates exceed the dividend yield?
Q: Explain the cost-of-carry model and the arbitrage that enforces it.
A: By no-arbitrage, a forward price equals the spot price grown by the net cost of carrying the asset until delivery:
   F = S x e^((r - q) x T) with continuous compounding, where r is the financing rate and q the income yield
   (dividends for a stock index, the foreign interest rate for a currency) or, for commodities, storage costs added
   and convenience yield subtracted. If the futures price is above fair value, arbitrageurs buy the asset with
   borrowed money and sell futures (cash-and-carry); if below, they short the asset and buy futures (reverse
   cash-and-carry). A stock index future trades above the index when the interest rate exceeds the dividend yield,
   because holding the index means financing it while receiving a smaller dividend. For currencies, the same logic
   gives covered interest parity.

## contango_and_backwardation | futures_forwards | easy
Q: What are contango and backwardation in futures markets?
Q: Why can a commodity ETF that holds futures lag the spot price of the commodity for years?
Q: Explain roll yield for investors who keep rolling futures positions.
A: A market is in contango when futures prices are above the spot price and longer-dated contracts are priced higher,
   common for storable commodities when carrying costs (financing and storage) are high. It is in backwardation when
   futures are below spot, often when supply is tight and holders of the physical commodity value having it now (a
   high convenience yield). Futures prices converge to spot as expiration nears. An investor who maintains long
   exposure by rolling expiring contracts into later ones sells the cheaper near contract and buys the more expensive
   later one in contango, losing on each roll (negative roll yield), and gains in backwardation. This is why commodity
   funds that hold futures, such as some oil or natural gas ETFs, can lag spot prices substantially over long periods.

## basis_risk_in_hedging | futures_forwards | hard
Q: What is basis risk in hedging with futures?
Q: An airline hedges jet fuel purchases with heating oil futures. Why might the hedge not fully offset its fuel cost
   changes?
Q: How does the basis change over the life of a hedge, and what is a cross hedge?
A: The basis is the spot price of the asset being hedged minus the futures price used to hedge it. A hedge with
   futures locks in a price only if the basis at the time the hedge is lifted is known; basis risk is the uncertainty
   about that final basis. It arises when the hedged asset differs from the futures' underlying (a cross hedge, such
   as jet fuel hedged with heating oil or diesel futures), when the location or quality differs, or when the hedge is
   closed before the futures' delivery date. At expiration the basis converges to zero for the exact asset, but for a
   cross hedge the relationship between jet fuel and heating oil prices can shift, so the airline's gains on futures
   may not match its higher fuel costs. Hedgers reduce but cannot eliminate basis risk by choosing the most correlated
   contract, matching dates and sizing with a minimum-variance hedge ratio.

## minimum_variance_hedge_ratio | futures_forwards | hard
Q: How many futures contracts should a hedger use?
Q: What is the minimum-variance hedge ratio?
Q: A portfolio manager wants to reduce the beta of a $50 million equity portfolio from 1.2 to 0.6 using S&P 500
   futures. How is the number of contracts calculated?
A: The minimum-variance hedge ratio is the number of units of futures per unit of exposure that minimizes the variance
   of the hedged position: h = rho x (sigma of spot changes / sigma of futures changes), equal to the slope from
   regressing spot price changes on futures price changes; the number of contracts is h x (exposure / size of one
   futures contract). For equity portfolios, the analogous approach uses beta: to move a portfolio from beta b1 to b2,
   the number of index futures contracts is (b2 - b1) x (portfolio value / (futures price x contract multiplier)), a
   negative result meaning sell. For the $50 million portfolio, the manager sells 0.6 x $50 million = $30 million of
   index exposure divided by the value of one contract; with E-mini S&P 500 futures at $50 per index point and the
   index at 5,000, one contract represents $250,000, so about 120 contracts. Hedge ratios estimated from history can
   change and must be reviewed, and daily settlement may require "tailing" adjustments.

## section_1256_contracts | futures_forwards | medium
Q: How are regulated futures contracts taxed in the United States?
Q: What is the 60/40 rule for Section 1256 contracts?
Q: A day trader earns $100,000 trading E-mini S&P futures. Why is her tax bill lower than if she had traded stocks?
A: Section 1256 contracts, which include regulated futures contracts, foreign currency contracts, non-equity options
   (such as broad-based index options like SPX) and dealer options, are marked to market at year-end: open positions
   are treated as sold at fair market value on the last business day, so gains and losses are recognized annually
   whether realized or not. Gains and losses are treated as 60% long-term and 40% short-term regardless of holding
   period, giving a maximum blended rate well below the top ordinary rate. The day trader's $100,000 of futures
   profits is taxed 60% at long-term and 40% at short-term rates, whereas stock day trading gains would be entirely
   short-term. Net Section 1256 losses can be carried back three years against Section 1256 gains, and gains and
   losses are reported on Form 6781. Options on individual stocks and narrow-based indexes are not Section 1256
   contracts.

## plain_vanilla_interest_rate_swap | swaps | easy
Q: What is a plain vanilla interest rate swap?
Q: In an interest rate swap, is the notional principal exchanged?
Q: What do the fixed-rate payer and the floating-rate payer each receive in a swap?
A: A plain vanilla interest rate swap is an agreement between two parties to exchange interest payments on a notional
   principal amount for a set term: one pays a fixed rate and receives a floating rate (now typically based on SOFR in
   U.S. dollars), and the other does the reverse. The notional principal is not exchanged; it only determines the size
   of the payments, and on each payment date usually only the net difference is paid. The fixed-rate payer benefits if
   floating rates rise above the fixed rate, and the receiver of fixed benefits if they fall. Swaps let companies and
   investors change the interest rate character of their assets or liabilities without refinancing.

## uses_of_interest_rate_swaps | swaps | hard
Q: How can a company with a floating-rate loan use a swap to lock in a fixed rate?
Q: A company borrowed $50 million at SOFR plus 2% and fears rising rates. What swap would hedge that exposure, and
   what is its effective borrowing cost?
Q: Why would a bank or insurer enter into a receive-fixed swap?
A: A borrower with floating-rate debt can enter a pay-fixed, receive-floating swap on the same notional and dates: the
   floating payments it receives offset the floating interest on its loan, leaving it paying the swap's fixed rate
   plus the loan's credit spread. If the swap rate is 4%, the company paying SOFR + 2% on its $50 million loan
   effectively pays 6% fixed regardless of where SOFR moves. The reverse, receive-fixed and pay-floating, converts
   fixed-rate debt into floating or lets asset managers and insurers lengthen the duration of their assets. Banks use
   swaps to manage mismatches between the rate terms of their loans and deposits. Under hedge accounting, such swaps
   can be designated as cash flow or fair value hedges to reduce earnings volatility.

## swap_valuation | swaps | hard
Q: How is an interest rate swap valued after inception?
Q: A company entered a pay-fixed swap at 3% two years ago, and market swap rates are now 5%. Is the swap an asset or a
   liability to the company?
Q: Explain valuing a swap as a portfolio of bonds or a series of forward rate agreements.
A: At inception, a swap is priced so its value is zero: the fixed rate equals the rate at which the present value of
   expected floating payments equals the present value of fixed payments. Afterward, its value changes with interest
   rates. It can be valued as a portfolio of bonds: a pay-fixed, receive-floating swap is equivalent to being long a
   floating-rate bond (worth about par on reset dates) and short a fixed-rate bond, so its value is the floating bond
   value minus the fixed bond value, both discounted on the current curve. Alternatively it is a series of forward
   rate agreements, each valued using forward rates implied by the curve. When market rates rise from 3% to 5%, the
   fixed-rate bond the company is short falls in value, so the pay-fixed swap has positive value: an asset to the
   company, roughly the present value of receiving the 2% difference on the notional for the remaining term. DV01
   measures how much the value changes per basis point.

## libor_to_sofr_transition | swaps | medium
Q: What replaced LIBOR as the main U.S. dollar floating-rate benchmark?
Q: How does SOFR differ from LIBOR?
Q: Why do SOFR-based loans and swaps often use a credit spread adjustment or term SOFR?
A: After manipulation scandals and the decline of unsecured interbank lending, U.S. dollar LIBOR panel publication
   ended on June 30, 2023, and the Alternative Reference Rates Committee recommended the Secured Overnight Financing
   Rate (SOFR), published by the New York Fed, as its replacement. SOFR is an overnight, nearly risk-free rate based
   on a very large volume of actual Treasury repurchase agreement transactions, whereas LIBOR was a forward-looking
   term rate reflecting banks' unsecured credit risk, based largely on submissions. Because SOFR lacks a bank credit
   component and is overnight, contracts compound SOFR in arrears or use forward-looking Term SOFR rates for loans,
   and legacy contracts transitioned under the federal LIBOR Act added fixed spread adjustments (for example about
   0.26% for three-month LIBOR) to account for the historical difference. Derivatives largely moved to compounded SOFR
   under ISDA fallbacks.

## currency_swaps | swaps | easy
Q: What is a cross-currency swap?
Q: A U.S. company issues bonds in euros but wants dollar liabilities. How can it use a currency swap?
Q: How do currency swaps differ from interest rate swaps in the exchange of principal?
A: In a cross-currency swap, two parties exchange principal and interest payments in different currencies: typically
   they exchange principal amounts at the start at the spot rate, pay interest in each other's currency over the term
   (fixed or floating on each leg), and re-exchange the same principal amounts at maturity, so unlike an interest rate
   swap the principal is actually exchanged. The U.S. company that issues euro bonds can swap the euro proceeds into
   dollars at inception, receive euro interest from the swap to pay its bondholders, pay dollar interest, and at
   maturity receive the euros needed to repay the bonds in exchange for dollars, converting its debt into synthetic
   dollar debt. Companies use them to borrow where funding is cheapest, and they carry significant counterparty and
   exchange rate exposure because of the principal re-exchange.

## credit_default_swaps | swaps | easy
Q: What is a credit default swap?
Q: How does the buyer of CDS protection get paid if the reference entity defaults?
Q: Why can CDS spreads be a useful indicator of credit risk?
A: A credit default swap transfers the credit risk of a reference entity (such as a company or sovereign) from the
   protection buyer to the protection seller. The buyer pays a periodic premium (the CDS spread, quoted in basis
   points of notional, now commonly a standard coupon plus an upfront payment), and if a credit event occurs, such as
   bankruptcy, failure to pay or, for some contracts, restructuring, the seller compensates the buyer for the loss,
   usually through cash settlement based on an auction that sets the recovery price, paying notional times (1 -
   recovery rate). Buyers use CDS to hedge bond or loan exposure or to bet on deterioration without owning the bonds;
   sellers earn premiums by taking credit risk. CDS spreads move in real time and are a market-based measure of
   default risk, often reacting faster than ratings. Standardized index CDS are centrally cleared.

## otc_derivatives_regulation | swaps | medium
Q: How did Dodd-Frank change the regulation of swaps?
Q: What are the ISDA Master Agreement and Credit Support Annex?
Q: Why are most standardized interest rate swaps now centrally cleared?
A: Title VII of the Dodd-Frank Act created a regulatory framework for over-the-counter swaps after the 2008 crisis:
   swaps are regulated by the CFTC and security-based swaps by the SEC; swap dealers and major swap participants must
   register and meet capital, margin and business conduct standards; standardized swaps designated by regulators,
   including many interest rate swaps and CDS indexes, must be cleared through central counterparties and traded on
   swap execution facilities or exchanges; and all swaps must be reported to swap data repositories. Uncleared swaps
   are subject to mandatory initial and variation margin for covered entities. Privately negotiated swaps are
   documented under an ISDA Master Agreement, which sets common terms including events of default and close-out
   netting, with a Credit Support Annex (CSA) governing collateral posting. End users hedging commercial risk can use
   an exception from mandatory clearing.

## total_return_swap | swaps | easy
Q: What is a total return swap?
Q: How can an investor gain exposure to a stock or bond index without owning it?
Q: What risks do total return swaps create for the parties and the financial system?
A: In a total return swap, one party (the total return payer) pays the total return of a reference asset, meaning
   income plus price appreciation (and the receiver pays any depreciation), in exchange for a floating rate such as
   SOFR plus a spread. The total return receiver gets the economic exposure to the asset without owning it or
   financing it on its balance sheet, which is useful for gaining exposure to an index, a loan portfolio or a stock.
   The payer, often a bank that holds the asset as a hedge, earns the financing spread. Risks include counterparty
   risk, leverage hidden from other market participants and lenders, and potential concentration: the collapse of
   Archegos Capital in 2021, which built large concentrated positions through total return swaps with several banks,
   caused billions of dollars of losses at those banks.
"""
