package kan

import "math"

// TrainRMSE returns the root-mean-square error of the current network on
// the whole training set: of f for regression, of the probability against
// the 0/1 label for classification. Metrics are computed on demand (one
// forward pass over the training and test sets, about 0.3 ms for 2×1000
// points of [2,5,1]) and cached until the parameters change, so calling
// them every frame costs one evaluation per frame that trained. The page
// spreads the evaluation over frames instead (Measure).
func (t *Trainer) TrainRMSE() float64 { t.evaluate(); return t.metrics[0] }

// TestRMSE returns the RMSE on the test set (NaN if it is empty).
func (t *Trainer) TestRMSE() float64 { t.evaluate(); return t.metrics[1] }

// TrainAccuracy returns the share of training points classified right
// (probability > 0.5 for class 1); 0 for regression networks.
func (t *Trainer) TrainAccuracy() float64 { t.evaluate(); return t.metrics[2] }

// TestAccuracy returns the share of test points classified right; 0 for
// regression networks and NaN for an empty test set.
func (t *Trainer) TestAccuracy() float64 { t.evaluate(); return t.metrics[3] }

// evaluate refreshes the cached metrics if the parameters changed: what
// Measure has not yet done, in one piece.
func (t *Trainer) evaluate() {
	for {
		if _, current := t.Measure(math.MaxInt); current {
			return
		}
	}
}
