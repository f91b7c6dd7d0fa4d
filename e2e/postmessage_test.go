package e2e

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// postHost serves a course page from another origin than the lab: an
// iframe of the lab at labHash, a log of what the lab posts (replies and
// events, with their arrival time) and send(m) to post m to the lab. At
// /other it serves a page that, framed by the host, posts to the lab
// itself: a window that is not the lab's parent.
func postHost(t *testing.T, labHash string) *httptest.Server {
	host := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/other" {
			fmt.Fprint(w, `<!doctype html><title>other</title><script>
window.log = [];
addEventListener("message", e => log.push(e.data));
parent.frames[0].postMessage({bioplay: "set", id: "intruder-set", name: "n", value: 77}, "*");
parent.frames[0].postMessage({bioplay: "get", id: "intruder-get", name: "n"}, "*");
</script>`)
			return
		}
		fmt.Fprintf(w, `<!doctype html><title>course</title><body style="margin:0">
<iframe id="lab" title="bioplay lab" width="480" height="360" style="border:0;display:block" src="%s#%s"></iframe>
<script>
const lab = document.getElementById("lab");
window.log = [];
addEventListener("message", e => { if (e.source === lab.contentWindow) log.push({t: performance.now(), d: e.data}); });
window.send = m => lab.contentWindow.postMessage(m, "*");
window.reply = id => (log.find(x => x.d.bioplay === "reply" && x.d.id === id) || {}).d;
window.events = name => log.filter(x => x.d.bioplay === "event" && x.d.name === name);
</script></body>`, env.base, labHash)
	}))
	t.Cleanup(host.Close)
	return host
}

// TestPostMessageAPI drives a framed lab from a cross-origin course page:
// set then get round trips, a bad value and an unknown command give ok:
// false with a clear message, messages without a bioplay field get no
// reply, and events arrive with their tag at about relay-hz.
func TestPostMessageAPI(t *testing.T) {
	host := postHost(t, "lab=sorting&embed=1&n=40&seed=3&relay=metrics,done&relay-hz=5&tag=week3")
	ctx := openTab(t, host.URL)
	waitFor(t, ctx, `events("metrics").length > 0`) // the lab is up and listening
	request := func(id, msg string) map[string]any {
		t.Helper()
		eval(t, ctx, `send(`+msg+`), true`, nil)
		waitFor(t, ctx, fmt.Sprintf(`reply(%q) !== undefined`, id))
		var r map[string]any
		eval(t, ctx, fmt.Sprintf(`reply(%q)`, id), &r)
		return r
	}

	if r := request("s1", `{bioplay: "set", id: "s1", name: "frozen", value: 3}`); r["ok"] != true || r["value"] != 3.0 {
		t.Fatalf("set frozen=3: reply %v, want ok and value 3", r)
	}
	if r := request("g1", `{bioplay: "get", id: "g1", name: "frozen"}`); r["ok"] != true || r["value"] != 3.0 {
		t.Fatalf("get frozen after set: reply %v, want ok and value 3", r)
	}
	r := request("bad", `{bioplay: "set", id: "bad", name: "n", value: 1000}`)
	if msg, _ := r["error"].(string); r["ok"] != false || !strings.Contains(msg, "out of range [10, 400]") {
		t.Fatalf("set n=1000: reply %v, want ok:false with the range", r)
	}
	if r := request("g2", `{bioplay: "get", id: "g2", name: "n"}`); r["value"] != 40.0 {
		t.Fatalf("get n after a rejected set: reply %v, want 40 kept", r)
	}
	r = request("u", `{bioplay: "jump", id: "u"}`)
	if msg, _ := r["error"].(string); r["ok"] != false || !strings.Contains(msg, `unknown command "jump"`) {
		t.Fatalf("unknown command: reply %v", r)
	}
	r = request("m", `{bioplay: "set", id: "m"}`)
	if msg, _ := r["error"].(string); r["ok"] != false || !strings.Contains(msg, "name") {
		t.Fatalf("set without a name: reply %v", r)
	}
	r = request("met", `{bioplay: "metrics", id: "met"}`)
	if m, _ := r["value"].(map[string]any); r["ok"] != true || m["cells"] != 40.0 {
		t.Fatalf("metrics: reply %v, want cells 40", r)
	}
	var n int
	eval(t, ctx, `send({id: "plain"}), send("hello"), send({bioplay: 3, id: "num"}), log.filter(x => x.d.bioplay === "reply").length`, &n)
	request("after", `{bioplay: "get", id: "after", name: "n"}`) // processed after the three above
	var n2 int
	eval(t, ctx, `log.filter(x => x.d.bioplay === "reply").length`, &n2)
	if n2 != n+1 {
		t.Fatalf("%d replies to messages without a string bioplay field, want none", n2-n-1)
	}

	// Events: metrics at about 5 per second, each with the tag.
	var rate struct {
		N    int
		Secs float64
		Tags []string
	}
	evalAwait(t, ctx, `new Promise(ok => { const t0 = performance.now(); setTimeout(() => {
		const ev = events("metrics").filter(x => x.t >= t0);
		ok({N: ev.length, Secs: (performance.now() - t0) / 1000, Tags: [...new Set(ev.map(x => x.d.tag))]});
	}, 3000); })`, &rate)
	hz := float64(rate.N) / rate.Secs
	if hz < 3 || hz > 7 || len(rate.Tags) != 1 || rate.Tags[0] != "week3" {
		t.Fatalf("metrics events: %d in %.1fs (%.1f/s, want about 5) with tags %v (want week3)", rate.N, rate.Secs, hz, rate.Tags)
	}
}

// TestPostMessageDone: with relay=done the lab posts "done" with its tag
// when the run finishes.
func TestPostMessageDone(t *testing.T) {
	host := postHost(t, "lab=sorting&embed=1&n=20&speed=2000&relay=done&tag=t1")
	ctx := openTab(t, host.URL)
	waitFor(t, ctx, `events("done").length > 0`)
	var ev map[string]any
	eval(t, ctx, `events("done")[0].d`, &ev)
	if v, _ := ev["value"].(map[string]any); ev["tag"] != "t1" || v["done"] != 1.0 {
		t.Fatalf("done event %v, want tag t1 and the metrics with done 1", ev)
	}
	var metricsEvents int
	eval(t, ctx, `events("metrics").length`, &metricsEvents)
	if metricsEvents != 0 {
		t.Fatalf("%d metrics events without relay=metrics", metricsEvents)
	}
}

// TestPostMessageOnlyFromParent: a frame of the course page that is not
// the lab's parent posts set and get to the lab: it gets no reply and the
// value does not change.
func TestPostMessageOnlyFromParent(t *testing.T) {
	host := postHost(t, "lab=sorting&embed=1&n=40&relay=metrics&relay-hz=10")
	ctx := openTab(t, host.URL)
	waitFor(t, ctx, `events("metrics").length > 0`)
	eval(t, ctx, `(() => { const f = document.createElement("iframe"); f.id = "other"; f.src = "/other"; document.body.append(f); return true; })()`, nil)
	waitFor(t, ctx, `frames[1] && frames[1].log !== undefined && frames[1].document.readyState === "complete"`)
	eval(t, ctx, `send({bioplay: "get", id: "g", name: "n"}), true`, nil)
	waitFor(t, ctx, `reply("g") !== undefined`)
	var r map[string]any
	eval(t, ctx, `reply("g")`, &r)
	if r["value"] != 40.0 {
		t.Fatalf("n = %v after another frame posted set n=77, want 40 kept", r["value"])
	}
	evalAwait(t, ctx, `new Promise(ok => setTimeout(() => ok(true), 500))`, nil)
	var got []any
	eval(t, ctx, `frames[1].log`, &got)
	if len(got) != 0 {
		t.Fatalf("the non-parent frame got replies %v, want none", got)
	}
}

// evalAwait evaluates a JS expression whose value is a promise and puts
// what it resolves to into out.
func evalAwait(t *testing.T, ctx context.Context, expr string, out any) {
	t.Helper()
	await := func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }
	if err := chromedp.Run(ctx, chromedp.Evaluate(expr, out, await)); err != nil {
		t.Fatalf("eval %s: %v", expr, err)
	}
}

// TestRelayBadKeys: a relay-hz outside [0.1, 10] and an unknown relay
// event are reported in the message area, also when the lab is not framed.
func TestRelayBadKeys(t *testing.T) {
	ctx := tab(t, "/#lab=sorting&relay=metrics,bogus&relay-hz=50")
	waitFor(t, ctx, `document.getElementById("message").textContent.includes("relay-hz")`)
	var msg string
	eval(t, ctx, `document.getElementById("message").textContent`, &msg)
	if !strings.Contains(msg, `"50" must be a number in [0.1, 10]`) || !strings.Contains(msg, `"bogus" is not an event`) {
		t.Fatalf("message %q, want the relay-hz range and the unknown event", msg)
	}
}
