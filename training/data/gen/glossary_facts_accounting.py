"""Glossary facts: accounting, part 1 (depreciation, inventory valuation, financial statements, journal entries).

Block format: see :mod:`training.data.gen.glossary`.
"""

TEXT = """
## depreciation_purpose | depreciation | easy
Q: What is depreciation in accounting?
Q: Why does a company spread the cost of a machine over several years instead of expensing it when bought?
Q: Does depreciation represent a cash outflow?
A: Depreciation allocates the cost of a tangible long-lived asset, less its estimated salvage value, over its useful
   life, so that the expense is matched with the periods in which the asset helps generate revenue. It is an
   allocation of historical cost, not a measure of the asset's market value. Depreciation is a non-cash expense: the
   cash left when the asset was bought (an investing outflow), so on the indirect cash flow statement depreciation is
   added back to net income. It does reduce taxable income, which saves cash through the tax shield. Land is not
   depreciated because it does not wear out.

## depreciation_methods | depreciation | easy
Q: What are the main depreciation methods and how do they differ?
Q: Compare straight-line, double-declining-balance and sum-of-the-years'-digits depreciation.
Q: Which depreciation method gives the highest expense in an asset's first year?
A: Straight-line depreciation charges the same amount each year: (cost - salvage value) / useful life.
   Double-declining-balance (DDB) applies twice the straight-line rate to the asset's beginning book value each year,
   ignoring salvage in the rate but never depreciating below salvage, so expense is highest at first and falls over
   time; companies often switch to straight-line when that gives more. Sum-of-the-years'-digits multiplies the
   depreciable base by a declining fraction (remaining life / sum of the years' digits; for five years the fractions
   are 5/15, 4/15 and so on). Both accelerated methods charge more expense early, which suits assets that lose
   productivity or value quickly; DDB usually gives the highest first-year expense. Total depreciation over the life
   is the same under all methods.

## units_of_production_depreciation | depreciation | easy
Q: What is units-of-production depreciation?
Q: When is an activity-based depreciation method more appropriate than straight-line?
Q: A delivery truck is expected to be driven 200,000 miles. How would usage-based depreciation work?
A: Units-of-production depreciation ties expense to actual use rather than time: the depreciable base (cost minus
   salvage) is divided by total estimated units of output or use, such as machine hours, units produced or miles, to
   get a rate per unit, and each period's expense is that rate times the units used. For a truck costing $90,000 with
   $10,000 salvage and 200,000 expected miles, the rate is $0.40 per mile, so 30,000 miles in a year gives $12,000 of
   depreciation. It suits assets whose wear depends mainly on usage, such as mining equipment or vehicles, and makes
   expense vary with activity.

## macrs_conventions | depreciation | medium
Q: What is MACRS and what conventions does it use?
Q: Why might a business that buys most of its equipment in December be forced to use the mid-quarter convention?
Q: What recovery periods apply to residential rental and commercial buildings for federal tax depreciation?
A: The Modified Accelerated Cost Recovery System (MACRS) is the federal tax depreciation system. Under the general
   system, property is assigned a recovery class (such as 5-year for computers and vehicles, 7-year for most furniture
   and equipment) and depreciated using 200% or 150% declining balance switching to straight-line, with no salvage
   value. The half-year convention treats personal property as placed in service at mid-year; but if more than 40% of
   the year's depreciable personal property (excluding real property) is placed in service in the last quarter, the
   mid-quarter convention applies, which lowers first-year depreciation for those late purchases. Real property uses
   straight-line with a mid-month convention over 27.5 years for residential rental property and 39 years for
   nonresidential real property. MACRS usually differs from book depreciation.

## section_179_and_bonus_depreciation | depreciation | medium
Q: What are Section 179 expensing and bonus depreciation?
Q: A small business bought $300,000 of equipment in 2024. How could it deduct the cost faster for tax purposes?
Q: How do Section 179 and bonus depreciation differ in limits and flexibility?
A: Both let businesses deduct the cost of qualifying property faster than regular MACRS. Section 179 allows electing
   to expense qualifying equipment and certain improvements up to an annual limit ($1,220,000 in 2024, reduced dollar
   for dollar when purchases exceed $3,050,000), but the deduction cannot exceed taxable business income (the excess
   carries forward) and can be elected asset by asset. Bonus depreciation is automatic unless elected out by class,
   has no income limit (so it can create a loss) and no dollar cap; under the 2017 law it phased down from 100% to 80%
   in 2023 and 60% in 2024, and the 2025 reconciliation law restored 100% bonus depreciation for property acquired
   after January 19, 2025. The $300,000 of 2024 equipment could be fully expensed under Section 179 if the business
   has enough income. State conformity varies, and accelerated deductions create deferred tax liabilities for
   financial reporting.

## book_vs_tax_depreciation | depreciation | hard
Q: Why do companies keep different depreciation schedules for financial reporting and taxes?
Q: How does accelerated tax depreciation create a deferred tax liability?
Q: A company uses straight-line for its financial statements and MACRS on its tax return. What appears on its balance
   sheet as a result?
A: Financial reporting aims to match expense with the asset's use, so companies often use straight-line over the
   estimated useful life; tax rules (MACRS, bonus depreciation, Section 179) allow faster deductions to encourage
   investment. In early years tax depreciation exceeds book depreciation, so taxable income and current taxes are
   lower than book income would imply. The asset's tax basis is then below its carrying amount, a temporary difference
   that will reverse as book depreciation later exceeds tax depreciation; the company records a deferred tax liability
   equal to the difference times the enacted tax rate, and income tax expense includes the deferred portion. The
   difference is timing, not permanent: total depreciation over the asset's life is the same.

## change_in_depreciation_estimate | depreciation | medium
Q: How should a company account for a change in an asset's estimated useful life or salvage value?
Q: A machine bought for $100,000 with a 10-year life is re-estimated after four years to last only four more years.
   How does depreciation change?
Q: Is a change in depreciation method treated as a change in principle or a change in estimate?
A: Changes in useful life or salvage value are changes in accounting estimate, applied prospectively: the remaining
   book value, less any new salvage estimate, is depreciated over the new remaining life, and prior periods are not
   restated. With straight-line and no salvage, the machine has a $60,000 book value after four years, so depreciation
   rises from $10,000 to $15,000 a year for the remaining four years. Under U.S. GAAP, a change in depreciation method
   is a change in estimate effected by a change in principle, also applied prospectively and justified as preferable.
   Corrections of errors, by contrast, are restated retrospectively.

## depreciation_recapture | depreciation | medium
Q: What is depreciation recapture when a business asset is sold?
Q: A company sells equipment for more than its depreciated tax basis. How is the gain taxed?
Q: How do Section 1245 and Section 1250 recapture rules differ?
A: When depreciated business property is sold at a gain, tax law recaptures some or all of the earlier depreciation
   deductions as ordinary income rather than capital gain. For Section 1245 property (equipment, vehicles and most
   personal property), gain up to the total depreciation taken is ordinary income, and only gain above original cost
   is Section 1231 gain, generally taxed as capital gain. For real property (Section 1250), straight-line depreciation
   is not recaptured as ordinary income for individuals, but that portion of the gain, unrecaptured Section 1250 gain,
   is taxed at up to 25%; the rest is Section 1231 gain. Recapture is why accelerated depreciation and Section 179 are
   partly a deferral of tax, not a permanent saving, if the asset is sold for more than its tax basis.

## inventory_cost_flow_methods | inventory_valuation | easy
Q: What are FIFO, LIFO and weighted average inventory methods?
Q: How does the choice of inventory cost flow assumption affect cost of goods sold and ending inventory?
Q: A retailer bought units at $10, then $12, and sold one. What cost does each method assign to the sale?
A: Inventory cost flow assumptions determine which costs go to cost of goods sold (COGS) and which stay in ending
   inventory, regardless of which physical units were sold. FIFO (first-in, first-out) expenses the oldest costs
   first, so COGS reflects older costs and ending inventory reflects recent costs; the retailer's sale costs $10. LIFO
   (last-in, first-out) expenses the newest costs first; the sale costs $12. Weighted average assigns the average cost
   of goods available; here $11. Specific identification tracks the actual cost of each unit and is used for unique,
   high-value items. The methods differ only when prices change.

## lifo_in_rising_prices | inventory_valuation | medium
Q: Why do some U.S. companies use LIFO when prices are rising?
Q: How do FIFO and LIFO affect reported profit, taxes and the balance sheet during inflation?
Q: What is the LIFO conformity rule?
A: When costs are rising, LIFO puts the most recent, higher costs into cost of goods sold, lowering reported gross
   profit and taxable income and therefore cash taxes, while FIFO reports higher profit and higher taxes. LIFO leaves
   older, lower costs on the balance sheet, so ending inventory can be far below current replacement cost, while
   FIFO's ending inventory approximates current cost. The LIFO conformity rule requires a company that uses LIFO for
   U.S. tax purposes to also use it for its financial statements, so the tax saving comes with lower reported
   earnings. LIFO is permitted under U.S. GAAP but prohibited under IFRS.

## lifo_reserve_and_liquidation | inventory_valuation | hard
Q: What is a LIFO reserve and how do analysts use it?
Q: A LIFO company's profit jumped because inventory quantities fell. What happened?
Q: How can an analyst convert a LIFO company's financial statements to a FIFO basis for comparison?
A: The LIFO reserve is the difference between inventory valued at FIFO (or current cost) and the LIFO carrying amount,
   disclosed by LIFO users. Analysts add the reserve to LIFO inventory to get FIFO inventory, and subtract the year's
   increase in the reserve from LIFO cost of goods sold to get FIFO COGS (adjusting equity and taxes for the
   cumulative difference), which makes LIFO and FIFO companies comparable. A LIFO liquidation occurs when a company
   sells more than it buys and dips into old, low-cost LIFO layers: those old costs flow into COGS, inflating gross
   margin and taxable income in a way that is not sustainable, and the reserve shrinks. The profit jump likely came
   from such a liquidation, which disclosures should reveal.

## lower_of_cost_and_nrv | inventory_valuation | medium
Q: How is inventory written down when its value falls below cost?
Q: What is the lower of cost and net realizable value rule?
Q: Under U.S. GAAP, which inventory methods use lower of cost or market and which use net realizable value?
A: Inventory is carried at cost unless its value declines. Under U.S. GAAP (ASU 2015-11), inventory measured using
   FIFO or average cost is written down to the lower of cost and net realizable value, meaning estimated selling price
   less reasonably predictable costs of completion, disposal and transportation; inventory measured using LIFO or the
   retail method still uses the older lower of cost or market test, where market is replacement cost bounded by a
   ceiling (NRV) and a floor (NRV less a normal profit margin). The write-down is recognized as a loss in the period,
   usually in cost of goods sold, and under GAAP cannot be reversed later. IFRS uses lower of cost and NRV for all
   inventory and requires reversal of write-downs when values recover, up to original cost.

## periodic_vs_perpetual_inventory | inventory_valuation | easy
Q: What is the difference between periodic and perpetual inventory systems?
Q: How does a business using a periodic system compute its cost of goods sold?
Q: Why do most modern retailers use perpetual inventory records?
A: A perpetual system updates inventory and cost of goods sold with every purchase and sale, usually through
   point-of-sale and inventory software, so balances are always current and shrinkage can be identified by comparing
   records with physical counts. A periodic system records purchases in a purchases account and determines cost of
   goods sold only at period-end: beginning inventory plus net purchases minus ending inventory from a physical count.
   Periodic systems are simpler but give no running balance and bury theft and spoilage in COGS. Retailers use
   perpetual systems for reordering, margin tracking and loss detection, and still count physically at least annually.

## fob_terms_and_consignment | inventory_valuation | medium
Q: How do FOB shipping point and FOB destination terms determine whose inventory goods in transit are?
Q: A manufacturer ships goods to a retailer on consignment. Who reports the inventory?
Q: At year-end, which goods should be included in a company's inventory count?
A: Ownership, not physical location, determines inventory. Under FOB shipping point, title passes to the buyer when
   goods leave the seller, so goods in transit at year-end belong to the buyer; under FOB destination, title passes on
   delivery, so they remain the seller's inventory until they arrive. With consignment, the consignor (the
   manufacturer) keeps ownership and reports the goods as inventory while they sit at the consignee's store, and
   recognizes revenue only when the consignee sells them to a customer; the consignee never records them as its
   inventory. Year-end counts must therefore add owned goods held elsewhere and exclude goods held for others.

## inventory_error_effects | inventory_valuation | hard
Q: How does an overstatement of ending inventory affect the financial statements?
Q: A company counted $50,000 of inventory twice at year-end. What is the effect on this year's and next year's profit?
Q: Why are inventory errors called self-correcting over two periods?
A: Because cost of goods sold equals beginning inventory plus purchases minus ending inventory, overstating ending
   inventory by $50,000 understates COGS and overstates gross profit and pre-tax income by $50,000 in the current
   year, and overstates assets and retained earnings at year-end. The overstated ending inventory becomes next year's
   beginning inventory, overstating next year's COGS and understating its income by the same $50,000. Over the two
   years combined, total income is correct and retained earnings are correct at the end of the second year, so the
   error is self-correcting, but each year's results and trends are misstated. A material error found later must be
   corrected by restating the prior period.

## three_statement_linkage | financial_statements | easy
Q: How are the income statement, balance sheet and cash flow statement connected?
Q: Explain how net income flows through the three financial statements.
Q: What do the three core financial statements each show about a company?
A: The income statement shows revenue, expenses and net income over a period; the balance sheet shows assets,
   liabilities and equity at a point in time; and the cash flow statement explains the change in cash over the period
   through operating, investing and financing activities. They link in several places: net income increases retained
   earnings on the balance sheet (less dividends) and is the starting point of the indirect-method operating cash
   flow; changes in working capital accounts on the balance sheet adjust net income to operating cash flow; capital
   expenditures and depreciation connect the PP&E balance to investing cash flows and the income statement; and the
   cash flow statement's ending cash equals the balance sheet's cash. A statement of stockholders' equity reconciles
   equity changes.

## accounting_equation | financial_statements | easy
Q: What is the accounting equation?
Q: Why must a balance sheet always balance?
Q: How does borrowing money, or earning a profit, affect the basic accounting equation?
A: The accounting equation is Assets = Liabilities + Equity: everything a company controls is financed either by
   creditors or by owners. Double-entry bookkeeping keeps it in balance because every transaction affects at least two
   accounts with equal debits and credits. Borrowing $1,000 increases cash (an asset) and a loan payable (a liability)
   by the same amount. Earning a profit increases assets (cash or receivables) and equity (through retained earnings).
   Paying a dividend reduces cash and equity. Equity is therefore the residual claim: assets minus liabilities.

## indirect_cash_flow_method | financial_statements | medium
Q: How does the indirect method calculate cash flow from operating activities?
Q: A company reported $2 million of net income but operating cash flow of only $500,000. What might explain the gap?
Q: Why are depreciation and changes in receivables and inventory adjusted in the cash flow statement?
A: The indirect method starts with net income and converts it to cash: add back non-cash expenses such as
   depreciation, amortization, stock-based compensation and impairments; remove non-operating gains and losses such as
   gains on asset sales (whose cash appears in investing); and adjust for changes in working capital. An increase in
   receivables or inventory, or a decrease in payables or accrued liabilities, uses cash and is subtracted; the
   reverse adds cash. A profitable company with rising receivables and inventory, as in a rapid expansion or slower
   customer collections, can show operating cash flow far below net income. Persistent gaps deserve scrutiny because
   they can signal aggressive revenue recognition. The direct method instead lists cash received from customers and
   paid to suppliers and employees.

## cash_flow_activity_classification | financial_statements | easy
Q: Which cash flows are operating, investing and financing activities?
Q: Where do buying equipment, paying dividends and paying suppliers appear on the cash flow statement?
Q: Under U.S. GAAP, how are interest paid and dividends paid classified in the statement of cash flows?
A: Operating activities are the cash effects of the main business: cash from customers and cash paid to suppliers,
   employees, for taxes and, under U.S. GAAP, interest paid and interest and dividends received. Investing activities
   are purchases and sales of long-term assets and investments, such as capital expenditures, acquisitions, and buying
   or selling securities. Financing activities are transactions with owners and lenders: issuing or repurchasing
   stock, borrowing and repaying debt, and paying dividends. So buying equipment is investing, paying dividends is
   financing, and paying suppliers is operating. IFRS allows more choice for interest and dividends. Significant
   non-cash investing and financing activities, such as acquiring assets with debt or a lease, are disclosed
   separately.

## other_comprehensive_income | financial_statements | easy
Q: What is other comprehensive income?
Q: Which gains and losses bypass net income and go to accumulated other comprehensive income?
Q: Why does comprehensive income differ from net income?
A: Comprehensive income is the total change in equity from non-owner sources in a period: net income plus other
   comprehensive income (OCI). OCI holds specific unrealized gains and losses that standards keep out of net income,
   including unrealized gains and losses on available-for-sale debt securities, foreign currency translation
   adjustments for foreign subsidiaries, effective portions of cash flow hedges, and certain pension and
   postretirement remeasurements. They accumulate in accumulated other comprehensive income (AOCI) in equity, and many
   are reclassified (recycled) into net income when realized, such as when the securities are sold. Under U.S. GAAP,
   unrealized gains and losses on equity securities go through net income, not OCI.

## accrual_vs_cash_basis | financial_statements | easy
Q: What is the difference between accrual-basis and cash-basis accounting?
Q: A consultant finishes a project in December but is paid in January. In which year is the revenue recorded under
   each basis?
Q: Why does GAAP require the accrual basis for financial statements?
A: Cash-basis accounting records revenue when cash is received and expenses when cash is paid. Accrual accounting
   records revenue when it is earned (when the performance obligation is satisfied) and expenses when incurred,
   matching them to the period they relate to, regardless of when cash moves. The consultant's December project is
   December revenue under the accrual basis, with a receivable, but January revenue under the cash basis. GAAP
   requires accrual accounting because it better reflects performance and obligations; cash flows are reported
   separately in the cash flow statement. Many small businesses use the cash method for taxes, which the tax code
   allows below a gross receipts threshold.

## free_cash_flow | financial_statements | easy
Q: What is free cash flow?
Q: How do analysts calculate free cash flow to the firm and free cash flow to equity?
Q: Why can free cash flow be a better measure of performance than net income?
A: Free cash flow is cash generated by operations after the capital spending needed to maintain and grow the business.
   The simplest version is operating cash flow minus capital expenditures. Free cash flow to the firm (FCFF),
   available to all capital providers, is often computed as EBIT x (1 - tax rate) + depreciation and amortization -
   capital expenditures - increase in net working capital. Free cash flow to equity (FCFE) is FCFF minus after-tax
   interest plus net borrowing. It is harder to manipulate with accruals than net income and shows the capacity to pay
   dividends, buy back stock, repay debt or make acquisitions, which is why it drives DCF valuation. There is no
   single GAAP definition, so companies' reported figures should be checked for exclusions such as stock-based
   compensation or acquisitions.

## going_concern_assessment | financial_statements | hard
Q: What does a going concern assessment involve under U.S. GAAP?
Q: A company has large debt maturing in eight months and no refinancing. What must management evaluate and disclose?
Q: What does an auditor's going concern paragraph signal to investors?
A: Financial statements are prepared assuming the entity will continue operating. Under ASC 205-40, management must
   evaluate each reporting period whether conditions and events, considered in the aggregate, raise substantial doubt
   about the entity's ability to meet its obligations as they come due within one year after the date the financial
   statements are issued (or available to be issued). If so, management considers whether its plans, such as
   refinancing, asset sales or cost cuts, are probable of being effectively implemented and would alleviate the doubt,
   and it must disclose the conditions and plans either way; if substantial doubt remains, it must say so explicitly.
   With debt maturing in eight months and no refinancing, substantial doubt is likely unless credible plans exist. An
   auditor's going concern paragraph is a warning of elevated risk of default or bankruptcy, and liquidation-basis
   accounting is used only when liquidation is imminent.

## ebitda_and_non_gaap_measures | financial_statements | medium
Q: What is EBITDA and why do companies report it?
Q: What are the limitations of using adjusted EBITDA to evaluate a business?
Q: What do SEC rules require when a public company presents a non-GAAP measure?
A: EBITDA is earnings before interest, taxes, depreciation and amortization, a proxy for operating cash earnings that
   ignores capital structure, tax jurisdictions and non-cash charges, which makes it useful for comparing companies
   and in debt covenants and valuation multiples. Limitations: it ignores capital expenditures needed to replace
   assets, working capital needs, interest and taxes that must be paid in cash, and "adjusted" versions often exclude
   recurring costs such as stock-based compensation or restructuring charges. Under SEC Regulation G and Item 10(e) of
   Regulation S-K, a public company presenting a non-GAAP measure must present the most directly comparable GAAP
   measure with equal or greater prominence (in filings), provide a quantitative reconciliation, and not make the
   measure misleading.

## debits_and_credits | journal_entries | easy
Q: How do debits and credits work in double-entry accounting?
Q: Which account types are increased by debits and which by credits?
Q: A company receives $5,000 in cash for services performed today. What is the journal entry?
A: Every transaction is recorded with equal debits (left side) and credits (right side). Debits increase asset,
   expense and dividend (draw) accounts and decrease liability, equity and revenue accounts; credits do the opposite.
   So the normal balance of assets and expenses is a debit, and of liabilities, equity and revenue a credit. Receiving
   $5,000 of cash for services performed today is recorded as a debit to Cash for $5,000 and a credit to Service
   Revenue for $5,000, increasing both an asset and equity through revenue. Debits and credits are not good or bad;
   they are just sides of the ledger.

## accrued_expense_entry | journal_entries | easy
Q: What is an accrued expense and how is it recorded?
Q: Employees earned $8,000 of wages in the last week of December that will be paid on January 5. What adjusting entry
   is needed?
Q: Why do accountants record expenses that have not yet been paid at period-end?
A: An accrued expense is a cost incurred in the period but not yet paid or recorded, such as wages, interest,
   utilities or taxes. Under the matching principle it must be recognized in the period incurred, with a liability for
   the amount owed. For the December wages, the adjusting entry on December 31 debits Wages Expense $8,000 and credits
   Wages Payable (or Accrued Liabilities) $8,000. When paid in January, the entry debits Wages Payable and credits
   Cash, with no expense in January for those wages. Failing to accrue understates expenses and liabilities and
   overstates income.

## deferred_revenue_entry | journal_entries | easy
Q: What is deferred (unearned) revenue and how is it recorded?
Q: A software company collects $12,000 on January 1 for a one-year subscription. What entries does it make?
Q: Why is cash received in advance a liability rather than revenue?
A: Deferred or unearned revenue is cash received before the company has delivered the goods or services. It is a
   liability because the company owes performance (or a refund). On January 1 the company debits Cash $12,000 and
   credits Deferred Revenue $12,000. Each month, as it provides the service, it debits Deferred Revenue $1,000 and
   credits Subscription Revenue $1,000, so revenue is recognized as earned over the year under ASC 606. At the end of
   March, for example, $3,000 has been recognized as revenue and $9,000 remains a liability. Growth in deferred
   revenue is a positive sign of future revenue for subscription businesses.

## prepaid_expense_entry | journal_entries | easy
Q: What is a prepaid expense?
Q: A business pays $6,000 on July 1 for six months of insurance. How is this recorded and adjusted?
Q: Why is an advance payment for rent or insurance treated as an asset at first?
A: A prepaid expense is a payment made in advance for goods or services to be received in future periods, such as
   insurance, rent or software subscriptions. It is recorded as an asset because it gives a future benefit: on July 1
   the business debits Prepaid Insurance $6,000 and credits Cash $6,000. Each month an adjusting entry moves the used
   portion to expense: debit Insurance Expense $1,000 and credit Prepaid Insurance $1,000. By December 31 the prepaid
   asset is zero and $6,000 of expense has been recognized over the six months it covers.

## allowance_for_doubtful_accounts | journal_entries | medium
Q: How does the allowance method account for bad debts?
Q: A company writes off a $2,000 customer account as uncollectible. Why does the write-off not affect net income under
   the allowance method?
Q: What is the difference between the allowance method and the direct write-off method?
A: Under the allowance method, required by GAAP when material, a company estimates expected credit losses at each
   reporting date (under ASC 326's current expected credit loss model, based on historical experience, current
   conditions and reasonable forecasts) and records an adjusting entry debiting Bad Debt (Credit Loss) Expense and
   crediting Allowance for Doubtful Accounts, a contra-asset that reduces receivables to their expected collectible
   amount. When a specific account is later written off, the entry debits the Allowance and credits Accounts
   Receivable for $2,000: both accounts fall equally, so net receivables and net income do not change, because the
   expense was recognized when estimated. The direct write-off method expenses bad debts only when an account is
   written off; it is used for taxes but is not GAAP because it delays expense and overstates receivables.

## closing_entries | journal_entries | easy
Q: What are closing entries and why are they made?
Q: Which accounts are temporary and which are permanent?
Q: Describe the closing process at the end of an accounting period.
A: Closing entries reset temporary (nominal) accounts, meaning revenues, expenses and dividends or owner draws, to
   zero at the end of the period and transfer their net effect to retained earnings (or owner's capital), so the next
   period starts fresh. Revenues are debited and expenses credited, with the difference (net income or loss) going to
   retained earnings, often through an income summary account; dividends are then closed directly to retained
   earnings. Permanent (real) accounts, which are assets, liabilities and equity, carry their balances forward. After
   closing, a post-closing trial balance contains only permanent accounts. Accounting software performs the closing
   automatically, but the logic is the same.

## trial_balance_limitations | journal_entries | medium
Q: What is a trial balance and what errors can it fail to detect?
Q: The trial balance balances, but the financial statements are still wrong. How can that be?
Q: Why do accountants prepare an unadjusted and an adjusted trial balance?
A: A trial balance lists every general ledger account and its debit or credit balance at a point in time to confirm
   that total debits equal total credits. Balancing only proves the equality of debits and credits; it does not catch
   errors that affect both sides equally, such as omitting a transaction entirely, recording the wrong amount on both
   sides, posting to the wrong account of the same type (debiting equipment instead of supplies), reversing the debit
   and credit, or making offsetting errors. An unadjusted trial balance is prepared before adjusting entries for
   accruals, deferrals and depreciation; the adjusted trial balance after them is the basis for the financial
   statements. Reconciliations, analytical review and internal controls catch what the trial balance cannot.

## year_end_adjusting_entries | journal_entries | hard
Q: At year-end a company has unbilled services of $4,000, $1,500 of interest owed on a loan, and a $3,000 annual
   equipment depreciation charge not yet recorded. What adjusting entries are needed and how do they affect net
   income?
Q: What are the four basic types of adjusting entries?
Q: Why are adjusting entries needed before financial statements are prepared?
A: Adjusting entries update accounts at period-end so revenues and expenses fall in the right period; the four basic
   types are accrued revenues, accrued expenses, deferred (unearned) revenues and prepaid expenses, plus estimates
   such as depreciation and credit losses. In the example: debit Accounts Receivable (or Unbilled Receivables) $4,000
   and credit Service Revenue $4,000; debit Interest Expense $1,500 and credit Interest Payable $1,500; debit
   Depreciation Expense $3,000 and credit Accumulated Depreciation $3,000. Together they change pre-tax income by
   $4,000 - $1,500 - $3,000 = -$500 (a $500 decrease), and they increase assets by a net $1,000 (receivable up $4,000,
   net equipment down $3,000) and liabilities by $1,500. Adjusting entries never involve cash; cash is recorded when
   it moves.
"""
