package sorting

import "math/rand/v2"

// Second seed words of the PCG streams, one per purpose, so that a draw in
// one stream never shifts another. Our choice: with separate value, type,
// label and frozen streams, changing the mix, the labels or the frozen count
// leaves the initial values unchanged for the same seed, and the schedule
// never disturbs them.
const (
	streamValues   = 0x76616c756573 // "values"
	streamTypes    = 0x7479706573   // "types"
	streamFrozen   = 0x66726f7a656e // "frozen"
	streamSchedule = 0x7363686564   // "sched"
	streamLabels   = 0x6c6162656c73 // "labels"
)

// cell is the full state of one cell (§1). It moves with the cell on a swap.
type cell struct {
	value int
	// ptr is the Selection pointer, an absolute position (§2.3); unused by
	// other algotypes. It may leave [0, N), after which the cell is idle.
	ptr int
	typ Algotype
	dir Direction // §2.6, from Config.Directions[typ]
	// group is what Aggregation scores (§5.2): typ, or the cell's label
	// 1..Config.Labels in the identical-algotype control (§5.3).
	group  uint8
	frozen bool
	// tried is the stuck-mode "already counted" flag of §4: set when a swap
	// initiated by this cell is refused because of a frozen cell, cleared
	// when the cell takes part in a successful swap.
	tried bool
}

// inOrder reports whether values left, right (left at the smaller position)
// already satisfy this cell's sort direction (§2.1–2.2). Equal values are in
// order both ways, so equal values never swap.
func (c *cell) inOrder(left, right int) bool {
	if c.dir == Descending {
		return left >= right
	}
	return left <= right
}

// Array is a self-sorting array of N cells (spec §1) with its scheduler,
// counters and termination test. It is not safe for concurrent use: one
// goroutine steps it and reads it. A run is a deterministic function of
// Config and seed, on every platform.
type Array struct {
	cfg   Config
	n     int
	seed  uint64
	cells []cell
	idx   []int // scratch for frozen placement

	// The state right after Reset, for InitialValues and InitialFrozen.
	initValues []int
	initFrozen []bool

	srcValues, srcTypes, srcFrozen, srcSched, srcLabels rand.PCG
	rngValues, rngTypes, rngFrozen, rngLabels           *rand.Rand

	counts       [NumAlgotypes]int // cells per algotype, fixed after Reset
	chance       float64           // AggregationChance of the scored groups
	hasInsertion bool
	insDesc      bool // the Insertion cells descend (§2.2), see insertion.go
	firstBreak   int  // Insertion gate cache, see insertion.go

	// noisy is Config.Noise > 0; a Bubble comparison is flipped when a
	// schedule-stream draw is below noiseCut (Noise·2^64), see bubble.go.
	noisy    bool
	noiseCut uint64

	sched schedState // Sweep and Bursty bookkeeping, see schedule.go

	swaps, activations, compares, pointerMoves, frozenAttempts uint64

	errors int // monotonicity error E, kept incrementally (§6.1)
	same   int // #{i : group[i] == group[i+1]}, kept incrementally (§5.2)

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
	a.initValues = make([]int, a.n)
	a.initFrozen = make([]bool, a.n)
	a.rngValues = rand.New(&a.srcValues)
	a.rngTypes = rand.New(&a.srcTypes)
	a.rngFrozen = rand.New(&a.srcFrozen)
	a.rngLabels = rand.New(&a.srcLabels)
	a.noisy = cfg.Noise > 0
	a.noiseCut = uint64(cfg.Noise * (1 << 64)) // Noise ≤ 0.5: at most 2^63
	a.sched.init(cfg.Schedule, a.n)
	a.Reset(seed)
	return a, nil
}

// Reset rebuilds the whole state from the Config and seed (§5.1, §4):
// values are a seeded permutation of 0..N-1 (Our choice: the code's 0..N-1,
// equivalent to the paper's 1..N, §7), or with Config.Distinct = k the
// values 0..k−1, N/k copies each, shuffled the same way; algotypes are
// apportioned by the mix and shuffled independently of the values, each
// cell taking its algotype's direction; labels, if any, are apportioned
// equally and shuffled independently again; Config.Frozen cells at
// distinct uniformly random positions are frozen; Selection pointers start
// at 0 (ascending) or N−1 (descending, §2.3); all counters are cleared;
// edits with At == 0 are applied. Reset does not allocate.
func (a *Array) Reset(seed uint64) {
	a.seed = seed
	a.srcValues.Seed(seed, streamValues)
	a.srcTypes.Seed(seed, streamTypes)
	a.srcFrozen.Seed(seed, streamFrozen)
	a.srcSched.Seed(seed, streamSchedule)
	a.srcLabels.Seed(seed, streamLabels)
	n := a.n
	copies := 1
	if a.cfg.Distinct > 0 {
		copies = n / a.cfg.Distinct
	}
	for i := range a.cells {
		a.cells[i] = cell{value: i / copies}
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
	for i := range a.cells {
		c := &a.cells[i]
		c.dir = a.cfg.Directions[c.typ]
		c.group = uint8(c.typ)
		if c.typ == Selection && c.dir == Descending {
			c.ptr = n - 1
		}
	}
	a.chance = AggregationChance(a.counts[:])
	if a.cfg.Labels > 0 {
		a.chance = a.assignLabels()
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

	a.hasInsertion = a.counts[Insertion] > 0
	a.insDesc = a.cfg.Directions[Insertion] == Descending
	a.sched.reset()
	a.swaps, a.activations, a.compares, a.pointerMoves, a.frozenAttempts = 0, 0, 0, 0, 0
	a.recount()
	a.lastOK = false
	a.hint = 0
	a.nextEdit = 0
	a.evaluate()
	a.applyEdits()
	for p := range a.cells {
		a.initValues[p] = a.cells[p].value
		a.initFrozen[p] = a.cells[p].frozen
	}
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
	a.firstBreak = a.scanBreak(1)
}

// Step runs one activation (§2.4): it picks one non-frozen cell by the
// Config.Schedule and runs its rule atomically. It returns false and does
// nothing when the run is Done. Edits due at the new activation count are
// applied before Step returns. Step does not allocate.
func (a *Array) Step() bool {
	if a.done {
		return false
	}
	var p int
	var right bool
	if a.cfg.Schedule == Uniform {
		p, right = a.draw()
	} else {
		p, right = a.next()
	}
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

// Config returns a copy of the configuration the Array was built with.
func (a *Array) Config() Config { return a.cfg.clone() }

// N returns the number of cells.
func (a *Array) N() int { return a.n }

// Activations returns the number of activations run since Reset.
func (a *Array) Activations() uint64 { return a.activations }

// Seed returns the seed of the last Reset (or of New).
func (a *Array) Seed() uint64 { return a.seed }

// InitialValues appends the N values as they were right after the last
// Reset, before any activation, to dst[:0] and returns the result; a
// traditional baseline (§3) starts from them. It does not allocate when
// cap(dst) ≥ N.
func (a *Array) InitialValues(dst []int) []int { return append(dst[:0], a.initValues...) }

// InitialFrozen appends the N frozen flags as they were right after the
// last Reset, edits with At == 0 applied, to dst[:0] and returns the
// result. It does not allocate when cap(dst) ≥ N.
func (a *Array) InitialFrozen(dst []bool) []bool { return append(dst[:0], a.initFrozen...) }

// LastSwap reports the swap made by the last Step: the initiating cell moved
// from position i to position j (j is i±1 for Bubble and Insertion, any
// position for Selection) and the other cell from j to i. ok is false when
// the last Step swapped nothing, and after Reset. Our choice: i is the
// initiator's old position, so a drawing can tell who jumped.
func (a *Array) LastSwap() (i, j int, ok bool) { return a.lastFrom, a.lastTo, a.lastOK }
