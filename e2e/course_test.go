package e2e

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// TestExampleCoursePage loads assets/course.html (copied into the site by
// make build): both embedded labs start, and its button's postMessage to
// the sorting lab comes back as a reply.
func TestExampleCoursePage(t *testing.T) {
	ctx := openTab(t, env.base+"course.html")
	for _, id := range []string{"sorting", "quadratic"} {
		waitFor(t, ctx, `(() => { try { const w = document.getElementById("`+id+`").contentWindow;
			return w.bioplay && w.bioplay.frame() > 3 } catch (e) { return false } })()`)
	}
	if err := chromedp.Run(ctx, chromedp.Click("#freeze3", chromedp.ByID)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.getElementById("reply").textContent.startsWith("frozen is now 3")`)
	var frozen float64
	eval(t, ctx, `document.getElementById("sorting").contentWindow.bioplay.get("frozen")`, &frozen)
	if frozen != 3 {
		t.Fatalf("the sorting lab has frozen = %v after the button, want 3", frozen)
	}
}
