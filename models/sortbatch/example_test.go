package sortbatch_test

import (
	"fmt"

	"bioplay/models/sortbatch"
	"bioplay/models/sorting"
)

// A batch of 10 stuck-damage Bubble runs with the traditional baseline,
// stepped in frame-sized slices. The output doubles as a determinism check
// natively and under js/wasm.
func Example() {
	cfg := sorting.DefaultConfig()
	cfg.N, cfg.Frozen, cfg.Damage = 50, 2, sorting.Stuck
	b, err := sortbatch.New(cfg, sortbatch.Options{Runs: 10, Seed: 1, Traditional: true})
	if err != nil {
		panic(err)
	}
	for !b.Step(5000) {
	}
	s := b.Summary()
	fmt.Printf("runs %d, final error %.2f ± %.2f, swaps %.1f, DG %.3f\n",
		s.Runs, s.FinalError.Mean, s.FinalError.SD, s.Swaps.Mean, s.DG.Mean)
	fmt.Printf("traditional: final error %.2f, cost %.1f, cost ratio %.3f\n",
		s.Traditional.FinalError.Mean, s.Traditional.Cost.Mean, s.Traditional.CostRatio)
	c := b.Curves()
	fmt.Printf("error at p=0, 50, 100: %.1f, %.1f, %.1f\n", c.Error[0].Mean, c.Error[50].Mean, c.Error[100].Mean)
	// Output:
	// runs 10, final error 3.00 ± 0.45, swaps 270.5, DG 0.558
	// traditional: final error 3.00, cost 1165.8, cost ratio 2.261
	// error at p=0, 50, 100: 23.8, 15.4, 3.0
}
