//go:build js && wasm

package sortlab

import (
	"fmt"
	"time"

	"bioplay/models/param"
	"bioplay/models/sortbatch"
	"bioplay/models/sorting"
	"bioplay/ui"
)

// batchRun is a batch in the page: one or more conditions (a paper figure
// has several), each run Runs times, advanced in the background within the
// frame budget so the page keeps drawing and answering.
type batchRun struct {
	title   string
	note    string
	conds   []sortbatch.Condition
	base    *param.Values // values each condition's params are applied to
	runs    int
	cur     *sortbatch.Batch
	results []conditionResult
	started time.Time
	elapsed time.Duration
	longest time.Duration // a decaying maximum of recent slice times
	version int
	err     string
	report  ui.Report // cached for version
}

type conditionResult struct {
	cond    sortbatch.Condition
	summary sortbatch.Summary
	curves  sortbatch.Curves
	runs    []sortbatch.RunResult
}

// sliceActivations is how much batch work is done between clock checks.
const sliceActivations = 512

// startBatch begins a batch of conds on top of base.
func (s *Scene) startBatch(title, note string, conds []sortbatch.Condition, base *param.Values, runs int) {
	s.batch = &batchRun{title: title, note: note, conds: conds, base: base.Clone(), runs: runs, started: time.Now()}
}

// Background advances the batch for at most budget.
func (s *Scene) Background(budget time.Duration) {
	b := s.batch
	if b == nil || b.finished() {
		return
	}
	// A slice is not interrupted, so after the first slice of a frame (one
	// always runs, or a single slow slice would stall the batch for good)
	// another starts only if a slice as long as the longest seen lately
	// still fits the budget.
	budget -= budget / 4 // headroom for what a slice cannot foresee: a run's end, a GC pause
	start, before := time.Now(), b.runsDone()
	defer func() {
		if b.runsDone() != before || b.finished() {
			b.version++ // the table changes only when runs finish
		}
	}()
	for first := true; (first || time.Since(start)+b.longest < budget) && !b.finished(); first = false {
		t0 := time.Now()
		if b.cur == nil {
			if err := b.next(); err != nil {
				b.err = err.Error()
				b.conds = b.conds[:len(b.results)]
				break
			}
		}
		if b.cur.Step(sliceActivations) {
			b.results = append(b.results, conditionResult{b.conds[len(b.results)], b.cur.Summary(), b.cur.Curves(), b.cur.Results()})
			b.cur = nil
		}
		b.longest = max(b.longest*7/8, time.Since(t0)) // decays, so one GC pause does not slow the batch for good
	}
	b.elapsed = time.Since(b.started)
}

// next starts the batch of the next condition.
func (b *batchRun) next() error {
	c := b.conds[len(b.results)]
	v := b.base.Clone()
	if bad, _ := v.SetPairs(c.Params); len(bad) > 0 {
		return fmt.Errorf("batch %q: %v", c.Name, bad[0])
	}
	cfg, seed, err := sorting.ConfigFrom(v)
	if err != nil {
		return err
	}
	dg, _ := sorting.ParseDGVariant(v.Text("dg"))
	cur, err := sortbatch.New(cfg, sortbatch.Options{Runs: b.runs, Seed: seed, Traditional: v.Bool("traditional") && len(cfg.Mix) == 1, DG: dg})
	if err != nil {
		return err
	}
	b.cur = cur
	return nil
}

func (b *batchRun) finished() bool { return len(b.results) == len(b.conds) }

// runsDone counts the finished runs over all conditions.
func (b *batchRun) runsDone() int {
	n := len(b.results) * b.runs
	if b.cur != nil {
		d, _ := b.cur.Progress()
		n += d
	}
	return n
}

// cancel stops the batch, keeping the conditions already finished.
func (b *batchRun) cancel() {
	b.cur = nil
	b.conds = b.conds[:len(b.results)]
	b.note += " Cancelled."
	b.version++
}

// shown is the condition whose curves the charts show: the one running,
// else the last finished.
func (b *batchRun) shown() (sortbatch.Curves, string, bool) {
	if b.cur != nil {
		if d, _ := b.cur.Progress(); d > 0 {
			return b.cur.Curves(), b.conds[len(b.results)].Name, true
		}
	}
	if len(b.results) > 0 {
		r := b.results[len(b.results)-1]
		return r.curves, r.cond.Name, true
	}
	return sortbatch.Curves{}, "", false
}

// Report is the batch's summary table for the page: one row per condition,
// mean ± SD, with the paper's reported values beside ours where spec §7
// gives them.
func (s *Scene) Report() ui.Report {
	b := s.batch
	if b == nil {
		return ui.Report{}
	}
	if b.report.Version == b.version && b.report.Title != "" {
		return b.report // rebuilt only when runs finish, so frames allocate nothing here
	}
	total := max(len(b.conds)*b.runs, 1)
	rep := ui.Report{
		Version:  b.version,
		Title:    b.title,
		Progress: float64(b.runsDone()) / float64(total),
		Running:  !b.finished(),
		Note:     fmt.Sprintf("%d of %d runs in %.1f s. %s", b.runsDone(), total, b.elapsed.Seconds(), b.note),
	}
	if b.err != "" {
		rep.Note += " Stopped: " + b.err
	}
	rep.Header, rep.Rows = summaryTable(b)
	b.report = rep
	return rep
}
