//go:build js && wasm

package main

import (
	"fmt"
	"strings"
	"syscall/js"
)

// tickEvery is how often the panel's readout, play button, insets and
// canvas label follow the model.
const tickEvery = 250 // ms

// startTicker refreshes the panel from the host four times a second. On the
// first drawn frame it removes the loading placeholder.
func startTicker(p *page) {
	loaded := false
	window.Call("setInterval", js.FuncOf(func(js.Value, []js.Value) any {
		if !loaded && p.host.Frames() > 0 {
			loaded = true
			if l := document.Call("getElementById", "loading"); !l.IsNull() {
				l.Call("remove")
			}
			document.Get("body").Get("classList").Call("add", "ready")
		}
		p.panel.tick(p)
		return nil
	}), tickEvery)
}

// tick updates the play button, the readout, the canvas label and the
// area of the canvas the panel covers.
func (pn *panel) tick(p *page) {
	playing := p.host.Playing()
	label := "Play"
	if playing {
		label = "Pause"
	}
	pn.play.Set("textContent", label)
	pn.play.Call("setAttribute", "aria-pressed", fmt.Sprint(playing))
	var summary []string
	for _, m := range p.host.Metrics() {
		text := m.Text()
		if dd, ok := pn.readoutRows[m.Name]; ok && dd.Get("textContent").String() != text {
			dd.Set("textContent", text)
		}
		if len(summary) < 4 {
			summary = append(summary, m.Label+" "+text)
		}
	}
	pn.report.show(p.host.Report())
	text := p.lab.Title + " lab, live view. " + strings.Join(summary, ", ") + "."
	adoptCanvas(text)
	if pn.ticks++; pn.ticks%4 == 0 && pn.live.Get("textContent").String() != text {
		pn.live.Set("textContent", text) // an aria-live region: about once a second
	}
	r := pn.root.Call("getBoundingClientRect")
	w, h := window.Get("innerWidth").Float(), window.Get("innerHeight").Float()
	if r.Get("top").Float() > 0 { // panel docked at the bottom
		p.host.SetInsets(0, int(h-r.Get("top").Float()))
	} else {
		p.host.SetInsets(int(w-r.Get("left").Float()), 0)
	}
}
