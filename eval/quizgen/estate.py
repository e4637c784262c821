"""Estate & Gift Tax (35): annual exclusions and gift splitting, estate tax over the exclusion, portability, 529
five-year election, basis of inherited and gifted property, deductions; facts and short explanations."""

from __future__ import annotations

import random

from eval.quizgen.common import MC, SA, Maker, QuizSpec, facts, money, name, num, quiz, repeat, step
from eval.quizgen.rules import ANNUAL_EXCLUSION, BASIC_EXCLUSION, NONCITIZEN_SPOUSE_EXCLUSION
from eval.schema import Question

T = "eval.estate."
_KIN = ("a daughter", "a son", "a niece", "a nephew", "a grandchild", "a close friend", "a brother", "a sister")


def taxable_gifts(rng: random.Random) -> Question:
    year, split = rng.choice((2024, 2025)), rng.random() < 0.5
    excl = ANNUAL_EXCLUSION[year]
    who = rng.sample(_KIN, 3)
    gifts = [step(rng, 5_000, 60_000, 1_000) for _ in who]
    listed = ", ".join(f"{money(g)} to {w}" for g, w in zip(gifts, who, strict=True))
    if split:
        total = sum(2 * max(0.0, g / 2 - excl) for g in gifts)
        q = (f"In {year} a married donor gives, from separate funds, {listed}, all in cash. The spouses elect gift "
             "splitting. What is the total of taxable gifts (after annual exclusions) the two spouses report "
             "together?")
        how = f"Each spouse is treated as giving half; each half over {money(excl)} is taxable"
    else:
        total = sum(max(0.0, g - excl) for g in gifts)
        q = (f"In {year} an unmarried donor gives {listed}, all in cash. What is the total of taxable gifts after "
             "the annual exclusions?")
        how = f"Each gift over the {money(excl)} annual exclusion is taxable"
    return num(T + "taxable_gifts", q, total, "usd", exact=True,
               params={"year": year, "split": split, "gifts": gifts},
               explanation=f"{how}: total {money(total)} (it uses lifetime exclusion; no tax is due until that is "
               "exhausted)")


def estate_tax(rng: random.Random) -> Question:
    estate, prior = step(rng, 14_500_000, 32_000_000, 10_000), step(rng, 0, 3_000_000, 10_000)
    base = estate + prior
    tax = 0.40 * max(0.0, base - BASIC_EXCLUSION[2025])
    q = (f"{name(rng)}, unmarried, dies in 2025 with a taxable estate of {money(estate)} after all deductions. "
         f"Lifetime taxable gifts (above the annual exclusions) total {money(prior)}, and no gift tax was ever paid. "
         "No exclusion was ported from a spouse. What federal estate tax is due?")
    return num(T + "estate_tax", q, tax, "usd", params={"estate": estate, "prior_gifts": prior},
               explanation=f"Tax base {money(estate)} + {money(prior)} = {money(base)}; above the 2025 basic "
               f"exclusion of {money(BASIC_EXCLUSION[2025])} the rate is 40%: 0.40 × "
               f"{money(base - BASIC_EXCLUSION[2025])} = {money(tax)}")


def portability(rng: random.Random) -> Question:
    dsue = step(rng, 2_000_000, 11_000_000, 10_000)
    estate = step(rng, BASIC_EXCLUSION[2025] + dsue + 500_000, BASIC_EXCLUSION[2025] + dsue + 9_000_000, 10_000)
    tax = 0.40 * (estate - BASIC_EXCLUSION[2025] - dsue)
    q = (f"A widow dies in 2025 with a taxable estate of {money(estate)} and no lifetime taxable gifts. Her late "
         f"husband's executor elected portability, passing her a deceased spousal unused exclusion of {money(dsue)}."
         " She never remarried. What federal estate tax is due?")
    return num(T + "portability", q, tax, "usd", params={"estate": estate, "dsue": dsue},
               explanation=f"Exclusion {money(BASIC_EXCLUSION[2025])} + DSUE {money(dsue)} = "
               f"{money(BASIC_EXCLUSION[2025] + dsue)}; 40% × {money(estate - BASIC_EXCLUSION[2025] - dsue)} = "
               f"{money(tax)}")


def superfund(rng: random.Random) -> Question:
    year, kids = rng.choice((2024, 2025)), rng.randint(1, 4)
    total = 2 * 5 * ANNUAL_EXCLUSION[year] * kids
    q = (f"In {year}, grandparents (a married couple) want to fund 529 plans for their {kids} "
         f"grandchild{'ren' if kids > 1 else ''} as heavily as possible without using any lifetime exclusion or "
         "paying gift tax, electing five-year averaging and gift splitting. They make no other gifts to these "
         "grandchildren for five years. How much can they contribute in total?")
    return num(T + "superfund", q, total, "usd", exact=True, params={"year": year, "kids": kids},
               explanation=f"5 × {money(ANNUAL_EXCLUSION[year])} × 2 donors = {money(10 * ANNUAL_EXCLUSION[year])} "
               f"per beneficiary (IRC §529(c)(2)(B)) × {kids} = {money(total)}")


def stepped_up_gain(rng: random.Random) -> Question:
    basis = step(rng, 20_000, 300_000, 1_000)
    at_death = step(rng, basis * 1.5, basis * 6, 1_000)
    sale = step(rng, at_death * 0.85, at_death * 1.3, 1_000)
    q = (f"A parent bought stock for {money(basis)}; it was worth {money(at_death)} at the parent's death in 2024 "
         f"(no alternate valuation). The child who inherited it sells it for {money(sale)}. What capital gain (a "
         "negative number for a loss) does the child report?")
    return num(T + "stepped_up_gain", q, sale - at_death, "usd", exact=True,
               params={"basis": basis, "at_death": at_death, "sale": sale},
               explanation=f"IRC §1014 steps the basis up to {money(at_death)}: {money(sale)} − {money(at_death)} = "
               f"{money(sale - at_death)} (the parent's {money(basis)} basis is irrelevant)")


def gifted_gain(rng: random.Random) -> Question:
    basis = step(rng, 10_000, 150_000, 1_000)
    at_gift = step(rng, basis * 1.3, basis * 4, 1_000)
    sale = step(rng, at_gift * 0.9, at_gift * 1.5, 1_000)
    q = (f"A mother gives her son shares she bought for {money(basis)}; they are worth {money(at_gift)} on the gift "
         f"date and no gift tax is paid. The son later sells them for {money(sale)}. What is his taxable gain?")
    return num(T + "gifted_gain", q, sale - basis, "usd", exact=True,
               params={"basis": basis, "at_gift": at_gift, "sale": sale},
               explanation=f"IRC §1015 carryover basis {money(basis)} (the value exceeded basis at the gift): "
               f"{money(sale)} − {money(basis)} = {money(sale - basis)}")


def remaining_exclusion(rng: random.Random) -> Question:
    gifts = [step(rng, 100_000, 2_500_000, 10_000) for _ in range(rng.randint(2, 3))]
    left = BASIC_EXCLUSION[2025] - sum(gifts)
    q = (f"A donor's earlier gift tax returns report taxable gifts (already net of annual exclusions) of "
         f"{', '.join(money(g) for g in gifts)}, and no gift tax was paid. How much basic exclusion remains for "
         "2025 gifts or the estate, before any further indexing?")
    return num(T + "remaining_exclusion", q, left, "usd", exact=True, params={"gifts": gifts},
               explanation=f"{money(BASIC_EXCLUSION[2025])} − {money(sum(gifts))} = {money(left)}")


def taxable_estate(rng: random.Random) -> Question:
    gross = step(rng, 6_000_000, 40_000_000, 50_000)
    costs = step(rng, 50_000, 600_000, 5_000)
    spouse = step(rng, gross * 0.2, gross * 0.6, 50_000)
    charity = step(rng, 100_000, gross * 0.15, 10_000)
    taxable = gross - costs - spouse - charity
    q = (f"A decedent's gross estate is {money(gross)}. Debts, funeral and administration expenses total "
         f"{money(costs)}; the will leaves {money(spouse)} outright to the surviving spouse (a US citizen) and "
         f"{money(charity)} to a public charity. What is the taxable estate?")
    return num(T + "taxable_estate", q, taxable, "usd", exact=True,
               params={"gross": gross, "costs": costs, "spouse": spouse, "charity": charity},
               explanation=f"{money(gross)} − {money(costs)} − marital {money(spouse)} − charitable "
               f"{money(charity)} = {money(taxable)}")


def noncitizen_spouse(rng: random.Random) -> Question:
    year = rng.choice((2024, 2025))
    gift = step(rng, NONCITIZEN_SPOUSE_EXCLUSION[year] + 10_000, 900_000, 5_000)
    excl = NONCITIZEN_SPOUSE_EXCLUSION[year]
    q = (f"In {year} a US citizen gives {money(gift)} in cash outright to a spouse who is not a US citizen. What "
         "amount is a taxable gift?")
    return num(T + "noncitizen_spouse", q, gift - excl, "usd", exact=True, params={"year": year, "gift": gift},
               explanation=f"No unlimited marital deduction; the special annual exclusion for a non-citizen spouse "
               f"is {money(excl)} in {year}: {money(gift)} − {money(excl)} = {money(gift - excl)}")


def per_stirpes(rng: random.Random) -> Question:
    estate, kids, grand = step(rng, 300_000, 3_000_000, 30_000), rng.randint(3, 4), rng.randint(2, 3)
    share = estate / kids / grand
    q = (f"A widow's will leaves her {money(estate)} estate to her descendants per stirpes. She had {kids} "
         f"children; one died before her, leaving {grand} children of his own; the others survive her. How much "
         "does each of the predeceased son's children receive?")
    return num(T + "per_stirpes", q, share, "usd", exact=True, params={"estate": estate, "kids": kids, "grand": grand},
               explanation=f"Per stirpes splits by branch: {money(estate)} / {kids} children = "
               f"{money(estate / kids)}; the son's branch divides among {grand}: {money(share, True)} each")


def tuition_direct(rng: random.Random) -> Question:
    tuition, cash = step(rng, 20_000, 75_000, 500), step(rng, 10_000, 60_000, 1_000)
    taxable = max(0.0, cash - ANNUAL_EXCLUSION[2025])
    q = (f"In 2025 a grandfather pays {money(tuition)} of his granddaughter's tuition directly to her university "
         f"and also gives her {money(cash)} in cash. He makes no other gifts to her. What is the taxable gift?")
    return num(T + "tuition_direct", q, taxable, "usd", exact=True, params={"tuition": tuition, "cash": cash},
               explanation=f"Tuition paid directly to the school is excluded without limit (IRC §2503(e)); the cash "
               f"over the {money(ANNUAL_EXCLUSION[2025])} annual exclusion is taxable: {money(taxable)}")


_MC = [
    MC("annual_exclusion_2025", "What is the 2025 federal gift tax annual exclusion per recipient?", "$19,000",
       ("$18,000", "$17,000", "$15,000", "$38,000"),
       "Rev. Proc. 2024-40: $19,000 for 2025 ($18,000 in 2024)."),
    MC("basic_exclusion_2025", "What is the federal estate and gift tax basic exclusion amount for someone who "
       "dies in 2025?", "$13,990,000", ("$13,610,000", "$12,920,000", "$15,000,000", "$5,000,000"),
       "Rev. Proc. 2024-40: $13.99 million for 2025 ($13.61 million in 2024)."),
    MC("top_rate", "What is the top federal estate and gift tax rate?", "40%", ("35%", "37%", "45%", "55%"),
       "IRC §2001(c): 40% on amounts over $1 million of the tentative tax base; the exclusion shields the rest."),
    MC("portability_election", "How does a surviving spouse get the deceased spouse's unused exclusion "
       "(portability)?", "The executor elects it on a Form 706 filed for the first spouse's estate",
       ("It transfers automatically with no filing", "The survivor claims it on her own Form 1040",
        "It requires a bypass (credit shelter) trust", "The survivor files Form 709 in the year of death"),
       "IRC §2010(c)(5)(A): the DSUE election is made on the first estate's Form 706, even when no tax is due."),
    MC("form_709_due", "When is Form 709 for gifts made in 2025 due, without an extension?", "April 15, 2026",
       ("December 31, 2025", "March 15, 2026", "Within 9 months of the gift", "October 15, 2026"),
       "The gift tax return is due April 15 of the year after the gift (extended with the income tax return)."),
    MC("marital_noncitizen", "An estate leaves everything to the surviving spouse, who is not a US citizen. What "
       "preserves the unlimited marital deduction?", "Passing the assets through a qualified domestic trust (QDOT)",
       ("Nothing is needed; the deduction is unlimited for all spouses", "A QTIP election alone",
        "A Crummey power", "Filing a joint income tax return in the year of death"),
       "IRC §2056(d): no marital deduction for a non-citizen spouse unless the property passes to a QDOT."),
    MC("revocable_trust_estate", "Assets in a revocable living trust at the grantor's death are:",
       "Included in the grantor's gross estate, but they avoid probate",
       ("Excluded from the gross estate and from probate", "Included in the estate and subject to probate",
        "Excluded from the estate but subject to probate", "Taxed as a gift when the trust was funded"),
       "The grantor keeps the power to revoke, so IRC §2038 includes the assets; the trust passes them outside "
       "probate."),
    MC("three_year_rule", "An insured transfers an existing life insurance policy to an irrevocable life "
       "insurance trust and dies two years later. What happens to the death benefit for estate tax purposes?",
       "It is included in the insured's gross estate",
       ("It is excluded because the trust owns the policy", "Only the cash value is included",
        "Half of it is included", "It is included only if the trust is revocable"),
       "IRC §2035: a life insurance policy transferred within three years of death is pulled back into the "
       "estate."),
    MC("crummey_purpose", "Why does an irrevocable trust give beneficiaries Crummey withdrawal powers?",
       "So contributions are present-interest gifts that qualify for the annual exclusion",
       ("To make the trust revocable", "To include the trust in the grantor's estate",
        "To avoid the generation-skipping transfer tax entirely", "To let the grantor reclaim the assets"),
       "A temporary right to withdraw each contribution makes it a present interest (Crummey v. Commissioner)."),
    MC("step_up_rule", "What basis does an heir generally take in stock inherited in 2024?",
       "Its fair market value at the date of death", ("The decedent's original cost",
                                                      "Zero", "The value when the heir sells it",
                                                      "The average of cost and date-of-death value"),
       "IRC §1014: basis is stepped up (or down) to the date-of-death value (or the alternate valuation date)."),
    MC("gst_exemption_2025", "What is the generation-skipping transfer tax exemption per individual in 2025?",
       "$13,990,000", ("$19,000", "$1,000,000", "$6,995,000", "$15,000,000"),
       "The GST exemption equals the basic exclusion amount: $13.99 million for 2025."),
    MC("exclusion_2026", "Under the July 2025 tax law (Public Law 119-21), what is the basic exclusion amount for "
       "2026?", "$15,000,000, indexed for inflation after 2026",
       ("About $7 million, after the TCJA increase expires", "$13,990,000, frozen", "$10,000,000, not indexed",
        "Unlimited; the estate tax is repealed"),
       "Public Law 119-21 set the basic exclusion to $15 million from 2026, indexed thereafter, instead of the "
       "scheduled halving."),
    MC("disclaimer_deadline", "To make a qualified disclaimer of an inheritance, the heir generally must disclaim "
       "in writing within how long of the decedent's death?", "9 months", ("6 months", "12 months", "60 days",
                                                                           "3 years"),
       "IRC §2518(b): within 9 months of the transfer (or of turning 21, if later), before accepting any "
       "benefit."),
    MC("beneficiary_designation", "A widower's will, signed last year, leaves everything to his two children, but "
       "his IRA's beneficiary form, never updated, names his brother. Who receives the IRA?",
       "The brother, as the named beneficiary",
       ("The children, because the will is more recent", "The probate court decides", "It is split three ways",
        "The decedent's estate, to pass under the will"),
       "Beneficiary designations pass the account by contract, outside the will and probate; the will does not "
       "override them."),
]

_SA = [
    SA("portability_why", "Why might the executor of a first-to-die spouse's modest estate file an estate tax "
       "return even though no tax is due?",
       (("portability", "port", "dsue", "unused exclusion", "unused exemption"),
        ("surviving spouse", "survivor", "widow", "widower"), ("exclusion", "exemption")),
       "To elect portability, so the surviving spouse adds the deceased spouse's unused exclusion (DSUE) to her "
       "own exclusion."),
    SA("revocable_vs_irrevocable", "Contrast a revocable living trust with an irrevocable trust for estate "
       "planning.",
       (("probate",), ("estate tax", "gross estate", "taxable estate", "estate"),
        ("revoke", "change", "amend", "control"), ("irrevocable",)),
       "A revocable trust avoids probate and keeps control but stays in the grantor's gross estate; an "
       "irrevocable trust gives up control and can remove assets (and their growth) from the taxable estate."),
    SA("hold_until_death", "Why do advisers often suggest that an elderly client hold highly appreciated stock "
       "until death rather than give it to the children now?",
       (("step up", "stepped up", "basis"), ("death", "inherit", "inherited", "heirs"),
        ("capital gain", "capital gains", "gain", "carryover", "carry over")),
       "Inherited assets get a basis stepped up to the date-of-death value, erasing the built-in gain; gifted "
       "assets keep the donor's low carryover basis."),
    SA("ilit_why", "A client with a taxable estate owns a large life insurance policy on her own life. What would "
       "having an irrevocable life insurance trust (ILIT) own the coverage accomplish?",
       (("estate", "estate tax", "gross estate"), ("death benefit", "proceeds", "policy"),
        ("outside", "excluded", "removed", "not included", "out of")),
       "The trust owns the policy, so the death benefit stays out of the insured's gross estate (if the trust "
       "bought it or the transfer was more than 3 years before death) and is managed for the beneficiaries."),
    SA("grat_how", "How does a grantor retained annuity trust (GRAT) move wealth at little gift tax cost?",
       (("annuity", "annuity payments", "payments"), ("7520", "hurdle", "interest rate", "assumed rate"),
        ("appreciation", "growth", "excess", "outperform")),
       "The grantor keeps annuity payments roughly equal to the contribution plus the IRS §7520 rate, so the "
       "taxable gift is near zero; growth above that hurdle passes to the beneficiaries gift-tax free."),
    SA("probate_avoidance", "Name ways assets can pass at death without going through probate.",
       (("beneficiary", "beneficiaries", "pay on death", "transfer on death", "pod", "tod"),
        ("joint", "joint tenancy", "right of survivorship", "jointly"), ("trust", "living trust")),
       "Beneficiary designations (retirement accounts, life insurance, POD/TOD accounts), joint ownership with "
       "right of survivorship, and assets held in a living trust."),
    SA("annual_exclusion_use", "How can a couple use the annual gift tax exclusion to reduce a future taxable "
       "estate?",
       (("annual exclusion", "19,000", "$19,000", "38,000", "$38,000"), ("each", "per", "every"),
        ("estate", "taxable estate", "remove", "reduce", "shrink")),
       "Each spouse can give $19,000 (2025) to any number of people every year, $38,000 a couple per recipient, "
       "tax-free and without using lifetime exclusion, steadily moving assets and their growth out of the "
       "estate."),
]

_PLAN: list[Maker] = [
    *repeat(taxable_gifts, 2), *repeat(estate_tax, 2), portability, superfund, *repeat(stepped_up_gain, 2),
    gifted_gain, remaining_exclusion, taxable_estate, noncitizen_spouse, per_stirpes, tuition_direct,
    *facts("estate", _MC), *facts("estate", _SA),
]

QUIZZES: list[QuizSpec] = [quiz("estate_gift_tax", "Estate & Gift Tax", 35, _PLAN)]
