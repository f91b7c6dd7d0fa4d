package labrun_test

import (
	"fmt"

	"bioplay/internal/labrun"
)

// Run the sorting lab's defaults natively for up to 20,000 activations
// and read its metrics, as the fuzz target does for random configurations.
// The run ends sorted after 11,168 activations.
func Example() {
	l, _ := labrun.Find("sorting")
	r, err := l.New(l.Schema().Defaults())
	if err != nil {
		fmt.Println(err)
		return
	}
	r.Step(20000)
	for _, m := range r.Metrics()[:3] {
		fmt.Printf("%s %g\n", m.Name, m.Value)
	}
	fmt.Println("check:", r.Check())
	// Output:
	// swaps 2647
	// activations 11168
	// sortedness 100
	// check: <nil>
}
