package kan

import (
	"math"
	"sort"
)

// Candidate is one library function fitted to an edge (spec B.9): the
// edge is best approximated by C·f(A·x + B) + D with coefficient of
// determination R2 on the fitted points; Score ranks candidates (lower is
// better).
type Candidate struct {
	Name       string // library name, see SymbolicNames
	Complexity int    // pykan's complexity of f
	R2         float64
	Score      float64
	A, B, C, D float64
}

// Symbolic fit settings (spec B.9, pykan utils.fit_params): grid search of
// (a, b) over [−symRange, symRange]², symGrid points a side, zoomed
// symRounds times around the best cell, then least squares for (c, d) and
// a Levenberg–Marquardt polish of all four. Our choice: a 21-point grid
// and 4 rounds (the last cell 2·10⁻³ wide) instead of pykan's 101 and 3,
// 20× cheaper for the page, the polish making up the precision.
const (
	symRange  = 10.0
	symGrid   = 21
	symRounds = 4
	symPolish = 30
)

// symScore is pykan's ranking (spec B.9): 0.8·complexity +
// 0.2·log₂(1 + 10⁻⁵ − R²).
func symScore(complexity int, r2 float64) float64 {
	return 0.8*float64(complexity) + 0.2*math.Log2(1+1e-5-min(r2, 1))
}

// fitSymbolic fits c·f(a·x+b)+d for library function fn to the points
// (xs, ys) as described at symGrid and returns the candidate.
func fitSymbolic(fn int, xs, ys []float64) Candidate {
	sf := symLib[fn]
	c := Candidate{Name: sf.name, Complexity: sf.complexity}
	if fn == symZero {
		c.Score = symScore(0, 0)
		return c
	}
	fv := make([]float64, len(xs))
	r2At := func(a, b float64) float64 {
		for s, x := range xs {
			fv[s], _ = sf.f(a*x + b)
		}
		r2, _, _ := linearFit(fv, ys)
		return r2
	}
	a, b := 1.0, 0.0
	if sf.name != "x" {
		best := math.Inf(-1)
		alo, ahi, blo, bhi := -symRange, symRange, -symRange, symRange
		for range symRounds {
			da, db := (ahi-alo)/(symGrid-1), (bhi-blo)/(symGrid-1)
			for p := range symGrid {
				for q := range symGrid {
					aa, bb := alo+float64(p)*da, blo+float64(q)*db
					if r := r2At(aa, bb); r > best {
						best, a, b = r, aa, bb
					}
				}
			}
			alo, ahi, blo, bhi = a-da, a+da, b-db, b+db
		}
	}
	for s, x := range xs {
		fv[s], _ = sf.f(a*x + b)
	}
	_, cc, dd := linearFit(fv, ys)
	p := []float64{a, b, cc, dd}
	levmar(p, len(xs), func(p, r []float64) {
		for s, x := range xs {
			f, _ := sf.f(p[0]*x + p[1])
			r[s] = p[2]*f + p[3] - ys[s]
		}
	}, symPolish)
	c.A, c.B, c.C, c.D = p[0], p[1], p[2], p[3]
	c.R2 = rSquared(xs, ys, func(x float64) float64 { f, _ := sf.f(p[0]*x + p[1]); return p[2]*f + p[3] })
	c.Score = symScore(c.Complexity, c.R2)
	return c
}

// linearFit returns the R² of the least-squares line y ≈ c·f + d and its
// c, d; R² = 0 when f or y is constant.
func linearFit(f, y []float64) (r2, c, d float64) {
	n := float64(len(f))
	var mf, my float64
	for s := range f {
		mf += f[s]
		my += y[s]
	}
	mf /= n
	my /= n
	var sff, syy, sfy float64
	for s := range f {
		a, b := f[s]-mf, y[s]-my
		sff += a * a
		syy += b * b
		sfy += a * b
	}
	if !(sff > 0) || !(syy > 0) || math.IsInf(sff, 0) {
		return 0, 0, my
	}
	c = sfy / sff
	return sfy * sfy / (sff * syy), c, my - c*mf
}

// rSquared returns 1 − SSE/SST of g against the points.
func rSquared(xs, ys []float64, g func(float64) float64) float64 {
	var my float64
	for _, y := range ys {
		my += y
	}
	my /= float64(len(ys))
	var sse, sst float64
	for s, x := range xs {
		e := g(x) - ys[s]
		sse += e * e
		sst += (ys[s] - my) * (ys[s] - my)
	}
	if !(sst > 0) {
		return 0
	}
	r := 1 - sse/sst
	if math.IsNaN(r) {
		return math.Inf(-1)
	}
	return r
}

// rankCandidates fits every library function but zero to the points and
// returns them best first: by Score, then by R². Our variant of pykan's
// suggest_symbolic: the zero function is left out (masking is pruning's
// job; Snap still accepts "0").
func rankCandidates(xs, ys []float64) []Candidate {
	var cs []Candidate
	for fn := range symLib {
		if fn != symZero {
			cs = append(cs, fitSymbolic(fn, xs, ys))
		}
	}
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].Score != cs[j].Score {
			return cs[i].Score < cs[j].Score
		}
		return cs[i].R2 > cs[j].R2
	})
	return cs
}
