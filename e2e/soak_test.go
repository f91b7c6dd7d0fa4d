package e2e

import (
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Heap bounds of the soak. Our choice: after a 20 s warm-up the Go heap
// may at most double plus 32 MiB (room for a batch's summaries and the GC's
// slack at GOGC=100), and never pass 512 MiB; a leak of even a few hundred
// bytes a frame breaks the first bound within minutes at 60 fps.
const (
	soakWarmup   = 20 * time.Second
	soakSample   = 10 * time.Second
	soakSlackMiB = 32
	soakCapMiB   = 512
)

// TestSoak runs every lab of window.bioplay.labs() at full speed with its
// heaviest work going (startLoad) for BIOPLAY_SOAK_MINUTES (default 3)
// minutes each, sampling every 10 s: no console error or uncaught
// exception, no fault, the frame count rising at every sample and the Go
// heap within the bounds above. It runs only with BIOPLAY_SOAK=1 (make
// soak).
func TestSoak(t *testing.T) {
	if os.Getenv("BIOPLAY_SOAK") != "1" {
		t.Skip("soak test: set BIOPLAY_SOAK=1 (make soak)")
	}
	minutes := 3.0
	if s := os.Getenv("BIOPLAY_SOAK_MINUTES"); s != "" {
		m, err := strconv.ParseFloat(s, 64)
		if err != nil || m <= 0 {
			t.Fatalf("BIOPLAY_SOAK_MINUTES=%q: want a positive number of minutes", s)
		}
		minutes = m
	}
	ctx := tab(t, "/")
	var labs []string
	eval(t, ctx, `bioplay.labs()`, &labs)
	for _, lab := range labs {
		t.Run(lab, func(t *testing.T) {
			ctx := openTabFor(t, env.base+"#lab="+lab, time.Duration(minutes*float64(time.Minute))+3*time.Minute)
			var mu sync.Mutex
			var problems []string
			chromedp.ListenTarget(ctx, func(ev any) {
				mu.Lock()
				defer mu.Unlock()
				switch e := ev.(type) {
				case *runtime.EventConsoleAPICalled:
					if e.Type == runtime.APITypeError || e.Type == runtime.APITypeAssert {
						var parts []string
						for _, a := range e.Args {
							parts = append(parts, string(a.Value))
						}
						problems = append(problems, "console.error: "+strings.Join(parts, " "))
					}
				case *runtime.EventExceptionThrown:
					problems = append(problems, "exception: "+e.ExceptionDetails.Error())
				}
			})
			waitFrames(t, ctx, 3)
			startLoad(t, ctx, lab)
			type sample struct {
				Frames, Heap float64
				Fault        string
			}
			read := func() sample {
				var s sample
				eval(t, ctx, `({Frames: bioplay.frame(), Heap: bioplay.perf().heap, Fault: bioplay.fault()})`, &s)
				return s
			}
			time.Sleep(soakWarmup)
			base := read()
			bound := min(2*base.Heap+soakSlackMiB<<20, soakCapMiB<<20)
			end := time.Now().Add(time.Duration(minutes * float64(time.Minute)))
			last, peak, n := base, base.Heap, 0
			for time.Now().Before(end) {
				time.Sleep(soakSample)
				s := read()
				n++
				peak = max(peak, s.Heap)
				switch {
				case s.Fault != "":
					t.Fatalf("after %d samples the lab faulted: %s", n, s.Fault)
				case s.Frames <= last.Frames:
					t.Fatalf("frame count stuck at %v after %d samples", s.Frames, n)
				case s.Heap > bound:
					t.Fatalf("Go heap %.1f MiB > bound %.1f MiB (2 × %.1f MiB after warm-up + %d MiB)", s.Heap/(1<<20), bound/(1<<20), base.Heap/(1<<20), soakSlackMiB)
				}
				last = s
			}
			mu.Lock()
			defer mu.Unlock()
			for _, p := range problems {
				t.Errorf("%.500s", p)
			}
			t.Logf("%s: %.1f min, %d samples, frames %v → %v (%.1f fps), heap after warm-up %.1f MiB, peak %.1f MiB, last %.1f MiB, bound %.1f MiB",
				lab, minutes, n, base.Frames, last.Frames, (last.Frames-base.Frames)/(minutes*60), base.Heap/(1<<20), peak/(1<<20), last.Heap/(1<<20), bound/(1<<20))
		})
	}
}
