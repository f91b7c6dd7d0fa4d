package quadratic

import (
	"math"

	"bioplay/models/learn"
)

// Conic is the pre-activation of a single neuron on 2-D inputs as a
// polynomial, z(x) = A x₁² + B x₁x₂ + C x₂² + D x₁ + E x₂ + F. The
// neuron's decision boundary is the conic z = 0 (the sigmoid output is
// 0.5 there), class 1 where z > 0.
type Conic struct {
	A, B, C float64 // the quadratic terms' coefficients: x₁², x₁x₂, x₂²
	D, E    float64 // the linear terms' coefficients: x₁, x₂
	F       float64 // the constant
}

// ConicOf expands the neuron of a network with no hidden layers (one
// neuron on 2 inputs) into its conic; ok is false for any other network.
// For the full neuron (§A.2), with r = w_r·x + b_r and g = w_g·x + b_g:
//
//	A = w_r1 w_g1 + w_b1   B = w_r1 w_g2 + w_r2 w_g1   C = w_r2 w_g2 + w_b2
//	D = b_g w_r1 + b_r w_g1   E = b_g w_r2 + b_r w_g2   F = b_r b_g + c
//
// The compact neuron has B = 0, A, C = w_b and D, E, F = w_r, b_r; the
// linear one A = B = C = 0.
func ConicOf(n *learn.Network) (Conic, bool) {
	s := n.Shape()
	if len(s) != 2 || s[0] != 2 || s[1] != 1 {
		return Conic{}, false
	}
	switch l := n.Layers()[0].(type) {
	case *learn.Dense:
		return Conic{D: l.Weight(0, 0), E: l.Weight(0, 1), F: l.Groups()[1].Value[0]}, true
	case *Layer:
		wr1, wr2, br := l.wr[0], l.wr[1], l.br[0]
		if !l.full {
			return Conic{A: l.wb[0], C: l.wb[1], D: wr1, E: wr2, F: br}, true
		}
		wg1, wg2, bg := l.wg[0], l.wg[1], l.bg[0]
		return Conic{
			A: wr1*wg1 + l.wb[0], B: wr1*wg2 + wr2*wg1, C: wr2*wg2 + l.wb[1],
			D: bg*wr1 + br*wg1, E: bg*wr2 + br*wg2, F: br*bg + l.c[0],
		}, true
	}
	return Conic{}, false
}

// Eval returns z at x.
func (c Conic) Eval(x [2]float64) float64 {
	return c.A*x[0]*x[0] + c.B*x[0]*x[1] + c.C*x[1]*x[1] + c.D*x[0] + c.E*x[1] + c.F
}

// Tolerances of Kind, relative to the largest coefficient. Our choice.
const (
	// ZeroTol: a coefficient below ZeroTol·max|coef| counts as zero.
	ZeroTol = 1e-9
	// DegenerateTol: the conic is degenerate (lines or a point) when
	// |det M| < DegenerateTol·s³, with M the 3×3 matrix of the conic and s
	// its largest coefficient.
	DegenerateTol = 1e-9
	// CircleTol: an ellipse whose quadratic form's eigenvalues differ by
	// less than CircleTol of the larger one is a circle (axis ratio
	// above ≈ 0.975).
	CircleTol = 0.05
)

// Kind classifies the boundary z = 0: "circle", "ellipse", "hyperbola",
// "parabola", "line pair" (two crossing or parallel lines), "line" (one
// line, or a double line), "point" (a degenerate ellipse), or "empty"
// (no real point, or z constant). It uses the discriminant B² − 4AC and
// the determinant of the conic's matrix, with the tolerances above.
func (c Conic) Kind() string {
	s := max(math.Abs(c.A), math.Abs(c.B), math.Abs(c.C), math.Abs(c.D), math.Abs(c.E), math.Abs(c.F))
	if s == 0 || math.IsNaN(s) || math.IsInf(s, 0) {
		return "empty"
	}
	// Work on the conic scaled to max |coef| = 1.
	a, b, cc, d, e, f := c.A/s, c.B/s, c.C/s, c.D/s, c.E/s, c.F/s
	zero := func(v float64) bool { return math.Abs(v) < ZeroTol }
	if zero(a) && zero(b) && zero(cc) {
		if zero(d) && zero(e) {
			return "empty"
		}
		return "line"
	}
	// M = [[a, b/2, d/2], [b/2, cc, e/2], [d/2, e/2, f]].
	det := a*(cc*f-e*e/4) - b/2*(b/2*f-e*d/4) + d/2*(b/2*e/2-cc*d/2)
	disc := b*b - 4*a*cc
	q := max(math.Abs(a), math.Abs(b), math.Abs(cc))
	if math.Abs(det) < DegenerateTol {
		switch {
		case disc > ZeroTol*q*q:
			return "line pair"
		case disc < -ZeroTol*q*q:
			return "point"
		}
		// Parallel lines, a double line or nothing: the form is rank 1,
		// z = λ (u·x)² + (linear); look at it along its eigenvector.
		return parallelKind(a, b, cc, d, e, f)
	}
	switch {
	case disc > ZeroTol*q*q:
		return "hyperbola"
	case disc >= -ZeroTol*q*q:
		return "parabola"
	}
	// An ellipse is real when the constant of its centred form has the
	// opposite sign of the quadratic form, i.e. (a + cc)·det < 0.
	if (a+cc)*det > 0 {
		return "empty"
	}
	// Eigenvalues of [[a, b/2], [b/2, cc]]: mean ± half-spread.
	mean, half := (a+cc)/2, math.Hypot((a-cc)/2, b/2)
	if 2*half < CircleTol*(math.Abs(mean)+half) {
		return "circle"
	}
	return "ellipse"
}

// parallelKind classifies a degenerate conic with a rank-1 quadratic form
// λ(u·x)² + D x₁ + E x₂ + F: with u·x = t it reads λt² + kt + F = 0 (the
// linear part is along u when the conic is degenerate), two parallel
// lines, one double line, or none.
func parallelKind(a, b, c, d, e, f float64) string {
	lambda := a + c // the non-zero eigenvalue
	// Unit eigenvector u of the form for λ.
	ux, uy := b/2, lambda-a
	if math.Abs(ux)+math.Abs(uy) < ZeroTol {
		ux, uy = lambda-c, b/2
	}
	nrm := math.Hypot(ux, uy)
	ux, uy = ux/nrm, uy/nrm
	k := d*ux + e*uy
	disc := k*k - 4*lambda*f
	switch {
	case disc > ZeroTol:
		return "line pair"
	case disc < -ZeroTol:
		return "empty"
	}
	return "line"
}
