// Package sorting is the self-sorting array model of Zhang, Goldstein &
// Levin: an array of N cells, each holding a value and running its own
// cell-view ("bottom-up") sorting rule, with damaged (frozen) cells and
// chimeric mixes of rules.
//
// Paper: T. Zhang, A. Goldstein, M. Levin, "Classical Sorting Algorithms as
// a Model of Morphogenesis: self-sorting arrays reveal unexpected
// competencies in a minimal model of basal intelligence", arXiv:2401.05375
// (2023); Adaptive Behavior (2024), doi:10.1177/10597123241269740.
// Reference code: github.com/Zhangtaining/cell_research at 1fd2bd5.
//
// This package implements shared/specs/sorting.md §1 (model objects),
// §2.1–2.6 (Bubble, Insertion and Selection cells in both sort directions,
// the uniform, sweep and bursty schedules, termination, the optional
// noisy comparison), §3 (the traditional top-down algorithms,
// traditional.go), §4 (passive and stuck frozen cells), §5 (chimeras, the
// aggregation value, the identical-algotype control, duplicate values and
// conflicting directions), §6 (metrics, including delayed gratification,
// dg.go) and the settings of §7.
//
// # Use
//
// New(cfg, seed) builds an Array; each Step runs one activation; Done
// reports termination; Metrics, Cells and Values read the state without
// allocating. InitialValues, InitialFrozen and Seed give the starting
// array, so a traditional baseline (NewTraditional, §3) can run on the same
// values and frozen positions. A run is a deterministic function of Config
// and seed on every platform (native and js/wasm), and Step does not
// allocate.
//
// # Paper symbols and reference names
//
//	paper / reference                        Go
//	N, number of cells                       Config.N, Array.N
//	value of a cell                          Cell.Value
//	algotype (Bubble/Insertion/Selection)    Algotype
//	direction (ascending/descending)         Direction, Config.Directions, Cell.Dir
//	"ideal position" (Selection)             Cell.Pointer
//	f, number of frozen cells                Config.Frozen
//	passive ("movable") / stuck damage       Passive / Stuck
//	values 1..10, ten copies each (§7)       Config.Distinct = 10 (values 0..9)
//	identical-algotype labels (§5.3)         Config.Labels, Cell.Label
//	thread scheduling (§2.4)                 Schedule, Config.Schedule, Config.Burst
//	error-injection probability (§2.1)       Config.Noise
//	swap cap (15,000; ours 100,000 default)  Config.MaxSwaps
//	monotonicity error E                     Metrics.Error, MonotonicityError
//	sortedness S (%)                         Metrics.Sortedness, Sortedness
//	aggregation value A                      Metrics.Aggregation, Aggregation
//	chance level E[A], type counts n_k       Metrics.AggregationChance, AggregationChance
//	swap count                               Metrics.Swaps
//	"compare & swap" (swaps + compar.)       Metrics.Compares
//	frozen cell swap attempts                Metrics.FrozenAttempts
//	is_enable_to_move (Insertion gate)       Cell.Waiting (its negation)
//	traditional (top-down) algorithms        Traditional, NewTraditional
//	delayed gratification D (§6.3)           DelayedGratification, DGVariant, Episodes
//
// # Our choices
//
// Each is marked "Our choice:" where it is implemented.
//
//   - Values are a seeded permutation of 0..N-1 (§7: equivalent to 1..N);
//     duplicates are 0..k−1, N/k copies each, shuffled by the same draws
//     (the paper's 1..10 ten times each is k = 10).
//   - Scheduling (§2.4): Uniform, the default, draws one non-frozen cell
//     uniformly at random per activation, by rejection over all positions;
//     the Bubble side comes from the same 64-bit draw (schedule.go, draw).
//     Sweep follows cells, not positions, so a cell keeps one turn per
//     round however it is displaced; Bursty follows its cell as it swaps,
//     draws a fresh side for each activation, and with Burst = 1 is
//     Uniform. One Step is one activation in every schedule.
//   - Random streams: separate PCG streams for values, algotypes, labels,
//     frozen positions and the schedule, so none shifts another; noise
//     draws come from the schedule stream, and only when Noise > 0, so
//     runs without noise are unchanged.
//   - Directions (§2.6) are per algotype. A descending Insertion gate
//     restarts with "no previous value" after a frozen cell, as §2.2
//     suggests, not at the reference's −1 (insertion.go). Sortedness and
//     error always score ascending order (§6.2).
//   - Labels (§5.3) are apportioned like an equal-weight mix and shuffled
//     with their own stream, so a labelled run is the same run as without
//     labels, scored differently; one label is rejected.
//   - Noise (§2.1) flips the comparison of a Bubble cell with its drawn
//     neighbour; equal values are never compared, so never swap; the
//     compare counter (§6.5) counts the true state. A noisy run with a
//     Bubble cell next to a swappable different value never becomes
//     quiescent, so it ends only at the swap cap, as Capped.
//   - Mix apportionment (§5.1): largest remainder, ties to the earlier
//     Algotype (34/33/33 for three equal types at N=100); ParseMix reads
//     a missing weight as 1.
//   - Frozen cells (§4): Config.Frozen distinct positions drawn uniformly,
//     as the spec recommends, not the reference's draws with replacement.
//   - Termination (§2.5): the exact quiescence test, evaluated lazily
//     (termination.go), so Done becomes true one activation after the last
//     state change; refused stuck-mode attempts are not state changes.
//     Capped is set only when the cap is hit while some cell could move.
//   - Insertion gate (§2.2, §8): the first pair out of the Insertion
//     direction is cached, giving the same decisions as the reference scan
//     in O(1) amortised time in both directions.
//   - Clicks: Toggle acts at once and re-evaluates termination; Config.Edits
//     replays clicks when Activations reaches their At (At = 0 at Reset).
//   - AggregationChance follows the §5.2 formula, which gives 0.49 for
//     50/50 at N=100; the spec's "0.495" is the per-pair probability
//     Σ n_k(n_k−1)/(N(N−1)) = 0.4949… without the (N−1)/N factor.
//   - Limits: N in [2, 1000], weights in [1, 10^6], MaxSwaps in [1, 10^9],
//     Labels 0 or 2..10, Burst in [1, 1000], Noise in [0, 0.5].
package sorting
