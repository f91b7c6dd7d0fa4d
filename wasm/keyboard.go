//go:build js && wasm

package main

import "syscall/js"

// freeTab undoes Ebiten's keyboard trap (web.md §2.3): Ebiten cancels every
// keydown on its canvas, so Tab could never leave it. A capture-phase
// listener on window runs before the canvas's own and stops Tab from
// reaching it, so the browser moves focus as usual. Other keys still reach
// Ebiten (Space toggles play).
func freeTab() {
	window.Call("addEventListener", "keydown", js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) > 0 && args[0].Get("key").String() == "Tab" {
			args[0].Call("stopPropagation")
		}
		return nil
	}), true)
}

// adoptCanvas fixes the canvas Ebiten made: tabindex 0 instead of 1 (so it
// follows the panel in the tab order instead of preceding every control),
// an image role and a label. Ebiten creates the canvas during package
// initialisation, so it exists when main runs.
func adoptCanvas(label string) {
	c := document.Call("querySelector", "canvas")
	if c.IsNull() {
		return
	}
	c.Call("setAttribute", "tabindex", "0")
	c.Call("setAttribute", "role", "img")
	c.Call("setAttribute", "aria-label", label)
}
