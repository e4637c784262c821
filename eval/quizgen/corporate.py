"""Corporate Finance (9), Accounting (10) and Financial Statements & Ratios (9)."""

from __future__ import annotations

import random

from eval.quizgen.common import MC, SA, Maker, QuizSpec, a, facts, mc, money, num, pct, quiz, step
from eval.schema import Question
from tools.calc.invest import irr, npv

T = "eval.corporate."


# ---------------------------------------------------------------------------------------------------- corporate

def project_npv(rng: random.Random) -> Question:
    cost, rate = step(rng, 50_000, 2_000_000, 10_000), step(rng, 0.06, 0.14, 0.005)
    flows = [step(rng, cost * 0.15, cost * 0.45, 1_000) for _ in range(rng.randint(3, 6))]
    res = npv(rate, [-cost, *flows])
    q = (f"A project needs {money(cost)} today and is expected to return {', '.join(money(f) for f in flows)} at the"
         f" end of years 1 to {len(flows)}. At {a(pct(rate))} cost of capital, what is its NPV?")
    return num(T + "project_npv", q, res.value, "usd", rel_tol=0.01, abs_tol=50.0,
               params={"rate": rate, "cash_flows": [-cost, *flows]},
               explanation=f"Σ CF_t / {1 + rate:g}^t − {money(cost)} = {money(res.value, True)}")


def project_irr(rng: random.Random) -> Question:
    cost, years = step(rng, 20_000, 900_000, 5_000), rng.randint(3, 7)
    flows = [step(rng, cost / years * 0.9, cost / years * 1.8, 500) for _ in range(years)]
    if sum(flows) <= cost * 1.02:
        flows[-1] += cost * 0.2
    res = irr([-cost, *flows])
    q = (f"An investment costs {money(cost)} now and returns {', '.join(money(f) for f in flows)} at the end of "
         f"the next {years} years. What is its internal rate of return?")
    return num(T + "project_irr", q, 100 * res.value, "percent", params={"cash_flows": [-cost, *flows]},
               explanation=f"The rate that makes the NPV zero: {pct(res.value, 3)}")


def wacc(rng: random.Random) -> Question:
    equity, debt = step(rng, 200, 5_000, 10), step(rng, 50, 3_000, 10)
    re, rd, tax = step(rng, 0.08, 0.15, 0.005), step(rng, 0.03, 0.08, 0.0025), rng.choice((0.21, 0.25))
    v = equity + debt
    value = equity / v * re + debt / v * rd * (1 - tax)
    q = (f"A company has equity worth ${equity:,.0f} million (cost of equity {pct(re)}) and debt worth "
         f"${debt:,.0f} million (pre-tax cost {pct(rd)}), at market values, and a {pct(tax, 0)} tax rate. What is "
         "its weighted average cost of capital?")
    return num(T + "wacc", q, 100 * value, "percent",
               params={"equity": equity, "debt": debt, "re": re, "rd": rd, "tax": tax},
               explanation=f"{equity}/{v} × {pct(re)} + {debt}/{v} × {pct(rd)} × (1 − {tax:g}) = {pct(value, 3)}")


def payback(rng: random.Random) -> Question:
    cost = step(rng, 50_000, 500_000, 5_000)
    while True:
        flows = [step(rng, cost * 0.12, cost * 0.4, 1_000) for _ in range(6)]
        if sum(flows[:5]) >= cost:
            break
    left, years = cost, 0.0
    for f in flows:
        if f >= left:
            years += left / f
            break
        left -= f
        years += 1
    q = (f"A machine costs {money(cost)} and is expected to produce after-tax cash flows of "
         f"{', '.join(money(f) for f in flows)} in years 1 to 6, spread evenly within each year. What is the "
         "payback period in years?")
    return num(T + "payback", q, years, "years", rel_tol=0.0, abs_tol=0.02, params={"cost": cost, "flows": flows},
               explanation=f"Cumulative cash flow reaches {money(cost)} after {years:.3f} years")


def gordon_price(rng: random.Random) -> Question:
    d0, g, r = step(rng, 0.5, 5, 0.05), step(rng, 0.02, 0.05, 0.005), step(rng, 0.07, 0.12, 0.005)
    d1 = d0 * (1 + g)
    price = d1 / (r - g)
    q = (f"A stock just paid an annual dividend of {money(d0, True)}, expected to grow {pct(g)} a year forever. If "
         f"investors require {pct(r)}, what is its value by the Gordon growth model?")
    return mc(T + "gordon_price", q, money(price, True), [money(d0 / (r - g), True), money(d1 / r, True),
                                                          money(d1 / (r + g), True)],
              params={"d0": d0, "g": g, "r": r},
              explanation=f"D1 = {money(d0, True)} × {1 + g:g} = {money(d1, True)}; P = D1/(r − g) = "
              f"{money(price, True)}")


_CF_MC = [
    MC("npv_irr_conflict", "Two mutually exclusive projects rank differently by NPV and by IRR. With no capital "
       "rationing, which should the firm choose?", "The one with the higher NPV",
       ("The one with the higher IRR", "The one with the shorter payback", "Neither",
        "The one with the higher profitability index"),
       "NPV measures the value added in dollars at the right discount rate; IRR can mislead on scale and timing."),
    MC("mm_no_tax", "Under Modigliani-Miller Proposition I without taxes or frictions, how does financing with "
       "more debt affect the firm's value?", "It does not change it",
       ("It increases it by the tax shield", "It decreases it because of bankruptcy costs",
        "It increases it because debt is cheaper than equity", "It decreases the cost of equity"),
       "With perfect markets the firm's value depends only on its assets' cash flows; the cost of equity rises to "
       "offset cheaper debt."),
]

_CF_SA = [
    SA("why_wacc", "Why is a firm's WACC used to discount the cash flows of an average-risk project?",
       (("cost of capital", "required return", "investors require", "opportunity cost"),
        ("debt", "equity", "weighted", "mix"), ("risk", "average risk", "same risk")),
       "WACC is the return the firm's debt and equity investors require, weighted by the financing mix; a project "
       "of the firm's average risk must earn at least that to add value."),
    SA("tradeoff_theory", "What does the trade-off theory of capital structure say?",
       (("tax shield", "interest deduction", "tax deductible", "tax benefit", "tax"),
        ("financial distress", "bankruptcy", "distress"), ("optimal", "balance", "trade off", "trade-off")),
       "Firms balance the tax shield of debt interest against the expected costs of financial distress; the "
       "optimal debt level is where the marginal benefit equals the marginal cost."),
]


# ---------------------------------------------------------------------------------------------------- accounting

def straight_line(rng: random.Random) -> Question:
    cost, life = step(rng, 10_000, 500_000, 1_000), rng.choice((4, 5, 7, 8, 10))
    salvage = step(rng, 0, cost * 0.2, 500)
    dep = (cost - salvage) / life
    q = (f"Equipment costing {money(cost)} has {a(str(life))}-year useful life and an estimated salvage value of "
         f"{money(salvage)}. What is the annual straight-line depreciation?")
    return num(T + "straight_line", q, dep, "usd", params={"cost": cost, "life": life, "salvage": salvage},
               explanation=f"({money(cost)} − {money(salvage)}) / {life} = {money(dep, True)}")


def ddb_year2(rng: random.Random) -> Question:
    cost, life = step(rng, 20_000, 400_000, 1_000), rng.choice((5, 8, 10))
    salvage = step(rng, 0, cost * 0.1, 500)
    rate = 2 / life
    dep2 = cost * (1 - rate) * rate
    q = (f"A machine costs {money(cost)}, has {a(str(life))}-year life and a {money(salvage)} salvage value. Using "
         "double-declining-balance depreciation (full year in year 1), what is the depreciation expense in year "
         "2?")
    return num(T + "ddb_year2", q, dep2, "usd", params={"cost": cost, "life": life, "salvage": salvage},
               explanation=f"Rate 2/{life} = {rate:g}; year 1 {money(cost * rate, True)}; year 2: "
               f"{money(cost * (1 - rate), True)} × {rate:g} = {money(dep2, True)} (salvage is ignored until book "
               "value nears it)")


def inventory_cogs(rng: random.Random) -> Question:
    layers = [(step(rng, 100, 600, 10), step(rng, 10, 20, 0.25))]
    for _ in range(2):
        layers.append((step(rng, 100, 600, 10), layers[-1][1] + step(rng, 0.5, 3, 0.25)))
    total = sum(u for u, _ in layers)
    sold = step(rng, layers[0][0] + 10, total - 20, 10)
    method = rng.choice(("FIFO", "LIFO"))
    order = layers if method == "FIFO" else layers[::-1]
    left, cogs = sold, 0.0
    for units, cost in order:
        take = min(units, left)
        cogs, left = cogs + take * cost, left - take
    listed = "; ".join(f"{u:,.0f} units at {money(c, True)}" for u, c in layers)
    q = (f"A retailer's inventory for the year, in order of purchase (including beginning inventory): {listed}. It "
         f"sold {sold:,.0f} units. Using periodic {method}, what is the cost of goods sold?")
    return num(T + "inventory_cogs", q, cogs, "usd", exact=True, abs_tol=0.5,
               params={"layers": layers, "sold": sold, "method": method},
               explanation=f"{method}: take the {'oldest' if method == 'FIFO' else 'newest'} layers first → "
               f"{money(cogs, True)}")


def accrued_interest(rng: random.Random) -> Question:
    principal, rate, months = step(rng, 10_000, 500_000, 1_000), step(rng, 0.04, 0.10, 0.005), rng.randint(2, 6)
    accrued = principal * rate * months / 12
    q = (f"On {('November', 'October', 'September', 'August', 'July')[months - 2]} 1, a company signs a "
         f"{money(principal)} note payable at {pct(rate)} annual simple interest, principal and interest due in one "
         "year. What interest expense should its December 31 adjusting entry accrue?")
    return num(T + "accrued_interest", q, accrued, "usd", exact=True, abs_tol=0.5,
               params={"principal": principal, "rate": rate, "months": months},
               explanation=f"{money(principal)} × {pct(rate)} × {months}/12 = {money(accrued, True)}")


_AC_MC = [
    MC("debit_increases", "In double-entry bookkeeping, a debit increases which accounts?",
       "Assets and expenses", ("Liabilities and revenues", "Equity and revenues", "Liabilities and equity",
                               "Revenues and expenses"),
       "Debits increase assets, expenses (and dividends/draws); credits increase liabilities, equity and "
       "revenue."),
    MC("lifo_ifrs", "Which inventory method is prohibited under IFRS but allowed under US GAAP?", "LIFO",
       ("FIFO", "Weighted average cost", "Specific identification", "Lower of cost and net realizable value"),
       "IAS 2 does not permit LIFO."),
    MC("accrual_revenue", "Under accrual accounting, when is revenue recognized?",
       "When the performance obligation is satisfied (goods or services transferred), whether or not cash is "
       "received", ("When cash is received", "When the invoice is paid in full", "At the end of the fiscal year",
                    "When the contract is signed"),
       "ASC 606: recognize revenue as control of goods or services passes to the customer."),
    MC("prepaid_asset", "A company pays 12 months of rent in advance. How is the payment first recorded?",
       "As a prepaid expense, an asset", ("As rent expense for the full amount", "As a liability",
                                          "As a reduction of equity", "As unearned revenue"),
       "The unexpired part is an asset; it is expensed month by month as the rent period passes."),
]

_AC_SA = [
    SA("matching_principle", "What is the matching principle in accrual accounting?",
       (("expenses", "expense", "costs"), ("revenue", "revenues", "sales"),
        ("same period", "period", "when incurred", "in which")),
       "Expenses are recognized in the same period as the revenues they help generate (e.g. depreciation over "
       "an asset's life, cost of goods sold when the goods are sold)."),
    SA("accrual_vs_cash", "How does accrual-basis accounting differ from cash-basis accounting?",
       (("accrual",), ("earned", "incurred", "when they occur"), ("cash", "paid", "received")),
       "Accrual basis records revenue when earned and expenses when incurred, regardless of cash; cash basis "
       "records them only when cash is received or paid."),
]


# ---------------------------------------------------------------------------------------------------- statements

def quick_ratio(rng: random.Random) -> Question:
    cash, securities, receivables = step(rng, 50, 900, 5), step(rng, 0, 600, 5), step(rng, 100, 1_200, 5)
    inventory, prepaid, liabilities = step(rng, 100, 1_500, 5), step(rng, 10, 120, 5), step(rng, 300, 2_500, 5)
    quick = (cash + securities + receivables) / liabilities
    q = (f"Balance sheet ($ millions): cash {cash:,.0f}; marketable securities {securities:,.0f}; accounts "
         f"receivable {receivables:,.0f}; inventory {inventory:,.0f}; prepaid expenses {prepaid:,.0f}; current "
         f"liabilities {liabilities:,.0f}. What is the quick (acid-test) ratio?")
    return num(T + "quick_ratio", q, quick, "ratio", params={"cash": cash, "securities": securities,
                                                             "receivables": receivables, "inventory": inventory,
                                                             "prepaid": prepaid, "liabilities": liabilities},
               explanation=f"({cash:,.0f} + {securities:,.0f} + {receivables:,.0f}) / {liabilities:,.0f} = {quick:.3f}")


def dupont_roe(rng: random.Random) -> Question:
    margin, turnover, mult = step(rng, 0.02, 0.12, 0.005), step(rng, 0.5, 1.6, 0.05), step(rng, 1.3, 2.8, 0.1)
    roe = margin * turnover * mult
    q = (f"A company has a net profit margin of {pct(margin)}, total asset turnover of {turnover:.2f} and an equity "
         f"multiplier (assets / equity) of {mult:.1f}. What is its return on equity?")
    return num(T + "dupont_roe", q, 100 * roe, "percent", params={"margin": margin, "turnover": turnover,
                                                                  "multiplier": mult},
               explanation=f"{pct(margin)} × {turnover:.2f} × {mult:.1f} = {pct(roe, 3)}")


def inventory_days(rng: random.Random) -> Question:
    begin, end = step(rng, 100, 2_000, 5), step(rng, 100, 2_000, 5)
    cogs = step(rng, (begin + end) / 2 * 3, (begin + end) / 2 * 12, 10)
    days = 365 * (begin + end) / 2 / cogs
    q = (f"Inventory was ${begin:,.0f} million at the start of the year and ${end:,.0f} million at the end; cost of "
         f"goods sold was ${cogs:,.0f} million. Using average inventory and a 365-day year, what are days inventory "
         "outstanding?")
    return num(T + "inventory_days", q, days, "number", params={"begin": begin, "end": end, "cogs": cogs},
               explanation=f"365 × {(begin + end) / 2:,.1f} / {cogs:,.0f} = {days:.2f} days")


def free_cash_flow(rng: random.Random) -> Question:
    cfo, capex, divs = step(rng, 200, 9_000, 10), step(rng, 50, 4_000, 10), step(rng, 0, 1_500, 10)
    q = (f"A company reports cash from operations of ${cfo:,.0f} million, capital expenditures of ${capex:,.0f} "
         f"million and dividends paid of ${divs:,.0f} million. What is its free cash flow (in $ millions), defined "
         "as operating cash flow minus capital expenditures?")
    return num(T + "free_cash_flow", q, cfo - capex, "number", exact=True, abs_tol=0.5,
               params={"cfo": cfo, "capex": capex, "dividends": divs},
               explanation=f"{cfo:,.0f} − {capex:,.0f} = {cfo - capex:,.0f} (dividends are a use of free cash flow)")


def debt_to_equity(rng: random.Random) -> Question:
    assets = step(rng, 1_000, 20_000, 10)
    liabilities = step(rng, assets * 0.3, assets * 0.8, 10)
    debt = step(rng, liabilities * 0.4, liabilities * 0.9, 10)
    equity = assets - liabilities
    q = (f"Total assets are ${assets:,.0f} million and total liabilities ${liabilities:,.0f} million, of which "
         f"${debt:,.0f} million is interest-bearing debt. What is the debt-to-equity ratio, using interest-bearing "
         "debt?")
    return mc(T + "debt_to_equity", q, f"{debt / equity:.2f}", [f"{liabilities / equity:.2f}",
                                                                f"{debt / assets:.2f}", f"{equity / debt:.2f}",
                                                                f"{liabilities / assets:.2f}"],
              params={"assets": assets, "liabilities": liabilities, "debt": debt},
              explanation=f"Equity {assets:,.0f} − {liabilities:,.0f} = {equity:,.0f}; {debt:,.0f} / "
              f"{equity:,.0f} = {debt / equity:.3f}")


_FS_MC = [
    MC("dividends_section", "Under US GAAP, where do cash dividends paid to shareholders appear in the statement of "
       "cash flows?", "Financing activities", ("Operating activities", "Investing activities",
                                               "They do not appear", "Supplemental noncash disclosures"),
       "ASC 230: dividends paid are financing outflows (dividends received are operating)."),
    MC("depreciation_addback", "Why is depreciation added back to net income under the indirect method of "
       "computing cash from operations?", "It is a noncash expense that reduced net income",
       ("It is a cash inflow from selling assets", "It is a tax refund", "It is a financing inflow",
        "It increases accounts receivable"),
       "Depreciation lowered net income without using cash in the period."),
]

_FS_SA = [
    SA("dupont_why", "What does splitting a company's return on equity into its DuPont components tell an analyst?",
       (("profit margin", "net margin", "profitability", "margin"), ("asset turnover", "turnover", "efficiency"),
        ("leverage", "equity multiplier", "debt")),
       "ROE = net margin × asset turnover × equity multiplier, showing whether returns come from profitability, "
       "efficient use of assets or financial leverage."),
    SA("profit_no_cash", "How can a profitable, growing company run out of cash?",
       (("receivables", "inventory", "working capital"),
        ("growth", "growing", "expansion", "capital expenditures", "capex"),
        ("timing", "collect", "before", "accrual", "not cash", "tied up")),
       "Accrual profits are not cash: growth ties cash up in receivables, inventory and capital spending before "
       "customers pay, so operating cash flow can be negative while earnings are positive."),
]

_CORP: list[Maker] = [project_npv, project_irr, wacc, payback, gordon_price, *facts("corporate", [*_CF_MC, *_CF_SA])]
_ACCT: list[Maker] = [straight_line, ddb_year2, inventory_cogs, accrued_interest,
                      *facts("corporate", [*_AC_MC, *_AC_SA])]
_STMT: list[Maker] = [quick_ratio, dupont_roe, inventory_days, free_cash_flow, debt_to_equity,
                      *facts("corporate", [*_FS_MC, *_FS_SA])]

QUIZZES: list[QuizSpec] = [
    quiz("corporate_finance", "Corporate Finance", 9, _CORP),
    quiz("accounting", "Accounting", 10, _ACCT),
    quiz("financial_statements", "Financial Statements & Ratios", 9, _STMT),
]
