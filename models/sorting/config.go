package sorting

import "strconv"

// Limits of the Config fields, checked by Validate. Our choice: the spec
// fixes none but N ≥ 2; these keep every product in range.
const (
	MinN          = 2             // smallest array (Config.N)
	MaxN          = 1000          // largest array (Config.N); the page limits N to 10..400
	MaxWeight     = 1_000_000     // largest Share.Weight
	MaxSwapsLimit = 1_000_000_000 // largest Config.MaxSwaps
	MaxLabels     = 10            // most identical-algotype labels (Config.Labels)
	MaxBurst      = 1000          // longest burst (Config.Burst)
	MaxNoise      = 0.5           // largest comparison-flip probability (Config.Noise)
	DefaultBurst  = 8             // Config.Burst in DefaultConfig

	// defaultSwaps is our choice: the reference's 15,000 (§2.5, for
	// mixed-direction runs at N=100) would stop an ordinary N=400 Bubble
	// run, which needs about N(N−1)/4 ≈ 40,000 swaps, so the default
	// allows every unique-value run up to N=400 (at most N(N−1)/2 = 79,800).
	defaultSwaps = 100_000
)

// Edit is one replayed click: it toggles the frozen state of the cell at
// position Pos when Array.Activations() == At, that is after At activations
// and just before activation number At+1 is drawn. At == 0 applies the edit
// at Reset, before the first activation. Edits let a run with live clicks
// (Array.Toggle) be replayed exactly from Config and seed.
type Edit struct {
	At  uint64 // activation count at which the toggle happens
	Pos int    // position toggled, in [0, N)
}

// Config holds everything that, together with a seed, determines a run.
// The spec section defining each field is given in its comment.
type Config struct {
	// N is the number of cells (paper: 100), in [MinN, MaxN].
	N int
	// Mix is the algotype mix (§5.1): the N cells are apportioned to the
	// listed types by weight. At least one share; no type twice.
	Mix []Share
	// Frozen is the number of cells frozen at Reset (paper: f), placed at
	// distinct uniformly random positions, in [0, N-1].
	Frozen int
	// Damage is how frozen cells behave (§4): Passive or Stuck.
	Damage Damage
	// MaxSwaps caps the number of swaps (§2.5); the run stops as Capped
	// when it is reached. In [1, MaxSwapsLimit]; the reference uses 15,000 for
	// its mixed-direction runs.
	MaxSwaps int
	// Edits are replayed frozen toggles (see Edit), At non-decreasing,
	// each Pos in [0, N).
	Edits []Edit

	// Distinct is the number of distinct values (§5.4, §7 duplicates).
	// 0: the values are a permutation of 0..N−1. k in [1, N] with N % k == 0:
	// the values are 0..k−1, N/k copies each, shuffled (the paper's 1..10,
	// ten copies each, is Distinct 10 at N = 100; k = N is the permutation).
	Distinct int
	// Directions is the sort direction of each algotype, indexed by
	// Algotype (§2.6); the zero value is all ascending. Mixed directions are
	// the paper's "conflicting goals" (§5.4, Figs 9–10); such runs may
	// oscillate for ever and end at MaxSwaps (the reference uses 15,000).
	Directions [NumAlgotypes]Direction
	// Labels turns on the identical-algotype control (§5.3) when ≥ 2: each
	// cell gets a label 1..Labels, apportioned as an equal-weight mix and
	// shuffled independently of values and algotypes, and Aggregation and
	// AggregationChance score labels instead of algotypes. 0 is off; 1 is
	// invalid. At most MaxLabels.
	Labels int
	// Schedule picks the next cell to activate (§2.4).
	Schedule Schedule
	// Burst is the number of activations in a row of the cell Bursty
	// picks, in [1, MaxBurst]; checked and used only when Schedule is
	// Bursty.
	Burst int
	// Noise is the probability, in [0, MaxNoise], that a Bubble cell's
	// comparison with its drawn neighbour comes out flipped (§2.1's
	// disabled error-injection hook): it may then swap an ordered pair or
	// keep a disordered one. Equal values never swap. With Noise > 0 a run
	// with a Bubble cell that has a swappable neighbour of a different value
	// never becomes quiescent, so it ends only at MaxSwaps.
	Noise float64
}

// DefaultConfig returns the paper's basic setting: 100 Bubble cells with
// unique values, all ascending, no frozen cells, passive damage, a
// 100,000-swap cap, uniform scheduling (bursts of DefaultBurst if Bursty is
// chosen), no labels and no noise.
func DefaultConfig() Config {
	return Config{
		N:        100,
		Mix:      []Share{{Type: Bubble, Weight: 1}},
		Damage:   Passive,
		MaxSwaps: defaultSwaps,
		Burst:    DefaultBurst,
	}
}

// ConfigError reports an invalid configuration or an unparsable parameter.
// Its text reads "<field>: <value> <reason>", for example
// "frozen: 120 is out of range [0, 99]".
type ConfigError struct {
	Field  string // parameter name, e.g. "n", "frozen", "edits[2].pos"
	Value  string // the rejected value as text
	Reason string // what is wrong and what is allowed
}

// Error implements the error interface.
func (e *ConfigError) Error() string {
	return e.Field + ": " + e.Value + " " + e.Reason
}

// rangeError is the ConfigError for an integer v outside [lo, hi].
func rangeError(field string, v, lo, hi int) *ConfigError {
	return &ConfigError{Field: field, Value: strconv.Itoa(v),
		Reason: "is out of range [" + strconv.Itoa(lo) + ", " + strconv.Itoa(hi) + "]"}
}

// Validate reports the first invalid field as a *ConfigError, or nil.
func (c Config) Validate() error {
	if c.N < MinN || c.N > MaxN {
		return rangeError("n", c.N, MinN, MaxN)
	}
	if err := validateMix(c.Mix); err != nil {
		return err
	}
	if c.Frozen < 0 || c.Frozen > c.N-1 {
		return rangeError("frozen", c.Frozen, 0, c.N-1)
	}
	if c.Damage > Stuck {
		return &ConfigError{Field: "damage", Value: strconv.Itoa(int(c.Damage)),
			Reason: "is not one of passive, stuck"}
	}
	if c.MaxSwaps < 1 || c.MaxSwaps > MaxSwapsLimit {
		return rangeError("max-swaps", c.MaxSwaps, 1, MaxSwapsLimit)
	}
	if c.Distinct < 0 || c.Distinct > c.N {
		return rangeError("values", c.Distinct, 0, c.N)
	}
	if c.Distinct > 0 && c.N%c.Distinct != 0 {
		return &ConfigError{Field: "values", Value: strconv.Itoa(c.Distinct),
			Reason: "distinct values do not divide n (" + strconv.Itoa(c.N) + ") into equal copies"}
	}
	for t, d := range c.Directions {
		if d > Descending {
			return &ConfigError{Field: "dirs." + Algotype(t).String(), Value: strconv.Itoa(int(d)),
				Reason: "is not one of asc, desc"}
		}
	}
	if c.Labels < 0 || c.Labels > MaxLabels {
		return rangeError("labels", c.Labels, 0, MaxLabels)
	}
	if c.Labels == 1 {
		return &ConfigError{Field: "labels", Value: "1",
			Reason: "is not allowed; want 0 (off) or 2.." + strconv.Itoa(MaxLabels) + " labels to score"}
	}
	if c.Schedule > Bursty {
		return &ConfigError{Field: "schedule", Value: strconv.Itoa(int(c.Schedule)),
			Reason: "is not one of uniform, sweep, bursty"}
	}
	if c.Schedule == Bursty && (c.Burst < 1 || c.Burst > MaxBurst) {
		return rangeError("burst", c.Burst, 1, MaxBurst)
	}
	if !(c.Noise >= 0 && c.Noise <= MaxNoise) { // also rejects NaN
		return &ConfigError{Field: "noise", Value: strconv.FormatFloat(c.Noise, 'g', -1, 64),
			Reason: "is out of range [0, " + strconv.FormatFloat(MaxNoise, 'g', -1, 64) + "]"}
	}
	for i, e := range c.Edits {
		field := "edits[" + strconv.Itoa(i) + "]"
		if e.Pos < 0 || e.Pos >= c.N {
			return rangeError(field+".pos", e.Pos, 0, c.N-1)
		}
		if i > 0 && e.At < c.Edits[i-1].At {
			return &ConfigError{Field: field + ".at",
				Value:  strconv.FormatUint(e.At, 10),
				Reason: "is below the previous edit's " + strconv.FormatUint(c.Edits[i-1].At, 10) + "; want non-decreasing"}
		}
	}
	return nil
}

// clone returns c with its own copies of the slices, so an Array never
// shares memory with its caller.
func (c Config) clone() Config {
	c.Mix = append([]Share(nil), c.Mix...)
	c.Edits = append([]Edit(nil), c.Edits...)
	return c
}
