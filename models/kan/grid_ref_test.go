package kan

import (
	"fmt"
	"math"
	"slices"
	"testing"
)

// refRegrid is the straightforward regrid the fast one replaced (issue 7,
// grid-update speed): a fresh pass, per leaf and node a sort, the old
// basis evaluated at the samples, fitCoefs evaluating the new one, and a
// forward pass evaluating it once more. The fast regrid must match it bit
// for bit.
func refRegrid(n *Network, x []float64, batch int, place func(sorted []float64, old basis) basis) error {
	var p pass
	in := x
	for li, top := range n.layers {
		for _, l := range top.leaves() {
			if err := refRefit(l, in, batch, place); err != nil {
				return fmt.Errorf("layer %d %v", li, err)
			}
		}
		p.grow(n, batch)
		top.forward(&p.layers[li], in, batch, false)
		in = p.layers[li].y[:batch*top.out]
	}
	return nil
}

func refRefit(l *layer, in []float64, batch int, place func(sorted []float64, old basis) basis) error {
	xs := make([]float64, batch)
	var coef []float64
	oldN := l.size()
	for i := range l.in {
		for s := range batch {
			xs[s] = in[s*l.in+i]
		}
		slices.Sort(xs)
		old := l.bases[i]
		nb := place(xs, old)
		if nb == nil {
			nb = old
		}
		ys := make([]float64, batch*l.out)
		val, der := make([]float64, old.width()), make([]float64, old.width())
		for s, xv := range xs {
			st := old.eval(xv, val, der)
			for j := range l.out {
				e := i*l.out + j
				c := l.coef[e*oldN+st : e*oldN+oldN]
				var sum float64
				for r, v := range val {
					sum += c[r] * v
				}
				ys[s*l.out+j] = sum
			}
		}
		c := make([]float64, l.out*oldN)
		if nb == old {
			for j := range l.out {
				copy(c[j*oldN:], l.edgeCoefs(i, j))
			}
		} else {
			var err error
			if c, err = fitCoefs(nb, xs, ys, l.out); err != nil {
				return fmt.Errorf("node %d: %v", i, err)
			}
		}
		if coef == nil {
			coef = make([]float64, l.in*l.out*nb.size())
		}
		copy(coef[i*l.out*nb.size():], c)
		l.bases[i] = nb
	}
	if len(coef) != len(l.coef) {
		l.gcoef = make([]float64, len(coef))
	}
	l.coef = coef
	return nil
}

// state lists every parameter and every knot of n, for bitwise comparison.
func state(n *Network) []float64 {
	var v []float64
	for l, ly := range n.layers {
		for _, g := range ly.groups() {
			v = append(v, g[0]...)
		}
		for i := range ly.in {
			v = append(v, n.Knots(l, i)...)
		}
	}
	return v
}

// The fast grid update and extension give bit for bit the reference's
// parameters and grids, for every family and select, through three
// updates in a row (the reused buffers) and an extension, and the
// network's outputs after them agree as well.
func TestRegridMatchesReference(t *testing.T) {
	tr, _, err := MakeData("expsin", 300, 1, 0, 5)
	if err != nil {
		t.Fatal(err)
	}
	x, _, _ := pack(tr, 2)
	for _, f := range append(SelectFamilies(), Select) {
		c := DefaultConfig()
		c.Basis = f
		fast, _ := New(c, 2)
		ref, _ := New(c, 2)
		// Move the hidden inputs off the initial grid first: 30 steps
		// without updates, the same on both.
		for _, n := range []*Network{fast, ref} {
			tc := DefaultTrainConfig()
			tc.GridUpdate = false
			x, err := NewTrainer(n, tr, nil, tc, 2)
			if err != nil {
				t.Fatal(err)
			}
			run(t, x, 30)
		}
		for round := range 4 {
			var errF, errR error
			if round < 3 {
				errF, errR = fast.UpdateGrid(x, len(tr)), refRegrid(ref, x, len(tr), updatePlace)
			} else {
				errF, errR = fast.Extend(10, x, len(tr)), refRegrid(ref, x, len(tr), extendPlace(10))
			}
			if errF != nil || errR != nil {
				t.Fatalf("%v round %d: errors %v, %v", f, round, errF, errR)
			}
			a, b := state(fast), state(ref)
			if len(a) != len(b) {
				t.Fatalf("%v round %d: %d values, reference %d", f, round, len(a), len(b))
			}
			for q := range a {
				if math.Float64bits(a[q]) != math.Float64bits(b[q]) {
					t.Fatalf("%v round %d: value %d is %v, reference %v", f, round, q, a[q], b[q])
				}
			}
			ya := append([]float64(nil), fast.Forward(x, len(tr))...)
			yb := ref.Forward(x, len(tr))
			for s := range ya {
				if math.Float64bits(ya[s]) != math.Float64bits(yb[s]) {
					t.Fatalf("%v round %d: output %d is %v, reference %v", f, round, s, ya[s], yb[s])
				}
			}
		}
	}
}
