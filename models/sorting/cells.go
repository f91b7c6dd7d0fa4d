package sorting

// Cell is a read-only view of one cell, for drawing and inspection.
type Cell struct {
	// Value is the cell's value: initially a permutation of 0..N-1, or
	// 0..k−1 with copies when Config.Distinct = k (§5.4).
	Value int
	Type  Algotype  // the cell's algotype
	Dir   Direction // the cell's sort direction, its algotype's (§2.6)
	// Label is the cell's identical-algotype control label 1..Config.Labels
	// (§5.3), or 0 when labels are off.
	Label int
	// Frozen reports whether the cell is damaged (§4).
	Frozen bool
	// Pointer is a Selection cell's pointer position (§2.3); it may be N
	// (ascending) or −1 (descending) when the pointer has run off the array
	// and the cell is idle. It is -1 for the other algotypes.
	Pointer int
	// Waiting reports a non-frozen Insertion cell whose gate fails: its left
	// side is not yet sorted (§2.2, §9.3). Our choice: frozen cells never
	// wait, since they never act.
	Waiting bool
}

// Cells appends the N cells in position order to dst[:0] and returns the
// result. It does not allocate when cap(dst) ≥ N.
func (a *Array) Cells(dst []Cell) []Cell {
	dst = dst[:0]
	labels := a.cfg.Labels > 0
	for p := range a.cells {
		c := &a.cells[p]
		v := Cell{Value: c.value, Type: c.typ, Dir: c.dir, Frozen: c.frozen, Pointer: -1}
		if labels {
			v.Label = int(c.group)
		}
		switch c.typ {
		case Selection:
			v.Pointer = c.ptr
		case Insertion:
			v.Waiting = !c.frozen && !a.gate(p)
		}
		dst = append(dst, v)
	}
	return dst
}

// Values appends the N values in position order to dst[:0] and returns
// the result. It does not allocate when cap(dst) ≥ N.
func (a *Array) Values(dst []int) []int {
	dst = dst[:0]
	for p := range a.cells {
		dst = append(dst, a.cells[p].value)
	}
	return dst
}

// Types appends the N algotypes in position order to dst[:0] and returns
// the result. It does not allocate when cap(dst) ≥ N.
func (a *Array) Types(dst []Algotype) []Algotype {
	dst = dst[:0]
	for p := range a.cells {
		dst = append(dst, a.cells[p].typ)
	}
	return dst
}
