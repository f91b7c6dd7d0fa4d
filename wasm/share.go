//go:build js && wasm

package main

import (
	"encoding/json"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"syscall/js"

	"bioplay/models/param"
)

// setupFile is a saved setup: the lab and every parameter's canonical text.
// Loading one goes through the same parser as a URL.
type setupFile struct {
	Lab    string            `json:"lab"`
	Params map[string]string `json:"params"`
}

// newSharePanel builds the sharing row: copy link, save and load the setup
// as JSON, and the Embed dialog that writes an iframe snippet.
func newSharePanel(p *page) js.Value {
	row := el("div", "class", "share", "role", "group", "aria-label", "Share")
	link := withText(el("button", "id", "copy-link", "type", "button", "title", "Copy the link to this exact setup"), "Copy link")
	on(link, "click", func(js.Value) { p.copyText(window.Get("location").Get("href").String(), "link") })
	save := withText(el("button", "id", "save-setup", "type", "button", "title", "Download the parameters as a JSON file"), "Save setup")
	on(save, "click", func(js.Value) { p.saveSetup() })
	load := el("input", "id", "load-setup", "type", "file", "accept", ".json,application/json")
	loadLabel := add(withText(el("label", "class", "file"), "Load setup"), load)
	on(load, "change", func(js.Value) { p.loadSetup(load) })
	embed := withText(el("button", "id", "embed-open", "type", "button", "title", "Write an iframe snippet for a course page"), "Embed…")
	dialog := newEmbedDialog(p)
	on(embed, "click", func(js.Value) { dialog.open(p) })
	return add(row, link, save, loadLabel, embed, dialog.root)
}

// copyText puts text on the clipboard, or says why it could not.
func (p *page) copyText(text, what string) {
	clip := window.Get("navigator").Get("clipboard")
	if clip.IsUndefined() {
		p.Message(fmt.Sprintf("copy: this browser gives no clipboard here (it needs https or localhost); the %s is: %s", what, text))
		return
	}
	clip.Call("writeText", text)
	p.Message("")
}

// saveSetup downloads the current lab and parameters as JSON.
func (p *page) saveSetup() {
	f := setupFile{Lab: p.lab.Name, Params: map[string]string{}}
	for _, sp := range p.values.Schema().Specs {
		if t, ok := p.values.Get(sp.Name); ok {
			f.Params[sp.Name] = t
		}
	}
	data, _ := json.MarshalIndent(f, "", "  ")
	p.Download("bioplay-"+p.lab.Name+".json", "application/json", append(data, '\n'))
}

// loadSetup reads a setup file chosen in input and opens it; bad content
// is reported and changes nothing.
func (p *page) loadSetup(input js.Value) {
	files := input.Get("files")
	if files.Length() == 0 {
		return
	}
	var done js.Func
	done = js.FuncOf(func(_ js.Value, args []js.Value) any {
		defer done.Release()
		input.Set("value", "")
		p.applySetup(args[0].String())
		return nil
	})
	files.Index(0).Call("text").Call("then", done)
}

// applySetup opens a setup from JSON text.
func (p *page) applySetup(text string) {
	var f setupFile
	if err := json.Unmarshal([]byte(text), &f); err != nil || f.Lab == "" {
		p.Message(fmt.Sprintf("load setup: not a bioplay setup file (want {\"lab\": …, \"params\": {…}}): %v", err))
		return
	}
	names := make([]string, 0, len(f.Params))
	for k := range f.Params {
		names = append(names, k)
	}
	sort.Strings(names)
	var pairs []param.Pair
	for _, k := range names {
		pairs = append(pairs, param.Pair{Key: k, Value: f.Params[k]})
	}
	problems, err := p.open(f.Lab, pairs)
	if err != nil {
		problems = append(problems, "load setup: "+err.Error())
	}
	p.Message(joinLines(problems))
}

// embedDialog lets a teacher choose the visible controls, autoplay, title
// and size, and shows the iframe snippet for the current setup.
type embedDialog struct {
	root, list, snippet, title, width, height, autoplay js.Value
}

func newEmbedDialog(p *page) *embedDialog {
	d := &embedDialog{root: el("dialog", "id", "embed-dialog", "aria-label", "Embed this lab")}
	d.list = el("fieldset", "id", "embed-controls")
	d.title = el("input", "id", "embed-title", "type", "text")
	d.width = el("input", "id", "embed-width", "type", "number", "min", "320", "max", "2000", "value", "720")
	d.height = el("input", "id", "embed-height", "type", "number", "min", "240", "max", "2000", "value", "520")
	d.autoplay = el("input", "id", "embed-autoplay", "type", "checkbox", "checked", "")
	d.snippet = el("textarea", "id", "embed-snippet", "rows", "5", "readonly", "", "aria-label", "iframe snippet")
	copyBtn := withText(el("button", "id", "embed-copy", "type", "button"), "Copy snippet")
	on(copyBtn, "click", func(js.Value) { p.copyText(d.snippet.Get("value").String(), "snippet") })
	closeBtn := withText(el("button", "id", "embed-close", "type", "button"), "Close")
	on(closeBtn, "click", func(js.Value) { d.root.Call("close") })
	for _, in := range []js.Value{d.title, d.width, d.height, d.autoplay} {
		on(in, "input", func(js.Value) { d.update(p) })
	}
	add(d.root, withText(el("h2"), "Embed this lab"),
		withText(el("p", "class", "help"), "Tick the controls students may see; the snippet keeps the current settings."),
		d.list,
		add(el("label", "for", "embed-title"), withText(el("span"), "Title ")), d.title,
		add(el("div", "class", "row"), withText(el("label", "for", "embed-width"), "Width"), d.width,
			withText(el("label", "for", "embed-height"), "Height"), d.height),
		add(el("div", "class", "row"), d.autoplay, withText(el("label", "for", "embed-autoplay"), "Start playing")),
		d.snippet, add(el("div", "class", "row"), copyBtn, closeBtn))
	return d
}

// open fills the control list for the current lab and shows the dialog.
func (d *embedDialog) open(p *page) {
	d.list.Set("innerHTML", "")
	add(d.list, withText(el("legend"), "Visible controls"))
	for _, sp := range p.values.Schema().Specs {
		id := "embed-show-" + sp.Name
		box := el("input", "id", id, "type", "checkbox", "data-name", sp.Name)
		if p.controls == nil || p.controls[sp.Name] {
			box.Set("checked", true)
		}
		on(box, "change", func(js.Value) { d.update(p) })
		add(d.list, add(el("div", "class", "row"), box, withText(el("label", "for", id), sp.Label)))
	}
	if d.title.Get("value").String() == "" {
		d.title.Set("value", p.lab.Title)
	}
	d.update(p)
	d.root.Call("showModal")
}

// update rewrites the snippet from the dialog's choices.
func (d *embedDialog) update(p *page) {
	var shown []string
	all := true
	boxes := d.list.Call("querySelectorAll", "input[type=checkbox]")
	for i := 0; i < boxes.Length(); i++ {
		b := boxes.Index(i)
		if b.Get("checked").Bool() {
			shown = append(shown, b.Call("getAttribute", "data-name").String())
		} else {
			all = false
		}
	}
	loc := window.Get("location")
	src := loc.Get("origin").String() + loc.Get("pathname").String() + "#" + p.values.Encode() + "&embed=1"
	if !all {
		c := strings.Join(shown, ",")
		if c == "" {
			c = "none"
		}
		src += "&controls=" + c
	}
	if !d.autoplay.Get("checked").Bool() {
		src += "&autoplay=0"
	}
	title := d.title.Get("value").String()
	if title != "" {
		src += "&title=" + url.QueryEscape(title)
	}
	d.snippet.Set("value", fmt.Sprintf(`<iframe title="%s" width="%s" height="%s" allow="fullscreen" style="border:0" src="%s"></iframe>`,
		htmlEscape(title), d.width.Get("value").String(), d.height.Get("value").String(), htmlEscape(src)))
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", `"`, "&quot;", "<", "&lt;", ">", "&gt;").Replace(s)
}
