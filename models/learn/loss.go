package learn

import "math"

// Loss is the training loss; it also fixes the output layer's activation.
type Loss uint8

// The losses.
const (
	// BCE is binary cross-entropy on a sigmoid output, averaged over the
	// batch and outputs; computed from the logit z for stability:
	// log(1+eᶻ) − y·z. Its gradient at the logit is (σ(z) − y)/(B·Out).
	BCE Loss = iota
	// MSE is the mean squared error (ŷ − y)² over the batch and outputs
	// on an identity output, for regression.
	MSE
)

var lossNames = []string{"bce", "mse"}

// String returns the loss's name: "bce" or "mse".
func (l Loss) String() string { return enumName(lossNames, int(l), "loss") }

// ParseLoss reads a loss's name, ignoring case and spaces.
func ParseLoss(s string) (Loss, error) {
	i, err := parseEnum("loss", s, lossNames)
	return Loss(i), err
}

// output returns the output activation that goes with the loss.
func (l Loss) output() Activation {
	if l == MSE {
		return Identity
	}
	return Sigmoid
}

// point returns one output's loss term given the logit z, the output
// y = σ(z) and the target t, and the derivative of that term with
// respect to z.
func (l Loss) point(z, y, t float64) (loss, dz float64) {
	if l == MSE {
		d := y - t
		return d * d, 2 * d
	}
	return softplus(z) - t*z, y - t
}

// correct reports whether the output y puts the point in the target's
// class. Our choice: class 1 when y > 0.5, so a logit of exactly 0 (the
// conic z = 0 itself) counts as class 0.
func correct(y, t float64) bool {
	return (y > 0.5) == (t > 0.5) && !math.IsNaN(y)
}
