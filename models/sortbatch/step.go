package sortbatch

import "bioplay/models/sorting"

// Step advances the batch by at most budget units of work and reports
// whether the batch is finished. One unit is one cell-view activation;
// starting a run (resetting the array) is one unit; traditional work is
// charged at one unit per TraditionalUnit comparisons + swaps, rounded up
// per traditional step (one successful swap and the comparisons before it).
// Step never runs more than budget activations. A traditional step is
// indivisible, so a call can exceed its budget by the units of one such
// step (at most about N²/(2·TraditionalUnit), when the baseline finishes
// without a swap). Step does nothing when budget ≤ 0 or the batch is Done.
//
// Apart from run boundaries (a new traditional baseline, the growth of the
// trajectory buffers and of the results) Step does not allocate.
func (b *Batch) Step(budget int) bool {
	for work := 0; work < budget && !b.Done(); {
		switch b.phase {
		case phaseStart:
			b.startRun()
			work++
		case phaseCells:
			n := b.stepCells(budget - work)
			work += n
			if n == 0 || b.arr.Done() {
				b.endCells()
			}
		case phaseTraditional:
			work += b.stepTraditional()
		}
	}
	return b.Done()
}

// startRun resets the array with the next run's seed.
func (b *Batch) startRun() {
	b.arr.Reset(b.opt.Seed + uint64(len(b.results)))
	b.cells.reset()
	b.phase = phaseCells
}

// stepCells runs at most max activations of the current run, recording the
// state after each swap, and returns how many it ran: fewer than max only
// when the array is Done.
func (b *Batch) stepCells(max int) int {
	a := b.arr
	n := 0
	for n < max && a.Step() {
		n++
		if _, _, ok := a.LastSwap(); ok {
			m := a.Metrics()
			b.cells.recordCells(&m)
		}
	}
	return n
}

// endCells moves on from a finished cell-view run: to its traditional
// baseline, or straight to the run's end.
func (b *Batch) endCells() {
	if !b.trad {
		b.finishRun()
		return
	}
	b.initV = b.arr.InitialValues(b.initV)
	b.initF = b.arr.InitialFrozen(b.initF)
	b.t = sorting.NewTraditional(b.alg, b.initV, b.initF)
	b.tradWas = 0
	b.tr.reset()
	b.phase = phaseTraditional
}

// stepTraditional runs one traditional step (§3), recording the state after
// its swap, and returns the budget units it used (at least 1). When the
// baseline has finished it ends the run instead.
func (b *Batch) stepTraditional() int {
	swapped := b.t.Step()
	m := b.t.Metrics()
	if swapped {
		b.tr.recordTraditional(&m)
	}
	used := int((m.Cost - b.tradWas + TraditionalUnit - 1) / TraditionalUnit)
	b.tradWas = m.Cost
	if !swapped {
		b.finishRun()
	}
	return max(used, 1)
}

// finishRun condenses the current run into its RunResult, folds it into the
// summary and curves, and readies the next run.
func (b *Batch) finishRun() {
	m := b.arr.Metrics()
	r := RunResult{
		Seed:           b.opt.Seed + uint64(len(b.results)),
		FinalError:     m.Error,
		Sortedness:     m.Sortedness,
		Aggregation:    m.Aggregation,
		Swaps:          m.Swaps,
		Activations:    m.Activations,
		Compares:       m.Compares,
		FrozenAttempts: m.FrozenAttempts,
		Capped:         m.Capped,
		AggPeak:        m.Aggregation,
	}
	if c := &b.cells; c.len() > 0 {
		r.DG = sorting.DelayedGratification(c.errs, b.opt.DG)
		r.AggPeak, r.AggPeakProgress = peak(c.agg)
		b.sorted.addFloats(c.sorted)
		b.errs.addInts(c.errs)
		b.agg.addFloats(c.agg)
	}
	if b.trad {
		tm := b.t.Metrics()
		r.TradError, r.TradSwaps, r.TradCost = tm.Error, tm.Swaps, tm.Cost
		if t := &b.tr; t.len() > 0 {
			r.TradDG = sorting.DelayedGratification(t.errs, b.opt.DG)
			b.tradSorted.addFloats(t.sorted)
			b.tradErrs.addInts(t.errs)
		}
		b.t = nil
	}
	b.activations += m.Activations
	b.results = append(b.results, r)
	b.sum.add(&r, b.trad)
	b.phase = phaseStart
}
