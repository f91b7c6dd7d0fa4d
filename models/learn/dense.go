package learn

import "math/rand/v2"

// Dense is a conventional fully connected layer, z = W x + b: each output
// is one conventional neuron w·x + b. W is Out×In, row-major.
type Dense struct {
	in, out int
	w, b    []float64 // W (out×in) and b (out)
	dw, db  []float64 // their gradients
	x       []float64 // the last Forward's input, B×in
	groups  []Group
}

// NewDense returns an in→out dense layer with all parameters zero.
// It panics if a width is below 1.
func NewDense(in, out int) *Dense {
	if in < 1 || out < 1 {
		panic("learn: NewDense needs widths ≥ 1")
	}
	d := &Dense{in: in, out: out,
		w: make([]float64, out*in), b: make([]float64, out),
		dw: make([]float64, out*in), db: make([]float64, out)}
	d.groups = []Group{
		{Name: "w", Value: d.w, Grad: d.dw, Role: Base},
		{Name: "b", Value: d.b, Grad: d.db, Role: Base},
	}
	return d
}

// Init draws W by InitWeights for activation act and b by InitBias, in
// that order, from r.
func (d *Dense) Init(act Activation, r *rand.Rand) {
	InitWeights(d.w, d.in, act, r)
	InitBias(d.b, d.in, r)
}

// Dims returns the input and output widths.
func (d *Dense) Dims() (in, out int) { return d.in, d.out }

// Groups returns the groups "w" (Out×In) and "b" (Out), both Base.
func (d *Dense) Groups() []Group { return d.groups }

// Weight returns W[out][in].
func (d *Dense) Weight(out, in int) float64 { return d.w[out*d.in+in] }

// Forward computes z = x Wᵀ + b row by row. The sum starts from the bias
// and adds the products in input order; quadratic.Layer computes its
// linear branch r the same way, so a quadratic network at ReLinear init
// equals the dense one bit for bit (§A.10.2).
func (d *Dense) Forward(x []float64, batch int, z []float64) {
	n, m := d.in, d.out
	d.x = x[:batch*n]
	for s := 0; s < batch; s++ {
		xs := x[s*n : s*n+n]
		zs := z[s*m : s*m+m]
		for o := range zs {
			w := d.w[o*n : o*n+n]
			w = w[:len(xs)]
			acc := d.b[o]
			for i, xi := range xs {
				acc += w[i] * xi
			}
			zs[o] = acc
		}
	}
}

// Backward writes dW = dZᵀ X, db = Σ_batch dZ and, if dx is not nil,
// dX = dZ W. It accumulates sample by sample and skips zero entries of dZ
// (a ReLU below zeroes many), which changes no sum.
func (d *Dense) Backward(dz []float64, batch int, dx []float64) {
	n, m := d.in, d.out
	clear(d.dw)
	clear(d.db)
	for s := 0; s < batch; s++ {
		xs := d.x[s*n : s*n+n]
		var dxs []float64
		if dx != nil {
			dxs = dx[s*n : s*n+n]
			dxs = dxs[:len(xs)]
			clear(dxs)
		}
		for o, g := range dz[s*m : s*m+m] {
			if g == 0 {
				continue
			}
			d.db[o] += g
			dw := d.dw[o*n : o*n+n]
			dw = dw[:len(xs)]
			for i, xi := range xs {
				dw[i] += g * xi
			}
			if dxs != nil {
				w := d.w[o*n : o*n+n]
				w = w[:len(xs)]
				for i, wi := range w {
					dxs[i] += g * wi
				}
			}
		}
	}
}
