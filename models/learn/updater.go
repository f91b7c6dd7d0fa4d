package learn

import "math"

// Updater is the optimiser state of one flat parameter vector, so models
// outside this package (the KAN lab and its MLP comparison) apply exactly
// the updates a Trainer applies: momentum SGD or Adam with the constants
// above. Its Step count t is its own; give every parameter group that steps
// together its own Updater and their counts stay equal.
type Updater struct {
	opt  Optimizer
	m, v []float64 // SGD velocity in m; Adam's first and second moments
	t    int       // steps since the last Reset
}

// NewUpdater returns the state of optimiser o for n parameters, at step 0.
// It panics if n < 0 or o is not SGD or Adam.
func NewUpdater(o Optimizer, n int) *Updater {
	if o > Adam {
		panic("learn: NewUpdater: unknown optimizer")
	}
	return &Updater{opt: o, m: make([]float64, n), v: make([]float64, n)}
}

// Optimizer returns the update rule.
func (u *Updater) Optimizer() Optimizer { return u.opt }

// Len returns the number of parameters the state is for.
func (u *Updater) Len() int { return len(u.m) }

// Steps returns the number of Steps since the last Reset.
func (u *Updater) Steps() int { return u.t }

// Reset clears the moments and the step count, as a new optimiser would.
func (u *Updater) Reset() {
	clear(u.m)
	clear(u.v)
	u.t = 0
}

// Step applies one update with learning rate lr to p given its gradient
// g; p and g must have Len() entries (it panics otherwise). It does not
// allocate.
func (u *Updater) Step(p, g []float64, lr float64) {
	if len(p) != len(u.m) || len(g) != len(u.m) {
		panic("learn: Updater.Step: length mismatch")
	}
	u.t++
	if u.opt == SGD {
		sgdStep(p, g, u.m, lr)
		return
	}
	c1 := 1 - math.Pow(AdamBeta1, float64(u.t))
	c2 := 1 - math.Pow(AdamBeta2, float64(u.t))
	adamStep(p, g, u.m, u.v, lr, c1, c2)
}
