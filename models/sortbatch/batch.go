package sortbatch

import "bioplay/models/sorting"

// TraditionalUnit is how many traditional cost units (comparisons + swaps,
// §3) Step counts as one unit of its budget, the cost of one cell-view
// activation. Our choice, from BenchmarkWork at N = 100 (native, one core):
// an activation takes 14–23 ns, a traditional cost unit 2.6–13 ns once the
// per-swap bookkeeping is included (Insertion's is dearest), so counting
// one unit per comparison or swap never undercounts, and a frame's budget
// in activations bounds its traditional work too. The traditional work is
// small beside the cell-view work (about 4% of the Fig 5 experiment).
const TraditionalUnit = 1

// phase is what a Batch does next.
type phase uint8

const (
	phaseStart       phase = iota // reset the array for the next run
	phaseCells                    // step the cell-view array
	phaseTraditional              // step the traditional baseline
)

// Batch runs Options.Runs runs of one configuration, seeds Options.Seed,
// Options.Seed+1, …, in slices of bounded work (Step), in the manner of
// gonum/optimize: Step does a bounded amount of work and returns, and the
// caller decides how much runs — the page a frame's budget at a time, the
// CLI in a loop to the end. For each run the batch steps a sorting.Array to
// Done, recording the error, sortedness and aggregation after every swap,
// then (with the traditional baseline) steps a sorting.Traditional on the
// same initial values and frozen cells, then condenses both into a
// RunResult and folds it into the summary and the progress curves.
//
// A batch is a deterministic function of its configuration and Options,
// whatever the budgets passed to Step. It is not safe for concurrent use.
type Batch struct {
	cfg  sorting.Config
	opt  Options
	arr  *sorting.Array
	trad bool             // whether runs include the traditional baseline
	alg  sorting.Algotype // the single algotype, when trad

	phase   phase
	cells   trajectory // the current run's cell-view trajectory
	tr      trajectory // the current run's traditional trajectory
	t       *sorting.Traditional
	tradWas uint64 // t's cost at its previous step
	initV   []int  // the current run's initial values
	initF   []bool // and frozen flags

	results     []RunResult
	activations uint64 // activations of the finished runs
	chance      float64
	sum         totals
	sorted      curve
	errs        curve
	agg         curve
	tradSorted  curve
	tradErrs    curve
}

// New validates cfg and o and returns a batch ready to Step; no run has
// started yet. The batch keeps its own copy of cfg.
func New(cfg sorting.Config, o Options) (*Batch, error) {
	if err := o.validate(); err != nil {
		return nil, err
	}
	a, err := sorting.New(cfg, o.Seed)
	if err != nil {
		return nil, err
	}
	b := &Batch{cfg: a.Config(), opt: o, arr: a, chance: a.Metrics().AggregationChance}
	if o.Traditional && len(b.cfg.Mix) == 1 {
		b.alg = b.cfg.Mix[0].Type
		// Our choice: the textbook baselines sort ascending (§3), so a
		// descending array gets none rather than an unfair comparison.
		b.trad = b.cfg.Directions[b.alg] == sorting.Ascending
	}
	b.results = make([]RunResult, 0, min(o.Runs, 1024))
	return b, nil
}

// Options returns the batch's options.
func (b *Batch) Options() Options { return b.opt }

// Config returns a copy of the configuration every run uses.
func (b *Batch) Config() sorting.Config { return b.arr.Config() }

// Traditional reports whether the runs include the traditional baseline:
// Options.Traditional was set and the array has a single algotype, which
// sorts ascending.
func (b *Batch) Traditional() bool { return b.trad }

// Done reports whether every run has finished.
func (b *Batch) Done() bool { return len(b.results) == b.opt.Runs }

// Progress returns the number of finished runs and the batch size.
func (b *Batch) Progress() (runsDone, runs int) { return len(b.results), b.opt.Runs }

// Activations returns the cell-view activations run so far, over the
// finished runs and the one in progress.
func (b *Batch) Activations() uint64 {
	if b.phase == phaseStart {
		return b.activations
	}
	return b.activations + b.arr.Activations()
}

// Results returns a copy of the finished runs' results, in seed order.
func (b *Batch) Results() []RunResult { return append([]RunResult(nil), b.results...) }

// Summary returns the summary over the finished runs, in O(Points) time.
func (b *Batch) Summary() Summary {
	var agg [Points]Stat
	b.agg.stats(&agg)
	return b.sum.summary(&agg, b.trad)
}

// Curves returns the progress curves over the finished runs (see Curves
// for which runs count).
func (b *Batch) Curves() Curves {
	c := Curves{AggregationChance: b.chance, Runs: b.agg[0].n, TradRuns: b.tradErrs[0].n}
	b.sorted.stats(&c.Sortedness)
	b.errs.stats(&c.Error)
	b.agg.stats(&c.Aggregation)
	b.tradSorted.stats(&c.TradSortedness)
	b.tradErrs.stats(&c.TradError)
	return c
}
