package kanlab

import (
	"testing"
	"time"
)

// tick is a browser clock's resolution without cross-origin isolation.
const tick = 100 * time.Microsecond

// quantized is what a clock ticking every tick reads for work of d that
// starts at phase (in [0, tick)) into a tick.
func quantized(d, phase time.Duration) time.Duration {
	return (phase+d)/tick*tick - phase/tick*tick
}

// TestCostCoarseClock times small pieces (the ends of frames: 0.05 to
// 0.2 ms) of rows costing 1.5 µs each with a 0.1 ms clock, as the page
// does: though each piece reads 0, 0.1 or 0.2 ms, the estimate must settle
// between 85 % and 120 % of the true cost (a piece sized from it overruns
// by at most 15 %) and never fall below 80 % of it. Folded in piece by
// piece, the same pieces leave it 40 % high, a share of the frame lost.
func TestCostCoarseClock(t *testing.T) {
	const truth = 1500 * time.Nanosecond
	c := newCost(20 * time.Microsecond)
	phase := time.Duration(0)
	for i := range 2000 {
		left := time.Duration(i%4+1) * tick / 2
		n := c.size(left, 32)
		d := time.Duration(n) * truth
		c.observe(quantized(d, phase), n)
		phase = (phase + d + 37*time.Microsecond) % tick
		if i > 200 && c.per < truth*8/10 {
			t.Fatalf("piece %d: estimate %v is below 80%% of the true %v", i, c.per, truth)
		}
	}
	if c.per < truth*85/100 || c.per > truth*120/100 {
		t.Errorf("estimate %v after 2000 pieces; true cost %v (want 85%% to 120%% of it)", c.per, truth)
	}
}

// TestCostRises: when rows become three times dearer, each piece folded in
// doubles the estimate at most, so one pause of the engine does not shrink
// the pieces for long, and two pieces bring it to the new cost.
func TestCostRises(t *testing.T) {
	c := newCost(time.Microsecond)
	c.observe(time.Millisecond, 1000)
	c.observe(3*time.Millisecond, 1000)
	if c.per != 2*time.Microsecond {
		t.Fatalf("estimate %v after a piece at 3 µs a row; want 2µs (doubled)", c.per)
	}
	c.observe(3*time.Millisecond, 1000)
	if c.per != 3*time.Microsecond {
		t.Fatalf("estimate %v after two pieces at 3 µs a row; want 3µs", c.per)
	}
	if n := c.size(3*time.Millisecond, 32); n != 333 {
		t.Errorf("size(3 ms) = %d rows; want 333 (maxPiece 1 ms at 3 µs)", n)
	}
}

// TestCostSize checks the piece bounds: at most maxPiece's worth, at least
// the least units asked for, and fits agreeing with the estimate.
func TestCostSize(t *testing.T) {
	c := newCost(10 * time.Microsecond)
	for _, tc := range []struct {
		left  time.Duration
		least int
		want  int
	}{
		{3 * time.Millisecond, 32, 100}, // capped at maxPiece
		{500 * time.Microsecond, 32, 50},
		{100 * time.Microsecond, 32, 32}, // at least least
		{0, 1, 1},
	} {
		if got := c.size(tc.left, tc.least); got != tc.want {
			t.Errorf("size(%v, %d) = %d; want %d", tc.left, tc.least, got, tc.want)
		}
	}
	if !c.fits(320*time.Microsecond, 32) || c.fits(319*time.Microsecond, 32) {
		t.Error("fits: 32 units at 10 µs must fit in 320 µs and not in 319 µs")
	}
}

// TestForget: over grid updates of [2,5,1], five cheap refits (0.2 ms)
// then a dear one (0.9 ms), the estimate stays within a sixth of the dear
// cost; a pause that stretches one piece to 8 ms raises it by a quarter at
// most, and 10 ordinary pieces bring it back under 1 ms. An estimate of
// nothing takes the first piece's time.
func TestForget(t *testing.T) {
	var d time.Duration
	forget(&d, time.Millisecond)
	if d != time.Millisecond {
		t.Fatalf("from 0, after a 1 ms piece: %v; want 1ms", d)
	}
	for k := range 36 {
		took := 200 * time.Microsecond
		if k%6 == 5 {
			took = 900 * time.Microsecond
		}
		forget(&d, took)
		if d < 900*time.Microsecond*5/6 {
			t.Fatalf("piece %d: estimate %v, more than a sixth below the dear pieces' 0.9 ms", k, d)
		}
	}
	before := d
	forget(&d, 8*time.Millisecond)
	if d > before*5/4 {
		t.Fatalf("after an 8 ms pause: %v; want at most a quarter above the %v before", d, before)
	}
	for range 10 {
		forget(&d, 200*time.Microsecond)
	}
	if d > time.Millisecond {
		t.Errorf("10 pieces after the pause: %v; want under 1 ms", d)
	}
}
