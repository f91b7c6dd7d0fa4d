package kan

import "testing"

// BenchmarkBasisStep measures one full-batch Adam step of [2,5,1], G=5,
// k=3 on 1000 expsin points for every family and for select (in its full
// phase, every family evaluated: the most expensive phase), grid update
// off so every step costs the same (issue 7: select at default settings
// must train ≥ 1 step per frame in wasm).
func BenchmarkBasisStep(b *testing.B) {
	tr, _, err := MakeData("expsin", 1000, 1, 0, 1)
	if err != nil {
		b.Fatal(err)
	}
	for _, f := range append(SelectFamilies(), Select) {
		b.Run(f.String(), func(b *testing.B) {
			c := DefaultConfig()
			c.Basis = f
			n, err := New(c, 1)
			if err != nil {
				b.Fatal(err)
			}
			tc := DefaultTrainConfig()
			tc.GridUpdate = false
			tc.SelectFull, tc.SelectSelective = 0, 0
			x, err := NewTrainer(n, tr, nil, tc, 1)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if err := x.Step(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(b.Elapsed().Seconds()/float64(b.N)*1e3, "ms/step")
		})
	}
}
