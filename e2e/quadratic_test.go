package e2e

import (
	"image"
	"strings"
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

// TestQuadraticCurvesCSV: the curves download has a header and one row per
// recorded step, starting at step 0.
func TestQuadraticCurvesCSV(t *testing.T) {
	ctx := tab(t, "/#lab=quadratic&dataset=xor&autoplay=0")
	eval(t, ctx, `bioplay.step(40)`, nil)
	waitFor(t, ctx, `bioplay.metrics().steps === 40`)
	lines := download(t, ctx, `bioplay.set("export-curves", "")`, "quadratic-curves.csv")
	if len(lines) != 42 || lines[0] != "step,train_loss,test_loss,train_accuracy,test_accuracy" || !strings.HasPrefix(lines[1], "0,") {
		t.Fatalf("curves CSV: %d lines, header %q, first row %q; want 41 rows for steps 0..40", len(lines), lines[0], lines[1])
	}
}
