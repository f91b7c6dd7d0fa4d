package kanlab

import "time"

// cost is the lab's running estimate of how long one unit of a kind of
// work takes (a training row, an evaluated row, a grid-update or switch
// piece, an edge curve, a cell of the prediction map), learnt from the
// pieces it times, so a piece can be sized to the time a frame has left
// and a piece that would not fit can wait for the next frame.
//
// The page's clock is coarse: without cross-origin isolation a browser's
// performance.now ticks every 0.1 ms, and a piece of 32 rows reads 0 or
// 0.1 ms whatever it cost. So the pieces' times and units are summed until
// the sum spans foldAfter, and only then folded into the estimate: at
// once when the new figure is higher (but at most doubling it: the engine
// now and then pauses for milliseconds, which says nothing of the next
// piece), halfway when lower, so the estimate stays near the dearer pieces
// of the kind and a piece sized from it rarely overruns, yet comes down
// from a cautious start within a few milliseconds of work.
type cost struct {
	per   time.Duration // the estimate per unit
	took  time.Duration // time of the pieces not yet folded in
	units int           // their units
}

// foldAfter is how much timed work cost sums before it revises its
// estimate. Our choice: ten ticks of a 0.1 ms clock, so the sum's rounding
// error is at most a tenth. A piece sized to maxPiece is folded in at
// once, so a rise in cost shows in the next piece's size.
const foldAfter = time.Millisecond

// maxPiece bounds the time one piece of rows is sized to, so an estimate
// that is off (the first pieces of a kind, a change of phase) costs the
// frame at most a fraction of a millisecond. Our choice: 1 ms, a quarter of
// the frame's budget; a piece's own overhead is microseconds.
const maxPiece = time.Millisecond

// newCost returns an estimate that starts at per, until pieces are timed.
func newCost(per time.Duration) cost { return cost{per: per} }

// observe records a piece of units that took took.
func (c *cost) observe(took time.Duration, units int) {
	if units <= 0 {
		return
	}
	c.took += took
	c.units += units
	if c.took < foldAfter {
		return
	}
	per := c.took / time.Duration(c.units)
	c.took, c.units = 0, 0
	if per >= c.per {
		c.per = min(per, 2*c.per)
		return
	}
	c.per -= (c.per - per) / 2
}

// restart sets the estimate to at least per and forgets unfolded pieces:
// the work changed (a select network's rows cost about five times more
// once its families mix).
func (c *cost) restart(per time.Duration) {
	c.per = max(c.per, per)
	c.took, c.units = 0, 0
}

// size returns the units of a piece that should end within left (and
// within maxPiece), at least least.
func (c *cost) size(left time.Duration, least int) int {
	return max(least, int(min(left, maxPiece)/max(c.per, time.Nanosecond)))
}

// fits reports whether a piece of n units is expected to end within left.
func (c *cost) fits(left time.Duration, n int) bool {
	return time.Duration(n)*c.per <= left
}

// forget folds took into a dearest-recent cost: it lowers the cost by a
// thirty-second, or raises it to took, by at most a quarter. Our choice: a
// thirty-second, so the dearest of the kinds that alternate (a grid
// update of [2,5,1] refits the output node, with five inputs, after five
// cheap nodes with two) is remembered over a pass to within a sixth; at
// most a quarter, because what stretches such a piece far beyond its
// estimate is rarely the piece: the engine compiles code on its first
// runs (18 ms for the first grid-update piece of a select network in
// Chromium) and on a busy machine the page's thread waits milliseconds for
// a core. A piece over the frame's share waits until it is a frame's
// first, so an estimate doubled by every such pause would hold training
// back for seconds.
func forget(dearest *time.Duration, took time.Duration) {
	if *dearest <= 0 {
		*dearest = took // nothing known yet
		return
	}
	if took > *dearest {
		*dearest = min(took, *dearest+*dearest/4)
		return
	}
	*dearest = max(took, *dearest-*dearest/32)
}
