package kan

import (
	"math"

	"bioplay/models/learn"
)

// TrainRMSE returns the root-mean-square error of the current network on
// the whole training set: of f for regression, of the probability against
// the 0/1 label for classification. Metrics are computed on demand (one
// forward pass over the training and test sets, about 0.3 ms for 2×1000
// points of [2,5,1]) and cached until the parameters change, so calling
// them every frame costs one evaluation per frame that trained.
func (t *Trainer) TrainRMSE() float64 { t.evaluate(); return t.metrics[0] }

// TestRMSE returns the RMSE on the test set (NaN if it is empty).
func (t *Trainer) TestRMSE() float64 { t.evaluate(); return t.metrics[1] }

// TrainAccuracy returns the share of training points classified right
// (probability > 0.5 for class 1); 0 for regression networks.
func (t *Trainer) TrainAccuracy() float64 { t.evaluate(); return t.metrics[2] }

// TestAccuracy returns the share of test points classified right; 0 for
// regression networks and NaN for an empty test set.
func (t *Trainer) TestAccuracy() float64 { t.evaluate(); return t.metrics[3] }

// evaluate refreshes the cached metrics if the parameters changed.
func (t *Trainer) evaluate() {
	if t.metricAt == t.version {
		return
	}
	t.metrics[0], t.metrics[2] = score(t.net, &t.eval, t.x, t.y)
	t.metrics[1], t.metrics[3] = score(t.net, &t.eval, t.tx, t.ty)
	t.metricAt = t.version
}

// score returns the RMSE and accuracy of net on inputs x and targets y.
func score(net *Network, p *pass, x, y []float64) (rmse, acc float64) {
	if len(y) == 0 {
		return math.NaN(), math.NaN()
	}
	out := net.forward(p, x, len(y), false)
	bce := net.cfg.Loss == learn.BCE
	var se float64
	right := 0
	for s, z := range out {
		if bce {
			z = learn.Logistic(z)
			if (z > 0.5) == (y[s] > 0.5) {
				right++
			}
		}
		d := z - y[s]
		se += d * d
	}
	if bce {
		acc = float64(right) / float64(len(y))
	}
	return math.Sqrt(se / float64(len(y))), acc
}
