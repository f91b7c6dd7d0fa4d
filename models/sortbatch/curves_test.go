package sortbatch

import "testing"

// TestProgressIndex checks spec §5.2's rule: progress p shows the 0-based
// post-swap state floor((m−1)·p/100).
func TestProgressIndex(t *testing.T) {
	for _, c := range []struct{ m, p, want int }{
		{1, 0, 0}, {1, 50, 0}, {1, 100, 0}, // one swap: every p shows it
		{5, 0, 0}, {5, 24, 0}, {5, 25, 1}, {5, 50, 2}, {5, 99, 3}, {5, 100, 4},
		{101, 37, 37},                  // one state per percent
		{250, 33, 82}, {250, 100, 249}, // floor(249·33/100) = floor(82.17)
	} {
		if got := progressIndex(c.m, c.p); got != c.want {
			t.Errorf("progressIndex(%d, %d) = %d, want %d", c.m, c.p, got, c.want)
		}
	}
}

// TestCurveSampling feeds hand-made trajectories into a curve and checks
// the sampled means, SDs and peak.
func TestCurveSampling(t *testing.T) {
	// Run 1: five post-swap states; run 2: a single state.
	r1 := []float64{0.2, 0.6, 0.9, 0.4, 0.3}
	r2 := []float64{0.5}
	var c curve
	c.addFloats(r1)
	c.addFloats(r2)
	var s [Points]Stat
	c.stats(&s)
	// p=0 → r1[0]; p=50 → r1[2]; p=75 → r1[3]; p=100 → r1[4]; r2 always 0.5.
	for _, w := range []struct {
		p          int
		mean, sd   float64
		r1idx      int
		wantR1Peak bool
	}{
		{0, 0.35, 0.15, 0, false},
		{50, 0.7, 0.2, 2, true},
		{75, 0.45, 0.05, 3, false},
		{100, 0.4, 0.1, 4, false},
	} {
		if !near(s[w.p], Stat{Mean: w.mean, SD: w.sd}) {
			t.Errorf("p=%d: %+v, want {%v %v}", w.p, s[w.p], w.mean, w.sd)
		}
	}
	if v, p := peak(r1); v != 0.9 || p != 50 {
		t.Errorf("peak(r1) = %v at %d, want 0.9 at 50 (first p showing index 2)", v, p)
	}
	if v, p := meanPeak(&s); !near(Stat{Mean: v}, Stat{Mean: 0.7}) || p != 50 {
		t.Errorf("meanPeak = %v at %d, want 0.7 at 50", v, p)
	}
	var e curve
	e.addInts([]int{4, 4, 2, 2, 3, 2})
	e.stats(&s)
	if s[0].Mean != 4 || s[80].Mean != 3 || s[100].Mean != 2 {
		t.Errorf("int curve p=0,80,100 = %v,%v,%v, want 4,3,2", s[0].Mean, s[80].Mean, s[100].Mean)
	}
}
