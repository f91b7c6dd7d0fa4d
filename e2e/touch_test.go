package e2e

import (
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// TestTapToInteract: on a touch screen the embedded lab starts behind a
// "Tap to interact" veil (so the course page can scroll), which a tap
// removes; with a mouse there is no veil.
func TestTapToInteract(t *testing.T) {
	ctx := openTab(t, "about:blank")
	if err := chromedp.Run(ctx,
		emulation.SetTouchEmulationEnabled(true).WithMaxTouchPoints(5),
		emulation.SetEmulatedMedia().WithFeatures([]*emulation.MediaFeature{{Name: "pointer", Value: "coarse"}}),
		chromedp.Navigate(env.base+"#lab=sorting&embed=1"),
	); err != nil {
		t.Fatal(err)
	}
	waitFrames(t, ctx, 3)
	waitFor(t, ctx, `document.getElementById("tap-to-interact") !== null`)
	if err := chromedp.Run(ctx, chromedp.Click("#tap-to-interact", chromedp.ByID)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.getElementById("tap-to-interact") === null`)

	mouse := tab(t, "/#lab=sorting&embed=1")
	var veil bool
	eval(t, mouse, `document.getElementById("tap-to-interact") !== null`, &veil)
	if veil {
		t.Fatal("a mouse user got the touch veil")
	}
}
