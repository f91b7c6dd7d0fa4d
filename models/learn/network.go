package learn

// Network is a stack of Layers: every layer but the last is followed by the
// hidden activation, the last by the loss's output activation (a sigmoid
// for BCE, so its output is the probability of class 1). A Network owns
// its work buffers, which grow to the largest batch seen: Predict,
// Activations and a Trainer's Step allocate nothing after the first call
// at a given batch size. It is not safe for concurrent use, and reads
// (Predict, Activations, Evaluate) overwrite the cached forward pass, which
// only a Backprop in progress needs.
type Network struct {
	layers []Layer
	hidden Activation
	loss   Loss
	shape  []int
	rows   int         // batch capacity of the buffers
	z, a   [][]float64 // per layer: pre-activation and activation, rows×out
	d      [][]float64 // per layer: ∂L/∂a, turned into ∂L/∂z in place
	x      []float64   // one input row, for Predict and Activations
}

// NewNetwork stacks layers with hidden activation hidden and the given
// loss. It panics if there are no layers or one's output width differs
// from the next one's input width.
func NewNetwork(layers []Layer, hidden Activation, loss Loss) *Network {
	if len(layers) == 0 {
		panic("learn: NewNetwork needs at least one layer")
	}
	in, _ := layers[0].Dims()
	n := &Network{layers: layers, hidden: hidden, loss: loss, shape: []int{in}, x: make([]float64, in)}
	for i, l := range layers {
		li, lo := l.Dims()
		if li != n.shape[i] {
			panic("learn: NewNetwork: layer input width does not match the previous output")
		}
		n.shape = append(n.shape, lo)
	}
	n.grow(1)
	return n
}

// grow makes the buffers hold at least rows rows.
func (n *Network) grow(rows int) {
	if rows <= n.rows {
		return
	}
	n.rows = rows
	n.z = make([][]float64, len(n.layers))
	n.a = make([][]float64, len(n.layers))
	n.d = make([][]float64, len(n.layers))
	for i := range n.layers {
		w := rows * n.shape[i+1]
		n.z[i], n.a[i], n.d[i] = make([]float64, w), make([]float64, w), make([]float64, w)
	}
}

// Layers returns the layers, input side first. Callers must not change the
// slice; they may change parameters through Layer.Groups.
func (n *Network) Layers() []Layer { return n.layers }

// Hidden returns the hidden layers' activation.
func (n *Network) Hidden() Activation { return n.hidden }

// Loss returns the training loss, which fixes the output activation.
func (n *Network) Loss() Loss { return n.loss }

// Shape returns the widths [in, h1, h2, ..., out]: [2, 8, 8, 1] for the
// lab's 2→8→8→1 network. The slice is the caller's.
func (n *Network) Shape() []int { return append([]int(nil), n.shape...) }

// Params returns the number of trainable parameters.
func (n *Network) Params() int {
	p := 0
	for _, l := range n.layers {
		for _, g := range l.Groups() {
			p += len(g.Value)
		}
	}
	return p
}

// Weight returns the weight linking input in of layer layer (0 = the layer
// fed by the network's inputs) to its output out, as the layer defines it:
// W[out][in] for a Dense layer, the linear branch's w_r entry for a
// quadratic one. The page draws links from it.
func (n *Network) Weight(layer, out, in int) float64 { return n.layers[layer].Weight(out, in) }

// Forward runs a batch of inputs (batch×In, row-major) through the network
// and returns the outputs (batch×Out), which stay valid until the next
// call of any method; it does not allocate once the buffers have grown.
func (n *Network) Forward(x []float64, batch int) []float64 {
	n.grow(batch)
	last := len(n.layers) - 1
	in := x
	for i, l := range n.layers {
		w := batch * n.shape[i+1]
		z, a := n.z[i][:w], n.a[i][:w]
		l.Forward(in, batch, z)
		act := n.hidden
		if i == last {
			act = n.loss.output()
		}
		switch act {
		case ReLU:
			for j, v := range z {
				a[j] = max(v, 0)
			}
		case Identity:
			copy(a, z)
		default:
			for j, v := range z {
				a[j] = act.apply(v)
			}
		}
		in = a
	}
	return in
}

// Predict returns the network's output at the 2-D point x: for a BCE
// network the probability that x is in class 1. It panics unless the
// network has 2 inputs. It does not allocate.
func (n *Network) Predict(x [2]float64) float64 {
	if len(n.x) != 2 {
		panic("learn: Predict needs a network with 2 inputs")
	}
	n.x[0], n.x[1] = x[0], x[1]
	return n.Forward(n.x, 1)[0]
}

// Activations returns, for each layer (hidden layers, then the output),
// every neuron's activation at the 2-D point x: dst[l][j] is neuron j of
// layer l after its activation. It reuses dst and its rows when they are
// large enough, so a caller that passes back the last result allocates
// nothing.
func (n *Network) Activations(x [2]float64, dst [][]float64) [][]float64 {
	n.Predict(x)
	if cap(dst) < len(n.layers) {
		dst = make([][]float64, len(n.layers))
	}
	dst = dst[:len(n.layers)]
	for i := range n.layers {
		w := n.shape[i+1]
		if cap(dst[i]) < w {
			dst[i] = make([]float64, w)
		}
		dst[i] = dst[i][:w]
		copy(dst[i], n.a[i][:w])
	}
	return dst
}

// Backprop runs a forward and a backward pass on a batch: x is batch×In,
// y the targets batch×Out. It writes every layer's gradients (Group.Grad)
// of the mean loss over the batch, writes ∂L/∂x into dx when dx is not nil
// (batch×In), and returns the mean loss. It does not allocate once the
// buffers have grown to the batch.
func (n *Network) Backprop(x, y []float64, batch int, dx []float64) float64 {
	out := n.Forward(x, batch)
	last := len(n.layers) - 1
	z, d := n.z[last], n.d[last][:len(out)]
	scale := 1 / float64(len(out))
	var loss float64
	for j, p := range out {
		l, g := n.loss.point(z[j], p, y[j])
		loss += l
		d[j] = g * scale
	}
	for i := last; i >= 0; i-- {
		var down []float64
		if i > 0 {
			down = n.d[i-1][:batch*n.shape[i]]
		} else {
			down = dx
		}
		n.layers[i].Backward(n.d[i][:batch*n.shape[i+1]], batch, down)
		if i == 0 {
			break
		}
		// ∂L/∂z = ∂L/∂a ∘ σ'(z) for the layer below.
		zb, ab := n.z[i-1], n.a[i-1]
		if n.hidden == ReLU {
			for j := range down {
				if zb[j] <= 0 {
					down[j] = 0
				}
			}
			continue
		}
		for j := range down {
			down[j] *= n.hidden.deriv(zb[j], ab[j])
		}
	}
	return loss * scale
}
