package e2e

import (
	"image"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestSwimmerLab opens #lab=swimmer: the swimmer is drawn and swims
// (its forward speed reaches NCAP's ≈0.08 m/s gait within a few seconds of
// simulated time), and typing a new link count into its control rebuilds
// it, as metrics() reports.
func TestSwimmerLab(t *testing.T) {
	ctx := tab(t, "/#lab=swimmer&speed=4")
	waitFor(t, ctx, `bioplay.metrics().links === 6 && bioplay.metrics().step >= 200 && bioplay.metrics()["mean-speed"] > 0.03`)
	img := screenshot(t, ctx, "swimmer")
	var panelLeft float64
	eval(t, ctx, `document.getElementById("panel").getBoundingClientRect().left`, &panelLeft)
	if n := colours(img, image.Rect(0, 0, int(panelLeft), img.Bounds().Dy())); n < 12 {
		t.Fatalf("the canvas shows %d colours; want the swimmer, its circuit and charts", n)
	}
	if err := chromedp.Run(ctx,
		chromedp.Focus("#p-links", chromedp.ByID),
		chromedp.Evaluate(`document.getElementById("p-links").select()`, nil),
		chromedp.KeyEvent("9"),
		chromedp.KeyEvent("\t"),
	); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `bioplay.metrics().links === 9 && location.hash.includes("links=9") && bioplay.metrics().step > 10`)
	screenshot(t, ctx, "swimmer-9")
}

// TestSwimmerTrains presses Train on short episodes: generations complete
// in the page's background slices while frames keep coming, the learning
// curve grows, and the trained weights reach the URL.
func TestSwimmerTrains(t *testing.T) {
	ctx := tab(t, "/#lab=swimmer&steps=100&pop=4&generations=3")
	var hash0 string
	var frames0 float64
	eval(t, ctx, `location.hash`, &hash0)
	eval(t, ctx, `bioplay.frame()`, &frames0)
	if err := chromedp.Run(ctx, chromedp.Click("#p-train", chromedp.ByID)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `bioplay.metrics().training === 1`)
	waitFor(t, ctx, `bioplay.metrics().training === 0 && bioplay.metrics()["learned-return"] > 0`)
	var frames float64
	eval(t, ctx, `bioplay.frame()`, &frames)
	if frames < frames0+5 {
		t.Errorf("frames went from %v to %v while training; the page must keep drawing", frames0, frames)
	}
	var w float64
	eval(t, ctx, `bioplay.get("w-prop")`, &w)
	var hash string
	eval(t, ctx, `location.hash`, &hash)
	if hash == hash0 || w == 1 {
		t.Errorf("after training w-prop = %v and the hash is unchanged (%q); want the trained weights in the URL", w, hash)
	}
	screenshot(t, ctx, "swimmer-trained")
}
