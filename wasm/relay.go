//go:build js && wasm

package main

import (
	"fmt"
	"strconv"
	"strings"
	"syscall/js"

	"bioplay/models/param"
)

// Relay rates, in events per second, for relay-hz=.
const (
	relayHzDefault = 1.0
	relayHzMin     = 0.1
	relayHzMax     = 10.0
)

// relayConfig is what the URL asks to be relayed to the framing page:
// relay=metrics,done, relay-hz=N and tag=TEXT.
type relayConfig struct {
	metrics, done bool
	hz            float64
	tag           string
	problems      []string // bad relay or relay-hz values, for the message area
}

// readRelay parses the relay keys of a location.hash.
func readRelay(hash string) relayConfig {
	c := relayConfig{hz: relayHzDefault}
	pairs, _ := param.SplitHash(hash) // malformed items are reported by readHash
	for _, pr := range pairs {
		switch pr.Key {
		case "relay":
			for _, name := range strings.Split(pr.Value, ",") {
				switch name = strings.TrimSpace(name); name {
				case "metrics":
					c.metrics = true
				case "done":
					c.done = true
				case "":
				default:
					c.problems = append(c.problems, fmt.Sprintf("relay: %s is not an event; events: metrics, done", param.Quote(name)))
				}
			}
		case "relay-hz":
			hz, err := strconv.ParseFloat(pr.Value, 64)
			if err != nil || !(hz >= relayHzMin && hz <= relayHzMax) {
				c.problems = append(c.problems, fmt.Sprintf("relay-hz: %s must be a number in [%g, %g] events per second (kept %g)",
					param.Quote(pr.Value), relayHzMin, relayHzMax, relayHzDefault))
				continue
			}
			c.hz = hz
		case "tag":
			c.tag = pr.Value
		}
	}
	return c
}

// startRelay posts {bioplay: "event", name, tag, value} to window.parent
// (targetOrigin "*": the events carry nothing private) for the events the
// URL lists: "metrics" with metrics() at relay-hz, and "done" each time the
// lab's done metric turns 1 (a lab without one never sends it). The keys
// are read once, when the page starts; bad ones are reported in the
// message area. Nothing is posted unless the page is framed.
func startRelay(p *page, framed bool) {
	c := readRelay(window.Get("location").Get("hash").String())
	if len(c.problems) > 0 {
		for _, pr := range c.problems {
			warn("bioplay: " + pr)
		}
		appendMessage(p, joinLines(c.problems))
	}
	if !framed {
		return
	}
	post := func(name string, value any) {
		window.Get("parent").Call("postMessage",
			map[string]any{"bioplay": "event", "name": name, "tag": c.tag, "value": value}, "*")
	}
	if c.metrics {
		window.Call("setInterval", js.FuncOf(func(js.Value, []js.Value) any {
			post("metrics", metricsJS(p))
			return nil
		}), 1000/c.hz)
	}
	if c.done {
		wasDone := false
		window.Call("setInterval", js.FuncOf(func(js.Value, []js.Value) any {
			done := false
			for _, m := range p.host.Metrics() {
				if m.Name == "done" {
					done = m.Value == 1
				}
			}
			if done && !wasDone {
				post("done", metricsJS(p))
			}
			wasDone = done
			return nil
		}), tickEvery)
	}
}

// appendMessage adds text to what the message area already shows.
func appendMessage(p *page, text string) {
	if old := p.panel.msg.Get("textContent").String(); old != "" && !p.panel.msg.Get("hidden").Bool() {
		text = old + "\n" + text
	}
	p.Message(text)
}
