package quadratic

import (
	"math"
	"math/rand/v2"
	"testing"

	"bioplay/models/learn"
)

// newNet builds a network or fails the test.
func newNet(t testing.TB, c Config, seed uint64) *learn.Network {
	t.Helper()
	n, err := NewNetwork(c, seed)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// randomBatch returns batch random points in [−1, 1]² with labels
// alternating 0 and 1, packed as Backprop takes them.
func randomBatch(seed uint64, batch int) (x, y []float64) {
	r := rand.New(rand.NewPCG(seed, 99))
	for i := 0; i < batch; i++ {
		x = append(x, 2*r.Float64()-1, 2*r.Float64()-1)
		y = append(y, float64(i%2))
	}
	return x, y
}

// minHiddenZ returns the smallest |z| over the hidden layers'
// pre-activations on the batch, recomputed layer by layer with ReLU: the
// distance to the nearest ReLU kink.
func minHiddenZ(n *learn.Network, x []float64, batch int) float64 {
	m := math.Inf(1)
	in := x
	layers := n.Layers()
	for _, l := range layers[:len(layers)-1] {
		_, w := l.Dims()
		z := make([]float64, batch*w)
		l.Forward(in, batch, z)
		for j, v := range z {
			m = math.Min(m, math.Abs(v))
			z[j] = math.Max(v, 0)
		}
		in = z
	}
	return m
}

// data draws the lab's 400 points of kind at the given noise.
func data(t testing.TB, kind string, noise float64, seed uint64) (train, test []learn.Point) {
	t.Helper()
	train, test, err := learn.MakeData(learn.DataConfig{Kind: kind, N: Points, Noise: noise, TrainShare: 0.5}, seed)
	if err != nil {
		t.Fatal(err)
	}
	return train, test
}
