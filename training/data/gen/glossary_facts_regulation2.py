"""Glossary facts: securities regulation, part 2 (insider trading, investment advisers and broker-dealers).

Block format: see :mod:`training.data.gen.glossary`.
"""

TEXT = """
## insider_trading_rule_10b5 | insider_trading | easy
Q: What is illegal insider trading?
Q: Is it illegal for a corporate insider to buy or sell their company's stock?
Q: What makes information "material" and "nonpublic" for insider trading purposes?
A: Illegal insider trading is buying or selling a security while in possession of material nonpublic information
   (MNPI) in breach of a duty of trust or confidence, or tipping others who trade. It is prosecuted mainly under
   Section 10(b) of the Exchange Act and Rule 10b-5. Insiders may legally trade their company's stock when they do not
   possess MNPI, subject to reporting rules and company policies. Information is material if there is a substantial
   likelihood that a reasonable investor would consider it important in making an investment decision, such as
   earnings, mergers, major contracts, regulatory decisions or management changes; for contingent events, materiality
   weighs probability against magnitude. It is nonpublic until it has been broadly disseminated, for example through a
   press release or SEC filing, and the market has had time to absorb it. The rule for insiders is "disclose or
   abstain."

## misappropriation_theory | insider_trading | medium
Q: What is the misappropriation theory of insider trading?
Q: A lawyer at a firm advising an acquirer buys shares of the target company. He owes no duty to the target's
   shareholders. Is his trading illegal?
Q: Contrast liability based on a duty to shareholders with liability based on a duty to the source of confidential
   information.
A: Under the classical theory, a corporate insider (officer, director, employee, or temporary insiders such as the
   company's own lawyers and accountants) violates Rule 10b-5 by trading the company's securities on MNPI in breach of
   a duty owed to its shareholders. The misappropriation theory, upheld by the Supreme Court in United States v.
   O'Hagan (1997), covers outsiders who trade on confidential information in breach of a duty owed to the source of
   the information, such as an employer or client, even if they owe no duty to the shareholders they trade with. The
   lawyer who learns of a planned acquisition from his firm's client and buys target shares deceives his firm and its
   client and is liable; O'Hagan's facts were exactly this. SEC Rule 10b5-2 specifies when family and other
   relationships create such duties, and Rule 14e-3 separately prohibits trading on nonpublic tender offer information
   without any breach of duty.

## tipper_tippee_liability | insider_trading | hard
Q: When is someone who receives an inside tip liable for trading on it?
Q: A corporate executive tells his brother-in-law about an upcoming merger as a favour, and the brother-in-law buys
   shares. Who has violated the law?
Q: What is the personal benefit test from Dirks and Salman?
A: A tippee inherits the insider's duty: under Dirks v. SEC (1983), a tippee is liable for trading on MNPI if the
   tipper breached a duty by disclosing it for a personal benefit and the tippee knew or should have known of the
   breach. The personal benefit can be pecuniary or reputational, or simply making a gift of confidential information
   to a trading relative or friend, as the Supreme Court confirmed in Salman v. United States (2016). The executive
   who tips his brother-in-law as a favour has made a gift, so both are liable: the executive for tipping even though
   he did not trade, and the brother-in-law for trading. Remote tippees down a chain can also be liable if they knew
   or should have known the information was improperly disclosed. Penalties include disgorgement, civil penalties of
   up to three times the profit gained or loss avoided, and criminal prosecution.

## rule_10b5_1_trading_plans | insider_trading | hard
Q: What is a Rule 10b5-1 trading plan?
Q: A CFO adopts a 10b5-1 plan to sell shares. How long must she wait before the first trade under the 2022 amendments?
Q: What conditions did the SEC add to 10b5-1 plans to prevent abuse?
A: Rule 10b5-1 provides an affirmative defense to insider trading for trades made under a binding contract,
   instruction or written plan adopted when the person was not aware of MNPI, that specifies or formulaically
   determines the amount, price and dates of trades, or delegates discretion to someone without MNPI. The SEC's 2022
   amendments, effective in 2023, added conditions: a cooling-off period before the first trade of the later of 90
   days after adoption or two business days after the Form 10-Q or 10-K for the quarter of adoption is filed, capped
   at 120 days, for directors and officers, and 30 days for other persons (other than the issuer); a certification by
   directors and officers that they are not aware of MNPI and are adopting the plan in good faith; a limit on
   overlapping plans; a limit of one single-trade plan per 12 months; and a requirement to act in good faith with
   respect to the plan throughout. Issuers must disclose quarterly the adoption and termination of plans by directors
   and officers, and Forms 4 and 5 identify trades made under a plan. So the CFO must wait at least 90 days, possibly
   up to 120.

## section_16_insider_reporting | insider_trading | easy
Q: What are Forms 3, 4 and 5?
Q: Who must report trades under Section 16 of the Exchange Act, and how quickly?
Q: A newly appointed director buys company shares. What filings are required and by when?
A: Section 16 applies to officers, directors and beneficial owners of more than 10% of a class of a public company's
   registered equity securities. Form 3 reports initial holdings within 10 days of becoming an insider; Form 4 reports
   changes in ownership, such as purchases, sales, option exercises and most gifts, within two business days after the
   transaction; and Form 5 is filed within 45 days after the company's fiscal year-end to report transactions exempt
   from Form 4 or not previously reported. The new director files Form 3 within 10 days of appointment and a Form 4
   within two business days of buying shares. Filings are public on EDGAR, companies must disclose late filers in
   their proxy statements, and insiders are also subject to short-swing profit rules.

## short_swing_profit_rule | insider_trading | easy
Q: What is the short-swing profit rule under Section 16(b)?
Q: A director sells company stock at $50 in March and buys it back at $40 in July. What happens?
Q: Why is Section 16(b) liability described as strict liability?
A: Section 16(b) requires officers, directors and more-than-10% holders to give the company any profit from a purchase
   and sale, or sale and purchase, of its equity securities within any period of less than six months. Liability is
   strict: it applies regardless of whether the insider had inside information or intended to profit unfairly. Courts
   match transactions to maximize recoverable profit (lowest purchase price against highest sale price within six
   months), even if the insider lost money overall. The director who sold at $50 in March and bought at $40 in July,
   within six months, must pay the company $10 per matched share. The company, or a shareholder suing on its behalf,
   can recover the profit; attorneys monitor Form 4 filings for such cases. Section 16(c) separately prohibits
   insiders from selling short their company's stock.

## blackout_periods_and_windows | insider_trading | easy
Q: What are trading windows and blackout periods?
Q: Why can't employees of a public company trade its stock in the weeks before earnings are announced?
Q: What is a pension blackout under Regulation BTR?
A: Most public companies' insider trading policies restrict when directors, officers and employees with access to
   financial information may trade company stock. A quarterly blackout period typically begins a few weeks before the
   end of each fiscal quarter and lasts until one or two trading days after earnings are released, because insiders
   are likely to possess material nonpublic results during that time; trading is allowed only during open windows,
   often with pre-clearance by the general counsel. Companies may also impose event-specific blackouts during pending
   deals. Separately, Regulation BTR (under Sarbanes-Oxley Section 306) prohibits directors and executive officers
   from trading company equity acquired through their service during pension plan blackout periods when most plan
   participants cannot trade in their individual accounts. Trading under a valid 10b5-1 plan can continue during
   blackouts.

## insider_trading_penalties | insider_trading | medium
Q: What are the penalties for insider trading?
Q: Can a company be fined when an employee trades on inside information?
Q: What sanctions can the SEC and criminal authorities impose for trading on material nonpublic information?
A: The SEC can bring civil actions seeking disgorgement of profits gained or losses avoided, with interest,
   injunctions, officer and director bars, and civil penalties of up to three times the profit gained or loss avoided
   under the Insider Trading and Securities Fraud Enforcement Act of 1988. Controlling persons, including employers
   and broker-dealers, can face penalties of up to the greater of $1 million (adjusted for inflation) or three times
   the profit if they knew or recklessly disregarded the likelihood of violations and failed to take steps to prevent
   them, which is why firms maintain insider trading policies and information barriers. The Department of Justice can
   prosecute willful violations criminally, with penalties of up to 20 years in prison and fines of up to $5 million
   for individuals and $25 million for entities. Civil suits by contemporaneous traders are also possible.

## investment_adviser_registration | investment_advisers_brokers | medium
Q: Who must register as an investment adviser, and with whom?
Q: A financial planner manages $80 million for clients. Does she register with the SEC or her state?
Q: What is the definition of an investment adviser under the Advisers Act, and what exclusions apply?
A: Under the Investment Advisers Act of 1940, an investment adviser is a person who, for compensation, is in the
   business of advising others about the value of securities or the advisability of investing in them, or issues
   analyses or reports on securities. Exclusions include banks, lawyers, accountants, engineers and teachers whose
   advice is solely incidental to their profession, broker-dealers whose advice is solely incidental to brokerage and
   who receive no special compensation for it, publishers of bona fide general publications, and family offices.
   Generally, advisers with regulatory assets under management of $100 million or more register with the SEC
   (registration becomes mandatory at $110 million, and an SEC-registered adviser need not switch to state
   registration unless it falls below $90 million), while smaller advisers register with their home state, with
   exceptions such as advisers to registered funds and internet advisers. The planner managing $80 million would
   generally register with her state.

## form_adv_parts | investment_advisers_brokers | easy
Q: What is Form ADV?
Q: What are the differences between Form ADV Part 1, Part 2A, Part 2B and Part 3?
Q: When must an investment adviser update its Form ADV and deliver its brochure?
A: Form ADV is the registration and disclosure form for investment advisers, filed electronically through the IARD
   system and publicly available on the SEC's Investment Adviser Public Disclosure website. Part 1 contains regulatory
   information for the SEC and states, such as ownership, business activities, assets under management, custody and
   disciplinary history. Part 2A, the firm brochure, is a plain-English narrative of services, fees, conflicts of
   interest, disciplinary information and investment methods, which must be delivered to clients; Part 2B, the
   brochure supplement, describes the individuals who provide advice. Part 3 is Form CRS, the client relationship
   summary for retail investors. Advisers must file an annual updating amendment within 90 days after fiscal year-end,
   deliver the updated brochure or a summary of material changes to clients within 120 days after fiscal year-end, and
   amend promptly when certain information becomes inaccurate.

## regulation_best_interest | investment_advisers_brokers | medium
Q: What is Regulation Best Interest?
Q: What are the four obligations broker-dealers must meet under Reg BI?
Q: How does Reg BI change the standard a broker must meet when recommending a rollover or an account type?
A: Regulation Best Interest, with a compliance date of June 30, 2020, requires broker-dealers and their associated
   persons, when recommending any securities transaction or investment strategy involving securities, including
   account types and rollovers, to a retail customer, to act in the retail customer's best interest at the time of the
   recommendation without placing the firm's or representative's interests ahead of the customer's. It has four
   components: the disclosure obligation (material facts about the relationship, fees and conflicts, in writing before
   or at the recommendation), the care obligation (reasonable diligence, care and skill, considering costs and
   reasonably available alternatives), the conflict of interest obligation (policies to identify and disclose or
   eliminate conflicts, mitigate those that create incentives for representatives, and eliminate sales contests based
   on specific securities in a limited period), and the compliance obligation. It is stronger than the old suitability
   rule, but does not impose ongoing monitoring unless agreed, and it is not identical to the Advisers Act fiduciary
   duty.

## form_crs_relationship_summary | investment_advisers_brokers | easy
Q: What is Form CRS?
Q: What must a client relationship summary tell retail investors?
Q: When do broker-dealers and investment advisers have to give clients Form CRS?
A: Form CRS (client relationship summary) is a short, plain-language document required since June 30, 2020 for
   SEC-registered broker-dealers and investment advisers serving retail investors, limited to two pages (four for dual
   registrants). Using prescribed headings, it describes the services offered, fees and costs, the standard of conduct
   and conflicts of interest, whether the firm or its professionals have legal or disciplinary history (with a pointer
   to Investor.gov/CRS), how to get more information, and suggested "conversation starter" questions. Broker-dealers
   deliver it before or at the earliest of a recommendation, placing an order or opening an account; advisers deliver
   it before or at the time of entering into an advisory contract. It must be posted on the firm's website and updated
   within 30 days when information becomes materially inaccurate.

## adviser_custody_rule | investment_advisers_brokers | medium
Q: When does an investment adviser have custody of client assets under the SEC custody rule?
Q: An adviser deducts its fees directly from client accounts and acts as trustee for a client's family trust. What
   custody obligations apply?
Q: What is the surprise examination requirement?
A: Under Advisers Act Rule 206(4)-2, an adviser has custody if it holds client funds or securities directly or
   indirectly, or has any authority to obtain possession of them, which includes authority to deduct fees, standing
   letters of authorization to pay third parties (in some cases), acting as trustee or general partner, or holding
   client passwords that allow withdrawals. An adviser with custody must keep client assets with a qualified custodian
   (such as a bank or broker-dealer), notify clients of where accounts are held, have a reasonable basis to believe
   the custodian sends account statements to clients at least quarterly, and undergo an annual surprise examination by
   an independent public accountant. Custody arising solely from fee deduction is exempt from the surprise exam, and
   pooled vehicles can instead distribute audited financial statements within 120 days of fiscal year-end. Acting as
   trustee for the family trust gives the adviser custody that triggers the surprise exam unless an exception, such as
   for certain family relationships, applies.

## adviser_marketing_rule | investment_advisers_brokers | medium
Q: What does the SEC Marketing Rule allow investment advisers to say in advertisements?
Q: Can an RIA use client testimonials and performance results in its marketing?
Q: What conditions apply to showing hypothetical or gross performance under Rule 206(4)-1?
A: The Marketing Rule (Rule 206(4)-1), with a compliance date of November 4, 2022, replaced the old advertising and
   cash solicitation rules. It applies seven general prohibitions to all advertisements, including untrue statements,
   unsubstantiated material claims, misleading implications, discussing benefits without fair treatment of risks, and
   presenting performance or specific investment advice in a way that is not fair and balanced. Testimonials and
   endorsements are permitted with clear disclosures (whether the promoter is a client, paid, and any conflicts), the
   adviser's oversight, a written agreement with paid promoters above a de minimis amount, and disqualification of
   certain bad actors. Third-party ratings need disclosures about the rating's date, provider and any payment.
   Performance rules require net performance whenever gross is shown, with equal prominence, 1-, 5- and 10-year
   periods for portfolios other than private funds, and prohibit hypothetical performance unless the adviser adopts
   policies to ensure it is relevant to the likely financial situation and objectives of the intended audience.

## finra_suitability_and_kyc | investment_advisers_brokers | medium
Q: What are FINRA's know-your-customer and suitability rules?
Q: What are the three components of suitability under FINRA Rule 2111?
Q: A broker makes many trades in a customer's account, each suitable on its own. Can the trading still violate the
   rules?
A: FINRA Rule 2090 (know your customer) requires member firms to use reasonable diligence to know and retain the
   essential facts about every customer and the authority of anyone acting for them. FINRA Rule 2111 (suitability) has
   three components: reasonable-basis suitability (the recommendation is suitable for at least some investors, based
   on understanding the product), customer-specific suitability (suitable for this customer's investment profile: age,
   other investments, financial situation, tax status, objectives, experience, time horizon, liquidity needs and risk
   tolerance), and quantitative suitability (a series of recommended transactions is not excessive when viewed
   together, measured by turnover, cost-to-equity ratios and in-and-out trading). Excessive trading, or churning, can
   violate the rules even if each trade alone seems suitable. For retail customers, Regulation Best Interest now
   supersedes Rule 2111, which still applies to recommendations to non-retail customers.

## adviser_code_of_ethics | investment_advisers_brokers | medium
Q: What must an investment adviser's code of ethics include under Rule 204A-1?
Q: Who is an access person, and what personal trading reports must they file?
Q: Why do advisers require pre-approval before employees buy IPOs or private placements?
A: Rule 204A-1 requires SEC-registered advisers to adopt a written code of ethics that sets standards of business
   conduct reflecting their fiduciary duty, requires compliance with federal securities laws, and governs personal
   trading by access persons: supervised persons with access to nonpublic information about client trades or holdings
   or who make recommendations (all directors, officers and partners are presumed access persons at firms whose main
   business is advice). Access persons must report their securities holdings within 10 days of becoming an access
   person and annually thereafter, and report their transactions quarterly within 30 days after quarter-end, with
   exceptions such as mutual funds not advised by the firm. They must obtain pre-approval before acquiring securities
   in IPOs or limited offerings, because those opportunities may be scarce and create conflicts with clients.
   Violations must be reported to the chief compliance officer, and employees must acknowledge receipt of the code.

## outside_activities_and_selling_away | investment_advisers_brokers | easy
Q: What is "selling away" in the brokerage industry?
Q: Must a registered representative tell their firm about a side business or a private investment they help sell?
Q: Which FINRA rules govern outside business activities and private securities transactions?
A: Selling away occurs when a registered representative participates in a securities transaction outside the scope of
   their employment with their broker-dealer, such as selling a private placement or promissory notes that the firm
   has not approved, without the firm's knowledge or supervision. Under FINRA Rule 3280, a representative must give
   prior written notice to the firm describing the proposed private securities transaction; if the representative will
   be compensated, the firm must approve or disapprove in writing and, if approved, record and supervise it as its own
   business. FINRA Rule 3270 requires prior written notice of outside business activities, such as a side business or
   board seat, so the firm can assess whether they interfere with the representative's duties or mislead customers.
   Selling away is a frequent cause of customer losses and regulatory sanctions.

## trusted_contact_and_senior_investors | investment_advisers_brokers | medium
Q: What protections do FINRA rules provide against financial exploitation of senior investors?
Q: A broker suspects an elderly client is being exploited by a new "friend" who is directing withdrawals. What can the
   firm do?
Q: What is a trusted contact person on a brokerage account?
A: FINRA Rule 4512 requires firms to make reasonable efforts to obtain the name and contact information of a trusted
   contact person, an adult the firm may contact about the account, when opening or updating non-institutional
   accounts; the firm may contact that person to address possible financial exploitation, confirm the customer's
   health status or contact information, or identify a legal guardian or other representative. FINRA Rule 2165 gives
   firms a safe harbor to place a temporary hold on disbursements of funds or securities, and on transactions, from
   the account of a specified adult (age 65 or older, or 18 and older with a mental or physical impairment) when the
   firm reasonably believes financial exploitation has occurred, is occurring, has been attempted or will be
   attempted, with notice to authorized parties and the trusted contact and internal review, for limited, extendable
   periods. In the example, the firm can contact the trusted contact person, place a temporary hold on the suspicious
   withdrawals and report to adult protective services as state law allows. The federal Senior Safe Act also gives
   immunity to trained employees who report suspected exploitation in good faith.
"""
