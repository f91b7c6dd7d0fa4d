package sorting

// Termination (§2.5). The run is Done when it is quiescent — no non-frozen
// cell has an activation that would change the state, i.e. a swap or a
// Selection pointer move (Bubble checks both sides, and swaps that would
// displace passive frozen cells count) — or when the swap cap is reached.
// Refused stuck-mode attempts change only counters, not the state.
//
// With Config.Noise > 0 a flipped comparison can swap any two neighbours
// of different values, so a Bubble cell with such a swappable neighbour is
// always movable (bubbleMovable): the test stays exact for the noisy
// dynamics, and a noisy run with Bubble cells in reach of a different
// value ends only at the swap cap, as Capped. The test stays as cheap as
// without noise. Mixed directions (§2.6) can likewise keep some pair
// swapping for ever; the cap ends those runs too.
//
// Our choice, to keep Step O(1) amortised: the exact quiescence test is run
// only
//   - at Reset and after every toggle, and
//   - after an activation that changed nothing, if the state changed since
//     the last test.
// A test that finds a movable cell remembers its position and the next
// test starts scanning there, so it usually exits at once; while the state
// does not change that cell stays movable and no test is needed. As a
// consequence Done becomes true one activation after the last state change:
// the final, no-op activation is counted in Activations.

// evaluate runs the quiescence test and sets done and capped. Our choice:
// Capped means the cap was reached while the array was still live, so a
// run whose last needed swap is exactly the cap's counts as finished.
func (a *Array) evaluate() {
	a.dirty = false
	quiet := !a.findMovable()
	hitCap := a.swaps >= uint64(a.cfg.MaxSwaps)
	a.done = quiet || hitCap
	a.capped = hitCap && !quiet
}

// findMovable scans the cells, starting at hint and wrapping around, for a
// non-frozen cell that would change the state, and records it in hint.
func (a *Array) findMovable() bool {
	p := a.hint
	for range a.n {
		if a.movable(p) {
			a.hint = p
			return true
		}
		if p++; p == a.n {
			p = 0
		}
	}
	return false
}

// movable reports whether the cell at p has an activation that changes the
// state.
func (a *Array) movable(p int) bool {
	if a.cells[p].frozen {
		return false
	}
	switch a.cells[p].typ {
	case Bubble:
		return a.bubbleMovable(p)
	case Insertion:
		return a.insertionMovable(p)
	default:
		return a.selectionMovable(p)
	}
}

// Done reports whether the run has terminated: quiescent or capped (§2.5).
// It turns true at the first activation after the last state change (or at
// once after Reset or Toggle). Step does nothing once Done is true; a Toggle
// may make it false again unless the swap cap was reached.
func (a *Array) Done() bool { return a.done }

// Capped reports whether the run stopped because Config.MaxSwaps swaps were
// made while some cell could still move.
func (a *Array) Capped() bool { return a.capped }
