package sorting

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// Pictures describe small arrays in tests, one token per cell, left to
// right: the value, the algotype letter (b, i, s), then optional markers:
// "v" descending (§2.6; all cells of one algotype must agree), "*" frozen,
// "!" the stuck-mode tried flag, "#k" a label k ≥ 1 (§5.3; all cells or
// none), "@q" the Selection pointer (required for s cells, last).
// Example: "2b 0b* 1sv@2".

// activate is the test hook that runs the rule of the cell at p, with side
// right for Bubble cells, as Step does after drawing p and right, and
// reports whether the state changed. A frozen cell does nothing (§4).
func (a *Array) activate(p int, right bool) bool {
	if a.cells[p].frozen {
		return false
	}
	switch a.cells[p].typ {
	case Bubble:
		return a.bubble(p, right)
	case Insertion:
		return a.insertion(p)
	default:
		return a.selection(p)
	}
}

// build returns an Array holding exactly the pictured cells.
func build(t *testing.T, damage Damage, picture string) *Array {
	t.Helper()
	var cells []cell
	var counts [NumAlgotypes]int
	var labelCounts [MaxLabels + 1]int
	var dirs [NumAlgotypes][2]int
	for tok := range strings.FieldsSeq(picture) {
		c, err := parseCell(tok)
		if err != nil {
			t.Fatalf("picture %q: %v", picture, err)
		}
		cells = append(cells, c)
		counts[c.typ]++
		dirs[c.typ][c.dir]++
		if c.group != uint8(c.typ) || strings.Contains(tok, "#") {
			labelCounts[c.group]++
		}
	}
	cfg := DefaultConfig()
	cfg.N = len(cells)
	cfg.Damage = damage
	cfg.Mix = nil
	for ty, n := range counts {
		if n > 0 {
			cfg.Mix = append(cfg.Mix, Share{Type: Algotype(ty), Weight: n})
		}
		if dirs[ty][Ascending] > 0 && dirs[ty][Descending] > 0 {
			t.Fatalf("picture %q: %v cells with both directions", picture, Algotype(ty))
		}
		if dirs[ty][Descending] > 0 {
			cfg.Directions[ty] = Descending
		}
	}
	labelled := 0
	for k, n := range labelCounts {
		labelled += n
		if n > 0 {
			cfg.Labels = max(cfg.Labels, k, 2)
		}
	}
	if labelled != 0 && labelled != len(cells) {
		t.Fatalf("picture %q: labels on some cells only", picture)
	}
	a, err := New(cfg, 1)
	if err != nil {
		t.Fatalf("New(%+v) = %v", cfg, err)
	}
	copy(a.cells, cells)
	a.counts = counts
	a.chance = AggregationChance(counts[:])
	if labelled > 0 {
		a.chance = AggregationChance(labelCounts[:])
	}
	a.hasInsertion = counts[Insertion] > 0
	a.insDesc = cfg.Directions[Insertion] == Descending
	a.recount()
	a.evaluate()
	return a
}

func parseCell(tok string) (cell, error) {
	i := 0
	for i < len(tok) && (tok[i] == '-' || tok[i] >= '0' && tok[i] <= '9') {
		i++
	}
	v, err := strconv.Atoi(tok[:i])
	if err != nil || i == len(tok) {
		return cell{}, err
	}
	c := cell{value: v}
	switch tok[i] {
	case 'b':
		c.typ = Bubble
	case 'i':
		c.typ = Insertion
	case 's':
		c.typ = Selection
		c.ptr = -100 // must be given
	default:
		return cell{}, strconv.ErrSyntax
	}
	c.group = uint8(c.typ)
	rest := tok[i+1:]
	for rest != "" {
		switch rest[0] {
		case 'v':
			c.dir = Descending
			rest = rest[1:]
		case '#':
			j := 1
			for j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
				j++
			}
			k, err := strconv.Atoi(rest[1:j])
			if err != nil || k < 1 || k > MaxLabels {
				return cell{}, strconv.ErrSyntax
			}
			c.group = uint8(k)
			rest = rest[j:]
		case '*':
			c.frozen = true
			rest = rest[1:]
		case '!':
			c.tried = true
			rest = rest[1:]
		case '@':
			q, err := strconv.Atoi(rest[1:])
			if err != nil {
				return cell{}, err
			}
			c.ptr = q
			rest = ""
		default:
			return cell{}, strconv.ErrSyntax
		}
	}
	if c.typ == Selection && c.ptr == -100 {
		return cell{}, strconv.ErrSyntax
	}
	return c, nil
}

// picture renders a in the notation of build.
func picture(a *Array) string {
	var b strings.Builder
	for p, c := range a.cells {
		if p > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strconv.Itoa(c.value))
		b.WriteByte("bis"[c.typ])
		if c.dir == Descending {
			b.WriteByte('v')
		}
		if c.frozen {
			b.WriteByte('*')
		}
		if c.tried {
			b.WriteByte('!')
		}
		if a.cfg.Labels > 0 {
			b.WriteByte('#')
			b.WriteString(strconv.Itoa(int(c.group)))
		}
		if c.typ == Selection {
			b.WriteByte('@')
			b.WriteString(strconv.Itoa(c.ptr))
		}
	}
	return b.String()
}

// run steps a until Done, with a generous safety limit.
func run(t testing.TB, a *Array) {
	t.Helper()
	for i := 0; a.Step(); i++ {
		if i > 10_000_000 {
			t.Fatalf("run did not terminate: %+v", a.Metrics())
		}
	}
}

// newArray is New that fails the test on error.
func newArray(t testing.TB, cfg Config, seed uint64) *Array {
	t.Helper()
	a, err := New(cfg, seed)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return a
}

// config returns DefaultConfig with the given mix text, frozen count and
// damage.
func config(t testing.TB, n int, mix string, frozen int, damage Damage) Config {
	t.Helper()
	m, err := ParseMix(mix)
	if err != nil {
		t.Fatalf("ParseMix(%q): %v", mix, err)
	}
	cfg := DefaultConfig()
	cfg.N, cfg.Mix, cfg.Frozen, cfg.Damage = n, m, frozen, damage
	return cfg
}

// quiescentOracle is the slow, literal form of the §2.5 test: try every
// activation of every non-frozen cell on a copy and see if anything changes.
// With noise each Bubble side is tried with its comparison never and
// always flipped.
func quiescentOracle(a *Array) bool {
	cuts := []uint64{a.noiseCut}
	if a.noisy {
		cuts = []uint64{0, math.MaxUint64}
	}
	for p := range a.cells {
		if a.cells[p].frozen {
			continue
		}
		for _, right := range []bool{false, true} {
			for _, cut := range cuts {
				b := cloneArray(a)
				b.noiseCut = cut
				if b.activate(p, right) {
					return false
				}
			}
		}
	}
	return true
}

// cloneArray copies the state of a (not its random streams).
func cloneArray(a *Array) *Array {
	b := *a
	b.cells = slices.Clone(a.cells)
	b.sched.order = slices.Clone(a.sched.order)
	b.sched.where = slices.Clone(a.sched.where)
	b.sched.idAt = slices.Clone(a.sched.idAt)
	b.cfg = a.cfg.clone()
	b.cfg.MaxSwaps = 1 << 30 // the copy must never stop on the cap
	return &b
}

// gateOracle is the §2.2 gate scan of an Insertion cell at p, written as
// in the reference code but with our "no previous value" reset after a
// frozen cell in both directions; the Insertion direction applies to every
// cell on its left.
func gateOracle(a *Array, p int) bool {
	desc := a.cfg.Directions[Insertion] == Descending
	prev, have := 0, false
	for i := 0; i < p; i++ {
		if a.cells[i].frozen {
			have = false
			continue
		}
		v := a.cells[i].value
		if have && (!desc && v < prev || desc && v > prev) {
			return false
		}
		prev, have = v, true
	}
	return true
}

// activation is one row of an activation table: build the before picture,
// run the activations in acts, and compare the after picture and the
// counter increments.
type activation struct {
	name   string
	damage Damage
	before string
	// acts lists activations: a position, followed by ">" (right) or "<"
	// (left) for Bubble cells, e.g. "0> 2<".
	acts    string
	after   string
	changed bool // result of the last activation
	// Counter values after the activations.
	swaps, compares, pointerMoves, attempts uint64
}

func testActivations(t *testing.T, cases []activation) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := build(t, tc.damage, tc.before)
			if got := picture(a); got != tc.before {
				t.Fatalf("picture(build(%q)) = %q", tc.before, got)
			}
			var changed bool
			for act := range strings.FieldsSeq(tc.acts) {
				right := strings.HasSuffix(act, ">")
				p, err := strconv.Atoi(strings.TrimRight(act, "<>"))
				if err != nil {
					t.Fatalf("bad act %q", act)
				}
				changed = a.activate(p, right)
			}
			if got := picture(a); got != tc.after {
				t.Errorf("after %s: array = %q, want %q", tc.acts, got, tc.after)
			}
			if changed != tc.changed {
				t.Errorf("activate(%s) = %v, want %v", tc.acts, changed, tc.changed)
			}
			m := a.Metrics()
			got := [4]uint64{m.Swaps, m.Compares, m.PointerMoves, m.FrozenAttempts}
			want := [4]uint64{tc.swaps, tc.compares, tc.pointerMoves, tc.attempts}
			if got != want {
				t.Errorf("swaps, compares, pointer moves, frozen attempts = %v, want %v", got, want)
			}
			if v := a.Values(nil); m.Error != MonotonicityError(v) {
				t.Errorf("Metrics().Error = %d, want %d", m.Error, MonotonicityError(v))
			}
		})
	}
}
