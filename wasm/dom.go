//go:build js && wasm

package main

import (
	"fmt"
	"runtime/debug"
	"syscall/js"
)

var (
	window   = js.Global()
	document = window.Get("document")
)

// el creates an element with attributes given as name, value pairs.
func el(tag string, attrs ...string) js.Value {
	e := document.Call("createElement", tag)
	for i := 0; i+1 < len(attrs); i += 2 {
		e.Call("setAttribute", attrs[i], attrs[i+1])
	}
	return e
}

// withText sets e's text content and returns e.
func withText(e js.Value, s string) js.Value {
	e.Set("textContent", s)
	return e
}

// add appends children to parent and returns parent.
func add(parent js.Value, children ...js.Value) js.Value {
	for _, c := range children {
		parent.Call("appendChild", c)
	}
	return parent
}

// on attaches a Go handler to an event of e. The function lives as long as
// the page (controls are rebuilt rarely, on a lab switch), so it is kept.
func on(e js.Value, event string, f func(ev js.Value)) {
	e.Call("addEventListener", event, js.FuncOf(func(_ js.Value, args []js.Value) any {
		var ev js.Value
		if len(args) > 0 {
			ev = args[0]
		}
		caught(event+" handler", func() { f(ev) })
		return nil
	}))
}

// warn writes to the browser console.
func warn(args ...any) { window.Get("console").Call("warn", args...) }

// caught runs f, turning a panic in it into a console error instead of the
// end of the Go program (a dead page). what names the caller for the log.
func caught(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			window.Get("console").Call("error", fmt.Sprintf("bioplay: %s panicked: %v\n%s", what, r, debug.Stack()))
		}
	}()
	f()
}
