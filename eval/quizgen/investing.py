"""Investment Basics (40): compounding, CAGR, doubling, real and holding-period returns, dollar-cost averaging,
fee drag, P/E, geometric means, saving plans; market mechanics facts and short explanations."""

from __future__ import annotations

import math
import random

from eval.quizgen.common import MC, SA, Maker, QuizSpec, facts, mc, money, name, num, pct, quiz, repeat, step
from eval.schema import Question
from tools.calc.tvm import compound_growth, future_value

T = "eval.investing."
_M_TEXT = {1: "annually", 4: "quarterly", 12: "monthly"}


def lump_growth(rng: random.Random) -> Question:
    amount, rate = step(rng, 2_000, 250_000, 500), step(rng, 0.03, 0.10, 0.0025)
    years, m = rng.randint(5, 40), rng.choice((1, 4, 12))
    res = compound_growth(amount, rate, years, m)
    q = (f"{money(amount)} is invested at a nominal {pct(rate)} a year, compounded {_M_TEXT[m]}, with no further "
         f"deposits or withdrawals. What is it worth after {years} years?")
    return num(T + "lump_growth", q, res.value, "usd", params={"amount": amount, "rate": rate, "years": years, "m": m},
               explanation=f"{money(amount)} × (1 + {rate:g}/{m})^({m} × {years}) = {money(res.value, True)}")


def cagr(rng: random.Random) -> Question:
    start, years = step(rng, 5_000, 200_000, 500), rng.randint(3, 20)
    end = round(start * (1 + step(rng, 0.01, 0.14, 0.0025)) ** years, -2)
    rate = (end / start) ** (1 / years) - 1
    q = (f"A portfolio grew from {money(start)} to {money(end)} over {years} years with no deposits or "
         "withdrawals. What was its compound annual growth rate?")
    return num(T + "cagr", q, 100 * rate, "percent", params={"start": start, "end": end, "years": years},
               explanation=f"({money(end)} / {money(start)})^(1/{years}) − 1 = {pct(rate, 3)}")


def doubling_time(rng: random.Random) -> Question:
    rate = step(rng, 0.03, 0.12, 0.005)
    years = math.log(2) / math.log(1 + rate)
    q = (f"Exactly how many years does it take money to double at {pct(rate)} a year compounded annually (not the "
         "Rule of 72 estimate)?")
    return num(T + "doubling_time", q, years, "years", params={"rate": rate},
               explanation=f"ln 2 / ln(1 + {rate:g}) = {years:.3f} years (Rule of 72: {72 / (rate * 100):.2f})")


def real_return(rng: random.Random) -> Question:
    nominal, infl = step(rng, 0.04, 0.12, 0.0025), step(rng, 0.015, 0.05, 0.0025)
    real = (1 + nominal) / (1 + infl) - 1
    q = (f"An investment returned {pct(nominal)} last year while consumer prices rose {pct(infl)}. Using the exact "
         "(Fisher) relation rather than simple subtraction, what was the real return?")
    return num(T + "real_return", q, 100 * real, "percent", params={"nominal": nominal, "inflation": infl},
               explanation=f"(1 + {nominal:g}) / (1 + {infl:g}) − 1 = {pct(real, 3)}")


def dividend_yield(rng: random.Random) -> Question:
    price = step(rng, 20, 300, 0.5)
    quarterly = step(rng, price * 0.002, price * 0.012, 0.01)
    y = 4 * quarterly / price
    q = (f"A stock trades at {money(price, True)} and pays a regular quarterly dividend of {money(quarterly, True)} "
         "a share. What is its indicated annual dividend yield?")
    return num(T + "dividend_yield", q, 100 * y, "percent", params={"price": price, "quarterly": quarterly},
               explanation=f"4 × {money(quarterly, True)} / {money(price, True)} = {pct(y, 3)}")


def holding_return(rng: random.Random) -> Question:
    buy = step(rng, 15, 250, 0.25)
    sell = step(rng, buy * 0.7, buy * 1.6, 0.25)
    divs = step(rng, 0, buy * 0.05, 0.01)
    hpr = (sell - buy + divs) / buy
    q = (f"{name(rng)} bought a share for {money(buy, True)}, received {money(divs, True)} in dividends while "
         f"holding it, and sold it for {money(sell, True)}. Ignoring taxes and costs, what was the holding-period "
         "return?")
    return num(T + "holding_return", q, 100 * hpr, "percent", params={"buy": buy, "sell": sell, "dividends": divs},
               explanation=f"({money(sell, True)} − {money(buy, True)} + {money(divs, True)}) / {money(buy, True)} = "
               f"{pct(hpr, 3)}")


def dca_cost(rng: random.Random) -> Question:
    amount = step(rng, 200, 2_000, 50)
    prices = [step(rng, 20, 80, 0.5) for _ in range(4)]
    shares = sum(amount / p for p in prices)
    avg = 4 * amount / shares
    shown = ", ".join(money(p, True) for p in prices)
    q = (f"An investor puts {money(amount)} into a fund on each of four dates, buying at {shown} a share "
         "(fractional shares allowed). What is the average cost per share?")
    return num(T + "dca_cost", q, avg, "usd", params={"amount": amount, "prices": prices},
               explanation=f"Shares bought {shares:.4f}; {money(4 * amount)} / {shares:.4f} = {money(avg, True)} "
               f"(below the simple average price {money(sum(prices) / 4, True)})")


def fee_drag(rng: random.Random) -> Question:
    amount, gross, years = step(rng, 10_000, 500_000, 1_000), step(rng, 0.05, 0.09, 0.005), rng.randint(10, 35)
    cheap, dear = rng.choice((0.0003, 0.0005, 0.001)), rng.choice((0.0075, 0.01, 0.0125))
    gap = amount * ((1 + gross - cheap) ** years - (1 + gross - dear) ** years)
    q = (f"Two funds both earn {pct(gross)} a year before fees; one charges a {pct(cheap)} expense ratio, the other "
         f"{pct(dear)}. Treating each fund's net return as the gross return minus its expense ratio, compounded "
         f"annually, how much more does {money(amount)} grow to in the cheaper fund after {years} years?")
    return num(T + "fee_drag", q, gap, "usd", params={"amount": amount, "gross": gross, "years": years,
                                                      "cheap": cheap, "dear": dear},
               explanation=f"{money(amount)} × ({1 + gross - cheap:g}^{years} − {1 + gross - dear:g}^{years}) = "
               f"{money(gap, True)}")


def pe_ratio(rng: random.Random) -> Question:
    price = step(rng, 20, 400, 0.5)
    eps = step(rng, price / 45, price / 8, 0.05)
    q = (f"A company's shares trade at {money(price, True)} and its earnings per share over the last four quarters "
         f"were {money(eps, True)}. What is its trailing price-to-earnings ratio?")
    return num(T + "pe_ratio", q, price / eps, "ratio", params={"price": price, "eps": eps},
               explanation=f"{money(price, True)} / {money(eps, True)} = {price / eps:.2f}")


def geometric_mean(rng: random.Random) -> Question:
    rets = [step(rng, -0.25, 0.35, 0.01) for _ in range(4)]
    growth = math.prod(1 + r for r in rets)
    g = growth ** 0.25 - 1
    q = (f"A fund's annual returns over four years were {', '.join(pct(r, 0) for r in rets)}. What was its "
         "geometric average (annualized) return?")
    return num(T + "geometric_mean", q, 100 * g, "percent", params={"returns": rets},
               explanation=f"(Π(1 + r))^(1/4) − 1 = {growth:.5f}^(1/4) − 1 = {pct(g, 3)} (arithmetic mean "
               f"{pct(sum(rets) / 4, 2)})")


def monthly_plan(rng: random.Random) -> Question:
    deposit, rate, years = step(rng, 100, 2_500, 25), step(rng, 0.04, 0.09, 0.005), rng.randint(5, 35)
    due = rng.random() < 0.35
    res = future_value(0.0, rate, years, 12, deposit, due)
    when = "at the start of each month" if due else "at the end of each month"
    q = (f"Starting from zero, {name(rng)} invests {money(deposit)} {when} for {years} years in an account earning "
         f"{pct(rate)} a year, compounded monthly. What is the balance at the end of the {years} years?")
    return num(T + "monthly_plan", q, res.value, "usd",
               params={"deposit": deposit, "rate": rate, "years": years, "due": due},
               explanation=f"FV of {12 * years} deposits: {money(deposit)} × ((1 + i)^{12 * years} − 1) / i"
               f"{' × (1 + i)' if due else ''}, i = {rate:g}/12 → {money(res.value, True)}")


def weighted_return(rng: random.Random) -> Question:
    w = rng.choice(((0.6, 0.3, 0.1), (0.5, 0.4, 0.1), (0.7, 0.2, 0.1), (0.4, 0.4, 0.2)))
    r = (step(rng, 0.06, 0.11, 0.005), step(rng, 0.03, 0.055, 0.005), step(rng, 0.01, 0.04, 0.005))
    exp = sum(a * b for a, b in zip(w, r, strict=True))
    q = (f"A portfolio holds {pct(w[0], 0)} stocks, {pct(w[1], 0)} bonds and {pct(w[2], 0)} cash, with expected "
         f"returns of {pct(r[0])}, {pct(r[1])} and {pct(r[2])}. What is the portfolio's expected return?")
    return num(T + "weighted_return", q, 100 * exp, "percent", params={"weights": list(w), "returns": list(r)},
               explanation=" + ".join(f"{a:g} × {pct(b)}" for a, b in zip(w, r, strict=True)) + f" = {pct(exp, 3)}")


def rule_of_72(rng: random.Random) -> Question:
    rate = rng.choice((3, 4, 6, 8, 9, 12))
    right = 72 / rate
    q = f"Using the Rule of 72, roughly how long does money take to double at {rate}% a year?"
    return mc(T + "rule_of_72", q, f"About {right:.0f} years", [f"About {x:.0f} years" for x in
                                                                (100 / rate, 144 / rate, rate, 36 / rate)],
              params={"rate": rate}, explanation=f"72 / {rate} = {right:g} years")


def recovery_gain(rng: random.Random) -> Question:
    loss = rng.choice((0.2, 0.25, 0.3, 0.4, 0.5, 0.6))
    need = loss / (1 - loss)
    q = (f"A stock index falls {pct(loss, 0)}. What gain from the new low is needed to get back to the old "
         "level?")
    return mc(T + "recovery_gain", q, pct(need, 1), [pct(loss, 1), pct(loss * 1.5, 1), pct(loss / 2, 1)],
              params={"loss": loss}, explanation=f"(1 − {loss:g})(1 + g) = 1 → g = {loss:g}/{1 - loss:g} = "
              f"{pct(need, 1)}")


def market_cap(rng: random.Random) -> Question:
    shares_m, price = step(rng, 50, 3_000, 10), step(rng, 10, 400, 0.5)
    cap = shares_m * 1e6 * price
    q = (f"A company has {shares_m:,.0f} million shares outstanding trading at {money(price, True)}. What is its "
         "market capitalization?")
    return mc(T + "market_cap", q, _bn(cap), [_bn(cap / 10), _bn(cap * 10), _bn(cap / 1000), _bn(cap / 100)],
              params={"shares_m": shares_m, "price": price},
              explanation=f"{shares_m:,.0f} million × {money(price, True)} = {_bn(cap)}")


def _bn(x: float) -> str:
    return f"${x / 1e9:,.3f} billion"


_MC = [
    MC("settlement", "Since May 28, 2024, what is the standard settlement cycle for most US stock trades?",
       "T+1 (one business day after the trade)", ("T+2", "T+3", "Same day (T+0)", "T+5"),
       "SEC amendments to Rule 15c6-1 moved the standard cycle from T+2 to T+1 on May 28, 2024."),
    MC("sipc_limit", "What does SIPC protection cover per customer at a failed member brokerage firm?",
       "Up to $500,000 of missing securities and cash, of which at most $250,000 cash",
       ("Up to $250,000 of investment losses from falling prices", "Up to $1,000,000, all of it cash",
        "Up to $500,000 of losses from bad investment advice", "Only cash, up to $250,000"),
       "SIPC restores missing customer property up to $500,000, including up to $250,000 cash; it never covers "
       "market losses."),
    MC("nav_pricing", "An investor places an order to buy a traditional (open-end) mutual fund at 11 a.m. At "
       "what price is it filled?", "The net asset value computed after that day's market close",
       ("The price of the last trade before 11 a.m.", "The previous day's closing NAV",
        "The best ask price on the exchange", "The average price over the day"),
       "Forward pricing (SEC Rule 22c-1): orders receive the next NAV computed, normally at 4 p.m. Eastern."),
    MC("limit_order", "What does a buy limit order at $50 do?",
       "Buys only at $50 or lower, so it may not fill",
       ("Buys immediately at the best price available", "Becomes a market order once the price reaches $50",
        "Buys at exactly $50 and no other price", "Buys only at $50 or higher"),
       "A limit order sets the worst acceptable price: a buy limit fills at the limit or better, if at all."),
    MC("stop_order", "An investor holds a stock at $80 and places a sell stop order at $70. What happens if the "
       "stock trades at $70?", "The order becomes a market order and sells at the next available price",
       ("It sells at exactly $70 guaranteed", "It becomes a limit order to sell at $80",
        "Nothing until the close", "It buys more shares at $70"),
       "A stop (stop-loss) order turns into a market order once the stop price trades, so the fill can be below "
       "$70 in a fast market."),
    MC("diversify_what", "Adding many more stocks from different industries to a portfolio mainly reduces which "
       "risk?", "Unsystematic (company-specific) risk",
       ("Systematic (market) risk", "Inflation risk", "Interest-rate risk on bonds", "Currency risk"),
       "Diversification averages out firm-specific shocks; market-wide risk remains."),
    MC("rates_bond_prices", "If market interest rates rise, what usually happens to the prices of existing "
       "fixed-rate bonds?", "They fall", ("They rise", "They stay the same", "They rise only for short-term bonds",
                                         "They fall only for callable bonds"),
       "Existing bonds' fixed coupons are worth less against new, higher-yield issues, so their prices drop."),
    MC("ex_dividend", "To receive a declared dividend, when must an investor buy the stock (under T+1 "
       "settlement)?", "Before the ex-dividend date", ("On the ex-dividend date", "On the payment date",
                                                      "Any time before the payment date",
                                                      "On or after the record date"),
       "A buyer on or after the ex-dividend date is not entitled to the dividend; with T+1 the ex-date and "
       "record date are the same day."),
    MC("expense_ratio", "What does a fund's 0.40% expense ratio mean?",
       "About 0.40% of the fund's assets is deducted each year to pay its operating costs",
       ("A one-time 0.40% sales charge on purchases", "The fund's annual return is 0.40% below its benchmark",
        "0.40% of each trade goes to the broker", "The fund pays out 0.40% a year in dividends"),
       "The expense ratio is the annual operating cost as a share of average net assets, taken out of returns."),
    MC("short_loss", "What is the maximum possible loss on a short sale of a stock (ignoring margin calls and "
       "costs)?", "Unlimited", ("The amount received from the short sale", "Twice the sale price",
                                "The margin deposit", "Zero, because the shares are borrowed"),
       "The stock's price has no upper bound, so buying it back can cost any amount."),
    MC("reg_t", "Under Federal Reserve Regulation T, what share of a stock purchase must an investor pay for "
       "with their own money when buying on margin?", "50%", ("25%", "30%", "10%", "100%"),
       "Regulation T's initial margin requirement is 50%; FINRA's minimum maintenance margin is 25%."),
    MC("arith_vs_geo", "For a volatile investment, how does the arithmetic mean of its annual returns compare "
       "with the geometric (compound) average?", "The arithmetic mean is higher",
       ("The geometric mean is higher", "They are always equal", "It depends only on the sign of the returns",
        "The arithmetic mean is lower whenever any return is negative"),
       "The geometric mean is at most the arithmetic mean, the gap growing with volatility (about σ²/2)."),
    MC("preferred_stock", "Which describes typical preferred stock?",
       "A fixed dividend paid before common dividends, usually without voting rights",
       ("Voting control of the company and a variable dividend", "A guaranteed return of principal at maturity "
        "like a bond", "Priority over bondholders in bankruptcy", "Dividends that rise with the company's profits"),
       "Preferred ranks ahead of common (behind debt) for dividends and liquidation and usually has no vote."),
]

_SA = [
    SA("diversification", "Why do investors diversify across many holdings?",
       (("diversify", "diversification", "diversified", "spread", "spreading"),
        ("risk", "volatility"), ("single", "one company", "company specific", "unsystematic", "individual")),
       "Spreading money over many holdings that do not move together lowers risk (volatility) for the same "
       "expected return: no single company's bad news can sink the portfolio."),
    SA("dollar_cost_averaging", "What is dollar-cost averaging?",
       (("fixed", "same amount", "regular", "equal amounts", "set amount"),
        ("intervals", "monthly", "regularly", "schedule", "periodically", "every month"),
        ("more shares", "fewer shares", "low prices", "lower prices", "price")),
       "Investing a fixed dollar amount at regular intervals regardless of price, so more shares are bought when "
       "prices are low and fewer when they are high."),
    SA("risk_return", "Explain the risk-return trade-off in investing.",
       (("higher return", "higher expected return", "more return", "greater return"),
        ("higher risk", "more risk", "greater risk", "riskier", "risky", "volatility", "more volatile",
         "uncertainty")),
       "Investors demand higher expected returns to hold riskier (more volatile) assets; lower-risk assets offer "
       "lower expected returns."),
    SA("index_funds", "What are the main advantages of low-cost index funds for most investors?",
       (("low cost", "low costs", "lower cost", "low fees", "lower fees", "expense ratio", "cheap"),
        ("diversification", "diversified", "broad", "whole market", "many stocks"),
        ("tax efficient", "low turnover", "tax efficiency", "beat", "outperform", "active", "passive")),
       "They are cheap, broadly diversified and tax-efficient (low turnover), and after costs most active funds "
       "fail to beat them over long periods."),
    SA("etf_vs_mutual_fund", "How does trading an ETF differ from buying an open-end mutual fund?",
       (("exchange", "intraday", "during the day", "throughout the day", "like a stock"),
        ("nav", "net asset value", "end of the day", "once a day", "close", "closing")),
       "ETF shares trade on an exchange at market prices throughout the day; mutual fund shares are bought from "
       "the fund at the NAV computed once a day after the close."),
    SA("rebalancing", "What is rebalancing, and why do it?",
       (("target", "original", "allocation", "weights", "mix"),
        ("sell", "selling", "trim", "buy", "buying"), ("risk", "drift", "drifted", "discipline")),
       "Periodically selling what has grown overweight and buying what is underweight to restore the target "
       "allocation, keeping risk where intended and enforcing buy-low/sell-high discipline."),
    SA("liquidity", "What does liquidity mean for an investment?",
       (("cash", "sell", "sold", "convert"), ("quickly", "easily", "fast", "without"),
        ("price", "loss", "value", "discount")),
       "How quickly and cheaply an asset can be converted to cash without a loss of value (a big price "
       "concession)."),
    SA("time_horizon", "Why can an investor with a 30-year horizon usually hold more stocks than one who needs "
       "the money in two years?",
       (("time", "horizon", "long term", "years", "decades"),
        ("recover", "recovery", "ride out", "volatility", "downturns", "fluctuations", "short term")),
       "Over decades there is time to ride out and recover from downturns, and stocks' higher expected return "
       "compounds; money needed soon cannot wait for a recovery."),
]

_PLAN: list[Maker] = [
    *repeat(lump_growth, 3), cagr, doubling_time, real_return, dividend_yield, *repeat(holding_return, 2),
    dca_cost, fee_drag, pe_ratio, geometric_mean, *repeat(monthly_plan, 2), weighted_return,
    rule_of_72, recovery_gain, market_cap, *facts("investing", _MC), *facts("investing", _SA),
]

QUIZZES: list[QuizSpec] = [quiz("investment_basics", "Investment Basics", 40, _PLAN)]
