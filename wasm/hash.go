//go:build js && wasm

package main

import (
	"net/url"
	"strings"

	"bioplay/models/param"
)

// bootState is what the URL hash asks for: a lab, its parameter pairs, and
// the page-level keys a course page sets (embed, controls, autoplay,
// title, relay, relay-hz, tag).
type bootState struct {
	lab      string
	embed    bool
	autoplay bool
	title    string
	controls map[string]bool // nil: every control is shown
	pairs    []param.Pair
	extra    []param.Pair // the page-level keys other than lab, as given, written back into the hash
	bad      []string     // malformed items
}

// readHash parses location.hash. A missing lab= means the first lab.
func readHash() bootState {
	pairs, errs := param.SplitHash(window.Get("location").Get("hash").String())
	st := bootState{lab: labs[0].Name, pairs: pairs, autoplay: true}
	for _, e := range errs {
		st.bad = append(st.bad, e.Error())
	}
	for _, pr := range pairs {
		if !param.Reserved(pr.Key) {
			continue
		}
		switch pr.Key {
		case "lab":
			st.lab = pr.Value
			continue
		case "embed":
			st.embed = pr.Value == "1" || pr.Value == "true"
		case "autoplay":
			st.autoplay = !(pr.Value == "0" || pr.Value == "false")
		case "title":
			st.title = pr.Value
		case "controls":
			st.controls = map[string]bool{}
			for _, c := range strings.Split(pr.Value, ",") {
				st.controls[strings.TrimSpace(c)] = true
			}
		}
		st.extra = append(st.extra, pr)
	}
	return st
}

// hashText is the fragment for the current state, without '#'.
func (p *page) hashText() string {
	var b strings.Builder
	b.WriteString(p.values.Encode())
	for _, e := range p.extra {
		b.WriteString("&" + e.Key + "=" + url.QueryEscape(e.Value))
	}
	return b.String()
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
	p.applyPageKeys(st)
	problems, err := p.open(st.lab, st.pairs)
	if err != nil {
		problems = append(problems, err.Error())
		p.writeHash()
	}
	p.Message(joinLines(append(st.bad, problems...)))
}

// applyPageKeys takes the page-level settings of a hash.
func (p *page) applyPageKeys(st bootState) {
	p.extra, p.controls, p.title = st.extra, st.controls, st.title
	p.setEmbed(st.embed)
}
