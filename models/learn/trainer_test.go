package learn

import (
	"math"
	"testing"
)

func TestOptimizerNames(t *testing.T) {
	for i, name := range OptimizerNames() {
		o, err := ParseOptimizer(name)
		if err != nil || o != Optimizer(i) || o.String() != name {
			t.Errorf("ParseOptimizer(%q) = %v, %v", name, o, err)
		}
	}
}

func TestTrainConfigValidate(t *testing.T) {
	for _, tc := range []struct {
		edit func(c *TrainConfig)
		want string
	}{
		{func(c *TrainConfig) { c.Optimizer = 5 }, "optimizer: optimizer(5) is not one of sgd, adam"},
		{func(c *TrainConfig) { c.LR = 0 }, "lr: 0 must be a finite number > 0"},
		{func(c *TrainConfig) { c.LR = math.Inf(1) }, "lr: +Inf must be a finite number > 0"},
		{func(c *TrainConfig) { c.BatchSize = -1 }, "batch: -1 must be ≥ 0 (0 is the full batch)"},
		{func(c *TrainConfig) { c.GammaG = 1.5 }, "gamma-g: 1.5 is out of range [0, 1]"},
		{func(c *TrainConfig) { c.GammaB = -0.1 }, "gamma-b: -0.1 is out of range [0, 1]"},
		{func(c *TrainConfig) { c.Shrink = math.NaN() }, "shrink: NaN is out of range [0, 1]"},
	} {
		c := DefaultTrainConfig()
		tc.edit(&c)
		if err := c.Validate(); err == nil || err.Error() != tc.want {
			t.Errorf("Validate() = %v, want %s", err, tc.want)
		}
	}
	if err := DefaultTrainConfig().Validate(); err != nil {
		t.Error(err)
	}
}

// One step of each optimiser, by hand: momentum SGD's first step is
// −η·g, its second −η·(0.9·g₁ + g₂); Adam's first step is −η·g/(|g| + ε).
func TestOptimizerSteps(t *testing.T) {
	pts, _, _ := MakeData(DataConfig{Kind: "gauss", N: 40, Noise: 0.1, TrainShare: 0.5}, 1)
	x, y := batchOf(pts)
	for _, opt := range []Optimizer{SGD, Adam} {
		n := denseNet(t, 1, Tanh, BCE, 2, 3, 1)
		tr := NewTrainer(n, pts, TrainConfig{Optimizer: opt, LR: 0.1, GammaG: 1, GammaB: 1}, 1)
		w := n.Layers()[0].Groups()[0]
		before := append([]float64(nil), w.Value...)
		n.Backprop(x, y, len(pts), nil)
		g1 := append([]float64(nil), w.Grad...)
		tr.Step()
		for i := range before {
			want := before[i] - 0.1*g1[i]
			if opt == Adam {
				want = before[i] - 0.1*g1[i]/(math.Abs(g1[i])+AdamEps)
			}
			if math.Abs(w.Value[i]-want) > 1e-15 {
				t.Errorf("%v step 1: w[%d] = %v, want %v", opt, i, w.Value[i], want)
			}
		}
		if opt == SGD {
			mid := append([]float64(nil), w.Value...)
			n.Backprop(x, y, len(pts), nil)
			g2 := append([]float64(nil), w.Grad...)
			tr.Step()
			for i := range mid {
				if want := mid[i] - 0.1*(Momentum*g1[i]+g2[i]); math.Abs(w.Value[i]-want) > 1e-15 {
					t.Errorf("SGD step 2: w[%d] = %v, want %v", i, w.Value[i], want)
				}
			}
		}
		if tr.Steps() != map[Optimizer]int{SGD: 2, Adam: 1}[opt] {
			t.Errorf("%v: Steps() = %d", opt, tr.Steps())
		}
	}
}

// A run is a function of its configuration and seeds, bit for bit, with
// full and mini-batches; Step allocates nothing after the first; training
// lowers the loss.
func TestTrainerDeterministicAndAllocationFree(t *testing.T) {
	train, test, _ := MakeData(DataConfig{Kind: "moons", N: 200, Noise: 0.05, TrainShare: 0.5}, 4)
	for _, bs := range []int{0, 16} {
		run := func() (*Trainer, []float64) {
			n := denseNet(t, 7, ReLU, BCE, 2, 6, 6, 1)
			c := DefaultTrainConfig()
			c.BatchSize = bs
			tr := NewTrainer(n, train, c, 11)
			var losses []float64
			for i := 0; i < 60; i++ {
				tr.Step()
				losses = append(losses, tr.Loss())
			}
			return tr, losses
		}
		t1, l1 := run()
		t2, l2 := run()
		for i := range l1 {
			if l1[i] != l2[i] {
				t.Fatalf("batch %d: step %d loss %v vs %v", bs, i, l1[i], l2[i])
			}
		}
		for _, p := range test {
			if t1.Network().Predict(p.X) != t2.Network().Predict(p.X) {
				t.Fatalf("batch %d: the two runs predict differently", bs)
			}
		}
		if l1[len(l1)-1] > 0.5*l1[0] {
			t.Errorf("batch %d: loss went from %v to only %v", bs, l1[0], l1[len(l1)-1])
		}
		if allocs := testing.AllocsPerRun(50, t1.Step); allocs != 0 {
			t.Errorf("batch %d: Step allocates %v times", bs, allocs)
		}
	}
}

// SetConfig applies a new rate at once, rejects a bad config keeping the
// old one, and clears the optimiser state when the optimiser changes.
func TestTrainerSetConfig(t *testing.T) {
	pts, _, _ := MakeData(DataConfig{Kind: "xor", N: 40, TrainShare: 0.5}, 2)
	tr := NewTrainer(denseNet(t, 1, Tanh, BCE, 2, 3, 1), pts, DefaultTrainConfig(), 1)
	tr.Step()
	bad := DefaultTrainConfig()
	bad.LR = -1
	if err := tr.SetConfig(bad); err == nil || tr.Config().LR != DefaultTrainConfig().LR {
		t.Errorf("SetConfig(bad) = %v, config %+v", err, tr.Config())
	}
	c := DefaultTrainConfig()
	c.Optimizer = SGD
	if err := tr.SetConfig(c); err != nil || tr.t != 0 || tr.m[0][0] != 0 {
		t.Errorf("switching optimiser: err %v, t %d, m %v", err, tr.t, tr.m[0][0])
	}
	tr.Step()
	if tr.Steps() != 2 {
		t.Errorf("Steps() = %d, want 2", tr.Steps())
	}
}
