// Package sortbatch runs batches of self-sorting arrays (package sorting)
// and condenses them the way the paper does: per-run results, mean ± SD
// summaries and progress curves (spec shared/specs/sorting.md §5.2, §6,
// §7), beside the traditional top-down baseline (§3); and it lists the
// paper's experiments (Figs 3, 4, 5, 7, 8, 9) as ready-made conditions.
//
// # Use
//
// New(cfg, Options) builds a Batch of Options.Runs runs with seeds
// Options.Seed, Options.Seed+1, …; NewFromValues does the same from the
// sorting lab's parameter values. Step(budget) does a bounded amount of
// work and returns, in the manner of gonum/optimize: the page calls it with
// a frame's budget, the CLI in a loop until it reports true. Summary,
// Curves and Results read the finished runs at any time. A batch is a
// deterministic function of its configuration and options, natively and in
// js/wasm, whatever the budgets.
//
// Figures returns the paper's experiments; each Condition's Params are
// sorting schema values (Condition.Values) and its Paper values are keyed
// as Summary.Value.
//
// # Our choices
//
// Each is marked "Our choice:" where it is implemented.
//
//   - Budget (Step): one unit per cell-view activation and per run start;
//     traditional work at one unit per TraditionalUnit (1) comparisons +
//     swaps.
//   - Progress curves (§5.2): sample p = 0..100 at the 0-based post-swap
//     state floor((m−1)·p/100); runs with no swap are left out of the curves
//     and of DG, as §6.3 says for DG; the traditional curves and DG likewise
//     leave out baselines with no swap.
//   - A run with no swap has AggPeak equal to its aggregation, at
//     progress 0.
//   - Summary.Cost is the cell-view compare & swap counter (§6.5), equal to
//     Summary.Compares; TraditionalSummary.CostRatio divides the means.
//   - The traditional baseline runs only for arrays of one algotype that
//     sorts ascending (the textbook algorithms of §3 are ascending); it
//     starts from the array's initial values and frozen cells after Reset
//     (edits at activation 0 included, later clicks not).
//   - Figure conditions always give mix and damage, even at their defaults.
//   - Statistics are population mean and SD (ddof = 0, §6.7), accumulated
//     by Welford's update.
package sortbatch
