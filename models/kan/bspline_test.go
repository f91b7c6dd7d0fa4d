package kan

import (
	"math"
	"testing"
)

// Spec B.15 check 1: inside [t₀, t_G] the bases sum to 1, are ≥ 0 and
// exactly k+1 are non-zero (away from knots, where one of them is 0);
// check 2: B′ agrees with central differences to ~1e-7 away from knots.
func TestBSplineBasis(t *testing.T) {
	for _, tc := range []struct {
		name string
		grid []float64
		k    int
	}{
		{"uniform G=5 k=3", uniformGrid(5, -1, 1), 3},
		{"uniform G=3 k=1", uniformGrid(3, -1, 1), 1},
		{"uniform G=10 k=2", uniformGrid(10, -2, 3), 2},
		{"non-uniform G=6 k=3", []float64{-1, -0.9, -0.5, 0.1, 0.2, 0.7, 1.3}, 3},
		{"uniform G=1 k=5", uniformGrid(1, 0, 1), 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := newBSpline(tc.grid, tc.k)
			w := b.width()
			val, der := make([]float64, w), make([]float64, w)
			vp, vm, d2 := make([]float64, w), make([]float64, w), make([]float64, w)
			lo, hi := tc.grid[0], tc.grid[len(tc.grid)-1]
			worstSum, worstDer := 0.0, 0.0
			for s := range 997 {
				x := lo + (hi-lo)*(float64(s)+0.5)/997
				st := b.eval(x, val, der)
				sum, nz := 0.0, 0
				for _, v := range val {
					if v < 0 {
						t.Fatalf("x=%g: negative basis value %g", x, v)
					}
					if v > 0 {
						nz++
					}
					sum += v
				}
				worstSum = max(worstSum, math.Abs(sum-1))
				if nz != tc.k+1 && !nearKnot(b, x, 1e-9) {
					t.Errorf("x=%g: %d non-zero bases, want %d", x, nz, tc.k+1)
				}
				const h = 1e-6
				if nearKnot(b, x, 2*h) {
					continue
				}
				if b.eval(x+h, vp, d2) != st || b.eval(x-h, vm, d2) != st {
					continue // crossed a knot
				}
				for r := range w {
					num := (vp[r] - vm[r]) / (2 * h)
					worstDer = max(worstDer, math.Abs(num-der[r]))
				}
			}
			if worstSum > 1e-14 {
				t.Errorf("partition of unity off by %g", worstSum)
			}
			if worstDer > 1e-7*float64(len(tc.grid)) {
				t.Errorf("B′ differs from finite differences by %g", worstDer)
			}
			t.Logf("max |Σ B − 1| = %.2g, max |B′ − FD| = %.2g", worstSum, worstDer)
		})
	}
}

func nearKnot(b *bspline, x, tol float64) bool {
	for _, u := range b.ext {
		if math.Abs(x-u) < tol {
			return true
		}
	}
	return false
}

// Outside the padded range every basis is 0, so φ falls back to w_b·silu
// (spec B.3); in the padding some bases are non-zero but they no longer
// sum to 1.
func TestBSplineOutsideRange(t *testing.T) {
	b := newBSpline(uniformGrid(5, -1, 1), 3) // padded range [−2.2, 2.2]
	val, der := make([]float64, 4), make([]float64, 4)
	for _, x := range []float64{-2.21, 2.2, 5, math.Inf(1), math.NaN()} {
		b.eval(x, val, der)
		for r := range val {
			if val[r] != 0 || der[r] != 0 {
				t.Errorf("x=%g: basis %d = %g, %g; want 0", x, r, val[r], der[r])
			}
		}
	}
	for _, x := range []float64{-2.1, -1.5, 1.5, 2.1} {
		st := b.eval(x, val, der)
		sum := val[0] + val[1] + val[2] + val[3]
		if !(sum > 0 && sum < 1) || st < 0 || st > b.size()-4 {
			t.Errorf("x=%g in the padding: Σ B = %g, start %d", x, sum, st)
		}
	}
}

// coxDeBoor is the slow reference: every basis function by the full
// recursion over the padded knots, as pykan's B_batch computes it
// (spec B.3), zero denominators guarded.
func coxDeBoor(t []float64, k int, x float64) []float64 {
	b := make([]float64, len(t)-1)
	for i := range b {
		if t[i] <= x && x < t[i+1] {
			b[i] = 1
		}
	}
	for p := 1; p <= k; p++ {
		nb := make([]float64, len(b)-1)
		for i := range nb {
			if d := t[i+p] - t[i]; d != 0 {
				nb[i] += (x - t[i]) / d * b[i]
			}
			if d := t[i+p+1] - t[i+1]; d != 0 {
				nb[i] += (t[i+p+1] - x) / d * b[i+1]
			}
		}
		b = nb
	}
	return b
}

// The k+1-basis evaluation equals the full recursion everywhere in and
// around the padded range (fast against slow).
func TestBSplineMatchesFullRecursion(t *testing.T) {
	for _, k := range []int{1, 2, 3, 4} {
		b := newBSpline([]float64{-1, -0.7, -0.2, 0, 0.5, 0.6, 1}, k)
		kn := b.knots()
		w := b.width()
		val, der := make([]float64, w), make([]float64, w)
		worst := 0.0
		for s := range 1001 {
			x := kn[0] - 0.1 + (kn[len(kn)-1]-kn[0]+0.2)*float64(s)/1000
			ref := coxDeBoor(kn, k, x)
			st := b.eval(x, val, der)
			for m, r := range ref {
				got := 0.0
				if m >= st && m < st+w {
					got = val[m-st]
				}
				worst = max(worst, math.Abs(got-r))
			}
		}
		if worst > 1e-13 {
			t.Errorf("k=%d: fast and full recursion differ by %g", k, worst)
		}
	}
}
