package e2e

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// TestClickFreezesCellAndLinkReplaysIt clicks a bar of a paused array: that
// cell freezes, the click is recorded in the edits parameter and the URL,
// and opening that URL replays it. A second click unfreezes it.
func TestClickFreezesCellAndLinkReplaysIt(t *testing.T) {
	ctx := tab(t, "/#lab=sorting&n=20&seed=2")
	eval(t, ctx, `bioplay.pause()`, nil)
	waitFrames(t, ctx, 5)
	var before float64
	eval(t, ctx, `bioplay.metrics().frozen`, &before)
	// The bars span the canvas left of the panel, below the legend; the
	// lower part of a bar's column is inside every bar.
	var panelLeft, height float64
	eval(t, ctx, `document.getElementById("panel").getBoundingClientRect().left`, &panelLeft)
	eval(t, ctx, `innerHeight`, &height)
	x, y := 8+(panelLeft-16)*10.5/20, height*0.45
	if err := chromedp.Run(ctx, chromedp.MouseClickXY(x, y)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `bioplay.metrics().frozen === 1`)
	var edits, hash string
	eval(t, ctx, `bioplay.get("edits")`, &edits)
	eval(t, ctx, `location.hash`, &hash)
	var at float64
	eval(t, ctx, `bioplay.metrics().activations`, &at)
	click := fmt.Sprintf("%.0f:10", at) // the page may have run a little before pause
	if before != 0 || edits != click || !strings.Contains(hash, "edits="+click) {
		t.Fatalf("frozen before %v, edits %q, hash %q; want 0 then %q", before, edits, hash, click)
	}

	again := tab(t, "/"+hash)
	waitFor(t, again, fmt.Sprintf(`bioplay.metrics().activations >= %.0f || bioplay.metrics().done === 1`, at))
	var replayed float64
	eval(t, again, `bioplay.metrics().frozen`, &replayed)
	if replayed != 1 {
		t.Fatalf("the link %s replays %v frozen cells, want 1", hash, replayed)
	}

	// Back to the first tab (a background tab draws no frames); the cell is
	// still at position 10, since that array is paused.
	if err := chromedp.Run(ctx, page.BringToFront(), chromedp.MouseClickXY(x, y)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `bioplay.metrics().frozen === 0`)
	eval(t, ctx, `bioplay.get("edits")`, &edits)
	if edits != click+","+click {
		t.Fatalf("edits after the second click = %q", edits)
	}
	eval(t, ctx, `bioplay.set("clear-edits", "")`, nil)
	waitFor(t, ctx, `bioplay.get("edits") === "" && location.hash.endsWith("edits=")`)
}

// TestAddressBarEditIsFollowed: editing the hash by hand (or going back)
// reopens the lab with the new values.
func TestAddressBarEditIsFollowed(t *testing.T) {
	ctx := tab(t, "/#lab=sorting&n=50")
	eval(t, ctx, `location.hash = "#lab=sorting&n=64&damage=stuck"`, nil)
	waitFor(t, ctx, `bioplay.metrics().cells === 64 && bioplay.get("damage") === "stuck"`)
	var numberShown string
	eval(t, ctx, `document.getElementById("p-n").value`, &numberShown)
	if numberShown != "64" {
		t.Fatalf("the N control shows %q after the hash changed, want 64", numberShown)
	}
}
