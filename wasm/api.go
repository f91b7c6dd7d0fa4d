//go:build js && wasm

package main

import (
	"fmt"
	"math"
	"runtime"
	"strconv"
	"syscall/js"

	"bioplay/models/param"
	"bioplay/ui"
)

// maxAPISteps bounds one step(n) call; the steps are taken over as many
// frames as the per-frame budget needs.
const maxAPISteps = 1e9

// installAPI publishes window.bioplay, the page contract of design.md used
// by tests, course pages and users. Every value crosses through page.set,
// so it is validated exactly as the controls and the URL are. Functions
// that can fail return "" on success or the error text.
func installAPI(p *page) {
	api := map[string]func(args []js.Value) any{
		"labs": func([]js.Value) any {
			out := make([]any, len(labs))
			for i, l := range labs {
				out[i] = l.Name
			}
			return out
		},
		"lab": func([]js.Value) any { return p.lab.Name },
		"open": func(args []js.Value) any {
			name, err := stringArg(args, 0, "open(name)")
			if err == nil {
				var problems []string
				problems, err = p.open(name, nil)
				p.Message(joinLines(problems))
			}
			return errText(err)
		},
		"params": func([]js.Value) any { return paramsJS(p.values) },
		"get": func(args []js.Value) any {
			name, err := stringArg(args, 0, "get(name)")
			if err != nil {
				return nil
			}
			v, _ := p.get(name)
			return v
		},
		"set": func(args []js.Value) any {
			name, err := stringArg(args, 0, "set(name, value)")
			if err != nil {
				return err.Error()
			}
			var text string
			if text, err = valueText(args, 1, name); err == nil {
				err = p.set(name, text)
			}
			if err == nil {
				p.Message("")
			}
			return errText(err)
		},
		"play":  func([]js.Value) any { p.host.Play(); return nil },
		"pause": func([]js.Value) any { p.host.Pause(); return nil },
		"step": func(args []js.Value) any {
			n := js.Undefined()
			if len(args) > 0 {
				n = args[0]
			}
			return errText(p.step(n))
		},
		"reset": func([]js.Value) any { p.host.Reset(p.values); return nil },
		"fault": func([]js.Value) any {
			if f := p.host.Fault(); f != nil {
				return f.Error()
			}
			return ""
		},
		"injectFault": func(args []js.Value) any {
			where, err := stringArg(args, 0, "injectFault(where)")
			if err == nil {
				err = p.host.InjectFault(where)
			}
			return errText(err)
		},
		"metrics": func([]js.Value) any { return metricsJS(p) },
		"frame":   func([]js.Value) any { return float64(p.host.Frames()) },
		"perf": func(args []js.Value) any {
			if len(args) > 0 && typeOf(args[0]) == js.TypeString && args[0].String() == "reset" {
				p.host.ResetMaxModelTime()
			}
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			w, h := p.host.ScreenSize()
			u := p.host.UpdateTimes(0.5, 0.9, 0.99)
			return map[string]any{
				"updates":          float64(u.Updates),
				"overBudget":       float64(u.Over),
				"budgetMs":         ui.FrameBudget.Seconds() * 1000,
				"modelMsQuantiles": []any{u.Quantiles[0].Seconds() * 1000, u.Quantiles[1].Seconds() * 1000, u.Quantiles[2].Seconds() * 1000},
				"screen":           []any{w, h},
				"modelMs":          p.host.ModelTime().Seconds() * 1000,
				"maxModelMs":       p.host.MaxModelTime().Seconds() * 1000,
				"frames":           float64(p.host.Frames()),
				"heap":             float64(ms.HeapAlloc),
				"gcs":              float64(ms.NumGC),
				"gcMaxPauseMs": func() float64 {
					m := uint64(0)
					for _, p := range ms.PauseNs {
						m = max(m, p)
					}
					return float64(m) / 1e6
				}(),
			}
		},
	}
	obj := js.Global().Get("Object").New()
	for name, f := range api {
		f := f
		obj.Set(name, js.FuncOf(func(_ js.Value, args []js.Value) any {
			var out any
			caught("window.bioplay."+name, func() { out = f(args) })
			return out
		}))
	}
	window.Set("bioplay", obj)
}

// get returns a parameter's value as the JS type of its kind, and whether
// the lab has a parameter (other than an action) called name.
func (p *page) get(name string) (any, bool) {
	sp, ok := p.values.Schema().Lookup(name)
	t, has := p.values.Get(name)
	if !ok || !has {
		return nil, false
	}
	return typedValue(sp, t), true
}

// step validates n (undefined means 1) and takes that many model steps.
func (p *page) step(n js.Value) error {
	x := 1.0
	if !n.IsUndefined() {
		if typeOf(n) != js.TypeNumber {
			return fmt.Errorf("step: n must be a number")
		}
		x = n.Float()
	}
	if math.IsNaN(x) || x != math.Trunc(x) || x < 1 || x > maxAPISteps {
		return fmt.Errorf("step: n must be a whole number in [1, %.0f], got %v", maxAPISteps, x)
	}
	p.host.Step(int(x))
	return nil
}

// metricsJS is the lab's current metrics by name, for metrics().
func metricsJS(p *page) map[string]any {
	out := map[string]any{}
	for _, m := range p.host.Metrics() {
		out[m.Name] = m.Value
	}
	return out
}

// errText is "" for nil, else the error's text: the API's failure value.
func errText(err error) string {
	if err != nil {
		return err.Error()
	}
	return ""
}

// stringArg returns args[i] if it is a string.
func stringArg(args []js.Value, i int, usage string) (string, error) {
	if len(args) <= i || typeOf(args[i]) != js.TypeString {
		return "", fmt.Errorf("%s: argument %d must be a string", usage, i+1)
	}
	return args[i].String(), nil
}

// valueText turns a JS number, boolean or string into the text Parse reads.
func valueText(args []js.Value, i int, name string) (string, error) {
	if len(args) <= i {
		return "", &param.Error{Name: name, Reason: "set needs a value"}
	}
	switch v := args[i]; typeOf(v) {
	case js.TypeNumber:
		return strconv.FormatFloat(v.Float(), 'g', -1, 64), nil
	case js.TypeBoolean:
		return strconv.FormatBool(v.Bool()), nil
	case js.TypeString:
		return v.String(), nil
	default:
		return "", &param.Error{Name: name, Reason: fmt.Sprintf("a %s is not a value; use a number, boolean or string", typeName(v))}
	}
}

// typedValue returns a parameter's value as the JS type of its kind.
func typedValue(sp param.Spec, t string) any {
	switch sp.Kind {
	case param.Number, param.Integer:
		x, _ := strconv.ParseFloat(t, 64)
		return x
	case param.Bool:
		return t == "true"
	}
	return t
}

// paramsJS describes the schema with current values, for params().
func paramsJS(v *param.Values) any {
	var out []any
	for _, sp := range v.Schema().Specs {
		d := map[string]any{
			"name": sp.Name, "label": sp.Label, "help": sp.Help, "unit": sp.Unit,
			"kind": sp.Kind.String(), "reset": sp.Reset, "allowed": sp.AllowedText(),
		}
		if sp.Kind == param.Number || sp.Kind == param.Integer {
			d["min"], d["max"], d["step"] = sp.Min, sp.Max, sp.Step
		}
		if sp.Kind == param.Choice {
			opts := make([]any, len(sp.Options))
			for i, o := range sp.Options {
				opts[i] = o
			}
			d["options"] = opts
		}
		if sp.Kind != param.Action {
			d["default"] = typedValue(sp, sp.Default)
			t, _ := v.Get(sp.Name)
			d["value"] = typedValue(sp, t)
		}
		out = append(out, d)
	}
	return out
}
