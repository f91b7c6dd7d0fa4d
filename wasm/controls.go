//go:build js && wasm

package main

import (
	"strconv"
	"syscall/js"

	"bioplay/models/param"
)

// control is the HTML for one parameter: a label, one or two inputs, and
// the help line the inputs are described by.
type control struct {
	spec   param.Spec
	root   js.Value
	inputs []js.Value // the inputs showing the value (range and number for numbers)
}

// newControl builds the control for sp. Every input commits through
// page.set, so the control obeys exactly the rules the URL and API obey;
// a rejected value is reported and the control shows the kept value again.
func newControl(sp param.Spec, p *page) *control {
	c := &control{spec: sp, root: el("div", "class", "param param-"+sp.Kind.String())}
	id, helpID := "p-"+sp.Name, "p-"+sp.Name+"-help"
	help := sp.Help
	if sp.Kind == param.Number || sp.Kind == param.Integer {
		help += " Range " + sp.AllowedText() + "."
	}
	helpEl := withText(el("small", "id", helpID, "class", "help"), help)
	commit := func(input js.Value) func(js.Value) {
		return func(js.Value) {
			text := input.Get("value").String()
			if sp.Kind == param.Bool {
				text = strconv.FormatBool(input.Get("checked").Bool())
			}
			if err := p.set(sp.Name, text); err != nil {
				p.Message(err.Error())
				c.show(p.values)
				return
			}
			p.Message("")
		}
	}
	label := withText(el("label", "for", id), sp.Label)
	if sp.Unit != "" {
		add(label, withText(el("span", "class", "unit"), " ("+sp.Unit+")"))
	}
	switch sp.Kind {
	case param.Action: // a compact button; its help is the tooltip and description
		b := withText(el("button", "id", id, "type", "button", "title", sp.Help, "aria-label", sp.Label+": "+sp.Help), sp.Label)
		on(b, "click", func(js.Value) { p.set(sp.Name, "") })
		c.root = b
		return c
	case param.Number, param.Integer:
		num := el("input", "id", id, "type", "number", "aria-describedby", helpID,
			"min", fmtNum(sp.Min), "max", fmtNum(sp.Max), "step", fmtNum(sp.Step))
		on(num, "change", commit(num))
		row := el("div", "class", "row")
		if sp.Step > 0 && (sp.Max-sp.Min)/sp.Step <= 10000 {
			rng := el("input", "id", id+"-range", "type", "range", "aria-label", sp.Label+" slider",
				"aria-describedby", helpID, "min", fmtNum(sp.Min), "max", fmtNum(sp.Max), "step", fmtNum(sp.Step))
			on(rng, "input", commit(rng))
			add(row, rng)
			c.inputs = append(c.inputs, rng)
		}
		add(row, num)
		c.inputs = append(c.inputs, num)
		add(c.root, label, row, helpEl)
	case param.Bool:
		box := el("input", "id", id, "type", "checkbox", "aria-describedby", helpID)
		on(box, "change", commit(box))
		c.inputs = append(c.inputs, box)
		add(c.root, add(el("div", "class", "row"), box, label), helpEl)
	case param.Choice:
		sel := el("select", "id", id, "aria-describedby", helpID)
		for _, o := range sp.Options {
			add(sel, withText(el("option", "value", o), o))
		}
		on(sel, "change", commit(sel))
		c.inputs = append(c.inputs, sel)
		add(c.root, label, sel, helpEl)
	case param.Text:
		in := el("input", "id", id, "type", "text", "aria-describedby", helpID, "spellcheck", "false",
			"autocomplete", "off", "placeholder", sp.Allowed)
		on(in, "change", commit(in))
		c.inputs = append(c.inputs, in)
		add(c.root, label, in, helpEl)
	}
	if sp.Reset {
		c.root.Get("classList").Call("add", "resets")
	}
	return c
}

// show puts the parameter's current value into the inputs.
func (c *control) show(v *param.Values) {
	t, ok := v.Get(c.spec.Name)
	if !ok {
		return
	}
	for _, in := range c.inputs {
		if c.spec.Kind == param.Bool {
			in.Set("checked", t == "true")
		} else if in.Get("value").String() != t {
			in.Set("value", t)
		}
	}
}

func fmtNum(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }
