//go:build js && wasm

// Package sortlab draws the self-sorting-array lab (models/sorting): the
// array as bars coloured by algotype, frozen cells marked by damage mode,
// swaps flashed, and live charts of sortedness, monotonicity error and
// aggregation against swaps. A click on a bar freezes or unfreezes that
// cell in the running array and is recorded, so the page's link replays it.
package sortlab
