// Package kan is the KAN lab's model: Kolmogorov–Arnold networks whose
// edges carry learnable functions φ = w_b·silu(x) + w_s·Σ c_m B_m(x) on a
// per-input-node B-spline grid (spec neurons.md part B, issue 6).
//
// Network holds the layers (B.2–B.4: only the k+1 non-zero bases are
// evaluated, hand-written backward pass including the input gradient
// through B′) with pykan's initialisation (B.5), and the grid operations
// of B.6: UpdateGrid (percentile/uniform blend, least-squares refit) and
// Extend (grid extension G → G′ by least squares, gonum/mat). Trainer
// steps Adam or SGD from the shared kit (learn.Updater), runs the grid
// update schedule, refines with learning-rate decay, and pauses on the
// first NaN with a *NaNError saying where. Tasks and MakeData give the
// targets of B.14 and learn's 2-D classification sets; MLPTrainer is the
// comparison MLP of about the same parameter count. Schema, Setup and
// SetupFrom declare the lab's parameters once for page, URL and CLI.
//
// Issue 7 adds the other bases (rbf, cheby, fourier, wavelet), the
// Select gate and its phases, sparsification, pruning and symbolic
// snapping, and Benchmark, the seven-task function-fitting table of every
// family, Select and the MLP under one protocol. Speed notes: the RBF and
// wavelet rows take two exps per input (gauss.go), the first layer's
// basis rows are reused while its inputs repeat (reuse.go), and the grid
// update works in buffers kept by the Network (gridwork.go).
//
// Everything is float64 and seeded: the same setup and seed give the same
// run natively and under wasm (the logistic and exp come from learn's
// portable versions). Nothing here is safe for concurrent use.
package kan
