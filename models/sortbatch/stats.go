package sortbatch

import "math"

// Stat is the mean and population standard deviation (ddof = 0, spec §6.7)
// of one quantity over a set of runs. Both are 0 over an empty set.
type Stat struct {
	Mean, SD float64
}

// moments accumulates the count, mean and sum of squared deviations of a
// stream of values by Welford's update, so a Stat is available at any time
// without keeping the values. The zero value is an empty accumulator.
type moments struct {
	n    int
	mean float64
	m2   float64 // Σ (x − mean)²
}

// add folds x into the accumulator.
func (m *moments) add(x float64) {
	m.n++
	d := x - m.mean
	m.mean += d / float64(m.n)
	m.m2 += d * (x - m.mean)
}

// stat returns the mean and population SD, √(m2/n); zero when empty.
func (m *moments) stat() Stat {
	if m.n == 0 {
		return Stat{}
	}
	return Stat{Mean: m.mean, SD: math.Sqrt(m.m2 / float64(m.n))}
}
