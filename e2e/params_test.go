package e2e

import (
	"strings"
	"testing"

	"bioplay/models/sorting"

	"github.com/chromedp/chromedp"
)

// TestControlChangesModelAndURL types a new N into its control: the model
// is rebuilt with 37 cells and the address bar says n=37.
func TestControlChangesModelAndURL(t *testing.T) {
	ctx := tab(t, "/#lab=sorting")
	if err := chromedp.Run(ctx,
		chromedp.Focus("#p-n", chromedp.ByID),
		chromedp.Evaluate(`document.getElementById("p-n").select()`, nil),
		chromedp.KeyEvent("37"),
		chromedp.KeyEvent("\t"), // leaving the field commits it
	); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `bioplay.metrics().cells === 37`)
	var n float64
	var hash string
	eval(t, ctx, `bioplay.get("n")`, &n)
	eval(t, ctx, `location.hash`, &hash)
	if n != 37 || !strings.Contains(hash, "&n=37&") {
		t.Fatalf("get(n) = %v, hash = %q; want 37 in both", n, hash)
	}
	var rangeValue string
	eval(t, ctx, `document.getElementById("p-n-range").value`, &rangeValue)
	if rangeValue != "37" {
		t.Fatalf("the slider shows %q, want 37", rangeValue)
	}
}

// TestHashReproducesRun loads a link and checks the browser's run matches
// the native model step for step: same parameters and seed, same run.
func TestHashReproducesRun(t *testing.T) {
	ctx := tab(t, "/#lab=sorting&n=37&frozen=2&damage=stuck&seed=5")
	for name, want := range map[string]float64{"n": 37, "frozen": 2, "seed": 5} {
		var got float64
		eval(t, ctx, `bioplay.get("`+name+`")`, &got)
		if got != want {
			t.Errorf("get(%s) = %v, want %v", name, got, want)
		}
	}
	const steps = 700
	eval(t, ctx, `bioplay.pause(), bioplay.reset(), bioplay.step(700)`, nil)
	waitFor(t, ctx, `bioplay.metrics().activations === 700 || bioplay.metrics().done === 1`)
	var got map[string]float64
	eval(t, ctx, `bioplay.metrics()`, &got)

	cfg := sorting.DefaultConfig()
	cfg.N, cfg.Frozen, cfg.Damage = 37, 2, sorting.Stuck
	arr, err := sorting.New(cfg, 5)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < steps && arr.Step(); i++ {
	}
	m := arr.Metrics()
	want := map[string]float64{"swaps": float64(m.Swaps), "error": float64(m.Error), "activations": float64(m.Activations),
		"compares": float64(m.Compares), "frozen-attempts": float64(m.FrozenAttempts), "sortedness": m.Sortedness}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("browser %s = %v, native %v", k, got[k], w)
		}
	}
}

// TestBadHashValueShowsMessage: a bad value in the link is reported and the
// default kept; the rest of the link still applies.
func TestBadHashValueShowsMessage(t *testing.T) {
	ctx := tab(t, "/#lab=sorting&n=5000&frozen=3&bogus=1")
	var msg string
	var n, frozen float64
	eval(t, ctx, `document.getElementById("message").textContent`, &msg)
	eval(t, ctx, `bioplay.get("n")`, &n)
	eval(t, ctx, `bioplay.get("frozen")`, &frozen)
	if !strings.Contains(msg, "n: 5000 is out of range [10, 400]") || n != 100 || frozen != 3 {
		t.Fatalf("message %q, n = %v, frozen = %v; want the range error, n 100, frozen 3", msg, n, frozen)
	}
	var hidden bool
	eval(t, ctx, `document.getElementById("message").hidden`, &hidden)
	if hidden {
		t.Fatal("the message area is hidden")
	}
}

// TestAPIRejectsBadInput: window.bioplay answers bad calls with a message
// and keeps its state.
func TestAPIRejectsBadInput(t *testing.T) {
	ctx := tab(t, "/#lab=sorting")
	cases := []struct{ call, want string }{
		{`bioplay.set("n", NaN)`, "not a finite number"},
		{`bioplay.set("n", 3.5)`, "not an integer"},
		{`bioplay.set("n", {})`, "not a value"},
		{`bioplay.set("n")`, "needs a value"},
		{`bioplay.set("size", 3)`, `"size" is not a parameter of sorting`},
		{`bioplay.set("mix", "bubble:0")`, "mix:"},
		{`bioplay.set("damage", "broken")`, "allowed: passive, stuck"},
		{`bioplay.set("frozen", 100)`, "frozen: 100 must be less than n (100)"},
		{`bioplay.set(42, 1)`, "must be a string"},
		{`bioplay.set("mix", "x".repeat(1e6))`, "mix:"},
		{`bioplay.step(-1)`, "whole number"},
		{`bioplay.step("10")`, "must be a number"},
		{`bioplay.open("nope")`, `"nope" is not a lab`},
	}
	for _, c := range cases {
		var got string
		eval(t, ctx, c.call, &got)
		if !strings.Contains(got, c.want) {
			t.Errorf("%s = %q, want a message containing %q", c.call, got, c.want)
		}
	}
	var n float64
	var ok string
	eval(t, ctx, `bioplay.get("n")`, &n)
	eval(t, ctx, `bioplay.set("n", 50)`, &ok)
	if n != 100 || ok != "" {
		t.Fatalf("after bad calls n = %v and set(n, 50) = %q; want 100 and \"\"", n, ok)
	}
	waitFrames(t, ctx, 5) // the page still draws
}

// TestBadControlValueIsReportedAndReverted types an out-of-range N: the
// message names the range, the control shows the kept value again.
func TestBadControlValueIsReportedAndReverted(t *testing.T) {
	ctx := tab(t, "/#lab=sorting&n=60")
	if err := chromedp.Run(ctx,
		chromedp.Focus("#p-n", chromedp.ByID),
		chromedp.Evaluate(`document.getElementById("p-n").select()`, nil),
		chromedp.KeyEvent("5000"),
		chromedp.KeyEvent("\t"),
	); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.getElementById("message").textContent.includes("n: 5000 is out of range [10, 400]")`)
	var shown string
	var n float64
	eval(t, ctx, `document.getElementById("p-n").value`, &shown)
	eval(t, ctx, `bioplay.metrics().cells`, &n)
	if shown != "60" || n != 60 {
		t.Fatalf("after a bad value the control shows %q and the model has %v cells; want 60 and 60", shown, n)
	}
}
