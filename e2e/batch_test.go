package e2e

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// TestBatchInPage runs a 100-run batch of Bubble at N=100 in the page:
// the page keeps drawing while it runs, the summary table appears, and the
// batch CSV download has one row per run. It reports (does not assert) the
// batch's wall time and the largest model work of one frame.
func TestBatchInPage(t *testing.T) {
	ctx := tab(t, "/#lab=sorting&n=100&mix=bubble&runs=100&seed=1")
	eval(t, ctx, `bioplay.pause(), bioplay.perf("reset")`, nil)
	var f0, t0 float64
	eval(t, ctx, `bioplay.frame()`, &f0)
	eval(t, ctx, `performance.now()`, &t0)
	var res string
	eval(t, ctx, `bioplay.set("run-batch", "")`, &res)
	if res != "" {
		t.Fatalf("run-batch: %s", res)
	}
	waitFor(t, ctx, `(() => { const b = document.getElementById("report-progress"); return b && b.hidden &&
		document.querySelectorAll("#report-table tbody tr").length === 1 })()`)
	var t1, f1 float64
	var perf map[string]any
	eval(t, ctx, `performance.now()`, &t1)
	eval(t, ctx, `bioplay.frame()`, &f1)
	eval(t, ctx, `bioplay.perf()`, &perf)
	t.Logf("100-run Bubble batch at N=100 in the page: %.2f s, %0.f frames drawn meanwhile, largest model work in one frame %.2f ms (budget 4 ms); "+
		"Go GC: %v collections so far, longest pause %.2f ms", (t1-t0)/1000, f1-f0, perf["maxModelMs"], perf["gcs"], perf["gcMaxPauseMs"])
	if f1-f0 < 5 {
		t.Fatalf("only %v frames drawn while the batch ran: the page froze", f1-f0)
	}
	var row []string
	eval(t, ctx, `[...document.querySelectorAll("#report-table tbody tr:first-child > *")].map(c => c.textContent)`, &row)
	if len(row) < 3 || row[1] != "100" || !strings.HasPrefix(row[2], "0.00 ± 0.00") {
		t.Fatalf("summary row %q: want 100 runs and final error 0.00 ± 0.00 (Bubble always sorts)", row)
	}
	lines := download(t, ctx, `bioplay.set("export-batch", "")`, "sorting-batch.csv")
	if len(lines) != 101 {
		t.Fatalf("batch CSV has %d lines, want a header and 100 runs", len(lines))
	}
	curves := download(t, ctx, `bioplay.set("export-curves", "")`, "sorting-batch-curves.csv")
	if len(curves) != 102 || !strings.HasPrefix(curves[101], "these settings,100,100,0,") {
		t.Fatalf("curves CSV has %d lines, last %q; want 101 progress points ending fully sorted", len(curves), curves[len(curves)-1])
	}
}

// TestPresetRunsFigure presses the Fig 4 preset: the parameters follow (the
// URL too), its three conditions run, and the table shows the paper's
// ratio beside ours.
func TestPresetRunsFigure(t *testing.T) {
	ctx := tab(t, "/#lab=sorting")
	if err := chromedp.Run(ctx, chromedp.Click("#p-fig4", chromedp.ByID)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `location.hash.includes("traditional=true")`)
	wctx, cancel := context.WithTimeout(ctx, 150*time.Second)
	defer cancel()
	if err := chromedp.Run(wctx, chromedp.Poll(`document.querySelectorAll("#report-table tbody tr").length === 3 &&
		document.getElementById("report-progress").hidden`, nil, chromedp.WithPollingInterval(200*time.Millisecond), chromedp.WithPollingTimeout(150*time.Second))); err != nil {
		t.Fatalf("Fig 4 batch did not finish: %v", err)
	}
	var table string
	eval(t, ctx, `document.getElementById("report").innerText`, &table)
	t.Log("\n" + table)
	for _, want := range []string{"cost_ratio: ours / paper", "/ 1.5", "/ 2.03", "/ 0.85"} {
		if !strings.Contains(table, want) {
			t.Errorf("the Fig 4 table lacks %q", want)
		}
	}
}

// download runs a JS expression that triggers a download named name and
// returns the file's lines.
func download(t *testing.T, ctx context.Context, trigger, name string) []string {
	t.Helper()
	dir := t.TempDir()
	if err := chromedp.Run(ctx, browser.SetDownloadBehavior(browser.SetDownloadBehaviorBehaviorAllow).
		WithDownloadPath(dir).WithEventsEnabled(true)); err != nil {
		t.Fatal(err)
	}
	eval(t, ctx, trigger, nil)
	path := filepath.Join(dir, name)
	for i := 0; i < 100; i++ {
		if b, err := os.ReadFile(path); err == nil && len(b) > 0 {
			return strings.Split(strings.TrimRight(string(b), "\n"), "\n")
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("no download %s appeared", name)
	return nil
}

// TestSavePNG: the Save PNG button downloads the canvas as a real picture
// (read back inside Ebiten's Draw; the canvas itself reads back blank).
func TestSavePNG(t *testing.T) {
	ctx := tab(t, "/#lab=sorting&mix=bubble:1,insertion:1&frozen=2")
	waitFrames(t, ctx, 10)
	dir := t.TempDir()
	if err := chromedp.Run(ctx, browser.SetDownloadBehavior(browser.SetDownloadBehaviorBehaviorAllow).
		WithDownloadPath(dir).WithEventsEnabled(true), chromedp.Click("#save-png", chromedp.ByID)); err != nil {
		t.Fatal(err)
	}
	var img image.Image
	for i := 0; i < 100 && img == nil; i++ {
		time.Sleep(100 * time.Millisecond)
		if b, err := os.ReadFile(filepath.Join(dir, "bioplay.png")); err == nil {
			img, _ = png.Decode(bytes.NewReader(b))
		}
	}
	if img == nil {
		t.Fatal("no decodable bioplay.png downloaded")
	}
	if n := colours(img, img.Bounds()); n < 8 || img.Bounds().Dx() < 200 {
		t.Fatalf("the PNG is %v with %d colours; want the drawn lab", img.Bounds(), n)
	}
}
