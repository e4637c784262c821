"""Corporate-finance templates (capital_budgeting, cost_of_capital): NPV and IRR through tools.calc, payback and
discounted payback, equivalent annual cost, choosing between projects, CAPM and WACC."""

from __future__ import annotations

import random

from tools.calc import invest
from tools.errors import ToolInputError
from training.data.gen.common import Draft, Template, money, num, pct, pick
from training.data.gen.markets_util import company, first_name, md_table, pct_value

PROJECTS = ("a new packaging line", "a warehouse automation system", "a solar installation", "an ERP upgrade",
            "a second bakery location", "a delivery-van fleet", "a clinic expansion", "a CNC machining cell",
            "a data-center retrofit", "a product launch")


def _flows(rng: random.Random, n: int, outlay: float) -> list[float]:
    """An outlay at t=0 and ``n`` positive inflows sized so projects are plausible (IRR roughly 0-35%)."""
    level = outlay * pick(rng, 0.9, 1.7, 0.05) / n
    shape = rng.choice(("flat", "rising", "falling", "hump"))
    out = []
    for t in range(1, n + 1):
        f = {"flat": 1.0, "rising": 0.6 + 0.8 * t / n, "falling": 1.4 - 0.8 * t / n,
             "hump": 0.7 + 0.6 * (1 - abs(2 * t / n - 1))}[shape]
        out.append(round(level * f * pick(rng, 0.85, 1.15, 0.01), -2))
    return [-outlay, *out]


def payback(flows: list[float], rate: float = 0.0) -> float | None:
    """Years until cumulative (discounted at ``rate``) inflows recover the outlay, interpolated; None if never."""
    cum = flows[0]
    for t, cf in enumerate(flows[1:], 1):
        pv = cf / (1 + rate) ** t
        if cum + pv >= 0:
            return t - 1 + (-cum) / pv
        cum += pv
    return None


def _years(p: float | None) -> str:
    return f"{num(p, 2)} years" if p is not None else "never"


def _schedule(flows: list[float], rate: float) -> str:
    rows, cum, dcum = [], 0.0, 0.0
    for t, cf in enumerate(flows):
        pv = cf / (1 + rate) ** t
        cum += cf
        dcum += pv
        rows.append([str(t), money(cf, False), money(cum, False), money(pv), money(dcum)])
    return md_table(["Year", "Cash flow", "Cumulative", "PV", "Cumulative PV"], rows)


def t_npv_irr(rng: random.Random) -> Draft:
    """NPV and IRR of one project (tools.calc), with the accept/reject decision."""
    n = rng.randint(3, 8)
    outlay = pick(rng, 20_000, 5_000_000, 1_000)
    flows = _flows(rng, n, outlay)
    rate = pick(rng, 0.05, 0.16, 0.0025)
    value = invest.npv(rate, flows).value
    irr = invest.irr(flows).value
    co, proj = company(rng), rng.choice(PROJECTS)
    listing = ", ".join(money(f, False) for f in flows[1:])
    instruction = rng.choice((
        f"{co} is considering {proj} costing {money(outlay, False)}, with after-tax cash flows of {listing} over the "
        f"next {n} years. At a {pct(rate)} cost of capital, what are the NPV and IRR? Should it proceed?",
        f"Evaluate {proj}: initial investment {money(outlay, False)}; years 1-{n}: {listing}. Hurdle rate "
        f"{pct(rate)}. Compute NPV and IRR.",
        f"{first_name(rng)}, a financial analyst at {co}, must decide on {proj} (cost {money(outlay, False)}; "
        f"inflows {listing}). Discount rate {pct(rate)}. Find the NPV.",
    ))
    lines = [f"NPV = Σ CF_t / (1 + r)^t = −{money(outlay)} + " + " + ".join(
        f"{money(cf, False)}/{1 + rate:.4f}^{t}" for t, cf in enumerate(flows[1:], 1)) + f" = {money(value)}",
             f"IRR (NPV = 0) = {pct(irr)} (tools.calc irr)",
             f"Decision: NPV {'> 0 and IRR > hurdle → accept' if value > 0 else '< 0 and IRR < hurdle → reject'}.",
             f"Answer: {money(value)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="capital_budgeting", difficulty="medium",
                 template="corporate.npv_irr",
                 params={"flows": flows, "rate": rate, "irr": round(irr, 4), "answer": value})


def t_payback(rng: random.Random) -> Draft:
    """Payback with even flows (easy), uneven flows (medium) or discounted payback (hard)."""
    kind = rng.choice(("even", "uneven", "discounted"))
    n = rng.randint(4, 8)
    outlay = pick(rng, 10_000, 3_000_000, 1_000)
    if kind == "even":
        cf = round(outlay * pick(rng, 1.1, 2.5, 0.05) / n, -2)
        flows = [-outlay] + [cf] * n
    else:
        flows = _flows(rng, n, outlay)
        while sum(flows) <= 0:
            flows = _flows(rng, n, outlay)
    rate = pick(rng, 0.04, 0.14, 0.0025) if kind == "discounted" else 0.0
    pb = payback(flows, rate)
    co, proj = company(rng), rng.choice(PROJECTS)
    listing = ", ".join(money(f, False) for f in flows[1:])
    what = "discounted payback period" if kind == "discounted" else "payback period"
    tail = f" Discount at {pct(rate)}." if kind == "discounted" else ""
    instruction = rng.choice((
        f"{co} would spend {money(outlay, False)} on {proj}, returning {listing} in years 1-{n}.{tail} What is the "
        f"{what}?",
        f"Compute the {what} of a {money(outlay, False)} investment with annual cash inflows {listing}.{tail}",
    ))
    if kind == "even":
        lines = [f"Payback = investment / annual inflow = {money(outlay)} / {money(flows[1])} = "
                 f"{num(pb or 0, 2)} years"]
    else:
        lines = [_schedule(flows, rate)]
        if pb is None:
            lines.append("The cumulative figure never turns positive: the project does not pay back.")
        else:
            k = int(pb) + 1
            col = "cumulative PV" if kind == "discounted" else "cumulative cash flow"
            lines.append(f"The {col} turns positive in year {k}: payback = {k - 1} + (unrecovered at the start of "
                         f"year {k}) / (year-{k} {'PV' if kind == 'discounted' else 'flow'}) = {num(pb, 2)} years")
    answer = round(pb, 2) if pb is not None else -1.0
    lines.append(f"Answer: {num(pb, 2) + ' years' if pb is not None else 'never'}")
    return Draft(instruction=instruction, output="\n".join(lines), domain="capital_budgeting",
                 difficulty="easy" if kind == "even" else "medium" if kind == "uneven" else "hard",
                 template="corporate.payback", params={"flows": flows, "rate": rate, "kind": kind, "answer": answer})


def t_equivalent_annual_cost(rng: random.Random) -> Draft:
    """Machines with unequal lives: PV of costs (tools.calc npv) and equivalent annual cost."""
    rate = pick(rng, 0.05, 0.14, 0.0025)
    specs = []
    for label, life in zip(("Machine A", "Machine B"), rng.sample(range(2, 9), 2), strict=True):
        price = pick(rng, 20_000, 400_000, 1_000)
        upkeep = pick(rng, 2_000, 0.35 * price, 500)
        specs.append((label, life, price, upkeep))
    rows, eacs = [], []
    for label, life, price, upkeep in specs:
        flows = [price] + [upkeep] * life
        pv = invest.npv(rate, flows).value
        factor = (1 - (1 + rate) ** -life) / rate
        eac = pv / factor
        eacs.append(eac)
        rows.append(f"{label}: PV of costs = {money(price)} + {money(upkeep)} × {factor:.4f} = {money(pv)}; "
                     f"EAC = PV / annuity factor = {money(pv)} / {factor:.4f} = {money(eac)}")
    best = 0 if eacs[0] < eacs[1] else 1
    gap = round(abs(eacs[0] - eacs[1]), 2)
    desc = "; ".join(f"{label} costs {money(price, False)}, lasts {life} years and costs {money(upkeep, False)} a year "
                     "to run" for label, life, price, upkeep in specs)
    instruction = rng.choice((
        f"{company(rng)} needs one machine, replaced at the end of its life indefinitely. {desc}. At {pct(rate)}, "
        "which is cheaper per year and by how much?",
        f"Unequal lives: {desc}. Cost of capital {pct(rate)}. Compare equivalent annual costs.",
    ))
    lines = ["Annuity factor = (1 − (1 + r)^−n) / r; EAC = PV of costs / annuity factor.", *rows,
             f"{specs[best][0]} is cheaper by {money(gap)} a year (comparing PVs directly would ignore the lives).",
             f"Answer: {money(gap)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="capital_budgeting", difficulty="hard",
                 template="corporate.equivalent_annual_cost",
                 params={"rate": rate, "machines": [list(s) for s in specs], "answer": gap})


def t_project_choice(rng: random.Random) -> Draft:
    """Two mutually exclusive projects: NPV, IRR, payback, PI and the crossover rate, then a recommendation."""
    rate = pick(rng, 0.06, 0.14, 0.0025)
    n = rng.randint(4, 7)
    small = pick(rng, 50_000, 1_500_000, 1_000)
    big = round(small * pick(rng, 1.4, 3.0, 0.05), -3)
    fa, fb = _flows(rng, n, small), _flows(rng, n, big)
    npv_a, npv_b = invest.npv(rate, fa).value, invest.npv(rate, fb).value
    irr_a, irr_b = invest.irr(fa).value, invest.irr(fb).value
    pb_a, pb_b = payback(fa), payback(fb)
    pi_a, pi_b = 1 + npv_a / small, 1 + npv_b / big
    diff = [b - a for a, b in zip(fa, fb, strict=True)]
    try:
        cross: float | None = invest.irr(diff).value
    except ToolInputError:  # the incremental flows may not change sign: no crossover rate
        cross = None
    pick_b = npv_b > npv_a
    best = max(npv_a, npv_b)
    co = company(rng)
    data = md_table(["Year", "Project A", "Project B"],
                    [[str(t), money(a, False), money(b, False)] for t, (a, b) in enumerate(zip(fa, fb, strict=True))])
    instruction = rng.choice((
        f"{co} can do only one of two projects (cash flows below); its cost of capital is {pct(rate)}. Compute NPV, "
        "IRR, payback and profitability index for each, find the crossover rate, and recommend one.",
        f"Mutually exclusive projects at {co}, discount rate {pct(rate)}. Rank them on NPV, IRR, payback and PI, "
        "explain any conflict, and say which to accept.",
        f"The board of {co} wants a recommendation between Project A and Project B (below) at a {pct(rate)} hurdle "
        "rate. Show NPV, IRR, simple payback, PI and the rate at which the NPVs are equal.",
    ))
    lines = [md_table(["Measure", "A", "B"], [
        ["NPV (tools.calc npv)", money(npv_a), money(npv_b)], ["IRR (tools.calc irr)", pct(irr_a), pct(irr_b)],
        ["Payback", _years(pb_a), _years(pb_b)], ["PI = 1 + NPV / outlay", num(pi_a, 3), num(pi_b, 3)]]),
        "Crossover rate = IRR of (B − A) = " + (f"{pct(cross)}" if cross is not None else "none (no sign change)")]
    conflict = (irr_a > irr_b) == pick_b
    lines.append("The IRR ranking conflicts with NPV (scale/timing differences); NPV measures the value added at the "
                 "actual cost of capital, so it decides." if conflict else "IRR and NPV agree.")
    lines.append(f"Recommendation: Project {'B' if pick_b else 'A'}, adding {money(best)} of value"
                 + (" — though neither has a positive NPV, so reject both." if best <= 0 else "."))
    answer = best if best > 0 else 0.0
    lines.append(f"Answer: {money(answer)}")
    return Draft(instruction=instruction, input=data, output="\n".join(lines), domain="capital_budgeting",
                 difficulty="extremely_complex", template="corporate.project_choice",
                 params={"rate": rate, "flows_a": fa, "flows_b": fb, "npv_a": npv_a, "npv_b": npv_b,
                         "irr_a": round(irr_a, 4), "irr_b": round(irr_b, 4), "answer": answer})


def t_wacc(rng: random.Random) -> Draft:
    """CAPM cost of equity (easy) or WACC from weights with the debt tax shield (medium)."""
    co = company(rng)
    rf, beta, mrp = pick(rng, 0.02, 0.05, 0.0025), pick(rng, 0.5, 1.8, 0.05), pick(rng, 0.04, 0.07, 0.0025)
    ke = rf + beta * mrp
    if rng.random() < 0.4:
        instruction = rng.choice((
            f"What is {co}'s cost of equity under CAPM? Beta {beta:.2f}, risk-free rate {pct(rf)}, equity risk "
            f"premium {pct(mrp)}.",
            f"Estimate the required return on {co}'s stock: rf = {pct(rf)}, β = {beta:.2f}, market premium "
            f"{pct(mrp)}."))
        lines = [f"k_e = rf + β × MRP = {pct(rf)} + {beta:.2f} × {pct(mrp)} = {pct(ke)}", f"Answer: {pct(ke)}"]
        return Draft(instruction=instruction, output="\n".join(lines), domain="cost_of_capital", difficulty="easy",
                     template="corporate.wacc",
                     params={"rf": rf, "beta": beta, "mrp": mrp, "answer": pct_value(ke)})
    wd = pick(rng, 0.1, 0.6, 0.05)
    kd, tax = pick(rng, 0.03, 0.09, 0.0025), rng.choice((0.21, 0.25, 0.27))
    wacc = (1 - wd) * ke + wd * kd * (1 - tax)
    instruction = rng.choice((
        f"{co} is financed {pct(1 - wd)} equity and {pct(wd)} debt. Its beta is {beta:.2f}, the risk-free rate "
        f"{pct(rf)}, the market risk premium {pct(mrp)}, the pre-tax cost of debt {pct(kd)} and the tax rate "
        f"{pct(tax)}. What is its WACC?",
        f"Compute the WACC: E/V = {pct(1 - wd)}, D/V = {pct(wd)}, β = {beta:.2f}, rf = {pct(rf)}, MRP = {pct(mrp)}, "
        f"k_d = {pct(kd)}, tax {pct(tax)}."))
    lines = [f"k_e (CAPM) = {pct(rf)} + {beta:.2f} × {pct(mrp)} = {pct(ke)}",
             f"After-tax k_d = {pct(kd)} × (1 − {pct(tax)}) = {pct(kd * (1 - tax))}",
             f"WACC = E/V·k_e + D/V·k_d(1 − t) = {pct(1 - wd)}×{pct(ke)} + {pct(wd)}×{pct(kd * (1 - tax))} = "
             f"{pct(wacc)}", f"Answer: {pct(wacc)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="cost_of_capital", difficulty="medium",
                 template="corporate.wacc",
                 params={"rf": rf, "beta": beta, "mrp": mrp, "wd": wd, "kd": kd, "tax": tax,
                         "answer": pct_value(wacc)})


def t_wacc_market(rng: random.Random) -> Draft:
    """WACC from market values: share price × shares, bond price × bonds, YTM from tools.calc bond_yield."""
    co = company(rng)
    shares, price = pick(rng, 5_000_000, 400_000_000, 100_000), pick(rng, 8, 250, 0.25)
    bonds, quote = pick(rng, 10_000, 2_000_000, 1_000), pick(rng, 85, 112, 0.25)
    coupon, years = pick(rng, 0.025, 0.08, 0.00125), rng.randint(3, 25)
    rf, beta, mrp = pick(rng, 0.02, 0.05, 0.0025), pick(rng, 0.6, 1.8, 0.05), pick(rng, 0.04, 0.07, 0.0025)
    tax = rng.choice((0.21, 0.25, 0.26))
    e, d = shares * price, bonds * quote * 10
    kd = invest.bond_yield(quote * 10, 1_000, coupon, years, 2).value
    ke = rf + beta * mrp
    v = e + d
    wacc = e / v * ke + d / v * kd * (1 - tax)
    instruction = rng.choice((
        f"{co} has {num(shares, 0)} shares at {money(price)} and {num(bonds, 0)} bonds ($1,000 par, {pct(coupon, 3)} "
        f"semiannual coupon, {years} years left) quoted at {num(quote, 2)}. Beta {beta:.2f}, risk-free {pct(rf)}, "
        f"market premium {pct(mrp)}, tax rate {pct(tax)}. Estimate the WACC using market values.",
        f"Market-value WACC for {co}: equity {num(shares, 0)} shares × {money(price)}; debt {num(bonds, 0)} bonds at "
        f"{num(quote, 2)}% of $1,000 par paying {pct(coupon, 3)} semiannually for {years} years; β {beta:.2f}; "
        f"rf {pct(rf)}; MRP {pct(mrp)}; tax {pct(tax)}.",
    ))
    lines = [f"E = {num(shares, 0)} × {money(price)} = {money(e, False)}; D = {num(bonds, 0)} × {money(quote * 10)} = "
             f"{money(d, False)}; V = {money(v, False)}",
             f"k_d = bond YTM: solve {money(quote * 10)} = Σ {money(coupon * 500)}/(1 + y/2)^k + 1,000/(1 + y/2)^"
             f"{years * 2} → {pct(kd, 3)} (tools.calc bond_yield)",
             f"k_e = {pct(rf)} + {beta:.2f} × {pct(mrp)} = {pct(ke)}",
             f"WACC = {pct(e / v)} × {pct(ke)} + {pct(d / v)} × {pct(kd, 3)} × (1 − {pct(tax)}) = {pct(wacc)}",
             f"Answer: {pct(wacc)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="cost_of_capital", difficulty="hard",
                 template="corporate.wacc_market",
                 params={"shares": shares, "price": price, "bonds": bonds, "quote": quote, "coupon": coupon,
                         "years": years, "rf": rf, "beta": beta, "mrp": mrp, "tax": tax, "answer": pct_value(wacc)})


TEMPLATES: list[tuple[Template, float]] = [
    (t_npv_irr, 1.75), (t_payback, 2.25), (t_equivalent_annual_cost, 1.0), (t_project_choice, 2.25), (t_wacc, 2.25),
    (t_wacc_market, 1.5),
]
