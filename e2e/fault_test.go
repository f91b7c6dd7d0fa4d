package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestPanicLeavesAWorkingPage makes the sorting scene panic, first in its
// update and then in its draw: the Go program must survive (the API still
// answers, frames are still counted), the fault box names the failure, the
// URL keeps the parameters, and "Reset this lab" brings the lab back with
// them.
func TestPanicLeavesAWorkingPage(t *testing.T) {
	ctx := tab(t, "/#lab=sorting&n=37&seed=4")
	for _, where := range []string{"update", "draw"} {
		var res string
		eval(t, ctx, `bioplay.injectFault("`+where+`")`, &res)
		if res != "" {
			t.Fatalf("injectFault(%s) = %q", where, res)
		}
		waitFor(t, ctx, `bioplay.fault() !== "" && document.getElementById("fault") !== null`)
		var fault, box, hash string
		eval(t, ctx, `bioplay.fault()`, &fault)
		eval(t, ctx, `document.getElementById("fault").innerText`, &box)
		eval(t, ctx, `location.hash`, &hash)
		if !strings.Contains(fault, "in "+where) || !strings.Contains(fault, "injected fault") {
			t.Errorf("fault() = %q, want the %s panic", fault, where)
		}
		if !strings.Contains(box, "stopped") || !strings.Contains(hash, "n=37") {
			t.Errorf("fault box %q, hash %q: want the message and n=37 kept", box, hash)
		}
		screenshot(t, ctx, "fault-"+where)
		var frames float64
		eval(t, ctx, `bioplay.frame()`, &frames)
		waitFor(t, ctx, fmt.Sprintf("bioplay.frame() > %d", int(frames)+5)) // still drawing
		if err := chromedp.Run(ctx, chromedp.Click("#fault-reset", chromedp.ByID)); err != nil {
			t.Fatal(err)
		}
		waitFor(t, ctx, `bioplay.fault() === "" && document.getElementById("fault") === null`)
		waitFor(t, ctx, `bioplay.metrics().cells === 37 && bioplay.metrics().activations > 0`)
	}
	var bad string
	eval(t, ctx, `bioplay.injectFault("nowhere")`, &bad)
	if !strings.Contains(bad, `"update" or "draw"`) {
		t.Errorf("injectFault(nowhere) = %q, want the allowed places", bad)
	}
}

// TestContextLossRestoresFromURL loses the WebGL context, on which Ebiten
// reloads the page: the lab must come back with the parameters the reader
// had set, since the URL holds them.
func TestContextLossRestoresFromURL(t *testing.T) {
	ctx := tab(t, "/#lab=sorting")
	var res string
	eval(t, ctx, `bioplay.set("n", 41)`, &res)
	if res != "" {
		t.Fatalf("set n: %q", res)
	}
	waitFor(t, ctx, `location.hash.includes("n=41")`)
	eval(t, ctx, `window.beforeLoss = 1; (document.querySelector("canvas").getContext("webgl2") || document.querySelector("canvas").getContext("webgl")).getExtension("WEBGL_lose_context").loseContext(); ""`, &res)
	// The reload destroys the page the first polls ran in; poll again in
	// the new one.
	for try := 0; ; try++ {
		err := chromedp.Run(ctx, chromedp.Poll(`window.beforeLoss === undefined && window.bioplay !== undefined && bioplay.frame() > 3`,
			nil, chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(30*time.Second)))
		if err == nil {
			break
		}
		if try == 5 {
			t.Fatalf("no reload after the context loss: %v", err)
		}
	}
	waitFor(t, ctx, `bioplay.get("n") === 41 && bioplay.metrics().cells === 41`)
}
