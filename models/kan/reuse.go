package kan

import "math"

// The first layer's inputs are the training set itself, the same step
// after step in full-batch training, and its bases change only at a grid
// update, extension or pruning. So its per-sample basis values,
// derivatives and silu (forward.go) are kept across passes and reused
// when the inputs are bit for bit those of the last pass through the same
// basis objects (bases are never changed in place: every grid operation
// builds new ones). Our choice: the check compares the whole input, so
// mini-batches, the test set and Predict simply miss; it costs one
// comparison (and, on a miss, one copy) of the layer's input per pass.
// A pass done in row ranges (rows.go) may be left unfinished and begun
// again, so the record holds only once every row is filled (filled).

// reusable reports whether lp's per-sample basis values are those of the
// inputs x through bases (nil for a gate's silu, which needs no basis);
// if not, it records x and bases as what the buffers are about to hold,
// which the pass confirms with filled once every row is. Passes not
// marked keep (every layer but the first) never reuse.
func (lp *layerPass) reusable(x []float64, bases []basis) bool {
	if !lp.keep {
		return false
	}
	same := lp.whole && len(lp.seenX) == len(x) && len(lp.seenB) == len(bases)
	for i := 0; same && i < len(bases); i++ {
		same = lp.seenB[i] == bases[i]
	}
	for i := 0; same && i < len(x); i++ {
		same = math.Float64bits(x[i]) == math.Float64bits(lp.seenX[i])
	}
	if same {
		return true
	}
	lp.seenX = append(lp.seenX[:0], x...)
	lp.seenB = append(lp.seenB[:0], bases...)
	lp.whole = false
	return false
}

// filled confirms, at the end of a pass that began with fresh values,
// that every row now holds what reusable recorded.
func (lp *layerPass) filled() {
	if lp.fresh {
		lp.whole = true
	}
}

// markKeep lets lp (and a gate's sub-layer passes) reuse basis values.
func (lp *layerPass) markKeep() {
	lp.keep = true
	for i := range lp.subs {
		lp.subs[i].markKeep()
	}
}
