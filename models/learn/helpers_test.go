package learn

import (
	"math/rand/v2"
	"testing"
)

// denseNet builds a Dense network of the given widths with random weights.
func denseNet(t testing.TB, seed uint64, hidden Activation, loss Loss, widths ...int) *Network {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, 1))
	layers := make([]Layer, len(widths)-1)
	for i := range layers {
		d := NewDense(widths[i], widths[i+1])
		d.Init(Tanh, r)
		layers[i] = d
	}
	return NewNetwork(layers, hidden, loss)
}

// batchOf packs points into the row-major inputs and targets Backprop takes.
func batchOf(pts []Point) (x, y []float64) {
	for _, p := range pts {
		x = append(x, p.X[0], p.X[1])
		y = append(y, p.Y)
	}
	return x, y
}
