//go:build js && wasm

package main

import (
	"fmt"
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"
)

func main() {
	st := readHash()
	p := &page{}
	p.applyPageKeys(st)
	p.panel = newPanel(p)
	problems, err := p.open(st.lab, st.pairs)
	if err != nil { // an unknown lab: say so and open the default one
		problems = append(problems, err.Error())
		more, _ := p.open(labs[0].Name, st.pairs)
		problems = append(problems, more...)
	}
	p.Message(joinLines(append(st.bad, problems...)))
	// Playing unless the link says autoplay=0 or the reader asked the system
	// for reduced motion (then the lab waits for Play).
	if !st.autoplay || window.Call("matchMedia", "(prefers-reduced-motion: reduce)").Get("matches").Bool() {
		p.host.Pause()
	}
	installAPI(p)
	installPostMessage(p)
	addTapOverlay(p)
	freeTab()
	adoptCanvas(p.lab.Title + " lab, live view")
	on(window, "hashchange", func(js.Value) { p.followHash() })
	startTicker(p)
	ebiten.SetWindowTitle("bioplay")
	if err := ebiten.RunGameWithOptions(p.host, &ebiten.RunGameOptions{InitUnfocused: true}); err != nil {
		p.Message(fmt.Sprintf("bioplay stopped: %v", err))
	}
}

// setEmbed switches the borderless embed view on or off.
func (p *page) setEmbed(on bool) {
	p.embed = on
	document.Get("body").Get("classList").Call("toggle", "embed", on)
	if s := document.Call("getElementById", "settings"); !s.IsNull() {
		s.Set("open", !on)
	}
}
