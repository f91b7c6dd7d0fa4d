package evo_test

import (
	"fmt"

	"bioplay/models/evo"
)

// Maximise −(x−2)² by asking for candidates, scoring them and telling.
func Example() {
	es, _ := evo.New(evo.Config{Pop: 8, Sigma: 0.2, LR: 0.1, Clip: 1}, []float64{0}, 7)
	returns := make([]float64, 8)
	for range 200 {
		for i, c := range es.Ask() {
			returns[i] = -(c[0] - 2) * (c[0] - 2)
		}
		_ = es.Tell(returns)
	}
	fmt.Printf("x ≈ %.1f after %d generations\n", es.Theta()[0], es.Generation())
	// Output: x ≈ 2.0 after 200 generations
}
