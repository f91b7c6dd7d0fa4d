package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// maxErrorChars bounds an API error's length: a clear sentence, never an
// echo of a megabyte-long argument. Our choice.
const maxErrorChars = 1000

// hostileCall is one hostile call of window.bioplay. In expr, $NUM, $CHOICE,
// $BOOL and $TEXT stand for the lab's first parameter of that kind (a case
// is skipped when the lab has none). The call must return a string
// containing want (case-insensitive) and leave the parameters unchanged.
type hostileCall struct{ expr, want string }

var hostileCalls = []hostileCall{
	{`bioplay.set("$NUM", NaN)`, "not a finite number"},
	{`bioplay.set("$NUM", Infinity)`, "not a finite number"},
	{`bioplay.set("$NUM", -Infinity)`, "not a finite number"},
	{`bioplay.set("$NUM", 1e308)`, "out of range"},
	{`bioplay.set("$NUM", -Number.MAX_VALUE)`, "out of range"},
	{`bioplay.set("$NUM", "1e999")`, "not a finite number"},
	{`bioplay.set("$NUM", "")`, "not a number"},
	{`bioplay.set("$NUM", " ")`, "not a number"},
	{`bioplay.set("$NUM", "9".repeat(1e6))`, "not a finite number"},
	{`bioplay.set("$NUM", "x".repeat(1e6))`, "not a number"},
	{`bioplay.set("$NUM", "12abc")`, "not a number"},
	{`bioplay.set("$NUM", true)`, "not a number"},
	{`bioplay.set("$NUM", {})`, "not a value"},
	{`bioplay.set("$NUM", [5])`, "not a value"},
	{`bioplay.set("$NUM", null)`, "not a value"},
	{`bioplay.set("$NUM", undefined)`, "not a value"},
	{`bioplay.set("$NUM", () => 5)`, "not a value"},
	{`bioplay.set("$NUM", Symbol("x"))`, "not a value"},
	{`bioplay.set("$NUM", 10n)`, "not a value"},
	{`bioplay.set("$NUM", 10n)`, "not a value"},
	{`bioplay.set("$NUM", {valueOf() { return 50 }, toString() { return "50" }})`, "not a value"},
	{`bioplay.set("$NUM")`, "needs a value"},
	{`bioplay.set("$CHOICE", "NO-SUCH-OPTION")`, "allowed"},
	{`bioplay.set("$CHOICE", 3)`, "allowed"},
	{`bioplay.set("$CHOICE", "x".repeat(1e6))`, "allowed"},
	{`bioplay.set("$BOOL", "maybe")`, "true or false"},
	{`bioplay.set("$BOOL", 2)`, "true or false"},
	{`bioplay.set("$TEXT", "\u0000".repeat(1000) + "x".repeat(1e6))`, "$TEXT"},
	{`bioplay.set("no-such-param", 1)`, "not a parameter"},
	{`bioplay.set("", 1)`, "not a parameter"},
	{`bioplay.set("lab", "sorting")`, "not a parameter"},
	{`bioplay.set("__proto__", 1)`, "not a parameter"},
	{`bioplay.set("constructor", 1)`, "not a parameter"},
	{`bioplay.set("x".repeat(1e6), 1)`, "not a parameter"},
	{`bioplay.set()`, "must be a string"},
	{`bioplay.set(42, 1)`, "must be a string"},
	{`bioplay.set(null, 1)`, "must be a string"},
	{`bioplay.set({toString() { return "$NUM" }}, 1)`, "must be a string"},
	{`bioplay.set(["$NUM"], 1)`, "must be a string"},
	{`bioplay.step(NaN)`, "whole number"},
	{`bioplay.step(Infinity)`, "whole number"},
	{`bioplay.step(0)`, "whole number"},
	{`bioplay.step(-1)`, "whole number"},
	{`bioplay.step(1.5)`, "whole number"},
	{`bioplay.step(1e12)`, "whole number"},
	{`bioplay.step(2 ** 64)`, "whole number"},
	{`bioplay.step("5")`, "must be a number"},
	{`bioplay.step({})`, "must be a number"},
	{`bioplay.step(null)`, "must be a number"},
	{`bioplay.step(5n)`, "must be a number"},
	{`bioplay.open()`, "must be a string"},
	{`bioplay.open(42)`, "must be a string"},
	{`bioplay.open("")`, "is not a lab"},
	{`bioplay.open("no-such-lab")`, "is not a lab"},
	{`bioplay.open("__proto__")`, "is not a lab"},
	{`bioplay.open("x".repeat(1e6))`, "is not a lab"},
	{`bioplay.injectFault(42)`, "must be a string"},
	{`bioplay.injectFault("nowhere")`, "nowhere"},
}

// TestHostileAPI calls window.bioplay with every hostile input of the table
// on every lab: each call returns an error string (no exception) that says
// what was wrong in at most maxErrorChars characters, and afterwards the
// lab, its parameters and the URL are as before, no fault is shown and
// frames are still drawn.
func TestHostileAPI(t *testing.T) {
	ctx := tab(t, "/")
	var labs []string
	eval(t, ctx, `bioplay.labs()`, &labs)
	for _, lab := range labs {
		t.Run(lab, func(t *testing.T) {
			ctx := tab(t, "/#lab="+lab)
			eval(t, ctx, `bioplay.pause(), true`, nil)
			var kinds map[string]string // kind → first parameter name
			eval(t, ctx, `(() => { const k = {}; for (const p of bioplay.params()) if (!(p.kind in k)) k[p.kind] = p.name; return k; })()`, &kinds)
			subst := strings.NewReplacer("$NUM", first(kinds, "integer", "number"), "$CHOICE", kinds["choice"],
				"$BOOL", kinds["bool"], "$TEXT", kinds["text"])
			state := func() string {
				var s string
				eval(t, ctx, `JSON.stringify([bioplay.lab(), bioplay.params().map(p => [p.name, p.value]), location.hash, bioplay.fault()])`, &s)
				return s
			}
			before := state()
			ran := 0
			for _, c := range hostileCalls {
				expr, want := subst.Replace(c.expr), subst.Replace(c.want)
				if strings.Contains(expr, `""`) && strings.Contains(c.expr, `"$`) && !strings.Contains(c.expr, `"", 1`) {
					continue // the lab has no parameter of that kind
				}
				ran++
				var got struct {
					Threw bool
					Type  string
					Text  string
				}
				eval(t, ctx, `(() => { try { const r = `+expr+`; return {Threw: false, Type: typeof r, Text: String(r)}; }
					catch (e) { return {Threw: true, Type: "exception", Text: String(e)}; } })()`, &got)
				switch {
				case got.Threw:
					t.Errorf("%.80s threw %.300s", expr, got.Text)
				case got.Type != "string" || got.Text == "":
					t.Errorf("%.80s returned %s %.200q, want an error string", expr, got.Type, got.Text)
				case len(got.Text) > maxErrorChars:
					t.Errorf("%.80s: the error is %d characters (> %d): %.200q…", expr, len(got.Text), maxErrorChars, got.Text)
				case !strings.Contains(strings.ToLower(got.Text), strings.ToLower(want)):
					t.Errorf("%.80s = %.300q, want it to mention %q", expr, got.Text, want)
				}
				if after := state(); after != before {
					t.Fatalf("%.80s changed the state:\nbefore %.600s\nafter  %.600s", expr, before, after)
				}
			}
			var frames float64
			eval(t, ctx, `bioplay.frame()`, &frames)
			waitFor(t, ctx, fmt.Sprintf("bioplay.frame() > %d", int(frames)+3))
			t.Logf("%d hostile calls on %s", ran, lab)
		})
	}
}

// first returns the value of the first key of keys that m has.
func first(m map[string]string, keys ...string) string {
	for _, k := range keys {
		if v, ok := m[k]; ok {
			return v
		}
	}
	return ""
}

// hostileMessages are posted to a framed lab; each must be answered with
// ok: false and an error containing want. The placeholders are those of
// hostileCalls; ID is replaced by the message's id.
var hostileMessages = []struct{ msg, want string }{
	{`{bioplay: "set", id: ID, name: "$NUM", value: NaN}`, "not a finite number"},
	{`{bioplay: "set", id: ID, name: "$NUM", value: Infinity}`, "not a finite number"},
	{`{bioplay: "set", id: ID, name: "$NUM", value: -1e308}`, "out of range"},
	{`{bioplay: "set", id: ID, name: "$NUM", value: "9".repeat(1e6)}`, "not a finite number"},
	{`{bioplay: "set", id: ID, name: "$NUM", value: {}}`, "not a value"},
	{`{bioplay: "set", id: ID, name: "$NUM", value: [1, 2]}`, "not a value"},
	{`{bioplay: "set", id: ID, name: "$NUM", value: null}`, "not a value"},
	{`{bioplay: "set", id: ID, name: "$NUM", value: 10n}`, "not a value"},
	{`{bioplay: "set", id: ID, name: "$NUM", value: new Date(0)}`, "not a value"},
	{`{bioplay: "set", id: ID, name: "$NUM"}`, "needs a value"},
	{`{bioplay: "set", id: ID, name: "$CHOICE", value: "x".repeat(1e6)}`, "allowed"},
	{`{bioplay: "set", id: ID, name: "$BOOL", value: "maybe"}`, "true or false"},
	{`{bioplay: "set", id: ID, name: 42, value: 1}`, "name field"},
	{`{bioplay: "set", id: ID, name: {}, value: 1}`, "name field"},
	{`{bioplay: "set", id: ID, value: 1}`, "name field"},
	{`{bioplay: "set", id: ID, name: "x".repeat(1e6), value: 1}`, "not a parameter"},
	{`{bioplay: "set", id: ID, name: "__proto__", value: 1}`, "not a parameter"},
	{`{bioplay: "get", id: ID, name: "no-such-param"}`, "not a parameter"},
	{`{bioplay: "get", id: ID, name: "x".repeat(1e6)}`, "not a parameter"},
	{`{bioplay: "get", id: ID}`, "name field"},
	{`{bioplay: "step", id: ID, n: NaN}`, "whole number"},
	{`{bioplay: "step", id: ID, n: -1}`, "whole number"},
	{`{bioplay: "step", id: ID, n: 1e12}`, "whole number"},
	{`{bioplay: "step", id: ID, n: "5"}`, "must be a number"},
	{`{bioplay: "step", id: ID, n: {}}`, "must be a number"},
	{`{bioplay: "jump", id: ID}`, "unknown command"},
	{`{bioplay: "", id: ID}`, "unknown command"},
	{`{bioplay: "SET", id: ID, name: "$NUM", value: 1}`, "unknown command"},
	{`{bioplay: "x".repeat(1e6), id: ID}`, "unknown command"},
	{`{bioplay: "open", id: ID, name: "sorting"}`, "unknown command"},
	{`{bioplay: "injectFault", id: ID, name: "update"}`, "unknown command"},
}

// TestHostilePostMessages posts every message of the table to each lab
// framed by a cross-origin course page: each gets ok: false with a short
// error naming the problem, the lab keeps its parameters (params before and
// after compared) and still answers.
func TestHostilePostMessages(t *testing.T) {
	ctx := tab(t, "/")
	var labs []string
	eval(t, ctx, `bioplay.labs()`, &labs)
	for _, lab := range labs {
		t.Run(lab, func(t *testing.T) {
			host := postHost(t, "lab="+lab+"&embed=1&relay=metrics&relay-hz=10")
			ctx := openTab(t, host.URL)
			waitFor(t, ctx, `events("metrics").length > 0`)
			request := func(id, msg string) map[string]any {
				t.Helper()
				eval(t, ctx, `send(`+strings.ReplaceAll(msg, "ID", fmt.Sprintf("%q", id))+`), true`, nil)
				wctx, cancel := context.WithTimeout(ctx, 10*time.Second)
				defer cancel()
				if err := chromedp.Run(wctx, chromedp.Poll(fmt.Sprintf(`reply(%q) !== undefined`, id), nil)); err != nil {
					t.Errorf("%.80s: no reply within 10 s (the handler failed?)", msg)
					return map[string]any{"ok": false, "error": "(no reply)"}
				}
				var r map[string]any
				// params come back as their name and value only: the key order
				// of the full descriptions is not stable.
				eval(t, ctx, fmt.Sprintf(`(r => ({ok: r.ok, error: r.error, value: JSON.stringify(
					Array.isArray(r.value) ? r.value.map(p => [p.name, p.kind, p.value]) : r.value)}))(reply(%q))`, id), &r)
				return r
			}
			eval(t, ctx, `send({bioplay: "pause", id: "p"}), true`, nil)
			params := request("before", `{bioplay: "params", id: ID}`)["value"]
			var kinds map[string]string
			eval(t, ctx, `(() => { const k = {}; for (const [name, kind] of JSON.parse(`+fmt.Sprintf("%q", params)+`)) if (!(kind in k)) k[kind] = name; return k; })()`, &kinds)
			subst := strings.NewReplacer("$NUM", first(kinds, "integer", "number"), "$CHOICE", kinds["choice"], "$BOOL", kinds["bool"])
			for i, m := range hostileMessages {
				msg := subst.Replace(m.msg)
				if strings.Contains(msg, `name: ""`) {
					continue // the lab has no parameter of that kind
				}
				r := request(fmt.Sprint("h", i), msg)
				e, _ := r["error"].(string)
				switch {
				case e == "(no reply)":
				case r["ok"] != false:
					t.Errorf("%.80s: reply %v, want ok: false", msg, r)
				case len(e) > maxErrorChars:
					t.Errorf("%.80s: the error is %d characters (> %d): %.200q…", msg, len(e), maxErrorChars, e)
				case !strings.Contains(strings.ToLower(e), m.want):
					t.Errorf("%.80s: error %.300q, want it to mention %q", msg, e, m.want)
				}
			}
			eval(t, ctx, `send({bioplay: "reply", id: "r0"}), send({bioplay: "event", id: "e0"}), true`, nil)
			if after := request("after", `{bioplay: "params", id: ID}`)["value"]; after != params {
				t.Fatalf("the parameters changed:\nbefore %.600s\nafter  %.600s", params, after)
			}
			var own int
			eval(t, ctx, `log.filter(x => x.d.bioplay === "reply" && (x.d.id === "r0" || x.d.id === "e0")).length`, &own)
			if own != 0 {
				t.Errorf("%d replies to messages of the lab's own kinds (reply, event), want none", own)
			}
		})
	}
}
