package kan

import "math"

// The prune transition of a Select network (spec B.13, phase 3; our
// design, carried out by switchJob in pieces): every gated layer, front
// to back, fixes each node j to one family m* whose edges are refitted to
// keep the mixed function they had,
//
//	φ^{(m*)}_ij(x) ≈ Σ_m a_{j,m}·φ^{(m)}_ij(x)   at the layer's inputs x,
//
// the way grid update and extension keep functions (grid.go). The base
// branch is kept exactly, every family sharing silu(x): w_b^{(m)} becomes
// Σ_m′ a_{j,m′}·w_b^{(m′)}. The spline part is a least-squares fit (with
// the ridge, lstsq.go) of the coefficients to the mixed spline part
// divided by w_s^{(m)}, on a basis first moved to the inputs as a grid
// update does, at the layer's inputs and at span points evenly spaced
// over each input node's range (keepspan.go: the rows alone leave sparse
// stretches unpinned); w_s stays (1 if it is ~0, safeWs). Every family is
// refitted so, and m* is the one that leaves the whole network's training
// loss lowest (keepchoice.go). Our choice, in place of the spec's argmax
// of a_{j,·}: after a short selective phase the weights are still near
// uniform, so their argmax says little, and the loss of the whole
// network, unlike the fit of the node's own edges, also counts how the
// later layers take the refit's small errors. Each later layer sees the
// inputs the already pruned layers produce. On a failed fit the layer
// falls back to the argmax without refit.
//
// Leaving the full phase refits the same way with the leader's one-hot
// weights as the mix (solo.go), so every family starts the selective
// phase as an approximation of the leader.

// safeWs returns w_s, or 1 where it is ~0 and a division by it would blow
// up (the refit divides by it).
func safeWs(ws float64) float64 {
	if math.Abs(ws) < 1e-8 {
		return 1
	}
	return ws
}
