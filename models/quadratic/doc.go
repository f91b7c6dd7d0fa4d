// Package quadratic is the quadratic-neuron lab's model: Fan et al.'s
// quadratic neuron, full and compact, as layers for the learn kit, with
// ReLinear initialisation and training, the single neuron's boundary as a
// conic, and the lab's parameter schema.
//
// Paper: F.-L. Fan, M. Li, F. Wang, R. Lai, G. Wang, "On Expressivity and
// Trainability of Quadratic Networks", arXiv 2110.06081; IEEE TNNLS
// (2023), doi:10.1109/TNNLS.2023.3331380. Reference code:
// github.com/FengleiFan/ReLinear.
//
// This package implements shared/specs/neurons.md §A.2 (the full and
// compact neurons, Layer), §A.4 (batch forward and backward, forward.go
// and backward.go), §A.5 (ReLinear: the reference init, Layer.InitReLinear
// and ResetReLinear; the per-group learning rates and the shrink live in
// learn.TrainConfig), §A.9 (the demo tasks, through learn.MakeData and
// Schema) and the checks of §A.10 (the tests).
//
// # Use
//
// NewNetwork(cfg, seed) builds a learn.Network of one neuron kind;
// learn.NewTrainer trains it. For a single neuron, ConicOf gives the
// boundary z = 0 as a Conic, with Kind and String for the page's overlay.
// Schema and SetupFrom connect the lab's parameters to a Setup.
//
// # Paper symbols
//
//	spec / paper                 Go
//	w_r, b_r (linear branch)     group "w_r", "b_r" (learn.Base)
//	w_g, b_g (gate branch)       group "w_g", "b_g" (learn.Gate)
//	w_b (square weights), c      group "w_b", "c" (learn.Square)
//	r, g, q, z (§A.2)            Layer's caches R, G; Forward's z
//	γ_g, γ_b (§A.5)              learn.TrainConfig.GammaG, GammaB
//	λ (shrink, our design)       learn.TrainConfig.Shrink
//	conic z(x) = 0               Conic
//
// # Our choices
//
// The compact neuron has no separate c (it would duplicate b_r); random
// init of the quadratic groups reuses the linear groups' rules from a
// second random stream; the conic tolerances (conic.go); the lab's
// defaults and the fixed 400 points (params.go); the page's shape limits
// of 4 hidden layers of 8, with larger networks allowed from Go.
package quadratic
