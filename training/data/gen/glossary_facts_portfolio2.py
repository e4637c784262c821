"""Glossary facts: portfolio construction, part 2 (equity valuation, mutual funds and ETFs).

Block format: see :mod:`training.data.gen.glossary`.
"""

TEXT = """
## dividend_discount_model | equity_valuation | easy
Q: What is the dividend discount model?
Q: How does the Gordon growth model value a stock?
Q: A utility pays a $2.00 dividend expected to grow 3% a year, and investors require 8%. What is the stock worth under
   a constant-growth model?
A: The dividend discount model values a stock as the present value of its expected future dividends. The Gordon
   (constant) growth version assumes dividends grow forever at a constant rate g below the required return r: value =
   D1 / (r - g), where D1 is next year's dividend. For the utility, D1 = $2.00 x 1.03 = $2.06, so value = $2.06 /
   (0.08 - 0.03) = $41.20. The model suits mature, stable dividend payers such as utilities; it is very sensitive to r
   - g, cannot value companies that pay no dividends, and multi-stage versions are used when near-term growth differs
   from the long-run rate.

## price_earnings_ratio | equity_valuation | easy
Q: What is the price-to-earnings ratio?
Q: What is the difference between trailing and forward P/E?
Q: Why might a stock with a P/E of 40 not be more overvalued than one with a P/E of 12?
A: The P/E ratio is the share price divided by earnings per share: trailing P/E uses the last 12 months' reported EPS,
   and forward P/E uses analysts' estimates for the next 12 months. It shows how much investors pay per dollar of
   earnings. A high P/E can reflect expected growth, high quality or low risk, or simply overvaluation; a low P/E can
   reflect cheapness or poor prospects, cyclical peak earnings or high risk. A P/E of 40 for a fast-growing company
   may be more reasonable than 12 for a shrinking one, so P/Es are compared with growth (PEG), history and peers. It
   is meaningless when earnings are negative and is affected by accounting choices, one-time items and leverage.

## ev_ebitda_vs_pe | equity_valuation | medium
Q: What is enterprise value and why do analysts use EV/EBITDA instead of P/E?
Q: How do you calculate enterprise value from market capitalization?
Q: Two companies have the same P/E but very different debt levels. Which multiple compares them better?
A: Enterprise value (EV) is the value of the whole operating business to all capital providers: market capitalization
   of equity plus debt, preferred stock and minority interests, minus cash and equivalents. EV/EBITDA compares it with
   earnings before interest, taxes, depreciation and amortization, a measure also available to all capital providers.
   Because both numerator and denominator are independent of capital structure, EV/EBITDA compares companies with
   different leverage better than P/E, which is affected by interest expense and share count, and it is less distorted
   by differing depreciation policies and tax rates. It is used heavily in M&A and leveraged buyouts. Its weakness is
   that EBITDA ignores capital expenditure needs, so capital-intensive businesses can look cheap; EV/EBIT or EV/free
   cash flow addresses that.

## dcf_terminal_value | equity_valuation | hard
Q: How does a discounted cash flow valuation work, and why is the terminal value so important?
Q: An analyst's DCF shows that 75% of a company's value comes from the terminal value. What should she check?
Q: Compare the perpetuity growth and exit multiple methods for estimating terminal value.
A: A DCF values a business as the present value of its projected free cash flows: typically free cash flow to the firm
   is forecast for five to ten years, discounted at the weighted average cost of capital, plus the present value of a
   terminal value capturing all later cash flows; subtracting net debt gives equity value. The terminal value is
   estimated either with the perpetuity growth method, FCF in the year after the forecast / (WACC - g), with g at or
   below long-run nominal GDP growth, or with an exit multiple, such as a peer EV/EBITDA applied to final-year EBITDA.
   Terminal value commonly makes up more than half of total value, so small changes in WACC or g swing the valuation.
   The analyst should check that the final-year cash flow is normalized (capex consistent with growth, stable
   margins), that g is well below WACC and sustainable, that the implied multiple from the growth method is reasonable
   (and vice versa), and run sensitivity tables.

## price_to_book_ratio | equity_valuation | easy
Q: What is the price-to-book ratio and when is it most useful?
Q: Why do analysts value banks and insurers with P/B rather than EV/EBITDA?
Q: A bank trades at 0.8 times book value. What might that signal?
A: Price-to-book (P/B) divides market capitalization by shareholders' equity (book value), or the share price by book
   value per share. It is most useful for companies whose balance sheets consist mainly of financial assets carried
   near market value, such as banks and insurers, for which EBITDA and enterprise value are not meaningful because
   debt is part of operations. P/B is linked to profitability: a company that can earn a return on equity above its
   cost of equity deserves a P/B above 1, so a bank at 0.8 times book suggests the market expects returns below its
   cost of equity or doubts asset values (for example possible loan losses). P/B is less useful for asset-light firms
   whose value lies in intangibles not on the balance sheet, and buybacks or write-offs can distort book value.

## earnings_yield | equity_valuation | easy
Q: What is the earnings yield of a stock or market?
Q: How do investors compare stock valuations with bond yields using the earnings yield?
Q: If the market's P/E is 20, what is its earnings yield?
A: The earnings yield is earnings per share divided by price, the inverse of the P/E ratio: a P/E of 20 corresponds to
   a 5% earnings yield. It expresses what a company or index earns as a percentage of its price, making it easy to
   compare with bond yields; the gap between the earnings yield and the 10-year Treasury yield is a rough gauge of the
   equity risk premium (the "Fed model" comparison). The comparison is imperfect: earnings can grow with inflation
   while bond coupons are fixed, and not all earnings are paid out. A variant, EBIT divided by enterprise value, is
   used in value investing screens.

## peg_ratio | equity_valuation | easy
Q: What is the PEG ratio?
Q: A stock has a P/E of 30 and expected earnings growth of 20% a year. What is its PEG and how is it interpreted?
Q: Why do growth investors adjust the P/E ratio for growth?
A: The PEG ratio divides the P/E ratio by the expected annual earnings growth rate (in percentage points): a P/E of 30
   with 20% expected growth gives a PEG of 1.5. It adjusts valuation for growth so that fast- and slow-growing
   companies can be compared; a PEG around 1 is often described as fair value for growth, with lower values suggesting
   a stock is cheaper relative to its growth. Its weaknesses are reliance on uncertain growth forecasts, the choice of
   growth period, and ignoring risk, dividends, capital intensity and the quality of earnings. It is not meaningful
   for companies with negative or very low growth.

## relative_vs_intrinsic_valuation | equity_valuation | medium
Q: What is the difference between relative valuation and intrinsic valuation?
Q: An analyst values a company using peer multiples and also a DCF, and gets very different answers. Why might that
   happen?
Q: When is valuing a company by comparable companies more reliable than a discounted cash flow model?
A: Intrinsic valuation estimates value from the company's own fundamentals, the present value of expected cash flows
   (DCF) or dividends, or residual income, independent of how the market prices similar firms. Relative valuation
   prices the company by applying multiples (P/E, EV/EBITDA, P/B, EV/sales) of comparable companies or transactions,
   so it tells you whether it is cheap or expensive relative to peers, not whether the whole group is fairly priced.
   The two differ when peers are mispriced as a group, when the comparables differ in growth, risk or margins, or when
   DCF assumptions differ from the market's. Multiples are quick and reflect current market conditions, which matters
   for deals and fairness opinions; DCF forces explicit assumptions. Practitioners triangulate using both.

## mutual_fund_forward_pricing | funds_etfs | easy
Q: How is a mutual fund priced when an investor buys or sells shares?
Q: An investor places an order to sell a mutual fund at 11 a.m. What price will she receive?
Q: What is net asset value and how often is it calculated?
A: Open-end mutual funds are bought and redeemed directly with the fund at net asset value (NAV) per share: total
   assets minus liabilities, divided by shares outstanding, typically calculated once each business day at the close
   of the New York Stock Exchange (usually 4 p.m. Eastern). Under forward pricing (SEC Rule 22c-1), an order receives
   the next NAV computed after the order is received, so an order placed at 11 a.m. receives that day's closing NAV,
   and an order after the close receives the next day's. Investors cannot trade intraday or use limit orders, unlike
   ETFs. Sales loads, if any, are added to or deducted from NAV.

## etf_creation_redemption | funds_etfs | medium
Q: How does the ETF creation and redemption process keep an ETF's price close to its NAV?
Q: Why are ETFs usually more tax-efficient than mutual funds?
Q: Who are authorized participants and what role do they play?
A: ETF shares trade on exchanges throughout the day. Large institutions called authorized participants (APs) can
   create new ETF shares by delivering a basket of the underlying securities (or cash) to the fund in exchange for a
   block of shares (a creation unit), or redeem shares by returning them for the underlying basket. When the ETF
   trades above the value of its holdings, APs create shares and sell them; when it trades below, they buy shares and
   redeem them; this arbitrage keeps market prices close to NAV for liquid underlying markets. Because redemptions are
   usually met in kind, the fund can hand out its lowest-basis shares without selling them, purging embedded gains
   without distributing taxable capital gains to remaining shareholders, which is why most equity ETFs rarely
   distribute capital gains. Premiums and discounts can widen in stressed or less liquid markets.

## expense_ratio_impact | funds_etfs | easy
Q: What is a fund's expense ratio?
Q: How much can a 1% difference in annual fund fees cost over 30 years?
Q: Why do planners pay so much attention to fund costs?
A: The expense ratio is the annual cost of operating a fund, including management fees, administrative costs and 12b-1
   fees, expressed as a percentage of assets and deducted from the fund's returns daily, so investors never see a
   bill. It does not include trading costs inside the fund or sales loads. Costs compound: on $100,000 growing at 7%
   gross for 30 years, a 0.05% fee leaves about $750,000, while a 1.05% fee leaves about $566,000, a difference of
   roughly a quarter of the ending value. Because future returns are uncertain but costs are certain, research
   (including Morningstar's) has found that low expense ratios are among the most reliable predictors of a fund's
   relative future performance.

## fund_share_classes_and_breakpoints | funds_etfs | medium
Q: What are the differences between Class A, C and I mutual fund shares?
Q: A client plans to invest $90,000 in a fund family over the next year. How can breakpoints, rights of accumulation
   and letters of intent reduce her sales charges?
Q: When does a front-end load share class cost less than a level-load class?
A: Class A shares charge a front-end sales load (often up to about 5.75% for equity funds) that declines at
   breakpoints as the amount invested rises, with lower ongoing 12b-1 fees (often 0.25%). Class C shares have no
   front-end load but higher annual 12b-1 fees (typically 1%), often with a 1% contingent deferred sales charge in the
   first year, so they cost more for long holding periods. Institutional (I) or advisory share classes have no loads
   and the lowest expenses but require large minimums or access through a fee-based platform. Rights of accumulation
   let existing holdings in the fund family (often including family members' accounts) count toward breakpoints, and a
   letter of intent lets an investor get the breakpoint price on purchases she commits to make over 13 months. For
   long-term investors making large purchases, A shares with breakpoints usually beat C shares; FINRA has sanctioned
   firms for failing to apply breakpoints.

## twelve_b_one_fees | funds_etfs | easy
Q: What is a 12b-1 fee?
Q: Can a fund with a 12b-1 fee call itself no-load?
Q: Why do some mutual funds charge marketing and distribution fees to existing shareholders?
A: A 12b-1 fee, named after the SEC rule that permits it, is an annual fee paid from fund assets to cover distribution
   and marketing expenses and shareholder servicing, including compensation for the brokers who sold the shares. It is
   included in the expense ratio. Under FINRA rules, asset-based distribution fees are capped at 0.75% a year and
   service fees at 0.25%, so the combined 12b-1 fee is at most 1%, and a fund may call itself "no-load" only if it has
   no sales loads and its 12b-1 fees do not exceed 0.25% a year. Critics note that existing shareholders pay to market
   the fund to new investors, with little evidence that they benefit.

## closed_end_funds | funds_etfs | easy
Q: What is a closed-end fund?
Q: Why can a closed-end fund trade at a discount or premium to its net asset value?
Q: How do closed-end funds differ from mutual funds and ETFs?
A: A closed-end fund raises a fixed amount of capital in an initial offering and then its shares trade on an exchange;
   the fund does not issue or redeem shares daily, so its manager does not have to sell holdings to meet redemptions,
   which suits less liquid assets such as municipal bonds, high-yield credit or private loans. Without a creation and
   redemption mechanism, the market price is set by supply and demand and often differs from NAV, sometimes by large
   discounts or premiums. Many closed-end funds use leverage and pay high managed distributions, which can include
   return of capital. Buying at a wide discount can add return if it narrows, but discounts can persist or widen in
   stressed markets.

## leveraged_inverse_etfs | funds_etfs | hard
Q: Why are leveraged and inverse ETFs unsuitable for most buy-and-hold investors?
Q: A client bought a 2x leveraged S&P 500 ETF, and the index is back where it started after a volatile month, yet her
   ETF is down. Why?
Q: How does daily rebalancing cause leveraged ETF returns to diverge from the stated multiple over longer periods?
A: Leveraged and inverse ETFs seek a multiple (such as 2x or -1x) of an index's return for a single day and rebalance
   daily to maintain that exposure. Over periods longer than a day, compounding makes their returns diverge from the
   multiple of the index's return, depending on the path: in a volatile, trendless market they lose value (volatility
   decay). For example, if an index rises 10% then falls 9.09%, it ends flat, while a 2x fund rises 20% then falls
   18.18%, ending down about 1.8%. In strong trends they can beat the multiple. They also have high expense ratios and
   trading costs. FINRA has warned that they are typically unsuitable for retail investors who plan to hold them for
   more than one trading session, and firms recommending them must understand and supervise their use.

## capital_gain_distribution_timing | funds_etfs | medium
Q: Why can buying a mutual fund just before its capital gains distribution be a mistake?
Q: An investor buys $50,000 of a fund in December, and a week later it distributes $4 per share of capital gains. What
   happened to her?
Q: How are mutual fund distributions taxed in a taxable account?
A: Mutual funds must distribute realized net capital gains and income to shareholders, usually once a year near
   year-end for gains. On the ex-distribution date the NAV falls by the amount distributed, so an investor who bought
   just before receives part of her own money back as a taxable distribution without any economic gain, "buying the
   dividend." In the example she owes tax on the capital gain distribution (long-term capital gain distributions are
   taxed at long-term rates regardless of how long she held the fund) even though her total value is unchanged. In
   taxable accounts, checking a fund's estimated distribution dates before buying in November or December, or using
   ETFs, which rarely distribute gains, avoids this. In IRAs and 401(k)s the timing does not matter.

## index_vs_active_funds | funds_etfs | medium
Q: What is the case for index funds over actively managed funds?
Q: What do the SPIVA scorecards show about active fund performance?
Q: When might an active fund still be a reasonable choice?
A: Index funds track a market benchmark at low cost, with low turnover and high tax efficiency; active funds try to
   beat a benchmark through security selection or timing, at higher cost. Because all investors together hold the
   market, the average actively managed dollar must earn the market return before costs and underperform after costs.
   S&P's SPIVA reports consistently show that a large majority of active U.S. equity funds underperform their
   benchmarks over 10- and 15-year periods, and that past outperformers rarely persist. Active management may still be
   reasonable in less efficient segments, for specific goals such as tax management or ESG preferences, or where a
   low-cost, disciplined manager is available, but fees and consistency matter most.

## money_market_funds | funds_etfs | easy
Q: What is a money market fund and how safe is it?
Q: How does a money market fund differ from a bank savings account?
Q: What is the difference between government, prime and tax-exempt money market funds?
A: A money market fund is a mutual fund that invests in high-quality, short-term debt, such as Treasury bills,
   repurchase agreements, commercial paper and short-term municipal notes, under SEC Rule 2a-7 limits on maturity,
   quality, diversification and liquidity. Government funds hold at least 99.5% in government securities, cash and
   repos backed by them; prime funds also hold corporate debt; tax-exempt funds hold municipal securities. Retail and
   government funds generally maintain a stable $1.00 share price, while institutional prime and tax-exempt funds have
   floating NAVs. Unlike bank deposits, money market funds are not FDIC-insured and can, in rare stress, "break the
   buck," but they are generally very low risk and often pay yields close to short-term interest rates. They are also
   commonly used as brokerage sweep vehicles.
"""
