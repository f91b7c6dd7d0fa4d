package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// TestStartupReport measures, without asserting on time (design.md:
// budgets are measured, not tested), how long a cold load takes to its first
// frame and how many bytes it transfers, and writes both to
// build/e2e/startup.txt. The byte count does depend on the build: `make
// dist` adds brotli siblings; `make build` has gzip only.
func TestStartupReport(t *testing.T) {
	ctx := openTab(t, "about:blank")
	if err := chromedp.Run(ctx, network.Enable(), network.SetCacheDisabled(true)); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Run(ctx, chromedp.Navigate(env.base+"#lab=sorting")); err != nil {
		t.Fatal(err)
	}
	var first float64
	if err := chromedp.Run(ctx, chromedp.Poll(`window.bioplay && bioplay.frame() >= 1 && performance.now()`, &first,
		chromedp.WithPollingInterval(5*time.Millisecond))); err != nil {
		t.Fatal(err)
	}
	var res []struct {
		Name     string  `json:"name"`
		Transfer float64 `json:"transferSize"`
		Encoded  float64 `json:"encodedBodySize"`
	}
	eval(t, ctx, `performance.getEntriesByType("resource").concat(performance.getEntriesByType("navigation")).map(e => ({name: e.name, transferSize: e.transferSize, encodedBodySize: e.encodedBodySize}))`, &res)
	total := 0.0
	report := fmt.Sprintf("first frame: %.0f ms after navigation start (loopback, cold cache)\n", first)
	for _, r := range res {
		total += r.Encoded
		report += fmt.Sprintf("  %-60s %9.0f bytes on the wire (body)\n", filepath.Base(r.Name), r.Encoded)
	}
	report += fmt.Sprintf("total: %.0f bytes\n", total)
	t.Log("\n" + report)
	os.WriteFile(filepath.Join(env.shots, "startup.txt"), []byte(report), 0o644)
	if total == 0 {
		t.Fatal("no resource sizes reported")
	}
}
