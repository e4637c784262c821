"""Glossary facts: corporate finance (capital budgeting, cost of capital).

Block format: see :mod:`training.data.gen.glossary`.
"""

TEXT = """
## net_present_value_rule | capital_budgeting | easy
Q: What is net present value and what is the NPV decision rule?
Q: Why is NPV considered the best criterion for choosing investment projects?
Q: A project costs $1 million and its future cash flows are worth $1.15 million today at the company's cost of
   capital. What should the company do?
A: Net present value is the sum of a project's expected cash flows, each discounted at the appropriate cost of
   capital, minus the initial investment: NPV = sum of CF_t / (1 + r)^t - initial outlay. A positive NPV means the
   project is expected to earn more than the required return and to increase shareholder value by that amount; a
   negative NPV destroys value. The rule is to accept independent projects with NPV > 0 and, among mutually exclusive
   projects, choose the highest NPV. The example project has an NPV of $150,000, so it should be accepted. NPV is
   preferred because it uses all cash flows, accounts for the time value of money and risk through the discount rate,
   and measures value added in dollars.

## internal_rate_of_return | capital_budgeting | medium
Q: What is the internal rate of return of a project?
Q: What are the weaknesses of IRR as an investment criterion?
Q: A project's cash flows change sign several times. Why might IRR be misleading?
A: The internal rate of return is the discount rate that makes a project's NPV equal zero; the rule is to accept
   projects whose IRR exceeds the cost of capital. It is intuitive because it is a percentage return. Its weaknesses:
   it implicitly assumes interim cash flows are reinvested at the IRR itself, which can overstate attractive projects;
   projects with non-conventional cash flows (signs changing more than once, such as a large cleanup cost at the end)
   can have multiple IRRs or none; it ignores scale, so a small project with a high IRR may add less value than a
   large one with a lower IRR; and it cannot handle a cost of capital that changes over time. For these reasons, NPV
   is the primary criterion and IRR a supplement.

## npv_irr_conflict | capital_budgeting | hard
Q: Why can NPV and IRR rank mutually exclusive projects differently?
Q: Project A has a higher IRR but Project B has a higher NPV at the company's 10% cost of capital. Which should the
   company choose, and why?
Q: Explain the crossover rate between two projects' NPV profiles.
A: Rankings can conflict when projects differ in scale or in the timing of cash flows. Each project's NPV profile (NPV
   plotted against the discount rate) slopes downward, and projects with cash flows arriving later have steeper
   profiles; the crossover rate is the discount rate at which their NPVs are equal. Below the crossover, the project
   with later or larger cash flows has the higher NPV; above it, the other wins; IRR ranks by where each profile
   crosses zero, which ignores the actual cost of capital. The company should choose Project B, with the higher NPV at
   its 10% cost of capital, because NPV measures the dollar value added and assumes reinvestment at the cost of
   capital, a more realistic assumption than reinvestment at each project's IRR. Modified IRR or incremental IRR
   analysis gives consistent answers.

## payback_period | capital_budgeting | easy
Q: What is the payback period and what are its limitations?
Q: How does discounted payback improve on the simple payback period?
Q: Why do some managers still use payback despite its flaws?
A: The payback period is the time needed for a project's cumulative cash inflows to recover the initial investment: a
   $100,000 project returning $25,000 a year pays back in four years. Its flaws are that it ignores the time value of
   money, ignores all cash flows after the cutoff, and uses an arbitrary cutoff, so it can reject long-lived, valuable
   projects. Discounted payback uses discounted cash flows, fixing the first flaw but not the others. Managers still
   use payback as a rough measure of liquidity and risk, especially when capital is tight, technology changes fast or
   forecasts far into the future are unreliable, but it should supplement NPV, not replace it.

## profitability_index_capital_rationing | capital_budgeting | medium
Q: What is the profitability index and when is it useful?
Q: A company has a fixed capital budget and more positive-NPV projects than it can fund. How should it choose?
Q: How is the profitability index related to NPV?
A: The profitability index (PI) is the present value of future cash flows divided by the initial investment; PI > 1
   corresponds to NPV > 0. It measures value created per dollar invested, so under capital rationing, when a firm can
   fund only a limited budget, ranking independent projects by PI and accepting them in order until the budget is
   exhausted tends to maximize total NPV, though with indivisible projects or multiple constrained periods, the best
   combination should be found by comparing total NPV of feasible sets (or linear programming). For mutually exclusive
   projects without a budget constraint, PI can mislead like IRR because it ignores scale, so highest NPV should
   decide. Persistent capital rationing is itself a sign the firm should consider raising more capital.

## incremental_cash_flows | capital_budgeting | medium
Q: Which cash flows should be included in a capital budgeting analysis?
Q: A firm already spent $200,000 on market research for a new product. Should that cost be included in the project's
   NPV?
Q: Explain sunk costs, opportunity costs and cannibalization in project evaluation.
A: Only incremental after-tax cash flows, those that change because the project is undertaken, belong in the analysis.
   Sunk costs already spent, such as the $200,000 of market research, are excluded because they are incurred whether
   or not the project proceeds. Opportunity costs are included: if the project uses a building the firm could
   otherwise sell or rent, the forgone proceeds are a cost. Side effects count too: cannibalization of existing
   product sales reduces incremental cash flow, and complementary sales increase it. Include investments in net
   working capital (recovered at the end), the depreciation tax shield, and after-tax salvage value; exclude financing
   costs such as interest, because they are reflected in the discount rate. Allocated overhead counts only if it
   actually changes.

## equivalent_annual_annuity | capital_budgeting | hard
Q: How do you compare mutually exclusive projects with different useful lives?
Q: Machine A costs less but lasts 3 years, and Machine B costs more but lasts 6 years. How should a company choose
   between them?
Q: What is the equivalent annual annuity method?
A: Comparing NPVs of projects with unequal lives is biased when the assets will be replaced repeatedly, because the
   longer project's NPV covers more years of service. Two consistent approaches: the replacement chain (common life)
   method extends both projects to a common horizon, here 6 years, by assuming Machine A is replaced once, and
   compares NPVs over that horizon; the equivalent annual annuity method converts each project's NPV into a level
   annual amount over its own life, EAA = NPV x r / (1 - (1 + r)^-n), and picks the higher EAA (or, for cost-only
   comparisons, the lower equivalent annual cost). Both give the same ranking under repeated replacement with
   identical costs. If the assets will not be replaced, or technology and prices will change, simple NPV over each
   actual life may be more appropriate.

## modified_internal_rate_of_return | capital_budgeting | easy
Q: What is the modified internal rate of return?
Q: How does MIRR fix the reinvestment assumption of IRR?
Q: When would a CFO prefer to report MIRR rather than IRR?
A: MIRR compounds all of a project's intermediate cash inflows forward to the end of its life at a reinvestment rate,
   usually the cost of capital, discounts outflows to the present at the finance rate, and then finds the single rate
   that equates the present value of outflows with the terminal value of inflows: MIRR = (FV of inflows / PV of
   outflows)^(1/n) - 1. Because it assumes reinvestment at the cost of capital rather than at the IRR, it avoids
   overstating the return of highly profitable projects, and it produces a single answer even when cash flows change
   sign more than once. For projects of equal size and life it ranks consistently with NPV. CFOs may report it when a
   percentage is wanted but IRR would be misleading.

## real_options | capital_budgeting | easy
Q: What are real options in capital budgeting?
Q: Why might a project with a slightly negative static NPV still be worth starting?
Q: Give examples of options to expand, abandon or delay an investment.
A: Real options are management's rights, but not obligations, to change a project as information arrives: the option
   to expand if demand is strong (such as building a plant with room for a second line), to abandon and sell assets if
   results are poor, to delay investment until uncertainty resolves, or to switch inputs or outputs. A standard DCF
   assumes a fixed plan and misses this flexibility, which has value that increases with uncertainty, so a pilot
   project with a small negative NPV can be worth doing if it creates a valuable option to expand. Real options can be
   valued with decision trees or option pricing methods, though estimating volatility and exercise conditions is
   difficult, and managers must be careful not to use option value to justify any project.

## weighted_average_cost_of_capital | cost_of_capital | easy
Q: What is the weighted average cost of capital?
Q: How is WACC calculated and what is it used for?
Q: Why does the cost of debt enter WACC after tax?
A: WACC is the average rate of return a company must earn to satisfy all its capital providers, weighted by their
   shares of the capital structure at market values: WACC = (E/V) x re + (D/V) x rd x (1 - t) + (P/V) x rp, where E, D
   and P are the market values of equity, debt and preferred stock, V their sum, re, rd and rp their costs and t the
   marginal tax rate. The cost of debt is multiplied by (1 - t) because interest is tax-deductible (subject to limits
   such as the Section 163(j) cap in the U.S.), which reduces its net cost. WACC is the discount rate for free cash
   flow to the firm in DCF valuation and the hurdle rate for projects with average risk for the company.

## capm_cost_of_equity | cost_of_capital | easy
Q: How does the capital asset pricing model estimate the cost of equity?
Q: A stock has a beta of 1.2, the risk-free rate is 4% and the equity risk premium is 5%. What is its required return?
Q: What are the inputs to CAPM and the main criticisms of it?
A: CAPM states that the required return on equity equals the risk-free rate plus beta times the market (equity) risk
   premium: re = rf + beta x (E[Rm] - rf). With a 4% risk-free rate, a beta of 1.2 and a 5% premium, the cost of
   equity is 4% + 1.2 x 5% = 10%. The risk-free rate is usually a long-term government bond yield matched to the cash
   flows' horizon, beta is estimated by regression or from peers, and the premium from historical data or
   forward-looking models. Criticisms: beta estimates are unstable, the model explains actual returns imperfectly
   (size, value and other factors matter), and results are highly sensitive to the premium assumed. Practitioners
   sometimes add size or company-specific premiums or cross-check with dividend discount and bond-yield-plus-premium
   estimates.

## after_tax_cost_of_debt | cost_of_capital | easy
Q: How do you estimate a company's cost of debt?
Q: A company's bonds yield 6% and its marginal tax rate is 25%. What is its after-tax cost of debt?
Q: Why use the yield to maturity on outstanding bonds rather than their coupon rate?
A: The pre-tax cost of debt is the rate the company would pay to borrow today, best estimated from the yield to
   maturity on its outstanding long-term bonds, or, if they do not trade, from yields on debt with the same credit
   rating, or the risk-free rate plus a spread for its rating. The coupon rate reflects conditions when the bonds were
   issued and is not a current cost. Because interest is tax-deductible, the after-tax cost is rd x (1 - t): 6% x (1 -
   0.25) = 4.5%. The tax benefit is lost if the company has no taxable income or is limited by interest deductibility
   rules, and the cost of debt should reflect the marginal rate for new borrowing.

## market_value_weights | cost_of_capital | medium
Q: Why should WACC use market values rather than book values of debt and equity?
Q: A company's book equity is $200 million but its market capitalization is $1 billion. Which figure belongs in the
   WACC weights?
Q: What is a target capital structure and when should it be used in WACC?
A: WACC weights should reflect the proportions in which the company will finance itself going forward, at the prices
   investors would pay today, so market values are used: the market capitalization of equity and the market value of
   debt (book value of debt is often a reasonable proxy when rates have not moved much). Book equity reflects
   historical contributions and retained earnings, not the opportunity cost of investors' current capital, so using
   the $200 million book figure would overweight debt and understate WACC. Many analysts use a target capital
   structure, based on management's stated policy or industry norms, especially when current weights are temporarily
   distorted, for example after a large acquisition financed with debt, or when valuing a private company.

## levering_unlevering_beta | cost_of_capital | hard
Q: How do you adjust beta for differences in financial leverage?
Q: An analyst wants to estimate the cost of equity for a private company using peers with different debt levels. How
   does she use unlevered betas?
Q: Explain the Hamada equation for levering and unlevering beta.
A: An equity beta reflects both business risk and financial risk from leverage. To compare or transfer betas between
   companies with different capital structures, analysts unlever peers' observed equity betas to estimate asset
   (unlevered) betas, which reflect business risk alone, using the Hamada equation: beta_U = beta_L / [1 + (1 - t) x
   D/E], assuming debt beta is zero. They then average or take the median of peer asset betas and relever it at the
   target company's capital structure: beta_L = beta_U x [1 + (1 - t) x D/E]. For the private company, the analyst
   would select comparable public firms, unlever their betas, relever at the private company's target D/E and tax
   rate, and use the result in CAPM, often adding size or liquidity premiums. Variants assume a non-zero debt beta or
   constant leverage ratios.

## project_specific_discount_rate | cost_of_capital | hard
Q: Should a company use its overall WACC to evaluate every project?
Q: A low-risk utility is considering an investment in a speculative technology venture. What discount rate should it
   use?
Q: What is the pure-play method for estimating a project's cost of capital?
A: The company WACC is the right hurdle rate only for projects with risk similar to the company's average operations.
   Using it for all projects systematically accepts too many high-risk projects (whose true required return exceeds
   WACC) and rejects good low-risk ones, and over time shifts the firm toward riskier activities. The discount rate
   should reflect the project's own systematic risk. The pure-play method estimates it from publicly traded companies
   that operate only in the project's line of business: unlever their betas, relever at the project's financing mix,
   compute a project-specific cost of equity with CAPM and then a project WACC. For the utility's technology venture,
   the pure-play rate from tech companies would be much higher than the utility's WACC. Some firms approximate with
   risk classes and add-ons, and the country or currency of the cash flows also affects the rate.

## equity_risk_premium | cost_of_capital | easy
Q: What is the equity risk premium and how is it estimated?
Q: Why do valuation analysts disagree about the equity risk premium, and how much does it matter?
Q: Compare historical and forward-looking estimates of the market risk premium.
A: The equity risk premium (ERP) is the extra return investors expect from a broad stock market portfolio over the
   risk-free rate as compensation for bearing equity risk. Historical estimates average past excess returns of stocks
   over government bonds or bills, and vary with the period chosen, the choice of arithmetic or geometric mean and the
   risk-free benchmark. Forward-looking (implied) estimates back out the premium from current prices and expected cash
   flows, for example using dividend and buyback yields plus growth minus the risk-free rate, and surveys ask
   practitioners directly. Common U.S. estimates fall roughly in the 4% to 6% range. Because the ERP is multiplied by
   beta in CAPM and flows into every discount rate, a one-point difference can change valuations substantially, so
   analysts state and justify their assumption.

## capital_structure_theories | cost_of_capital | medium
Q: What do the Modigliani-Miller propositions say about capital structure?
Q: Explain the trade-off theory and the pecking order theory of financing.
Q: Why doesn't a company minimize its WACC simply by using as much debt as possible?
A: Modigliani and Miller showed that in perfect markets without taxes, firm value does not depend on capital
   structure: the cost of equity rises with leverage exactly enough to offset the benefit of cheaper debt, so WACC is
   constant. With corporate taxes, debt adds value through the interest tax shield. The trade-off theory adds costs of
   financial distress (bankruptcy costs, lost customers, underinvestment) and agency costs, which rise with leverage,
   so there is an optimal capital structure where the marginal tax benefit of debt equals the marginal expected
   distress cost; beyond it, WACC rises. The pecking order theory, based on information asymmetry, says firms prefer
   internal funds, then debt, and issue equity last because issuing stock signals that managers think shares are
   overvalued. In practice companies weigh ratings, flexibility and industry norms.

## flotation_costs | cost_of_capital | medium
Q: What are flotation costs and how should they affect project evaluation?
Q: A company must issue new stock to fund a project and will pay 5% underwriting fees. Should it raise its cost of
   equity?
Q: Why do many analysts prefer treating issuance costs as a cash outflow rather than adjusting the discount rate?
A: Flotation costs are the fees and expenses of issuing new securities, such as underwriting spreads, legal and
   registration costs, which are higher for equity than for debt and for small issues. One approach raises the cost of
   new equity, for example by dividing the dividend by the net proceeds per share in a dividend discount model, but
   this permanently inflates the discount rate for all future cash flows even though the cost is paid once. The
   preferred approach treats flotation costs as an additional initial cash outflow of the project that requires the
   financing, reducing its NPV directly. For the company paying 5% fees, the dollar cost of issuance should be added
   to the project's upfront investment. Retained earnings have no flotation cost, which is one reason firms prefer
   internal funding.
"""
