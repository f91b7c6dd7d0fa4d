//go:build js && wasm

package main

import (
	"fmt"
	"strings"

	"bioplay/models/param"
	"bioplay/ui"
)

// page is the one document: the current lab, its parameter values (the
// single source the controls, the URL and the API read), the panel and the
// host that runs the scene. All its methods run on the JS event loop.
type page struct {
	lab    ui.Lab
	values *param.Values
	host   *ui.Host
	panel  *panel
	embed  bool

	extra    []param.Pair    // page-level URL keys to keep in the hash
	controls map[string]bool // the parameter controls to show; nil: all
	title    string          // a course page's title for the lab, or ""
}

// open switches to the lab called name with pairs applied over its
// defaults, and returns the problems found in pairs. An unknown lab is an
// error and changes nothing.
func (p *page) open(name string, pairs []param.Pair) (problems []string, err error) {
	lab, ok := findLab(name)
	if !ok {
		return nil, fmt.Errorf("lab: %s is not a lab; labs: %s", param.Quote(name), strings.Join(labNames(), ", "))
	}
	v := lab.Schema().Defaults()
	errs, unknown := v.SetPairs(pairs)
	for _, e := range errs {
		problems = append(problems, e.Error()+" (kept "+defaultOf(v, e)+")")
	}
	for _, k := range unknown {
		warn(fmt.Sprintf("bioplay: URL key %s is not a parameter of %s; ignored", param.Quote(k), lab.Name))
	}
	scene, err := lab.New(v, p)
	if err != nil {
		return problems, err
	}
	p.lab, p.values = lab, v
	if p.host == nil {
		p.host = ui.NewHost(scene, p, true)
	} else {
		p.host.Open(scene)
	}
	p.panel.build(p)
	p.writeHash()
	return problems, nil
}

// defaultOf names the value kept after a rejected URL value.
func defaultOf(v *param.Values, err error) string {
	if pe, ok := err.(*param.Error); ok {
		if t, ok := v.Get(pe.Name); ok {
			return pe.Name + "=" + t
		}
	}
	return "the previous value"
}

// set is the one way a parameter changes from outside the model: controls,
// the URL, window.bioplay.set. It validates at once and returns the error,
// or queues the change for the model and updates the panel and the URL.
func (p *page) set(name, text string) error {
	sp, ok := p.values.Schema().Lookup(name)
	if ok && sp.Kind == param.Action {
		p.host.Act(name)
		return nil
	}
	if err := p.values.Set(name, text); err != nil {
		return err
	}
	p.host.Configure(p.values, name, sp.Reset)
	p.changed()
	return nil
}

// changed brings the controls and the URL in line with the values.
func (p *page) changed() {
	p.panel.refresh(p.values)
	p.writeHash()
}

// ParamChanged records a value the scene changed itself (clicked cells):
// the values, controls and URL follow; the model already has it.
func (p *page) ParamChanged(name, text string) {
	if err := p.values.Set(name, text); err != nil {
		p.Message(err.Error())
		return
	}
	p.changed()
}

// Message shows text in the message area; "" clears it.
func (p *page) Message(text string) { p.panel.message(text) }

// Replace takes all of the lab's values from v (a preset): the controls
// and the URL follow; the scene has already applied them.
func (p *page) Replace(v *param.Values) {
	p.values = v.Clone()
	p.changed()
}
