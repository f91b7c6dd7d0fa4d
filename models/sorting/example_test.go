package sorting_test

import (
	"fmt"

	"bioplay/models/sorting"
)

// A chimeric array of Bubble and Selection cells with two stuck frozen
// cells, run to completion.
func Example() {
	cfg := sorting.DefaultConfig()
	cfg.N = 40
	cfg.Mix = []sorting.Share{{Type: sorting.Bubble, Weight: 1}, {Type: sorting.Selection, Weight: 1}}
	cfg.Frozen = 2
	cfg.Damage = sorting.Stuck
	a, err := sorting.New(cfg, 7)
	if err != nil {
		fmt.Println(err)
		return
	}
	for a.Step() {
	}
	m := a.Metrics()
	fmt.Println("swaps:", m.Swaps, "activations:", m.Activations)
	fmt.Println("compares:", m.Compares, "pointer moves:", m.PointerMoves, "frozen attempts:", m.FrozenAttempts)
	fmt.Printf("error: %d, sortedness: %.1f%%\n", m.Error, m.Sortedness)
	fmt.Printf("aggregation: %.3f (chance %.3f)\n", m.Aggregation, m.AggregationChance)
	fmt.Println("done:", m.Done, "capped:", m.Capped)
	// Output:
	// swaps: 185 activations: 1903
	// compares: 559 pointer moves: 262 frozen attempts: 21
	// error: 3, sortedness: 92.5%
	// aggregation: 0.725 (chance 0.475)
	// done: true capped: false
}
