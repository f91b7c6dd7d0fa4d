package kan

import "bioplay/models/learn"

// gaussRow is the evenly spaced Gaussian row shared by the rbf and
// wavelet bases: g[m] = exp(−c·(u − m)²) for m = 0 … len(g)−1, with u the
// input in units of the centre spacing measured from the first centre.
// It takes two exps per input instead of one per centre (issue 7: the
// dense families were the cost of the select mode).
//
// Derivation: from the centre m₀ nearest u, d = u − m₀ (|d| ≤ ½ inside
// the span), neighbouring values differ by the factor
//
//	g[m+1]/g[m] = exp(−c·((u−m−1)² − (u−m)²)) = exp(2c·(u−m) − c),
//
// which at m = m₀+q is e^{2cd}·e^{−c}·e^{−2cq}; going down,
// g[m−1]/g[m] = e^{−2cd}·e^{−c}·e^{−2cq} at m = m₀−q. So one exp for
// g[m₀] = e^{−c·d²}, one for e^{2cd}, and the constants e^{−c}, e^{−2c}
// (gaussConst) give every value by multiplication, each factor itself
// updated by one multiplication per centre.
//
// Error bound: the q-th value away from m₀ carries the rounding of about
// q²/2 + 3q + 2 multiplications and exps, ≤ (q²/2 + 3q + 2)·2⁻⁵³ relative.
// A value exp(−c·q²) is below 2⁻¹⁰²² (and then exactly 0 once below
// 2⁻¹⁰⁷⁴ in both forms) for q > √(708/c), so the bound never exceeds
// 1.3e-13 (c = ½, q ≤ 38) and is 5e-15 for the default 8 centres; the
// test TestGaussRowMatchesDirect checks 1e-12 against the direct formula.
// Inputs beyond gaussFar spacings from every centre (or NaN, ±Inf) take
// the direct formula, so overflow of e^{2cd} never meets a non-zero
// value and NaN propagates as before.
func gaussRow(u float64, k gaussConst, g []float64) {
	n := len(g)
	if !(u > -gaussFar && u < float64(n)+gaussFar) {
		for m := range g {
			v := u - float64(m)
			g[m] = learn.Exp(-k.c * v * v)
		}
		return
	}
	m0 := int(min(max(u, 0), float64(n-1)) + 0.5)
	d := u - float64(m0)
	g0 := learn.Exp(-k.c * d * d)
	e := learn.Exp(2 * k.c * d)
	g[m0] = g0
	v, r := g0, e*k.ec
	for m := m0 + 1; m < n; m++ {
		v *= r
		r *= k.e2c
		g[m] = v
	}
	v, r = g0, k.ec/e
	for m := m0 - 1; m >= 0; m-- {
		v *= r
		r *= k.e2c
		g[m] = v
	}
}

// gaussFar bounds how far (in spacings) outside the centres gaussRow uses
// the recurrence: there e^{2cd} ≤ e^{2·64} stays finite for c ≤ 1.
const gaussFar = 64

// gaussConst holds c and the constants e^{−c}, e^{−2c} of gaussRow.
type gaussConst struct{ c, ec, e2c float64 }

func newGaussConst(c float64) gaussConst {
	return gaussConst{c: c, ec: learn.Exp(-c), e2c: learn.Exp(-2 * c)}
}
