package evo

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
)

// Config is the ES hyper-parameters.
type Config struct {
	Pop         int     // population, even, ≥ 2: Pop/2 antithetic pairs
	Sigma       float64 // perturbation scale σ > 0
	LR          float64 // Adam learning rate > 0
	WeightDecay float64 // L2 coefficient λ ≥ 0 subtracted from the gradient
	Clip        float64 // element-wise gradient clamp > 0
}

// DefaultConfig is spec §5.1's recommendation: population 16 (8 pairs),
// σ 0.1, Adam lr 0.05, no weight decay, gradient clamp ±1.
func DefaultConfig() Config {
	return Config{Pop: 16, Sigma: 0.1, LR: 0.05, WeightDecay: 0, Clip: 1}
}

// ConfigError names an invalid field, its value and what is allowed.
type ConfigError struct {
	Field, Value, Reason string
}

// Error implements error: "pop: 3 must be even and ≥ 2".
func (e *ConfigError) Error() string { return e.Field + ": " + e.Value + " " + e.Reason }

// Validate reports the first invalid field, or nil.
func (c Config) Validate() error {
	g := func(x float64) string { return fmt.Sprint(x) }
	switch {
	case c.Pop < 2 || c.Pop%2 != 0 || c.Pop > 1<<16:
		return &ConfigError{"pop", fmt.Sprint(c.Pop), "must be even and in [2, 65536]"}
	case !(c.Sigma > 0) || math.IsInf(c.Sigma, 0):
		return &ConfigError{"sigma", g(c.Sigma), "must be a finite number > 0"}
	case !(c.LR > 0) || math.IsInf(c.LR, 0):
		return &ConfigError{"lr", g(c.LR), "must be a finite number > 0"}
	case !(c.WeightDecay >= 0) || math.IsInf(c.WeightDecay, 0):
		return &ConfigError{"weight-decay", g(c.WeightDecay), "must be a finite number ≥ 0"}
	case !(c.Clip > 0):
		return &ConfigError{"clip", g(c.Clip), "must be a number > 0"}
	}
	return nil
}

// ES is one antithetic evolution-strategies run. Use: Ask, evaluate every
// candidate, Tell their returns in the same order; repeat. Not safe for
// concurrent use.
type ES struct {
	cfg   Config
	theta []float64
	eps   [][]float64 // Pop/2 noise vectors of the pending generation
	cands [][]float64
	m, v  []float64 // Adam moments
	gen   int
	asked bool
	rng   *rand.Rand
	order []int
}

// New starts a run at θ0 (copied) with its own generator from seed. θ0 must
// be non-empty and finite.
func New(c Config, theta0 []float64, seed uint64) (*ES, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	if len(theta0) == 0 {
		return nil, &ConfigError{"theta", "[]", "must have at least one parameter"}
	}
	for i, x := range theta0 {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return nil, &ConfigError{"theta", fmt.Sprintf("[%d] = %v", i, x), "must be finite"}
		}
	}
	d := len(theta0)
	e := &ES{cfg: c, theta: append([]float64(nil), theta0...), m: make([]float64, d), v: make([]float64, d),
		rng: rand.New(rand.NewPCG(seed, 0x65766f2d6573)), order: make([]int, c.Pop)}
	e.eps = make([][]float64, c.Pop/2)
	for p := range e.eps {
		e.eps[p] = make([]float64, d)
	}
	e.cands = make([][]float64, c.Pop)
	for i := range e.cands {
		e.cands[i] = make([]float64, d)
	}
	return e, nil
}

// Config is the run's hyper-parameters.
func (e *ES) Config() Config { return e.cfg }

// Ask returns the generation's Pop candidates: rows 2p and 2p+1 are
// θ + σε_p and θ − σε_p. Calling Ask again before Tell returns the same
// candidates. The rows are owned by the ES and valid until Tell.
func (e *ES) Ask() [][]float64 {
	if !e.asked {
		for _, eps := range e.eps {
			for j := range eps {
				eps[j] = e.rng.NormFloat64()
			}
		}
		e.asked = true
	}
	s := e.cfg.Sigma
	for p, eps := range e.eps {
		plus, minus := e.cands[2*p], e.cands[2*p+1]
		for j, t := range e.theta {
			plus[j] = t + s*eps[j]
			minus[j] = t - s*eps[j]
		}
	}
	return e.cands
}

// Tell takes the returns of Ask's candidates, in order, and updates θ by
// one Adam ascent step on the rank-based gradient estimate. It fails on a
// wrong count, a NaN return, or when Ask was not called.
func (e *ES) Tell(returns []float64) error {
	if !e.asked {
		return &ConfigError{"returns", "", "told before Ask"}
	}
	if len(returns) != e.cfg.Pop {
		return &ConfigError{"returns", fmt.Sprintf("of length %d", len(returns)), fmt.Sprintf("must have one return per candidate (%d)", e.cfg.Pop)}
	}
	for i, r := range returns {
		if math.IsNaN(r) {
			return &ConfigError{"returns", fmt.Sprintf("[%d] = NaN", i), "must be numbers"}
		}
	}
	ranks := centredRanks(returns, e.order)
	c := e.cfg
	scale := 1 / (float64(c.Pop) * c.Sigma)
	e.gen++
	b1, b2 := 0.9, 0.999
	bc1 := 1 - math.Pow(b1, float64(e.gen))
	bc2 := 1 - math.Pow(b2, float64(e.gen))
	for j := range e.theta {
		g := 0.0
		for p, eps := range e.eps {
			g += (ranks[2*p] - ranks[2*p+1]) * eps[j]
		}
		g = g*scale - c.WeightDecay*e.theta[j]
		g = math.Max(-c.Clip, math.Min(c.Clip, g))
		e.m[j] = b1*e.m[j] + (1-b1)*g
		e.v[j] = b2*e.v[j] + (1-b2)*g*g
		e.theta[j] += c.LR * (e.m[j] / bc1) / (math.Sqrt(e.v[j]/bc2) + 1e-8)
	}
	e.asked = false
	return nil
}

// Theta is the current (unperturbed) parameter vector, a copy.
func (e *ES) Theta() []float64 { return append([]float64(nil), e.theta...) }

// Generation is the number of Tell updates so far.
func (e *ES) Generation() int { return e.gen }

// centredRanks maps returns to ranks 0..P−1 (ties broken by index, so the
// result is deterministic) scaled to [−0.5, 0.5].
func centredRanks(returns []float64, order []int) []float64 {
	p := len(returns)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return returns[order[a]] < returns[order[b]] })
	ranks := make([]float64, p)
	for r, i := range order {
		ranks[i] = float64(r)/float64(p-1) - 0.5
	}
	return ranks
}
