package e2e

import (
	"image"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestKANLab opens the KAN lab at its defaults ([2,5,1] on
// exp(sin(πx)+y²)): the network trains, its 15 edge curves are drawn, and
// pressing "Refine grid" extends G from 5 to the first refine stage (10),
// which metrics() reports, with the test error kept (grid extension fits
// the old function, spec B.6).
func TestKANLab(t *testing.T) {
	ctx := tab(t, "/#lab=kan&seed=1")
	waitFor(t, ctx, `bioplay.metrics().edges === 15 && bioplay.metrics().steps >= 40`)
	img := screenshot(t, ctx, "kan")
	var panelLeft float64
	eval(t, ctx, `document.getElementById("panel").getBoundingClientRect().left`, &panelLeft)
	if n := colours(img, image.Rect(0, 0, int(panelLeft), img.Bounds().Dy()/2)); n < 30 {
		t.Fatalf("the network and maps show %d colours; want edge curves and heatmaps", n)
	}
	var before float64
	eval(t, ctx, `bioplay.pause(), bioplay.metrics()["test-rmse"]`, &before)
	if err := chromedp.Run(ctx, chromedp.Click("#p-refine", chromedp.ByID)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `bioplay.metrics().grid === 10`)
	var after float64
	eval(t, ctx, `bioplay.metrics()["test-rmse"]`, &after)
	if after > 1.5*before+1e-3 {
		t.Errorf("test RMSE went from %g to %g on refining; extension should keep the function", before, after)
	}
	screenshot(t, ctx, "kan-refined")
}

// TestKANTaskAdaptsShape switches to the 1-D Bessel task through its
// control: the shape's input width follows (2,5,1 → 1,5,1) in the values
// and the URL, and the lab trains on.
func TestKANTaskAdaptsShape(t *testing.T) {
	ctx := tab(t, "/#lab=kan")
	if err := chromedp.Run(ctx,
		chromedp.SetValue("#p-task", "bessel", chromedp.ByID),
		chromedp.Evaluate(`document.getElementById("p-task").dispatchEvent(new Event("change"))`, nil),
	); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `bioplay.get("shape") === "1,5,1" && /shape=1(,|%2C)5(,|%2C)1/.test(location.hash) && bioplay.metrics().edges === 10`)
	screenshot(t, ctx, "kan-bessel")
}
