//go:build js && wasm

// Package quadlab draws the quadratic-neuron lab (models/quadratic, Fan et
// al.): a small network trained live on 2-D data, TensorFlow-Playground
// style. The output's decision heatmap with the data on top, a thumbnail
// heatmap per neuron (click one to see it large), links drawn by sign and
// size, loss and accuracy curves, the conic boundary and its equation when
// the network is one neuron, and a conventional network of the same shape
// beside it in compare mode.
package quadlab
