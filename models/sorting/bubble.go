package sorting

// bubble runs one activation of the Bubble cell at p (§2.1) towards the
// right neighbour when right is true, else the left one, and reports
// whether it swapped. The scheduler draws right with probability 1/2 on
// every activation; the cell keeps no memory. The cell's direction decides
// what "out of place" means: an ascending cell swaps right when
// v > value(p+1) and left when v < value(p−1), a descending one the other
// way round (inOrder).
func (a *Array) bubble(p int, right bool) bool {
	cs := a.cells
	c := &cs[p]
	v := c.value
	// Out of place with respect to each neighbour (equal values never are);
	// inOrder written out, with one test of the direction.
	var outL, outR bool
	if c.dir == Ascending {
		outL = p > 0 && cs[p-1].value > v
		outR = p+1 < len(cs) && v > cs[p+1].value
	} else {
		outL = p > 0 && cs[p-1].value < v
		outR = p+1 < len(cs) && v < cs[p+1].value
	}
	// §6.5 compare counter: out of place with respect to an active
	// (non-frozen) neighbour, whichever side is drawn next. Our choice: it
	// counts the true state, before any noise.
	if (outL && !cs[p-1].frozen) || (outR && !cs[p+1].frozen) {
		a.compares++
	}
	if a.noisy {
		return a.noisyBubble(p, right, outL, outR)
	}
	switch {
	case right && outR:
		return a.trySwap(p, p+1)
	case !right && outL:
		return a.trySwap(p, p-1)
	}
	return false
}

// noisyBubble finishes a Bubble activation when Config.Noise > 0 (§2.1's
// error-injection hook): the comparison with the drawn neighbour is
// flipped with probability Noise, so the cell may swap an ordered pair or
// leave a disordered one. Equal values are never compared, so they never
// swap. One schedule-stream draw is made per comparison, and only here, so
// runs without noise keep their exact random sequence.
func (a *Array) noisyBubble(p int, right, outL, outR bool) bool {
	t, out := p-1, outL
	if right {
		t, out = p+1, outR
	}
	if t < 0 || t >= a.n || a.cells[t].value == a.cells[p].value {
		return false
	}
	if a.srcSched.Uint64() < a.noiseCut {
		out = !out
	}
	return out && a.trySwap(p, t)
}

// bubbleMovable reports whether some side of the Bubble cell at p would
// change the state: a swap that the damage mode allows (§2.5: both sides,
// passive frozen neighbours included). With noise any neighbour of a
// different value can be swapped by a flipped comparison.
func (a *Array) bubbleMovable(p int) bool {
	c := &a.cells[p]
	v := c.value
	if a.noisy {
		return p+1 < a.n && a.cells[p+1].value != v && a.swappable(p+1) ||
			p > 0 && a.cells[p-1].value != v && a.swappable(p-1)
	}
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
