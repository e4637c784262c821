"""Glossary facts: fintech (payments, digital assets, robo-advisors).

Block format: see :mod:`training.data.gen.glossary`.
"""

TEXT = """
## ach_network_basics | payments | easy
Q: How does the ACH network work?
Q: What is the difference between an ACH credit and an ACH debit?
Q: How long does an ACH payment take, and how long does a consumer have to dispute an unauthorized ACH debit?
A: The Automated Clearing House (ACH) network moves batched electronic payments between U.S. bank accounts under the
   Nacha Operating Rules, with the Federal Reserve and The Clearing House acting as ACH operators. An ACH credit
   pushes money from the originator's account to the receiver (payroll direct deposit, vendor payments); an ACH debit
   pulls money from the receiver's account with their authorization (bill payments, subscriptions). Standard ACH
   settles in one to two business days, and Same Day ACH, available for payments up to $1 million each, settles the
   same business day in several windows. Payments can be returned: for example, for insufficient funds within two
   banking days, and consumers can have unauthorized debits returned for up to 60 days after the settlement date
   through their bank. ACH is inexpensive and well suited to recurring payments but is not instant or final like a
   wire.

## wire_transfers_vs_ach | payments | easy
Q: What is the difference between a wire transfer and an ACH transfer?
Q: Why do real estate closings usually require wire transfers, and what fraud risk does that create?
Q: Can a wire transfer be reversed once it is sent?
A: A domestic wire transfer over Fedwire (or CHIPS for large-value interbank payments) is a real-time gross settlement
   payment: each transfer settles individually and is final and irrevocable once processed, usually within minutes
   during operating hours, for a higher fee. ACH payments are batched, cheaper and slower, and ACH debits can be
   returned for days or weeks. International wires typically use SWIFT messaging between correspondent banks. Because
   wires are immediate and final, they are used for large, time-sensitive payments such as real estate closings, and
   they are a target for business email compromise and closing-fund scams, in which criminals send fake wiring
   instructions; recovery depends on quickly contacting the banks before funds are withdrawn. Verifying instructions
   by calling a known phone number is the standard defence.

## instant_payment_rails | payments | easy
Q: What are the RTP network and FedNow?
Q: How do real-time payment systems differ from ACH and card payments?
Q: Why are instant payments described as credit-push and irrevocable?
A: The RTP network, launched by The Clearing House in 2017, and the Federal Reserve's FedNow Service, launched in July
   2023, are U.S. instant payment systems that clear and settle individual payments between participating financial
   institutions in seconds, 24 hours a day, 365 days a year, with immediately available funds for the recipient. Both
   are credit-push only: the payer's institution sends the money, so there are no pull debits, and payments are final
   and irrevocable once settled, which reduces settlement risk but means scams cannot be reversed through the network.
   They also support request-for-payment messages and rich data. ACH is batched and slower; card payments are
   authorized instantly but settle later and carry chargeback rights. Adoption depends on banks joining the networks,
   and transaction limits are set by the network and each bank.

## card_payment_four_party_model | payments | medium
Q: How does a credit card payment flow through the four-party model?
Q: What is interchange and who pays it?
Q: Explain the roles of the issuer, the acquirer and the card network in a card transaction.
A: In the four-party model used by Visa and Mastercard, the cardholder's bank (issuer) issues the card, the merchant's
   bank or processor (acquirer) accepts transactions for the merchant, and the card network routes messages and sets
   rules. At checkout, an authorization request flows from the merchant through the acquirer and network to the
   issuer, which approves or declines; later, in clearing and settlement, the issuer pays the acquirer the purchase
   amount minus interchange, and the acquirer pays the merchant minus its own fees. Interchange is set by the networks
   and paid by the acquirer to the issuer, then passed on to the merchant as part of the merchant discount rate along
   with network and processing fees; it typically ranges from under 1% to over 2% depending on card type and merchant
   category, with rewards cards costing more. American Express and Discover have traditionally operated three-party
   models in which they are both issuer and network.

## card_chargebacks | payments | easy
Q: What is a chargeback?
Q: A customer disputes a $600 online purchase claiming it never arrived. How does the chargeback process work for the
   merchant?
Q: How do consumer dispute rights differ between credit cards and debit cards?
A: A chargeback is a reversal of a card transaction initiated by the issuer at the cardholder's request, under card
   network rules, for reasons such as fraud, goods not received, goods not as described or processing errors. The
   issuer provisionally credits the cardholder and debits the merchant's acquirer; the merchant can fight the
   chargeback through representment, submitting evidence such as delivery confirmation or signed receipts, and the
   issuer and network decide, with arbitration as a final stage. Merchants pay fees and risk penalty programs if their
   chargeback ratios are high. For credit cards, the Fair Credit Billing Act (Regulation Z) lets consumers dispute
   billing errors in writing within 60 days of the statement and limits liability for unauthorized use to $50; for
   debit cards, Regulation E covers unauthorized transfers and errors, but not merchant quality disputes, which rely
   on network rules. "Friendly fraud," disputes of legitimate purchases, is a growing problem.

## durbin_amendment_reg_ii | payments | medium
Q: What does the Durbin Amendment and Regulation II do?
Q: Why do small banks and credit unions earn more interchange on debit cards than large banks?
Q: What routing rights do merchants have for debit card transactions?
A: The Durbin Amendment to the Dodd-Frank Act, implemented by the Federal Reserve's Regulation II, caps debit card
   interchange fees for issuers with $10 billion or more in assets at 21 cents plus 0.05% of the transaction, plus a
   1-cent fraud-prevention adjustment for qualifying issuers. Smaller issuers, such as most community banks and credit
   unions, are exempt and earn higher interchange, which is why many fintech debit programs partner with exempt banks.
   Regulation II also requires every debit card to be enabled on at least two unaffiliated networks and prohibits
   issuers and networks from restricting merchants' choice of network, and the Fed clarified that this applies to
   card-not-present (online) transactions starting in July 2023. The Fed has proposed lowering the cap, but credit
   card interchange remains unregulated at the federal level.

## pci_dss_and_tokenization | payments | easy
Q: What is PCI DSS?
Q: How do tokenization and EMV chips reduce card fraud?
Q: A small online merchant wants to minimize its card security compliance burden. What approach helps?
A: The Payment Card Industry Data Security Standard (PCI DSS) is a set of security requirements created by the card
   brands and maintained by the PCI Security Standards Council for any entity that stores, processes or transmits
   cardholder data; it covers network security, protection of stored data, encryption in transit, vulnerability
   management, access control, monitoring and testing, and security policies. Compliance is enforced through contracts
   with acquirers, and version 4.0 is now in force. EMV chip cards generate a unique cryptogram for each in-person
   transaction, making stolen card data hard to reuse, which shifted fraud online. Tokenization replaces the card
   number with a token usable only in a specific context, such as a merchant or a mobile wallet device, so a breach
   exposes useless tokens. A small merchant can reduce its PCI scope by using a processor's hosted payment page or
   tokenized checkout so card numbers never touch its systems.

## push_payment_scams_liability | payments | hard
Q: If a consumer is tricked into sending money through a P2P app to a scammer, will the bank reimburse them?
Q: How does Regulation E treat unauthorized transfers versus authorized push payment fraud?
Q: A client sent $3,000 through Zelle to someone posing as her bank's fraud department. What are her options?
A: Regulation E protects consumers against unauthorized electronic fund transfers, meaning transfers initiated by
   someone other than the consumer without actual authority, such as after an account takeover; the CFPB has said this
   includes transfers a fraudster initiates using credentials obtained by tricking the consumer. But when the consumer
   herself initiates the payment after being deceived (authorized push payment fraud), the transfer is generally
   considered authorized, so Regulation E does not require reimbursement, and instant payments cannot be reversed
   through the network. The client should report immediately to her bank and the P2P service, which may try to recover
   funds from the receiving bank and may reimburse under voluntary policies (Zelle's network introduced reimbursement
   for certain impostor scams in which criminals pose as banks or government agencies), file reports with the FTC and
   FBI IC3, and watch for recovery scams. The United Kingdom, by contrast, has required reimbursement of many APP
   fraud victims since October 2024. Prevention relies on warnings, confirmation of payee and verifying contacts
   independently.

## blockchain_basics | digital_assets | easy
Q: What is a blockchain?
Q: How does a public blockchain like Bitcoin record transactions without a central authority?
Q: What is the difference between proof of work and proof of stake?
A: A blockchain is a shared, append-only ledger maintained by a network of computers (nodes) rather than a central
   intermediary. Transactions are grouped into blocks, each cryptographically linked to the previous one by its hash,
   so altering past records would require redoing the work or stake behind all later blocks and convincing the
   network. Participants agree on the valid chain through a consensus mechanism. In proof of work (Bitcoin), miners
   compete to solve computational puzzles, spending electricity, to add the next block and earn newly issued coins and
   fees. In proof of stake (Ethereum since September 2022), validators lock up (stake) coins as collateral and are
   chosen to propose and attest to blocks, earning rewards and facing penalties (slashing) for misbehaviour; it uses
   far less energy. Ownership is controlled by private keys rather than accounts at an institution.

## crypto_custody | digital_assets | easy
Q: What is the difference between self-custody and custodial crypto wallets?
Q: "Not your keys, not your coins": what does that mean for an investor keeping bitcoin on an exchange?
Q: How do hot and cold wallets differ?
A: Crypto assets are controlled by private keys. In self-custody, the owner holds the keys, in a hardware wallet or
   software wallet with a recovery seed phrase; no intermediary can freeze or lose the assets, but losing the keys or
   seed means permanent loss, and theft by malware or phishing is irreversible. With a custodial arrangement, an
   exchange or custodian holds the keys and the customer has a claim on the platform: convenient, with password
   recovery, but exposed to the platform's insolvency, fraud or hacking, as customers of FTX and other failed
   platforms learned in 2022, when customer assets were commingled or misused. Hot wallets are connected to the
   internet for convenience and trading; cold wallets are kept offline for security. Institutional investors and
   advisers generally use regulated qualified custodians, such as trust companies, that segregate client assets.

## stablecoins | digital_assets | medium
Q: What is a stablecoin and how does it maintain its peg?
Q: What are the differences between fiat-backed, crypto-collateralized and algorithmic stablecoins?
Q: Why did TerraUSD collapse while reserve-backed stablecoins largely held their pegs?
A: A stablecoin is a crypto token designed to hold a stable value, usually one U.S. dollar. Fiat-backed stablecoins
   (such as USDC and USDT) hold reserves of cash, Treasury bills and similar assets and let eligible holders redeem
   tokens for dollars, so arbitrage keeps the price near $1; their safety depends on the quality, custody and
   transparency of reserves. Crypto-collateralized stablecoins (such as DAI) are backed by more than 100% crypto
   collateral locked in smart contracts, liquidated if collateral value falls. Algorithmic stablecoins rely on supply
   adjustments and a linked token rather than full reserves; TerraUSD lost its peg and collapsed in May 2022 when a
   run overwhelmed that mechanism. Even reserve-backed coins can briefly depeg, as USDC did in March 2023 when part of
   its reserves was held at the failed Silicon Valley Bank. In July 2025 the GENIUS Act created a U.S. federal
   framework for payment stablecoins requiring one-to-one reserves in high-quality liquid assets and regular
   disclosure.

## crypto_tax_treatment | digital_assets | medium
Q: How does the IRS tax cryptocurrency?
Q: Which crypto transactions are taxable events?
Q: A client bought bitcoin, swapped some for ether, earned staking rewards and moved coins between her own wallets.
   Which of these create taxable income or gains?
A: Since IRS Notice 2014-21, digital assets are treated as property, not currency, for federal tax purposes. Selling
   crypto for dollars, exchanging one crypto asset for another, and spending crypto on goods or services are taxable
   dispositions producing capital gain or loss (short- or long-term based on the holding period). Buying with dollars
   and transferring between one's own wallets are not taxable. Mining and staking rewards are ordinary income at fair
   market value when the taxpayer gains dominion and control (Rev. Rul. 2023-14 for staking), and airdrops received
   after a hard fork are income when received (Rev. Rul. 2019-24); that value becomes the basis. So the client's swap
   to ether is taxable, the staking rewards are income, and the wallet transfers are not. Gains and losses are
   reported on Form 8949, and Form 1040 asks every filer whether they received or disposed of digital assets. The wash
   sale rule, which applies to stock and securities, has not applied to crypto that is not a security.

## form_1099_da_basis_reporting | digital_assets | hard
Q: What is Form 1099-DA?
Q: How do the new broker reporting rules for digital assets phase in for 2025 and 2026?
Q: Why must crypto investors track cost basis wallet by wallet starting in 2025?
A: Under the broker reporting rules from the 2021 infrastructure law and Treasury's 2024 regulations, custodial
   digital asset brokers, such as centralized exchanges and hosted wallet providers, must report customers' sales and
   exchanges on Form 1099-DA: gross proceeds for transactions on or after January 1, 2025, and cost basis for covered
   assets acquired on or after January 1, 2025 and held at the same broker, for sales beginning in 2026. Rules that
   would have covered decentralized finance platforms were repealed by Congress in 2025. Starting January 1, 2025,
   taxpayers must also track basis separately for each wallet or account rather than pooling across all holdings (Rev.
   Proc. 2024-28 provided a safe harbor for allocating unused basis to wallets as of that date); the default method is
   first-in, first-out within each wallet or account unless the taxpayer specifically identifies units. Investors with
   assets moved between platforms, or bought before 2025, need their own records because brokers may report proceeds
   without basis.

## spot_crypto_etps | digital_assets | easy
Q: What are spot bitcoin ETFs?
Q: How does owning a spot bitcoin exchange-traded product differ from owning bitcoin directly?
Q: When did U.S. spot bitcoin and ether exchange-traded products begin trading?
A: Spot bitcoin exchange-traded products hold actual bitcoin with a custodian and issue shares that trade on stock
   exchanges; the SEC approved the first U.S. spot bitcoin ETPs in January 2024, and spot ether ETPs began trading in
   July 2024. They are registered under the Securities Act but are generally structured as grantor trusts rather than
   1940 Act funds. Compared with holding bitcoin directly, they can be held in ordinary brokerage and retirement
   accounts, need no key management, and provide regulated custody and simple tax reporting, but they charge annual
   fees, trade only during market hours, and shareholders cannot withdraw the coins. For tax purposes, grantor trust
   shareholders are treated as owning their share of the underlying asset, and gains are capital gains. Earlier
   futures-based bitcoin ETFs track futures prices and incur roll costs.

## smart_contracts_defi_risks | digital_assets | medium
Q: What are smart contracts and decentralized finance?
Q: A client wants to earn yield by lending stablecoins on a DeFi protocol. What risks should she understand?
Q: How does DeFi differ from borrowing and lending through a bank or broker?
A: Smart contracts are programs deployed on a blockchain that execute automatically according to their code, such as
   releasing collateral when a loan is repaid. Decentralized finance (DeFi) uses them to offer trading through
   automated market makers, lending and borrowing pools, derivatives and yield strategies without traditional
   intermediaries, usually accessed through self-custodied wallets. Risks include coding bugs and exploits (hacks of
   DeFi protocols and cross-chain bridges have caused losses in the billions), oracle manipulation, governance
   attacks, liquidation of over-collateralized loans in price crashes, impermanent loss for liquidity providers,
   stablecoin depegs, and scams such as "rug pulls." Unlike bank deposits or brokerage accounts, there is typically no
   deposit insurance, SIPC coverage, customer support or regulator to recover losses, and the legal status of many
   activities is unsettled. High advertised yields usually signal high risk.

## robo_advisor_definition | robo_advisors | easy
Q: What is a robo-advisor?
Q: How does an automated investment service build and manage a client's portfolio?
Q: What kinds of clients are best served by a digital advice platform?
A: A robo-advisor is a digital investment advisory service that uses algorithms to build and manage portfolios with
   little or no human interaction. Clients answer an online questionnaire about goals, time horizon and risk
   tolerance; the algorithm recommends a diversified allocation, usually of low-cost ETFs, and then automatically
   rebalances, reinvests dividends and often harvests tax losses. Fees are typically lower than traditional advisory
   fees (often around 0.25% a year or less, plus fund expenses), and account minimums are low. Robo-advisors suit
   investors with straightforward accumulation goals who want low-cost, disciplined investing; complex needs such as
   tax, estate, business or retirement income planning usually require human advice.

## robo_advisor_regulation | robo_advisors | medium
Q: How are robo-advisors regulated?
Q: Does a robo-advisor owe clients a fiduciary duty?
Q: What did the SEC's 2017 guidance on robo-advisers emphasize?
A: Robo-advisers that give investment advice for compensation are investment advisers, generally registered with the
   SEC, subject to the Advisers Act and its fiduciary duty of care and loyalty, and they file Form ADV and deliver
   Form CRS like other advisers. The SEC staff's 2017 guidance highlighted three areas: disclosures (explaining the
   business model, the algorithm's functions, limitations and risks, the degree of human involvement and conflicts
   such as affiliated funds or cash allocations), the suitability of advice obtained through questionnaires (asking
   enough questions to understand the client, handling inconsistent answers and allowing clients to give information),
   and compliance programs tailored to automated advice, including testing and monitoring algorithms and
   cybersecurity. Many rely on Rule 3a-4 to avoid being treated as an investment company for their model portfolios,
   which requires individualized management.

## automated_tax_loss_harvesting | robo_advisors | medium
Q: How does automated tax-loss harvesting work at a robo-advisor?
Q: Can a robo-advisor's tax-loss harvesting trigger wash sales with a client's other accounts?
Q: How valuable is automated tax-loss harvesting for different investors?
A: A robo-advisor monitors taxable accounts daily for positions trading below their cost basis, sells them to realize
   losses and immediately buys a similar but not substantially identical fund, such as an ETF tracking a different
   index, to keep the allocation on target; after the 30-day window it may switch back. The losses offset capital
   gains and up to $3,000 of ordinary income a year, with the rest carried forward. The platform can only avoid wash
   sales within accounts it sees: purchases of the same fund in a spouse's account, an IRA at another firm, or through
   reinvested dividends elsewhere can trigger a wash sale, so clients should coordinate holdings. The benefit is
   mostly tax deferral and is larger for investors in high brackets with large taxable accounts, new money invested in
   volatile markets, and gains to offset; it is of little value in IRAs and 401(k)s, or for investors in the 0%
   capital gains bracket.

## direct_indexing | robo_advisors | easy
Q: What is direct indexing?
Q: How does owning the individual stocks of an index differ from owning an index ETF?
Q: A client with a large taxable account and ESG preferences asks about direct indexing. What are the benefits and
   drawbacks?
A: Direct indexing means owning the individual securities of an index, or a representative sample, in a separately
   managed account rather than a fund, with software maintaining tracking. Because each stock has its own basis,
   losses can be harvested on individual names even when the index rises overall, generating more tax losses than
   harvesting at the fund level, especially in the first years; it also allows customization, such as excluding
   companies for ESG or values reasons, or underweighting an employer's stock that the client already holds, and
   contributing appreciated shares or donating low-basis lots. Drawbacks: higher fees than index ETFs (though
   falling), tracking error from customization, the harvesting benefit fading as positions appreciate, and complexity
   in tax reporting. It is best suited to the client with a large taxable account, ongoing capital gains to offset or
   specific customization needs.

## robo_advisor_limitations | robo_advisors | hard
Q: What are the limitations of robo-advisors compared with human financial advisers?
Q: A recently widowed client with a pension decision, a taxable estate and a rental property asks whether a
   robo-advisor is enough. What should a planner explain?
Q: How can the design of an automated questionnaire lead to unsuitable advice?
A: Robo-advisors are efficient for portfolio management but typically address only part of a client's finances.
   Questionnaires may capture risk tolerance and horizon but miss outside assets, debts, tax situation, liquidity
   needs, employer stock, estate plans and behavioural tendencies, and contradictory answers may not be reconciled; a
   model built on a few questions can produce allocations that do not fit a complex situation. Most do not advise on
   pension elections, Social Security timing, insurance, estate and beneficiary planning, business interests or real
   estate, and they cannot provide the human reassurance that prevents panic selling in crashes. The widow facing a
   pension choice, estate settlement and a rental property needs comprehensive planning from a human adviser, perhaps
   with a hybrid service in which a robo platform manages investments. Conflicts can also exist, such as allocations
   to affiliated funds or cash programs that benefit the sponsor.

## robo_cash_allocation_conflicts | robo_advisors | hard
Q: Why have regulators scrutinized cash allocations in some robo-advisor portfolios?
Q: A "no-fee" robo portfolio holds 8% in cash swept to the sponsor's affiliated bank. How does the sponsor make money,
   and what must it disclose?
Q: What did the SEC's 2022 case against Schwab's robo-adviser involve?
A: Some robo-advisers that advertise no advisory fee earn revenue by allocating a portion of each portfolio to cash
   swept to an affiliated bank, which lends or invests the cash at a higher rate than it pays clients; the cash
   allocation can therefore be driven by the sponsor's profit rather than the client's interest, and it creates a drag
   on returns in rising markets. Under their fiduciary duty, advisers must fully and fairly disclose such conflicts
   and how cash allocations are determined, and cannot mislead clients about why they are made. In 2022, Schwab
   subsidiaries agreed to pay about $187 million to settle SEC charges that disclosures for Schwab Intelligent
   Portfolios suggested the cash allocation was set by a disciplined process to benefit clients, when it was set to
   generate revenue for the company. Clients comparing platforms should look at the cash allocation, the rate paid on
   it and the total cost of the arrangement.
"""
