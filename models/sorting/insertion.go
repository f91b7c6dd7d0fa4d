package sorting

// The Insertion gate (§2.2) scans positions 0..p-1 left to right, skips
// frozen cells, restarts the chain after each frozen cell, and fails at the
// first consecutive pair of non-frozen cells in one frozen-free stretch that
// is out of the Insertion cell's order. The pairs it compares are
// therefore exactly the adjacent pairs (k-1, k) with both cells non-frozen.
// Call such a pair a break at k when it is out of order: value[k-1] >
// value[k] for ascending Insertion cells, value[k-1] < value[k] for
// descending ones (§2.6: the gate applies the Insertion cell's own
// direction to every cell on its left, whatever their algotype). Equal
// values are never a break. The gate of the cell at p passes iff there is no
// break at any k ≤ p-1, that is iff firstBreak ≥ p, where firstBreak is the
// smallest break index (N when there is none).
//
// Our choice (§2.2): after a frozen cell a descending gate restarts with
// "no previous value", exactly as the ascending one does, as the spec
// suggests; the reference restarts it at −1, so there a descending
// Insertion cell with a frozen cell and then any non-frozen cell to its
// left never moves.
//
// Our choice (§8): firstBreak is cached and updated after every swap and
// toggle from the few pairs that changed, so the gate costs O(1) instead of
// the reference's O(p) scan per activation; only when the cached break
// itself disappears is the array rescanned, from there to the next break.
// The cache is kept only when the mix has Insertion cells. One cache
// suffices because directions are per algotype (Config.Directions), so all
// Insertion cells share one direction (Array.insDesc).

// gate reports whether the Insertion cell at p sees a sorted left side.
func (a *Array) gate(p int) bool { return a.firstBreak >= p }

// isBreak reports whether pair k is a break (see above).
func (a *Array) isBreak(k int) bool {
	if k < 1 || k >= a.n {
		return false
	}
	l, r := &a.cells[k-1], &a.cells[k]
	if l.frozen || r.frozen {
		return false
	}
	if a.insDesc {
		return r.value > l.value
	}
	return r.value < l.value
}

// scanBreak returns the first break index ≥ from, or N.
func (a *Array) scanBreak(from int) int {
	k := max(from, 1)
	for k < a.n && !a.isBreak(k) {
		k++
	}
	return k
}

// updateBreak repairs firstBreak after the cells at lo ≤ hi changed
// (a swap of lo and hi, or a toggle when lo == hi).
func (a *Array) updateBreak(lo, hi int) {
	ks, m := affected(lo, hi)
	fb := a.firstBreak
	for _, k := range ks[:m] { // increasing, so the first hit is the minimum
		if k < fb && a.isBreak(k) {
			a.firstBreak = k
			return
		}
	}
	// No new break before fb. fb itself may have vanished; pairs between
	// it and the next break did not change except those in ks, which the
	// rescan sees too.
	for _, k := range ks[:m] {
		if k == fb && !a.isBreak(fb) {
			a.firstBreak = a.scanBreak(fb + 1)
			return
		}
	}
}

// insertion runs one activation of the Insertion cell at p (§2.2) and
// reports whether it swapped: once the gate passes, an ascending cell swaps
// left when v < value(p−1), a descending one when v > value(p−1). When the
// gate fails nothing happens and nothing is counted.
func (a *Array) insertion(p int) bool {
	if !a.gate(p) || p == 0 {
		return false
	}
	c, l := &a.cells[p], &a.cells[p-1]
	if c.inOrder(l.value, c.value) {
		return false
	}
	if !l.frozen {
		a.compares++ // §6.5: gate passes and out of place against an active left neighbour
	}
	return a.trySwap(p, p-1)
}

// insertionMovable reports whether the Insertion cell at p would swap.
func (a *Array) insertionMovable(p int) bool {
	return p > 0 && a.gate(p) &&
		!a.cells[p].inOrder(a.cells[p-1].value, a.cells[p].value) && a.swappable(p-1)
}
