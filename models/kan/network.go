package kan

import (
	"math/rand/v2"

	"bioplay/models/learn"
)

// Network is a Kolmogorov–Arnold network (spec B.2): layers of learnable
// edge functions whose nodes only add. It owns its parameters and a work
// pass for Forward and Predict; a Trainer changes the parameters. It is
// not safe for concurrent use: Forward, Predict and Edge reuse buffers.
type Network struct {
	cfg    Config
	layers []*layer
	view   pass      // buffers of Forward and Predict
	row    []float64 // Predict's input row
	lambda float64   // sparsity strength λ of the training loss (Trainer sets it)
	grid   gridWork  // scratch of the grid update and extension (gridwork.go)
}

// New returns a network with configuration c, initialised from seed as
// pykan's MultKAN does (spec B.5; see newLayer), layer by layer. The
// same c and seed give the same network natively and under wasm.
func New(c Config, seed uint64) (*Network, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	c.Shape = append([]int(nil), c.Shape...)
	n := &Network{cfg: c, row: make([]float64, c.Shape[0])}
	r := rand.New(rand.NewPCG(seed, 0x6b616e)) // "kan"
	for li := range len(c.Shape) - 1 {
		var l *layer
		var err error
		if c.Basis == Select {
			l, err = newGatedLayer(c.Shape[li], c.Shape[li+1], c.Grid, c.Order, SelectFamilies(), c.tau(), r)
		} else {
			l, err = newLayer(c.Shape[li], c.Shape[li+1], c.Grid, c.Order, c.Basis, r)
		}
		if err != nil {
			return nil, err
		}
		n.layers = append(n.layers, l)
	}
	return n, nil
}

// Shape returns the widths [n₀, …, n_L]; the slice is the caller's.
func (n *Network) Shape() []int { return append([]int(nil), n.cfg.Shape...) }

// Grid returns the current number of grid intervals G (it grows with
// each grid extension).
func (n *Network) Grid() int { return n.layers[0].leaves()[0].bases[0].intervals() }

// Basis returns the network's basis family (Select for a selectable one).
func (n *Network) Basis() Basis { return n.cfg.Basis }

// Order returns the spline order k.
func (n *Network) Order() int { return n.cfg.Order }

// Loss returns the loss the output is made for (BCE: sigmoid output).
func (n *Network) Loss() learn.Loss { return n.cfg.Loss }

// Layers returns the number of edge layers L = len(Shape()) − 1.
func (n *Network) Layers() int { return len(n.layers) }

// Params returns the number of trainable parameters, Σ_l n_l·n_{l+1}·(G+k+2)
// (spec B.4: coefficients, w_b and w_s of every edge).
func (n *Network) Params() int {
	p := 0
	for _, l := range n.layers {
		p += l.params()
	}
	return p
}

// Forward runs a batch of inputs (batch×n₀, row-major) through the
// network and returns the outputs (batch values; probabilities for a BCE
// network), valid until the next call of any method. It records no
// statistics (Magnitude and InputRange follow training only) and does not
// allocate once its buffers have grown to the batch.
func (n *Network) Forward(x []float64, batch int) []float64 {
	out := n.forward(&n.view, x, batch, false)
	if n.cfg.Loss == learn.BCE {
		for s, z := range out {
			out[s] = learn.Logistic(z)
		}
	}
	return out
}

// Predict returns the network's output at x (len n₀): for a BCE network
// the probability of class 1. It panics if len(x) differs from n₀. It does
// not allocate.
func (n *Network) Predict(x []float64) float64 {
	if len(x) != len(n.row) {
		panic("kan: Predict: input has the wrong width")
	}
	copy(n.row, x)
	return n.Forward(n.row, 1)[0]
}

// forward runs every layer on x into p and returns the raw outputs (the
// logits of a BCE network), batch values aliasing p.
func (n *Network) forward(p *pass, x []float64, batch int, record bool) []float64 {
	p.grow(n, batch)
	in := x
	for li, l := range n.layers {
		l.forward(&p.layers[li], in, batch, record)
		in = p.layers[li].y[:batch*l.out]
	}
	return in
}

// backprop runs a forward and a backward pass on a batch with targets y
// (with record and a sparsity strength n.lambda > 0, adding the penalty of
// sparsity.go to the loss and its gradients),
// writes every layer's gradients of the mean loss, writes ∂L/∂x into dx
// (batch×n₀) unless dx is nil, and returns the mean loss: MSE (ŷ − y)² or
// BCE log(1+eᶻ) − y·z on the logit z.
func (n *Network) backprop(p *pass, x, y []float64, batch int, dx []float64, record bool) float64 {
	n.forward(p, x, batch, record)
	loss := n.lossGrad(p, y, batch, record)
	n.beginBackward(p)
	n.backwardRows(p, 0, batch, dx)
	return loss
}
