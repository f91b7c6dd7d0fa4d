package kan

import (
	"errors"

	"bioplay/models/learn"
)

// The paper's interpretability workflow on a Trainer (spec B.7–B.9,
// §2.5.2): train with Lambda > 0, Prune, Suggest/Snap (or AutoSnap), then
// FitAffine, and read Network.Formula. Each call is one action of the
// page; all are deterministic. Those that change the network first finish
// a step in progress (Work), so they act between steps.

// SymbolicPoints is the size of the training subsample symbolic fits use
// (spec B.9: ~200 points keep a per-edge fit fast in the browser).
const SymbolicPoints = 200

// Prune refreshes every edge's |φ|₁ on the whole training set, removes the
// hidden nodes scoring at most threshold (Network.Prune), resets the
// optimiser and returns the removed nodes per hidden layer.
func (t *Trainer) Prune(threshold float64) ([][]int, error) {
	t.settle()
	if t.err != nil {
		return nil, t.err
	}
	if err := t.soloBusy("prune"); err != nil {
		return nil, err
	}
	t.net.forward(&t.work, t.x, len(t.y), true)
	removed, err := t.net.Prune(threshold)
	if err != nil {
		return nil, err
	}
	t.changed()
	return removed, nil
}

// MaskEdges refreshes |φ|₁ on the training set and masks the numeric edges
// at or under threshold (Network.MaskEdges), returning how many.
func (t *Trainer) MaskEdges(threshold float64) int {
	t.settle()
	t.net.forward(&t.work, t.x, len(t.y), true)
	c := t.net.MaskEdges(threshold)
	t.changed()
	return c
}

// changed resets the optimiser after a change of structure and refreshes
// the recorded statistics.
func (t *Trainer) changed() {
	t.newUpdaters()
	t.version++
	t.net.forward(&t.work, t.x, len(t.y), true)
}

// edgeSamples returns edge i→j of layer l's inputs and values on an
// evenly strided subsample of at most SymbolicPoints training points.
func (t *Trainer) edgeSamples(l, i, j int) (xs, ys []float64) {
	N := len(t.y)
	m := min(N, SymbolicPoints)
	sub := make([]float64, 0, m*t.dim)
	for s := range m {
		r := s * N / m
		sub = append(sub, t.x[r*t.dim:(r+1)*t.dim]...)
	}
	var p pass
	t.net.forward(&p, sub, m, false)
	in := t.net.layers[l].in
	for s := range m {
		x := p.layers[l].x[s*in+i]
		xs = append(xs, x)
		ys = append(ys, t.net.Edge(l, i, j, x))
	}
	return xs, ys
}

// Suggest fits every library function to edge i→j of layer l on the
// subsample and returns the best top candidates (all if top ≤ 0), best
// first (spec B.9), for the page's per-edge list with R².
func (t *Trainer) Suggest(l, i, j, top int) ([]Candidate, error) {
	if err := t.edgeIndex(l, i, j); err != nil {
		return nil, err
	}
	cs := rankCandidates(t.edgeSamples(l, i, j))
	if top > 0 && top < len(cs) {
		cs = cs[:top]
	}
	return cs, nil
}

// edgeIndex checks l, i, j against the network and refuses Select layers.
func (t *Trainer) edgeIndex(l, i, j int) error {
	ly, err := t.net.plainLayer(l, "fit")
	if err != nil {
		return err
	}
	switch {
	case i < 0 || i >= ly.in:
		return intRange("input node", i, 0, ly.in-1)
	case j < 0 || j >= ly.out:
		return intRange("output node", j, 0, ly.out-1)
	}
	return nil
}

// Snap fits library function name to edge i→j of layer l on the subsample
// ("" picks Suggest's best) and fixes the edge to it; its a, b, c, d then
// train. It returns the fitted candidate.
func (t *Trainer) Snap(l, i, j int, name string) (Candidate, error) {
	t.settle()
	if err := t.edgeIndex(l, i, j); err != nil {
		return Candidate{}, err
	}
	xs, ys := t.edgeSamples(l, i, j)
	var c Candidate
	if name == "" {
		c = rankCandidates(xs, ys)[0]
	} else {
		fn := symIndex(name)
		if fn < 0 {
			return c, t.net.Snap(l, i, j, name, 0, 0, 0, 0) // the unknown-name error
		}
		c = fitSymbolic(fn, xs, ys)
	}
	if err := t.net.Snap(l, i, j, c.Name, c.A, c.B, c.C, c.D); err != nil {
		return c, err
	}
	t.changed()
	return c, nil
}

// AutoSnap snaps every numeric edge to its best candidate (pykan's
// auto_symbolic), layer by layer, and returns the candidates in edge
// order (layer, input, output); masked and already snapped edges stay.
func (t *Trainer) AutoSnap() ([]Candidate, error) {
	var out []Candidate
	for l, ly := range t.net.layers {
		if ly.gate != nil {
			_, err := t.net.plainLayer(l, "snap")
			return out, err
		}
		for i := range ly.in {
			for j := range ly.out {
				if ly.sfn != nil && ly.sfn[i*ly.out+j] >= 0 {
					continue
				}
				c, err := t.Snap(l, i, j, "")
				if err != nil {
					return out, err
				}
				out = append(out, c)
			}
		}
	}
	return out, nil
}

// FitAffine trains the snapped edges' a, b, c, d (every other parameter
// fixed) on the whole training set by Levenberg–Marquardt for at most
// iters iterations (our choice; see levmar) and returns the training RMSE.
// Regression only; it needs at least one snapped, unmasked edge.
func (t *Trainer) FitAffine(iters int) (float64, error) {
	t.settle()
	if t.err != nil {
		return 0, t.err
	}
	if t.net.cfg.Loss != learn.MSE {
		return 0, errors.New("kan: FitAffine fits regression networks only")
	}
	var ps [][]float64 // the four parameters of each snapped edge, aliasing the layers
	for _, l := range t.net.layers {
		for e, f := range l.sfn {
			if f > symZero {
				ps = append(ps, l.sp[4*e:4*e+4])
			}
		}
	}
	if len(ps) == 0 {
		return 0, errors.New("kan: FitAffine: no snapped edges; snap some first")
	}
	p := make([]float64, 0, 4*len(ps))
	for _, q := range ps {
		p = append(p, q...)
	}
	set := func(p []float64) {
		for k, q := range ps {
			copy(q, p[4*k:4*k+4])
		}
	}
	var work pass
	levmar(p, len(t.y), func(p, r []float64) {
		set(p)
		out := t.net.forward(&work, t.x, len(t.y), false)
		for s, v := range out {
			r[s] = v - t.y[s]
		}
	}, iters)
	set(p)
	t.changed()
	return t.TrainRMSE(), nil
}
