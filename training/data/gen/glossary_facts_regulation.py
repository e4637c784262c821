"""Glossary facts: securities regulation, part 1 (securities laws and exemptions, SEC filings).

Block format: see :mod:`training.data.gen.glossary`.
"""

TEXT = """
## securities_act_1933 | securities_laws | easy
Q: What does the Securities Act of 1933 regulate?
Q: Why is the 1933 Act called the "truth in securities" law?
Q: Which federal law requires a company to register a public offering of its stock with the SEC?
A: The Securities Act of 1933 governs the offer and sale of securities by issuers and their underwriters, the primary
   market. Section 5 makes it unlawful to offer or sell a security unless a registration statement is in effect or an
   exemption applies, and requires delivery of a prospectus containing material information about the issuer, its
   business, risks, management and audited financial statements. It relies on disclosure rather than merit review: the
   SEC does not judge whether an investment is good. It imposes liability for material misstatements or omissions in
   registration statements (Section 11) and prospectuses (Section 12(a)(2)), and its antifraud provision (Section
   17(a)) applies to all offers and sales. Exemptions include private placements (Section 4(a)(2) and Regulation D),
   Regulation A, crowdfunding and government securities.

## securities_exchange_act_1934 | securities_laws | easy
Q: What does the Securities Exchange Act of 1934 cover?
Q: How does the 1934 Act differ from the 1933 Act?
Q: Which law created the SEC and governs trading in the secondary market?
A: The Securities Exchange Act of 1934 created the Securities and Exchange Commission and regulates the secondary
   market: trading of securities after their issuance. It requires registration of exchanges, broker-dealers and
   self-regulatory organizations such as FINRA; requires public companies to file periodic reports (10-K, 10-Q, 8-K);
   governs proxy solicitations, tender offers and beneficial ownership reporting above 5%; imposes insider reporting
   and short-swing profit rules under Section 16; authorizes margin rules; and contains the main antifraud provision,
   Section 10(b) and Rule 10b-5, which reaches fraud in connection with any purchase or sale of a security. The 1933
   Act, by contrast, focuses on the initial offering of securities.

## howey_test | securities_laws | easy
Q: What is the Howey test?
Q: How do courts decide whether an arrangement is an investment contract and therefore a security?
Q: Why did the SEC argue that some crypto tokens are securities?
A: Under SEC v. W.J. Howey Co. (1946), an investment contract, and therefore a security, exists when there is (1) an
   investment of money (2) in a common enterprise (3) with an expectation of profits (4) derived from the
   entrepreneurial or managerial efforts of others. Substance matters more than form or labels: in Howey, sales of
   citrus grove plots bundled with service contracts were securities. The test has been applied to interests in orange
   groves, whiskey warehouse receipts, pay phones and, more recently, digital asset offerings, where the SEC argued
   that buyers of some tokens expected profits from the efforts of the developers promoting the network. If an
   arrangement is a security, it must be registered or exempt, and antifraud rules apply. Notes are analysed under a
   different test (Reves).

## regulation_d_offerings | securities_laws | medium
Q: What are the differences between Rule 506(b) and Rule 506(c) private offerings?
Q: A startup wants to advertise its private fundraising on social media. Which Regulation D exemption must it use?
Q: What are the requirements of Regulation D, including Form D?
A: Regulation D provides exemptions from registration for private offerings. Rule 506(b) allows unlimited capital from
   an unlimited number of accredited investors and up to 35 non-accredited investors who are sophisticated (alone or
   with a purchaser representative), but prohibits general solicitation and advertising and requires specified
   disclosure to any non-accredited purchasers. Rule 506(c), created under the JOBS Act, permits general solicitation,
   so the startup advertising on social media must use it, but every purchaser must be accredited and the issuer must
   take reasonable steps to verify accredited status. Rule 504 permits offerings up to $10 million in 12 months.
   Issuers file Form D within 15 days after the first sale; securities are restricted; bad-actor disqualifications
   apply; and Rule 506 offerings preempt state registration, though states may require notice filings and fees.

## accredited_investor_definition | securities_laws | easy
Q: Who qualifies as an accredited investor?
Q: A client earns $250,000 a year and has $800,000 of net worth excluding her home. Is she an accredited investor?
Q: How did the SEC's 2020 amendments expand the accredited investor definition?
A: For individuals, the main tests are income over $200,000 in each of the two most recent years ($300,000 together
   with a spouse or spousal equivalent) with a reasonable expectation of the same this year, or net worth over $1
   million, alone or with a spouse or spousal equivalent, excluding the value of the primary residence. The 2020
   amendments added individuals holding certain professional certifications in good standing (Series 7, 65 and 82
   licenses) and knowledgeable employees of private funds, and for entities, added categories such as family offices
   with at least $5 million of assets and entities owning investments over $5 million. The client with $250,000 of
   income qualifies on the income test if she earned above $200,000 in each of the past two years and expects to
   again, even though her net worth is below $1 million. The thresholds are not indexed for inflation.

## rule_144_resales | securities_laws | hard
Q: How can an investor resell restricted securities under Rule 144?
Q: A company director wants to sell shares in the public market. What Rule 144 conditions apply to an affiliate?
Q: What are the holding periods and volume limits under Rule 144?
A: Rule 144 is a safe harbor that lets holders resell restricted securities (acquired in unregistered offerings) and
   control securities (held by affiliates) without being deemed underwriters. Restricted securities must be held at
   least six months if the issuer has been an SEC reporting company for at least 90 days, or one year otherwise. A
   non-affiliate can then sell freely, subject only to current public information about the issuer between six months
   and one year for a reporting issuer. An affiliate, such as a director, must also meet ongoing conditions: current
   public information; a volume limit in any three months of the greater of 1% of the outstanding class or the average
   weekly trading volume over the preceding four weeks; manner-of-sale requirements for equity (ordinary brokers'
   transactions or dealings with market makers); and filing Form 144 if sales in three months exceed 5,000 shares or
   $50,000. Affiliates' sales may also be constrained by insider trading rules and company policies.

## regulation_a_and_crowdfunding | securities_laws | medium
Q: How do Regulation A and Regulation Crowdfunding let smaller companies raise money from the public?
Q: What are the offering limits of Reg A Tier 1, Tier 2 and Regulation CF?
Q: A local brewery wants to raise $3 million from its customers. What exempt offering routes are available?
A: Regulation A (often called Reg A+) is a streamlined public offering exemption with an SEC offering statement (Form
   1-A) reviewed by the SEC: Tier 1 allows up to $20 million in 12 months but requires state registration in each
   state where sold; Tier 2 allows up to $75 million, preempts state registration, requires audited financial
   statements and ongoing semiannual and annual reporting, and limits non-accredited investors to 10% of the greater
   of their income or net worth unless the securities are listed. Regulation Crowdfunding allows up to $5 million in
   12 months, sold only through an SEC-registered broker-dealer or funding portal, with disclosure on Form C, annual
   reports and annual investment limits for non-accredited investors based on income and net worth. The brewery could
   use Reg CF or Reg A Tier 1 or 2; both permit marketing to the general public, unlike Rule 506(b).

## investment_company_act_1940 | securities_laws | easy
Q: What does the Investment Company Act of 1940 regulate?
Q: Why don't hedge funds and private equity funds register as investment companies?
Q: Which rules protect mutual fund shareholders under the 1940 Act?
A: The Investment Company Act of 1940 regulates investment companies, primarily mutual funds (open-end funds),
   closed-end funds, unit investment trusts and most ETFs, which must register with the SEC and comply with
   requirements on governance (independent directors), capital structure and leverage limits, custody of assets,
   transactions with affiliates, daily pricing and redemption for open-end funds, and disclosure. Private funds such
   as hedge funds and private equity funds avoid registration through exclusions: Section 3(c)(1) for funds with no
   more than 100 beneficial owners and no public offering, and Section 3(c)(7) for funds owned only by qualified
   purchasers (generally individuals with at least $5 million of investments). Their managers are typically regulated
   under the Investment Advisers Act instead.

## sarbanes_oxley_key_sections | securities_laws | easy
Q: What are the key provisions of the Sarbanes-Oxley Act of 2002?
Q: What do Sections 302 and 404 of Sarbanes-Oxley require of public companies?
Q: Why was Sarbanes-Oxley passed, and how did it change auditing?
A: Sarbanes-Oxley was enacted after the Enron and WorldCom accounting scandals. It created the Public Company
   Accounting Oversight Board (PCAOB) to register, inspect and set standards for public company auditors, and
   strengthened auditor independence by banning many non-audit services to audit clients and requiring partner
   rotation. Section 302 requires the CEO and CFO to certify each periodic report's accuracy and their responsibility
   for disclosure controls; Section 906 adds criminal penalties for knowingly false certifications. Section 404(a)
   requires management to assess internal control over financial reporting annually, and Section 404(b) requires the
   auditor to attest to it for accelerated and large accelerated filers. It also requires independent audit
   committees, bans most personal loans to executives, protects whistleblowers and provides for clawback of executive
   bonuses after restatements due to misconduct.

## securities_act_liability | securities_laws | hard
Q: What liability do issuers, directors and underwriters face under Section 11 of the Securities Act?
Q: How does the due diligence defense work for underwriters in an IPO?
Q: Compare Section 11 and Section 12(a)(2) liability for misstatements in an offering.
A: Section 11 imposes liability for material misstatements or omissions in an effective registration statement, to
   anyone who acquired the registered securities (if they can trace their shares to it). The issuer is strictly
   liable; directors, signing officers, underwriters and experts (such as auditors for the parts they certified) are
   liable unless they prove a due diligence defense: that after a reasonable investigation they had reasonable grounds
   to believe the statements were true (for expertized portions, that they had no reason to believe otherwise).
   Plaintiffs need not prove reliance or scienter, and damages are capped at the offering price. Section 12(a)(2)
   gives purchasers a right of rescission (or damages) against sellers for material misstatements in a prospectus or
   oral communication, with a reasonable care defense. Section 12(a)(1) allows rescission for sales made in violation
   of Section 5. These provisions drive underwriters' extensive due diligence and comfort letters.

## form_10k_contents | sec_filings | easy
Q: What information does a Form 10-K contain?
Q: Which sections of an annual report on Form 10-K are most useful to an investor analysing a company?
Q: How is a 10-K different from the glossy annual report sent to shareholders?
A: The Form 10-K is the comprehensive annual report public companies file with the SEC. Key items include Item 1
   Business, Item 1A Risk Factors, Item 1C Cybersecurity, Item 3 Legal Proceedings, Item 5 Market for the company's
   equity, Item 7 Management's Discussion and Analysis (MD&A) of results, liquidity and capital resources, Item 7A
   market risk disclosures, Item 8 audited financial statements and notes with the auditor's report, and Item 9A
   controls and procedures; executive compensation and governance items in Part III are often incorporated by
   reference from the proxy statement. It includes CEO and CFO certifications. The glossy annual report to
   shareholders is a separate, more promotional document, although many companies now wrap the 10-K in a short letter.
   Investors often start with MD&A, risk factors and the notes to the financial statements.

## periodic_report_deadlines | sec_filings | medium
Q: When are Forms 10-K and 10-Q due?
Q: How do filing deadlines differ for large accelerated, accelerated and non-accelerated filers?
Q: A company with a $500 million public float has a December 31 year-end. When is its 10-K due?
A: Deadlines depend on filer status, which is based mainly on public float: large accelerated filers (public float of
   $700 million or more) must file the 10-K within 60 days after fiscal year-end and each 10-Q within 40 days after
   quarter-end; accelerated filers (public float of $75 million to under $700 million, excluding smaller reporting
   companies with annual revenues under $100 million) have 75 days for the 10-K and 40 days for 10-Qs; non-accelerated
   filers have 90 days and 45 days. 10-Qs are filed for the first three fiscal quarters only; the fourth quarter is
   covered by the 10-K. The company with a $500 million float is an accelerated filer (if not excluded by the revenue
   test), so its 10-K is due 75 days after December 31, around mid-March. Form 12b-25 (NT 10-K or NT 10-Q) gives an
   automatic extension of 15 calendar days for a 10-K and 5 for a 10-Q if filed on time.

## form_8k_current_reports | sec_filings | easy
Q: What is a Form 8-K and when must it be filed?
Q: Which corporate events trigger an 8-K filing?
Q: A company's CFO resigns unexpectedly. How quickly must the company disclose it?
A: Form 8-K is a current report that public companies must file for specified material events, generally within four
   business days after the event. Triggering items include entry into or termination of a material definitive
   agreement, completion of a significant acquisition or disposition, creation of a material direct financial
   obligation, bankruptcy, material impairments, a change in the company's auditor, non-reliance on previously issued
   financial statements, departure or appointment of directors and certain officers (such as the CFO's resignation,
   under Item 5.02), amendments to the charter or bylaws, shareholder vote results, and material cybersecurity
   incidents. Earnings releases (Item 2.02) and Regulation FD disclosures (Item 7.01) are usually furnished on an 8-K.
   Companies may also file on a voluntary basis under Item 8.01, "Other Events."

## proxy_statement | sec_filings | easy
Q: What is a proxy statement?
Q: Where can an investor find information about executive pay and board elections for a public company?
Q: What is say-on-pay and how often do shareholders vote on it?
A: A proxy statement (Schedule 14A, filed as DEF 14A) is the disclosure document a public company provides when
   soliciting shareholder votes, usually for the annual meeting. It covers the election of directors and their
   qualifications and independence, board committees and governance practices, executive compensation (the
   Compensation Discussion and Analysis, summary compensation table and pay-versus-performance disclosure),
   ratification of the auditor, shareholder proposals submitted under Rule 14a-8 and other matters to be voted on.
   Under the Dodd-Frank Act, shareholders cast an advisory say-on-pay vote on executive compensation at least once
   every three years and vote on the frequency of say-on-pay at least every six years. Much of Part III of the 10-K is
   incorporated from the proxy.

## schedule_13d_vs_13g | sec_filings | medium
Q: What is the difference between Schedule 13D and Schedule 13G?
Q: An activist hedge fund bought 6% of a company and plans to push for board seats. What must it file and when?
Q: How did the SEC's 2023 amendments change beneficial ownership reporting deadlines?
A: Anyone who acquires beneficial ownership of more than 5% of a class of a public company's registered voting equity
   must report it. Schedule 13D is the long form, required of investors with control intent or plans to influence the
   company, such as an activist seeking board seats; since the SEC's 2023 amendments (effective February 2024), it is
   due within five business days after crossing 5% (previously ten days), with amendments for material changes due
   within two business days. Schedule 13G is a short form for passive investors holding less than 20% without control
   intent, and for qualified institutional investors and exempt investors; qualified institutional and exempt
   investors file within 45 days after the end of the calendar quarter in which they crossed 5%, and other passive
   investors within five business days. An investor who changes from passive to activist must switch to 13D.

## form_13f_holdings | sec_filings | easy
Q: What is Form 13F?
Q: Which investment managers must disclose their holdings quarterly, and what does the report include?
Q: Why should investors be careful when copying trades from hedge fund 13F filings?
A: Form 13F is a quarterly report filed by institutional investment managers, including advisers, banks, insurers and
   pension funds, that exercise investment discretion over $100 million or more in Section 13(f) securities, mainly
   U.S. exchange-listed stocks, certain options and convertible securities. It is due within 45 days after the end of
   each calendar quarter and lists long positions held at quarter-end, with share amounts and values. Because it is
   filed up to 45 days late, shows only quarter-end snapshots, omits short positions and most non-U.S. holdings, and
   can be subject to confidential treatment for some positions, copying 13F trades gives a stale and incomplete
   picture of a manager's strategy.

## registration_statements_s1_s3 | sec_filings | medium
Q: What is the difference between Form S-1 and Form S-3?
Q: What is a shelf registration and which companies can use one?
Q: A seasoned public company wants flexibility to issue debt quickly when rates are favourable. How can it do that?
A: Form S-1 is the full registration statement used for initial public offerings and by companies that do not qualify
   for short-form registration; it contains complete disclosure about the business, risks, management and audited
   financial statements. Form S-3 is a short form for seasoned issuers that have been reporting and timely filing for
   at least 12 months; it incorporates the company's periodic reports by reference. Companies eligible for S-3 (for
   primary offerings generally with a public float of at least $75 million, or limited "baby shelf" amounts below
   that) can file a shelf registration under Rule 415, registering securities to be sold from time to time over up to
   three years, with pricing details in prospectus supplements. Well-known seasoned issuers (generally $700 million or
   more of public float) get automatic shelf registration that is effective on filing. The seasoned company can
   therefore use a shelf to issue debt within days.

## cybersecurity_disclosure_rules | sec_filings | hard
Q: What do the SEC's 2023 cybersecurity disclosure rules require?
Q: A public company discovers a ransomware attack. When must it file an 8-K?
Q: What must companies say about cybersecurity in their annual report?
A: Rules adopted in July 2023 require public companies to disclose material cybersecurity incidents on Form 8-K Item
   1.05 within four business days after the company determines the incident is material, and the materiality
   determination must be made without unreasonable delay after discovery; disclosure covers the nature, scope and
   timing of the incident and its material impact or reasonably likely impact, not technical details that would impede
   the response. Filing may be delayed only if the U.S. Attorney General determines that immediate disclosure would
   pose a substantial risk to national security or public safety. Annually, Form 10-K Item 1C requires describing
   processes for assessing, identifying and managing material cybersecurity risks, whether risks have materially
   affected the company, and board oversight and management's role and expertise. For the ransomware attack, the clock
   starts when the company concludes the attack is material, not when it is discovered; immaterial incidents can be
   disclosed voluntarily under other items.

## regulation_fd | sec_filings | easy
Q: What is Regulation FD?
Q: A CEO privately tells a few analysts that quarterly sales will miss estimates. What does Regulation FD require?
Q: How can a company share material information with investors without violating fair disclosure rules?
A: Regulation Fair Disclosure (2000) prohibits public companies, and people acting on their behalf, from selectively
   disclosing material nonpublic information to market professionals (analysts, investment advisers, broker-dealers)
   or to shareholders who may trade on it, without also disclosing it publicly. If a selective disclosure is
   intentional, public disclosure must be simultaneous; if unintentional, it must be made promptly, meaning within 24
   hours or before the next day's trading opens, whichever is later. The CEO's private comments to analysts would
   require prompt public disclosure, typically through a furnished 8-K or a widely disseminated press release.
   Companies comply by using press releases, 8-Ks, open webcasts of earnings calls and, with advance notice to
   investors, websites and social media channels. Disclosures to parties owing a duty of confidence, such as lawyers
   or bankers under a confidentiality agreement, are excluded.
"""
