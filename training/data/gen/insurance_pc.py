"""Insurance templates for property and casualty: auto physical damage and split liability limits, homeowners
deductibles, the coinsurance clause, actual cash value against replacement cost, and umbrella layers."""

from __future__ import annotations

import math
import random

from tools.calc.tvm import compound_growth
from training.data.gen.common import Draft, Template, money, pct, pick
from training.data.gen.ia_common import NAMES, ask, table

_LIMITS = ((15, 30, 5), (25, 50, 10), (25, 50, 25), (30, 60, 25), (50, 100, 25), (50, 100, 50), (100, 300, 50),
           (100, 300, 100), (250, 500, 100))
_DEDS = (250.0, 500.0, 750.0, 1000.0, 1500.0, 2000.0)


def liability_split(damages: list[float], per_person: float, per_accident: float) -> list[float]:
    """What a bodily-injury liability limit pays each injured person: each capped at the per-person limit, and
    scaled down pro rata when the capped claims exceed the per-accident limit."""
    capped = [min(d, per_person) for d in damages]
    total = sum(capped)
    return capped if total <= per_accident else [per_accident * c / total for c in capped]


def coinsurance_payout(loss: float, carried: float, replacement: float, ratio: float, deductible: float) -> float:
    """Homeowners coinsurance clause: loss × carried / (ratio × replacement cost) − deductible, the fraction capped
    at 1, the result at zero and at the policy limit."""
    frac = min(1.0, carried / (ratio * replacement))
    return min(carried, max(0.0, frac * loss - deductible))


def t_auto_collision(rng: random.Random) -> Draft:
    """A collision or comprehensive claim: repair cost minus the deductible."""
    who = rng.choice(NAMES)
    kind, cause = rng.choice((("collision", "backed into a pole"), ("collision", "rear-ended another car"),
                              ("collision", "slid into a guardrail on ice"), ("comprehensive", "hail damage"),
                              ("comprehensive", "hit a deer"), ("comprehensive", "a tree branch fell on the car"),
                              ("comprehensive", "a break-in that shattered two windows")))
    repair, ded = pick(rng, 300, 18000, 5), rng.choice(_DEDS)
    pay = max(0.0, repair - ded)
    q = ask(rng, (
        "{who}'s car needs {r} of repairs after {c}. The {k} deductible is {d}. How much will the insurer pay?",
        "Auto claim: {c}; repair estimate {r}; {k} coverage with a {d} deductible. What is the claim payment and "
        "what does the owner pay?",
        "I have {k} coverage with a {d} deductible. The shop quoted {r} to fix the damage ({c}). What will insurance "
        "cover?",
    ), who=who, r=money(repair), c=cause, k=kind, d=money(ded))
    lines = [f"{kind.capitalize()} pays the repair cost minus the deductible: {money(repair)} − {money(ded)}"
             + (f" = {money(pay)}" if pay > 0 else " is below zero, so there is no payment; the owner pays it all"),
             f"The owner pays {money(min(repair, ded))}.", "", f"Answer: {money(pay)}"]
    return Draft(q, "\n".join(lines), "auto_insurance", "easy", "insurance_pc.auto_collision",
                 {"repair": repair, "deductible": ded, "answer": round(pay, 2)})


def t_auto_total_loss(rng: random.Random) -> Draft:
    """Repair or total loss by the insurer's threshold; payout and the loan gap."""
    who = rng.choice(NAMES)
    acv, ded = pick(rng, 4000, 45000, 50), rng.choice(_DEDS)
    thr = rng.choice((0.6, 0.65, 0.7, 0.75, 0.8))
    repair = pick(rng, round(0.3 * acv, -1), round(1.3 * acv, -1), 10)
    loan, gap_cov = pick(rng, 0, round(1.3 * acv, -1), 10), rng.random() < 0.5
    total = repair >= thr * acv
    pay = max(0.0, (acv if total else repair) - ded)
    q = ask(rng, (
        "{who}'s car (actual cash value {v}) was in a crash; the repair estimate is {r}. The insurer totals a car when "
        "repairs reach {t} of its value. The collision deductible is {d} and {who} owes {l} on the car loan{g}. What "
        "does the insurer pay?",
        "Collision claim: ACV {v}, repair estimate {r}, total-loss threshold {t} of ACV, deductible {d}, loan payoff "
        "{l}{g}. Is it a total loss, what is the claim payment, and what happens to the loan?",
        "My car is worth {v} and the body shop says {r} to fix it. Insurer's total-loss threshold is {t}, deductible "
        "{d}, and I still owe {l}{g}. What will I get?",
    ), who=who, v=money(acv), r=money(repair), t=pct(thr), d=money(ded), l=money(loan),
        g=" (with gap insurance)" if gap_cov else " (no gap insurance)")
    lines = [f"Threshold: {pct(thr)} × {money(acv)} = {money(thr * acv)}; the estimate {money(repair)} is "
             + ("at or above it, so the car is a total loss." if total else "below it, so the car is repaired.")]
    if total:
        short = max(0.0, loan - pay)
        lines += [f"Payment: ACV − deductible = {money(acv)} − {money(ded)} = {money(pay)}",
                  f"Loan: {money(loan)} owed; " + (
                      f"the payment clears it and {money(pay - loan)} goes to the owner." if short == 0 else
                      f"{money(short)} is still owed" + (", which the gap policy pays." if gap_cov else
                                                          ", which the owner must pay: there is no gap coverage."))]
    else:
        lines.append(f"Payment: repair − deductible = {money(repair)} − {money(ded)} = {money(pay)}; the loan is "
                     "unaffected.")
    lines += ["", f"Answer: {money(pay)}"]
    return Draft(q, "\n".join(lines), "auto_insurance", "medium", "insurance_pc.auto_total_loss",
                 {"acv": acv, "repair": repair, "threshold": thr, "deductible": ded, "loan": loan,
                  "gap": gap_cov, "answer": round(pay, 2)})


def _limits_text(lim: tuple[int, int, int]) -> str:
    return f"{lim[0]}/{lim[1]}/{lim[2]}"


def _accident(rng: random.Random, n: int, scale: float) -> tuple[list[float], float]:
    return [pick(rng, 3000, scale, 500) for _ in range(n)], pick(rng, 2000, 120000, 100)


def _liability_lines(lim: tuple[int, int, int], dmg: list[float], pd: float) -> tuple[list[str], float, float]:
    a, b, c = (x * 1000.0 for x in lim)
    paid = liability_split(dmg, a, b)
    pd_paid = min(pd, c)
    rows = [(f"Person {i + 1}", money(d), money(min(d, a)), money(p), money(d - p))
            for i, (d, p) in enumerate(zip(dmg, paid, strict=True))]
    rows.append(("Property", money(pd), money(min(pd, c)), money(pd_paid), money(pd - pd_paid)))
    insurer = sum(paid) + pd_paid
    lines = [f"{_limits_text(lim)} means {money(a)} bodily injury per person, {money(b)} per accident, "
             f"{money(c)} property damage.", "",
             table(("Claim", "Damages", "Capped at limit", "Insurer pays", "Driver owes"), rows)]
    if sum(min(d, a) for d in dmg) > b:
        lines.append(f"The capped injury claims, {money(sum(min(d, a) for d in dmg))}, exceed the {money(b)} "
                     "per-accident limit, so each is paid pro rata.")
    return lines, insurer, sum(dmg) + pd - insurer


def t_auto_liability(rng: random.Random) -> Draft:
    """An at-fault accident under split liability limits: what the policy pays and what the driver owes."""
    who, lim = rng.choice(NAMES), rng.choice(_LIMITS)
    dmg, pd = _accident(rng, rng.randint(1, 2), 250000)
    lines, insurer, owed = _liability_lines(lim, dmg, pd)
    q = ask(rng, (
        "{who} caused an accident and carries {lim} liability limits. The injured {pp} {dm} in damages, and the other "
        "car and a fence add up to {pd}. How much does {who} owe personally?",
        "An at-fault driver with {lim} auto liability: bodily-injury damages of {dm} and property damage of {pd}. "
        "Split what the insurer pays from what the driver owes.",
        "If I have {lim} coverage and cause a crash with {dm} in injuries and {pd} in property damage, how much "
        "would I be on the hook for?",
    ), who=who, lim=_limits_text(lim), pp="person has" if len(dmg) == 1 else "people have",
        dm=" and ".join(money(d) for d in dmg), pd=money(pd))
    lines += ["", f"Insurer pays {money(insurer)}; the driver owes {money(owed)}.", "", f"Answer: {money(owed)}"]
    return Draft(q, "\n".join(lines), "auto_insurance", "medium", "insurance_pc.auto_liability",
                 {"limits": list(lim), "injuries": dmg, "property": pd, "answer": round(owed, 2)})


def t_auto_liability_multi(rng: random.Random) -> Draft:
    """Several injured people: per-person caps, then the per-accident limit shared pro rata."""
    who, lim = rng.choice(NAMES), rng.choice(_LIMITS)
    dmg, pd = _accident(rng, rng.randint(3, 4), lim[0] * 1000 * 2.5)
    lines, insurer, owed = _liability_lines(lim, dmg, pd)
    q = ask(rng, (
        "{who} ran a red light and hit a minivan; {n} people were hurt (damages below). {who}'s policy has {lim} "
        "limits. Assuming the per-accident limit is shared pro rata, what does each claimant get from the insurer and "
        "what is {who}'s personal exposure?",
        "Work out the liability payout for a multi-claimant accident under {lim} split limits (pro rata when the "
        "per-accident limit binds), and the amount left for the at-fault driver.",
        "With {lim} liability limits, how much of these {n} injury claims and the property damage would my insurer "
        "pay, and how much would fall on me?",
    ), who=who, n=len(dmg), lim=_limits_text(lim))
    inp = table(("Claim", "Damages"), [(f"Person {i + 1} (injury)", money(d)) for i, d in enumerate(dmg)]
                + [("Vehicle and property", money(pd))])
    lines += ["", f"Insurer pays {money(insurer)} in total; the driver is exposed to {money(owed)}.", "",
              f"Answer: {money(owed)}"]
    return Draft(q, "\n".join(lines), "auto_insurance", "hard", "insurance_pc.auto_liability_multi",
                 {"limits": list(lim), "injuries": dmg, "property": pd, "answer": round(owed, 2)}, input=inp)


def t_auto_umbrella(rng: random.Random) -> Draft:
    """A severe accident through auto limits and a personal umbrella, exposure against net worth, umbrella sizing."""
    who = rng.choice(NAMES)
    lim = rng.choice(((100, 300, 100), (250, 500, 100), (250, 500, 250), (500, 500, 100)))
    umb = rng.choice((1, 2, 3, 5))
    dmg = [pick(rng, 50000, 1800000, 5000) for _ in range(rng.randint(2, 3))]
    pd = pick(rng, 10000, 250000, 1000)
    worth = pick(rng, 300000, 4000000, 10000)
    p1, p2 = pick(rng, 200, 450, 5), pick(rng, 75, 150, 5)
    a, b, c = (x * 1000.0 for x in lim)
    auto = sum(liability_split(dmg, a, b)) + min(pd, c)
    excess = sum(dmg) + pd - auto
    umb_pays = min(excess, umb * 1e6)
    own = excess - umb_pays
    need = max(1, math.ceil(max(worth, excess) / 1e6 - 1e-9))
    q = ask(rng, (
        "{who} (net worth {w}) has {lim} auto limits and a {u} umbrella. After a serious crash the injury claims are "
        "{dm} and property damage {pd}. What does each layer pay, what is {who}'s exposure, and is the umbrella big "
        "enough?",
        "Layer this judgment: auto {lim}, personal umbrella {u} over it. Injuries {dm}; property {pd}. The insured's "
        "net worth is {w}; umbrella premiums run {p1} for the first million and {p2} per extra million. Recommend a "
        "limit.",
        "How would a {u} umbrella on top of {lim} auto coverage handle injury claims of {dm} plus {pd} in property "
        "damage? I'm worth about {w}. Should I carry more?",
    ), who=who, w=money(worth, False), lim=_limits_text(lim), u=f"${umb}M", dm=", ".join(money(d, False) for d in dmg),
        pd=money(pd, False), p1=money(p1, False), p2=money(p2, False))
    prem = p1 + (need - 1) * p2
    lines = [f"Damages: {money(sum(dmg))} injuries + {money(pd)} property = {money(sum(dmg) + pd)}",
             f"Auto layer ({_limits_text(lim)}, per-person caps, per-accident limit pro rata): {money(auto)}",
             f"Excess over the auto limits: {money(excess)}",
             f"Umbrella (${umb}M) pays min({money(excess)}, {money(umb * 1e6)}) = {money(umb_pays)}",
             f"Left to {who}: {money(own)}" + (f", against a net worth of {money(worth)}." if own else "."), "",
             f"Sizing: the umbrella should cover at least the larger of net worth ({money(worth)}) and a loss like "
             f"this excess ({money(excess)}), so ${need}M, in whole millions; premium about {money(p1)} + "
             f"{need - 1} × {money(p2)} = {money(prem)} a year. "
             + ("The current umbrella is enough." if need <= umb else f"Raise it from ${umb}M to ${need}M."), "",
             f"Answer: {money(umb_pays)}"]
    params = {"limits": list(lim), "umbrella_millions": umb, "injuries": dmg, "property": pd, "net_worth": worth,
              "premium_first": p1, "premium_extra": p2, "recommended_millions": need, "answer": round(umb_pays, 2)}
    return Draft(q, "\n".join(lines), "auto_insurance", "extremely_complex", "insurance_pc.auto_umbrella", params)


def t_home_pct_deductible(rng: random.Random) -> Draft:
    """A percentage (wind, hurricane, earthquake) deductible on the dwelling limit."""
    who = rng.choice(NAMES)
    peril, rates = rng.choice((("hurricane", (0.01, 0.02, 0.05)), ("wind/hail", (0.01, 0.02)),
                               ("named-storm", (0.02, 0.05)), ("earthquake", (0.1, 0.15, 0.2))))
    rate, cov = rng.choice(rates), pick(rng, 150000, 900000, 5000)
    loss = pick(rng, 2000, min(cov, 300000), 100)
    ded = rate * cov
    pay = max(0.0, loss - ded)
    q = ask(rng, (
        "{who}'s home is insured for {c} (dwelling) with a {r} {p} deductible. Damage from the {p} event is {l}. "
        "What does the policy pay?",
        "Dwelling coverage {c}; {p} deductible {r} of Coverage A. Covered loss {l}. Compute the deductible in dollars "
        "and the claim payment.",
        "My homeowners policy has a {r} {p} deductible and {c} of dwelling coverage. If repairs cost {l}, how much "
        "will I get?",
    ), who=who, c=money(cov, False), r=pct(rate), p=peril, l=money(loss))
    lines = [f"The deductible is a percentage of the dwelling limit, not of the loss: {pct(rate)} × {money(cov)} = "
             f"{money(ded)}",
             f"Payment: {money(loss)} − {money(ded)}" + (f" = {money(pay)}" if pay else " < 0, so nothing is paid"),
             "", f"Answer: {money(pay)}"]
    return Draft(q, "\n".join(lines), "property_insurance", "easy", "insurance_pc.home_pct_deductible",
                 {"dwelling": cov, "rate": rate, "loss": loss, "answer": round(pay, 2)})


def t_home_coinsurance(rng: random.Random) -> Draft:
    """The coinsurance clause (80% rule and variants) on a partial loss."""
    who = rng.choice(NAMES)
    rc = pick(rng, 200000, 1200000, 5000)
    ratio = rng.choice((0.8, 0.8, 0.8, 0.9, 1.0))
    carried = pick(rng, round(0.5 * rc, -3), rc, 5000)
    loss = pick(rng, 5000, round(0.6 * carried, -3), 500)
    ded = rng.choice((500.0, 1000.0, 1500.0, 2500.0, 5000.0))
    pay = coinsurance_payout(loss, carried, rc, ratio, ded)
    req = ratio * rc
    q = ask(rng, (
        "{who}'s house would cost {rc} to rebuild, but it is insured for {c}. The policy has a {r} coinsurance "
        "clause and a {d} deductible. A kitchen fire causes {l} of damage. How much will the insurer pay?",
        "Apply the coinsurance clause: replacement cost {rc}, coverage carried {c}, coinsurance requirement {r}, "
        "loss {l}, deductible {d}.",
        "My policy says I must insure at least {r} of replacement cost. The house is worth {rc} to rebuild and I carry "
        "{c}. A storm did {l} of damage and my deductible is {d}. What's my payout?",
    ), who=who, rc=money(rc, False), c=money(carried, False), r=pct(ratio), l=money(loss), d=money(ded))
    frac = min(1.0, carried / req)
    lines = [f"Required coverage: {pct(ratio)} × {money(rc)} = {money(req)}",
             f"Carried {money(carried)} " + ("meets it, so the loss is paid in full less the deductible." if frac >= 1
                                             else f"falls short: the insurer pays only {money(carried)} ÷ "
                                             f"{money(req)} = {pct(frac)} of the loss."),
             (f"Payment = {money(loss)} × {money(carried)} ÷ {money(req)} − {money(ded)} = {money(pay)}" if frac < 1
              else f"Payment = {money(loss)} − {money(ded)} = {money(pay)}")
             + (f" (capped at the {money(carried)} limit)" if pay == carried else ""),
             f"The homeowner bears {money(loss - pay)} of the {money(loss)} loss.", "", f"Answer: {money(pay)}"]
    return Draft(q, "\n".join(lines), "property_insurance", "medium", "insurance_pc.home_coinsurance",
                 {"replacement_cost": rc, "carried": carried, "ratio": ratio, "loss": loss, "deductible": ded,
                  "answer": round(pay, 2)})


_ITEMS = (("Roof", 9000, 30000, 20), ("Sofa", 800, 4000, 10), ("Television", 400, 3000, 7), ("Laptop", 600, 3000, 5),
          ("Refrigerator", 900, 4000, 13), ("Carpet", 2000, 9000, 10), ("Clothing", 500, 6000, 5),
          ("Dining set", 800, 5000, 15), ("Bed and mattress", 700, 3500, 10), ("Washer and dryer", 900, 2800, 12),
          ("Bicycle", 300, 2500, 8), ("Kitchen cabinets", 5000, 20000, 25))


def t_home_acv_vs_rc(rng: random.Random) -> Draft:
    """A contents/dwelling claim settled at actual cash value (replacement cost less depreciation) or replacement
    cost."""
    who = rng.choice(NAMES)
    items = [(n, pick(rng, lo, hi, 10), rng.randint(1, life - 1), life) for n, lo, hi, life in
             rng.sample(_ITEMS, rng.randint(2, 4))]
    ded = rng.choice((500.0, 1000.0, 1500.0, 2500.0))
    acv = [rc - rc * age / life for _, rc, age, life in items]
    rc_sum = sum(i[1] for i in items)
    pay_acv, pay_rc = max(0.0, sum(acv) - ded), max(0.0, rc_sum - ded)
    asked = rng.choice(("acv", "difference"))
    ans = pay_acv if asked == "acv" else pay_rc - pay_acv
    q = ask(rng, (
        "A burst pipe damaged the items below in {who}'s home. The deductible is {d}. Depreciation is straight-line "
        "over each item's useful life. {ask}",
        "Settle this claim both ways, actual cash value (replacement cost minus straight-line depreciation) and "
        "replacement cost, with a {d} deductible. {ask}",
        "My homeowners claim is below ({d} deductible). {ask} Use straight-line depreciation over the useful lives "
        "given.",
    ), who=who, d=money(ded), ask="What would an ACV policy pay?" if asked == "acv" else
        "How much more does replacement-cost coverage pay than ACV?")
    inp = table(("Item", "Replacement cost", "Age (years)", "Useful life"),
                [(n, money(rc), age, life) for n, rc, age, life in items])
    rows = [(n, money(rc), f"{age}/{life} × {money(rc)} = {money(rc * age / life)}", money(a))
            for (n, rc, age, life), a in zip(items, acv, strict=True)]
    lines = ["ACV = replacement cost − depreciation, depreciation = RC × age ÷ useful life.", "",
             table(("Item", "RC", "Depreciation", "ACV"), rows), "",
             f"ACV policy: {money(sum(acv))} − {money(ded)} = {money(pay_acv)}",
             f"Replacement-cost policy: {money(rc_sum)} − {money(ded)} = {money(pay_rc)} (usually paid once the items "
             "are actually replaced)", f"Difference: {money(pay_rc - pay_acv)}", "", f"Answer: {money(ans)}"]
    return Draft(q, "\n".join(lines), "property_insurance", "medium", "insurance_pc.home_acv_vs_rc",
                 {"items": [[n, rc, age, life] for n, rc, age, life in items], "deductible": ded, "asked": asked,
                  "answer": round(ans, 2)}, input=inp)


def t_home_coinsurance_compare(rng: random.Random) -> Draft:
    """Underinsurance after building costs rose: the coinsurance penalty now, and what raising coverage would cost."""
    who = rng.choice(NAMES)
    rc0, years = pick(rng, 200000, 700000, 5000), rng.randint(4, 12)
    growth = pick(rng, 0.03, 0.09, 0.005)
    rc_now = compound_growth(rc0, growth, years).value
    loss = pick(rng, 10000, round(0.5 * rc0, -3), 500)
    ded, rate = rng.choice((1000.0, 2500.0, 5000.0)), pick(rng, 2.5, 6.0, 0.25)
    now = coinsurance_payout(loss, rc0, rc_now, 0.8, ded)
    c80, c100 = math.ceil(0.8 * rc_now / 1000) * 1000.0, math.ceil(rc_now / 1000) * 1000.0
    opts = [("Current", rc0), ("80% of RC", max(rc0, c80)), ("100% of RC", max(rc0, c100))]
    rows = [(n, money(c, False), money(coinsurance_payout(loss, c, rc_now, 0.8, ded)),
             money((c - rc0) / 1000 * rate)) for n, c in opts]
    penalty = coinsurance_payout(loss, opts[1][1], rc_now, 0.8, ded) - now
    q = ask(rng, (
        "{who} insured the house for its full {r0} rebuilding cost {y} years ago and never raised the limit. Building "
        "costs have risen {g} a year since. With an 80% coinsurance clause and a {d} deductible, what would a {l} loss "
        "pay now, and what would raising the limit cost at {rate} per $1,000?",
        "Dwelling limit {r0}, set {y} years ago at full replacement cost; construction inflation {g} a year; 80% "
        "coinsurance; deductible {d}; premium {rate} per $1,000 of coverage. For a {l} loss, compare the payout now, "
        "at 80% and at 100% of today's replacement cost.",
        "Our home coverage is still {r0} from {y} years ago, and rebuilding costs have gone up about {g} a year. How "
        "much would the coinsurance clause (80%) cost us on a {l} claim with a {d} deductible, and is it worth raising "
        "coverage at {rate} per $1,000?",
    ), who=who, r0=money(rc0, False), y=years, g=pct(growth), d=money(ded, False), l=money(loss), rate=money(rate))
    lines = [f"Replacement cost today: {money(rc0)} × (1 + {pct(growth)})^{years} = {money(rc_now)}",
             f"80% requirement: {money(0.8 * rc_now)}; carried {money(rc0)}",
             "Payout = min(1, carried ÷ requirement) × loss − deductible, up to the limit.", "",
             table(("Coverage", "Limit", "Payout", "Extra premium / yr"), rows), "",
             f"Coinsurance penalty at the current limit: {money(penalty)}. "
             + (f"Raising the limit to {money(opts[1][1], False)} costs {money((opts[1][1] - rc0) / 1000 * rate)} a "
                "year and removes it; 100% also protects against a total loss." if penalty > 0 else
                "The current limit still meets the 80% test."), "", f"Answer: {money(penalty)}"]
    return Draft(q, "\n".join(lines), "property_insurance", "hard", "insurance_pc.home_coinsurance_compare",
                 {"original_rc": rc0, "years": years, "growth": growth, "loss": loss, "deductible": ded,
                  "rate_per_1000": rate, "answer": round(penalty, 2)})


def t_umbrella_layers(rng: random.Random) -> Draft:
    """A liability judgment through the underlying policy and a personal umbrella (with its retained limit where the
    underlying policy does not respond)."""
    who = rng.choice(NAMES)
    event, covered = rng.choice((("a guest fell on the icy front steps", True), ("the family dog bit a neighbor", True),
                                 ("a child was injured in the backyard pool", True),
                                 ("a party guest fell from the deck", True),
                                 ("a social-media post led to a defamation suit", False),
                                 ("a false-arrest claim after a shoplifting accusation", False)))
    under, umb = rng.choice((100000.0, 300000.0, 500000.0)), rng.choice((1e6, 2e6, 3e6, 5e6))
    sir = rng.choice((250.0, 500.0, 1000.0, 10000.0))
    judg = pick(rng, 50000, 3500000, 5000)
    if covered:
        base = min(judg, under)
        upay = min(judg - base, umb)
    else:
        base = 0.0
        upay = min(max(0.0, judg - sir), umb)
    own = judg - base - upay
    q = ask(rng, (
        "{who} is sued after {ev}; the judgment is {j}. The homeowners policy has {u} of personal liability, and "
        "{who} carries a {m} umbrella with a {s} self-insured retention. How much does the umbrella pay?",
        "Allocate a {j} liability judgment ({ev}) between a homeowners policy ({u} liability), a {m} umbrella "
        "({s} retained limit when no underlying policy applies) and the insured.",
        "If I'm found liable for {j} because {ev}, how much would my {m} umbrella pay? My home policy's liability "
        "limit is {u}; the umbrella's SIR is {s}.",
    ), who=who, ev=event, j=money(judg, False), u=money(under, False), m=f"${umb / 1e6:.0f}M", s=money(sir, False))
    if covered:
        lines = [f"The homeowners policy pays first: min({money(judg)}, {money(under)}) = {money(base)}",
                 f"The umbrella pays the excess up to its limit: min({money(judg - base)}, {money(umb)}) = "
                 f"{money(upay)}"]
    else:
        lines = ["The homeowners policy (no personal-injury endorsement) does not cover defamation or false arrest, "
                 "so the umbrella drops down and pays after the self-insured retention:",
                 f"Umbrella: min({money(judg)} − {money(sir)}, {money(umb)}) = {money(upay)}"]
    lines += [f"The insured pays {money(own)}" + (" (the retention)." if not covered and own == sir else "."), "",
              f"Answer: {money(upay)}"]
    return Draft(q, "\n".join(lines), "property_insurance", "medium", "insurance_pc.umbrella_layers",
                 {"judgment": judg, "underlying": under, "umbrella": umb, "sir": sir, "covered": covered,
                  "answer": round(upay, 2)})


TEMPLATES: list[tuple[Template, float]] = [
    (t_auto_collision, 1.0), (t_auto_total_loss, 1.0), (t_auto_liability, 1.0), (t_auto_liability_multi, 1.2),
    (t_auto_umbrella, 1.3), (t_home_pct_deductible, 0.9), (t_home_coinsurance, 1.1), (t_home_acv_vs_rc, 0.9),
    (t_home_coinsurance_compare, 1.2), (t_umbrella_layers, 0.9),
]
