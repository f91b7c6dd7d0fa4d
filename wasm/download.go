//go:build js && wasm

package main

import "syscall/js"

// Download offers data as a file: a Blob behind a temporary object URL,
// clicked through an <a download>. The last download's name and size are
// kept on window.bioplayLastDownload for scripts that want to know.
func (p *page) Download(name, mime string, data []byte) {
	arr := js.Global().Get("Uint8Array").New(len(data))
	js.CopyBytesToJS(arr, data)
	blob := js.Global().Get("Blob").New([]any{arr}, map[string]any{"type": mime})
	url := js.Global().Get("URL").Call("createObjectURL", blob)
	a := el("a", "href", url.String(), "download", name)
	a.Get("style").Set("display", "none")
	document.Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	window.Call("setTimeout", js.FuncOf(func(this js.Value, _ []js.Value) any {
		js.Global().Get("URL").Call("revokeObjectURL", url)
		return nil
	}), 10000)
	window.Set("bioplayLastDownload", map[string]any{"name": name, "bytes": len(data)})
}
