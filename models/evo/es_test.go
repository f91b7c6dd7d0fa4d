package evo

import (
	"math"
	"testing"
)

func TestCentredRanks(t *testing.T) {
	got := centredRanks([]float64{3, -1, 7, 3}, make([]int, 4))
	want := []float64{-1.0 / 6, -0.5, 0.5, 1.0 / 6}
	for i := range want {
		if math.Abs(got[i]-want[i]) > 1e-15 {
			t.Errorf("rank[%d] = %v, want %v", i, got[i], want[i])
		}
	}
}

func TestAskIsAntithetic(t *testing.T) {
	e, err := New(DefaultConfig(), []float64{1, -2, 0.5}, 4)
	if err != nil {
		t.Fatal(err)
	}
	c := e.Ask()
	if len(c) != 16 {
		t.Fatalf("len(Ask()) = %d, want 16", len(c))
	}
	for p := 0; p < 16; p += 2 {
		for j, th := range []float64{1, -2, 0.5} {
			if d := c[p][j] + c[p+1][j] - 2*th; math.Abs(d) > 1e-15 {
				t.Errorf("pair %d dim %d: not symmetric about θ (%v)", p/2, j, d)
			}
		}
	}
}

// ES climbs a concave function: f(θ) = −|θ − (3, −1)|².
func TestESAscends(t *testing.T) {
	e, _ := New(Config{Pop: 8, Sigma: 0.1, LR: 0.05, Clip: 1}, []float64{0, 0}, 1)
	f := func(x []float64) float64 { return -((x[0]-3)*(x[0]-3) + (x[1]+1)*(x[1]+1)) }
	ret := make([]float64, 8)
	for range 300 {
		for i, c := range e.Ask() {
			ret[i] = f(c)
		}
		if err := e.Tell(ret); err != nil {
			t.Fatal(err)
		}
	}
	if th := e.Theta(); f(th) < -0.05 {
		t.Errorf("after 300 generations θ = %v, f = %v, want near (3, −1)", th, f(th))
	}
	if e.Generation() != 300 {
		t.Errorf("Generation() = %d, want 300", e.Generation())
	}
}

func TestErrors(t *testing.T) {
	for _, c := range []struct {
		cfg  Config
		want string
	}{
		{Config{Pop: 5, Sigma: 0.1, LR: 0.1, Clip: 1}, "pop: 5 must be even and in [2, 65536]"},
		{Config{Pop: 4, Sigma: 0, LR: 0.1, Clip: 1}, "sigma: 0 must be a finite number > 0"},
		{Config{Pop: 4, Sigma: 0.1, LR: math.NaN(), Clip: 1}, "lr: NaN must be a finite number > 0"},
	} {
		if err := c.cfg.Validate(); err == nil || err.Error() != c.want {
			t.Errorf("Validate(%+v) = %v, want %q", c.cfg, err, c.want)
		}
	}
	e, _ := New(DefaultConfig(), []float64{0}, 1)
	if err := e.Tell(make([]float64, 16)); err == nil {
		t.Error("Tell before Ask: no error")
	}
	e.Ask()
	if err := e.Tell(make([]float64, 3)); err == nil {
		t.Error("Tell with 3 returns: no error")
	}
	if _, err := New(DefaultConfig(), nil, 1); err == nil {
		t.Error("New with no parameters: no error")
	}
}
