//go:build js && wasm

package main

import (
	"syscall/js"

	"bioplay/ui"
)

// reportView shows a scene's Report: title, progress bar, table, note.
type reportView struct {
	root, title, bar, table, note js.Value
	version                       int
}

func newReportView() *reportView {
	r := &reportView{
		root:  el("section", "id", "report", "aria-label", "Results", "hidden", ""),
		title: el("h2"),
		bar:   el("progress", "id", "report-progress", "max", "1", "value", "0"),
		table: el("table", "id", "report-table"),
		note:  el("p", "class", "help"),
	}
	add(r.root, r.title, r.bar, add(el("div", "class", "table-wrap"), r.table), r.note)
	r.version = -1
	return r
}

// show renders rep when its version changed.
func (r *reportView) show(rep ui.Report) {
	r.bar.Set("value", rep.Progress)
	r.bar.Set("hidden", !rep.Running)
	if rep.Version == r.version {
		return
	}
	r.version = rep.Version
	r.root.Set("hidden", rep.Title == "")
	r.title.Set("textContent", rep.Title)
	r.note.Set("textContent", rep.Note)
	r.table.Set("innerHTML", "")
	if len(rep.Header) > 0 {
		tr := el("tr")
		for _, h := range rep.Header {
			add(tr, withText(el("th", "scope", "col"), h))
		}
		add(r.table, add(el("thead"), tr))
	}
	body := el("tbody")
	for _, row := range rep.Rows {
		tr := el("tr")
		for i, c := range row {
			tag := "td"
			if i == 0 {
				tag = "th"
			}
			add(tr, withText(el(tag), c))
		}
		add(body, tr)
	}
	add(r.table, body)
}
