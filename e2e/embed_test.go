package e2e

import (
	"fmt"
	"image"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/chromedp"
)

// TestEmbedInHostPage puts the lab in an iframe of a page from another
// origin, as a course page would: the embed view draws, uses the compact
// panel, and Tab goes from the host's controls into the lab and out again.
func TestEmbedInHostPage(t *testing.T) {
	host := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<!doctype html><title>course</title><body style="margin:0">
<input id="before" aria-label="before"><br>
<iframe id="lab" title="bioplay sorting lab" width="480" height="360" style="border:0;display:block"
  src="%s#lab=sorting&embed=1&n=40&seed=3"></iframe>
<input id="after" aria-label="after"></body>`, env.base)
	}))
	defer host.Close()

	ctx := openTab(t, host.URL)
	var frames []*cdp.Node
	if err := chromedp.Run(ctx, chromedp.Nodes("#lab", &frames, chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	var class string
	var ok bool
	if err := chromedp.Run(ctx, chromedp.WaitReady("body.ready", chromedp.ByQuery, chromedp.FromNode(frames[0])),
		chromedp.AttributeValue("body", "class", &class, &ok, chromedp.ByQuery, chromedp.FromNode(frames[0]))); err != nil {
		t.Fatal(err)
	}
	if class != "embed ready" {
		t.Fatalf("iframe body class = %q, want the embed view", class)
	}
	var box map[string]float64
	eval(t, ctx, `(r => ({x: r.left, y: r.top, w: r.width, h: r.height}))(document.getElementById("lab").getBoundingClientRect())`, &box)
	img := screenshot(t, ctx, "embed")
	top := image.Rect(int(box["x"]), int(box["y"]), int(box["x"]+box["w"]), int(box["y"]+box["h"]/2))
	if n := colours(img, top); n < 8 {
		t.Fatalf("the embedded canvas shows %d colours, want a drawing", n)
	}

	eval(t, ctx, `document.getElementById("before").focus()`, nil)
	inside, out := false, false
	for i := 0; i < 40 && !out; i++ {
		if err := chromedp.Run(ctx, chromedp.KeyEvent("\t")); err != nil {
			t.Fatal(err)
		}
		var id string
		eval(t, ctx, focusID, &id)
		inside = inside || id == "lab"
		out = id == "after"
	}
	if !inside || !out {
		t.Fatalf("Tab from the host: entered the lab %v, came out to the next host input %v", inside, out)
	}
}
