package e2e

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"github.com/chromedp/cdproto/page"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// env is what every test shares: the server's base URL and a browser.
var env struct {
	base    string // http://127.0.0.1:PORT/
	browser context.Context
	skip    string // why the tests cannot run here, if they cannot
	shots   string // folder for screenshots worth looking at
}

func TestMain(m *testing.M) {
	code := func() int {
		stop, err := setUp()
		if err != nil {
			if os.Getenv("CI") == "true" {
				fmt.Fprintln(os.Stderr, "e2e:", err)
				return 1
			}
			env.skip = err.Error()
			return m.Run()
		}
		defer stop()
		return m.Run()
	}()
	os.Exit(code)
}

// setUp starts the server and the browser, or says why it cannot.
func setUp() (stop func(), err error) {
	site, serveBin := os.Getenv("BIOPLAY_SITE"), os.Getenv("BIOPLAY_SERVE")
	if site == "" || serveBin == "" {
		return nil, fmt.Errorf("BIOPLAY_SITE and BIOPLAY_SERVE are not set; run `make e2e` (it builds the site first)")
	}
	if _, err := os.Stat(filepath.Join(site, "index.html")); err != nil {
		return nil, fmt.Errorf("no built site: %v; run `make build`", err)
	}
	chrome, err := exec.LookPath("chromium")
	if err != nil {
		return nil, fmt.Errorf("chromium is not installed (apt-get install -y chromium): %v", err)
	}
	env.shots = filepath.Join(filepath.Dir(site), "e2e")
	os.MkdirAll(env.shots, 0o755)

	srv := exec.Command(serveBin, "-addr", "127.0.0.1:0", "-dir", site)
	out, _ := srv.StdoutPipe()
	srv.Stderr = nil
	if err := srv.Start(); err != nil {
		return nil, fmt.Errorf("start server: %v", err)
	}
	lines := bufio.NewScanner(out)
	for lines.Scan() {
		if i := strings.Index(lines.Text(), "http://"); i >= 0 {
			env.base = strings.TrimSpace(lines.Text()[i:])
			break
		}
	}
	go func() {
		for lines.Scan() {
		}
	}()
	if env.base == "" {
		srv.Process.Kill()
		return nil, fmt.Errorf("server printed no URL")
	}
	userDir, _ := os.MkdirTemp("", "bioplay-chrome-")
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chrome),
		chromedp.NoSandbox,
		chromedp.Flag("enable-unsafe-swiftshader", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(userDir),
		chromedp.WindowSize(1200, 800),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	bctx, cancelBrowser := chromedp.NewContext(actx)
	if err := chromedp.Run(bctx); err != nil {
		cancelBrowser()
		cancelAlloc()
		srv.Process.Kill()
		return nil, fmt.Errorf("start chromium: %v", err)
	}
	env.browser = bctx
	return func() {
		cancelBrowser()
		cancelAlloc()
		srv.Process.Kill()
		srv.Wait()
		os.RemoveAll(userDir)
	}, nil
}

// tab opens a new tab at the site's path (such as "/#lab=sorting") and
// waits until the page has drawn frames. The tab closes with the test.
func tab(t *testing.T, path string) context.Context {
	t.Helper()
	ctx := openTab(t, env.base+strings.TrimPrefix(path, "/"))
	waitFrames(t, ctx, 3)
	return ctx
}

// openTab opens a new foreground tab at url. Background tabs are "hidden"
// and get no animation frames, so Ebiten would never draw in them.
func openTab(t *testing.T, url string) context.Context {
	t.Helper()
	return openTabFor(t, url, 180*time.Second)
}

// openTabFor is openTab with the tab's whole life bounded by d instead of
// three minutes, for tests that run a lab for longer (the soak).
func openTabFor(t *testing.T, url string, d time.Duration) context.Context {
	t.Helper()
	if env.skip != "" {
		t.Skip("e2e: " + env.skip)
	}
	ctx, cancel := chromedp.NewContext(env.browser)
	ctx, cancelTime := context.WithTimeout(ctx, d)
	t.Cleanup(func() { cancelTime(); cancel() })
	logConsole(t, ctx)
	if err := chromedp.Run(ctx, page.BringToFront(), chromedp.Navigate(url)); err != nil {
		t.Fatalf("open %s: %v", url, err)
	}
	return ctx
}

// logConsole copies the page's console messages and uncaught exceptions
// into the test log, so a failure shows what the page said.
func logConsole(t *testing.T, ctx context.Context) {
	chromedp.ListenTarget(ctx, func(ev any) {
		switch e := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			var parts []string
			for _, a := range e.Args {
				parts = append(parts, strings.Trim(string(a.Value), `"`))
			}
			t.Logf("console.%s: %s", e.Type, strings.Join(parts, " "))
		case *runtime.EventExceptionThrown:
			t.Logf("page exception: %s", e.ExceptionDetails.Error())
		}
	})
}

// eval evaluates a JS expression into out.
func eval(t *testing.T, ctx context.Context, expr string, out any) {
	t.Helper()
	if err := chromedp.Run(ctx, chromedp.Evaluate(expr, out)); err != nil {
		t.Fatalf("eval %s: %v", expr, err)
	}
}

// waitFor polls a JS boolean expression until it is true.
func waitFor(t *testing.T, ctx context.Context, expr string) {
	t.Helper()
	wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Run(wctx, chromedp.Poll(expr, nil, chromedp.WithPollingInterval(50*time.Millisecond))); err != nil {
		var state string
		chromedp.Run(ctx, chromedp.Evaluate(`location.href + "\n" + document.body.innerText.slice(0, 600)`, &state))
		t.Fatalf("waiting for %s: %v\npage: %s", expr, err, state)
	}
}

// waitForLong is waitFor for long model work, such as a thousand training
// steps in SwiftShader's slow frames: it polls for up to 150 s.
func waitForLong(t *testing.T, ctx context.Context, expr string) {
	t.Helper()
	wctx, cancel := context.WithTimeout(ctx, 150*time.Second)
	defer cancel()
	if err := chromedp.Run(wctx, chromedp.Poll(expr, nil, chromedp.WithPollingInterval(200*time.Millisecond),
		chromedp.WithPollingTimeout(150*time.Second))); err != nil {
		t.Fatalf("waiting for %s: %v", expr, err)
	}
}

// waitFrames waits until the page has drawn at least n frames.
func waitFrames(t *testing.T, ctx context.Context, n int) {
	t.Helper()
	waitFor(t, ctx, fmt.Sprintf("window.bioplay && window.bioplay.frame() >= %d", n))
}

// screenshot captures the viewport and saves it under build/e2e/name.png.
func screenshot(t *testing.T, ctx context.Context, name string) image.Image {
	t.Helper()
	var buf []byte
	if err := chromedp.Run(ctx, chromedp.CaptureScreenshot(&buf)); err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	os.WriteFile(filepath.Join(env.shots, name+".png"), buf, 0o644)
	img, err := png.Decode(bytes.NewReader(buf))
	if err != nil {
		t.Fatalf("decode screenshot: %v", err)
	}
	return img
}

// colours counts the distinct colours in r of img, sampling every few px.
func colours(img image.Image, r image.Rectangle) int {
	seen := map[[3]uint32]bool{}
	r = r.Intersect(img.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y += 3 {
		for x := r.Min.X; x < r.Max.X; x += 3 {
			c0, c1, c2, _ := img.At(x, y).RGBA()
			seen[[3]uint32{c0 >> 8, c1 >> 8, c2 >> 8}] = true
		}
	}
	return len(seen)
}
