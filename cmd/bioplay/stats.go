package main

import "math"

// stat accumulates the mean and population standard deviation of a
// stream of values, the statistics the paper reports (spec §6.7: mean and
// SD with ddof=0). Its zero value is an empty accumulator.
type stat struct {
	n    int
	sum  float64 // Σx, for the mean: exact for integer data below 2^53
	mean float64 // running mean of Welford's update
	m2   float64 // Σ(x − mean)², by Welford's numerically stable update
}

// add records one value.
func (s *stat) add(x float64) {
	s.n++
	s.sum += x
	d := x - s.mean
	s.mean += d / float64(s.n)
	s.m2 += d * (x - s.mean)
}

// Mean returns the mean of the values, or 0 when there are none.
func (s *stat) Mean() float64 {
	if s.n == 0 {
		return 0
	}
	return s.sum / float64(s.n)
}

// SD returns the population standard deviation √(Σ(x − mean)²/n), 0 for
// fewer than two values. It is exactly 0 when all values are equal.
func (s *stat) SD() float64 {
	if s.n < 2 {
		return 0
	}
	return math.Sqrt(s.m2 / float64(s.n))
}
