package quadratic

import (
	"hash/fnv"
	"math"
	"testing"

	"bioplay/models/learn"
)

// fingerprint hashes the bits of every parameter of n.
func fingerprint(n *learn.Network) uint64 {
	h := fnv.New64a()
	var b [8]byte
	for _, l := range n.Layers() {
		for _, g := range l.Groups() {
			for _, v := range g.Value {
				u := math.Float64bits(v)
				for i := range b {
					b[i] = byte(u >> (8 * i))
				}
				h.Write(b[:])
			}
		}
	}
	return h.Sum64()
}

// trajectory runs 300 mini-batch steps of a 2→8→8→1 network of kind nk
// with tanh (exp-heavy) on the noisy spiral and returns its fingerprint.
func trajectory(t *testing.T, nk Neuron, opt learn.Optimizer) uint64 {
	s := DefaultSetup()
	s.Data.Kind, s.Data.Noise = "spiral", 0.1
	s.Net = Config{Hidden: []int{8, 8}, Neuron: nk, Activation: learn.Tanh, ReLinear: false}
	s.Train.Optimizer, s.Train.BatchSize, s.Train.Shrink = opt, 32, 0.001
	s.Seed = 42
	train, _, err := learn.MakeData(s.Data, s.Seed)
	if err != nil {
		t.Fatal(err)
	}
	n := newNet(t, s.Net, s.Seed)
	tr := learn.NewTrainer(n, train, s.Train, s.Seed)
	for tr.Steps() < 300 {
		tr.Step()
	}
	return fingerprint(n)
}

// A run is a function of its setup and seed, bit for bit, and the same
// natively and under GOOS=js in Node. The fingerprints below are our own
// seeded-trajectory snapshots, not reference values: a change means the
// arithmetic of data, init or training changed, and the commit must say
// why (then paste the new values this test prints).
func TestDeterministicTrajectory(t *testing.T) {
	want := map[Neuron][2]uint64{
		Linear:    {0x2f49ab1d971a727f, 0x4d07673698f95cd6},
		Quadratic: {0x467c5a2f07277189, 0x897f1182c8c83244},
		Compact:   {0x355a84dafd100ba5, 0x445fb73a3d9e557a},
	}
	for _, nk := range []Neuron{Linear, Quadratic, Compact} {
		for i, opt := range []learn.Optimizer{learn.SGD, learn.Adam} {
			a, b := trajectory(t, nk, opt), trajectory(t, nk, opt)
			if a != b {
				t.Fatalf("%v %v: two runs differ", nk, opt)
			}
			if a != want[nk][i] {
				t.Errorf("%v %v: fingerprint %#x, want %#x", nk, opt, a, want[nk][i])
			}
		}
	}
}
