package kan

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// extremeRows picks what a sort would: the first and the last k rows in
// ascending order of (input, row), here on inputs with many ties (values
// rounded to a tenth) and on a subset of the rows.
func TestExtremeRows(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	const width, rows = 3, 200
	x := make([]float64, rows*width)
	for s := range x {
		x[s] = float64(r.IntN(21)-10) / 10
	}
	var at []int
	for s := range rows {
		if s%3 != 1 {
			at = append(at, s)
		}
	}
	for i := range width {
		for _, k := range []int{1, 2, 5} {
			order := slices.Clone(at)
			slices.SortFunc(order, func(a, b int) int {
				switch va, vb := x[a*width+i], x[b*width+i]; {
				case va < vb || va == vb && a < b:
					return -1
				case va == vb && a == b:
					return 0
				}
				return 1
			})
			lo, hi := extremeRows(at, x, width, i, k)
			if !slices.Equal(lo, order[:k]) || !slices.Equal(hi, order[len(order)-k:]) {
				t.Errorf("input %d, k %d: got %v and %v; sorted %v … %v", i, k, lo, hi, order[:k], order[len(order)-k:])
			}
		}
	}
}
