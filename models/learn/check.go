package learn

import (
	"fmt"
	"math"
)

// NonFiniteError names a parameter or quantity that became NaN or
// infinite, so a page can pause and say where training broke down.
type NonFiniteError struct {
	What  string  // e.g. "layer 2 w_g[3]" or "training loss"
	Value float64 // the NaN or ±Inf found
}

func (e *NonFiniteError) Error() string {
	return fmt.Sprintf("%s is %v; lower the learning rate or restart", e.What, e.Value)
}

// CheckFinite returns a *NonFiniteError for the first parameter of n that
// is NaN or infinite (layers from the input side, groups in order), or
// nil. It reads every parameter once and allocates nothing when all are
// finite.
func (n *Network) CheckFinite() error {
	for li, l := range n.layers {
		for _, g := range l.Groups() {
			for i, x := range g.Value {
				if math.IsNaN(x) || math.IsInf(x, 0) {
					return &NonFiniteError{What: fmt.Sprintf("layer %d %s[%d]", li+1, g.Name, i), Value: x}
				}
			}
		}
	}
	return nil
}

// CheckFinite reports a NaN or infinite training loss or parameter of the
// trainer's network, or nil.
func (t *Trainer) CheckFinite() error {
	if math.IsNaN(t.loss) || math.IsInf(t.loss, 0) {
		return &NonFiniteError{What: "training loss", Value: t.loss}
	}
	return t.net.CheckFinite()
}
