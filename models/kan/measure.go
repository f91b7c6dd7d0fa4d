package kan

import (
	"math"

	"bioplay/models/learn"
)

// measureJob is the metrics' evaluation cut into row ranges (Measure):
// the training set's pass, then the test set's, each summing its squared
// errors and right answers in sample order, so any slicing gives the bits
// of one whole pass.
type measureJob struct {
	version int // the parameters' version being measured
	set     int // 0: training set, 1: test set, 2: done
	row     int // the set's next row
	se      float64
	right   int
	vals    [4]float64 // train RMSE, test RMSE, train accuracy, test accuracy
}

// Measure advances the evaluation of the current parameters' metrics
// (TrainRMSE, TestRMSE and the accuracies) by one piece of at most rows
// sample-rows of forward work, and reports whether the metrics are
// current: then those methods answer at once, without a pass. rows ≤ 0
// only reports. A change of the parameters (a step ending, a grid update)
// restarts the evaluation. It is the page's way to keep the metrics'
// cost within its frames; the metric methods measure whatever is left.
func (t *Trainer) Measure(rows int) (done int, current bool) {
	if t.metricAt == t.version {
		return 0, true
	}
	if rows <= 0 {
		return 0, false
	}
	m := &t.meas
	if m.version != t.version || m.set == 2 {
		*m = measureJob{version: t.version}
	}
	x, y, p := t.x, t.y, &t.eval
	if m.set == 1 {
		x, y, p = t.tx, t.ty, &t.evalTest
	}
	if b := len(y); b == 0 {
		m.vals[m.set], m.vals[m.set+2] = math.NaN(), math.NaN()
		m.set++
	} else {
		if m.row == 0 {
			t.net.beginForward(p, x, b, false)
		}
		to := m.row + min(rows, b-m.row)
		t.net.forwardRows(p, m.row, to, false)
		m.add(t.net, p, y, m.row, to)
		done, m.row = to-m.row, to
		if to == b {
			t.net.endForward(p, b, false)
			m.vals[m.set] = math.Sqrt(m.se / float64(b))
			if t.net.cfg.Loss == learn.BCE {
				m.vals[m.set+2] = float64(m.right) / float64(b)
			}
			m.set, m.row, m.se, m.right = m.set+1, 0, 0, 0
		}
	}
	if m.set < 2 {
		return done, false
	}
	t.metrics, t.metricAt = m.vals, t.version
	return done, true
}

// add sums rows [from, to)'s squared errors (of the probability for a
// BCE network, which also counts its right answers: probability > 0.5
// for class 1) against the targets y.
func (m *measureJob) add(n *Network, p *pass, y []float64, from, to int) {
	last := len(n.layers) - 1
	out := p.layers[last].y
	bce := n.cfg.Loss == learn.BCE
	for s := from; s < to; s++ {
		z := out[s]
		if bce {
			z = learn.Logistic(z)
			if (z > 0.5) == (y[s] > 0.5) {
				m.right++
			}
		}
		d := z - y[s]
		m.se += d * d
	}
}
