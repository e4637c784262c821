"""Estate-planning templates (wills_trusts, estate_gift_tax): gifts and the annual exclusion, estate tax with
lifetime gifts and portability (DSUE), distribution among descendants, probate fees and Crummey trusts."""

from __future__ import annotations

import random

from training.data.gen.common import Draft, Template, money, pct, pick, tiered
from training.data.gen.markets_util import distinct_names, full_name, join_and, md_table

# Gift-tax annual exclusion per donee, IRC §2503(b), inflation-adjusted by IRS revenue procedures
# (2022: Rev. Proc. 2021-45; 2023: Rev. Proc. 2022-38; 2024: Rev. Proc. 2023-34; 2025: Rev. Proc. 2024-40).
ANNUAL_EXCLUSION: dict[int, int] = {2019: 15_000, 2020: 15_000, 2021: 15_000, 2022: 16_000, 2023: 17_000,
                                    2024: 18_000, 2025: 19_000}
# Basic exclusion amount, IRC §2010(c)(3) as raised by the TCJA, from the same revenue procedures.
BASIC_EXCLUSION: dict[int, int] = {2019: 11_400_000, 2020: 11_580_000, 2021: 11_700_000, 2022: 12_060_000,
                                   2023: 12_920_000, 2024: 13_610_000, 2025: 13_990_000}
# IRC §2001(c): the top rate is 40% on amounts over $1,000,000. The unified credit equals the tentative tax on the
# exclusion amount (far above $1M), so every dollar of tax base above the applicable exclusion is taxed at 40%.
ESTATE_TAX_RATE = 0.40
# California statutory compensation of the personal representative (Prob. Code §10800) and, separately, of the
# attorney (§10810): 4% of the first $100,000, 3% of the next $100,000, 2% of the next $800,000, 1% of the next
# $9,000,000, 0.5% of the next $15,000,000 (above $25,000,000 the court sets a reasonable amount).
CA_PROBATE_TIERS: tuple[tuple[float, float], ...] = ((100_000, 0.04), (100_000, 0.03), (800_000, 0.02),
                                                      (9_000_000, 0.01), (15_000_000, 0.005))


def estate_tax(tax_base: float, exclusion: float) -> float:
    """Federal estate tax when the base (taxable estate + adjusted taxable gifts) exceeds the exclusion: 40% over."""
    return round(ESTATE_TAX_RATE * max(0.0, tax_base - exclusion), 2)


def taxable_gift(amount: float, exclusion: float) -> float:
    """The part of a present-interest gift to one donee above the annual exclusion."""
    return max(0.0, amount - exclusion)


def ca_statutory_fee(estate_value: float) -> float:
    """California statutory fee (one of executor or attorney) on an estate of up to $25M."""
    return tiered(estate_value, CA_PROBATE_TIERS)


# ---------------------------------------------------------------------------------------------------- gifts

def t_gift_exclusion(rng: random.Random) -> Draft:
    """Taxable gifts for one year: annual exclusion per donee, optional gift splitting and direct tuition."""
    year = rng.choice((2024, 2025))
    excl = ANNUAL_EXCLUSION[year]
    donor, spouse = distinct_names(rng, 2)
    donees = distinct_names(rng, rng.randint(2, 5))
    rels = [rng.choice(("child", "grandchild", "sibling", "godchild", "child's spouse", "friend")) for _ in donees]
    gifts = [pick(rng, 4_000, 75_000, 500) for _ in donees]
    split = rng.random() < 0.45
    tuition = pick(rng, 15_000, 70_000, 250) if rng.random() < 0.35 else 0.0
    rows, total = [], 0.0
    for name, rel, g in zip(donees, rels, gifts, strict=True):
        t = 2 * taxable_gift(g / 2, excl) if split else taxable_gift(g, excl)
        total += t
        per = (f"2 × max(0, {money(g / 2)} − {money(excl, False)})" if split
               else f"max(0, {money(g)} − {money(excl, False)})")
        rows.append([f"{name} ({rel})", money(g), per, money(t)])
    if tuition:
        rows.append(["university (tuition paid directly)", money(tuition), "excluded, §2503(e)", money(0)])
    gift_text = join_and([f"{money(g, False)} to {n} ({r})" for n, r, g in zip(donees, rels, gifts, strict=True)])
    who = f"{donor} and {spouse}, a married couple," if split else donor
    extra = f" {donor} also paid {money(tuition, False)} of a grandchild's tuition directly to the university." \
        if tuition else ""
    elect = " They elect gift splitting on Form 709." if split else ""
    instruction = rng.choice((
        f"In {year} {who} gave {gift_text} (all from {donor}'s own account).{extra}{elect} "
        "How much of this counts as taxable gifts?",
        f"{who.capitalize() if split else who} made these gifts in {year}: {gift_text}.{extra}{elect} "
        "After the annual exclusion, what total taxable gift is reported?",
        f"Gift tax check for {year}: {gift_text}, given by {who}.{extra}{elect} What amount exceeds the annual "
        "exclusions and uses up lifetime exemption?",
    ))
    lines = [f"The {year} annual exclusion is {money(excl, False)} per donee per donor (IRC §2503(b))."]
    if split:
        lines.append(f"With gift splitting each spouse is treated as giving half of every gift, so each gift gets two "
                     f"exclusions ({money(2 * excl, False)} per donee in all).")
    if tuition:
        lines.append("Tuition paid directly to an educational institution is excluded without limit (§2503(e)).")
    lines += ["", md_table(["Donee", "Gift", "Taxable part", "Taxable"], rows), "",
              f"Total taxable gifts = {money(total)}.",
              "No gift tax is due until lifetime taxable gifts exceed the basic exclusion "
              f"({money(BASIC_EXCLUSION[year], False)} in {year}); the taxable gifts are reported on Form 709 "
              "(due April 15 of the next year) and reduce the remaining exclusion.", f"Answer: {money(total)}"]
    return Draft(instruction=instruction, output="\n".join(lines), domain="estate_gift_tax",
                 difficulty="medium" if split or tuition else "easy", template="estate.gift_exclusion",
                 params={"year": year, "gifts": gifts, "split": split, "tuition": tuition, "answer": round(total, 2)})


def t_estate_tax(rng: random.Random) -> Draft:
    """Estate tax: gross estate less deductions, plus adjusted taxable gifts, over the basic exclusion at 40%."""
    year = rng.choice((2024, 2025))
    name = full_name(rng)
    gross = pick(rng, 14_000_000, 65_000_000, 10_000)
    debts = pick(rng, 0, 1_500_000, 5_000)
    expenses = pick(rng, 60_000, 900_000, 1_000)
    marital = pick(rng, 0, 0.4 * gross, 10_000) if rng.random() < 0.5 else 0.0
    charity = pick(rng, 0, 5_000_000, 5_000) if rng.random() < 0.6 else 0.0
    gifts = pick(rng, 200_000, 6_000_000, 10_000) if rng.random() < 0.5 else 0.0
    excl = BASIC_EXCLUSION[year]
    taxable_estate = gross - debts - expenses - marital - charity
    base = taxable_estate + gifts
    tax = estate_tax(base, excl)
    facts = [f"gross estate {money(gross, False)}", f"debts {money(debts, False)}",
             f"funeral and administration expenses {money(expenses, False)}"]
    if marital:
        facts.append(f"bequest to the surviving (US-citizen) spouse {money(marital, False)}")
    if charity:
        facts.append(f"bequest to a public charity {money(charity, False)}")
    if gifts:
        facts.append(f"post-1976 taxable gifts made during life {money(gifts, False)} (no gift tax paid)")
    instruction = rng.choice((
        f"{name} died in {year}. Facts: {'; '.join(facts)}. Compute the federal estate tax.",
        f"What federal estate tax does the estate of {name} (died {year}) owe? {'; '.join(facts).capitalize()}.",
        f"Estate of {name}, date of death in {year}: {'; '.join(facts)}. How much estate tax is due?",
    ))
    lines = [
        "Taxable estate = gross estate − debts − expenses − marital deduction − charitable deduction",
        f"= {money(gross)} − {money(debts)} − {money(expenses)} − {money(marital)} − {money(charity)} "
        f"= {money(taxable_estate)}",
        f"Tax base = taxable estate + adjusted taxable gifts = {money(taxable_estate)} + {money(gifts)} = "
        f"{money(base)}",
        f"Basic exclusion ({year}) = {money(excl)}; above it every dollar is taxed at 40% (IRC §2001(c)).",
        f"Estate tax = 40% × max(0, {money(base)} − {money(excl)}) = {money(tax)}",
    ]
    if gifts:
        lines.append("Lifetime taxable gifts are added back so they use exclusion once, not twice.")
    lines.append(f"Answer: {money(tax)}")
    return Draft(instruction=instruction, output="\n".join(lines), domain="estate_gift_tax",
                 difficulty="hard" if gifts else "medium", template="estate.estate_tax",
                 params={"year": year, "gross": gross, "debts": debts, "expenses": expenses, "marital": marital,
                         "charity": charity, "adjusted_taxable_gifts": gifts, "exclusion": excl,
                         "answer": tax})


def t_dsue(rng: random.Random) -> Draft:
    """Portability: the first spouse's unused exclusion (DSUE) added to the survivor's, with and without it."""
    y1 = rng.randint(2019, 2023)
    y2 = rng.choice((2024, 2025))
    first, second = distinct_names(rng, 2)
    t1 = pick(rng, 0, 6_000_000, 10_000)
    a1 = pick(rng, 0, 2_000_000, 10_000) if rng.random() < 0.5 else 0.0
    dsue = BASIC_EXCLUSION[y1] - t1 - a1
    gross = pick(rng, 18_000_000, 70_000_000, 10_000)
    deductions = pick(rng, 150_000, 2_500_000, 5_000)
    charity = pick(rng, 0, 6_000_000, 10_000) if rng.random() < 0.5 else 0.0
    a2 = pick(rng, 0, 4_000_000, 10_000) if rng.random() < 0.6 else 0.0
    base = gross - deductions - charity + a2
    excl = BASIC_EXCLUSION[y2] + dsue
    tax = estate_tax(base, excl)
    without = estate_tax(base, BASIC_EXCLUSION[y2])
    instruction = rng.choice((
        f"{first} died in {y1} with a taxable estate of {money(t1, False)} and {money(a1, False)} of adjusted "
        f"taxable gifts; the executor elected portability. {second} died in {y2} with a gross estate of "
        f"{money(gross, False)}, debts and expenses of {money(deductions, False)}, a charitable bequest of "
        f"{money(charity, False)} and lifetime taxable gifts of {money(a2, False)}. What estate tax is due at "
        f"{second}'s death, and what did the portability election save?",
        f"Portability question. First spouse ({first}): died {y1}, taxable estate {money(t1, False)}, adjusted "
        f"taxable gifts {money(a1, False)}, Form 706 filed electing portability. Surviving spouse ({second}): died "
        f"{y2}; gross estate {money(gross, False)}; deductible debts/expenses {money(deductions, False)}; charity "
        f"{money(charity, False)}; taxable gifts during life {money(a2, False)}. Compute the estate tax.",
    ))
    lines = [
        f"DSUE = basic exclusion in {y1} − (taxable estate + adjusted taxable gifts) of {first}",
        f"= {money(BASIC_EXCLUSION[y1])} − ({money(t1)} + {money(a1)}) = {money(dsue)} (fixed; not indexed)",
        f"{second}'s applicable exclusion = {money(BASIC_EXCLUSION[y2])} ({y2} basic) + {money(dsue)} = {money(excl)}",
        f"Tax base = {money(gross)} − {money(deductions)} − {money(charity)} + {money(a2)} = {money(base)}",
        f"Estate tax = 40% × max(0, {money(base)} − {money(excl)}) = {money(tax)}",
        f"Without portability: 40% × max(0, {money(base)} − {money(BASIC_EXCLUSION[y2])}) = {money(without)}, "
        f"so the election saved {money(without - tax)}.",
        "Portability needs a timely Form 706 at the first death (Rev. Proc. 2022-32 allows up to 5 years when no "
        "return was otherwise required), and only the last deceased spouse's DSUE counts.",
        f"Answer: {money(tax)}",
    ]
    return Draft(instruction=instruction, output="\n".join(lines), domain="estate_gift_tax", difficulty="hard",
                 template="estate.dsue",
                 params={"first_death_year": y1, "first_taxable_estate": t1, "first_gifts": a1, "death_year": y2,
                         "gross": gross, "deductions": deductions, "charity": charity, "gifts": a2,
                         "saved": round(without - tax, 2), "answer": tax})


def _lifetime_gifts(rng: random.Random, after: int) -> tuple[list[dict[str, float | int | str]], float]:
    """A few years of gifts to children (after the first spouse's death) and their adjusted taxable total."""
    years = sorted(rng.sample(range(after + 1, 2025), rng.randint(2, 3)))
    kids = distinct_names(rng, 3)
    gifts: list[dict[str, float | int | str]] = []
    for y in years:
        for kid in rng.sample(kids, rng.randint(1, 2)):
            amount = pick(rng, 20_000, 600_000, 1_000)
            gifts.append({"year": y, "donee": kid, "amount": amount,
                          "taxable": taxable_gift(amount, ANNUAL_EXCLUSION[y])})
    return gifts, sum(float(g["taxable"]) for g in gifts)


def t_estate_full(rng: random.Random) -> Draft:
    """A widow(er)'s estate: lifetime gifts, DSUE, deductions and a charitable bequest → tax, heirs' share."""
    y1 = rng.randint(2019, 2021)
    first, name = distinct_names(rng, 2)
    t1 = pick(rng, 0, 4_000_000, 10_000)
    dsue = BASIC_EXCLUSION[y1] - t1
    gifts, adj_gifts = _lifetime_gifts(rng, y1)
    assets = {"residence": pick(rng, 900_000, 6_000_000, 10_000),
              "brokerage account": pick(rng, 5_000_000, 40_000_000, 10_000),
              "traditional IRA": pick(rng, 800_000, 5_000_000, 5_000),
              "life insurance owned by the decedent": pick(rng, 1_000_000, 6_000_000, 50_000),
              "closely held business interest": pick(rng, 0, 15_000_000, 50_000)}
    debts, funeral = pick(rng, 50_000, 1_500_000, 5_000), pick(rng, 15_000, 60_000, 500)
    admin, charity = pick(rng, 150_000, 1_200_000, 5_000), pick(rng, 250_000, 8_000_000, 50_000)
    gross = sum(assets.values())
    taxable_estate = gross - debts - funeral - admin - charity
    base = taxable_estate + adj_gifts
    excl = BASIC_EXCLUSION[2025] + dsue
    tax = estate_tax(base, excl)
    heirs = gross - debts - funeral - admin - charity - tax
    gift_rows = [[str(g["year"]), str(g["donee"]), money(float(g["amount"])),
                  money(ANNUAL_EXCLUSION[int(g["year"])], False), money(float(g["taxable"]))] for g in gifts]
    data = "\n".join([
        md_table(["Asset at death (2025)", "Value"], [[k, money(v, False)] for k, v in assets.items()]),
        f"\nDebts {money(debts, False)}; funeral {money(funeral, False)}; administration {money(admin, False)}; "
        f"bequest to a community foundation {money(charity, False)}; the rest to the children.",
        f"\nLifetime gifts by {name} (no gift splitting, no gift tax paid):",
        md_table(["Year", "Donee", "Gift"], [r[:3] for r in gift_rows]),
        f"\n{first} ({name}'s spouse) died in {y1} with a taxable estate of {money(t1, False)}; portability was "
        "elected on a timely Form 706.",
    ])
    instruction = rng.choice((
        f"{name} died in 2025. Using the data below, compute the federal estate tax, what the children receive, "
        "and how much more would have to go to charity to eliminate the tax.",
        f"Work through the 2025 federal estate tax for {name}'s estate (data below): adjusted taxable gifts, DSUE, "
        "tax due and the net passing to the children. Suggest one planning idea.",
        f"Estate settlement for {name} (died 2025). Determine the estate tax owed and the amount left for the heirs "
        "after debts, expenses, the charitable bequest and tax.",
    ))
    lines = [
        "1) Adjusted taxable gifts (gift − that year's annual exclusion):",
        md_table(["Year", "Donee", "Gift", "Exclusion", "Taxable"], gift_rows),
        f"Total adjusted taxable gifts = {money(adj_gifts)}",
        f"2) Gross estate = {money(gross)}; deductions = debts {money(debts)} + funeral {money(funeral)} + "
        f"administration {money(admin)} + charity {money(charity)}",
        f"Taxable estate = {money(taxable_estate)}; tax base = {money(taxable_estate)} + {money(adj_gifts)} = "
        f"{money(base)}",
        f"3) DSUE = {money(BASIC_EXCLUSION[y1])} ({y1} basic exclusion) − {money(t1)} = {money(dsue)}",
        f"Applicable exclusion = {money(BASIC_EXCLUSION[2025])} + {money(dsue)} = {money(excl)}",
        f"4) Estate tax = 40% × max(0, {money(base)} − {money(excl)}) = {money(tax)}",
        f"5) To the children = gross − debts − expenses − charity − tax = {money(heirs)}",
        f"6) Each extra dollar to charity cuts the base by a dollar: {money(max(0.0, base - excl))} more would "
        "eliminate the tax. The policy could instead have been owned by an ILIT (transfers of an existing policy "
        "within 3 years of death are pulled back, §2035).",
        f"Answer: {money(tax)}",
    ]
    return Draft(instruction=instruction, input=data, output="\n".join(lines), domain="estate_gift_tax",
                 difficulty="extremely_complex", template="estate.estate_full",
                 params={"first_death_year": y1, "first_taxable_estate": t1, "gifts": gifts, "assets": assets,
                         "debts": debts, "funeral": funeral, "admin": admin, "charity": charity,
                         "heirs": round(heirs, 2), "answer": tax})


# ---------------------------------------------------------------------------------------------------- wills & trusts

def t_descendants_shares(rng: random.Random) -> Draft:
    """Per stirpes versus per capita at each generation when some children predeceased."""
    n = rng.randint(3, 5)
    kids = distinct_names(rng, n + 16)
    children, pool = kids[:n], kids[n:]
    alive = [rng.random() < 0.55 for _ in children]
    alive[rng.randrange(n)] = True
    dead = [i for i in range(n) if not alive[i]] or [rng.choice([i for i in range(n) if i])]
    for i in dead:
        alive[i] = False
    grand: dict[str, list[str]] = {}
    for i in dead:
        k = rng.randint(0, 3)
        grand[children[i]] = [pool.pop() for _ in range(k)]
    if not any(grand.values()):
        grand[children[dead[0]]] = [pool.pop() for _ in range(rng.randint(1, 3))]
    estate = pick(rng, 300_000, 6_000_000, 1_000)
    branches = [c for i, c in enumerate(children) if alive[i] or grand.get(c)]
    share = estate / len(branches)
    grandkids = [g for c in children for g in grand.get(c, [])]
    living = sum(alive)
    pooled = estate - living * share
    stirpes = {g: share / len(grand[c]) for c in children for g in grand.get(c, [])}
    capita = {g: pooled / len(grandkids) for g in grandkids}
    target = rng.choice(grandkids)
    method = rng.choice(("per stirpes", "per capita at each generation"))
    answer = round((stirpes if method == "per stirpes" else capita)[target], 2)
    desc = []
    for i, c in enumerate(children):
        if alive[i]:
            desc.append(f"{c} (living)")
        else:
            kids_of = grand.get(c, [])
            desc.append(f"{c} (predeceased, " + (f"survived by {join_and(kids_of)})" if kids_of else "no descendants)"))
    instruction = rng.choice((
        f"A widow's will leaves her {money(estate, False)} net estate to her descendants {method}. Her children: "
        f"{'; '.join(desc)}. How much does {target} receive?",
        f"{full_name(rng)} died leaving a net estate of {money(estate, False)} to descendants, {method}. Children: "
        f"{'; '.join(desc)}. What is {target}'s share, and how would the other method differ?",
    ))
    rows = [[g, money(stirpes[g]), money(capita[g])] for g in grandkids]
    lines = [
        f"Shares are created at the children's generation for each child who is living or left descendants: "
        f"{len(branches)} shares of {money(estate)} / {len(branches)} = {money(share)} (a predeceased child with no "
        "descendants creates no share).",
        f"Living children take one share each ({living} × {money(share)}).",
        "Per stirpes: a predeceased child's share passes down that child's own line, split among their children.",
        f"Per capita at each generation (UPC §2-106): the {len(branches) - living} remaining shares "
        f"({money(pooled)}) are pooled and divided equally among all {len(grandkids)} grandchildren of predeceased "
        f"children = {money(pooled / len(grandkids))} each.",
        "", md_table(["Grandchild", "Per stirpes", "Per capita at each generation"], rows), "",
        f"Under {method}, {target} receives {money(answer)}.", f"Answer: {money(answer)}",
    ]
    return Draft(instruction=instruction, output="\n".join(lines), domain="wills_trusts", difficulty="medium",
                 template="estate.descendants_shares",
                 params={"estate": estate, "alive": alive, "children": children, "grandchildren": grand,
                         "method": method, "target": target, "answer": answer})


def t_probate_fees(rng: random.Random) -> Draft:
    """California statutory executor and attorney fees on a probate estate, versus a funded living trust."""
    name = full_name(rng)
    home = pick(rng, 400_000, 3_500_000, 5_000)
    mortgage = pick(rng, 0, 0.7 * home, 5_000)
    accounts = pick(rng, 50_000, 2_500_000, 1_000)
    car = pick(rng, 5_000, 60_000, 500)
    trust_cost = pick(rng, 2_000, 7_500, 250)
    value = home + accounts + car
    fee = ca_statutory_fee(value)
    both = 2 * fee
    ask_savings = rng.random() < 0.5
    answer = round(both - trust_cost, 2) if ask_savings else both
    q = (f"how much would a {money(trust_cost, False)} revocable living trust, fully funded, have saved in "
         "statutory fees?" if ask_savings else "what statutory fees do the executor and the attorney each earn, "
         "and in total?")
    instruction = rng.choice((
        f"{name}'s California probate estate holds a house worth {money(home, False)} (mortgage "
        f"{money(mortgage, False)}), accounts of {money(accounts, False)} and a car worth {money(car, False)}. "
        f"Using the statutory fee schedule, {q}",
        f"A California estate goes through probate: home {money(home, False)} with a {money(mortgage, False)} "
        f"loan, investments {money(accounts, False)}, vehicle {money(car, False)}. {q[0].upper()}{q[1:]}",
    ))
    rows, rest = [], value
    for width, rate in CA_PROBATE_TIERS:
        part = min(rest, width)
        if part <= 0:
            break
        rows.append([money(part), pct(rate, 1), money(part * rate)])
        rest -= part
    lines = [
        "The fee base is the gross value of the estate accounted for; the mortgage is not subtracted "
        "(Cal. Prob. Code §§10800, 10810).",
        f"Base = {money(home)} + {money(accounts)} + {money(car)} = {money(value)}",
        md_table(["Amount", "Rate", "Fee"], rows),
        f"Executor fee = {money(fee)}; the attorney earns the same, so together {money(both)}.",
    ]
    if ask_savings:
        lines.append(f"Assets titled in a funded revocable trust avoid probate: savings = {money(both)} − "
                     f"{money(trust_cost)} = {money(answer)} (court costs aside).")
    lines.append(f"Answer: {money(answer)}")
    return Draft(instruction=instruction, output="\n".join(lines), domain="wills_trusts", difficulty="medium",
                 template="estate.probate_fees",
                 params={"home": home, "mortgage": mortgage, "accounts": accounts, "car": car,
                         "trust_cost": trust_cost, "ask_savings": ask_savings, "answer": answer})


def t_crummey(rng: random.Random) -> Draft:
    """ILIT premium gifts covered by Crummey withdrawal powers and the annual exclusion."""
    year = rng.choice((2024, 2025))
    excl = ANNUAL_EXCLUSION[year]
    grantor = full_name(rng)
    n = rng.randint(1, 6)
    premium = pick(rng, 8_000, 160_000, 250)
    split = rng.random() < 0.4
    per = excl * (2 if split else 1)
    covered = min(premium, n * per)
    taxable = premium - covered
    who = f"{grantor} and spouse (gift splitting elected)" if split else grantor
    instruction = rng.choice((
        f"In {year} {who} contribute{'' if split else 's'} {money(premium, False)} to an irrevocable life "
        f"insurance trust to pay the premium. The trust gives {n} beneficiar{'ies' if n > 1 else 'y'} Crummey "
        "withdrawal rights and no other gifts go to them this year. What taxable gift results?",
        f"An ILIT needs a {money(premium, False)} premium in {year}. {n} "
        f"beneficiar{'ies hold' if n > 1 else 'y holds'} Crummey powers; the donor is {who}. How much of the "
        "contribution exceeds the annual exclusions?",
    ))
    lines = [
        f"Crummey withdrawal rights make each beneficiary's portion a present interest, so each qualifies for the "
        f"{year} annual exclusion of {money(excl, False)}" + (" per spouse." if split else "."),
        f"Exclusions available = {n} × {money(per, False)} = {money(n * per)}",
        f"Taxable gift = max(0, {money(premium)} − {money(n * per)}) = {money(taxable)}",
        "(Separately, a lapse of a withdrawal power above the greater of $5,000 or 5% of trust assets is a gift by "
        "the beneficiary, §2514(e).)",
        f"Answer: {money(taxable)}",
    ]
    return Draft(instruction=instruction, output="\n".join(lines), domain="wills_trusts",
                 difficulty="medium" if split else "easy", template="estate.crummey",
                 params={"year": year, "beneficiaries": n, "premium": premium, "split": split, "answer": taxable})


def t_exclusion_left(rng: random.Random) -> Draft:
    """Basic exclusion left after lifetime taxable gifts (easy), or a couple's tax-free annual gifting capacity."""
    year = rng.choice((2024, 2025))
    name = full_name(rng)
    if rng.random() < 0.5:
        used = pick(rng, 50_000, 12_000_000, 1_000)
        left = BASIC_EXCLUSION[year] - used
        instruction = rng.choice((
            f"{name} has reported {money(used, False)} of taxable gifts on past Form 709s. How much basic exclusion "
            f"remains for further gifts or the estate in {year}?",
            f"Lifetime taxable gifts to date: {money(used, False)}. What is left of the {year} basic exclusion?"))
        lines = [f"Basic exclusion {year} = {money(BASIC_EXCLUSION[year])} (IRC §2010(c))",
                 f"Remaining = {money(BASIC_EXCLUSION[year])} − {money(used)} = {money(left)}",
                 "Annual-exclusion gifts, tuition and medical payments made directly do not use it.",
                 f"Answer: {money(left)}"]
        params: dict[str, object] = {"mode": "remaining", "year": year, "used": used, "answer": float(left)}
    else:
        donees = rng.randint(2, 14)
        couple = rng.random() < 0.6
        per = ANNUAL_EXCLUSION[year] * (2 if couple else 1)
        total = per * donees
        who = f"{name} and spouse (splitting gifts)" if couple else name
        instruction = rng.choice((
            f"How much can {who} give in {year} to {donees} children and grandchildren without using any lifetime "
            "exclusion?",
            f"{year} gifting plan: {who}, {donees} donees. Maximum total of annual-exclusion gifts?"))
        lines = [f"Annual exclusion {year} = {money(ANNUAL_EXCLUSION[year], False)} per donee"
                 + (", doubled with gift splitting" if couple else ""),
                 f"Capacity = {money(per, False)} × {donees} = {money(total)}", f"Answer: {money(total)}"]
        params = {"mode": "capacity", "year": year, "donees": donees, "couple": couple, "answer": float(total)}
    return Draft(instruction=instruction, output="\n".join(lines), domain="estate_gift_tax", difficulty="easy",
                 template="estate.exclusion_left", params=params)


TEMPLATES: list[tuple[Template, float]] = [
    (t_gift_exclusion, 3.5), (t_estate_tax, 2.75), (t_dsue, 2.5), (t_estate_full, 3.25), (t_descendants_shares, 1.75),
    (t_probate_fees, 1.25), (t_crummey, 2.0), (t_exclusion_left, 3.5),
]
