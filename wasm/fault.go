//go:build js && wasm

package main

import (
	"syscall/js"

	"bioplay/ui"
)

// Fault shows that the lab's scene panicked: a box over the canvas with
// the message and two ways on, and the whole stack in the console. The
// URL keeps the lab's parameters, so "Reset this lab" rebuilds exactly
// what the reader had and a reload does too.
func (p *page) Fault(f *ui.Fault) {
	window.Get("console").Call("error", "bioplay: "+p.lab.Name+" lab: "+f.Error()+"\n"+f.Stack)
	p.hideFault()
	box := el("div", "id", "fault", "role", "alertdialog", "aria-labelledby", "fault-title", "aria-describedby", "fault-text")
	again := withText(el("button", "id", "fault-reset", "type", "button",
		"title", "Rebuild the lab from the parameters in the address bar"), "Reset this lab")
	on(again, "click", func(js.Value) { p.rebuild(false) })
	defaults := withText(el("button", "id", "fault-defaults", "type", "button",
		"title", "Open the lab with its default parameters"), "Open with defaults")
	on(defaults, "click", func(js.Value) { p.rebuild(true) })
	add(box,
		withText(el("h2", "id", "fault-title"), "The "+p.lab.Title+" lab stopped"),
		withText(el("p", "id", "fault-text"), f.Error()+". Your parameters are kept in the address bar; the details are in the browser console."),
		add(el("div", "class", "transport"), again, defaults))
	add(document.Get("body"), box)
	again.Call("focus")
}

// hideFault removes the fault box, if any.
func (p *page) hideFault() {
	if old := document.Call("getElementById", "fault"); !old.IsNull() {
		old.Call("remove")
	}
}

// rebuild replaces a stopped scene by a new one built from the current
// values, or opens the lab with its defaults when defaults is true.
func (p *page) rebuild(defaults bool) {
	p.hideFault()
	var err error
	if defaults {
		var problems []string
		problems, err = p.open(p.lab.Name, nil)
		p.Message(joinLines(problems))
	} else {
		var s ui.Scene
		if s, err = p.lab.New(p.values, p); err == nil {
			p.host.Open(s)
			p.Message("")
		}
	}
	if err != nil {
		p.Message(err.Error())
	}
}
