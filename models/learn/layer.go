package learn

// Role says which learning-rate multiplier and shrink rule a parameter
// group follows in ReLinear training (§A.5): the reference scripts split
// the parameters by name into the linear branch r (and everything else),
// the gate branch g and the square branch b.
type Role uint8

// The roles.
const (
	// Base groups (w, b of a dense layer; w_r, b_r of a quadratic one)
	// train at the plain learning rate and are never shrunk.
	Base Role = iota
	// Gate groups (w_g, b_g) train at γ_g·η and shrink toward Group.Ref.
	Gate
	// Square groups (w_b, c) train at γ_b·η and shrink toward Group.Ref.
	Square
)

var roleNames = []string{"base", "gate", "square"}

// String returns the role's name: "base", "gate" or "square".
func (r Role) String() string { return enumName(roleNames, int(r), "role") }

// Group is one named block of a layer's parameters, with the gradient the
// last Backward wrote for it. Value and Grad alias the layer's own storage:
// writing Value changes the layer (tests and the ReLinear reset do), and
// the Trainer updates Value in place.
type Group struct {
	Name  string    // e.g. "w", "b", "w_r", "b_g", "c"; unique within a layer
	Value []float64 // the parameters, row-major out×in for weight matrices
	Grad  []float64 // ∂L/∂Value from the last Backward; same length as Value
	Role  Role      // which multiplier and shrink rule apply
	// Ref is the value Shrink pulls Gate and Square parameters toward: the
	// ReLinear reference (1 for b_g, 0 for the others). Base groups ignore it.
	Ref float64
}

// Layer is one layer of a Network. It maps a batch of inputs to
// pre-activations, batch-major: x is B×In and z is B×Out, row-major (the
// §A.4 batch form). The Network applies the activation.
//
// Forward caches what Backward needs (at least x itself, which must stay
// unchanged until Backward returns); any later Forward, including the
// single-point ones behind Network.Predict, overwrites the cache. Backward
// takes dz = ∂L/∂z for the batch of the last Forward, overwrites every
// group's Grad with ∂L/∂θ summed over the batch, and, when dx is not nil,
// writes ∂L/∂x (B×In) into it. Neither method allocates once its caches
// have grown to the largest batch seen. Layers are not safe for concurrent
// use.
type Layer interface {
	// Dims returns the layer's input and output widths.
	Dims() (in, out int)
	// Groups returns the parameter groups in a fixed order.
	Groups() []Group
	// Forward computes z (B×Out) from x (B×In) for batch rows.
	Forward(x []float64, batch int, z []float64)
	// Backward back-propagates dz (B×Out) through the last Forward.
	Backward(dz []float64, batch int, dx []float64)
	// Weight returns the weight that links input in to output out, for
	// drawing the network's links; each layer documents which one it is.
	Weight(out, in int) float64
}
