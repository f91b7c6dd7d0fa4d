package sorting

// selection runs one activation of the Selection cell at p (§2.3; q is its
// pointer, step is +1 for an ascending cell and −1 for a descending one)
// and reports whether the state changed:
//
//  1. q outside [0, N): nothing; the cell is idle for good unless another
//     cell moves it (its pointer never comes back).
//  2. The cell at q is frozen: the pointer advances to q+step, then, if
//     v < value(q), the cell tries to swap with the frozen cell: in Passive
//     mode the swap happens (the actor lands on q with pointer q+step), in
//     Stuck mode it is refused and counted.
//  3. q == p: nothing.
//  4. v ≥ value(q): the pointer advances to q+step; no swap.
//  5. v < value(q): the cell swaps with the cell at q and the pointer stays
//     at q, now the actor's own position.
//
// Both directions use the same value tests (§2.3): a descending cell's
// pointer starts at N−1 (Reset) and walks left, so small values end up on
// the right. Ties (duplicate values, §5.4) take step 4.
func (a *Array) selection(p int) bool {
	c := &a.cells[p]
	step := 1
	if c.dir == Descending {
		step = -1
	}
	q := c.ptr
	if q < 0 || q >= a.n {
		return false
	}
	if q != p {
		a.compares++ // §6.5: pointer in bounds and ≠ position
	}
	t := &a.cells[q]
	if t.frozen { // q ≠ p here: the actor is not frozen
		c.ptr = q + step
		a.pointerMoves++
		if c.value < t.value {
			a.trySwap(p, q)
		}
		return true
	}
	if q == p {
		return false
	}
	if c.value >= t.value {
		c.ptr = q + step
		a.pointerMoves++
		return true
	}
	a.swap(p, q) // neither cell is frozen: no damage rule applies
	return true
}

// selectionMovable reports whether the Selection cell at p would change the
// state: any in-bounds pointer other than its own position moves the
// pointer or swaps (steps 2, 4 and 5 above).
func (a *Array) selectionMovable(p int) bool {
	q := a.cells[p].ptr
	return q >= 0 && q < a.n && q != p
}
