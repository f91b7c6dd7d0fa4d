package learn

import (
	"errors"
	"math"
	"strings"
	"testing"
)

func TestCheckFiniteNamesTheParameter(t *testing.T) {
	d1, d2 := NewDense(2, 3), NewDense(3, 1)
	net := NewNetwork([]Layer{d1, d2}, Tanh, BCE)
	if err := net.CheckFinite(); err != nil {
		t.Fatalf("zero network: %v", err)
	}
	for _, tc := range []struct {
		bad  float64
		want string
	}{{math.NaN(), "layer 2 w[2] is NaN"}, {math.Inf(-1), "layer 2 w[2] is -Inf"}} {
		d2.Groups()[0].Value[2] = tc.bad
		err := net.CheckFinite()
		var nf *NonFiniteError
		if !errors.As(err, &nf) || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("CheckFinite with %v = %v, want prefix %q", tc.bad, err, tc.want)
		}
	}
}

func TestTrainerCheckFiniteSeesTheLoss(t *testing.T) {
	train, _, err := MakeData(DataConfig{Kind: "xor", N: 40, Noise: 0, TrainShare: 0.5}, 1)
	if err != nil {
		t.Fatal(err)
	}
	d := NewDense(2, 1)
	tr := NewTrainer(NewNetwork([]Layer{d}, Tanh, BCE), train, DefaultTrainConfig(), 1)
	tr.Step()
	if err := tr.CheckFinite(); err != nil {
		t.Fatalf("after a normal step: %v", err)
	}
	d.Groups()[1].Value[0] = math.Inf(1) // the bias: the next loss is NaN or Inf
	tr.Step()
	if err := tr.CheckFinite(); err == nil {
		t.Fatal("CheckFinite = nil after an infinite bias")
	}
}
