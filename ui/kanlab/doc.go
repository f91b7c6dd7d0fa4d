//go:build js && wasm

// Package kanlab is the KAN lab's scene: a Kolmogorov–Arnold network
// learning live, every edge's function drawn on the edge and bending as it
// trains, one edge shown large with its spline coefficients and base part,
// the target beside the prediction, and the RMSE with the grid
// refinements marked.
package kanlab
