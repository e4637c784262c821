"""Investment and self-employment tax templates: netting capital gains and losses, the 0/15/20% rates, the net
investment income tax, self-employment tax, quarterly estimates, and a whole year's federal tax."""

from __future__ import annotations

import random

from training.data.gen.common import Draft, Template, money, pct, pick
from training.data.gen.planning_rules import (
    LTCG_TOPS,
    NIIT_RATE,
    QBI_THRESHOLD,
    STANDARD_DEDUCTION,
    STATUS_LABEL,
    SURTAX_THRESHOLD,
    WAGE_BASE,
    finish,
    ltcg_layers,
    ordinary_tax,
    phrase,
    se_tax,
    table,
    who,
)

_M = "planning_tax_gains"


def net_gains(stg: float, stl: float, ltg: float, ltl: float) -> tuple[float, float]:
    """Net short- and long-term results after netting within each class and then across them."""
    st, lt = stg - stl, ltg - ltl
    if st < 0 < lt:
        x = min(-st, lt)
        st, lt = st + x, lt - x
    elif lt < 0 < st:
        x = min(-lt, st)
        st, lt = st - x, lt + x
    return st, lt


def loss_use(st: float, lt: float, limit: float) -> tuple[float, float, float]:
    """For a net loss: (deduction this year, short-term carryover, long-term carryover); short-term losses are used
    first (Schedule D capital loss carryover worksheet)."""
    deduction = min(limit, -(st + lt))
    st_loss, lt_loss = max(0.0, -st), max(0.0, -lt)
    st_used = min(deduction, st_loss)
    return deduction, st_loss - st_used, lt_loss - (deduction - st_used)


def _gain(rng: random.Random, high: float) -> float:
    return pick(rng, 0, high, 50) if rng.random() < 0.8 else 0.0


def t_cg_netting(rng: random.Random) -> Draft:
    """Net short- and long-term gains and losses, the $3,000 loss limit and the carryover."""
    status = rng.choice(("single", "married_filing_jointly", "married_filing_separately"))
    stg, stl, ltg, ltl = _gain(rng, 30_000), _gain(rng, 40_000), _gain(rng, 60_000), _gain(rng, 60_000)
    limit = 1_500 if status == "married_filing_separately" else 3_000
    st, lt = net_gains(stg, stl, ltg, ltl)
    data = table(("", "Gains", "Losses"), [("Short-term", money(stg, cents=False), money(stl, cents=False)),
                                           ("Long-term", money(ltg, cents=False), money(ltl, cents=False))])
    q = phrase(rng, (
        "{n} ({s}) realized the gains and losses below this year. How do they net, and what reaches the tax "
        "return?",
        "Net these capital gains and losses for a {s} filer: what is taxable, what is deductible, what carries "
        "forward?",
        "Capital gain/loss netting ({s}). Show the short-term and long-term results and any carryover.",
    ), n=who(rng), s=STATUS_LABEL[status])
    steps = [f"Within each class: short-term {money(stg - stl, cents=False)}, long-term "
             f"{money(ltg - ltl, cents=False)}",
             f"Across classes (a net loss in one offsets a net gain in the other): short-term {money(st, cents=False)},"
             f" long-term {money(lt, cents=False)}"]
    if st + lt >= 0:
        steps.append(f"Net gain {money(st + lt, cents=False)}: {money(max(st, 0), cents=False)} short-term taxed as "
                     f"ordinary income, {money(max(lt, 0), cents=False)} long-term at 0/15/20%.")
        ans = st + lt
    else:
        ded, c_st, c_lt = loss_use(st, lt, limit)
        steps.append(f"Net loss {money(-(st + lt), cents=False)}: {money(ded, cents=False)} offsets ordinary income "
                     f"this year (limit {money(limit, cents=False)}); carry forward {money(c_st, cents=False)} "
                     f"short-term and {money(c_lt, cents=False)} long-term (short-term losses are used first).")
        ans = -ded
    steps.append("Net effect on this year's income (gain positive, deductible loss negative): "
                 f"{money(ans, cents=False)}")
    return finish(f"{_M}.cg_netting", instruction=q, input_=data, steps=steps, answer=ans,
                  shown=money(ans, cents=False), domain="capital_gains_tax", difficulty="hard",
                  params={"status": status, "st_gains": stg, "st_losses": stl, "lt_gains": ltg, "lt_losses": ltl})


def t_ltcg_tax(rng: random.Random) -> Draft:
    """Tax on long-term gains and qualified dividends stacked on ordinary income (0/15/20%)."""
    year, status = rng.choice((2024, 2025)), rng.choice(("single", "married_filing_jointly", "head_of_household"))
    ordinary = pick(rng, 0, 700_000, 250) if rng.random() < 0.7 else pick(rng, 0, 120_000, 250)
    gain = pick(rng, 1_000, 500_000, 250)
    at0, at15, at20 = ltcg_layers(ordinary, gain, status, year)
    tax = 0.15 * at15 + 0.20 * at20
    top0, top15 = LTCG_TOPS[year][status]
    q = phrase(rng, (
        "{n} ({s}) has {o} of ordinary taxable income and {g} of long-term capital gains in {y}. How much tax is due "
        "on the gains?",
        "Compute the {y} federal tax on {g} of qualified dividends and long-term gains for a {s} filer whose other "
        "taxable income is {o}.",
        "LTCG tax: {y}, {s}, ordinary taxable income {o}, long-term gain {g}. Which parts fall in the 0%, 15% and "
        "20% bands?",
    ), n=who(rng), s=STATUS_LABEL[status], o=money(ordinary, cents=False), g=money(gain, cents=False), y=year)
    steps = [f"{year} thresholds ({STATUS_LABEL[status]}): 0% up to {money(top0, cents=False)} of taxable income, "
             f"15% up to {money(top15, cents=False)}, 20% above (IRS Rev. Proc. "
             f"{'2023-34' if year == 2024 else '2024-40'})",
             f"The gain sits on top of ordinary income: it fills {money(ordinary, cents=False)} → "
             f"{money(ordinary + gain, cents=False)}",
             table(("Band", "Gain in band", "Tax"), [("0%", money(at0), money(0)), ("15%", money(at15),
                                                                                   money(0.15 * at15)),
                                                     ("20%", money(at20), money(0.20 * at20))]),
             f"Tax on the gain = {money(tax)} ({pct(tax / gain)} of it; the 3.8% NIIT may apply separately)"]
    ans = round(tax, 2)
    return finish(f"{_M}.ltcg_tax", instruction=q, steps=steps, answer=ans, shown=money(ans),
                  domain="capital_gains_tax", difficulty="medium",
                  params={"year": year, "status": status, "ordinary": ordinary, "gain": gain})


def t_niit(rng: random.Random) -> Draft:
    """Net investment income tax: 3.8% of the lesser of NII and MAGI over the threshold."""
    status = rng.choice(("single", "married_filing_jointly", "married_filing_separately", "head_of_household"))
    thr = SURTAX_THRESHOLD[status]
    magi = pick(rng, thr * 0.9, thr * 2.5, 500)
    nii = pick(rng, 1_000, min(magi, 400_000), 250)
    base = min(nii, max(0.0, magi - thr))
    q = phrase(rng, (
        "{n} ({s}) has modified AGI of {m}, including {i} of net investment income. How much net investment income "
        "tax is owed?",
        "NIIT check: filing {s}, MAGI {m}, investment income {i}.",
        "Does the 3.8% surtax apply to me? MAGI {m}, net investment income {i}, filing {s}.",
    ), n=who(rng), s=STATUS_LABEL[status], m=money(magi, cents=False), i=money(nii, cents=False))
    tax = NIIT_RATE * base
    steps = [f"Threshold ({STATUS_LABEL[status]}, IRC §1411, not indexed): {money(thr, cents=False)}",
             f"MAGI over the threshold = {money(max(0.0, magi - thr), cents=False)}; the tax base is the lesser of that"
             f" and NII ({money(nii, cents=False)}) = {money(base, cents=False)}",
             f"NIIT = 3.8% × {money(base, cents=False)} = {money(tax)}"]
    ans = round(tax, 2)
    return finish(f"{_M}.niit", instruction=q, steps=steps, answer=ans, shown=money(ans),
                  domain="capital_gains_tax", difficulty="medium", params={"status": status, "magi": magi, "nii": nii})


def t_se_tax(rng: random.Random) -> Draft:
    """Self-employment tax on net profit, with the wage base shared with W-2 wages."""
    year = rng.choice((2024, 2025))
    profit = pick(rng, 5_000, 300_000, 250)
    wages = pick(rng, 0, 200_000, 500) if rng.random() < 0.35 else 0.0
    se = se_tax(profit, year, wages)
    q = phrase(rng, (
        "{n} had {p} of net self-employment profit in {y}{w}. What is the self-employment tax, and how much of it "
        "is deductible?",
        "Compute {y} SE tax on a Schedule C profit of {p}{w}.",
        "My side business netted {p} in {y}{w}. How much self-employment tax do I owe?",
    ), n=who(rng), p=money(profit, cents=False), y=year,
        w=f" and {money(wages, cents=False)} of W-2 wages" if wages else "")
    steps = [f"Net earnings = {money(profit, cents=False)} × 92.35% = {money(se['base'])}",
             f"Social Security 12.4% applies up to the {year} wage base {money(WAGE_BASE[year], cents=False)}"
             + (f" less {money(wages, cents=False)} of wages" if wages else "")
             + f": 12.4% × {money(se['ss_taxed'])} = {money(se['ss'])}",
             f"Medicare 2.9% × {money(se['base'])} = {money(se['medicare'])}",
             f"SE tax = {money(se['total'])}; half ({money(se['half'])}) is deductible in arriving at AGI. (The 0.9% "
             "Additional Medicare Tax over 200,000/250,000 is separate.)"]
    return finish(f"{_M}.se_tax", instruction=q, steps=steps, answer=se["total"], shown=money(se["total"]),
                  domain="self_employment_tax", difficulty="medium",
                  params={"year": year, "profit": profit, "wages": wages})


def t_quarterly(rng: random.Random) -> Draft:
    """A freelancer's quarterly estimates: SE tax, half-SE deduction, standard and QBI deductions, income tax."""
    year, status = rng.choice((2024, 2025)), rng.choice(("single", "married_filing_jointly", "head_of_household"))
    std = STANDARD_DEDUCTION[year][status]
    while True:
        profit, other = pick(rng, 30_000, 250_000, 500), pick(rng, 0, 5_000, 50)
        se = se_tax(profit, year)
        agi = profit - se["half"] + other
        ti0 = max(0.0, agi - std)
        if ti0 <= QBI_THRESHOLD[year][status]:
            break
    qbi = 0.2 * min(profit - se["half"], ti0)
    ti = ti0 - qbi
    tax = ordinary_tax(ti, status, year)
    total = tax + se["total"]
    q = phrase(rng, (
        "{n} is a freelancer ({s}) expecting {p} of net profit and {o} of interest in {y}, with no withholding. "
        "What should each quarterly estimated payment be?",
        "Estimate my {y} quarterly taxes: self-employed, {s}, profit {p}, other income {o}, standard deduction, "
        "qualified business income deduction.",
        "Quarterly estimates for a sole proprietor: {y}, {s}, net profit {p}, interest {o}. Include SE tax.",
    ), n=who(rng), s=STATUS_LABEL[status], p=money(profit, cents=False), o=money(other, cents=False), y=year)
    steps = [f"1. SE tax: 92.35% × {money(profit, cents=False)} = {money(se['base'])}; 12.4% × "
             f"{money(se['ss_taxed'])} (up to the {money(WAGE_BASE[year], cents=False)} wage base) + 2.9% × "
             f"{money(se['base'])} = {money(se['total'])}; half deductible {money(se['half'])}",
             f"2. AGI = {money(profit, cents=False)} − {money(se['half'])} + {money(other, cents=False)} = "
             f"{money(agi)}; less standard deduction {money(std, cents=False)} = {money(ti0)}",
             f"3. QBI deduction = 20% × min(QBI {money(profit - se['half'])}, taxable income {money(ti0)}) = "
             f"{money(qbi)} (below the {money(QBI_THRESHOLD[year][status], cents=False)} threshold, so no wage "
             "limits)",
             f"4. Taxable income {money(ti)}; income tax {money(tax)}",
             f"5. Total = {money(tax)} + {money(se['total'])} = {money(total)}; ÷ 4 = {money(total / 4)} per quarter "
             "(April, June, September, January). Paying 100% of last year's tax (110% above 150,000 AGI) instead "
             "also avoids the underpayment penalty."]
    ans = round(total / 4, 2)
    return finish(f"{_M}.quarterly", instruction=q, steps=steps, answer=ans, shown=money(ans),
                  domain="self_employment_tax", difficulty="hard",
                  params={"year": year, "status": status, "profit": profit, "other": other})


def _year_params(rng: random.Random) -> dict[str, float | str]:
    status = rng.choice(("single", "married_filing_jointly"))
    return {"year": rng.choice((2024, 2025)), "status": status,
            "wages": pick(rng, 0, 220_000 if status == "single" else 300_000, 1_000),
            "profit": pick(rng, 10_000, 150_000, 500), "st_gains": _gain(rng, 30_000), "st_losses": _gain(rng, 25_000),
            "lt_gains": _gain(rng, 80_000), "lt_losses": _gain(rng, 40_000), "qual_div": pick(rng, 0, 15_000, 50)}


def year_tax(p: dict[str, float | str]) -> dict[str, float]:
    """Every figure of a year with wages, SE income, capital gains and losses and qualified dividends."""
    year, status = int(p["year"]), str(p["status"])
    f = {k: float(v) for k, v in p.items() if k not in ("status", "year")}
    se = se_tax(f["profit"], year, f["wages"])
    st, lt = net_gains(f["st_gains"], f["st_losses"], f["lt_gains"], f["lt_losses"])
    loss = loss_use(st, lt, 3_000)[0] if st + lt < 0 else 0.0
    cap = st + lt if st + lt >= 0 else -loss
    pref = f["qual_div"] + (max(lt, 0.0) if st + lt >= 0 else 0.0)
    agi = f["wages"] + f["profit"] - se["half"] + cap + f["qual_div"]
    ti0 = max(0.0, agi - STANDARD_DEDUCTION[year][status])
    qbi = 0.2 * max(0.0, min(f["profit"] - se["half"], ti0 - pref))
    ti = ti0 - qbi
    pref_t = min(pref, ti)
    _, at15, at20 = ltcg_layers(ti - pref_t, pref_t, status, year)
    income_tax = ordinary_tax(ti - pref_t, status, year) + 0.15 * at15 + 0.20 * at20
    thr = SURTAX_THRESHOLD[status]
    niit = NIIT_RATE * min(f["qual_div"] + max(cap, 0.0), max(0.0, agi - thr))
    addl = 0.009 * (max(0.0, f["wages"] - thr) + max(0.0, se["base"] - max(0.0, thr - f["wages"])))
    return {"se": se["total"], "half": se["half"], "st": st, "lt": lt, "cap": cap, "pref": pref, "agi": agi,
            "ti0": ti0, "qbi": qbi, "ti": ti, "income_tax": income_tax, "niit": niit, "addl": addl,
            "total": income_tax + se["total"] + niit + addl, "ltcg_tax": 0.15 * at15 + 0.20 * at20}


def _draw_year(rng: random.Random) -> tuple[dict[str, float | str], dict[str, float]]:
    while True:
        p = _year_params(rng)
        x = year_tax(p)
        status, year = str(p["status"]), int(p["year"])
        if x["ti0"] <= QBI_THRESHOLD[year][status] and not (x["cap"] < 0 and x["agi"] > SURTAX_THRESHOLD[status]):
            return p, x



def t_full_year(rng: random.Random) -> Draft:
    """A whole year's federal tax: wages, SE income, capital gains and losses, dividends; SE tax, QBI, LTCG rates,
    NIIT and Additional Medicare Tax; balance due against withholding and a recommendation."""
    p, x = _draw_year(rng)
    year, status = int(p["year"]), str(p["status"])
    p["withholding"] = round(x["total"] * rng.uniform(0.55, 1.1), -2)
    f = {k: float(v) for k, v in p.items() if k not in ("status", "year")}
    data = (f"Filing status: {STATUS_LABEL[status]}, tax year {year}\nW-2 wages: {money(f['wages'], cents=False)} "
            f"(federal withholding {money(f['withholding'], cents=False)})\nSchedule C net profit: "
            f"{money(f['profit'], cents=False)}\n"
            + table(("", "Gains", "Losses"), [("Short-term", money(f["st_gains"], cents=False),
                                               money(f["st_losses"], cents=False)),
                                              ("Long-term", money(f["lt_gains"], cents=False),
                                               money(f["lt_losses"], cents=False))])
            + f"\nQualified dividends: {money(f['qual_div'], cents=False)}")
    q = phrase(rng, (
        "Work out {n}'s total {y} federal tax from the figures below (standard deduction) and whether more is owed "
        "than was withheld. What should {n} do about next year?",
        "Full-year federal tax estimate: wages, a side business, capital gains and losses, dividends (below). "
        "Compute SE tax, income tax, any surtaxes, and the balance due or refund, then recommend.",
        "Here is my {y} tax picture. What is my total federal tax (income tax + SE tax + surtaxes), and am I "
        "under-withheld?",
    ), n=who(rng), y=year)
    due = x["total"] - f["withholding"]
    steps = [f"1. SE tax on 92.35% of {money(f['profit'], cents=False)} (Social Security part capped at the "
             f"{money(WAGE_BASE[year], cents=False)} wage base less wages) = {money(x['se'])}; half deductible "
             f"{money(x['half'])}",
             f"2. Capital: short-term {money(x['st'], cents=False)}, long-term {money(x['lt'], cents=False)} after "
             f"netting → {money(x['cap'], cents=False)} on the return"
             + (" (loss capped at 3,000; the rest carries forward)" if x["cap"] < 0 else ""),
             f"3. AGI = wages + profit − half SE + capital + dividends = {money(x['agi'])}; less the "
             f"{money(STANDARD_DEDUCTION[year][status], cents=False)} standard deduction = {money(x['ti0'])}",
             f"4. QBI deduction = 20% × min(QBI, taxable income − LTCG/dividends) = {money(x['qbi'])}; taxable income "
             f"{money(x['ti'])}, of which {money(min(x['pref'], x['ti']))} is taxed at 0/15/20%",
             f"5. Income tax = {money(x['income_tax'])} (incl. {money(x['ltcg_tax'])} on gains/dividends); NIIT "
             f"{money(x['niit'])}; Additional Medicare Tax {money(x['addl'])}",
             f"6. Total = {money(x['income_tax'])} + {money(x['se'])} + {money(x['niit'])} + {money(x['addl'])} = "
             f"{money(x['total'])}; withheld {money(f['withholding'], cents=False)} → "
             + (f"balance due {money(due)}" if due > 0 else f"refund {money(-due)}"),
             "Recommendation: " + (
                 "owing over $1,000 risks an underpayment penalty; next year make quarterly estimates for the "
                 "business income (or raise W-4 withholding) to cover at least 100% of this year's tax (110% if AGI "
                 "exceeds 150,000)." if due > 1_000 else
                 "withholding roughly covers the bill; keep it, and revisit if the business grows.")]
    ans = round(x["total"], 2)
    return finish(f"{_M}.full_year", instruction=q, input_=data, steps=steps, answer=ans, shown=money(ans),
                  domain="self_employment_tax", difficulty="extremely_complex", params=p)


TEMPLATES: list[tuple[Template, float]] = [
    (t_cg_netting, 3.0), (t_ltcg_tax, 2.5), (t_niit, 2.0), (t_se_tax, 2.5), (t_quarterly, 3.0), (t_full_year, 4.5),
]
