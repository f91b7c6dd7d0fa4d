package sorting

// Clicks: live damage by Toggle, and its replay from Config.Edits.

// applyEdits applies the Config.Edits due at the current activation count.
// Our choice: it runs at the end of Reset and of every Step, so an edit
// with At == k takes effect as soon as k activations have run — before
// Done is next read and before activation k+1 is drawn — exactly where a
// live Toggle made between Steps acts.
func (a *Array) applyEdits() {
	for a.nextEdit < len(a.cfg.Edits) && a.cfg.Edits[a.nextEdit].At == a.activations {
		a.toggle(a.cfg.Edits[a.nextEdit].Pos)
		a.nextEdit++
	}
}

// Toggle freezes or unfreezes the cell at pos now (live damage by a click).
// The run's termination is re-evaluated at once, so a Done array may become
// live again (unless it was stopped by the swap cap). Toggle does not record
// itself in Config; to replay it, append Edit{At: a.Activations(), Pos: pos}
// to Config.Edits. Toggle panics if pos is not in [0, N).
func (a *Array) Toggle(pos int) {
	if pos < 0 || pos >= a.n {
		panic("sorting: Toggle position out of range")
	}
	a.toggle(pos)
}

func (a *Array) toggle(pos int) {
	a.cells[pos].frozen = !a.cells[pos].frozen
	if a.hasInsertion {
		a.updateBreak(pos, pos)
	}
	a.evaluate()
}
