package kan

import (
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
)

// Issue 7 item 7: pruning removes exactly the hidden nodes whose incoming
// or outgoing max |φ|₁ is at most θ (paper eq. 2.21), every kept edge keeps
// its function, and with the removed nodes' edges silenced beforehand the
// network's output is unchanged, for every family.
func TestPruneRemovesExactlyTheWeakNodes(t *testing.T) {
	for _, f := range []Basis{BSpline, RBF, Fourier, Select} {
		n, err := New(Config{Shape: []int{2, 4, 3, 1}, Grid: 5, Order: 3, Loss: DefaultConfig().Loss, Basis: f}, 3)
		if err != nil {
			t.Fatal(err)
		}
		// Silence hidden node 1 of layer 1 (all its edges) and node 2
		// of layer 2 (its outgoing edge): scale their w_b, w_s and
		// coefficients to zero in every family.
		for _, leaf := range n.layers[0].leaves() {
			for i := range leaf.in {
				silence(leaf, i, 1)
			}
		}
		for _, leaf := range n.layers[1].leaves() {
			for j := range leaf.out {
				silence(leaf, 1, j) // its outgoing edges too, so removing it changes nothing
			}
		}
		for _, leaf := range n.layers[2].leaves() {
			silence(leaf, 2, 0)
		}
		r := rand.New(rand.NewPCG(5, 6))
		x := make([]float64, 2*100)
		for i := range x {
			x[i] = 2*r.Float64() - 1
		}
		var p pass
		n.forward(&p, x, 100, true)
		before := append([]float64(nil), n.Forward(x, 100)...)
		edge := n.Edge(1, 2, 1, 0.3)  // node 2 of layer 1 → node 1 of layer 2 stays
		removed, err := n.Prune(1e-9) // the silenced nodes score exactly 0
		if err != nil {
			t.Fatal(err)
		}
		if want := [][]int{{1}, {2}}; !reflect.DeepEqual(removed, want) {
			t.Fatalf("%v: removed %v, want %v", f, removed, want)
		}
		if got := n.Shape(); !reflect.DeepEqual(got, []int{2, 3, 2, 1}) {
			t.Fatalf("%v: shape %v", f, got)
		}
		after := n.Forward(x, 100)
		for s := range before {
			if math.Abs(after[s]-before[s]) > 1e-12 {
				t.Fatalf("%v: output %d changed %g → %g", f, s, before[s], after[s])
			}
		}
		if got := n.Edge(1, 1, 1, 0.3); got != edge {
			t.Errorf("%v: kept edge changed %g → %g", f, edge, got)
		}
	}
}

// silence zeroes edge i→j of a plain layer.
func silence(l *layer, i, j int) {
	e := i*l.out + j
	l.wb[e], l.ws[e] = 0, 0
	clear(l.edgeCoefs(i, j))
}

// Issue 7 item 7: the symbolic fit recovers a, b, c, d of a known
// c·sin(a·x+b)+d edge (up to sin's symmetries, so compared as functions
// and by |a|), and R² is 1 to rounding.
func TestSymbolicFitRecoversSine(t *testing.T) {
	for _, p := range [][4]float64{{3.1, 0.4, 1.5, -0.2}, {1.7, -0.9, -0.6, 0.8}, {6.3, 2.5, 0.3, 0}} {
		xs, ys := make([]float64, 200), make([]float64, 200)
		for s := range xs {
			xs[s] = -1 + 2*float64(s)/199
			ys[s] = p[2]*math.Sin(p[0]*xs[s]+p[1]) + p[3]
		}
		c := fitSymbolic(symIndex("sin"), xs, ys)
		worst := 0.0
		for s, x := range xs {
			worst = max(worst, math.Abs(c.C*math.Sin(c.A*x+c.B)+c.D-ys[s]))
		}
		t.Logf("want %v, got a %.9g b %.9g c %.9g d %.9g, R² %.15g", p, c.A, c.B, c.C, c.D, c.R2)
		if worst > 1e-9 || math.Abs(math.Abs(c.A)-p[0]) > 1e-7 || math.Abs(math.Abs(c.C)-math.Abs(p[2])) > 1e-7 || math.Abs(c.D-p[3]) > 1e-7 {
			t.Errorf("fit off by %g", worst)
		}
		if best := rankCandidates(xs, ys)[0]; best.Name != "sin" && best.Name != "cos" {
			t.Errorf("best candidate %s, want sin (or its shift cos)", best.Name)
		}
	}
}
