package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// focusID names the focused element: its id, else its tag.
const focusID = `(document.activeElement.id || document.activeElement.tagName.toLowerCase())`

// TestTabWalksEveryControlAndLeavesCanvas presses Tab from the top of the
// page: focus visits every panel control in DOM order, then the canvas, and
// the next Tab leaves the canvas (Ebiten's keyboard trap is undone).
func TestTabWalksEveryControlAndLeavesCanvas(t *testing.T) {
	ctx := tab(t, "/#lab=sorting")
	var controls []string
	eval(t, ctx, `[...document.querySelectorAll("#panel select, #panel button, #panel input, #panel summary")]
		.filter(e => e.offsetParent !== null).map(e => e.id || e.tagName.toLowerCase())`, &controls)
	eval(t, ctx, `document.activeElement.blur()`, nil)
	var visited []string
	for i := 0; i < len(controls)+3; i++ {
		if err := chromedp.Run(ctx, chromedp.KeyEvent("\t")); err != nil {
			t.Fatal(err)
		}
		var id string
		eval(t, ctx, focusID, &id)
		visited = append(visited, id)
		if id == "canvas" {
			break
		}
	}
	want := append(append([]string{}, controls...), "canvas")
	if strings.Join(visited, " ") != strings.Join(want, " ") {
		t.Fatalf("Tab visited\n  %v\nwant\n  %v", visited, want)
	}
	var tabindex string
	eval(t, ctx, `document.querySelector("canvas").getAttribute("tabindex")`, &tabindex)
	if tabindex != "0" {
		t.Errorf("canvas tabindex = %q, want 0", tabindex)
	}
	for i := 0; i < 2; i++ { // twice: the trap showed on the second press
		if err := chromedp.Run(ctx, chromedp.KeyEvent("\t")); err != nil {
			t.Fatal(err)
		}
		var id string
		eval(t, ctx, focusID, &id)
		if id == "canvas" {
			t.Fatalf("Tab press %d left focus on the canvas", i+1)
		}
		if i == 0 {
			eval(t, ctx, `document.querySelector("canvas").focus()`, nil)
		}
	}
}

// TestSpaceTogglesPlayOnCanvas: with the canvas focused, Space pauses and
// plays, and the Play button follows.
func TestSpaceTogglesPlayOnCanvas(t *testing.T) {
	ctx := tab(t, "/#lab=sorting&speed=1")
	waitFor(t, ctx, `document.getElementById("play").getAttribute("aria-pressed") === "true"`)
	eval(t, ctx, `document.querySelector("canvas").focus()`, nil)
	if err := chromedp.Run(ctx, chromedp.KeyEvent(" ")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.getElementById("play").getAttribute("aria-pressed") === "false"`)
	var a1, a2 float64
	var f float64
	eval(t, ctx, `bioplay.metrics().activations`, &a1)
	eval(t, ctx, `bioplay.frame()`, &f)
	waitFrames(t, ctx, int(f)+10)
	eval(t, ctx, `bioplay.metrics().activations`, &a2)
	if a1 != a2 {
		t.Fatalf("paused model still ran: %v → %v activations", a1, a2)
	}
	if err := chromedp.Run(ctx, chromedp.KeyEvent(" ")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.getElementById("play").getAttribute("aria-pressed") === "true"`)
}
