package sorting

// trySwap lets the cell at p swap with the cell at t, applying the damage
// rule of §4, and reports whether the swap happened. In Stuck mode a swap
// with a frozen cell is refused, and the refusal is counted in
// FrozenAttempts once per initiator until the initiator next takes part in
// a successful swap.
func (a *Array) trySwap(p, t int) bool {
	if a.cfg.Damage == Stuck && (a.cells[t].frozen || a.cells[p].frozen) {
		if c := &a.cells[p]; !c.tried {
			c.tried = true
			a.frozenAttempts++
		}
		return false
	}
	a.swap(p, t)
	return true
}

// swap exchanges the cells at i (the initiator) and j and updates every
// incremental quantity: the monotonicity error, the same-group pair count,
// the Insertion gate cache, the Sweep schedule's cell ids, the swap counter
// and the cap.
func (a *Array) swap(i, j int) {
	lo, hi := min(i, j), max(i, j)
	if hi == lo+1 {
		// Neighbours (every Bubble and Insertion swap): only pairs lo, hi
		// and hi+1 change, and the middle pair keeps its two groups.
		e0, s0 := a.pair(lo)
		e2, s2 := a.pair(hi + 1)
		e1, _ := a.pair(hi)
		a.cells[i], a.cells[j] = a.cells[j], a.cells[i]
		a.cells[i].tried = false
		a.cells[j].tried = false
		f0, t0 := a.pair(lo)
		f2, t2 := a.pair(hi + 1)
		f1, _ := a.pair(hi)
		a.errors += f0 + f1 + f2 - e0 - e1 - e2
		a.same += t0 + t2 - s0 - s2
	} else {
		ks, m := affected(lo, hi)
		e0, s0 := a.pairsAt(ks, m)
		a.cells[i], a.cells[j] = a.cells[j], a.cells[i]
		a.cells[i].tried = false
		a.cells[j].tried = false
		e1, s1 := a.pairsAt(ks, m)
		a.errors += e1 - e0
		a.same += s1 - s0
	}
	if a.hasInsertion {
		a.updateBreak(lo, hi)
	}
	if a.sched.track {
		a.sched.swapped(i, j)
	}
	a.swaps++
	a.lastFrom, a.lastTo, a.lastOK = i, j, true
	if a.swaps >= uint64(a.cfg.MaxSwaps) {
		a.evaluate()
	}
}

// affected lists, in increasing order, the pair indices whose pair changes
// when the cells at lo ≤ hi change. Pair index k stands for the neighbours
// (k-1, k); indices outside [1, N-1] are harmless (pair and isBreak return
// zero for them).
func affected(lo, hi int) (ks [4]int, m int) {
	ks[0], ks[1] = lo, lo+1
	m = 2
	if hi > lo+1 {
		ks[m] = hi
		m++
	}
	if hi > lo {
		ks[m] = hi + 1
		m++
	}
	return ks, m
}

// pair returns pair k's contribution to the monotonicity error (1 when
// value[k] < value[k-1], §6.1, whatever the cells' directions) and to the
// same-group count (1 when both cells share an algotype, or a label in the
// identical-algotype control, §5.2–5.3). Out-of-range k contributes
// nothing.
func (a *Array) pair(k int) (e, s int) {
	if k < 1 || k >= a.n {
		return 0, 0
	}
	l, r := &a.cells[k-1], &a.cells[k]
	if r.value < l.value {
		e = 1
	}
	if r.group == l.group {
		s = 1
	}
	return e, s
}

// pairsAt sums pair over ks[:m].
func (a *Array) pairsAt(ks [4]int, m int) (e, s int) {
	for _, k := range ks[:m] {
		de, ds := a.pair(k)
		e += de
		s += ds
	}
	return e, s
}
