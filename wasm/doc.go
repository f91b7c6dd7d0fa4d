//go:build js && wasm

// Command wasm is the bioplay page: it boots the lab named in the URL hash,
// builds the native HTML control panel from the lab's parameter schema,
// keeps the URL hash in step with every change, publishes window.bioplay,
// and runs the ui.Host with Ebiten. It is the only package that touches the
// DOM.
package main
