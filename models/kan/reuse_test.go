package kan

import (
	"math"
	"testing"
)

// The first layer's kept basis rows are reused only for the very same
// inputs and bases: an input buffer changed in place (a mini-batch), a
// new grid, or a different slice must all give what a fresh pass gives.
func TestReuseMatchesFreshPass(t *testing.T) {
	tr, _, _ := MakeData("expsin", 64, 1, 0, 3)
	x, _, _ := pack(tr, 2)
	for _, f := range []Basis{BSpline, RBF, Select} {
		c := DefaultConfig()
		c.Basis = f
		n, _ := New(c, 3)
		var kept pass
		buf := append([]float64(nil), x...)
		check := func(what string) {
			t.Helper()
			var fresh pass
			want := append([]float64(nil), n.forward(&fresh, buf, len(tr), false)...)
			got := n.forward(&kept, buf, len(tr), false)
			for s := range want {
				if math.Float64bits(got[s]) != math.Float64bits(want[s]) {
					t.Fatalf("%v, %s: output %d = %v, fresh pass %v", f, what, s, got[s], want[s])
				}
			}
		}
		check("first pass")
		check("same inputs again")
		buf[5] += 0.25 // one sample changed in place
		check("input changed in place")
		if err := n.UpdateGrid(buf, len(tr)); err != nil {
			t.Fatal(err)
		}
		check("after a grid update")
	}
}
