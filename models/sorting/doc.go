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
// §2.1–2.5 (Bubble, Insertion and Selection cells, scheduling,
// termination), §4 (passive and stuck frozen cells), §5.1–5.2 (chimeras and
// the aggregation value), §6 (metrics) and the settings of §7. The
// traditional algorithms of §3, sort directions (§2.6), duplicate values and
// identical-algotype labels are not implemented yet; the code marks where
// a per-cell direction goes (cell.inOrder, the Selection pointer step, the
// Insertion gate cache).
//
// # Use
//
// New(cfg, seed) builds an Array; each Step runs one activation; Done
// reports termination; Metrics, Cells and Values read the state without
// allocating. A run is a deterministic function of Config and seed on every
// platform (native and js/wasm), and Step does not allocate.
//
// # Paper symbols and reference names
//
//	paper / reference                        Go
//	N, number of cells                       Config.N, Array.N
//	value of a cell                          Cell.Value
//	algotype (Bubble/Insertion/Selection)    Algotype
//	"ideal position" (Selection)             Cell.Pointer
//	f, number of frozen cells                Config.Frozen
//	passive ("movable") / stuck damage       Passive / Stuck
//	swap cap (15,000; ours 100,000 default)  Config.MaxSwaps
//	monotonicity error E                     Metrics.Error, MonotonicityError
//	sortedness S (%)                         Metrics.Sortedness, Sortedness
//	aggregation value A                      Metrics.Aggregation, Aggregation
//	chance level E[A], type counts n_k       Metrics.AggregationChance, AggregationChance
//	swap count                               Metrics.Swaps
//	"compare & swap" (swaps + compar.)       Metrics.Compares
//	frozen cell swap attempts                Metrics.FrozenAttempts
//	is_enable_to_move (Insertion gate)       Cell.Waiting (its negation)
//
// # Our choices
//
// Each is marked "Our choice:" where it is implemented.
//
//   - Values are a seeded permutation of 0..N-1 (§7: equivalent to 1..N).
//   - Scheduling (§2.4): one non-frozen cell drawn uniformly at random per
//     activation, by rejection over all positions; the Bubble side comes
//     from the same 64-bit draw (array.go, draw).
//   - Random streams: separate PCG streams for values, algotypes, frozen
//     positions and the schedule, so none shifts another.
//   - Mix apportionment (§5.1): largest remainder, ties to the earlier
//     Algotype (34/33/33 for three equal types at N=100); ParseMix reads
//     a missing weight as 1.
//   - Frozen cells (§4): Config.Frozen distinct positions drawn uniformly,
//     as the spec recommends, not the reference's draws with replacement.
//   - Termination (§2.5): the exact quiescence test, evaluated lazily
//     (termination.go), so Done becomes true one activation after the last
//     state change; refused stuck-mode attempts are not state changes.
//     Capped is set only when the cap is hit while some cell could move.
//   - Insertion gate (§2.2, §8): the first descent is cached, giving the
//     same decisions as the reference scan in O(1) amortised time.
//   - Clicks: Toggle acts at once and re-evaluates termination; Config.Edits
//     replays clicks when Activations reaches their At (At = 0 at Reset).
//   - AggregationChance follows the §5.2 formula, which gives 0.49 for
//     50/50 at N=100; the spec's "0.495" is the per-pair probability
//     Σ n_k(n_k−1)/(N(N−1)) = 0.4949… without the (N−1)/N factor.
//   - Limits: N in [2, 1000], weights in [1, 10^6], MaxSwaps in [1, 10^9].
package sorting
