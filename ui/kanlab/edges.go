//go:build js && wasm

package kanlab

import (
	"math"
	"time"

	"bioplay/models/kan"
)

// edgeRef names one edge: layer l, from input node i to output node j.
// l < 0 means none.
type edgeRef struct{ l, i, j int }

// valid reports whether e names an edge of a network of this shape.
func (e edgeRef) valid(shape []int) bool {
	return e.l >= 0 && e.l < len(shape)-1 && e.i < shape[e.l] && e.j < shape[e.l+1]
}

// next returns the edge after e in layer, input, output order, wrapping
// round; from none it is the first edge.
func (e edgeRef) next(shape []int) edgeRef {
	if !e.valid(shape) {
		return edgeRef{0, 0, 0}
	}
	e.j++
	if e.j == shape[e.l+1] {
		e.j, e.i = 0, e.i+1
	}
	if e.i == shape[e.l] {
		e.i, e.l = 0, e.l+1
	}
	if e.l == len(shape)-1 {
		return edgeRef{0, 0, 0}
	}
	return e
}

// curveSamples is how many points draw one edge's small curve.
const curveSamples = 24

// edgeEvery is how often, in frames, the edge curves are recomputed. Our
// choice: every 6th frame (10 times a second) looks continuous and keeps
// the curves' cost a small share of the frame.
const edgeEvery = 6

// edgeCache holds every edge's sampled curve and opacity, recomputed at a
// reduced rate (issue 6: "edge curves are recomputed at a reduced rate")
// and a few edges at a time (advance), so a large network's curves do
// not cost one frame more than its share.
type edgeCache struct {
	shape  []int
	grid   int
	curves [][]curve // per layer, i·out + j
	next   int       // the next edge of the pass under way, in layer, input, output order; 0: none
}

// curve is one edge's φ sampled over [lo, hi], and its opacity.
type curve struct {
	lo, hi   float64
	ys       [curveSamples]float64
	ymin     float64
	ymax     float64
	strength float64 // tanh(3·|φ|₁) in [0, 1] (spec B.8, β = 3)
}

// reset drops the cache, so the next Background refills it.
func (c *edgeCache) reset() { c.shape = nil }

// stale reports whether the cache does not fit the network (new shape or
// grid).
func (c *edgeCache) stale(s *Scene) bool {
	n := s.tr.Network()
	if c.shape == nil || c.grid != n.Grid() || len(c.shape) != len(n.Shape()) {
		return true
	}
	for k, w := range n.Shape() {
		if c.shape[k] != w {
			return true
		}
	}
	return false
}

// refresh samples every edge of the scene's network.
func (c *edgeCache) refresh(s *Scene) {
	n := s.tr.Network()
	c.shape, c.grid, c.next = n.Shape(), n.Grid(), 0
	c.curves = c.curves[:0]
	for l := 0; l+1 < len(c.shape); l++ {
		in, out := c.shape[l], c.shape[l+1]
		row := make([]curve, in*out)
		for i := 0; i < in; i++ {
			lo, hi := edgeRange(n, l, i)
			for j := 0; j < out; j++ {
				row[i*out+j] = sample(n, edgeRef{l, i, j}, lo, hi)
			}
		}
		c.curves = append(c.curves, row)
	}
}

// advance resamples the cache's edges in order, from where the last call
// stopped, while the next edge is expected (at per) to end within budget
// (at least one edge), and reports whether the pass goes on. It records
// the edges' cost in per. The cache must not be stale.
func (c *edgeCache) advance(s *Scene, budget time.Duration, per *cost) bool {
	start := time.Now()
	n := s.tr.Network()
	for {
		t0 := time.Now()
		k := c.next
		for l, row := range c.curves {
			if k < len(row) {
				out := c.shape[l+1]
				i, j := k/out, k%out
				lo, hi := edgeRange(n, l, i)
				row[k] = sample(n, edgeRef{l, i, j}, lo, hi)
				break
			}
			k -= len(row)
		}
		per.observe(time.Since(t0), 1)
		c.next++
		if c.next == c.count() {
			c.next = 0
			return false
		}
		if !per.fits(budget-time.Since(start), 1) {
			return true
		}
	}
}

// at returns edge e's cached curve, if the cache holds it.
func (c *edgeCache) at(e edgeRef) (curve, bool) {
	if !e.valid(c.shape) || e.l >= len(c.curves) {
		return curve{}, false
	}
	return c.curves[e.l][e.i*c.shape[e.l+1]+e.j], true
}

// edgeRange is the x range an edge of input node i is drawn over: its grid
// (without the padding) joined with the range of the data it last saw.
func edgeRange(n *kan.Network, l, i int) (lo, hi float64) {
	t := n.Knots(l, i)
	k := n.Order()
	lo, hi = t[k], t[len(t)-1-k]
	if dlo, dhi := n.InputRange(l, i); dlo < dhi {
		lo, hi = min(lo, dlo), max(hi, dhi)
	}
	if !(hi > lo) {
		lo, hi = -1, 1
	}
	return lo, hi
}

// sample evaluates edge e at curveSamples points over [lo, hi].
func sample(n *kan.Network, e edgeRef, lo, hi float64) curve {
	c := curve{lo: lo, hi: hi, ymin: math.Inf(1), ymax: math.Inf(-1)}
	for k := range c.ys {
		x := lo + (hi-lo)*float64(k)/float64(curveSamples-1)
		y := n.Edge(e.l, e.i, e.j, x)
		c.ys[k] = y
		c.ymin, c.ymax = min(c.ymin, y), max(c.ymax, y)
	}
	c.strength = math.Tanh(3 * n.Magnitude(e.l, e.i, e.j))
	return c
}

// count is the number of edges whose curves the cache holds.
func (c *edgeCache) count() int {
	k := 0
	for _, row := range c.curves {
		k += len(row)
	}
	return k
}
