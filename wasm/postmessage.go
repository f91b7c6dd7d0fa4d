//go:build js && wasm

package main

import (
	"errors"
	"fmt"
	"syscall/js"

	"bioplay/models/param"
)

// postCommands are the requests a course page may post to a framed lab.
const postCommands = "set, get, play, pause, step, reset, metrics, params"

// installPostMessage lets the page that frames the lab drive it with
// window.postMessage (web.md §1.2): a message {bioplay: command, id, name?,
// value?, n?} from window.parent is answered to its sender and origin with
// {bioplay: "reply", id, ok: true, value} or {bioplay: "reply", id, ok:
// false, error}. Messages from any other window, and messages without a
// string bioplay field, are ignored, as is everything when the lab is not
// framed. It also starts the event relay the URL asks for (relay.go),
// whose bad keys are reported framed or not.
func installPostMessage(p *page) {
	parent := window.Get("parent")
	framed := !parent.IsUndefined() && !parent.IsNull() && !parent.Equal(window)
	startRelay(p, framed)
	if !framed {
		return
	}
	on(window, "message", func(ev js.Value) {
		if ev.IsUndefined() || !ev.Get("source").Equal(window.Get("parent")) {
			return
		}
		data := ev.Get("data")
		if typeOf(data) != js.TypeObject || typeOf(data.Get("bioplay")) != js.TypeString {
			return
		}
		cmd := data.Get("bioplay").String()
		if cmd == "reply" || cmd == "event" { // our own kinds: never requests
			return
		}
		reply := map[string]any{"bioplay": "reply", "id": data.Get("id"), "ok": true}
		value, err := p.command(cmd, data)
		if err != nil {
			reply["ok"], reply["error"] = false, err.Error()
		} else {
			reply["value"] = value
		}
		ev.Get("source").Call("postMessage", reply, ev.Get("origin"))
	})
}

// command runs one posted request with the validation window.bioplay uses
// and returns the reply's value or the error to report.
func (p *page) command(cmd string, data js.Value) (any, error) {
	switch cmd {
	case "set":
		name, err := nameField(cmd, data)
		if err != nil {
			return nil, err
		}
		if data.Get("value").IsUndefined() {
			return nil, fmt.Errorf("set: the message needs a value field")
		}
		text, err := valueText([]js.Value{data.Get("value")}, 0, name)
		if err == nil {
			err = p.set(name, text)
		}
		if err != nil {
			return nil, err
		}
		p.Message("")
		v, _ := p.get(name) // an action has no value: null
		return v, nil
	case "get":
		name, err := nameField(cmd, data)
		if err != nil {
			return nil, err
		}
		v, ok := p.get(name)
		if !ok {
			return nil, fmt.Errorf("get: %s is not a parameter of %s", param.Quote(name), p.lab.Name)
		}
		return v, nil
	case "play":
		p.host.Play()
	case "pause":
		p.host.Pause()
	case "step":
		return nil, p.step(data.Get("n"))
	case "reset":
		p.host.Reset(p.values)
	case "metrics":
		return metricsJS(p), nil
	case "params":
		return paramsJS(p.values), nil
	default:
		return nil, fmt.Errorf("unknown command %s; commands: %s", param.Quote(cmd), postCommands)
	}
	return nil, nil
}

// nameField returns the message's name field, which must be a string.
func nameField(cmd string, data js.Value) (string, error) {
	n := data.Get("name")
	if typeOf(n) != js.TypeString {
		return "", errors.New(cmd + ": the message needs a name field (a string)")
	}
	return n.String(), nil
}
