//go:build js && wasm

package kanlab

import (
	"math"

	"bioplay/models/kan"
)

// history is the RMSE over training, one sample every stride steps and
// thinned by halves when full, so a long run keeps a bounded number of
// samples; sample k is step k·stride. Values are log10 RMSE.
type history struct {
	stride             int
	train, test        []float64
	mlpTrain, mlpTest  []float64
	lastStep, recorded int
}

// maxHistory bounds the samples kept.
const maxHistory = 1024

// firstStride is the starting sample interval. Our choice: 5 steps, so
// the RMSE evaluation (one pass over train and test sets) costs at most a
// fifth of training even at the start.
const firstStride = 5

// record adds a sample if the trainer is at a multiple of the stride (or
// has just started).
func (h *history) record(s *Scene) {
	if h.stride == 0 {
		h.stride = firstStride
	}
	step := s.tr.Steps()
	if step%h.stride != 0 || (h.recorded > 0 && step == h.lastStep) {
		return
	}
	h.add(s, step)
}

// replaceLast puts the current RMSE into the latest sample, for a change
// that takes no step (fitting the symbolic constants).
func (h *history) replaceLast(s *Scene) {
	if n := len(h.train); n > 0 {
		h.train[n-1], h.test[n-1] = log10(s.tr.TrainRMSE()), log10(s.tr.TestRMSE())
	}
}

// add appends the sample for step.
func (h *history) add(s *Scene, step int) {
	h.lastStep, h.recorded = step, h.recorded+1
	h.train = append(h.train, log10(s.tr.TrainRMSE()))
	h.test = append(h.test, log10(s.tr.TestRMSE()))
	if s.mlp != nil {
		h.addMLP(s.mlp)
	}
	if len(h.train) >= maxHistory {
		for _, p := range []*[]float64{&h.train, &h.test, &h.mlpTrain, &h.mlpTest} {
			xs := *p
			for i := 0; i < len(xs)/2; i++ {
				xs[i] = xs[2*i]
			}
			*p = xs[:len(xs)/2]
		}
		h.stride *= 2
	}
}

// addMLP appends the comparison MLP's sample.
func (h *history) addMLP(m *kan.MLPTrainer) {
	h.mlpTrain = append(h.mlpTrain, log10(m.TrainRMSE()))
	h.mlpTest = append(h.mlpTest, log10(m.TestRMSE()))
}

// catchUp records an MLP that is catching up with the KAN's step count at
// the steps the KAN's samples stand for, so both curves share the x axis.
func (h *history) catchUp(m *kan.MLPTrainer) {
	if h.stride > 0 && m.Steps()%h.stride == 0 && len(h.mlpTrain) < len(h.train) {
		h.addMLP(m)
	}
}

// log10 is math.Log10 floored at 1e-12, so a perfect fit stays on the chart.
func log10(x float64) float64 { return math.Log10(max(x, 1e-12)) }

// span returns the chart's y range: whole decades around every sample.
func (h *history) span() (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, xs := range [][]float64{h.train, h.test, h.mlpTrain, h.mlpTest} {
		for _, x := range xs {
			if !math.IsNaN(x) {
				lo, hi = min(lo, x), max(hi, x)
			}
		}
	}
	if lo > hi {
		return -3, 0
	}
	return math.Floor(lo), max(math.Ceil(hi), math.Floor(lo)+1)
}
