package swimmer

import (
	"math"
	"math/rand/v2"
	"testing"
)

// No control from a straight start: nothing moves, the return is 0
// exactly (spec §2.5 "zero action → 0.0"; energy-free sanity).
func TestZeroControlNoMotion(t *testing.T) {
	for _, links := range []int{3, 6, 15} {
		b := mustBody(t, links, DefaultDensity)
		r, err := Run(b, NewZero(links-1), StartStraight, 0, 200)
		if err != nil {
			t.Fatal(err)
		}
		if r.Return != 0 {
			t.Errorf("links %d: return = %v, want 0", links, r.Return)
		}
		for i := range r.Qpos {
			if r.Qpos[i] != 0 || r.Qvel[i] != 0 {
				t.Errorf("links %d: qpos[%d], qvel[%d] = %v, %v, want 0, 0", links, i, i, r.Qpos[i], r.Qvel[i])
			}
		}
	}
}

// Zero controller from random starts: the body relaxes but never swims
// (spec §2.5: 0.0 over random inits).
func TestZeroControlRandomStarts(t *testing.T) {
	b := mustBody(t, 6, DefaultDensity)
	for seed := range uint64(5) {
		r, _ := Run(b, NewZero(5), StartRandom, seed, EpisodeSteps)
		if r.Return != 0 {
			t.Errorf("seed %d: return = %v, want 0", seed, r.Return)
		}
	}
}

// Spec §0, §2.5: NCAP at init over random starts ≈ 790–800 (774–808);
// issue 4 asks for a mean in 770–820 over 20 seeds. Uniform random
// actions ≈ 83: our tolerance is ±15, wide enough for 20 episodes'
// spread, narrow enough to catch a wrong reward or drag.
func TestRandomStartsDistribution(t *testing.T) {
	b := mustBody(t, 6, DefaultDensity)
	const seeds = 20
	ncap, random := 0.0, 0.0
	for seed := range uint64(seeds) {
		r, err := Run(b, mustNCAP(t, DefaultNCAPConfig(5)), StartRandom, seed, EpisodeSteps)
		if err != nil {
			t.Fatal(err)
		}
		ncap += r.Return / seeds
		r, _ = Run(b, NewRandom(5, 1000+seed), StartRandom, seed, EpisodeSteps)
		random += r.Return / seeds
	}
	t.Logf("mean return over %d random starts: NCAP init %.2f, random actions %.2f", seeds, ncap, random)
	if ncap < 770 || ncap > 820 {
		t.Errorf("NCAP init mean return = %.2f, want in [770, 820]", ncap)
	}
	if math.Abs(random-83) > 15 {
		t.Errorf("random actions mean return = %.2f, want 83 ± 15", random)
	}
}

// Spec §2.3: without joint limits NCAP's return drops by about a third.
func TestLimitsMatter(t *testing.T) {
	b := mustBody(t, 6, DefaultDensity)
	with, _ := Run(b, mustNCAP(t, DefaultNCAPConfig(5)), StartStraight, 0, EpisodeSteps)
	without, _ := Run(b.Unlimited(), mustNCAP(t, DefaultNCAPConfig(5)), StartStraight, 0, EpisodeSteps)
	t.Logf("NCAP init, straight: limits on %.2f, off %.2f", with.Return, without.Return)
	if without.Return > 0.85*with.Return {
		t.Errorf("return without limits = %.2f, want well below %.2f", without.Return, with.Return)
	}
}

// Every body size swims with NCAP's shared initial weights and stays finite.
func TestAnyLinkCount(t *testing.T) {
	for links := MinLinks; links <= MaxLinks; links++ {
		b := mustBody(t, links, DefaultDensity)
		r, err := Run(b, mustNCAP(t, DefaultNCAPConfig(links-1)), StartRandom, 7, 300)
		if err != nil {
			t.Fatal(err)
		}
		for i, q := range r.Qpos {
			if math.IsNaN(q) || math.IsInf(q, 0) {
				t.Fatalf("links %d: qpos[%d] = %v", links, i, q)
			}
		}
		if r.Return <= 0 || r.MeanSpeed <= 0 {
			t.Errorf("links %d: return %.2f, mean speed %.4f, want > 0", links, r.Return, r.MeanSpeed)
		}
		if got := len(b.InvWeight0()); got != links+2 {
			t.Errorf("links %d: len(InvWeight0) = %d", links, got)
		}
	}
}

// Same inputs → bit-identical state, however an episode is sliced.
func TestDeterminism(t *testing.T) {
	b := mustBody(t, 7, DefaultDensity)
	whole, _ := Run(b, mustNCAP(t, DefaultNCAPConfig(6)), StartRandom, 3, 400)
	e, _ := NewEpisode(b, mustNCAP(t, DefaultNCAPConfig(6)), StartRandom, 3, 400)
	for !e.Done() {
		e.Advance(37)
	}
	if e.Return() != whole.Return {
		t.Errorf("sliced return = %v, whole = %v", e.Return(), whole.Return)
	}
	for i, q := range e.Sim().Qpos() {
		if q != whole.Qpos[i] {
			t.Errorf("sliced qpos[%d] = %v, whole = %v", i, q, whole.Qpos[i])
		}
	}
}

// dof_invweight0 for swimmer6, spec §2.3 (MuJoCo 3.3.8, "matched to 6 digits").
func TestInvWeight0(t *testing.T) {
	want := []float64{319.48, 16.667, 61066, 148700, 110662, 108888, 110662, 148700}
	got := mustBody(t, 6, DefaultDensity).InvWeight0()
	t.Logf("dof_invweight0 = %.9g", got)
	for i, w := range want {
		if math.Abs(got[i]-w) > 0.5e-4*w {
			t.Errorf("InvWeight0()[%d] = %.9g, want %g", i, got[i], w)
		}
	}
}

func TestNewBodyErrors(t *testing.T) {
	for _, c := range []struct {
		links   int
		density float64
		want    string
	}{
		{2, 3000, "links: 2 is out of range [3, 15]"},
		{16, 3000, "links: 16 is out of range [3, 15]"},
		{6, -1, "density: -1 is out of range [0, 10000]"},
		{6, math.NaN(), "density: NaN is out of range [0, 10000]"},
	} {
		_, err := NewBody(c.links, c.density)
		if err == nil || err.Error() != c.want {
			t.Errorf("NewBody(%d, %v) error = %v, want %q", c.links, c.density, err, c.want)
		}
	}
}

func TestSetStateAndObserve(t *testing.T) {
	b := mustBody(t, 6, DefaultDensity)
	s := NewSim(b)
	s.ResetRandom(rand.New(rand.NewPCG(1, 2)))
	for range 20 {
		s.Step([]float64{1, -1, 0.5, 0, 1})
	}
	c := NewSim(b)
	if err := c.SetState(s.Qpos(), s.Qvel()); err != nil {
		t.Fatal(err)
	}
	obs := s.Observe(nil)
	if len(obs) != ObsSize(6) || ObsSize(6) != 23 {
		t.Fatalf("len(Observe) = %d, ObsSize(6) = %d, want 23", len(obs), ObsSize(6))
	}
	// The head's axial velocity is minus the forward speed (spec §2.4).
	if got, want := obs[5+1], -s.ForwardSpeed(); math.Abs(got-want) > 1e-15 {
		t.Errorf("head vy = %v, want −ForwardSpeed = %v", got, want)
	}
	// A link's centre lies midway between its joints.
	x0, y0 := s.Joint(1)
	x1, y1 := s.Joint(2)
	cx, cy := s.LinkCentre(2)
	if math.Hypot(cx-(x0+x1)/2, cy-(y0+y1)/2) > 1e-15 {
		t.Errorf("LinkCentre(2) = (%v, %v), want the midpoint of its joints", cx, cy)
	}
	if err := c.SetState(s.Qpos()[:3], s.Qvel()); err == nil {
		t.Error("SetState with a short qpos: no error")
	}
}
