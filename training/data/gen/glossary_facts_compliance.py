"""Glossary facts: compliance (AML and KYC, fiduciary duty, privacy and consumer protection).

Block format: see :mod:`training.data.gen.glossary`.
"""

TEXT = """
## currency_transaction_report | aml_kyc | easy
Q: What is a Currency Transaction Report?
Q: When must a bank file a CTR, and are multiple cash deposits in a day combined?
Q: A customer deposits $6,000 in cash in the morning and $5,000 in the afternoon at another branch. Does the bank need
   to report it?
A: Under the Bank Secrecy Act, financial institutions must file a Currency Transaction Report (FinCEN CTR) for each
   transaction in currency (cash) of more than $10,000 in a single business day, by or on behalf of the same person,
   whether deposits, withdrawals, exchanges or other payments. Multiple cash transactions are aggregated if the
   institution knows they are by or for the same person during one business day, so the $6,000 and $5,000 deposits
   totalling $11,000 require a CTR. It must be filed within 15 calendar days. CTRs are routine reports, not
   accusations; certain customers, such as other banks, government agencies and eligible listed businesses, can be
   exempted. Breaking up deposits to avoid a CTR is itself a crime.

## structuring_offense | aml_kyc | easy
Q: What is structuring?
Q: A small-business owner deposits $9,500 in cash several days in a row because he dislikes government paperwork. Is
   he breaking the law even if the money is legitimate?
Q: What should a bank teller do if a customer asks how to avoid a cash transaction report?
A: Structuring is breaking up cash transactions into amounts at or below $10,000, or otherwise arranging them, for the
   purpose of evading the CTR requirement or other BSA reporting; it is a federal crime under 31 U.S.C. 5324 even if
   the money comes from lawful sources, and the funds can be subject to forfeiture. The business owner repeatedly
   depositing $9,500 to avoid paperwork is structuring. Banks watch for patterns of just-under-threshold deposits,
   multiple branches or accounts, and customers who reduce a deposit after learning of the report, and they file a
   Suspicious Activity Report when structuring is suspected. Employees must not advise customers how to avoid
   reporting, and must not tell a customer that a SAR has been or will be filed.

## suspicious_activity_reports | aml_kyc | medium
Q: When must a bank file a Suspicious Activity Report?
Q: What are the dollar thresholds and deadlines for SAR filing?
Q: Can a bank tell a customer that it filed a SAR on their account?
A: A bank must file a SAR with FinCEN for transactions it knows, suspects or has reason to suspect involve funds from
   illegal activity, are designed to evade BSA requirements (such as structuring), have no apparent lawful purpose, or
   use the bank to facilitate criminal activity. Thresholds: any amount for insider abuse; $5,000 or more when a
   suspect can be identified; $25,000 or more regardless of whether a suspect can be identified; and $5,000 for
   BSA-type activity; money services businesses generally use $2,000. The SAR is due within 30 calendar days of
   initial detection of facts that may form the basis for filing, extendable by 30 days (to 60) if no suspect has been
   identified; continuing activity is reviewed and reported roughly every 90 days. SARs are strictly confidential:
   disclosing a SAR or its existence ("tipping off") is prohibited, and filers have a safe harbor from civil
   liability. Records are kept for five years.

## cip_and_beneficial_ownership | aml_kyc | medium
Q: What is the customer identification program requirement?
Q: A financial institution opens an account for an LLC. Whose identity must it collect under the CDD rule?
Q: Explain the ownership and control prongs of the beneficial ownership rule.
A: Under the USA PATRIOT Act Section 326, banks, broker-dealers and other covered institutions must have a customer
   identification program: before opening an account, collect at least the customer's name, date of birth (for
   individuals), address and an identification number (a taxpayer identification number for U.S. persons), verify
   identity within a reasonable time using documents or non-documentary methods, check government lists, give
   customers notice, and keep records for five years after the account is closed. FinCEN's Customer Due Diligence Rule
   (compliance from May 2018) added, for legal entity customers, identifying and verifying beneficial owners: each
   individual who owns 25% or more of the equity (ownership prong), up to four people, and one individual with
   significant responsibility to control or manage the entity, such as the CEO or managing member (control prong). For
   the LLC, the institution collects that information for its 25% owners and one controlling person. The rule also
   requires understanding the nature and purpose of customer relationships and ongoing monitoring.

## aml_program_pillars | aml_kyc | medium
Q: What are the required elements of an anti-money laundering compliance program?
Q: What are the "five pillars" of a BSA/AML program?
Q: A regulator finds that a broker-dealer's AML program has never been independently tested. Why is that a problem?
A: Banks, broker-dealers and other financial institutions covered by the Bank Secrecy Act must maintain a risk-based
   AML program with five pillars: (1) internal policies, procedures and controls reasonably designed to comply with
   the BSA, including suspicious activity monitoring and reporting; (2) a designated BSA/AML compliance officer with
   sufficient authority and resources; (3) ongoing training for appropriate personnel; (4) independent testing of the
   program by qualified internal staff independent of the function, or outside parties, typically annually for
   broker-dealers under FINRA Rule 3310; and (5) risk-based customer due diligence, including beneficial ownership of
   legal entity customers and ongoing monitoring. A program never independently tested fails a required element, and
   regulators may cite the firm even if no money laundering is found. Programs must be approved by senior management
   or the board and scaled to the firm's risks.

## ofac_sanctions_compliance | aml_kyc | easy
Q: What is OFAC and what does sanctions compliance require?
Q: A wire transfer names a beneficiary on the Specially Designated Nationals list. What must the bank do?
Q: What is OFAC's 50 percent rule?
A: The Office of Foreign Assets Control, part of the U.S. Treasury, administers economic and trade sanctions against
   targeted countries, regimes and individuals, including the Specially Designated Nationals and Blocked Persons (SDN)
   list. All U.S. persons, not only financial institutions, must comply, and liability is strict, so a violation can
   occur without intent. If a transaction involves blocked property, such as a wire for an SDN, the institution must
   block (freeze) the funds in an interest-bearing blocked account and report to OFAC within 10 business days;
   transactions that are prohibited but involve no blocked interest are rejected and also reported within 10 business
   days. Under the 50 percent rule, any entity owned 50% or more, directly or indirectly, in the aggregate by one or
   more blocked persons is itself blocked even if not listed. Institutions maintain risk-based programs with screening
   of customers and transactions and annual reports of blocked property.

## money_laundering_stages | aml_kyc | easy
Q: What are the three stages of money laundering?
Q: Explain placement, layering and integration with examples.
Q: Why is cash typically laundered first through placement?
A: Money laundering disguises the criminal origin of funds in three stages. Placement introduces illicit cash into the
   financial system, for example through small deposits, cash-intensive businesses, money orders or casinos; it is the
   riskiest stage for criminals because physical cash is hard to explain and is subject to reporting. Layering
   separates the funds from their source through complex transactions: wire transfers among accounts and
   jurisdictions, shell companies, trade-based schemes, securities trades or conversions to crypto assets. Integration
   returns the laundered money to the legitimate economy, for example through real estate, luxury goods, business
   investments or loan-back arrangements, so it appears to come from legitimate sources. AML controls target all three
   stages.

## form_8300_cash_payments | aml_kyc | easy
Q: What is IRS Form 8300?
Q: A car dealer receives $15,000 in cash for a used car. What reporting is required?
Q: How does Form 8300 differ from a bank's Currency Transaction Report?
A: Form 8300 must be filed by any person in a trade or business who receives more than $10,000 in cash in one
   transaction or in related transactions (including certain cashier's checks, money orders and traveler's checks with
   a face amount of $10,000 or less in designated transactions such as car sales). It is due within 15 days after the
   cash is received, and the business must give the payer a written statement by January 31 of the following year;
   businesses required to e-file other information returns must file it electronically. The car dealer receiving
   $15,000 in cash must file. CTRs are filed by financial institutions; Form 8300 applies to non-financial businesses
   such as dealers, jewelers, lawyers and real estate professionals. Structuring payments to avoid Form 8300 is also
   illegal, and businesses may voluntarily report suspicious transactions on it.

## politically_exposed_persons_edd | aml_kyc | hard
Q: What is enhanced due diligence and when is it required?
Q: A private bank is opening an account for the spouse of a foreign government minister. What additional steps should
   it take?
Q: How should a financial institution handle politically exposed persons?
A: Enhanced due diligence (EDD) applies additional measures to higher-risk customers identified by a risk-based
   assessment, such as politically exposed persons (PEPs: senior foreign political figures, their immediate family
   members and close associates), customers in high-risk jurisdictions, cash-intensive businesses and complex
   ownership structures. Under USA PATRIOT Act Section 312, U.S. banks must apply enhanced scrutiny to private banking
   accounts ($1 million or more) for senior foreign political figures to detect and report proceeds of foreign
   corruption, and special due diligence to correspondent accounts for certain foreign banks. For the minister's
   spouse, EDD includes establishing the source of wealth and source of funds, identifying beneficial owners,
   obtaining senior management approval for the relationship, documenting the expected account activity, and applying
   enhanced ongoing monitoring with periodic reviews. Being a PEP does not make a customer a criminal; the aim is to
   manage the elevated corruption risk.

## fbar_reporting | aml_kyc | medium
Q: What is the FBAR filing requirement?
Q: A U.S. citizen has $8,000 in a bank account in Canada and $5,000 in one in Mexico. Must she file an FBAR?
Q: How do FBAR and Form 8938 differ?
A: U.S. persons, including citizens, residents and entities, with a financial interest in or signature authority over
   foreign financial accounts whose aggregate value exceeded $10,000 at any time during the calendar year must file
   FinCEN Form 114 (the Report of Foreign Bank and Financial Accounts) electronically with FinCEN. It is due April 15
   with an automatic extension to October 15. The citizen's accounts total $13,000, over $10,000 in aggregate, so both
   must be reported even though neither account alone exceeds $10,000. FBAR is a BSA report, separate from IRS Form
   8938 (FATCA), which is attached to the tax return and has higher thresholds (for a single filer living in the U.S.,
   more than $50,000 at year-end or $75,000 at any time). Non-willful FBAR penalties apply per report (Bittner v.
   United States, 2023), and willful violations can incur penalties of up to the greater of a statutory amount or 50%
   of the account balance.

## adviser_fiduciary_duty | fiduciary_duty | easy
Q: What does it mean that an investment adviser is a fiduciary?
Q: What are the duty of care and the duty of loyalty under the Investment Advisers Act?
Q: Can a client waive an investment adviser's fiduciary duty?
A: Registered investment advisers owe clients a federal fiduciary duty under Section 206 of the Advisers Act, as
   recognized in SEC v. Capital Gains Research Bureau (1963) and described in the SEC's 2019 interpretation. The duty
   of care requires advice in the client's best interest based on a reasonable understanding of the client's
   objectives, seeking best execution of trades and monitoring at a frequency consistent with the agreed relationship.
   The duty of loyalty requires the adviser not to place its interests ahead of the client's, to make full and fair
   disclosure of all material facts about the relationship and conflicts of interest so the client can give informed
   consent, and to eliminate or disclose conflicts. The scope of services can be defined by contract, but the duty
   itself cannot be waived, and general disclosures that a conflict "may" exist are not enough when it actually does.

## erisa_fiduciary_duties | fiduciary_duty | medium
Q: Who is a fiduciary under ERISA and what duties apply?
Q: A 401(k) committee keeps high-cost share classes when identical cheaper ones are available. What duty might it be
   breaching?
Q: What is the difference between a 3(21) and a 3(38) fiduciary?
A: Under ERISA, anyone who exercises discretionary authority or control over plan management or assets, renders
   investment advice for a fee, or has discretionary responsibility for plan administration is a fiduciary to the
   extent of that function. ERISA Section 404(a) requires fiduciaries to act solely in the interest of participants
   and beneficiaries for the exclusive purpose of providing benefits and defraying reasonable expenses (loyalty), with
   the care, skill and diligence of a prudent person familiar with such matters (the prudent expert standard), to
   diversify investments to minimize the risk of large losses, and to follow plan documents. Fiduciaries are
   personally liable for losses from breaches, must avoid prohibited transactions, and have a continuing duty to
   monitor investments (Tibble v. Edison, 2015). Keeping expensive share classes when cheaper identical ones are
   available is a classic prudence claim in excessive fee litigation. A 3(21) adviser recommends investments while the
   sponsor decides; a 3(38) investment manager has discretion to select and monitor them, taking on that
   responsibility.

## prudent_investor_rule | fiduciary_duty | easy
Q: What is the prudent investor rule?
Q: A trustee invests an entire trust in one bank stock that the grantor's family has always held. Could that be
   imprudent?
Q: How did the Uniform Prudent Investor Act change how trustees must invest?
A: The Uniform Prudent Investor Act (1994), adopted in some form by nearly all states, requires trustees to invest and
   manage trust assets as a prudent investor would, considering the purposes, terms, distribution requirements and
   other circumstances of the trust, and exercising reasonable care, skill and caution. Reflecting modern portfolio
   theory, prudence is judged by the portfolio as a whole rather than investment by investment, no type of investment
   is inherently imprudent, and the trade-off between risk and return is central. Trustees have a duty to diversify
   unless special circumstances make it imprudent, must keep costs reasonable, may delegate investment functions with
   care in selection and monitoring, and must act with loyalty and impartiality between income and remainder
   beneficiaries. Holding the whole trust in one stock is likely a breach of the duty to diversify unless the trust
   document expressly permits or requires retaining it.

## managing_conflicts_of_interest | fiduciary_duty | medium
Q: How should a financial adviser manage conflicts of interest?
Q: What are common conflicts of interest in financial advice, and when is disclosure enough?
Q: A planner earns higher compensation from recommending proprietary funds. What must she do?
A: Common conflicts include commissions and differential compensation between products, 12b-1 fees and revenue
   sharing, proprietary products, cash sweep programs, recommending rollovers into accounts that generate fees, soft
   dollars, outside business activities and personal trading. Fiduciary and best interest standards require
   identifying conflicts and then eliminating them or providing full and fair disclosure specific enough for the
   client to understand the conflict and give informed consent; some conflicts must also be mitigated, such as through
   neutral compensation grids, and some are so significant that they should be avoided. The planner paid more for
   proprietary funds must disclose the conflict clearly, mitigate it where required, and still recommend those funds
   only if they are in the client's best interest compared with reasonably available alternatives, documenting the
   reasons. Disclosure does not cure advice that is not in the client's best interest.

## fiduciary_vs_suitability_vs_reg_bi | fiduciary_duty | hard
Q: How do the fiduciary standard, the suitability standard and Regulation Best Interest differ?
Q: A client asks whether her broker and her investment adviser are held to the same standard. What should she be told?
Q: Compare the obligations of a registered investment adviser and a broker-dealer when recommending investments to a
   retail client.
A: Suitability (FINRA Rule 2111) required that a broker's recommendation be suitable for the customer's profile,
   allowing a suitable product that paid the broker more to be recommended over a cheaper one. Regulation Best
   Interest (2020) raised the standard for broker-dealers recommending to retail customers: they must act in the
   customer's best interest at the time of the recommendation, without placing their own interest ahead, considering
   costs and reasonably available alternatives, and must disclose, mitigate or eliminate conflicts. Investment
   advisers owe a fiduciary duty of care and loyalty under the Advisers Act that applies to the entire relationship,
   including ongoing monitoring when agreed, and requires full disclosure and informed consent for conflicts. In
   practice, Reg BI and the adviser duty are similar at the moment of recommendation, but the adviser's duty is
   continuous and principles-based, while Reg BI is transaction-based and does not require ongoing monitoring absent
   agreement. Dual registrants must make clear in which capacity they act, and Form CRS summarizes the differences.

## participant_directed_plan_safe_harbors | fiduciary_duty | medium
Q: What is ERISA Section 404(c) protection?
Q: What is a qualified default investment alternative?
Q: A 401(k) sponsor automatically enrolls employees into a target-date fund. How does that limit its fiduciary
   liability?
A: ERISA Section 404(c) relieves plan fiduciaries of liability for losses that result from participants' own
   investment choices if the plan offers a broad range of investment alternatives (at least three diversified options
   with materially different risk and return characteristics), gives participants sufficient information to make
   informed decisions, and lets them give instructions with appropriate frequency. For participants who do not make a
   choice, the Pension Protection Act of 2006 and DOL regulations provide similar relief when assets are invested in a
   qualified default investment alternative (QDIA), such as a target-date fund, a balanced fund or a managed account,
   with advance notice to participants and the right to transfer out. The sponsor that defaults employees into a
   target-date fund gets this protection for the outcomes of the default. Neither safe harbor relieves fiduciaries of
   the duty to prudently select and monitor the menu of options and their fees.

## cfp_board_fiduciary_standard | fiduciary_duty | easy
Q: What fiduciary duty does the CFP Board require of CFP professionals?
Q: When does a CFP professional owe a client a fiduciary duty?
Q: Does the CFP fiduciary standard apply when the professional sells commission products?
A: Under the CFP Board's Code of Ethics and Standards of Conduct, effective October 1, 2019 (with enforcement from
   June 30, 2020), a CFP professional must act as a fiduciary, and therefore in the client's best interest, at all
   times when providing financial advice to a client, regardless of whether the advice is part of financial planning
   or how the professional is compensated, including commissions. The fiduciary duty includes a duty of loyalty
   (placing the client's interests first, avoiding or disclosing and managing conflicts, obtaining informed consent),
   a duty of care (acting with the care, skill, prudence and diligence a prudent professional would exercise) and a
   duty to follow the client's reasonable and lawful directions. The standards also require specific disclosures about
   compensation and conflicts and apply a practice standards process when financial planning is provided.

## dol_rollover_advice_pte | fiduciary_duty | hard
Q: When is recommending that a participant roll a 401(k) into an IRA fiduciary advice under ERISA?
Q: What conditions does DOL Prohibited Transaction Exemption 2020-02 impose on advisers who receive compensation from
   rollover recommendations?
Q: A planner recommends that a new client roll $800,000 from a 401(k) into an IRA she will manage for a fee. What must
   she document?
A: Under the Department of Labor's interpretation since 2020, a rollover recommendation can be fiduciary investment
   advice when it is part of an ongoing advice relationship or the start of one, as when a planner recommends a
   rollover into an IRA she will manage for a fee. Because the adviser earns more if the rollover happens, the
   compensation is a prohibited transaction unless an exemption applies; PTE 2020-02 requires adherence to the
   Impartial Conduct Standards (advice in the best interest, reasonable compensation, no materially misleading
   statements), written acknowledgment of fiduciary status, a written description of services and material conflicts,
   policies to mitigate conflicts, a documented specific reason why the rollover is in the participant's best
   interest, and an annual retrospective review. The documentation should compare the plan's fees, investment options
   and services with the IRA's, and consider features such as the plan's institutional pricing, Rule of 55 access,
   creditor protection and employer stock. The DOL's 2024 rule to expand the fiduciary definition was stayed by
   federal courts, so the 2020 framework continues to apply.

## glba_privacy_notices | privacy_consumer_protection | easy
Q: What does the Gramm-Leach-Bliley Act require financial institutions to tell customers about privacy?
Q: When must a financial institution give a privacy notice and an opt-out?
Q: Does a bank have to send an annual privacy notice every year?
A: The privacy provisions of the Gramm-Leach-Bliley Act (implemented by Regulation P and parallel rules, including the
   SEC's Regulation S-P) require financial institutions to give customers a clear privacy notice describing what
   nonpublic personal information they collect, how they share it and how they protect it, when the customer
   relationship begins. Before sharing nonpublic personal information with nonaffiliated third parties outside
   specified exceptions (such as service providers, processing transactions and legal compliance), they must give
   consumers a reasonable opportunity to opt out. Since the FAST Act of 2015, an annual notice is not required if the
   institution shares only within the exceptions and its policies have not changed since the last notice. Sharing
   among affiliates for marketing is governed separately by the Fair Credit Reporting Act's affiliate marketing
   opt-out.

## glba_safeguards_rule | privacy_consumer_protection | medium
Q: What does the FTC Safeguards Rule require of financial institutions such as tax preparers and auto dealers?
Q: A small tax preparation firm suffers a breach exposing 800 clients' unencrypted data. What notification does
   federal law require?
Q: What are the main elements of an information security program under the GLBA Safeguards Rule?
A: The FTC's Safeguards Rule applies to non-bank financial institutions under FTC jurisdiction, including mortgage
   brokers, auto dealers that finance vehicles, tax preparers and many fintech firms. As amended in 2021, it requires
   a written information security program overseen by a designated qualified individual, a written risk assessment,
   safeguards such as access controls, encryption of customer information in transit and at rest, multi-factor
   authentication, secure development, data retention limits, change management, activity monitoring, employee
   training, service provider oversight, an incident response plan, and at least annual written reports to the board
   or senior officer. Since May 2024, a notification event involving unencrypted information of at least 500 consumers
   must be reported to the FTC as soon as possible and no later than 30 days after discovery, so the tax firm must
   notify the FTC; state breach laws may separately require notice to affected individuals. Banks follow the banking
   agencies' interagency guidelines, and SEC-registered firms follow Regulation S-P.

## fcra_adverse_action | privacy_consumer_protection | medium
Q: What must a lender do when it denies credit based on a credit report?
Q: What information must an adverse action notice under the FCRA contain?
Q: A landlord rejects an applicant because of a tenant screening report. What rights does the applicant have?
A: Under the Fair Credit Reporting Act, anyone who takes adverse action, such as denying credit, insurance, employment
   or housing or offering worse terms, based in whole or part on information in a consumer report must give the
   consumer an adverse action notice with the name, address and phone number of the consumer reporting agency that
   supplied the report; a statement that the agency did not make the decision and cannot explain why; notice of the
   right to a free copy of the report within 60 days; the right to dispute inaccurate or incomplete information; and,
   if a credit score was used, the score and key factors that hurt it. For credit decisions, the Equal Credit
   Opportunity Act also requires the specific reasons for denial or notice of the right to request them. The rejected
   rental applicant can get a free copy of the screening report and dispute errors with the agency. Users of reports
   must also have a permissible purpose.

## equal_credit_opportunity_act | privacy_consumer_protection | medium
Q: What does the Equal Credit Opportunity Act prohibit?
Q: What are the prohibited bases for credit decisions under Regulation B?
Q: Can a lender require a married applicant's spouse to co-sign a loan?
A: The Equal Credit Opportunity Act and Regulation B prohibit creditors from discriminating against applicants in any
   aspect of a credit transaction on the basis of race, color, religion, national origin, sex, marital status, age
   (provided the applicant can contract), receipt of income from public assistance, or the good-faith exercise of
   rights under the Consumer Credit Protection Act. Creditors must notify applicants of action taken within 30 days
   after receiving a completed application and, for adverse action, provide specific principal reasons or disclose the
   right to request them. A creditor generally may not require a spouse's signature if the applicant qualifies
   individually under its standards, though it may require signatures needed to create a valid lien on jointly owned
   property. Fair lending enforcement covers both disparate treatment (intentional differences) and disparate impact
   (neutral policies with discriminatory effects that are not justified by business necessity).

## regulation_e_error_resolution | privacy_consumer_protection | hard
Q: How does Regulation E limit a consumer's liability for unauthorized debit card or electronic transfers?
Q: A customer lost his debit card on Friday, reported it on the following Thursday, and $900 of unauthorized charges
   occurred. What is his maximum liability?
Q: What must a bank do after a consumer reports an error on an electronic fund transfer?
A: Under Regulation E, a consumer's liability for unauthorized electronic fund transfers depends on timely notice: up
   to $50 if the consumer notifies the institution within two business days after learning of the loss or theft of an
   access device; up to $500 if notice comes later; and unlimited liability for unauthorized transfers that occur more
   than 60 days after the institution sends the statement showing the first unauthorized transfer and before notice,
   if timely notice would have prevented them. The customer who reported after more than two business days may owe up
   to $500 (no more than $50 for charges in the first two business days after he learned of the loss, if those
   occurred). For errors reported within 60 days of the statement, the institution must investigate within 10 business
   days, or take up to 45 days (90 for new accounts, point-of-sale and foreign transactions) if it provisionally
   credits the account within 10 business days, then report results and correct errors within set periods. Payment
   network zero-liability policies often give more protection, and Regulation E does not treat transfers the consumer
   authorized after being tricked by a scammer as unauthorized.

## tila_trid_disclosures | privacy_consumer_protection | medium
Q: What disclosures does the Truth in Lending Act require for mortgages?
Q: What are the Loan Estimate and Closing Disclosure timing rules under TRID?
Q: What is the right of rescission, and which home loans does it apply to?
A: TILA and Regulation Z require creditors to disclose key credit terms such as the APR, finance charge, amount
   financed and total of payments. For most closed-end mortgages, the TILA-RESPA Integrated Disclosure (TRID) rule
   requires a Loan Estimate to be delivered within three business days after receiving an application and a Closing
   Disclosure to be received by the consumer at least three business days before consummation; a new three-day waiting
   period is required if the APR becomes inaccurate beyond tolerance, the loan product changes, or a prepayment
   penalty is added. Fees are subject to tolerance limits on increases. The right of rescission lets a consumer cancel
   certain credit secured by their principal dwelling, such as a refinance with a new lender or a home equity loan or
   line, until midnight of the third business day after consummation, delivery of required disclosures or the
   rescission notice, whichever is last; it does not apply to a loan to buy or build the home.

## udaap_standards | privacy_consumer_protection | easy
Q: What is UDAAP?
Q: How do unfair, deceptive and abusive practices differ under the Dodd-Frank Act?
Q: Which agencies enforce prohibitions on unfair or deceptive practices in consumer finance?
A: UDAAP stands for unfair, deceptive or abusive acts or practices, prohibited for providers of consumer financial
   products and services by the Dodd-Frank Act and enforced by the CFPB, prudential bank regulators and state
   attorneys general (the FTC enforces the related UDAP prohibition of the FTC Act). A practice is unfair if it causes
   or is likely to cause substantial injury that consumers cannot reasonably avoid and that is not outweighed by
   benefits to consumers or competition. It is deceptive if a representation, omission or practice misleads or is
   likely to mislead a reasonable consumer and is material. It is abusive if it materially interferes with a
   consumer's ability to understand a term, or takes unreasonable advantage of the consumer's lack of understanding,
   inability to protect their interests, or reasonable reliance on the provider. Examples include hidden fees,
   misleading advertising and charging for products consumers did not agree to.

## fdcpa_debt_collection | privacy_consumer_protection | easy
Q: What does the Fair Debt Collection Practices Act prohibit?
Q: How often may a debt collector call a consumer under Regulation F?
Q: A collector keeps calling a client at work and threatening arrest over an old debt. What rights does the client
   have?
A: The Fair Debt Collection Practices Act, implemented by the CFPB's Regulation F (effective November 2021), applies
   to third-party debt collectors (not generally original creditors) collecting consumer debts. It prohibits
   harassment or abuse, false or misleading representations (such as threatening arrest or legal action that is not
   intended or allowed), and unfair practices such as collecting unauthorized fees. Collectors may not call at
   inconvenient times (presumed before 8 a.m. or after 9 p.m.), at work if they know the employer prohibits it, or
   after a written request to stop communicating, except to confirm or announce specific actions; Regulation F
   presumes a violation if a collector calls more than seven times within seven days about a debt, or within seven
   days after a phone conversation about it. Collectors must send a validation notice, and consumers can dispute the
   debt within the validation period, which pauses collection until verification; suing or threatening to sue on
   time-barred debt is prohibited. The client can demand in writing that calls stop and report violations to the CFPB
   and sue for damages.

## credit_card_act_protections | privacy_consumer_protection | medium
Q: What consumer protections did the Credit CARD Act of 2009 add?
Q: Can a card issuer raise the interest rate on an existing balance?
Q: How must a credit card company apply payments above the minimum when a card has balances at different rates?
A: The Credit Card Accountability Responsibility and Disclosure Act of 2009 requires 45 days' advance notice of rate
   increases and other significant changes, with a right to reject certain changes by closing the account; generally
   prohibits raising the rate on existing balances except when a promotional rate expires, a variable-rate index
   rises, a workout arrangement fails or the account is more than 60 days late; and prohibits rate increases in the
   first year except in those circumstances. Payments above the minimum must be applied first to the balance with the
   highest APR. Statements must be mailed at least 21 days before the due date, with due dates the same each month,
   and must show how long paying only the minimum would take. Over-limit fees require opt-in, penalty fees must be
   reasonable and proportional, and applicants under 21 must show independent ability to pay or have a cosigner.
"""
