package sorting

import "math/rand/v2"

// Second seed words of the PCG streams, one per purpose, so that a draw in
// one stream never shifts another. Our choice: with separate value, type and
// frozen streams, changing the mix or the frozen count leaves the initial
// values unchanged for the same seed, and the schedule never disturbs them.
const (
	streamValues   = 0x76616c756573 // "values"
	streamTypes    = 0x7479706573   // "types"
	streamFrozen   = 0x66726f7a656e // "frozen"
	streamSchedule = 0x7363686564   // "sched"
)

// cell is the full state of one cell (§1). It moves with the cell on a swap.
type cell struct {
	value int
	// ptr is the Selection pointer, an absolute position (§2.3); unused by
	// other algotypes. It may leave [0, N), after which the cell is idle.
	ptr    int
	typ    Algotype
	frozen bool
	// tried is the stuck-mode "already counted" flag of §4: set when a swap
	// initiated by this cell is refused because of a frozen cell, cleared
	// when the cell takes part in a successful swap.
	tried bool
	// Our choice: every cell is ascending for now. A per-cell direction
	// (§2.6) goes here and is read only by cell.inOrder, the Selection
	// pointer step and the Insertion gate cache.
}

// inOrder reports whether values left, right (left at the smaller position)
// already satisfy this cell's sort direction. Equal values are in order.
func (c *cell) inOrder(left, right int) bool { return left <= right }

// Array is a self-sorting array of N cells (spec §1) with its scheduler,
// counters and termination test. It is not safe for concurrent use: one
// goroutine steps it and reads it. A run is a deterministic function of
// Config and seed, on every platform.
type Array struct {
	cfg   Config
	n     int
	cells []cell
	idx   []int // scratch for frozen placement

	srcValues, srcTypes, srcFrozen, srcSched rand.PCG
	rngValues, rngTypes, rngFrozen           *rand.Rand

	counts       [numAlgotypes]int // cells per algotype, fixed after Reset
	chance       float64           // AggregationChance(counts)
	hasInsertion bool
	firstDescent int // Insertion gate cache, see insertion.go

	swaps, activations, compares, pointerMoves, frozenAttempts uint64

	errors int // monotonicity error E, kept incrementally (§6.1)
	same   int // #{i : type[i] == type[i+1]}, kept incrementally (§5.2)

	done, capped bool
	dirty        bool // state changed since the last quiescence test
	hint         int  // position of the last movable cell found

	lastFrom, lastTo int
	lastOK           bool

	nextEdit int // index of the first Config.Edits entry not yet applied
}

// New validates cfg and returns an Array reset with seed. The Array keeps
// its own copy of cfg.
func New(cfg Config, seed uint64) (*Array, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	a := &Array{cfg: cfg.clone(), n: cfg.N}
	a.cells = make([]cell, a.n)
	a.idx = make([]int, a.n)
	a.rngValues = rand.New(&a.srcValues)
	a.rngTypes = rand.New(&a.srcTypes)
	a.rngFrozen = rand.New(&a.srcFrozen)
	a.Reset(seed)
	return a, nil
}

// Reset rebuilds the whole state from the Config and seed (§5.1, §4):
// values are a seeded permutation of 0..N-1 (Our choice: the code's 0..N-1,
// equivalent to the paper's 1..N, §7); algotypes are apportioned by
// the mix and shuffled independently of the values; Config.Frozen cells at
// distinct uniformly random positions are frozen; Selection pointers start
// at 0; all counters are cleared; edits with At == 0 are applied.
// Reset does not allocate.
func (a *Array) Reset(seed uint64) {
	a.srcValues.Seed(seed, streamValues)
	a.srcTypes.Seed(seed, streamTypes)
	a.srcFrozen.Seed(seed, streamFrozen)
	a.srcSched.Seed(seed, streamSchedule)
	n := a.n
	for i := range a.cells {
		a.cells[i] = cell{value: i}
	}
	// Fisher–Yates, written out so the permutation does not depend on the
	// standard library's Shuffle.
	for i := n - 1; i > 0; i-- {
		j := a.rngValues.IntN(i + 1)
		a.cells[i].value, a.cells[j].value = a.cells[j].value, a.cells[i].value
	}
	a.counts = apportion(n, a.cfg.Mix)
	p := 0
	for t, c := range a.counts {
		for range c {
			a.cells[p].typ = Algotype(t)
			p++
		}
	}
	for i := n - 1; i > 0; i-- {
		j := a.rngTypes.IntN(i + 1)
		a.cells[i].typ, a.cells[j].typ = a.cells[j].typ, a.cells[i].typ
	}
	// Our choice (§4 recommendation): Frozen distinct positions, by a
	// partial Fisher–Yates over positions, not the reference's draws with
	// replacement.
	for i := range a.idx {
		a.idx[i] = i
	}
	for k := range a.cfg.Frozen {
		j := k + a.rngFrozen.IntN(n-k)
		a.idx[k], a.idx[j] = a.idx[j], a.idx[k]
		a.cells[a.idx[k]].frozen = true
	}

	a.chance = AggregationChance(a.counts[:])
	a.hasInsertion = a.counts[Insertion] > 0
	a.swaps, a.activations, a.compares, a.pointerMoves, a.frozenAttempts = 0, 0, 0, 0, 0
	a.recount()
	a.lastOK = false
	a.hint = 0
	a.nextEdit = 0
	a.evaluate()
	a.applyEdits()
}

// recount recomputes the incremental metrics and the gate cache from
// scratch.
func (a *Array) recount() {
	a.errors, a.same = 0, 0
	for k := 1; k < a.n; k++ {
		e, s := a.pair(k)
		a.errors += e
		a.same += s
	}
	a.firstDescent = a.scanDescent(1)
}

// Step runs one activation (§2.4): it draws one non-frozen cell uniformly at
// random and runs its rule atomically. It returns false and does nothing
// when the run is Done. Edits due at the new activation count are applied
// before Step returns. Step does not allocate.
func (a *Array) Step() bool {
	if a.done {
		return false
	}
	p, right := a.draw()
	a.lastOK = false
	// Run the cell's rule (§2.1–2.3); changed reports a swap or a pointer
	// move. The helpers' activate hook in the tests mirrors this dispatch.
	var changed bool
	switch a.cells[p].typ {
	case Bubble:
		changed = a.bubble(p, right)
	case Insertion:
		changed = a.insertion(p)
	default:
		changed = a.selection(p)
	}
	a.activations++
	if changed {
		a.dirty = true
	} else if a.dirty {
		a.evaluate()
	}
	if a.nextEdit < len(a.cfg.Edits) {
		a.applyEdits()
	}
	return true
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

// Config returns a copy of the configuration the Array was built with.
func (a *Array) Config() Config { return a.cfg.clone() }

// N returns the number of cells.
func (a *Array) N() int { return a.n }

// Activations returns the number of activations run since Reset.
func (a *Array) Activations() uint64 { return a.activations }

// LastSwap reports the swap made by the last Step: the initiating cell moved
// from position i to position j (j is i±1 for Bubble and Insertion, any
// position for Selection) and the other cell from j to i. ok is false when
// the last Step swapped nothing, and after Reset. Our choice: i is the
// initiator's old position, so a drawing can tell who jumped.
func (a *Array) LastSwap() (i, j int, ok bool) { return a.lastFrom, a.lastTo, a.lastOK }
