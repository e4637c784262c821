"""Glossary facts: estate planning, part 2 (charitable giving).

Block format: see :mod:`training.data.gen.glossary`. Dollar figures name their tax year.
"""

TEXT = """
## donor_advised_fund | charitable_giving | easy
Q: What is a donor-advised fund?
Q: How does a DAF let a donor take a tax deduction now and choose charities later?
Q: What can and can't a donor-advised fund grant be used for?
A: A donor-advised fund is an account at a sponsoring public charity (such as a community foundation or a charitable
   arm of an investment firm). The donor contributes cash, securities or other assets, receives an immediate
   charitable deduction under public charity limits, and can recommend grants to qualified charities over time while
   the assets are invested tax-free. The sponsor has legal control and approves grants. Grants cannot provide more
   than incidental benefit to the donor, so they cannot pay for event tickets, membership benefits, personal pledges
   in some sponsors' policies, or go to individuals. DAFs are useful for bunching deductions, donating appreciated or
   illiquid assets, and simplifying record-keeping. There is no federal payout requirement, though many sponsors
   require activity.

## daf_vs_private_foundation | charitable_giving | medium
Q: What are the differences between a private foundation and a donor-advised fund?
Q: A family wants to start a charitable vehicle that their children can run. Should they choose a foundation or a DAF?
Q: How do deduction limits, payout requirements and costs compare for foundations and DAFs?
A: A private foundation is a separate legal entity the family controls: it can hire family members at reasonable pay,
   make grants to individuals (with IRS-approved procedures) and run its own programs, and it can last for
   generations. In exchange it must distribute about 5% of its assets each year, pays a 1.39% excise tax on net
   investment income, files a public Form 990-PF, faces self-dealing rules and has higher setup and administration
   costs. Donations to it get lower deduction limits: 30% of AGI for cash and 20% for appreciated property, with
   property other than publicly traded stock deducted at basis. A DAF is cheap, private and gets public charity limits
   (60% cash, 30% appreciated property at fair market value) but the sponsor has final control. Families often use a
   DAF for smaller amounts or as a first step.

## qualified_charitable_distribution | charitable_giving | easy
Q: What is a qualified charitable distribution from an IRA?
Q: A 75-year-old who takes the standard deduction gives $10,000 a year to her church. Why should she give from her IRA
   instead of her checking account?
Q: What are the rules and limits for QCDs in 2024 and 2025?
A: A qualified charitable distribution is a direct transfer from an IRA to a qualified public charity by an owner or
   beneficiary aged 70½ or older. It is excluded from taxable income (so it is better than a deduction for people who
   take the standard deduction, and it lowers AGI, which can reduce taxation of Social Security, IRMAA and other
   AGI-based items) and counts toward the year's RMD. The annual limit per person is indexed: $105,000 for 2024 and
   $108,000 for 2025, and a one-time QCD of up to $53,000 (2024) or $54,000 (2025) can fund a charitable remainder
   trust or charitable gift annuity. The check must go directly from the IRA to the charity; gifts to donor-advised
   funds, supporting organizations and private foundations do not qualify, and deductible IRA contributions made after
   70½ reduce the excludable amount.

## donating_appreciated_securities | charitable_giving | medium
Q: Why is donating appreciated stock better than donating cash?
Q: A client wants to give $20,000 to a university and has stock worth $20,000 that cost $4,000. What is the most
   tax-efficient gift?
Q: What holding period and deduction limits apply to gifts of appreciated securities?
A: Giving long-term appreciated securities (held more than one year) directly to a public charity gives a deduction
   for the full fair market value, subject to a 30% of AGI limit, and neither the donor nor the charity pays capital
   gains tax on the appreciation. Donating the $20,000 of stock instead of cash gives the same deduction and avoids
   tax on the $16,000 gain; the client can use the $20,000 of cash to buy new shares, resetting a higher basis. Shares
   held one year or less are deductible only at cost basis. Securities with a loss should be sold first and the cash
   donated, so the loss can be claimed. The shares must be transferred to the charity, not sold by the donor first.

## charitable_deduction_agi_limits | charitable_giving | medium
Q: What are the AGI limits on charitable deductions?
Q: A client with $200,000 of AGI wants to donate $150,000 of appreciated stock to a public charity. How much can she
   deduct this year?
Q: What happens to charitable contributions that exceed the annual AGI limits?
A: Charitable deductions are limited by type of gift and type of recipient: cash to public charities (including DAFs)
   up to 60% of AGI; long-term appreciated property to public charities up to 30% of AGI at fair market value (or 50%
   if the donor elects to deduct only basis); cash to private non-operating foundations up to 30%, and appreciated
   property to them up to 20%. Excess contributions carry forward for five years. The client donating $150,000 of
   stock can deduct $60,000 (30% of $200,000) this year and carry $90,000 forward. Large gifts are often timed with
   high-income years, such as the sale of a business, when the deduction offsets income in higher brackets.

## charitable_remainder_trust | charitable_giving | hard
Q: How does a charitable remainder trust work?
Q: A retiree owns $2 million of low-basis real estate that produces little income. How could a CRUT help?
Q: What is the difference between a charitable remainder annuity trust and a unitrust?
A: A charitable remainder trust is an irrevocable, tax-exempt trust that pays income to the donor (and/or others) for
   life or a term of up to 20 years, after which the remainder goes to charity. A CRAT pays a fixed dollar annuity and
   accepts no additional contributions; a CRUT pays a fixed percentage of the trust's value revalued each year, so
   payments vary and additional contributions are allowed. The payout must be at least 5% and at most 50%, and the
   present value of the charity's remainder must be at least 10% of the initial contribution. Because the trust is
   tax-exempt, it can sell the low-basis real estate without immediate capital gains tax and reinvest in a diversified
   portfolio; payments are taxed to the recipient under a tiered system (ordinary income, then capital gains, then
   tax-exempt income, then principal), spreading the gain over many years. The donor also gets an income tax deduction
   for the present value of the remainder. A net-income (flip) CRUT suits illiquid assets.

## charitable_lead_trust | charitable_giving | hard
Q: What is a charitable lead trust and how does it differ from a charitable remainder trust?
Q: Why are charitable lead annuity trusts most attractive when interest rates are low?
Q: Compare grantor and non-grantor charitable lead trusts.
A: A charitable lead trust is the mirror of a remainder trust: charity receives payments (a fixed annuity in a CLAT or
   a percentage in a CLUT) for a term, and the remainder passes to family members or back to the donor. The gift or
   estate tax value of the remainder is the trust value minus the present value of the charity's payments, computed
   with the Section 7520 rate; a low rate makes the charitable interest more valuable, so the taxable remainder can be
   reduced to near zero, and growth above the rate passes to heirs free of transfer tax. A grantor CLT gives the donor
   an upfront income tax deduction for the charitable interest, but the donor is taxed on trust income each year. A
   non-grantor CLT gives no personal income tax deduction, but the trust deducts its charitable payments. Unlike a
   CRT, a CLT is not tax-exempt.

## charitable_substantiation_rules | charitable_giving | medium
Q: What records are required to deduct a charitable contribution?
Q: A client donated a painting worth $30,000 and $500 in cash at a church service. What documentation does she need?
Q: When is a qualified appraisal required for a non-cash donation?
A: Any cash gift needs a bank record or written communication from the charity. A single contribution of $250 or more
   requires a contemporaneous written acknowledgment from the charity, received by the return's filing date, stating
   the amount (or describing property) and whether any goods or services were provided in return. Non-cash gifts over
   $500 require Form 8283; items or groups of similar items over $5,000 generally require a qualified appraisal by a
   qualified appraiser and the charity's signature on Form 8283 (publicly traded securities excepted), and property
   over $500,000 needs the appraisal attached to the return. Vehicles over $500 are generally deducted at the
   charity's sale price, reported on Form 1098-C. The painting needs a qualified appraisal; the $500 cash gift needs a
   written acknowledgment.

## charitable_gift_annuity | charitable_giving | easy
Q: What is a charitable gift annuity?
Q: An 80-year-old wants lifetime income and to support a museum. How does a gift annuity work?
Q: How are charitable gift annuity payments taxed and what are the risks?
A: A charitable gift annuity is a contract in which a donor transfers cash or property to a charity in exchange for
   fixed lifetime payments to one or two annuitants; the charity keeps what remains at death. The donor gets an
   immediate charitable deduction for the difference between the amount transferred and the present value of the
   annuity, and payout rates are typically set using the American Council on Gift Annuities suggested rates, which
   rise with age. Part of each payment is a tax-free return of principal until the annuitant's life expectancy is
   reached; with appreciated property, part of the gain is reported over that period. Payments are backed by the
   charity's general assets, not insured by a state guaranty fund, so the charity's financial strength matters. It is
   simpler than a charitable remainder trust for smaller gifts.

## quid_pro_quo_contributions | charitable_giving | easy
Q: How much can a donor deduct when they receive something in return for a charitable gift?
Q: A couple paid $500 for two tickets to a charity gala where dinner was worth $150 per person. What is their
   deduction?
Q: What must a charity disclose when a donor receives goods or services for a payment?
A: When a donor receives goods or services in exchange, only the amount paid above their fair market value is
   deductible. The couple's $500 payment minus $300 of dinner value gives a $200 deduction. For a quid pro quo payment
   over $75, the charity must give a written statement estimating the value of goods or services provided and
   explaining that only the excess is deductible. Token items of insubstantial value and intangible religious benefits
   do not reduce the deduction, and a donor who declines the benefit can deduct the full amount.

## charity_as_ira_beneficiary | charitable_giving | medium
Q: Why is an IRA a good asset to leave to charity at death?
Q: A client plans to leave $200,000 to charity and the rest to her children. Which assets should go to which
   beneficiary?
Q: Explain how naming a charity as beneficiary of a traditional IRA saves taxes compared with a bequest in a will.
A: Traditional IRA and 401(k) balances are income in respect of a decedent: individual beneficiaries pay ordinary
   income tax on withdrawals, generally within ten years under the SECURE Act, while a charity pays no income tax.
   Naming the charity as beneficiary of $200,000 of the IRA and leaving taxable accounts or Roth accounts, which carry
   a stepped-up basis or are tax-free, to the children delivers more after-tax value to the family than leaving the
   children the IRA and funding the bequest with other assets. The estate also receives an estate tax charitable
   deduction for the IRA going to charity. The charity should be named directly on the beneficiary form, or as a
   separate share, so the IRA does not pass through the estate and complicate the payout options for individual
   beneficiaries.
"""
