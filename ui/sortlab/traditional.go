//go:build js && wasm

package sortlab

import "bioplay/models/sorting"

// traditional is the textbook top-down run (spec §3) on the same initial
// values and frozen cells as the live cell-view array, with its trajectory.
// Clicked cells after the start do not reach it: it is the baseline for the
// array as it began.
type traditional struct {
	t      *sorting.Traditional
	hist   history
	values []int
	frozen []bool
}

// syncTraditional turns the traditional view on or off. Turned on mid-run,
// it catches up with the cell-view run's swap count. Chimeras have no
// traditional counterpart; the page says so.
func (s *Scene) syncTraditional(on bool) {
	if !on {
		s.trad = nil
		return
	}
	if s.trad != nil {
		return
	}
	if len(s.arr.Config().Mix) != 1 {
		s.page.Message("traditional: the top-down baseline exists for single-algotype arrays only; this mix is a chimera")
		return
	}
	tr := &traditional{}
	tr.t = sorting.NewTraditional(s.arr.Config().Mix[0].Type, s.arr.InitialValues(nil), s.arr.InitialFrozen(nil))
	tr.hist.reset(sorting.Metrics{})
	tr.hist.sortedness[0], tr.hist.err[0] = traditionalPoint(tr.t)
	for i := 0; i < s.hist.swaps() && tr.step(); i++ {
	}
	s.trad = tr
}

// step takes the traditional run to its next swap and records it.
func (tr *traditional) step() bool {
	if !tr.t.Step() {
		return false
	}
	so, e := traditionalPoint(tr.t)
	tr.hist.sortedness = append(tr.hist.sortedness, so)
	tr.hist.err = append(tr.hist.err, e)
	return true
}

func (tr *traditional) done() bool                          { return tr.t.Done() }
func (tr *traditional) metrics() sorting.TraditionalMetrics { return tr.t.Metrics() }

func traditionalPoint(t *sorting.Traditional) (sortedness, err float64) {
	m := t.Metrics()
	return m.Sortedness, float64(m.Error)
}
