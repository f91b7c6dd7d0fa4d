package e2e

import (
	"image"
	"testing"
)

// TestBootDrawsTheSortingLab: the page starts, the placeholder goes, and the
// canvas left of the panel shows a drawing, not a flat fill.
func TestBootDrawsTheSortingLab(t *testing.T) {
	ctx := tab(t, "/")
	waitFor(t, ctx, `document.getElementById("loading") === null`)
	var lab string
	eval(t, ctx, `bioplay.lab()`, &lab)
	if lab != "sorting" {
		t.Fatalf("lab() = %q, want sorting", lab)
	}
	waitFrames(t, ctx, 20)
	img := screenshot(t, ctx, "sorting")
	var panelLeft float64
	eval(t, ctx, `document.getElementById("panel").getBoundingClientRect().left`, &panelLeft)
	canvas := image.Rect(0, 0, int(panelLeft), img.Bounds().Dy())
	if n := colours(img, canvas); n < 8 {
		t.Fatalf("canvas area has %d distinct colours, want a drawing (≥ 8)", n)
	}
	var boot map[string]float64
	eval(t, ctx, `({start: bioplayBoot.start, compiled: bioplayBoot.compiled, now: performance.now()})`, &boot)
	t.Logf("compile done at %.0f ms after page script start", boot["compiled"]-boot["start"])
}
