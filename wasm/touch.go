//go:build js && wasm

package main

import "syscall/js"

// addTapOverlay covers an embedded lab's canvas on touch screens with a
// "Tap to interact" veil. Ebiten cancels touch events on its canvas, so a
// finger scrolling a course page would otherwise be caught by the lab
// (web.md §2.3); the veil lets the page scroll until the reader taps it.
func addTapOverlay(p *page) {
	if !p.embed || !window.Call("matchMedia", "(pointer: coarse)").Get("matches").Bool() {
		return
	}
	veil := withText(el("button", "id", "tap-to-interact", "type", "button",
		"aria-label", "Tap to interact with the lab"), "Tap to interact")
	on(veil, "click", func(js.Value) { veil.Call("remove") })
	document.Get("body").Call("appendChild", veil)
}
