package kan

import "fmt"

// gridJob is regrid (grid.go) cut into bounded pieces, so the page can
// spread a scheduled grid update over frames (Trainer.Work): per layer,
// front to back and per input node, one piece that sorts the node's input
// column and one per leaf (family) that refits the node's edges there;
// then the layer's forward pass on the new functions, which makes the
// next layer's inputs, in row ranges. The pieces run regrid's
// operations in regrid's order, so the result does not depend on the
// slicing. Between pieces the layers already committed have their new
// grids and the others their old ones; nothing else of the network may
// change until the job is done.
type gridJob struct {
	n     *Network
	x     []float64 // the first layer's inputs, batch×n₀
	batch int
	place func(sorted []float64, old basis) basis
	layer int       // the layer being regridded
	node  int       // its input node being refitted
	leaf  int       // the node's leaf (family) being refitted; −1: its column is to be sorted
	first int       // n.grid's index of the layer's first leaf
	in    []float64 // the layer's inputs
	row   int       // next row of the layer's forward pass; −1 while refitting
}

// start sets j up to regrid n on the batch x with placement place.
func (j *gridJob) start(n *Network, x []float64, batch int, place func(sorted []float64, old basis) basis) {
	*j = gridJob{n: n, x: x, batch: batch, place: place, in: x, leaf: -1, row: -1}
	n.grid.done = n.grid.done[:0]
	n.grid.p.grow(n, batch)
}

// piece does one bounded piece: the sort of one input node's column, one
// leaf's refit of that node, or at most rows rows (at least one) of a
// layer's forward pass. It reports whether the job is done; on a failed
// fit every layer is put back as it was and the job ends with the error.
func (j *gridJob) piece(rows int) (done bool, err error) {
	n, w := j.n, &j.n.grid
	top := n.layers[j.layer]
	leaves := top.leaves()
	lp := &w.p.layers[j.layer]
	if j.row < 0 {
		if j.leaf < 0 {
			if j.node == 0 {
				for m, l := range leaves {
					w.begin(j.first+m, l, leafPass(lp, m))
				}
			}
			w.sortColumn(j.in, j.batch, top.in, j.node)
			j.leaf = 0
			return false, nil
		}
		if err := w.refitNode(j.first+j.leaf, leaves[j.leaf], leafPass(lp, j.leaf), j.node, j.place); err != nil {
			w.rollback()
			return true, fmt.Errorf("layer %d node %d: %v", j.layer, j.node, err)
		}
		if j.leaf++; j.leaf < len(leaves) {
			return false, nil
		}
		if j.leaf, j.node = -1, j.node+1; j.node < top.in {
			return false, nil
		}
		for m, l := range leaves {
			w.commit(j.first+m, l, leafPass(lp, m), j.in)
		}
		if j.layer == len(n.layers)-1 {
			return true, nil // the last layer's outputs feed no grid
		}
		// The next layer's inputs come from the new functions (the pass
		// is rebuilt, without the kept rows, if an extension changed its
		// widths).
		w.p.grow(n, j.batch)
		j.row = 0
		return false, nil
	}
	if j.row == 0 {
		top.forwardBegin(lp, j.in, j.batch, false)
	}
	to := j.row + min(max(rows, 1), j.batch-j.row)
	top.forwardRows(lp, j.row, to, false)
	if j.row = to; to < j.batch {
		return false, nil
	}
	top.forwardEnd(lp, j.batch, false)
	j.in = lp.y[:j.batch*top.out]
	j.first += len(leaves)
	j.layer, j.node, j.leaf, j.row = j.layer+1, 0, -1, -1
	return false, nil
}
