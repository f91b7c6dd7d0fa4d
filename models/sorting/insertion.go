package sorting

// The Insertion gate (§2.2) scans positions 0..p-1 left to right, skips
// frozen cells, restarts the chain after each frozen cell, and fails at the
// first consecutive pair of non-frozen cells in one frozen-free stretch that
// is out of order. The pairs it compares are therefore exactly the adjacent
// pairs (k-1, k) with both cells non-frozen. Call such a pair with
// value[k-1] > value[k] a descent at k. The gate of the cell at p passes
// iff there is no descent at any k ≤ p-1, that is iff firstDescent ≥ p,
// where firstDescent is the smallest descent index (N when there is none).
//
// Our choice (§8): firstDescent is cached and updated after every swap and
// toggle from the few pairs that changed, so the gate costs O(1) instead of
// the reference's O(p) scan per activation; only when the cached descent
// itself disappears is the array rescanned, from there to the next descent.
// The cache is kept only when the mix has Insertion cells. Assumption: all
// cells ascend; a descending Insertion cell would need a second cache of
// the first ascent (and, per the §2.2 suggestion, "no previous value" after
// a frozen cell rather than the reference's quirk).

// gate reports whether the Insertion cell at p sees a sorted left side.
func (a *Array) gate(p int) bool { return a.firstDescent >= p }

// descent reports whether pair k is a descent (see above).
func (a *Array) descent(k int) bool {
	if k < 1 || k >= a.n {
		return false
	}
	l, r := &a.cells[k-1], &a.cells[k]
	return !l.frozen && !r.frozen && r.value < l.value
}

// scanDescent returns the first descent index ≥ from, or N.
func (a *Array) scanDescent(from int) int {
	k := max(from, 1)
	for k < a.n && !a.descent(k) {
		k++
	}
	return k
}

// updateDescent repairs firstDescent after the cells at lo ≤ hi changed
// (a swap of lo and hi, or a toggle when lo == hi).
func (a *Array) updateDescent(lo, hi int) {
	ks, m := affected(lo, hi)
	fd := a.firstDescent
	for _, k := range ks[:m] { // increasing, so the first hit is the minimum
		if k < fd && a.descent(k) {
			a.firstDescent = k
			return
		}
	}
	// No new descent before fd. fd itself may have vanished; pairs between
	// it and the next descent did not change except those in ks, which the
	// rescan sees too.
	for _, k := range ks[:m] {
		if k == fd && !a.descent(fd) {
			a.firstDescent = a.scanDescent(fd + 1)
			return
		}
	}
}

// insertion runs one activation of the Insertion cell at p (§2.2) and
// reports whether it swapped. When the gate fails nothing happens and
// nothing is counted.
func (a *Array) insertion(p int) bool {
	if !a.gate(p) || p == 0 {
		return false
	}
	c, l := &a.cells[p], &a.cells[p-1]
	if c.inOrder(l.value, c.value) {
		return false
	}
	if !l.frozen {
		a.compares++ // §6.5: gate passes and smaller than an active left neighbour
	}
	return a.trySwap(p, p-1)
}

// insertionMovable reports whether the Insertion cell at p would swap.
func (a *Array) insertionMovable(p int) bool {
	return p > 0 && a.gate(p) &&
		!a.cells[p].inOrder(a.cells[p-1].value, a.cells[p].value) && a.swappable(p-1)
}
