//go:build js && wasm

package ui

import (
	"bioplay/models/param"
)

// command is one queued request from the page, applied by Update.
type command struct {
	kind   commandKind
	name   string        // parameter or action name
	values *param.Values // a snapshot of the lab's values
	reset  bool
	n      int
	scene  Scene
}

type commandKind uint8

const (
	configure commandKind = iota // values changed
	open                         // switch to another lab's scene
	step                         // take n more steps
	reset                        // rebuild the model from the current values
	action                       // run a schema action
)

// maxPending bounds the queued steps, so repeated huge step(n) calls
// cannot overflow the counter.
const maxPending = 1 << 40

func (h *Host) push(c command) {
	h.mu.Lock()
	h.queue = append(h.queue, c)
	h.mu.Unlock()
}

// Configure queues a parameter change: v is the lab's values after the
// change (the host keeps a snapshot), name the changed parameter and reset
// whether the model must be rebuilt.
func (h *Host) Configure(v *param.Values, name string, reset bool) {
	h.push(command{kind: configure, values: v.Clone(), name: name, reset: reset})
}

// Open queues a switch to another lab's scene.
func (h *Host) Open(s Scene) { h.push(command{kind: open, scene: s}) }

// Step queues n more model steps, taken over as many frames as the budget
// needs.
func (h *Host) Step(n int) { h.push(command{kind: step, n: n}) }

// StepFrame queues one frame's worth of steps (the scene's Speed).
func (h *Host) StepFrame() { h.push(command{kind: step, n: -1}) }

// Reset queues a rebuild of the model from its current values and seed.
func (h *Host) Reset(v *param.Values) { h.push(command{kind: reset, values: v.Clone()}) }

// Act queues the schema action called name.
func (h *Host) Act(name string) { h.push(command{kind: action, name: name}) }

// drain applies the queued commands in order. A scene's error goes to the
// page's message area; the scene keeps its previous state.
func (h *Host) drain() {
	h.mu.Lock()
	q := h.queue
	h.queue = nil
	h.mu.Unlock()
	for _, c := range q {
		var err error
		switch c.kind {
		case configure:
			err = h.scene.Configure(c.values, c.name, c.reset)
		case reset:
			h.pending = 0
			err = h.scene.Configure(c.values, "", true)
		case open:
			h.openScene(c.scene)
		case step:
			n := c.n
			if n < 0 {
				n = h.scene.Speed()
			}
			h.pending = min(h.pending+n, maxPending)
		case action:
			err = h.scene.Action(c.name)
		}
		if err != nil {
			h.page.Message(err.Error())
		}
	}
}

// openScene makes s the running scene, clearing any fault of the old one.
func (h *Host) openScene(s Scene) {
	h.scene, h.pending = s, 0
	h.mu.Lock()
	h.fault = nil
	h.mu.Unlock()
}

// drainOpen applies only the queued lab switches (the last one wins): what
// a stopped scene can still take. Everything else in the queue is dropped,
// since it was meant for the scene that stopped.
func (h *Host) drainOpen() {
	h.mu.Lock()
	q := h.queue
	h.queue = nil
	h.mu.Unlock()
	var s Scene
	for _, c := range q {
		if c.kind == open {
			s = c.scene
		}
	}
	if s != nil {
		h.openScene(s)
		h.setPlaying(true)
	}
}
