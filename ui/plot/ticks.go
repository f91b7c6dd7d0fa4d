package plot

import "math"

// NiceMax returns the smallest "round" number (1, 2 or 5 times a power of
// ten) that is ≥ x, for an axis that grows with the data: 2300 → 5000,
// 101 → 200. It returns 1 for x ≤ 0.
func NiceMax(x float64) float64 {
	if x <= 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(x)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= x*(1-1e-12) {
			return m * p
		}
	}
	return 10 * p
}
