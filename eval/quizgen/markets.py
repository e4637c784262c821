"""Fixed Income (10), Portfolio Risk & Return (10) and Derivatives (10)."""

from __future__ import annotations

import math
import random

from eval.quizgen.common import MC, SA, Maker, QuizSpec, a, facts, mc, money, num, pct, quiz, step
from eval.schema import Question
from tools.calc.invest import bond_price, bond_yield

T = "eval.markets."


# ---------------------------------------------------------------------------------------------------- fixed income

def price_bond(rng: random.Random) -> Question:
    coupon, ytm, years = step(rng, 0.02, 0.07, 0.0025), step(rng, 0.025, 0.075, 0.0005), rng.randint(2, 30)
    res = bond_price(1_000, coupon, years, ytm)
    q = (f"A $1,000 par bond pays a {pct(coupon)} annual coupon in two semiannual installments and matures in "
         f"exactly {years} years (today is a coupon date). What is its price if its yield to maturity is "
         f"{pct(ytm)} (semiannual compounding)?")
    return num(T + "price_bond", q, res.value, "usd", params={"coupon": coupon, "ytm": ytm, "years": years},
               explanation=f"{2 * years} coupons of {money(500 * coupon, True)} and $1,000 at maturity discounted at "
               f"{ytm / 2:.5f} a half-year: {money(res.value, True)}")


def solve_ytm(rng: random.Random) -> Question:
    coupon, years, price = step(rng, 0.02, 0.07, 0.0025), rng.randint(3, 25), step(rng, 850, 1_120, 0.25)
    res = bond_yield(price, 1_000, coupon, years)
    q = (f"A $1,000 par bond with a {pct(coupon)} coupon paid semiannually and {years} years left (on a coupon "
         f"date) is priced at {money(price, True)}. What is its yield to maturity, stated as an annual rate with "
         "semiannual compounding?")
    return num(T + "solve_ytm", q, 100 * res.value, "percent", params={"coupon": coupon, "years": years,
                                                                      "price": price},
               explanation=f"Solve {money(price, True)} = Σ {money(500 * coupon, True)}/(1 + y/2)^k + "
               f"1,000/(1 + y/2)^{2 * years}: y = {pct(res.value, 3)}")


def zero_price(rng: random.Random) -> Question:
    face, ytm, years = rng.choice((1_000, 10_000, 100_000)), step(rng, 0.02, 0.07, 0.0005), rng.randint(2, 30)
    price = face / (1 + ytm / 2) ** (2 * years)
    q = (f"What is the price of a zero-coupon bond with {money(face)} face value maturing in {years} years, at a "
         f"{pct(ytm)} yield to maturity with semiannual compounding (the US bond convention)?")
    return num(T + "zero_price", q, price, "usd", params={"face": face, "ytm": ytm, "years": years},
               explanation=f"{money(face)} / (1 + {ytm:g}/2)^{2 * years} = {money(price, True)}")


def duration_change(rng: random.Random) -> Question:
    dur, move = step(rng, 2, 18, 0.1), rng.choice((-0.0075, -0.005, -0.0025, 0.0025, 0.005, 0.01))
    change = -dur * move
    q = (f"A bond portfolio has a modified duration of {dur:.1f}. Using duration alone, about how much does its "
         f"value change in percent if yields {'rise' if move > 0 else 'fall'} by {abs(move) * 10_000:.0f} basis "
         "points (give a negative number for a loss)?")
    return num(T + "duration_change", q, 100 * change, "percent", params={"duration": dur, "move": move},
               explanation=f"−{dur:.1f} × {move * 100:+.2f}% = {change * 100:+.2f}%")


def current_yield(rng: random.Random) -> Question:
    coupon, price = step(rng, 0.02, 0.08, 0.0025), step(rng, 820, 1_150, 0.5)
    cy = 1_000 * coupon / price
    q = (f"A $1,000 par bond with {a(pct(coupon))} coupon trades at {money(price, True)}. What is its current "
         "yield?")
    return mc(T + "current_yield", q, pct(cy, 2), [pct(coupon, 2), pct(price * coupon / 1_000, 2),
                                                   pct(cy + 0.005, 2), pct(cy - 0.004, 2)],
              params={"coupon": coupon, "price": price},
              explanation=f"Annual coupon {money(1000 * coupon, True)} / price {money(price, True)} = {pct(cy, 3)}")


def premium_discount(rng: random.Random) -> Question:
    coupon = step(rng, 0.02, 0.07, 0.0025)
    ytm = coupon + rng.choice((-0.015, -0.0075, 0.0, 0.01, 0.02))
    right = "At a premium (above par)" if coupon > ytm else "At a discount (below par)" if coupon < ytm else "At par"
    q = (f"A newly quoted bond has a {pct(coupon)} coupon, and bonds of similar risk and maturity yield "
         f"{pct(ytm)}. How will it trade?")
    return mc(T + "premium_discount", q, right, ["At a premium (above par)", "At a discount (below par)", "At par",
                                                 "It cannot be determined without the maturity"],
              params={"coupon": coupon, "ytm": ytm},
              explanation="Coupon above market yield → premium; below → discount; equal → par.")


_FI_MC = [
    MC("lowest_ig", "On the S&P scale, what is the lowest investment-grade credit rating?", "BBB-",
       ("BB+", "A-", "BBB+", "B"), "BBB- is the last investment-grade notch; BB+ and below are speculative (high "
                                  "yield)."),
    MC("tips_adjust", "How do Treasury Inflation-Protected Securities (TIPS) protect against inflation?",
       "The principal is adjusted with the CPI, and the fixed coupon rate applies to the adjusted principal",
       ("The coupon rate resets to the inflation rate each year", "They pay a bonus at maturity if inflation "
        "exceeded 2%", "The price is fixed at par", "They are exempt from federal income tax"),
       "TIPS principal is indexed to CPI-U (never repaid below original par) and coupons are paid on it."),
]

_FI_SA = [
    SA("duration_meaning", "What does a bond's duration tell an investor?",
       (("sensitivity", "sensitive", "percentage change", "price change", "interest rate risk"),
        ("interest rates", "yield", "yields", "rates"), ("years", "weighted average", "timing", "cash flows")),
       "Duration (a weighted-average time to the cash flows) measures price sensitivity to yields: a duration "
       "of 7 means about a 7% price drop for a 1-point rise in yields."),
    SA("reinvestment_risk", "What is reinvestment risk for a bond investor, and when is it largest?",
       (("reinvest", "reinvested", "reinvesting"), ("lower", "fall", "falling", "decline"),
        ("coupons", "coupon", "called", "callable", "principal", "maturing")),
       "The risk that coupons or returned principal (from maturing or called bonds) must be reinvested at lower "
       "rates; largest for high-coupon, callable and short bonds when rates fall."),
]


# ---------------------------------------------------------------------------------------------------- portfolio risk

def two_asset_vol(rng: random.Random) -> Question:
    w = step(rng, 0.3, 0.8, 0.05)
    s1, s2, rho = step(rng, 0.12, 0.25, 0.01), step(rng, 0.03, 0.10, 0.01), step(rng, -0.4, 0.6, 0.1)
    var = (w * s1) ** 2 + ((1 - w) * s2) ** 2 + 2 * w * (1 - w) * rho * s1 * s2
    vol = math.sqrt(var)
    q = (f"A portfolio is {pct(w, 0)} stocks (volatility {pct(s1, 0)}) and {pct(1 - w, 0)} bonds (volatility "
         f"{pct(s2, 0)}), with a correlation of {rho:.1f} between them. What is the portfolio's volatility "
         "(standard deviation)?")
    return num(T + "two_asset_vol", q, 100 * vol, "percent", params={"w": w, "s1": s1, "s2": s2, "rho": rho},
               explanation=f"√(w1²σ1² + w2²σ2² + 2w1w2ρσ1σ2) = √{var:.6f} = {pct(vol, 3)}")


def sharpe(rng: random.Random) -> Question:
    ret, rf, vol = step(rng, 0.05, 0.14, 0.005), step(rng, 0.02, 0.05, 0.0025), step(rng, 0.08, 0.22, 0.005)
    ratio = (ret - rf) / vol
    q = (f"A fund returned {pct(ret)} a year with {pct(vol)} annualized volatility while Treasury bills yielded "
         f"{pct(rf)}. What is its Sharpe ratio?")
    return num(T + "sharpe", q, ratio, "ratio", params={"return": ret, "rf": rf, "vol": vol},
               explanation=f"({pct(ret)} − {pct(rf)}) / {pct(vol)} = {ratio:.3f}")


def capm(rng: random.Random) -> Question:
    rf, beta, prem = step(rng, 0.02, 0.05, 0.0025), step(rng, 0.5, 1.8, 0.05), step(rng, 0.04, 0.07, 0.005)
    exp = rf + beta * prem
    q = (f"The risk-free rate is {pct(rf)} and the expected market risk premium is {pct(prem)}. Under the CAPM, "
         f"what is the expected return of a stock with a beta of {beta:.2f}?")
    return num(T + "capm", q, 100 * exp, "percent", params={"rf": rf, "beta": beta, "premium": prem},
               explanation=f"{pct(rf)} + {beta:.2f} × {pct(prem)} = {pct(exp, 3)}")


def portfolio_beta(rng: random.Random) -> Question:
    values = [step(rng, 10_000, 200_000, 5_000) for _ in range(3)]
    betas = [step(rng, 0.4, 1.9, 0.05) for _ in range(3)]
    b = sum(v * x for v, x in zip(values, betas, strict=True)) / sum(values)
    listed = "; ".join(f"{money(v)} with beta {x:.2f}" for v, x in zip(values, betas, strict=True))
    q = f"A portfolio holds three stocks: {listed}. What is the portfolio's beta?"
    return num(T + "portfolio_beta", q, b, "ratio", params={"values": values, "betas": betas},
               explanation=f"Value-weighted average of the betas: {b:.4f}")


def better_sharpe(rng: random.Random) -> Question:
    rf = step(rng, 0.02, 0.045, 0.0025)
    funds = {n: (step(rng, 0.05, 0.15, 0.005), step(rng, 0.06, 0.25, 0.005)) for n in ("Fund W", "Fund X",
                                                                                      "Fund Y", "Fund Z")}
    ratios = {n: (r - rf) / s for n, (r, s) in funds.items()}
    best = max(ratios, key=lambda n: ratios[n])
    listed = "; ".join(f"{n}: return {pct(r)}, volatility {pct(s)}" for n, (r, s) in funds.items())
    q = (f"With a risk-free rate of {pct(rf)}, which fund has the best risk-adjusted return by the Sharpe ratio? "
         f"{listed}.")
    return mc(T + "better_sharpe", q, best, [n for n in funds if n != best], params={"rf": rf, "funds": funds},
              explanation="; ".join(f"{n} {x:.3f}" for n, x in ratios.items()))


_PR_MC = [
    MC("diversify_corr", "Combining two risky assets reduces portfolio volatility most when their return "
       "correlation is:", "-1.0", ("+1.0", "0.0", "+0.5", "It makes no difference"),
       "Perfect negative correlation lets a suitable mix eliminate volatility entirely; at +1 there is no "
       "diversification benefit."),
    MC("beta_measures", "What does a stock's beta measure?", "Its sensitivity to market (systematic) movements",
       ("Its total volatility", "Its company-specific risk", "Its excess return over the benchmark",
        "Its dividend growth rate"),
       "Beta = Cov(stock, market) / Var(market): exposure to systematic risk; alpha is the excess return."),
    MC("sortino_diff", "How does the Sortino ratio differ from the Sharpe ratio?",
       "It divides excess return by downside deviation instead of total standard deviation",
       ("It uses beta instead of standard deviation", "It ignores the risk-free rate",
        "It measures return per unit of tracking error", "It uses the maximum drawdown"),
       "Sortino penalizes only downside volatility; Treynor uses beta; the information ratio uses tracking "
       "error."),
]

_PR_SA = [
    SA("efficient_frontier", "In Markowitz mean-variance analysis, which portfolios lie on the efficient frontier?",
       (("highest expected return", "maximum return", "best return", "highest return"),
        ("each level of risk", "given level of risk", "given risk", "for each risk", "lowest risk"),
        ("portfolios", "portfolio")),
       "The set of portfolios that give the highest expected return for each level of risk (or lowest risk for "
       "each return); portfolios below it are inefficient."),
    SA("why_correlation", "Why does combining assets with low correlation reduce portfolio risk?",
       (("correlation", "correlated", "move together", "don't move together", "do not move"),
        ("offset", "cancel", "smooth", "diversification", "diversify"), ("volatility", "risk", "variance")),
       "When assets do not move together, losses in one are partly offset by others, so the portfolio's "
       "volatility is below the weighted average of the assets' volatilities."),
]


# ---------------------------------------------------------------------------------------------------- derivatives

def call_profit(rng: random.Random) -> Question:
    strike, prem = step(rng, 40, 300, 5), step(rng, 1, 15, 0.05)
    spot = step(rng, strike * 0.85, strike * 1.3, 0.5)
    profit = 100 * (max(spot - strike, 0) - prem)
    q = (f"An investor buys one call option contract (100 shares) with a {money(strike)} strike for a premium of "
         f"{money(prem, True)} a share and holds it to expiration, when the stock is at {money(spot, True)}. What "
         "is the profit or loss (negative for a loss), ignoring commissions?")
    return num(T + "call_profit", q, profit, "usd", exact=True, params={"strike": strike, "premium": prem,
                                                                       "spot": spot},
               explanation=f"100 × (max({money(spot, True)} − {money(strike)}, 0) − {money(prem, True)}) = "
               f"{money(profit, True)}")


def put_breakeven(rng: random.Random) -> Question:
    strike, prem = step(rng, 30, 400, 5), step(rng, 0.5, 20, 0.05)
    q = (f"What stock price at expiration is the break-even point for the buyer of a put with a {money(strike)} "
         f"strike bought for {money(prem, True)} a share?")
    return num(T + "put_breakeven", q, strike - prem, "usd", exact=True, abs_tol=0.005,
               params={"strike": strike, "premium": prem},
               explanation=f"Strike − premium = {money(strike)} − {money(prem, True)} = {money(strike - prem, True)}")


def parity_call(rng: random.Random) -> Question:
    spot = step(rng, 40, 250, 0.5)
    strike = step(rng, spot * 0.85, spot * 1.15, 5)
    rate, months = step(rng, 0.02, 0.06, 0.0025), rng.choice((3, 6, 12))
    t = months / 12
    put = round(max(0.0, strike / (1 + rate) ** t - spot) + step(rng, 0.5, spot * 0.08, 0.05), 2)
    call = put + spot - strike / (1 + rate) ** t
    q = (f"A non-dividend stock trades at {money(spot, True)}. A European put with strike {money(strike)} expiring "
         f"in {months} months costs {money(put, True)}, and the risk-free rate is {pct(rate)} a year (annual "
         "compounding). By put-call parity, what should the matching European call cost?")
    return num(T + "parity_call", q, call, "usd", params={"spot": spot, "strike": strike, "put": put, "rate": rate,
                                                          "months": months},
               explanation=f"C = P + S − K/(1 + r)^T = {money(put, True)} + {money(spot, True)} − {money(strike)}/"
               f"{1 + rate:g}^{t:g} = {money(call, True)}")


def forward_price(rng: random.Random) -> Question:
    spot, rate, months = step(rng, 20, 500, 0.5), step(rng, 0.02, 0.06, 0.0025), rng.choice((3, 6, 9, 12, 18))
    fwd = spot * (1 + rate) ** (months / 12)
    q = (f"A stock that pays no dividends trades at {money(spot, True)}. With a risk-free rate of {pct(rate)} a year "
         f"(annual compounding) and no storage costs, what is the no-arbitrage forward price for delivery in "
         f"{months} months?")
    return num(T + "forward_price", q, fwd, "usd", params={"spot": spot, "rate": rate, "months": months},
               explanation=f"{money(spot, True)} × {1 + rate:g}^({months}/12) = {money(fwd, True)}")


def margin_call(rng: random.Random) -> Question:
    mult, initial = rng.choice(((50, 15_000), (1_000, 6_000), (5_000, 8_000), (100, 11_000)))
    maint = round(initial * 0.75 / 100) * 100
    drop_per = step(rng, (initial - maint) / mult * 1.1, (initial - maint) / mult * 2, 0.01)
    equity = initial - drop_per * mult
    call = initial - equity
    q = (f"A trader buys one futures contract (multiplier {mult:,} per point) posting initial margin of "
         f"{money(initial)}; maintenance margin is {money(maint)}. The futures price then falls {drop_per:.2f} "
         "points. How much must the trader deposit after the margin call?")
    return mc(T + "margin_call", q, money(call, True), [money(maint - equity, True), money(initial - maint, True),
                                                        money(drop_per * mult / 2, True), money(0, True)],
              params={"mult": mult, "initial": initial, "maintenance": maint, "drop": drop_per},
              explanation=f"Equity {money(initial)} − {drop_per:.2f} × {mult:,} = {money(equity, True)} < "
              f"{money(maint)}: top up to the initial margin, {money(call, True)}")


_DV_MC = [
    MC("call_right", "What does the buyer of a call option acquire?",
       "The right, but not the obligation, to buy the underlying at the strike price",
       ("The obligation to buy the underlying at the strike price", "The right to sell the underlying at the "
        "strike price", "The obligation to sell the underlying at the strike price", "A share of the underlying's "
        "dividends"),
       "A call gives its holder the right to buy; the writer has the obligation to sell if assigned."),
    MC("covered_call", "An investor who owns 100 shares sells one call option on them. What is the effect?",
       "She earns the premium but caps her upside above the strike",
       ("She is protected against any price decline", "She has unlimited upside plus the premium",
        "She must buy 100 more shares if the stock rises", "She has a naked short position"),
       "A covered call trades away gains above the strike for the premium, which cushions only a small decline."),
    MC("protective_put", "Which position sets a floor under the value of a stock holding?",
       "Buying a put on the stock", ("Selling a call on the stock", "Selling a put on the stock",
                                     "Buying a call on the stock", "Shorting a futures contract on a bond"),
       "A protective put gains as the stock falls below the strike, limiting the loss to (price − strike + "
       "premium)."),
]

_DV_SA = [
    SA("hedge_vs_speculate", "How does hedging with derivatives differ from speculating?",
       (("hedge", "hedging", "hedger"), ("reduce", "offset", "protect", "lower"),
        ("speculate", "speculating", "speculator", "bet", "profit"), ("risk", "exposure")),
       "A hedger takes a derivative position that offsets an existing exposure to reduce risk; a speculator "
       "takes on risk to profit from expected price moves."),
    SA("intrinsic_time_value", "Split an option's premium into its two components and explain them.",
       (("intrinsic",), ("time value", "extrinsic"),
        ("in the money", "strike", "exercise"), ("expiration", "volatility", "time to expiration", "decay")),
       "Premium = intrinsic value (what exercise is worth now, e.g. stock minus strike for a call in the money) "
       "+ time (extrinsic) value, which reflects time to expiration and volatility and decays to zero at "
       "expiry."),
]

_FIXED: list[Maker] = [price_bond, solve_ytm, zero_price, duration_change, current_yield, premium_discount,
                       *facts("markets", [*_FI_MC, *_FI_SA])]
_RISK: list[Maker] = [two_asset_vol, sharpe, capm, portfolio_beta, better_sharpe,
                      *facts("markets", [*_PR_MC, *_PR_SA])]
_DERIV: list[Maker] = [call_profit, put_breakeven, parity_call, forward_price, margin_call,
                       *facts("markets", [*_DV_MC, *_DV_SA])]

QUIZZES: list[QuizSpec] = [
    quiz("fixed_income", "Fixed Income", 10, _FIXED),
    quiz("portfolio_risk", "Portfolio Risk & Return", 10, _RISK),
    quiz("derivatives", "Derivatives", 10, _DERIV),
]
