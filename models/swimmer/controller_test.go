package swimmer

import (
	"math"
	"testing"
)

func TestSineWave(t *testing.T) {
	w, err := NewSine(5, 60, 0.25, 0.5)
	if err != nil {
		t.Fatal(err)
	}
	s := NewSim(mustBody(t, 6, DefaultDensity))
	a := make([]float64, 5)
	for k := range 3 {
		w.Act(s, a)
		for i := range 5 {
			want := 0.5 * math.Sin(2*math.Pi*float64(k)/60-2*math.Pi*float64(i)*0.25)
			if a[i] != want {
				t.Errorf("k %d: action[%d] = %v, want %v", k, i, a[i], want)
			}
		}
	}
	for _, c := range []struct {
		period    int
		lam, ampl float64
	}{{1, 0.2, 1}, {60, math.NaN(), 1}, {60, 0.2, 1.5}} {
		if _, err := NewSine(5, c.period, c.lam, c.ampl); err == nil {
			t.Errorf("NewSine(5, %d, %v, %v): no error", c.period, c.lam, c.ampl)
		}
	}
}

// Every controller: actions within [−1, 1], Clone reproduces the episode.
func TestControllersContract(t *testing.T) {
	b := mustBody(t, 5, DefaultDensity)
	sine, _ := NewSine(4, 60, 0.2, 1)
	mlp, _ := NewMLP(MLPConfig{Links: 5, Hidden: []int{8, 8}, Seed: 2})
	for _, c := range []Controller{mustNCAP(t, DefaultNCAPConfig(4)), sine, NewZero(4), NewRandom(4, 9), mlp} {
		t.Run(c.Name(), func(t *testing.T) {
			e, err := NewEpisode(b, c, StartRandom, 1, 100)
			if err != nil {
				t.Fatal(err)
			}
			for !e.Done() {
				e.Advance(1)
				for i, a := range e.Action() {
					if !(a >= -1 && a <= 1) {
						t.Fatalf("step %d: action[%d] = %v", e.Steps(), i, a)
					}
				}
			}
			r, _ := Run(b, c.Clone(), StartRandom, 1, 100)
			if r.Return != e.Return() {
				t.Errorf("clone's return = %v, want %v", r.Return, e.Return())
			}
		})
	}
	if _, err := NewEpisode(b, NewZero(5), StartStraight, 0, 10); err == nil {
		t.Error("NewEpisode with a 5-joint controller on a 4-joint body: no error")
	}
}

func TestMLPShape(t *testing.T) {
	m, err := NewMLP(MLPConfig{Links: 6, Hidden: DefaultHidden(), Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	// 23→32→32→5 with biases.
	if got, want := len(m.Params()), 23*32+32+32*32+32+32*5+5; got != want {
		t.Errorf("len(Params()) = %d, want %d", got, want)
	}
	if _, err := NewMLP(MLPConfig{Links: 6, Hidden: []int{0}}); err == nil {
		t.Error("NewMLP with a zero-width layer: no error")
	}
}
