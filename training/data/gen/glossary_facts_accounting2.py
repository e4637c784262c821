"""Glossary facts: accounting, part 2 (revenue recognition, lease accounting, US GAAP vs IFRS, financial ratios).

Block format: see :mod:`training.data.gen.glossary`.
"""

TEXT = """
## asc606_five_steps | revenue_recognition | easy
Q: What are the five steps of revenue recognition under ASC 606 and IFRS 15?
Q: Walk through the revenue model that U.S. GAAP and IFRS share for contracts with customers.
Q: What is the core principle of ASC 606?
A: The core principle is to recognize revenue to depict the transfer of promised goods or services to customers in an
   amount reflecting the consideration the entity expects to be entitled to. The five steps are: (1) identify the
   contract with a customer (approved, enforceable, with commercial substance and collection of consideration
   probable); (2) identify the performance obligations, meaning the distinct goods or services promised; (3) determine
   the transaction price, including variable consideration, significant financing components and non-cash
   consideration; (4) allocate the transaction price to the performance obligations based on relative standalone
   selling prices; and (5) recognize revenue when (or as) each performance obligation is satisfied by transferring
   control to the customer. ASC 606 and IFRS 15 are substantially converged.

## distinct_performance_obligations | revenue_recognition | medium
Q: How does a company decide whether promises in a contract are separate performance obligations?
Q: A software vendor sells a license, installation and two years of support in one contract. How many performance
   obligations are there?
Q: What does "distinct" mean under ASC 606?
A: A promised good or service is a separate performance obligation if it is distinct: (1) capable of being distinct,
   meaning the customer can benefit from it on its own or with readily available resources, and (2) distinct in the
   context of the contract, meaning it is separately identifiable rather than an input to a combined output (for
   example, not significantly integrated with, modifying or highly interdependent with other promises). A series of
   substantially the same services transferred in the same pattern, such as daily cleaning, is treated as one
   obligation. In the software example, if the license is functional on its own, installation is routine and could be
   done by others, and support is sold separately, there are likely three obligations; if installation significantly
   customizes the software, license and installation combine into one. The transaction price is then allocated by
   relative standalone selling prices.

## variable_consideration_constraint | revenue_recognition | medium
Q: How is variable consideration such as rebates, bonuses or returns handled under ASC 606?
Q: A contractor can earn a $100,000 bonus for finishing early. When can it include the bonus in revenue?
Q: What is the constraint on variable consideration?
A: Variable consideration, including discounts, rebates, refunds, returns, price concessions, performance bonuses,
   penalties and usage-based fees, is estimated using either the expected value method (a probability-weighted amount,
   suited to many similar contracts) or the most likely amount method (suited to binary outcomes such as a bonus that
   is either earned or not). The estimate is then constrained: it is included in the transaction price only to the
   extent it is probable (highly probable under IFRS) that a significant reversal of cumulative revenue recognized
   will not occur when the uncertainty is resolved. Factors that increase the risk of reversal include outcomes
   outside the entity's control and limited experience. The contractor includes the early-completion bonus only when
   it is probable that it will be earned, and reassesses the estimate each reporting period. Sales- or usage-based
   royalties on licenses of IP follow a separate exception.

## over_time_vs_point_in_time | revenue_recognition | medium
Q: When is revenue recognized over time rather than at a point in time under ASC 606?
Q: A builder constructs a custom factory on the customer's land. Why does it recognize revenue as construction
   progresses?
Q: What are the three criteria for satisfying a performance obligation over time?
A: A performance obligation is satisfied over time if any one of three criteria is met: (1) the customer
   simultaneously receives and consumes the benefits as the entity performs (such as routine services); (2) the
   entity's performance creates or enhances an asset that the customer controls as it is created (such as construction
   on the customer's land); or (3) the performance creates an asset with no alternative use to the entity and the
   entity has an enforceable right to payment for performance completed to date (such as highly customized products
   with cancellation payment rights). Over-time revenue is measured by progress, using an output method (units
   delivered, milestones) or an input method (costs incurred relative to total expected costs). Otherwise revenue is
   recognized at the point in time control transfers, indicated by a present right to payment, legal title, physical
   possession, transfer of risks and rewards and customer acceptance.

## principal_vs_agent | revenue_recognition | hard
Q: How does a company decide whether to report revenue gross or net?
Q: An online travel site sells hotel rooms. When does it report the full room price as revenue and when only its
   commission?
Q: What indicators show that an entity is a principal rather than an agent under ASC 606?
A: An entity is a principal, reporting revenue gross (the full amount billed, with the supplier's cost in cost of
   sales), if it controls the specified good or service before it is transferred to the customer; it is an agent,
   reporting revenue net (its fee or commission), if it arranges for another party to provide it. Indicators of
   control include being primarily responsible for fulfilling the promise and for the acceptability of the goods or
   services, bearing inventory risk before or after transfer, and having discretion in setting the price. A travel
   site that merely connects customers with hotels, without committing to rooms in advance, is typically an agent and
   reports its commission; one that buys room inventory in advance at its own risk and sets prices may be a principal.
   The assessment is made for each specified good or service, and gross versus net reporting changes revenue and
   margins, though not profit.

## contract_costs_capitalization | revenue_recognition | medium
Q: Must sales commissions be capitalized under ASC 340-40?
Q: A company pays a salesperson a $12,000 commission for a three-year customer contract. How is the commission
   accounted for?
Q: Which costs of obtaining and fulfilling a contract are capitalized?
A: Incremental costs of obtaining a contract, costs that would not have been incurred if the contract had not been
   obtained, such as sales commissions, are capitalized as an asset if the entity expects to recover them, and
   amortized on a systematic basis consistent with the transfer of the related goods or services, which can include
   expected renewals. A practical expedient lets entities expense them immediately if the amortization period would be
   one year or less. The $12,000 commission for a three-year contract is capitalized and amortized over at least three
   years (longer if renewals are expected and no commensurate renewal commission is paid), with impairment testing.
   Costs to fulfill a contract not covered by other guidance, such as setup costs, are capitalized if they relate
   directly to a contract, generate or enhance resources used to satisfy future obligations, and are expected to be
   recovered. Costs incurred regardless of winning the contract, such as bid costs, are expensed.

## warranty_types_revenue | revenue_recognition | medium
Q: How are product warranties accounted for under ASC 606?
Q: What is the difference between an assurance-type warranty and a service-type warranty?
Q: A retailer sells an optional three-year extended warranty. Is it revenue at the time of sale?
A: An assurance-type warranty only assures that the product works as agreed; it is not a separate performance
   obligation, so the seller recognizes the full sale price as revenue and accrues the estimated cost of repairs as a
   warranty liability and expense. A service-type warranty provides a service beyond that assurance; if the customer
   can purchase it separately, or it covers a longer period or more than defects, it is a separate performance
   obligation: part of the transaction price is allocated to it, deferred and recognized as revenue over the coverage
   period. The optional extended warranty is a service-type warranty: the retailer recognizes its price over the three
   years (or reports only a commission if a third party provides the coverage and the retailer is an agent).

## contract_assets_and_liabilities | revenue_recognition | medium
Q: What is the difference between a contract asset, a receivable and a contract liability?
Q: A contractor has completed work it cannot bill until the next milestone. How does it present that on the balance
   sheet?
Q: Explain how timing differences between billing and performance appear under ASC 606.
A: When an entity has performed but its right to consideration is conditional on something other than the passage of
   time, such as completing a further milestone, it records a contract asset. When the right becomes unconditional,
   meaning only time must pass before payment is due, it is a receivable, even if an invoice has not been sent. When
   the customer pays, or payment is due, before the entity performs, the entity records a contract liability (deferred
   revenue). The contractor's unbilled but earned amount is a contract asset until the milestone is reached. Contract
   assets and liabilities are presented net at the contract level, and contract assets are subject to credit loss
   assessment like receivables.

## lessee_accounting_asc842 | lease_accounting | easy
Q: How does ASC 842 change lease accounting for lessees?
Q: Why did companies' balance sheets grow when the new lease standard took effect?
Q: What does a lessee record at the start of a lease under U.S. GAAP?
A: Under ASC 842, effective for public companies in 2019 and private companies in 2022, lessees recognize nearly all
   leases on the balance sheet: at commencement, a lease liability equal to the present value of the remaining lease
   payments and a right-of-use (ROU) asset equal to that liability plus initial direct costs and prepaid rent, less
   incentives received. Under the old standard, operating leases were off-balance-sheet with only rent disclosed, so
   companies with large store, office or equipment leases saw assets and liabilities rise. Leases of 12 months or less
   can be excluded under a short-term lease election. Leases are still classified as finance or operating, which
   determines the expense pattern on the income statement.

## finance_vs_operating_lease_criteria | lease_accounting | medium
Q: How does a lessee classify a lease as finance or operating under ASC 842?
Q: What are the five criteria that make a lease a finance lease?
Q: A company leases a machine for 8 years of its 10-year economic life. How is the lease likely classified?
A: A lease is a finance lease if any one of five criteria is met at commencement: (1) ownership transfers to the
   lessee by the end of the term; (2) the lessee has a purchase option it is reasonably certain to exercise; (3) the
   lease term is for the major part of the asset's remaining economic life (many companies use 75% or more as a
   policy); (4) the present value of lease payments plus any residual value guaranteed by the lessee equals or exceeds
   substantially all of the asset's fair value (commonly 90% or more); or (5) the asset is so specialized it has no
   alternative use to the lessor at the end of the term. Otherwise it is an operating lease. An 8-year lease of a
   10-year asset (80% of economic life) would typically be a finance lease under the 75% guideline. Lessors use
   similar criteria to identify sales-type leases.

## operating_vs_finance_lease_expense | lease_accounting | medium
Q: How do finance and operating leases differ on the income statement and cash flow statement under ASC 842?
Q: Why does a finance lease produce higher expense in early years than an operating lease with the same payments?
Q: Where do lease payments appear in the statement of cash flows for each lease type?
A: Both types put an ROU asset and lease liability on the balance sheet, but the expense differs. An operating lease
   recognizes a single straight-line lease cost in operating expenses; the ROU asset is reduced by a plug so that
   total cost stays level. A finance lease recognizes amortization of the ROU asset (usually straight-line) plus
   interest expense on the liability using the effective interest method, which is higher when the liability is
   larger, so total expense is front-loaded, with interest below operating income, raising EBITDA relative to an
   operating lease. In the cash flow statement, operating lease payments are operating outflows, while finance lease
   payments are split: principal is a financing outflow and interest follows the entity's interest classification
   (operating under U.S. GAAP). Total expense over the lease term is the same.

## ifrs16_single_lessee_model | lease_accounting | medium
Q: How does IFRS 16 lease accounting differ from ASC 842 for lessees?
Q: Why does EBITDA tend to be higher for companies reporting under IFRS 16?
Q: What exemptions does IFRS 16 allow for small or short leases?
A: IFRS 16 uses a single lessee model: essentially all leases are accounted for like finance leases, with depreciation
   of the ROU asset and interest on the lease liability, so there is no operating lease category for lessees. Because
   the entire lease cost is depreciation and interest rather than operating expense, EBITDA and operating income are
   higher than under ASC 842's operating lease treatment, and principal payments are financing cash flows, raising
   operating cash flow. IFRS 16 exempts short-term leases (12 months or less) and leases of low-value assets (the IASB
   indicated roughly $5,000 or less when new, such as laptops), which are expensed; ASC 842 has only the short-term
   exemption. Lessor accounting is largely unchanged under both standards. Analysts adjust for these differences when
   comparing U.S. and international peers.

## lease_discount_rate | lease_accounting | medium
Q: What discount rate does a lessee use to measure its lease liability?
Q: A company cannot determine the rate implicit in its office lease. What rate should it use?
Q: What is the incremental borrowing rate and what practical expedient is available to private companies?
A: A lessee discounts lease payments at the rate implicit in the lease if it is readily determinable, which it rarely
   is because it depends on the lessor's residual value and costs. Otherwise the lessee uses its incremental borrowing
   rate: the rate it would pay to borrow, on a collateralized basis over a similar term, an amount equal to the lease
   payments in a similar economic environment. A lower rate produces a larger liability and ROU asset. Under ASC 842,
   non-public entities may elect to use a risk-free rate for a comparable term, by class of underlying asset, which is
   simpler but increases the liability. IFRS 16 requires the implicit rate or the incremental borrowing rate, with no
   risk-free option.

## lease_term_and_options | lease_accounting | hard
Q: How do renewal and termination options affect the lease term under ASC 842?
Q: A retailer signs a 5-year store lease with two 5-year renewal options and invests heavily in leasehold
   improvements. What lease term should it use?
Q: When must a lessee reassess the lease term?
A: The lease term is the non-cancellable period plus periods covered by an option to extend that the lessee is
   reasonably certain to exercise, periods covered by an option to terminate that it is reasonably certain not to
   exercise, and periods controlled by the lessor's options. "Reasonably certain" is a high threshold, assessed using
   economic factors: contractual terms such as below-market renewal rents, significant leasehold improvements expected
   to have value beyond the initial term, relocation costs, the importance of the asset to operations and past
   practice. If the retailer's large improvements will have significant value past year five and moving would be
   costly, it may be reasonably certain to renew, making the term 10 or 15 years and increasing the liability. The
   lessee reassesses the term only on a significant event or change in circumstances within its control, such as
   making further major improvements, or when an option is exercised or not as expected.

## sale_leaseback_accounting | lease_accounting | hard
Q: How is a sale-leaseback accounted for under ASC 842?
Q: A company sells its headquarters to an investor and leases it back for 15 years. Can it recognize a gain on the
   sale?
Q: What makes a sale-leaseback a failed sale?
A: The seller-lessee first determines whether the transfer of the asset is a sale under ASC 606's control transfer
   criteria. If it is, the seller derecognizes the asset, recognizes any gain or loss (adjusted if the price is not at
   fair value) and accounts for the leaseback as a lessee. The transfer is not a sale if the leaseback would be a
   finance lease, or if the seller has an option to repurchase the asset, unless the repurchase is at fair value and
   substantially the same assets are readily available in the market (rarely true for real estate). In a failed sale
   the seller keeps the asset on its books and treats the cash received as a financing liability, and the buyer-lessor
   treats it as a loan receivable. So the company can recognize a gain on the headquarters only if the 15-year
   leaseback is an operating lease and there is no disqualifying repurchase option. IFRS 16 limits the gain to the
   portion relating to rights transferred to the buyer-lessor.

## identifying_a_lease | lease_accounting | hard
Q: How does a company determine whether a contract contains a lease?
Q: A company signs a service agreement with a data center that dedicates specific servers to it. Could the contract
   contain an embedded lease?
Q: What are substantive substitution rights and why do they matter for lease identification?
A: A contract contains a lease if it conveys the right to control the use of an identified asset for a period in
   exchange for consideration. That requires (1) an identified asset, explicitly or implicitly specified, which is not
   the case if the supplier has a substantive right to substitute the asset throughout the period (it can practically
   substitute alternative assets and would benefit economically from doing so); (2) the right to obtain substantially
   all of the economic benefits from using the asset; and (3) the right to direct how and for what purpose the asset
   is used, or the relevant decisions being predetermined. A data center agreement that dedicates specific, identified
   servers to the customer, which directs their use, may contain an embedded lease even though it is called a service
   contract, so lease and non-lease components must be separated unless the practical expedient to combine them is
   elected. Capacity portions of a larger asset, such as a share of a fiber cable, are generally not identified assets
   unless physically distinct.

## gaap_vs_ifrs_philosophy | gaap_ifrs | easy
Q: What is the main philosophical difference between U.S. GAAP and IFRS?
Q: Who sets U.S. GAAP and IFRS, and which companies use each?
Q: Can a foreign company listed in the United States file financial statements using IFRS?
A: U.S. GAAP, set by the Financial Accounting Standards Board (FASB) and recognized by the SEC, is often described as
   more rules-based, with detailed guidance, industry-specific rules and bright lines. IFRS, set by the International
   Accounting Standards Board (IASB), is more principles-based, relying more on judgment, and is required or permitted
   in well over 100 jurisdictions, including the EU. Since 2007, the SEC has allowed foreign private issuers to file
   IFRS financial statements as issued by the IASB without reconciliation to U.S. GAAP, but U.S. domestic issuers must
   use U.S. GAAP. The boards converged major standards such as revenue (ASC 606 / IFRS 15) and, partly, leases, but
   important differences remain.

## lifo_prohibited_under_ifrs | gaap_ifrs | easy
Q: Is LIFO allowed under IFRS?
Q: A U.S. company using LIFO plans to adopt IFRS. What changes for its inventory accounting?
Q: Which inventory cost formulas are permitted under IAS 2?
A: No. IAS 2 permits specific identification (required for items not ordinarily interchangeable), FIFO and weighted
   average cost, but prohibits LIFO because it does not faithfully represent inventory flows and can leave very old
   costs on the balance sheet. U.S. GAAP permits LIFO, and U.S. tax law requires LIFO users to use it for financial
   reporting as well (the LIFO conformity rule). A U.S. company moving to IFRS would have to switch to FIFO or
   weighted average, generally raising reported inventory and equity during inflationary periods, and it could face a
   tax cost if it also had to abandon LIFO for tax purposes. IAS 2 also requires reversal of write-downs when NRV
   recovers, which GAAP prohibits.

## impairment_gaap_vs_ifrs | gaap_ifrs | medium
Q: How does impairment testing of long-lived assets differ between U.S. GAAP and IFRS?
Q: Can an impairment loss be reversed if the asset's value recovers?
Q: Explain the recoverability test under ASC 360 and the recoverable amount under IAS 36.
A: Under U.S. GAAP (ASC 360), an asset group held and used is tested when indicators exist in two steps: first the
   recoverability test compares the carrying amount with the undiscounted future cash flows; only if the carrying
   amount exceeds them is an impairment loss measured as carrying amount minus fair value. Under IFRS (IAS 36), one
   step compares the carrying amount with the recoverable amount, the higher of fair value less costs of disposal and
   value in use (discounted cash flows), so IFRS impairments tend to be recognized earlier. U.S. GAAP prohibits
   reversal of impairment losses on assets held and used; IFRS requires reversal when the recoverable amount
   increases, up to the carrying amount that would have existed without the impairment, except for goodwill, whose
   impairments are never reversed under either framework. Goodwill is tested at the reporting unit level under GAAP
   and at the cash-generating unit level under IFRS.

## development_costs_gaap_vs_ifrs | gaap_ifrs | medium
Q: How are research and development costs treated under U.S. GAAP versus IFRS?
Q: A pharmaceutical and a software company both spend heavily on development. When can each capitalize costs?
Q: What criteria must be met to capitalize development costs under IAS 38?
A: Under U.S. GAAP, research and development costs are generally expensed as incurred, with exceptions such as
   internal-use software costs in the application development stage and software to be sold once technological
   feasibility is reached, and R&D assets acquired in a business combination. Under IFRS (IAS 38), research costs are
   expensed but development costs must be capitalized as an intangible asset once the entity can demonstrate technical
   feasibility, intention and ability to complete and use or sell the asset, how it will generate probable future
   economic benefits, adequate resources, and reliable measurement of the costs. A drug developer usually expenses
   development costs under both frameworks until regulatory approval is near, because feasibility is uncertain; an
   IFRS software company may capitalize more. The difference affects margins, assets and comparability.

## revaluation_model_ppe | gaap_ifrs | medium
Q: Can companies carry property, plant and equipment at fair value?
Q: How does the IFRS revaluation model work, and is it allowed under U.S. GAAP?
Q: A real estate company reports under IFRS. How might it measure its investment properties?
A: Under IFRS, an entity may choose, by class of PP&E, the cost model or the revaluation model (IAS 16): revalued
   assets are carried at fair value at the revaluation date less later depreciation and impairment, with revaluations
   performed regularly enough to stay current. Increases go to other comprehensive income as a revaluation surplus
   (unless reversing a prior loss), and decreases go to profit or loss unless reversing a surplus. IAS 40 also allows
   investment property to be measured at fair value with changes in profit or loss, without depreciation. U.S. GAAP
   does not permit upward revaluation of PP&E; assets stay at historical cost less depreciation and impairment. So the
   real estate company under IFRS may report investment property at fair value, which can make its balance sheet and
   earnings quite different from a U.S. peer's.

## contingencies_provisions | gaap_ifrs | hard
Q: When must a company record a liability for a lawsuit under U.S. GAAP and under IFRS?
Q: A company faces litigation where losses between $10 million and $30 million are equally likely. How much does it
   accrue under each framework?
Q: How do the meanings of "probable" and "contingent liability" differ between ASC 450 and IAS 37?
A: Under U.S. GAAP (ASC 450), a loss contingency is accrued when a loss is probable, meaning likely to occur
   (interpreted as a high threshold), and reasonably estimable; if a range is estimable and no amount within it is
   better than another, the minimum of the range is accrued, so $10 million here, with disclosure of the reasonably
   possible additional loss. Under IFRS (IAS 37), a provision is recognized when an outflow is probable, meaning more
   likely than not, and can be reliably estimated; it is measured at the best estimate, and for a continuous range
   with equally likely outcomes the midpoint is used, so $20 million, discounted if the effect is material. IFRS uses
   "contingent liability" only for unrecognized possible obligations that are disclosed. The lower recognition
   threshold and midpoint measurement mean IFRS provisions are often recognized earlier and larger.

## cash_flow_classification_differences | gaap_ifrs | medium
Q: How do U.S. GAAP and IFRS differ in classifying interest and dividends in the cash flow statement?
Q: Why might an IFRS company show higher operating cash flow than an otherwise identical U.S. company?
Q: Where are dividends paid reported under each framework?
A: U.S. GAAP prescribes the classification: interest paid, interest received and dividends received are operating
   activities, and dividends paid are financing activities. IAS 7 currently allows a consistent choice: interest paid
   and dividends paid may be operating or financing, and interest and dividends received may be operating or
   investing. An IFRS company that classifies interest paid as financing reports higher operating cash flow than a
   U.S. peer with the same transactions. Analysts reclassify these items for comparability, and IASB's IFRS 18,
   effective for periods beginning in 2027, removes much of the choice for most companies.

## component_depreciation | gaap_ifrs | easy
Q: What is component depreciation and which framework requires it?
Q: An airline owns aircraft whose engines need overhaul every few years. How does IFRS require it to depreciate the
   aircraft?
Q: How do IFRS and U.S. GAAP differ on depreciating parts of an asset with different useful lives?
A: Component depreciation means separately depreciating each significant part of an item of property, plant and
   equipment that has a cost significant relative to the total and a different useful life, such as a building's roof,
   elevators and structure, or an aircraft's airframe, engines and interior. IAS 16 requires it. U.S. GAAP permits
   component depreciation but does not require it, and most U.S. companies depreciate the asset as a whole. An IFRS
   airline depreciates the engines or overhaul component over the period to the next major overhaul and capitalizes
   the overhaul cost when incurred, while the airframe is depreciated over a longer life. Depreciation expense and the
   treatment of major maintenance therefore differ between frameworks.

## current_and_quick_ratios | financial_ratios | easy
Q: What are the current ratio and the quick ratio?
Q: A company has a current ratio of 2.0 but a quick ratio of 0.6. What does that suggest?
Q: How do liquidity ratios measure a company's ability to pay short-term obligations?
A: The current ratio is current assets divided by current liabilities; the quick (acid-test) ratio uses only the most
   liquid current assets, cash, marketable securities and receivables, divided by current liabilities, excluding
   inventory and prepaid expenses. The cash ratio is stricter still. A current ratio of 2.0 with a quick ratio of 0.6
   means most current assets are inventory: the company depends on selling inventory to meet its short-term
   obligations, which is risky if inventory is slow-moving or obsolete. Appropriate levels depend on the industry:
   grocery chains and restaurants with fast inventory turnover and upfront customer payments often run current ratios
   below 1.

## dupont_roe | financial_ratios | medium
Q: What is the DuPont analysis of return on equity?
Q: Two companies both earn a 15% ROE. How can DuPont analysis show that their returns have very different quality?
Q: Break down ROE into profitability, efficiency and leverage.
A: The three-step DuPont identity splits return on equity into net profit margin (net income / revenue) x asset
   turnover (revenue / average total assets) x equity multiplier (average total assets / average equity). It shows
   whether ROE comes from profitability, efficient use of assets or financial leverage. Two companies can both earn
   15%: one with a 10% margin, 0.75 turnover and 2x leverage, another with a 3% margin, 1.25 turnover and 4x leverage;
   the second depends far more on debt and thin margins, so its ROE is riskier. The five-step version further
   separates the margin into tax burden (net income / pre-tax income), interest burden (pre-tax income / EBIT) and
   operating margin (EBIT / revenue).

## leverage_and_coverage_ratios | financial_ratios | easy
Q: What do the debt-to-equity ratio and interest coverage ratio measure?
Q: A lender is reviewing a borrower's solvency. Which ratios indicate how much debt it carries and whether it can
   service it?
Q: How is times interest earned calculated and interpreted?
A: Leverage ratios measure how much of a company is financed with debt: debt-to-equity is total debt (sometimes total
   liabilities) divided by shareholders' equity, and debt-to-capital is debt divided by debt plus equity; net debt to
   EBITDA compares borrowings with earnings capacity and is common in loan covenants. Coverage ratios measure the
   ability to service debt: times interest earned (interest coverage) is EBIT divided by interest expense, so a ratio
   of 6 means operating earnings cover interest six times, while a ratio near or below 1.5 to 2 is a warning sign.
   Fixed-charge coverage adds lease and other fixed payments. Acceptable levels vary with business stability:
   utilities carry more debt than software companies.

## cash_conversion_cycle | financial_ratios | easy
Q: What is the cash conversion cycle?
Q: How do days inventory outstanding, days sales outstanding and days payables outstanding combine?
Q: Why can a retailer with a negative cash conversion cycle grow without much working capital financing?
A: The cash conversion cycle (CCC) measures how many days cash is tied up in operations: CCC = days inventory
   outstanding (average inventory / cost of goods sold x 365) + days sales outstanding (average receivables / revenue
   x 365) - days payables outstanding (average payables / cost of goods sold x 365). A shorter cycle means less
   working capital is needed to support sales. A retailer that sells inventory quickly for cash or card payments and
   pays suppliers on 60-day terms can have a negative CCC: suppliers effectively finance its inventory, so growth
   generates cash rather than consuming it. Rising DSO or DIO can signal collection problems or slow-moving inventory.

## profit_margins | financial_ratios | easy
Q: What is the difference between gross margin, operating margin and net margin?
Q: A company's gross margin rose but its operating margin fell. What might explain that?
Q: How are the main profitability margins calculated?
A: Gross margin is gross profit (revenue minus cost of goods sold) divided by revenue and reflects pricing power and
   production or purchasing costs. Operating margin is operating income (gross profit minus operating expenses such as
   selling, general and administrative costs and R&D) divided by revenue and reflects core operating efficiency. Net
   margin is net income divided by revenue, after interest, taxes and non-operating items. A rising gross margin with
   a falling operating margin means operating expenses grew faster than gross profit, for example from higher
   marketing, hiring or R&D spending. Comparisons are most meaningful within an industry and over time.

## return_on_assets_vs_equity | financial_ratios | medium
Q: What is the difference between return on assets and return on equity?
Q: Why can a bank have a 1% ROA and a 12% ROE at the same time?
Q: How does financial leverage magnify ROE relative to ROA?
A: Return on assets (ROA) is net income divided by average total assets and measures how profitably a company uses all
   its resources, regardless of financing; some analysts add back after-tax interest so it is not affected by
   leverage. Return on equity (ROE) is net income divided by average shareholders' equity and measures the return to
   owners. The link is ROE = ROA x (assets / equity): a bank with assets 12 times its equity turns a 1% ROA into about
   a 12% ROE. Leverage raises ROE when the return on assets exceeds the after-tax cost of debt but magnifies losses
   when it does not, so a high ROE driven by leverage carries more risk than one driven by margins or turnover. Share
   buybacks can also inflate ROE by shrinking equity.

## asset_and_inventory_turnover | financial_ratios | easy
Q: What do asset turnover and inventory turnover measure?
Q: A grocery chain turns its inventory 15 times a year and a jewelry retailer 1.5 times. What does that tell you?
Q: How are turnover ratios calculated and what do high or low values indicate?
A: Turnover ratios measure efficiency in using assets to generate sales. Total asset turnover is revenue divided by
   average total assets. Inventory turnover is cost of goods sold divided by average inventory; 365 divided by it
   gives days inventory outstanding. Receivables turnover is revenue (ideally credit sales) divided by average
   receivables. A grocer turning inventory 15 times a year holds goods for about 24 days, consistent with perishable,
   low-margin products; a jeweller turning 1.5 times holds goods for about 243 days, consistent with high-margin,
   slow-moving items. Within an industry, higher turnover generally signals efficiency, while unusually low or falling
   turnover can signal obsolete inventory or weak sales.

## ratio_analysis_limitations | financial_ratios | hard
Q: What are the main limitations of financial ratio analysis?
Q: An analyst compares the ratios of a U.S. retailer using LIFO with a European retailer using IFRS 16. What pitfalls
   should she watch for?
Q: Why can two companies with identical economics report very different ratios?
A: Ratios are only as comparable as the numbers behind them. Different accounting choices (LIFO versus FIFO,
   depreciation methods and lives, capitalization of development costs, lease accounting under ASC 842 versus IFRS 16,
   revaluation of PP&E) change margins, assets, leverage and returns for identical economics. Balance sheet figures
   are point-in-time and can be affected by seasonality or window dressing at period-end, so averages are better.
   Historical-cost assets understate current values during inflation, inflating return ratios for companies with older
   assets. Industry norms differ widely, one-time items distort single years, and diversified companies mix businesses
   with different economics. For the two retailers, the analyst should restate LIFO inventory to FIFO using the LIFO
   reserve, adjust lease expense and EBITDA for the IFRS 16 effect, and compare trends and peers rather than absolute
   thresholds.
"""
