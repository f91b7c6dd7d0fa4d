//go:build js && wasm

package ui

import (
	"fmt"
	"runtime/debug"
)

// Fault is a panic caught at a frame boundary: the lab stopped, the Go
// program and the page did not. The page shows it with a way to rebuild
// the lab from its (unchanged) parameters.
type Fault struct {
	Where   string // "update" or "draw"
	Message string // the panic value
	Stack   string // the goroutine's stack at the panic, for the console
}

// Error returns "the lab stopped in <where>: <message>".
func (f *Fault) Error() string { return "the lab stopped in " + f.Where + ": " + f.Message }

// injected is the panic value of InjectFault, so tests can tell it apart.
const injected = "injected fault (window.bioplay.injectFault)"

// guard runs f and turns a panic in it into the host's fault: the scene is
// no longer called, the model pauses and the page is told. It reports
// whether f returned normally.
func (h *Host) guard(where string, f func()) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			flt := &Fault{Where: where, Message: fmt.Sprint(r), Stack: string(debug.Stack())}
			h.mu.Lock()
			h.fault, h.playing = flt, false
			h.mu.Unlock()
			h.pending = 0
			h.page.Fault(flt)
			ok = false
		}
	}()
	f()
	return true
}

// Fault returns the fault that stopped the lab, or nil while it runs.
func (h *Host) Fault() *Fault {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.fault
}

// faulted reports whether the lab has stopped on a fault.
func (h *Host) faulted() bool { return h.Fault() != nil }

// InjectFault makes the next Update ("update") or Draw ("draw") panic, to
// check in a real browser that a crashing lab leaves a working page. It
// returns an error for any other place.
func (h *Host) InjectFault(where string) error {
	if where != "update" && where != "draw" {
		return fmt.Errorf("injectFault: where must be \"update\" or \"draw\", got %q", where)
	}
	h.mu.Lock()
	h.inject = where
	h.mu.Unlock()
	return nil
}

// maybeInject panics if a fault was injected for where.
func (h *Host) maybeInject(where string) {
	h.mu.Lock()
	hit := h.inject == where
	if hit {
		h.inject = ""
	}
	h.mu.Unlock()
	if hit {
		panic(injected)
	}
}
