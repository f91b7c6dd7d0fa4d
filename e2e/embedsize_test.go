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

// TestEmbedWidths: each lab's embed view draws in a 320 px and a 1200 px
// wide iframe (the narrowest course column and a wide page).
func TestEmbedWidths(t *testing.T) {
	for _, lab := range []string{"sorting", "quadratic"} {
		for _, w := range []int{320, 1200} {
			t.Run(fmt.Sprintf("%s-%d", lab, w), func(t *testing.T) {
				host := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
					fmt.Fprintf(rw, `<!doctype html><title>course</title><body style="margin:0">
<iframe id="lab" title="lab" width="%d" height="420" style="border:0;display:block" src="%s#lab=%s&embed=1"></iframe></body>`, w, env.base, lab)
				}))
				defer host.Close()
				ctx := openTab(t, host.URL)
				var frames []*cdp.Node
				if err := chromedp.Run(ctx, chromedp.Nodes("#lab", &frames, chromedp.ByQuery)); err != nil {
					t.Fatal(err)
				}
				if err := chromedp.Run(ctx, chromedp.WaitReady("body.ready", chromedp.ByQuery, chromedp.FromNode(frames[0]))); err != nil {
					t.Fatal(err)
				}
				img := screenshot(t, ctx, fmt.Sprintf("embed-%s-%d", lab, w))
				if n := colours(img, image.Rect(0, 0, w, 200)); n < 8 {
					t.Fatalf("the %d px embed shows %d colours in its top half; want a drawing", w, n)
				}
			})
		}
	}
}
