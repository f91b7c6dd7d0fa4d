//go:build js && wasm

// Package ui draws bioplay's labs with Ebiten.
//
// Host is the ebiten.Game the page runs: it owns the current lab's Scene,
// applies queued parameter changes and commands at the start of each
// Update, advances the model within a per-frame time budget, and draws the
// scene into the part of the canvas the HTML panel does not cover. A Scene
// draws one lab; it reads its model and never owns model rules, which live
// in models/.
//
// The package builds only for js/wasm: Ebiten's desktop back end needs X11
// headers this project does not install, and nothing here runs without a
// browser. Drawing maths that can be tested natively lives in ui/plot.
package ui
