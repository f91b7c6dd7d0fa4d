//go:build js && wasm

package swimlab

// trail is a ring of the head's recent positions in world metres, drawn
// fading from the newest.
type trail struct {
	xs, ys []float64
	next   int // where the next point goes
	n      int // points held, up to len(xs)
}

func newTrail(capacity int) *trail {
	return &trail{xs: make([]float64, capacity), ys: make([]float64, capacity)}
}

// add records a point.
func (t *trail) add(x, y float64) {
	t.xs[t.next], t.ys[t.next] = x, y
	t.next = (t.next + 1) % len(t.xs)
	t.n = min(t.n+1, len(t.xs))
}

// clear forgets every point, as at an episode's start.
func (t *trail) clear() { t.next, t.n = 0, 0 }

// at returns the i-th newest point (0 is the newest), for i < n.
func (t *trail) at(i int) (x, y float64) {
	k := (t.next - 1 - i + 2*len(t.xs)) % len(t.xs)
	return t.xs[k], t.ys[k]
}
