package kan

import (
	"strconv"
	"strings"

	"bioplay/models/learn"
)

// Limits of a Config. Our choice: small enough for a page to train live
// (a 4×8 layer at G = 200 is 2·10⁴ parameters), wide enough for the
// paper's toy examples (spec B.6, B.11) up to G = 200.
const (
	MaxLayers = 4   // edge layers, so at most 5 widths in a shape
	MaxWidth  = 10  // nodes per layer
	MaxGrid   = 200 // grid intervals G
	MaxOrder  = 5   // spline order k
	MaxTau    = 100 // Select gate temperature τ
)

// Config describes a KAN.
type Config struct {
	// Shape lists the node widths [n₀, n₁, …, n_L] (spec B.2), at least
	// two entries, each in [1, MaxWidth], ending in 1: Predict has a single
	// output. The input width must equal the task's dimension.
	Shape []int
	// Grid is the number of grid intervals G in [1, MaxGrid] (pykan's
	// num; spec B.3), the same for every input node at creation.
	Grid int
	// Order is the spline order k in [1, MaxOrder] (k = 3: cubic).
	Order int
	// Loss fixes the output: MSE keeps the sum (regression), BCE passes it
	// through a logistic sigmoid so Predict returns a probability
	// (classification), as learn.NewNetwork does. Note its zero value is
	// BCE; start from DefaultConfig.
	Loss learn.Loss
	// Basis is the edge functions' family (spec B.12; zero value BSpline)
	// or Select, where every output node mixes all families with a
	// softmax gate (spec B.13, our implementation of the S-KAN idea).
	Basis Basis
	// Tau is the Select gate's softmax temperature τ > 0; 0 means 1.
	// Other families ignore it.
	Tau float64
}

// tau returns the gate temperature, 1 for a zero Tau.
func (c Config) tau() float64 {
	if c.Tau == 0 {
		return 1
	}
	return c.Tau
}

// DefaultConfig returns the paper's running example: shape [2,5,1],
// G = 5, k = 3, regression (spec B.14, issue 6's Done-when).
func DefaultConfig() Config {
	return Config{Shape: []int{2, 5, 1}, Grid: 5, Order: 3, Loss: learn.MSE}
}

// Validate reports the first invalid field as a *learn.ConfigError, or nil.
func (c Config) Validate() error {
	if err := validShape(c.Shape); err != nil {
		return err
	}
	switch {
	case c.Grid < 1 || c.Grid > MaxGrid:
		return intRange("grid", c.Grid, 1, MaxGrid)
	case c.Order < 1 || c.Order > MaxOrder:
		return intRange("k", c.Order, 1, MaxOrder)
	case c.Basis < BSpline || c.Basis > Select:
		return &learn.ConfigError{Field: "basis", Value: c.Basis.String(), Reason: "is not one of " + strings.Join(basisNames, ", ")}
	case !(c.Tau >= 0 && c.Tau <= MaxTau):
		return &learn.ConfigError{Field: "tau", Value: strconv.FormatFloat(c.Tau, 'g', -1, 64), Reason: "is out of range [0, 100] (0 means 1)"}
	case c.Loss > learn.MSE:
		return &learn.ConfigError{Field: "loss", Value: c.Loss.String(), Reason: "is not one of bce, mse"}
	}
	return nil
}

// intRange is the ConfigError for an integer v outside [lo, hi].
func intRange(field string, v, lo, hi int) error {
	return &learn.ConfigError{Field: field, Value: strconv.Itoa(v),
		Reason: "is out of range [" + strconv.Itoa(lo) + ", " + strconv.Itoa(hi) + "]"}
}
