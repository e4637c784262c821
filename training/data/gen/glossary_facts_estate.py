"""Glossary facts: estate planning part 1 (wills and trusts, estate and gift tax).

Block format: see :mod:`training.data.gen.glossary`. Dollar figures name their tax year.
"""

TEXT = """
## probate_process | wills_trusts | easy
Q: What is probate?
Q: Which assets go through probate and which pass outside it?
Q: A client wants to know why people try to avoid the court process after death. What are its drawbacks?
A: Probate is the court-supervised process of settling a deceased person's estate: proving the will (or applying
   intestacy law), appointing an executor or administrator, notifying creditors, inventorying and valuing assets,
   paying debts, expenses and taxes, and distributing the rest. Only assets in the decedent's sole name without a
   beneficiary designation go through it; jointly owned property with survivorship rights, accounts with beneficiary,
   payable-on-death or transfer-on-death designations, and assets in a living trust pass outside probate. Drawbacks
   include court and attorney costs, delays of months to years, public records, and separate ancillary proceedings for
   real estate in other states. Many states offer simplified procedures for small estates.

## intestate_succession | wills_trusts | easy
Q: What happens to a person's property if they die without a will?
Q: A client with young children and an unmarried partner has no will. Who inherits under state law?
Q: Explain intestacy and why planners still urge clients with modest estates to write a will.
A: Dying intestate means state law decides who inherits probate assets, usually in a fixed order: the surviving spouse
   and descendants first, then parents, siblings and more remote relatives; if no relatives can be found, the property
   escheats to the state. The spouse's share varies by state and often is not everything when there are children from
   another relationship. Unmarried partners, stepchildren, friends and charities receive nothing. A court also
   appoints the administrator and, for minor children, a guardian, who might not be the person the parents would have
   chosen, and children may receive their shares outright at 18. A will avoids these outcomes by naming beneficiaries,
   an executor, a guardian and trusts for minors.

## revocable_living_trust | wills_trusts | medium
Q: What does a revocable living trust do, and what does it not do?
Q: A client heard a living trust will save estate taxes and protect assets from creditors. Is that right?
Q: Why do planners recommend funding a revocable trust, and what happens to it at death?
A: A revocable living trust holds assets the grantor transfers into it, with the grantor usually as trustee and
   beneficiary during life; the grantor can amend or revoke it at any time. It avoids probate for assets titled in the
   trust, keeps the estate plan private, avoids ancillary probate for out-of-state real estate, and lets a successor
   trustee manage assets if the grantor becomes incapacitated without a court guardianship. It does not reduce estate
   tax (assets remain in the grantor's estate), does not protect assets from the grantor's creditors, and is ignored
   for income tax as a grantor trust. It works only for assets actually retitled into it, so funding matters, with a
   pour-over will catching the rest. At death it becomes irrevocable and the successor trustee administers and
   distributes it.

## irrevocable_trust_basics | wills_trusts | medium
Q: What is an irrevocable trust and why would someone give up control of assets to one?
Q: How does an irrevocable trust differ from a revocable trust for estate tax and creditor purposes?
Q: A client is considering moving a life insurance policy and some investments into an irrevocable trust. What are the
   trade-offs?
A: An irrevocable trust generally cannot be changed or revoked by the grantor once signed and funded. Because the
   grantor gives up ownership and control, assets properly transferred to it (and their future growth) can be removed
   from the taxable estate and, depending on the trust's terms and state law, shielded from the grantor's and
   beneficiaries' creditors. Common uses include irrevocable life insurance trusts, gifting trusts for children,
   spousal lifetime access trusts and Medicaid planning trusts. The costs are loss of control and access, gift tax
   reporting on the funding, separate tax filings, and for non-grantor trusts compressed income tax brackets. Modern
   tools such as trust protectors, decanting and nonjudicial modification can add some flexibility.

## pour_over_will | wills_trusts | easy
Q: What is a pour-over will?
Q: If a client has a living trust, why does she still need a will?
Q: How does a pour-over will work together with a revocable trust?
A: A pour-over will directs that any assets the decedent still owns individually at death be transferred ("poured
   over") into their revocable living trust, to be distributed under the trust's terms. It is a safety net for assets
   never retitled into the trust, such as a newly bought car or an inheritance received shortly before death. Assets
   passing under a pour-over will still go through probate first, so funding the trust during life is what actually
   avoids probate. The will is also where parents name guardians for minor children, which a trust cannot do.

## beneficiary_designations_control | wills_trusts | medium
Q: If a will and a beneficiary designation conflict, which one controls?
Q: A client's will leaves everything to his second wife, but his IRA and old 401(k) still name his first wife. Who is
   likely to receive them?
Q: Why should clients review beneficiary designations after major life events?
A: Assets with beneficiary designations, such as retirement accounts, life insurance, annuities and payable-on-death
   or transfer-on-death accounts, pass by contract to the named beneficiary, not under the will. Whether a named
   ex-spouse actually collects depends on the asset. For employer plans governed by ERISA, the plan documents control
   and state laws that revoke an ex-spouse's designation on divorce are preempted (Egelhoff v. Egelhoff), so the plan
   can pay the ex-spouse, although a current spouse generally has rights to a 401(k) death benefit unless she
   consented in writing to another beneficiary. For IRAs and individually owned life insurance, many states have
   revocation-on-divorce statutes that treat the ex-spouse as having predeceased, but not all do. Such cases often end
   in litigation, so designations should be reviewed after marriage, divorce, births and deaths, with contingent
   beneficiaries named. Naming the estate as beneficiary sends assets through probate and worsens payout options for
   retirement accounts.

## joint_ownership_forms | wills_trusts | medium
Q: What is the difference between joint tenancy with right of survivorship, tenancy in common and tenancy by the
   entirety?
Q: A widowed mother wants to add her son to the deed of her house to avoid probate. What are the risks?
Q: How does the form of co-ownership determine what happens to property when one owner dies?
A: With joint tenancy with right of survivorship, a deceased owner's share passes automatically to the surviving
   owners outside probate and regardless of the will. With tenancy in common, each owner holds a separate share,
   possibly unequal, that passes under the owner's will or intestacy. Tenancy by the entirety, available to married
   couples in some states, is survivorship ownership that also protects the property from creditors of only one
   spouse. Adding a child as joint tenant can be a taxable gift, exposes the home to the child's creditors, divorce
   and need for consent to sell or refinance, and causes the child to take the mother's carryover basis on the gifted
   half instead of a full step-up at her death. A transfer-on-death deed or a revocable trust usually avoids probate
   without these problems.

## community_property_basis | wills_trusts | hard
Q: What is community property and why does it matter for cost basis when a spouse dies?
Q: A California couple bought stock for $100,000 that is now worth $1 million. What basis does the surviving spouse
   have after the first death?
Q: How does the double step-up for community property compare with joint ownership in a common-law state?
A: Nine states are community property states: Arizona, California, Idaho, Louisiana, Nevada, New Mexico, Texas,
   Washington and Wisconsin. Property acquired during the marriage (other than by gift or inheritance) is generally
   owned half by each spouse. At the first spouse's death, Section 1014(b)(6) steps up the basis of both halves of
   community property to fair market value, not just the decedent's half. The California couple's surviving spouse
   would have a $1 million basis and could sell with no gain. In a common-law state, property held jointly by spouses
   gets a step-up only on the decedent's half, giving a basis of $550,000 and $450,000 of built-in gain. Alaska,
   Tennessee, South Dakota, Kentucky and Florida let couples opt in through community property trusts, and couples
   moving between states should keep track of how their property is characterized.

## powers_of_attorney_health_directives | wills_trusts | easy
Q: What is a durable power of attorney?
Q: Which incapacity documents should every adult have, and what does each do?
Q: A client's father has early dementia. Why is it urgent to sign a power of attorney and health care directives now?
A: A durable power of attorney names an agent to manage financial and legal affairs and, being durable, stays
   effective if the principal becomes incapacitated; it may be effective immediately or spring into effect upon
   incapacity. A health care power of attorney (health care proxy) names someone to make medical decisions, a living
   will states wishes about life-sustaining treatment, and a HIPAA authorization lets providers share information with
   named people. All of them must be signed while the person still has legal capacity; without them, family members
   may have to seek a court guardianship or conservatorship, which is slow, costly and public. Powers of attorney end
   at death, when the executor or trustee takes over.

## special_needs_trust | wills_trusts | hard
Q: What is a special needs trust and why use one?
Q: Grandparents want to leave money to a grandchild with a disability who receives SSI and Medicaid. How should they
   structure the gift?
Q: Compare first-party and third-party special needs trusts.
A: A special needs (supplemental needs) trust holds assets for a person with a disability without counting as their
   resource for means-tested benefits such as SSI and Medicaid, provided the trustee has discretion and pays for needs
   beyond what benefits cover. A third-party trust, funded with someone else's money such as the grandparents'
   bequest, has no Medicaid payback requirement, so leftover funds can pass to other family members. A first-party
   trust, funded with the disabled person's own assets such as a settlement or inheritance received outright, must be
   established for someone under 65 and must repay the state Medicaid program from remaining assets at death; pooled
   trusts run by nonprofits are an alternative. Trustees should avoid paying shelter costs directly, which can reduce
   SSI, and coordinate with ABLE accounts. Leaving the inheritance outright would likely disqualify the grandchild
   until it is spent down.

## spendthrift_provision | wills_trusts | easy
Q: What is a spendthrift clause in a trust?
Q: Parents want to leave money to a son with creditor problems. How can a trust protect the inheritance?
Q: Can creditors of a trust beneficiary reach the trust assets?
A: A spendthrift provision prevents a beneficiary from selling, assigning or pledging their interest in a trust and
   bars the beneficiary's creditors from reaching trust assets before they are distributed. Combined with
   discretionary distributions by an independent trustee, it can protect an inheritance from a beneficiary's
   creditors, lawsuits, bankruptcy and poor money management; once money is distributed, it is the beneficiary's and
   reachable. Protection has limits set by state law: claims for child support or alimony and some government claims
   may reach it, and in most states a person cannot create a spendthrift trust for their own benefit that defeats
   their own creditors, although some states allow self-settled domestic asset protection trusts.

## trust_income_tax_brackets | wills_trusts | medium
Q: How are trusts taxed on income they keep?
Q: At what income did a non-grantor trust reach the top 37% federal bracket in 2024?
Q: Explain how distributable net income shifts tax from a trust to its beneficiaries.
A: A non-grantor trust is a separate taxpayer with very compressed brackets: in 2024 it reached the 37% rate at just
   $15,200 of taxable income ($15,650 in 2025), and undistributed net investment income above that level also owes the
   3.8% NIIT. Income distributed to beneficiaries carries out distributable net income (DNI): the trust deducts it and
   beneficiaries report it on their returns from a Schedule K-1, often at lower rates. Capital gains are usually kept
   in principal and taxed to the trust unless the document or state law allows them in DNI. Trustees therefore weigh
   distributions against non-tax goals such as protecting assets, and the 65-day election lets distributions in the
   first 65 days of a year count for the prior year. Grantor trusts are not taxed separately; the grantor reports the
   income.

## grantor_trust_rules | wills_trusts | hard
Q: What is an intentionally defective grantor trust?
Q: Why would a wealthy client want to pay income tax on a trust she has already given away?
Q: How can a trust be outside the grantor's estate for estate tax but still taxed to the grantor for income tax?
A: The grantor trust rules (IRC Sections 671-679) make the grantor the owner for income tax purposes if she keeps
   certain powers or interests, such as a power to substitute assets of equal value or to borrow without adequate
   security; the estate tax inclusion rules are different, so a trust can be drafted to be "defective" for income tax
   while its assets are excluded from the grantor's estate. Paying the trust's income tax each year is effectively an
   additional tax-free gift, letting trust assets grow untaxed while shrinking the grantor's estate. Because the
   grantor and trust are one taxpayer, she can sell appreciated assets to the trust for a note without recognizing
   gain (Rev. Rul. 85-13). The trade-off is no basis step-up at death for trust assets (Rev. Rul. 2023-2), and the
   power to turn off grantor status is often built in for when the tax burden becomes too heavy.

## qualified_disclaimer | wills_trusts | easy
Q: What is a qualified disclaimer?
Q: A widow inherits more than she needs. How could disclaiming part of the inheritance help her family?
Q: What requirements must a disclaimer meet to avoid being treated as a gift?
A: A qualified disclaimer under IRC Section 2518 is an irrevocable, unqualified refusal to accept an inheritance or
   gift, so the property passes as if the disclaimant had died first, without a taxable gift by the disclaimant. It
   must be in writing, delivered within nine months of the transfer (for example the date of death) or of the
   disclaimant turning 21 if later, made before accepting any benefits from the property, and the property must pass
   without direction by the disclaimant, to the next beneficiary under the document or law. A surviving spouse may
   disclaim into a trust of which she remains a beneficiary, such as a credit shelter trust. Disclaimers allow
   post-death planning: a widow can let assets pass to children or a bypass trust to use the deceased spouse's
   exemption or reduce her own future estate.

## trustee_fiduciary_duties | wills_trusts | medium
Q: What duties does a trustee owe to beneficiaries?
Q: A client has been named trustee of her late brother's trust for his children. What are her legal obligations?
Q: Should a family choose a relative or a corporate trustee?
A: A trustee is a fiduciary who must follow the trust document and state law. Core duties are loyalty (administer
   solely in the beneficiaries' interests and avoid self-dealing), prudence (invest under the prudent investor rule,
   diversifying and managing costs), impartiality between current and remainder beneficiaries, keeping trust assets
   separate from personal assets, keeping records, informing beneficiaries and accounting to them, and filing trust
   tax returns. A trustee who breaches these duties can be personally liable. A family member is inexpensive and knows
   the family but may lack expertise and face conflicts; a corporate trustee brings continuity and expertise for a
   fee, and many trusts combine the two or use a trust protector. Trustees may hire professionals and charge
   reasonable fees.

## guardian_for_minor_children | wills_trusts | easy
Q: How do parents name a guardian for their minor children?
Q: What happens if parents leave money directly to a minor child in their will?
Q: Why do planners separate the guardian of a child from the person who manages the child's inheritance?
A: Parents nominate a guardian of the person for minor children in their wills; a court makes the appointment and
   usually follows the nomination. Minors cannot manage property, so leaving assets outright to a child can require a
   court-supervised guardianship or conservatorship of the property, with the child receiving everything at 18 or 21
   under state law. A better approach is to leave assets to a trust for the children (or to an UTMA custodian for
   smaller amounts) and name beneficiary designations accordingly. Parents often name different people as guardian and
   trustee, so the one raising the children is not also the only one controlling the money, which adds a check and
   uses each person's strengths.

## per_stirpes_vs_per_capita | wills_trusts | medium
Q: What is the difference between per stirpes and per capita distribution?
Q: A client leaves her estate to her three children, one of whom dies before her leaving two kids. How is the estate
   divided under each method?
Q: Why does the choice of distribution language matter in a will or beneficiary designation?
A: Per stirpes ("by the branch") gives each child's branch an equal share: if one of three children predeceases the
   client, that child's one-third goes to his children, split between them. Per capita divides the property equally
   among the members of the class alive at the time, and definitions vary: in a simple per capita gift to surviving
   children, the two living children each take half and the grandchildren take nothing, while per capita at each
   generation divides shares equally among all members of a generation. Beneficiary forms and wills should state the
   intended method, since default rules differ by state and by financial institution.

## ancillary_probate | wills_trusts | easy
Q: What is ancillary probate?
Q: A Florida resident owns a vacation cabin in Colorado in her own name. What happens to the cabin at her death?
Q: How can a client with real estate in several states avoid multiple probate proceedings?
A: Real estate is governed by the law of the state where it is located, so a decedent who owned real property in her
   own name in another state usually needs an ancillary probate proceeding there in addition to the main (domiciliary)
   probate in her home state, adding time, legal fees and local counsel. The Colorado cabin would require a Colorado
   proceeding. It can be avoided by titling out-of-state property in a revocable living trust, holding it in an LLC
   (whose membership interest is personal property governed by the home state), using a transfer-on-death deed where
   the state permits, or joint ownership with right of survivorship.

## estate_tax_exemption | estate_gift_tax | easy
Q: What is the federal estate tax exemption?
Q: How much can a person leave or give away without federal estate or gift tax in 2024 and 2025?
Q: What happened to the scheduled 2026 cut in the estate tax exemption?
A: Each person has a basic exclusion amount, sheltered by the unified credit, that covers lifetime taxable gifts and
   transfers at death combined: $13.61 million in 2024 and $13.99 million in 2025, and twice that for a married couple
   using portability or proper planning. Amounts above the exclusion are taxed at rates up to 40%. Under the Tax Cuts
   and Jobs Act the exclusion was to fall by about half in 2026, but the 2025 reconciliation law instead set it at $15
   million per person from 2026, indexed for inflation afterward. Gifts within the annual exclusion and gifts to a
   spouse or charity do not use the basic exclusion. A few states impose their own estate or inheritance taxes at much
   lower thresholds.

## annual_gift_exclusion | estate_gift_tax | easy
Q: What is the annual gift tax exclusion?
Q: How much can a grandmother give each of her five grandchildren this year without filing a gift tax return?
Q: Does a gift above the annual exclusion mean the giver owes gift tax?
A: The annual exclusion lets a donor give up to a set amount per recipient each year with no gift tax and no use of
   lifetime exemption: $18,000 per recipient in 2024 and $19,000 in 2025, with no limit on the number of recipients.
   The grandmother can give $19,000 to each of five grandchildren in 2025, $95,000 in total, with no return required.
   Gifts must be of a present interest, so gifts to most trusts need Crummey withdrawal rights to qualify. A gift
   above the exclusion requires a Form 709 but usually no tax: the excess simply uses part of the donor's lifetime
   basic exclusion. The recipient never owes gift tax or income tax on receiving a gift.

## gift_splitting | estate_gift_tax | easy
Q: What is gift splitting between spouses?
Q: A husband wants to give his nephew $36,000 in 2024 from his own account. How can he avoid using lifetime exemption?
Q: What are the requirements and consequences of electing gift splitting on Form 709?
A: Gift splitting lets married spouses treat a gift made by either of them to a third party as made half by each, so a
   couple can give twice the annual exclusion per recipient ($36,000 in 2024, $38,000 in 2025) even if the money comes
   from one spouse. Both spouses must be U.S. citizens or residents, married at the time of the gift, and must consent
   on a timely filed Form 709 for the year; the election applies to all gifts either spouse makes to third parties
   that year. So the husband's $36,000 gift to his nephew uses no lifetime exemption if his wife consents on Form 709.
   Gifts between the spouses themselves are covered by the unlimited marital deduction if the recipient is a U.S.
   citizen.

## portability_dsue | estate_gift_tax | easy
Q: What is estate tax portability?
Q: A widower's late wife left everything to him and her estate owed no tax. Why should her executor still file an
   estate tax return?
Q: How does the deceased spousal unused exclusion amount work and what are its limits?
A: Portability lets a surviving spouse use the deceased spouse's unused exclusion (DSUE) amount in addition to their
   own, for lifetime gifts or at death. It is not automatic: the executor must elect it on a timely filed Form 706,
   even when no tax is due, though Rev. Proc. 2022-32 allows a late election up to five years after death for estates
   not otherwise required to file. Limits: the DSUE amount is fixed at the first death and not indexed for inflation;
   it comes only from the last deceased spouse, so remarriage and the death of a new spouse can change it;
   appreciation on assets left to the survivor is not sheltered; and the GST tax exemption is not portable. Credit
   shelter trusts remain useful where those limits matter, or where state estate taxes without portability apply.

## marital_deduction_qdot | estate_gift_tax | easy
Q: What is the unlimited marital deduction?
Q: A U.S. citizen is married to a citizen of another country. Can he leave her his entire estate tax-free?
Q: What is a qualified domestic trust?
A: Transfers between spouses during life or at death are generally free of gift and estate tax under the unlimited
   marital deduction, provided the recipient spouse is a U.S. citizen; assets left to the spouse are then taxed at the
   survivor's death unless consumed or given away. For a spouse who is not a U.S. citizen, there is no unlimited
   deduction: lifetime gifts are covered only up to a higher annual exclusion ($185,000 in 2024, $190,000 in 2025),
   and bequests qualify for the marital deduction only if they pass to a qualified domestic trust (QDOT) with at least
   one U.S. trustee. Estate tax is then deferred, with tax due on distributions of principal (other than hardship
   distributions) and on the surviving spouse's death. The spouse becoming a citizen before the estate tax return is
   filed can remove the need for a QDOT.

## tuition_medical_exclusion | estate_gift_tax | easy
Q: Can grandparents pay a grandchild's college tuition without using their gift tax exclusion?
Q: What is the unlimited exclusion for medical and tuition payments?
Q: A grandfather wants to cover his granddaughter's tuition and also give her $19,000. Is that possible without a gift
   tax return?
A: Yes. Under IRC Section 2503(e), tuition paid directly to an educational institution and medical expenses paid
   directly to the provider (including health insurance premiums) are excluded from gift tax without limit and in
   addition to the annual exclusion. The payment must go directly to the school or provider; reimbursing the student
   or patient does not qualify, and for education only tuition counts, not room, board or books. So the grandfather
   can pay her tuition directly and also give her $19,000 in 2025 without using exemption or filing Form 709. These
   payments are also exempt from generation-skipping transfer tax, but prepaying tuition to a 529 is not a direct
   payment.

## generation_skipping_transfer_tax | estate_gift_tax | hard
Q: What is the generation-skipping transfer tax?
Q: A client wants to set up a trust for her grandchildren and great-grandchildren. How does the GST tax apply?
Q: Explain direct skips, taxable terminations and taxable distributions.
A: The GST tax is a separate flat tax at the top estate tax rate (40%) on transfers to "skip persons," people two or
   more generations below the transferor, such as grandchildren, or unrelated people more than 37.5 years younger, so
   that wealth cannot skip a generation of estate tax. Each person has a GST exemption equal to the basic exclusion
   amount ($13.61 million in 2024, $13.99 million in 2025), which must be allocated and, unlike the estate tax
   exclusion, is not portable. Taxable events are direct skips (a gift or bequest directly to a skip person or a trust
   for skip persons), taxable terminations (when the last non-skip beneficiary's interest in a trust ends) and taxable
   distributions (distributions from a trust to a skip person). A grandchild whose parent has already died moves up a
   generation. Allocating exemption to a long-term dynasty trust can keep assets free of transfer tax for generations.

## irrevocable_life_insurance_trust | estate_gift_tax | hard
Q: What is an irrevocable life insurance trust (ILIT)?
Q: A client with a $20 million estate owns a $5 million life insurance policy. How can he keep the proceeds out of his
   taxable estate?
Q: Why do ILIT trustees send Crummey letters, and what is the three-year rule?
A: Life insurance proceeds are included in the insured's estate if the insured holds any incident of ownership, such
   as the right to change beneficiaries, borrow or surrender (IRC Section 2042). An ILIT owns the policy and is its
   beneficiary, so proceeds are outside the estate and can provide liquidity to pay estate tax or support heirs under
   trust terms. Ideally the trustee buys a new policy; if an existing policy is transferred and the insured dies
   within three years, the proceeds are pulled back into the estate (Section 2035). The grantor makes gifts to the
   trust to pay premiums; giving beneficiaries a temporary right to withdraw each contribution (Crummey powers, with
   notice letters) makes those gifts present interests eligible for the annual exclusion. The trust is irrevocable, so
   the grantor gives up control and the policy should be coordinated with the rest of the plan.

## grantor_retained_annuity_trust | estate_gift_tax | hard
Q: How does a grantor retained annuity trust transfer wealth with little or no gift tax?
Q: A founder expects her company's stock to rise sharply. Why might her attorney suggest a zeroed-out GRAT?
Q: What happens to a GRAT if the grantor dies during the term or the assets underperform?
A: In a GRAT, the grantor transfers assets to an irrevocable trust and keeps a fixed annuity for a term of years;
   whatever remains at the end passes to the beneficiaries, usually children or a trust for them. The taxable gift is
   the value of the assets minus the present value of the annuity, computed with the IRS Section 7520 rate, so the
   annuity can be set so that the gift is nearly zero (a zeroed-out GRAT). If the assets grow faster than the 7520
   rate, the excess passes to the beneficiaries free of gift tax; if they underperform, the assets simply return to
   the grantor through the annuity and little is lost besides costs. Rolling short-term GRATs exploit volatility. The
   grantor must survive the term or much or all of the trust is included in her estate, GST exemption cannot be
   allocated efficiently during the term, and the remainder takes the grantor's carryover basis.

## spousal_lifetime_access_trust | estate_gift_tax | hard
Q: What is a spousal lifetime access trust (SLAT)?
Q: A couple wants to use their large gift tax exemptions but worries about giving up access to the money. How can a
   SLAT help?
Q: What are the main risks of funding SLATs for each other?
A: A SLAT is an irrevocable trust one spouse creates and funds with a gift, using their lifetime exemption, for the
   benefit of the other spouse (and often descendants). Assets and future growth are outside both spouses' estates,
   while the beneficiary spouse can receive distributions, giving the couple indirect access. It is usually a grantor
   trust, so the donor pays the income tax, which further reduces the estate. Risks: if the beneficiary spouse dies or
   the couple divorces, the donor loses that indirect access (the ex-spouse may remain beneficiary); the donor cannot
   use marital assets that belong to the beneficiary spouse to fund it; and if each spouse funds a SLAT for the other,
   the trusts must differ materially, or the reciprocal trust doctrine can undo the planning. Assets get no step-up at
   death.

## gift_tax_return_filing | estate_gift_tax | easy
Q: When must a gift tax return be filed?
Q: A father gave his daughter $50,000 toward a house in 2024. Does he owe gift tax?
Q: What is Form 709 and when is it due?
A: A donor must file Form 709 for any year in which gifts to one recipient exceed the annual exclusion ($18,000 in
   2024), gifts of future interests of any amount are made (such as most gifts to trusts without Crummey powers),
   spouses elect gift splitting, or a donor makes the five-year election for a 529 contribution; gifts to a U.S.
   citizen spouse and qualifying tuition and medical payments do not require one. The return is due April 15 of the
   following year, extended automatically when the donor extends their income tax return. The father's $50,000 gift
   exceeds the exclusion by $32,000, so he files Form 709 and uses $32,000 of his lifetime exemption; no tax is due
   unless cumulative taxable gifts exceed his basic exclusion.

## state_estate_inheritance_taxes | estate_gift_tax | medium
Q: What is the difference between a state estate tax and an inheritance tax?
Q: A client with a $3 million estate lives in Massachusetts. Could her estate owe state tax even though it is far
   below the federal exemption?
Q: Which beneficiaries are usually exempt from state inheritance taxes?
A: An estate tax is levied on the decedent's estate as a whole before distribution; an inheritance tax is levied on
   what each beneficiary receives, at rates that depend on the beneficiary's relationship to the decedent, with
   spouses exempt and children often exempt or taxed at low rates. About a dozen states and the District of Columbia
   impose estate taxes, several with exemptions far below the federal amount, such as $1 million in Oregon and $2
   million in Massachusetts, so the $3 million Massachusetts estate can owe state tax. A handful of states, including
   Pennsylvania, New Jersey, Kentucky, Nebraska and Maryland, impose inheritance taxes, and Maryland has both. Most
   state estate taxes have no portability, so couples often use credit shelter trusts to use both state exemptions,
   and changing domicile can matter.

## life_insurance_estate_inclusion | estate_gift_tax | medium
Q: Is life insurance subject to estate tax?
Q: A client owns a policy on his own life naming his children as beneficiaries. Will the death benefit count in his
   estate?
Q: What are incidents of ownership in a life insurance policy?
A: Life insurance death benefits are generally free of income tax, but they are included in the insured's gross estate
   if the proceeds are payable to the estate or if the insured held any incident of ownership at death, such as the
   right to change the beneficiary, surrender or cancel the policy, borrow against it, assign it or pledge it. Naming
   the children as beneficiaries does not keep the proceeds out of the client's estate when he owns the policy. To
   exclude them, the policy should be owned by another person or an irrevocable life insurance trust from the start;
   transfers of existing policies are included if the insured dies within three years. A policy owned by one spouse on
   the other's life can be excluded from the insured's estate but may create other issues if owner, insured and
   beneficiary are three different people.

## lifetime_gifts_vs_bequests | estate_gift_tax | hard
Q: Should a wealthy client make large lifetime gifts or leave assets at death?
Q: A client with a $30 million estate owns low-basis stock and high-basis bonds. Which assets should she give away
   during life?
Q: Explain the trade-off between removing future growth from an estate and losing the step-up in basis.
A: Lifetime gifts remove the asset and all its future appreciation and income from the donor's estate, use the annual
   exclusion each year, and can lock in use of the current exclusion amount; gift tax, when owed, is also
   tax-exclusive (the tax paid is not itself taxed) unless the donor dies within three years. The cost is basis:
   gifted assets keep the donor's basis, while assets held until death get a step-up that erases built-in gain. So
   good gift candidates are assets with high basis and strong expected growth, such as the bonds or fresh business
   interests, while low-basis stock is often better held until death. For estates well below the exemption, the
   step-up usually outweighs estate tax savings; for large estates, the 40% estate tax on growth can outweigh the
   capital gains cost. Grantor trusts add flexibility, such as swapping low-basis assets back to the grantor before
   death.

## estate_tax_return_deadlines | estate_gift_tax | easy
Q: When is a federal estate tax return due?
Q: What is the alternate valuation date for an estate?
Q: An executor needs more time to value a family business. What extensions are available for Form 706?
A: Form 706 is due nine months after the date of death; an automatic six-month extension of time to file is available
   on Form 4768, but the tax is still due at nine months unless a separate extension to pay is granted for reasonable
   cause. The executor may elect the alternate valuation date, six months after death, only if it lowers both the
   gross estate value and the estate tax; assets sold or distributed in between are valued at that date. Estates in
   which a closely held business exceeds 35% of the adjusted gross estate can elect under Section 6166 to pay the tax
   attributable to the business in installments over up to about 14 years, with interest-only payments for the first
   years.

## valuation_discounts_family_entities | estate_gift_tax | hard
Q: How do valuation discounts work for gifts of family limited partnership interests?
Q: Parents transfer investments to an FLP and give limited partner interests to their children. Why might the gifts be
   valued below their share of the assets?
Q: What mistakes cause the IRS to pull family partnership assets back into the estate?
A: Interests in family limited partnerships or LLCs that hold business or investment assets can be valued for gift and
   estate tax at a discount to the underlying asset value, because a limited partner or non-managing member lacks
   control over distributions and management and cannot easily sell the interest; combined discounts for lack of
   control and marketability have often ranged from about 20% to 35% depending on the assets and appraisal. The IRS
   challenges these arrangements under IRC Section 2036 when the senior generation keeps the benefit of the assets or
   control, for example by using partnership funds for personal expenses, transferring almost all of their assets,
   failing to respect formalities or lacking a legitimate non-tax purpose. Well-run FLPs with a real business purpose,
   separate accounts and pro-rata distributions hold up better. Qualified appraisals and adequate disclosure on Form
   709 start the statute of limitations.
"""
