// Package learn is bioplay's small learning kit: 2-D classification data
// sets, layers stacked into a Network, activations, the BCE and MSE losses,
// and a steppable Trainer with SGD (momentum) and Adam and per-group
// learning-rate multipliers. The quadratic-neuron lab builds on it
// (models/quadratic); the KAN lab and the swimmer's MLP are meant to reuse
// it, so nothing here knows about quadratic neurons beyond the parameter
// roles of ReLinear training.
//
// Spec: shared/specs/neurons.md part A — §A.4 (batch-form forward and
// backward pass: the Layer contract), §A.5 (ReLinear: parameter groups with
// their own learning-rate multipliers γ_g, γ_b and the shrink toward the
// linear reference, TrainConfig), §A.9 (the demo data sets, MakeData),
// §A.10 (the sanity checks the tests run). Issue 5 lists the data sets.
//
// # Use
//
// MakeData draws a seeded train/test split. A Network is built from Layers
// (NewDense here, quadratic.NewLayer in models/quadratic) with NewNetwork.
// NewTrainer(net, train, cfg, seed) owns the optimiser state; each Step is
// one optimiser step on one mini-batch (or the full batch) and allocates
// nothing after the first. Evaluate scores any point set. Predict and
// Activations read the network for drawing and allocate nothing.
// CheckGradients compares Backprop with central differences (§A.10.1) for
// any layer a lab adds.
//
// # Determinism
//
// Everything is a function of the configuration and the seed, bit for bit,
// natively and under GOOS=js. The standard library's Exp and Log use
// assembly on amd64 but pure Go under wasm, and the two can differ in the
// last bit, so this package computes exp and log itself (exp.go, after
// fdlibm) and draws Gaussians by Box–Muller with them instead of
// rand.NormFloat64.
//
// # Symbols
//
//	spec (§A.4, §A.5)                  Go
//	X (B×n), Z, Y = σ(Z)               Layer.Forward's x and z; Network's activations
//	dZ, dX                             Layer.Backward's dz and dx
//	parameter groups r, g, b (§A.5)    Group, Group.Role: Base, Gate, Square
//	γ_g, γ_b                           TrainConfig.GammaG, TrainConfig.GammaB
//	λ (weight shrink, our design)      TrainConfig.Shrink, Group.Ref
//	η                                  TrainConfig.LR
//
// # Our choices
//
// Each is marked "Our choice:" where it is made: the data-set geometry
// (datasets.go), Gaussian noise on both coordinates after labelling,
// balanced classes, weight initialisation (init.go), the ReLU derivative 0
// at 0, class 1 when the output is above 0.5, the mini-batch schedule
// (reshuffle every epoch, drop the short tail), Adam's constants, and
// applying the single Shrink to both quadratic groups.
package learn
