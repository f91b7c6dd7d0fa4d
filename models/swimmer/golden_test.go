package swimmer

import (
	"math"
	"testing"
)

// Golden values of spec §2.5 (MuJoCo 3.3.8, swimmer6, straight start),
// printed there to 7 significant digits.
var (
	g1Qpos   = []float64{-1.054439e-3, 2.457249e-5, -1.997665e-2, 3.425128e-2, -1.985527e-2, 6.380466e-3, -8.625568e-4, 6.147529e-5}
	g1Qvel   = []float64{-6.315360e-2, 2.840952e-3, -1.199163, 2.060955, -1.201692, 3.894555e-1, -5.354754e-2, 3.936915e-3}
	g1bQpos  = []float64{-2.619117e-2, 2.332053e-2, -5.800614e-1, 1.042378, -6.458841e-1, 2.068629e-1, -2.360148e-2, -1.527878e-4}
	g2Qpos   = []float64{9.709828e-3, 3.106154e-2, 3.855593e-1, -1.049094, 7.769777e-1, -2.472363e-1, 8.238757e-1, -1.107728}
	g2Return = 23.745569
)

func mustBody(t testing.TB, links int, density float64) *Body {
	t.Helper()
	b, err := NewBody(links, density)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// closePrinted reports whether got rounds to the printed 7-digit value
// want: relative 1e-6 (the last printed digit), with an absolute floor for
// tiny values.
func closePrinted(got, want float64) bool {
	return math.Abs(got-want) <= 1e-6*math.Abs(want)+1e-12
}

func checkVec(t *testing.T, name string, got, want []float64) {
	t.Helper()
	for i := range want {
		if !closePrinted(got[i], want[i]) {
			t.Errorf("%s[%d] = %.9e, want %.6e", name, i, got[i], want[i])
		}
	}
}

func TestGoldenG1(t *testing.T) {
	s := NewSim(mustBody(t, 6, DefaultDensity))
	s.Step([]float64{1, 0, 0, 0, 0})
	checkVec(t, "qpos", s.Qpos(), g1Qpos)
	checkVec(t, "qvel", s.Qvel(), g1Qvel)
	t.Logf("qpos %.9e", s.Qpos())
	t.Logf("qvel %.9e", s.Qvel())
}

func TestGoldenG1b(t *testing.T) {
	s := NewSim(mustBody(t, 6, DefaultDensity))
	for range 10 {
		s.Step([]float64{1, 0, 0, 0, 0})
	}
	checkVec(t, "qpos", s.Qpos(), g1bQpos)
	t.Logf("qpos %.9e", s.Qpos())
}

func TestGoldenG2(t *testing.T) {
	s := NewSim(mustBody(t, 6, DefaultDensity))
	ret := 0.0
	ctrl := make([]float64, 5)
	for k := range 300 {
		c := -1.0
		if k%60 < 30 {
			c = 1
		}
		for i := range ctrl {
			ctrl[i] = c
		}
		ret += s.Step(ctrl)
	}
	if !closePrinted(ret, g2Return) {
		t.Errorf("return = %.9f, want %.6f", ret, g2Return)
	}
	checkVec(t, "qpos", s.Qpos(), g2Qpos)
	t.Logf("return %.9f qpos %.9e", ret, s.Qpos())
}
