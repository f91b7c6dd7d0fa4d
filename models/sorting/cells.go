package sorting

// Cell is a read-only view of one cell, for drawing and inspection.
type Cell struct {
	Value int      // the cell's value; initially a permutation of 0..N-1
	Type  Algotype // the cell's algotype
	// Frozen reports whether the cell is damaged (§4).
	Frozen bool
	// Pointer is a Selection cell's pointer position (§2.3); it may be N
	// when the pointer has run off the array and the cell is idle. It is -1
	// for the other algotypes.
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
	for p := range a.cells {
		c := &a.cells[p]
		v := Cell{Value: c.value, Type: c.typ, Frozen: c.frozen, Pointer: -1}
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
