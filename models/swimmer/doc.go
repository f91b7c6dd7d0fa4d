// Package swimmer is the swimmer lab's model: the DeepMind Control Suite
// swimmer in MuJoCo's quadratic inertia-box fluid, simulated without
// MuJoCo, driven by the NCAP C. elegans circuit (Bhattasali, Zador &
// Engel, NeurIPS 2022, arXiv 2201.05242), an open-loop travelling wave,
// an MLP, zero or random actions, and trained by evolution strategies
// (package evo).
//
// Spec: shared/specs/swimmer.md. Physics §2.2 (body.go, dynamics.go,
// cholesky.go), the soft joint limits §2.3 (limits.go), observations,
// reward and resets §1.3–1.5, §2.4 (sim.go, observe.go), NCAP §3
// (ncap.go, ncap_forward.go), baselines §4 (controller.go, mlp.go), ES §5
// (trainer.go), the goldens §2.5 (golden_test.go, ncap_test.go).
//
// # Use
//
// NewBody(links, density) builds a body once; NewSim(body) a running
// swimmer whose Step(ctrl) advances one 0.03 s control step (15 physics
// steps) and returns the swim reward. A Controller (NewNCAP, NewSine,
// NewZero, NewRandom, NewMLP) writes actions from a Sim. NewEpisode and
// Run drive a controller for an episode, resumably; NewTrainer trains a
// controller's Params by ES in slices of control steps. Schema and
// SetupFrom connect the lab's parameters to a Setup.
//
// # Spec symbols
//
//	spec                         Go
//	N links, n = N−1 joints      Body.Links, Body.Joints
//	q = (x, y, θ, q_1..q_n)      Sim.Qpos (MuJoCo order), Sim.Qvel
//	φ_k                          Sim.LinkAngle
//	c_k, nose                    Sim.LinkCentre, Sim.Nose
//	Â_i (dof_invweight0)         Body.InvWeight0
//	v, r = clamp(v/0.1, 0, 1)    Sim.ForwardSpeed, SwimReward
//	T (oscillator period)        NCAPConfig.Period
//	w_prop, w_osc, w_ipsi,       NCAP.Params order WProp, WOsc, WIpsi,
//	w_contra                     WContra
//	A, T, λ (sine)               NewSine's amplitude, period, wavelength
//
// # Our choices
//
// The angular system is solved after eliminating x and y (a Schur
// complement), and the joint-limit LCP exactly by active-set pivoting
// with a warm start, instead of spec §2.3's 30 Gauss–Seidel sweeps; both
// reproduce the goldens to the printed digits. Also ours: the MLP's size,
// tanh output and init (mlp.go); the sine's default λ (params.go); the
// evaluation starts of training (trainer.go); the Controller interface's
// Joints and Clone; the ES defaults of spec §5.1 rather than the
// reference script's.
//
// Determinism: no global state, no clock; every random draw comes from a
// PCG generator seeded from the setup, so a run is bit-identical natively
// and under WebAssembly.
package swimmer
