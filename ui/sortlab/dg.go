//go:build js && wasm

package sortlab

import (
	"fmt"

	"bioplay/models/sorting"
	"bioplay/ui"
)

// dgCache holds the delayed-gratification episodes and values of the live
// run's error trajectory, recomputed when the run has new swaps.
type dgCache struct {
	swaps           int
	errs            []int
	episodes        []sorting.Episode
	mean, reference float64
	shades          []ui.Shade
}

// update recomputes the cache if the trajectory grew. The trajectory for DG
// starts after the first swap (spec §6.3: the initial state is not
// recorded), so errs[k] is the error after swap k+1.
func (c *dgCache) update(h *history) {
	if h.swaps() == c.swaps {
		return
	}
	c.swaps = h.swaps()
	c.errs = c.errs[:0]
	for _, e := range h.err[1:] {
		c.errs = append(c.errs, int(e))
	}
	c.episodes = sorting.Episodes(c.errs)
	c.mean = sorting.DelayedGratification(c.errs, sorting.DGMean)
	c.reference = sorting.DelayedGratification(c.errs, sorting.DGReference)
	c.shades = c.shades[:0]
	for _, e := range c.episodes {
		c.shades = append(c.shades, ui.Shade{
			X0: float64(e.Start + 1), X1: float64(e.End + 1),
			Label:  fmt.Sprintf("w%d r%d q%.2g", e.W, e.R, e.Q),
			Strong: e.R > e.W, // the detour left the array better than before it (spec §6.3, "for the UI")
		})
	}
}
