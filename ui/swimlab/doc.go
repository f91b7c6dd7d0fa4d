//go:build js && wasm

// Package swimlab is the swimmer lab's scene: the DM Control swimmer in its
// fluid, driven by NCAP, an open-loop wave, an MLP or nothing, drawn from
// above with a follow camera, its circuit lit by live activity, and
// evolution strategies training it in slices between frames.
package swimlab
