package sortbatch

import (
	"strconv"

	"bioplay/models/param"
	"bioplay/models/sorting"
)

// MaxRuns is the largest batch, as the sorting schema's runs parameter
// allows.
const MaxRuns = 100_000

// Options says how many runs a batch makes and what it measures besides the
// cell-view array.
type Options struct {
	// Runs is the number of runs, in [1, MaxRuns] (paper: 100, §7).
	Runs int
	// Seed is the first run's seed; run r = 1, 2, … uses Seed + r − 1, as
	// the CLI's and the page's batches do.
	Seed uint64
	// Traditional also runs the textbook top-down algorithm (§3) on each
	// run's initial values and frozen cells. It applies only to arrays of
	// one ascending algotype (see Batch.Traditional); it is ignored
	// otherwise.
	Traditional bool
	// DG is the delayed-gratification variant (§6.3) of RunResult.DG,
	// RunResult.TradDG and the summaries.
	DG sorting.DGVariant
}

// validate reports an out-of-range option as a *sorting.ConfigError named
// after the schema parameter.
func (o Options) validate() error {
	if o.Runs < 1 || o.Runs > MaxRuns {
		return &sorting.ConfigError{Field: "runs", Value: strconv.Itoa(o.Runs),
			Reason: "is out of range [1, " + strconv.Itoa(MaxRuns) + "]"}
	}
	if o.DG != sorting.DGMean && o.DG != sorting.DGReference {
		return &sorting.ConfigError{Field: "dg", Value: strconv.Itoa(int(o.DG)),
			Reason: "is not one of mean, reference"}
	}
	return nil
}

// OptionsFrom reads the batch options from the sorting lab's values: the
// runs, seed, traditional and dg parameters.
func OptionsFrom(v *param.Values) (Options, error) {
	dg, err := sorting.ParseDGVariant(v.Text("dg"))
	if err != nil {
		return Options{}, err
	}
	return Options{Runs: v.Int("runs"), Seed: v.Uint64("seed"), Traditional: v.Bool("traditional"), DG: dg}, nil
}

// NewFromValues builds the batch the sorting lab's values describe: the
// configuration of sorting.ConfigFrom and the options of OptionsFrom. The
// page and the CLI start their batches here.
func NewFromValues(v *param.Values) (*Batch, error) {
	cfg, _, err := sorting.ConfigFrom(v)
	if err != nil {
		return nil, err
	}
	o, err := OptionsFrom(v)
	if err != nil {
		return nil, err
	}
	return New(cfg, o)
}
