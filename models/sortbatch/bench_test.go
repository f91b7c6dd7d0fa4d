package sortbatch

import (
	"testing"

	"bioplay/models/sorting"
)

// BenchmarkFig5 runs the whole Fig 5 experiment per iteration: 3
// algotypes × 2 damage modes × f = 1, 2, 3 × 100 runs at N = 100, with the
// traditional baseline, on one goroutine. The issue asks for under 2 s
// natively on one core. It reports runs/s and seconds per experiment.
func BenchmarkFig5(b *testing.B) {
	f, _ := FigureByNumber(5)
	runs := 0
	b.ReportAllocs()
	for b.Loop() {
		for _, c := range f.Conditions {
			v, err := c.Values()
			if err != nil {
				b.Fatal(err)
			}
			batch, err := NewFromValues(v)
			if err != nil {
				b.Fatal(err)
			}
			for !batch.Step(1 << 20) {
			}
			runs += batch.Summary().Runs
		}
	}
	s := b.Elapsed().Seconds()
	b.ReportMetric(float64(runs)/s, "runs/s")
	b.ReportMetric(s/float64(b.N), "s/experiment")
}

// BenchmarkWork measures the two kinds of work Step budgets: a cell-view
// activation and a traditional cost unit (a comparison or a swap), at
// N = 100 without damage, per algotype. Their ratio justifies
// TraditionalUnit.
func BenchmarkWork(b *testing.B) {
	for _, alg := range []sorting.Algotype{sorting.Bubble, sorting.Insertion, sorting.Selection} {
		cfg := config(b, 100, alg.String(), 0, sorting.Passive)
		b.Run(alg.String()+"/activation", func(b *testing.B) {
			a, _ := sorting.New(cfg, 1)
			var acts uint64
			seed := uint64(0)
			for b.Loop() {
				seed++
				a.Reset(seed)
				for a.Step() {
				}
				acts += a.Activations()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(acts), "ns/activation")
		})
		b.Run(alg.String()+"/traditional", func(b *testing.B) {
			a, _ := sorting.New(cfg, 1)
			var cost uint64
			var v []int
			var f []bool
			seed := uint64(0)
			for b.Loop() {
				seed++
				a.Reset(seed)
				v, f = a.InitialValues(v), a.InitialFrozen(f)
				t := sorting.NewTraditional(alg, v, f)
				for t.Step() {
					_ = t.Metrics()
				}
				cost += t.Metrics().Cost
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(cost), "ns/cost-unit")
		})
	}
}
