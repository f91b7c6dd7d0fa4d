package e2e

import (
	"image"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestQuadraticLab opens the quadratic lab on the rings: the heatmap draws,
// one quadratic neuron learns the circle, and switching the neuron type to
// conventional through its control restarts training and the accuracy stays
// low (a line cannot separate rings; spec §A.9, §A.10).
func TestQuadraticLab(t *testing.T) {
	ctx := tab(t, "/#lab=quadratic&dataset=rings&hidden=&neuron=quadratic&speed=20&seed=1")
	waitFor(t, ctx, `bioplay.metrics()["test-accuracy"] >= 95`)
	img := screenshot(t, ctx, "quadratic")
	var panelLeft float64
	eval(t, ctx, `document.getElementById("panel").getBoundingClientRect().left`, &panelLeft)
	if n := colours(img, image.Rect(0, 0, int(panelLeft), img.Bounds().Dy())); n < 30 {
		t.Fatalf("the canvas shows %d colours; want a heatmap", n)
	}
	if err := chromedp.Run(ctx,
		chromedp.SetValue("#p-neuron", "linear", chromedp.ByID),
		chromedp.Evaluate(`document.getElementById("p-neuron").dispatchEvent(new Event("change"))`, nil),
	); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `location.hash.includes("neuron=linear") && bioplay.metrics().params === 3 && bioplay.metrics().steps >= 200`)
	var acc float64
	eval(t, ctx, `bioplay.metrics()["test-accuracy"]`, &acc)
	if acc > 70 {
		t.Fatalf("one conventional neuron reached %.1f%% on the rings; a line cannot separate them", acc)
	}
	// The shape buttons: + layer gives one hidden layer of 4 conventional
	// neurons (4·3 + 5 = 17 parameters), + neuron widens it to 5 (21).
	if err := chromedp.Run(ctx, chromedp.Click("#p-add-layer", chromedp.ByID)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `location.hash.includes("hidden=4&") && bioplay.metrics().params === 17`)
	if err := chromedp.Run(ctx, chromedp.Click("#p-add-neuron", chromedp.ByID)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.getElementById("p-hidden").value === "5" && bioplay.metrics().params === 21`)
}
