//go:build js && wasm

package main

import (
	"bioplay/models/param"
)

// bootState is what the URL hash asks for: a lab, the embed view, and
// parameter pairs for the lab.
type bootState struct {
	lab   string
	embed bool
	pairs []param.Pair
	bad   []string // malformed items
}

// readHash parses location.hash. A missing lab= means the first lab.
func readHash() bootState {
	pairs, errs := param.SplitHash(window.Get("location").Get("hash").String())
	st := bootState{lab: labs[0].Name, pairs: pairs}
	for _, e := range errs {
		st.bad = append(st.bad, e.Error())
	}
	for _, pr := range pairs {
		switch pr.Key {
		case "lab":
			st.lab = pr.Value
		case "embed":
			st.embed = pr.Value == "1" || pr.Value == "true"
		}
	}
	return st
}

// hashText is the fragment for the current state, without '#'.
func (p *page) hashText() string {
	h := p.values.Encode()
	if p.embed {
		h += "&embed=1"
	}
	return h
}

// writeHash puts the current state in the address bar without adding a
// history entry, so the address is always a link to what is on screen.
func (p *page) writeHash() {
	h := "#" + p.hashText()
	if window.Get("location").Get("hash").String() == h {
		return
	}
	window.Get("history").Call("replaceState", nil, "", h)
}

// followHash re-reads the hash after the user edits the address bar or goes
// back: the lab is reopened with the new values.
func (p *page) followHash() {
	if window.Get("location").Get("hash").String() == "#"+p.hashText() {
		return
	}
	st := readHash()
	p.setEmbed(st.embed)
	problems, err := p.open(st.lab, st.pairs)
	if err != nil {
		problems = append(problems, err.Error())
		p.writeHash()
	}
	p.Message(joinLines(append(st.bad, problems...)))
}
