package e2e

import (
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestKANWalkthrough runs the paper's interpretability walkthrough (issue 7
// Done-when, spec B.9/B.14) through the page's own controls: [2,5,1] on
// exp(sin(πx) + y²) trained 1000 steps with sparsity λ = 0.03 (seed 1, as
// models/kan's TestWalkthrough), Prune → [2,1,1] (3 edges), 200 steps
// without the penalty, Snap symbolic, Fit constants: the message shows a
// formula of the form exp(… sin(…x) … y² …) and the test RMSE is tiny.
func TestKANWalkthrough(t *testing.T) {
	ctx := tab(t, "/#lab=kan&lambda=0.03&seed=1&autoplay=0")
	eval(t, ctx, `bioplay.step(1000)`, nil)
	waitForLong(t, ctx, `bioplay.metrics().steps === 1000`)
	click := func(id string) {
		if err := chromedp.Run(ctx, chromedp.Click("#"+id, chromedp.ByID)); err != nil {
			t.Fatal(err)
		}
	}
	click("p-prune")
	waitFor(t, ctx, `bioplay.metrics().edges === 3 && document.getElementById("message").innerText.includes("2,1,1")`)
	var res string
	eval(t, ctx, `bioplay.set("lambda", 0)`, &res)
	if res != "" {
		t.Fatalf("set lambda: %q", res)
	}
	eval(t, ctx, `bioplay.step(200)`, nil)
	waitForLong(t, ctx, `bioplay.metrics().steps === 1200`)
	click("p-snap")
	waitFor(t, ctx, `document.getElementById("message").innerText.startsWith("Snapped")`)
	click("p-train-affine")
	waitFor(t, ctx, `document.getElementById("message").innerText.startsWith("Formula")`)
	var msg string
	var rmse float64
	eval(t, ctx, `document.getElementById("message").innerText`, &msg)
	eval(t, ctx, `bioplay.metrics()["test-rmse"]`, &rmse)
	screenshot(t, ctx, "kan-walkthrough")
	t.Logf("%s; test RMSE %g", msg, rmse)
	form := regexp.MustCompile(`exp\(.*(sin|cos)\(.*x.*y²|exp\(.*y².*(sin|cos)\(.*x`)
	if !form.MatchString(strings.ReplaceAll(msg, "^2", "²")) || rmse > 1e-6 {
		t.Errorf("walkthrough ended with %q, test RMSE %g; want exp(sin(πx) + y²) to < 1e-6", msg, rmse)
	}
}

// TestKANBasisSwitch switches the basis through its control to the
// selectable mode and then to Fourier: each restarts training on the new
// edges (the hash follows), and Prune works on a selectable network too.
func TestKANBasisSwitch(t *testing.T) {
	ctx := tab(t, "/#lab=kan&seed=1")
	for _, b := range []string{"select", "fourier"} {
		if err := chromedp.Run(ctx,
			chromedp.SetValue("#p-basis", b, chromedp.ByID),
			chromedp.Evaluate(`document.getElementById("p-basis").dispatchEvent(new Event("change"))`, nil),
		); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, `location.hash.includes("basis=`+b+`") && bioplay.metrics().steps >= 5 && bioplay.metrics().edges === 15`)
		screenshot(t, ctx, "kan-"+b)
		if b == "select" {
			// In the full phase the families are separate networks: pruning
			// is refused with the reason, and works from the selective
			// phase on (step 100 at the defaults).
			if err := chromedp.Run(ctx, chromedp.Click("#p-prune", chromedp.ByID)); err != nil {
				t.Fatal(err)
			}
			waitFor(t, ctx, `document.getElementById("message").innerText.includes("in the full phase every family trains as its own network")`)
			waitForLong(t, ctx, `bioplay.metrics().steps > 100`)
			if err := chromedp.Run(ctx, chromedp.Click("#p-prune", chromedp.ByID)); err != nil {
				t.Fatal(err)
			}
			waitFor(t, ctx, `document.getElementById("message").innerText.startsWith("Pruned")`)
		}
	}
}
