package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestPageKeys: controls= shows only the listed controls (the others are
// absent, their values still apply), autoplay=0 starts paused, title=
// names the page, and all of them stay in the rewritten address.
func TestPageKeys(t *testing.T) {
	ctx := tab(t, "/#lab=sorting&n=40&frozen=2&controls=frozen,damage&autoplay=0&title=Week%203")
	var ids []string
	eval(t, ctx, `[...document.querySelectorAll("#settings .param [id^=p-]")].map(e => e.id).filter(id => !id.endsWith("-help"))`, &ids)
	if strings.Join(ids, " ") != "p-frozen-range p-frozen p-damage" {
		t.Fatalf("visible parameter inputs %v, want only frozen and damage", ids)
	}
	var n, act float64
	var title, hash string
	eval(t, ctx, `bioplay.get("n")`, &n)
	waitFrames(t, ctx, 10)
	eval(t, ctx, `bioplay.metrics().activations`, &act)
	eval(t, ctx, `document.title`, &title)
	eval(t, ctx, `location.hash`, &hash)
	if n != 40 || act != 0 || !strings.HasPrefix(title, "Week 3") {
		t.Fatalf("n = %v, activations = %v (want 0: autoplay=0), title %q", n, act, title)
	}
	for _, k := range []string{"controls=frozen%2Cdamage", "autoplay=0", "title=Week+3"} {
		if !strings.Contains(hash, k) {
			t.Errorf("the rewritten hash %q lost %s", hash, k)
		}
	}
}

// TestLiveSummaryChanges: the aria-live summary follows the running lab.
func TestLiveSummaryChanges(t *testing.T) {
	ctx := tab(t, "/#lab=sorting&speed=5")
	waitFor(t, ctx, `document.getElementById("live").textContent.includes("Sortedness")`)
	var first string
	eval(t, ctx, `document.getElementById("live").textContent`, &first)
	waitFor(t, ctx, `document.getElementById("live").textContent !== `+jsString(first))
	var role string
	eval(t, ctx, `document.getElementById("live").getAttribute("aria-live")`, &role)
	if role != "polite" {
		t.Fatalf("aria-live = %q", role)
	}
}

// TestSetupSaveAndLoad: Save setup downloads the parameters as JSON, and
// loading that file into a page with other settings restores them.
func TestSetupSaveAndLoad(t *testing.T) {
	ctx := tab(t, "/#lab=quadratic&dataset=xor&hidden=3&seed=9")
	lines := download(t, ctx, `document.getElementById("save-setup").click()`, "bioplay-quadratic.json")
	var f struct {
		Lab    string            `json:"lab"`
		Params map[string]string `json:"params"`
	}
	if err := json.Unmarshal([]byte(strings.Join(lines, "\n")), &f); err != nil || f.Lab != "quadratic" || f.Params["hidden"] != "3" || f.Params["dataset"] != "xor" {
		t.Fatalf("saved setup %+v, %v", f, err)
	}
	path := filepath.Join(t.TempDir(), "setup.json")
	os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644)
	other := tab(t, "/#lab=sorting")
	if err := chromedp.Run(other, chromedp.SetUploadFiles("#load-setup", []string{path}, chromedp.ByID)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, other, `bioplay.lab() === "quadratic" && bioplay.get("hidden") === "3" && bioplay.get("seed") === 9`)
}

// TestEmbedDialogSnippet: the Embed dialog writes an iframe snippet with
// the current state, embed=1 and the chosen controls.
func TestEmbedDialogSnippet(t *testing.T) {
	ctx := tab(t, "/#lab=sorting&n=50")
	eval(t, ctx, `document.getElementById("embed-open").click()`, nil)
	eval(t, ctx, `[...document.querySelectorAll("#embed-controls input")].forEach(b => { b.checked = ["n", "frozen"].includes(b.dataset.name); b.dispatchEvent(new Event("change")) })`, nil)
	var snippet string
	eval(t, ctx, `document.getElementById("embed-snippet").value`, &snippet)
	for _, want := range []string{`<iframe title="Self-sorting arrays"`, `allow="fullscreen"`, "n=50", "embed=1", "controls=n,frozen"} {
		if !strings.Contains(snippet, want) {
			t.Errorf("snippet lacks %q:\n%s", want, snippet)
		}
	}
}

func jsString(s string) string { b, _ := json.Marshal(s); return string(b) }
