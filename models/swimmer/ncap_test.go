package swimmer

import (
	"math"
	"testing"
)

func mustNCAP(t testing.TB, c NCAPConfig) *NCAP {
	t.Helper()
	x, err := NewNCAP(c)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// G4 of spec §2.5: NCAP at its initial weights, straight start, swimmer6,
// 1000 steps (MuJoCo 3.3.8).
func TestGoldenG4(t *testing.T) {
	b := mustBody(t, 6, DefaultDensity)
	x := mustNCAP(t, DefaultNCAPConfig(5))
	e, err := NewEpisode(b, x, StartStraight, 0, EpisodeSteps)
	if err != nil {
		t.Fatal(err)
	}
	wantActs := map[int][]float64{
		0:  {1, 0, 0, 0, 0},
		1:  {1, 0.0327, -0.0190, 0.0061, -0.0008},
		30: {-1, 1, 0.6827, -0.3031, -0.7958},
	}
	for k := range EpisodeSteps {
		e.Advance(1)
		if want, ok := wantActs[k]; ok {
			for i, w := range want {
				if got := e.Action()[i]; math.Abs(got-w) > 0.5e-4 {
					t.Errorf("t%d action[%d] = %.6f, want %.4f", k, i, got, w)
				}
			}
		}
	}
	if got, want := e.Return(), 794.9528; math.Abs(got-want) > 0.5e-4 {
		t.Errorf("return = %.7f, want %.4f", got, want)
	}
	wantQ := []float64{-1.37341, -1.67301, -1.01340, -0.078493, 1.12852, -0.464017, -1.08946, 0.996114}
	for i, w := range wantQ {
		if got := e.Sim().Qpos()[i]; math.Abs(got-w) > 0.5e-5*math.Max(1, math.Abs(w)) {
			t.Errorf("qpos[%d] = %.7f, want %.6g", i, got, w)
		}
	}
	t.Logf("return %.7f mean speed %.6f qpos %.7g", e.Return(), e.MeanSpeed(), e.Sim().Qpos())
}

// Spec §3.3: at its initial weights NCAP collapses to joint 0 = ±1 square
// wave of period T (dorsal first), joint i>0 = q̂_{i−1} = clamp(q_{i−1}/(2π/N), −1, 1).
func TestNCAPCollapseAtInit(t *testing.T) {
	for _, links := range []int{4, 6, 10} {
		n := links - 1
		b := mustBody(t, links, DefaultDensity)
		x := mustNCAP(t, DefaultNCAPConfig(n))
		e, _ := NewEpisode(b, x, StartRandom, 5, 200)
		for k := range 200 {
			q := append([]float64(nil), e.Sim().Qpos()[3:]...)
			e.Advance(1)
			a := e.Action()
			want0 := 1.0
			if k%60 >= 30 {
				want0 = -1
			}
			if a[0] != want0 {
				t.Fatalf("links %d step %d: action[0] = %v, want %v", links, k, a[0], want0)
			}
			for i := 1; i < n; i++ {
				want := clamp(q[i-1]/(2*math.Pi/float64(links)), -1, 1)
				if math.Abs(a[i]-want) > 1e-15 {
					t.Fatalf("links %d step %d: action[%d] = %v, want q̂[%d] = %v", links, k, i, a[i], i-1, want)
				}
			}
		}
	}
}

// Spec §3.3: w_contra has no effect on forward swimming.
func TestNCAPContraHasNoEffect(t *testing.T) {
	b := mustBody(t, 6, DefaultDensity)
	var rets []float64
	for _, wc := range []float64{0, -1, -5} {
		x := mustNCAP(t, DefaultNCAPConfig(5))
		if err := x.SetParams([]float64{1, 1, 1, wc}); err != nil {
			t.Fatal(err)
		}
		r, _ := Run(b, x, StartStraight, 0, 300)
		rets = append(rets, r.Return)
	}
	if rets[0] != rets[1] || rets[1] != rets[2] {
		t.Errorf("returns for w_contra 0, −1, −5 = %v, want identical", rets)
	}
}

// Spec §3.4, §3.5: parameter counts and initial values of the ablations.
func TestNCAPInitAndCounts(t *testing.T) {
	for _, c := range []struct {
		name  string
		cfg   NCAPConfig
		count int
		check func(i int, w float64) bool
	}{
		{"shared constant", NCAPConfig{Joints: 5, Period: 60, Signs: true, Sharing: true}, 4,
			func(i int, w float64) bool { return w == []float64{1, 1, 1, -1}[i] }},
		{"unshared constant", NCAPConfig{Joints: 5, Period: 60, Signs: true}, 30,
			func(i int, w float64) bool { return (w == 1) == excitatory[i%PerJoint] && math.Abs(w) == 1 }},
		{"shared random signed", NCAPConfig{Joints: 5, Period: 60, Signs: true, Sharing: true, Init: InitRandom, Seed: 3}, 4,
			func(i int, w float64) bool {
				return (i != WContra && w >= 0 && w < 1) || (i == WContra && w <= 0 && w > -1)
			}},
		{"unshared constant unsigned", NCAPConfig{Joints: 5, Period: 60, Seed: 3}, 30,
			func(_ int, w float64) bool { return math.Abs(w) == 1 }},
		{"unshared random unsigned", NCAPConfig{Joints: 5, Period: 60, Init: InitRandom, Seed: 3}, 30,
			func(_ int, w float64) bool { return w > -1 && w < 1 }},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := mustNCAP(t, c.cfg).Params()
			if len(p) != c.count {
				t.Fatalf("len(Params()) = %d, want %d", len(p), c.count)
			}
			for i, w := range p {
				if !c.check(i, w) {
					t.Errorf("Params()[%d] = %v breaks the init rule", i, w)
				}
			}
		})
	}
}

// Unshared weights equal to the shared ones give the same swimmer.
func TestNCAPUnsharedMatchesShared(t *testing.T) {
	b := mustBody(t, 6, DefaultDensity)
	shared := []float64{1.3, 0.7, 1.1, -0.4}
	xs := mustNCAP(t, DefaultNCAPConfig(5))
	_ = xs.SetParams(shared)
	cfg := DefaultNCAPConfig(5)
	cfg.Sharing = false
	xu := mustNCAP(t, cfg)
	u := make([]float64, 30)
	for i := range 5 {
		for o := range PerJoint {
			u[PerJoint*i+o] = shared[sharedOf(o, i)]
		}
	}
	if err := xu.SetParams(u); err != nil {
		t.Fatal(err)
	}
	r1, _ := Run(b, xs, StartStraight, 0, 300)
	r2, _ := Run(b, xu, StartStraight, 0, 300)
	if r1.Return != r2.Return {
		t.Errorf("unshared return = %v, shared = %v", r2.Return, r1.Return)
	}
}

func TestSetParamsErrors(t *testing.T) {
	x := mustNCAP(t, DefaultNCAPConfig(5))
	m, _ := NewMLP(MLPConfig{Links: 6, Hidden: DefaultHidden()})
	for _, c := range []struct {
		ctrl Controller
		p    []float64
	}{
		{x, []float64{1, 1, 1}},
		{x, []float64{1, 1, math.NaN(), -1}},
		{m, []float64{1}},
		{NewZero(5), []float64{1}},
	} {
		before := c.ctrl.Params()
		if err := c.ctrl.SetParams(c.p); err == nil {
			t.Errorf("%s.SetParams(%v): no error", c.ctrl.Name(), c.p)
		}
		if got := c.ctrl.Params(); len(got) != len(before) || (len(got) > 0 && got[0] != before[0]) {
			t.Errorf("%s: a failed SetParams changed the params", c.ctrl.Name())
		}
	}
}
