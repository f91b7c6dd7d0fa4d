package sorting

// bubble runs one activation of the Bubble cell at p (§2.1) towards the
// right neighbour when right is true, else the left one, and reports
// whether it swapped. The scheduler draws right with probability 1/2 on
// every activation; the cell keeps no memory.
func (a *Array) bubble(p int, right bool) bool {
	cs := a.cells
	c := &cs[p]
	v := c.value
	// Out of place with respect to each neighbour (equal values never are).
	outL := p > 0 && !c.inOrder(cs[p-1].value, v)
	outR := p+1 < len(cs) && !c.inOrder(v, cs[p+1].value)
	// §6.5 compare counter: out of place with respect to an active
	// (non-frozen) neighbour, whichever side is drawn next.
	if (outL && !cs[p-1].frozen) || (outR && !cs[p+1].frozen) {
		a.compares++
	}
	switch {
	case right && outR:
		return a.trySwap(p, p+1)
	case !right && outL:
		return a.trySwap(p, p-1)
	}
	return false
}

// bubbleMovable reports whether some side of the Bubble cell at p would
// change the state: a swap that the damage mode allows (§2.5: both sides,
// passive frozen neighbours included).
func (a *Array) bubbleMovable(p int) bool {
	c := &a.cells[p]
	v := c.value
	if p+1 < a.n && !c.inOrder(v, a.cells[p+1].value) && a.swappable(p+1) {
		return true
	}
	return p > 0 && !c.inOrder(a.cells[p-1].value, v) && a.swappable(p-1)
}

// swappable reports whether a non-frozen initiator may swap with the cell
// at t under the damage mode (§4).
func (a *Array) swappable(t int) bool {
	return a.cfg.Damage == Passive || !a.cells[t].frozen
}
