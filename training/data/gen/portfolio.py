"""Portfolio templates (asset_allocation, risk_return): rebalancing trades, rebalancing bands with new cash,
scenario expected return and risk, two-asset portfolios, CAPM/Sharpe/Treynor/alpha and historical volatility."""

from __future__ import annotations

import math
import random

from tools.calc import invest
from training.data.gen.common import Draft, Template, money, num, pct, pick
from training.data.gen.markets_util import first_name, full_name, md_table, pct_value

ASSETS = ("US stocks", "International stocks", "US bonds", "TIPS", "REITs", "Cash", "Emerging markets",
          "Short-term Treasuries", "High-yield bonds", "Small-cap value")


def _weights(rng: random.Random, k: int) -> list[float]:
    """``k`` target weights in whole percents (each ≥ 5%) summing to 100%."""
    while True:
        cuts = sorted(rng.sample(range(5, 96, 5), k - 1))
        w = [b - a for a, b in zip([0, *cuts], [*cuts, 100], strict=True)]
        if min(w) >= 5:
            return [x / 100 for x in w]


def t_rebalance(rng: random.Random) -> Draft:
    """Trades that bring holdings back to target weights."""
    k = rng.choice((2, 2, 3, 4))
    names = rng.sample(ASSETS, k)
    targets = _weights(rng, k)
    values = [pick(rng, 5_000, 600_000, 100) for _ in range(k)]
    total = sum(values)
    trades = [round(t * total - v, 2) for t, v in zip(targets, values, strict=True)]
    ask = rng.randrange(k)
    who = full_name(rng)
    holdings = ", ".join(f"{n} {money(v, False)}" for n, v in zip(names, values, strict=True))
    target_text = " / ".join(f"{pct(t)} {n}" for n, t in zip(names, targets, strict=True))
    instruction = rng.choice((
        f"{who}'s portfolio holds {holdings}. The target is {target_text}. What trades rebalance it?",
        f"Rebalance to {target_text}. Current holdings: {holdings}. How much of {names[ask]} must be bought or sold?",
        f"An IRA has drifted: {holdings}. Policy weights are {target_text}. List the rebalancing trades.",
    ))
    rows = [[n, money(v), pct(v / total), pct(t), money(t * total), ("buy " if tr >= 0 else "sell ") + money(abs(tr))]
            for n, v, t, tr in zip(names, values, targets, trades, strict=True)]
    lines = [f"Total = {money(total)}; target value = weight × total; trade = target value − current value.",
             md_table(["Asset", "Current", "Weight", "Target", "Target value", "Trade"], rows),
             "Buys and sells net to zero, so no new cash is needed.",
             f"Answer: {money(trades[ask])}" + f" ({'buy' if trades[ask] >= 0 else 'sell'} {names[ask]})"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="asset_allocation",
                 difficulty="easy" if k == 2 else "medium", template="portfolio.rebalance",
                 params={"assets": names, "values": values, "targets": targets, "asked": names[ask],
                         "answer": trades[ask]})


def t_rebalance_bands(rng: random.Random) -> Draft:
    """A band-triggered rebalance that uses a new contribution first; total sales needed."""
    k = rng.randint(3, 5)
    names = rng.sample(ASSETS, k)
    targets = _weights(rng, k)
    band = rng.choice((0.03, 0.04, 0.05))
    breached: list[str] = []
    while not breached:
        drift = [rng.uniform(-band, band) * 0.8 for _ in range(k)]
        drift[rng.randrange(k)] = band + pick(rng, 0.01, 0.08, 0.005)
        raw = [max(0.01, t + d) for t, d in zip(targets, drift, strict=True)]
        total0 = pick(rng, 200_000, 3_000_000, 1_000)
        values = [round(total0 * r / sum(raw), -2) for r in raw]
        total = sum(values)
        weights = [v / total for v in values]
        breached = [n for n, w, t in zip(names, weights, targets, strict=True) if abs(w - t) > band]
    cash = pick(rng, 0, 0.06 * total, 500)
    new_total = total + cash
    trades = [round(t * new_total - v, 2) for t, v in zip(targets, values, strict=True)]
    sales = round(-sum(tr for tr in trades if tr < 0), 2)
    no_cash_sales = sum(max(0.0, v - t * total) for t, v in zip(targets, values, strict=True))
    data = md_table(["Asset", "Value", "Target"], [[n, money(v, False), pct(t)]
                                                    for n, v, t in zip(names, values, targets, strict=True)])
    instruction = rng.choice((
        f"The investment policy rebalances to target whenever any asset is more than {pct(band)} (absolute) from "
        f"its target. {first_name(rng)} is adding {money(cash, False)} today. Check the bands and, if triggered, "
        "give the trades (use the new cash first). How much must be sold?",
        f"Quarterly review with ±{pct(band)} rebalancing bands and a {money(cash, False)} deposit arriving. Which "
        "assets breach their band, and what total sales bring the portfolio back to target?",
    ))
    rows = [[n, pct(w), pct(w - t), ("buy " if tr >= 0 else "sell ") + money(abs(tr))]
            for n, w, t, tr in zip(names, weights, targets, trades, strict=True)]
    lines = [f"Current total {money(total)}; weights = value / total; bands ±{pct(band)}.",
             md_table(["Asset", "Weight", "Drift", "Trade"], rows),
             f"Outside the band: {', '.join(breached)} → rebalance.",
             f"With the deposit the total is {money(new_total)}; trade = target × {money(new_total)} − value.",
             f"Sales = sum of the sells = {money(sales)} (without the deposit they would be {money(no_cash_sales)}; "
             "the cash absorbs part of the rebalance and avoids realizing some gains).",
             f"Answer: {money(sales)}"]
    return Draft(instruction=instruction, input=data, output="\n".join(lines), domain="asset_allocation",
                 difficulty="hard", template="portfolio.rebalance_bands",
                 params={"assets": names, "values": values, "targets": targets, "band": band, "cash": cash,
                         "answer": sales})


def t_scenarios(rng: random.Random) -> Draft:
    """Probability-weighted expected return, and (medium) its standard deviation."""
    k = rng.randint(3, 4)
    labels = {3: ["Recession", "Normal", "Boom"], 4: ["Recession", "Slow growth", "Normal", "Boom"]}[k]
    while True:
        probs = [pick(rng, 0.05, 0.6, 0.05) for _ in range(k - 1)]
        if sum(probs) <= 0.9:
            probs.append(round(1 - sum(probs), 2))
            break
    rets = sorted(pick(rng, -0.35, 0.45, 0.005) for _ in range(k))
    er = sum(p * r for p, r in zip(probs, rets, strict=True))
    var = sum(p * (r - er) ** 2 for p, r in zip(probs, rets, strict=True))
    sd = math.sqrt(var)
    with_sd = rng.random() < 0.55
    asset = rng.choice(("a stock", "a small-cap fund", "an emerging-markets ETF", "a venture holding"))
    data = md_table(["Scenario", "Probability", "Return"],
                    [[lab, pct(p), pct(r, 1)] for lab, p, r in zip(labels, probs, rets, strict=True)])
    instruction = rng.choice((
        f"Using the scenarios below for {asset}, what is the expected return" + (" and standard deviation?"
                                                                                 if with_sd else "?"),
        f"An analyst models {asset} with these scenarios. Compute the expected return"
        + (" and the standard deviation of return." if with_sd else "."),
    ))
    lines = ["E(R) = Σ p·r = " + " + ".join(f"{p:.2f}×{pct(r, 1)}" for p, r in zip(probs, rets, strict=True))
             + f" = {pct(er)}"]
    if with_sd:
        lines += ["Variance = Σ p·(r − E(R))² = " + " + ".join(f"{p:.2f}×({r:.3f} − {er:.4f})²" for p, r in
                                                               zip(probs, rets, strict=True))
                  + f" = {var:.6f}", f"Standard deviation = √{var:.6f} = {pct(sd)}"]
    answer = sd if with_sd else er
    lines.append(f"Answer: {pct(answer)}")
    return Draft(instruction=instruction, input=data, output="\n".join(lines), domain="risk_return",
                 difficulty="medium" if with_sd else "easy", template="portfolio.scenarios",
                 params={"probs": probs, "returns": rets, "want": "sd" if with_sd else "mean",
                         "answer": pct_value(answer)})


def t_two_asset(rng: random.Random) -> Draft:
    """Two-asset portfolio: expected return, volatility with correlation, Sharpe; or the minimum-variance mix."""
    a, b = rng.sample(("a stock index fund", "a bond fund", "a gold ETF", "a REIT fund", "an international fund",
                       "a commodities fund"), 2)
    e1, e2 = pick(rng, 0.02, 0.14, 0.0025), pick(rng, 0.02, 0.14, 0.0025)
    s1, s2 = pick(rng, 0.04, 0.35, 0.005), pick(rng, 0.04, 0.35, 0.005)
    rho = pick(rng, -0.6, 0.9, 0.05)
    rf = pick(rng, 0.01, 0.05, 0.0025)
    minvar = rng.random() < 0.35 and s1**2 + s2**2 - 2 * rho * s1 * s2 > 1e-6
    if minvar:
        w = (s2**2 - rho * s1 * s2) / (s1**2 + s2**2 - 2 * rho * s1 * s2)
    else:
        w = pick(rng, 0.1, 0.9, 0.05)
    er = w * e1 + (1 - w) * e2
    var = w**2 * s1**2 + (1 - w) ** 2 * s2**2 + 2 * w * (1 - w) * rho * s1 * s2
    sd = math.sqrt(max(var, 0.0))
    sharpe = (er - rf) / sd if sd > 0 else 0.0
    facts = (f"{a}: expected return {pct(e1)}, volatility {pct(s1)}; {b}: expected return {pct(e2)}, volatility "
             f"{pct(s2)}; correlation {rho:.2f}")
    if minvar:
        instruction = rng.choice((f"Find the minimum-variance mix of two funds ({facts}) and its volatility.",
                                  f"{facts}. What weight in {a} minimizes portfolio risk, and what volatility "
                                  "results?"))
    else:
        instruction = rng.choice((
            f"A portfolio is {pct(w)} {a} and {pct(1 - w)} {b} ({facts}). Risk-free rate {pct(rf)}. Find the "
            "expected return, volatility and Sharpe ratio.",
            f"{first_name(rng)} splits money {pct(w)}/{pct(1 - w)} between {a} and {b}. {facts}. With T-bills at "
            f"{pct(rf)}, what Sharpe ratio does the mix have?",
        ))
    lines = []
    if minvar:
        lines.append(f"w* = (σ2² − ρσ1σ2) / (σ1² + σ2² − 2ρσ1σ2) = ({s2:.3f}² − {rho:.2f}×{s1:.3f}×{s2:.3f}) / "
                     f"({s1:.3f}² + {s2:.3f}² − 2×{rho:.2f}×{s1:.3f}×{s2:.3f}) = {w:.4f}")
    lines += [f"E(Rp) = w·E1 + (1 − w)·E2 = {w:.4f}×{pct(e1)} + {1 - w:.4f}×{pct(e2)} = {pct(er)}",
              f"σp² = w²σ1² + (1−w)²σ2² + 2w(1−w)ρσ1σ2 = {var:.6f}; σp = {pct(sd)}"]
    if minvar:
        answer, shown = pct_value(sd), pct(sd)
        lines.append(f"Minimum-variance weight in {a}: {pct(w)}; volatility {pct(sd)}.")
    else:
        answer, shown = round(sharpe, 4), num(sharpe, 4)
        lines.append(f"Sharpe = (E(Rp) − rf) / σp = ({pct(er)} − {pct(rf)}) / {pct(sd)} = {num(sharpe, 4)}")
    lines.append(f"Answer: {shown}")
    return Draft(instruction=instruction, output="\n".join(lines), domain="risk_return",
                 difficulty="hard" if minvar else "medium", template="portfolio.two_asset",
                 params={"e1": e1, "e2": e2, "s1": s1, "s2": s2, "rho": rho, "rf": rf, "w": round(w, 6),
                         "minvar": minvar, "answer": answer})


def t_capm_measures(rng: random.Random) -> Draft:
    """CAPM expected return (easy), Sharpe or Treynor (easy) or Jensen's alpha (medium)."""
    kind = rng.choice(("capm", "sharpe", "treynor", "alpha"))
    fund = rng.choice(("a large-cap growth fund", "a dividend ETF", "a tech stock", "a utility stock",
                       "a mid-cap blend fund", "a biotech ETF"))
    rf, rm = pick(rng, 0.005, 0.05, 0.0025), pick(rng, 0.06, 0.12, 0.0025)
    beta = pick(rng, 0.4, 2.0, 0.05)
    rp, sd = pick(rng, -0.05, 0.25, 0.0025), pick(rng, 0.08, 0.40, 0.005)
    capm = rf + beta * (rm - rf)
    if kind == "capm":
        q = f"What return does CAPM require of {fund} with beta {beta:.2f}, a {pct(rf)} risk-free rate and a " \
            f"{pct(rm)} expected market return?"
        lines = [f"E(R) = rf + β(Rm − rf) = {pct(rf)} + {beta:.2f}×({pct(rm)} − {pct(rf)}) = {pct(capm)}"]
        answer, shown = pct_value(capm), pct(capm)
    elif kind == "sharpe":
        v = (rp - rf) / sd
        q = f"{fund[0].upper()}{fund[1:]} returned {pct(rp)} with {pct(sd)} volatility; T-bills yielded " \
            f"{pct(rf)}. Sharpe ratio?"
        lines = [f"Sharpe = (Rp − rf) / σp = ({pct(rp)} − {pct(rf)}) / {pct(sd)} = {num(v, 4)}"]
        answer, shown = round(v, 4), num(v, 4)
    elif kind == "treynor":
        v = (rp - rf) / beta
        q = f"Compute the Treynor ratio of {fund}: return {pct(rp)}, beta {beta:.2f}, risk-free rate {pct(rf)}."
        lines = [f"Treynor = (Rp − rf) / β = ({pct(rp)} − {pct(rf)}) / {beta:.2f} = {num(v, 4)}"]
        answer, shown = round(v, 4), num(v, 4)
    else:
        alpha = rp - capm
        q = f"{fund[0].upper()}{fund[1:]} (beta {beta:.2f}) earned {pct(rp)} last year while the market returned " \
            f"{pct(rm)} and T-bills {pct(rf)}. What was Jensen's alpha?"
        lines = [f"CAPM required return = {pct(rf)} + {beta:.2f}×({pct(rm)} − {pct(rf)}) = {pct(capm)}",
                 f"α = Rp − required = {pct(rp)} − {pct(capm)} = {pct(alpha)} "
                 f"({'outperformed' if alpha > 0 else 'underperformed'} on a risk-adjusted basis)"]
        answer, shown = pct_value(alpha), pct(alpha)
    lines.append(f"Answer: {shown}")
    return Draft(instruction=q, output="\n".join(lines), domain="risk_return",
                 difficulty="medium" if kind == "alpha" else "easy", template="portfolio.capm_measures",
                 params={"kind": kind, "rf": rf, "rm": rm, "beta": beta, "rp": rp, "sd": sd, "answer": answer})


def _corr(x: list[float], y: list[float]) -> float:
    mx, my = sum(x) / len(x), sum(y) / len(y)
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y, strict=True))
    sxx, syy = sum((a - mx) ** 2 for a in x), sum((b - my) ** 2 for b in y)
    return sxy / math.sqrt(sxx * syy) if sxx and syy else 0.0


def t_historical(rng: random.Random) -> Draft:
    """Annualized return and volatility of a two-fund portfolio from 12 monthly returns (tools.calc)."""
    names = rng.sample(("equity fund", "bond fund", "REIT fund", "gold ETF", "international fund"), 2)
    months = 12
    r1 = [pick(rng, -0.08, 0.09, 0.001) for _ in range(months)]
    r2 = [round(0.4 * a + pick(rng, -0.04, 0.04, 0.001), 3) for a in r1] if rng.random() < 0.5 else \
        [pick(rng, -0.04, 0.05, 0.001) for _ in range(months)]
    w = pick(rng, 0.2, 0.8, 0.05)
    rf = pick(rng, 0.01, 0.05, 0.0025)
    res = invest.portfolio_return_volatility([w, round(1 - w, 10)], [r1, r2], 12)
    mean, vol = res.value, res.details["volatility"] if res.details else 0.0
    table = res.table or []
    rho = _corr(r1, r2)
    sharpe = (mean - rf) / vol if vol else 0.0
    data = md_table(["Month", names[0], names[1]],
                    [[str(i + 1), pct(a, 1), pct(b, 1)] for i, (a, b) in enumerate(zip(r1, r2, strict=True))])
    instruction = rng.choice((
        f"From these monthly returns, estimate the annual expected return, volatility and Sharpe ratio (risk-free "
        f"{pct(rf)}) of a {pct(w)}/{pct(1 - w)} portfolio of the two funds.",
        f"A client holds {pct(w)} in the {names[0]} and {pct(1 - w)} in the {names[1]}. Using the "
        "12 months below, what is the portfolio's annualized volatility?",
    ))
    lines = [
        "Annualized mean = 12 × monthly mean; volatility = √12 × sample standard deviation (n − 1).",
        md_table(["Fund", "Annual mean", "Annual volatility"],
                 [[names[i], pct(row["annual_mean"]), pct(row["annual_volatility"])] for i, row in enumerate(table)]),
        f"Correlation of monthly returns = {rho:.4f}",
        f"Portfolio: E(R) = 12 × Σ w·mean = {pct(mean)}; σ = √(12 × wᵀΣw) = {pct(vol)} (tools.calc "
        "portfolio_return_volatility)",
        f"Sharpe = ({pct(mean)} − {pct(rf)}) / {pct(vol)} = {num(sharpe, 4)}",
        f"Answer: {pct(vol)}",
    ]
    return Draft(instruction=instruction, input=data, output="\n".join(lines), domain="risk_return",
                 difficulty="hard", template="portfolio.historical",
                 params={"w": w, "r1": r1, "r2": r2, "rf": rf, "mean": pct_value(mean), "answer": pct_value(vol)})


TEMPLATES: list[tuple[Template, float]] = [
    (t_rebalance, 2.5), (t_rebalance_bands, 1.5), (t_scenarios, 1.75), (t_two_asset, 1.75), (t_capm_measures, 3.0),
    (t_historical, 1.0),
]
