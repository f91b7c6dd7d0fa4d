package sorting

// Scheduling (§2.4): which cell activates next. One Step is one activation
// in every schedule, and every draw comes from the schedule stream, so a run
// stays a deterministic function of Config and seed.

// schedState is the bookkeeping of the Sweep and Bursty schedules.
type schedState struct {
	// Sweep follows cells, not positions, since cells move: cell ids are
	// their positions at Reset; where maps an id to its position and idAt
	// the other way, both kept up to date by swap when track is set.
	// order[:rem] holds the ids still due in the current round.
	track       bool
	order       []int32
	rem         int
	where, idAt []int32

	// Bursty: the cell at pos has left more activations in its burst.
	pos, left int
}

// init allocates what schedule s needs for n cells.
func (s *schedState) init(kind Schedule, n int) {
	if kind != Sweep {
		return
	}
	s.track = true
	s.order = make([]int32, n)
	s.where = make([]int32, n)
	s.idAt = make([]int32, n)
}

// reset starts the schedule afresh: every cell's id is its position, the
// first Sweep round has not begun and no burst is running.
func (s *schedState) reset() {
	for p := range s.order {
		s.order[p], s.where[p], s.idAt[p] = int32(p), int32(p), int32(p)
	}
	s.rem = 0
	s.pos, s.left = 0, 0
}

// swapped records that the cells at i and j swapped.
func (s *schedState) swapped(i, j int) {
	s.idAt[i], s.idAt[j] = s.idAt[j], s.idAt[i]
	s.where[s.idAt[i]] = int32(i)
	s.where[s.idAt[j]] = int32(j)
}

// draw picks the next cell (§2.4) and a Bubble side (§2.1) from one
// 64-bit draw of the schedule stream x: the position is uniform over
// [0, N) by Lemire's multiply-shift on the high 32 bits of x, made exact by
// rejection, and right is the lowest bit of x (probability exactly 1/2).
// Our choice: one draw per activation instead of two, read from the PCG
// directly rather than through a rand.Rand, for speed; the side
// is drawn for every cell and ignored by non-Bubble cells, so the stream
// does not depend on algotypes. Frozen cells are rejected and drawn again,
// which picks uniformly among the non-frozen cells (§2.4: the same swap
// sequence as drawing among all N cells, minus the wasted ticks). There is
// a non-frozen cell whenever the run is not Done, because a fully frozen
// array is quiescent.
func (a *Array) draw() (p int, right bool) {
	n := uint32(a.n)
	for {
		x := a.srcSched.Uint64()
		m := uint64(x>>32) * uint64(n)
		if uint32(m) < n {
			thresh := -n % n // 2^32 mod n
			for uint32(m) < thresh {
				x = a.srcSched.Uint64()
				m = uint64(x>>32) * uint64(n)
			}
		}
		p = int(m >> 32)
		if !a.cells[p].frozen {
			return p, x&1 != 0
		}
	}
}

// bounded returns k uniform in [0, n) from the high bits of one schedule
// draw x, as draw does, and x itself, whose lowest bit is a fair side.
func (a *Array) bounded(n uint32) (k int, x uint64) {
	x = a.srcSched.Uint64()
	m := uint64(x>>32) * uint64(n)
	if uint32(m) < n {
		thresh := -n % n // 2^32 mod n
		for uint32(m) < thresh {
			x = a.srcSched.Uint64()
			m = uint64(x>>32) * uint64(n)
		}
	}
	return int(m >> 32), x
}

// next picks the next cell and Bubble side for the Sweep and Bursty
// schedules.
func (a *Array) next() (p int, right bool) {
	if a.cfg.Schedule == Sweep {
		return a.sweep()
	}
	return a.burst()
}

// sweep is the Sweep schedule: every round activates each cell once, in a
// uniformly random order, by an incremental Fisher–Yates over the cell ids
// (one draw per activation; its lowest bit is the Bubble side). Cells that
// are frozen when their turn comes are passed over without an activation,
// so a round activates every non-frozen cell once. Our choice: a cell that
// another cell displaces keeps its one turn per round wherever it lands,
// as a thread per cell would (§2.4).
func (a *Array) sweep() (p int, right bool) {
	s := &a.sched
	for {
		if s.rem == 0 {
			s.rem = a.n // a new round; order holds every id
		}
		k, x := a.bounded(uint32(s.rem))
		s.rem--
		id := s.order[k]
		s.order[k], s.order[s.rem] = s.order[s.rem], id
		if p = int(s.where[id]); !a.cells[p].frozen {
			return p, x&1 != 0
		}
	}
}

// burst is the Bursty schedule: a cell drawn as by draw runs Config.Burst
// activations in a row, each a Step, with a fresh Bubble side drawn for
// each. The burst follows its cell when it swaps: the cell started the
// last swap, if any, and so sits at lastTo. A burst ends early if its cell
// gets frozen (a click); when the run ends, Step stops it anyway.
// With Burst = 1 it is exactly the Uniform schedule.
func (a *Array) burst() (p int, right bool) {
	s := &a.sched
	if s.left > 0 {
		if a.lastOK {
			s.pos = a.lastTo
		}
		if !a.cells[s.pos].frozen {
			s.left--
			return s.pos, a.srcSched.Uint64()&1 != 0
		}
	}
	p, right = a.draw()
	s.pos, s.left = p, a.cfg.Burst-1
	return p, right
}
