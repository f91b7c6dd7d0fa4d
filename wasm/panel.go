//go:build js && wasm

package main

import (
	"strings"
	"syscall/js"

	"bioplay/models/param"
)

// panel is the HTML control panel: lab picker, transport buttons, one
// labelled control per schema parameter, the live readout and the message
// area. It is placed before Ebiten's canvas in the DOM, so the tab order
// runs through it first.
type panel struct {
	root, msg, params, actions, readout, play js.Value
	controls                                  []*control
	readoutRows                               map[string]js.Value
	report                                    *reportView
	live                                      js.Value // the screen readers' summary, about once a second
	ticks                                     int
}

// newPanel builds the fixed parts of the panel and puts it in the body.
func newPanel(p *page) *panel {
	pn := &panel{root: el("aside", "id", "panel", "aria-label", "Lab controls")}
	picker := el("select", "id", "lab-picker")
	for _, l := range labs {
		add(picker, withText(el("option", "value", l.Name), l.Title))
	}
	on(picker, "change", func(js.Value) {
		problems, err := p.open(picker.Get("value").String(), nil)
		if err != nil {
			problems = append(problems, err.Error())
		}
		p.Message(joinLines(problems))
	})
	head := add(el("header"), withText(el("h1"), "bioplay"),
		add(el("div", "class", "picker"), withText(el("label", "for", "lab-picker"), "Lab"), picker))

	pn.msg = el("div", "id", "message", "role", "alert", "aria-live", "assertive")
	pn.play = el("button", "id", "play", "type", "button", "aria-pressed", "false",
		"title", "Play or pause the model (Space when the canvas has focus)")
	on(pn.play, "click", func(js.Value) { p.host.TogglePlay(); pn.tick(p) })
	step := withText(el("button", "id", "step", "type", "button",
		"title", "Advance one frame's worth of model steps (the Speed setting)"), "Step")
	on(step, "click", func(js.Value) { p.host.StepFrame() })
	reset := withText(el("button", "id", "reset", "type", "button",
		"title", "Restart the run from its seed with the current settings"), "Reset")
	on(reset, "click", func(js.Value) { p.host.Reset(p.values) })
	transport := add(el("div", "class", "transport", "role", "group", "aria-label", "Run"), pn.play, step, reset)

	pn.params = el("div", "class", "params")
	pn.actions = el("div", "class", "actions", "role", "group", "aria-label", "Lab actions")
	png := withText(el("button", "id", "save-png", "type", "button", "title", "Download the canvas as a PNG image"), "Save PNG")
	on(png, "click", func(js.Value) { p.host.SavePNG() })
	pn.report = newReportView()
	settings := add(el("details", "id", "settings"), withText(el("summary"), "Parameters"), pn.params)
	settings.Set("open", !p.embed)
	pn.readout = el("dl", "id", "readout")
	numbers := add(el("section", "aria-label", "Live numbers"), withText(el("h2"), "Live numbers"), pn.readout)
	pn.live = el("p", "id", "live", "class", "sr-only", "aria-live", "polite")
	add(pn.root, head, pn.msg, transport, settings, pn.actions, png, newSharePanel(p), pn.report.root, numbers, pn.live)
	body := document.Get("body")
	body.Call("insertBefore", pn.root, body.Get("firstChild"))
	return pn
}

// build replaces the parameter controls and readout with the current lab's.
func (pn *panel) build(p *page) {
	document.Call("getElementById", "lab-picker").Set("value", p.lab.Name)
	title := p.lab.Title
	if p.title != "" {
		title = p.title
	}
	document.Set("title", title+" · bioplay")
	pn.params.Set("innerHTML", "")
	pn.actions.Set("innerHTML", "")
	pn.controls = pn.controls[:0]
	for _, sp := range p.values.Schema().Specs {
		if p.controls != nil && !p.controls[sp.Name] {
			continue // a course page hid it (controls=…); the value still applies
		}
		c := newControl(sp, p)
		pn.controls = append(pn.controls, c)
		if sp.Kind == param.Action {
			add(pn.actions, c.root)
		} else {
			add(pn.params, c.root)
		}
	}
	pn.refresh(p.values)
	pn.readout.Set("innerHTML", "")
	pn.readoutRows = map[string]js.Value{}
	for _, m := range p.host.Metrics() {
		dd := el("dd", "id", "metric-"+m.Name)
		add(pn.readout, withText(el("dt"), m.Label), dd)
		pn.readoutRows[m.Name] = dd
	}
}

// refresh shows the current values in every control.
func (pn *panel) refresh(v *param.Values) {
	for _, c := range pn.controls {
		c.show(v)
	}
}

// message shows text in the message area; "" clears and hides it.
func (pn *panel) message(text string) {
	pn.msg.Set("textContent", text)
	pn.msg.Set("hidden", text == "")
}

func joinLines(lines []string) string { return strings.Join(lines, "\n") }
