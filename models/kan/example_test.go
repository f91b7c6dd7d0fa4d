package kan_test

import (
	"fmt"

	"bioplay/models/kan"
)

// A [2,5,1] KAN learns exp(sin(πx)+y²) with the lab's defaults; the
// printed figures double as a cross-engine determinism check (native and
// wasm in Node must print the same).
func Example() {
	s := kan.DefaultSetup()
	s.Points, s.TestPoints = 200, 200
	t, _, _, err := s.Start()
	if err != nil {
		panic(err)
	}
	for range 100 {
		if err := t.Step(); err != nil {
			panic(err)
		}
	}
	n := t.Network()
	fmt.Println("params", n.Params(), "grid", n.Grid())
	fmt.Printf("test RMSE %.6f\n", t.TestRMSE())
	fmt.Printf("φ(0,0→0)(0.5) = %.9f\n", n.Edge(0, 0, 0, 0.5))
	// Output:
	// params 150 grid 5
	// test RMSE 0.100096
	// φ(0,0→0)(0.5) = -0.152309750
}

// Refine extends the grid by least squares and decays the learning rate.
func ExampleTrainer_Refine() {
	s := kan.DefaultSetup()
	s.Net.Shape, s.Net.Grid = []int{2, 1, 1}, 3
	s.Points, s.TestPoints = 200, 200
	t, _, _, _ := s.Start()
	for range 200 {
		t.Step()
	}
	g, _ := kan.NextGrid(t.Network().Grid(), s.RefineTo)
	before := t.TrainRMSE()
	if err := t.Refine(g); err != nil {
		panic(err)
	}
	fmt.Println("grid", t.Network().Grid(), "params", t.Network().Params(), "lr", t.LR(), "at", t.Refinements())
	fmt.Printf("train RMSE %.4f → %.4f\n", before, t.TrainRMSE())
	// Output:
	// grid 10 params 45 lr 0.006 at [200]
	// train RMSE 0.0920 → 0.0919
}

// Benchmark fits a task with every basis family, Select and the MLP under
// one protocol and prints the table (issue 7); here one tiny run.
func ExampleBenchmark() {
	c := kan.DefaultBenchConfig()
	c.Tasks, c.Steps, c.Seeds, c.Points, c.Grid = []string{"kink"}, 30, []uint64{1}, 100, 5
	tb, err := kan.Benchmark(c)
	if err != nil {
		panic(err)
	}
	r := tb.Rows[0]
	fmt.Println(tb.Methods)
	fmt.Println(r.Task, kan.FormatShape(r.Shape), r.Params, r.MLPParams)
	for m, v := range r.RMSE {
		fmt.Printf("%s %.4f\n", tb.Methods[m], v)
	}
	// Output:
	// [bspline rbf cheby fourier wavelet select mlp]
	// kink 1,1 10 13
	// bspline 0.5827
	// rbf 0.2768
	// cheby 0.2692
	// fourier 0.4185
	// wavelet 0.5254
	// select 0.8933
	// mlp 0.8333
}
