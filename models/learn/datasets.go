package learn

import (
	"math"
	"math/rand/v2"
)

// A data set draws one clean point of a class. All fit in [−1, 1]² before
// noise. Our choice: the geometry below (the spec fixes only the rings,
// §A.9.1); classes have a margin between them where the shape allows, so
// at zero noise a perfect boundary exists.
type datasetDef struct {
	name   string
	sample func(r *rand.Rand, class int) [2]float64
}

var datasets = []datasetDef{
	{"rings", rings},
	{"xor", xor},
	{"gauss", gauss},
	{"spiral", spiral},
	{"moons", moons},
	{"ellipse", ellipse},
}

func dataset(name string) *datasetDef {
	for i := range datasets {
		if datasets[i].name == name {
			return &datasets[i]
		}
	}
	return nil
}

// polar returns the point at radius rad and angle th.
func polar(rad, th float64) [2]float64 {
	s, c := math.Sincos(th)
	return [2]float64{rad * c, rad * s}
}

// rings: class 1 is the inner disk r < 0.5, class 0 the ring 0.7 < r < 1
// (§A.9.1), both uniform by area.
func rings(r *rand.Rand, class int) [2]float64 {
	lo, hi := 0.7, 1.0
	if class == 1 {
		lo, hi = 0, 0.5
	}
	rad := math.Sqrt(lo*lo + (hi*hi-lo*lo)*r.Float64())
	return polar(rad, 2*math.Pi*r.Float64())
}

// xor: class 1 in the quadrants where x₁x₂ > 0, class 0 where x₁x₂ < 0;
// uniform with each |xᵢ| in [0.1, 1], a margin of 0.1 around the axes.
func xor(r *rand.Rand, class int) [2]float64 {
	a := 0.1 + 0.9*r.Float64()
	b := 0.1 + 0.9*r.Float64()
	if r.IntN(2) == 0 {
		a = -a
	}
	if (class == 1) != (a > 0) {
		b = -b
	}
	return [2]float64{a, b}
}

// gauss: two round Gaussians of standard deviation 0.2, class 1 centred at
// (0.45, 0.45), class 0 at (−0.45, −0.45).
func gauss(r *rand.Rand, class int) [2]float64 {
	c := -0.45
	if class == 1 {
		c = 0.45
	}
	return [2]float64{c + 0.2*Normal(r), c + 0.2*Normal(r)}
}

// spiral: two arms of 1.75 turns from the centre out to radius 1, the
// second turned by π (as in TensorFlow Playground, scaled to radius 1):
// radius u and angle 3.5πu for u uniform in [0, 1].
func spiral(r *rand.Rand, class int) [2]float64 {
	u := r.Float64()
	th := 3.5 * math.Pi * u
	if class == 1 {
		th += math.Pi
	}
	return polar(u, th)
}

// moons: scikit-learn's two moons — class 0 the upper half circle
// (cos t, sin t), class 1 the lower one (1 − cos t, 0.5 − sin t), t
// uniform in [0, π] — shifted by (−0.5, −0.25) and scaled by 1/1.5 into
// [−1, 1] × [−0.5, 0.5].
func moons(r *rand.Rand, class int) [2]float64 {
	s, c := math.Sincos(math.Pi * r.Float64())
	x, y := c, s
	if class == 1 {
		x, y = 1-c, 0.5-s
	}
	return [2]float64{(x - 0.5) / 1.5, (y - 0.25) / 1.5}
}

// Ellipse geometry: semi-axes 0.8 and 0.35, turned by 30°.
const (
	ellipseA     = 0.8
	ellipseB     = 0.35
	ellipseAngle = math.Pi / 6
)

// ellipse: class 1 inside the rotated ellipse shrunk by 0.85, class 0 in
// [−1, 1]² outside it grown by 1.15; by rejection from the square.
func ellipse(r *rand.Rand, class int) [2]float64 {
	s, c := math.Sincos(ellipseAngle)
	for {
		x := [2]float64{2*r.Float64() - 1, 2*r.Float64() - 1}
		u := (c*x[0] + s*x[1]) / ellipseA
		v := (-s*x[0] + c*x[1]) / ellipseB
		q := u*u + v*v
		if (class == 1 && q < 0.85*0.85) || (class == 0 && q > 1.15*1.15) {
			return x
		}
	}
}
