package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
)

// secret is the content of a file placed next to (outside) the served folder.
// No response may ever contain it.
const secret = "TOPSECRET-outside-the-root"

// hiddenSecret is the content of dot-files inside the served folder.
const hiddenSecret = "HIDDEN-dotfile-content"

// wasmName is a content-hashed asset with br and gz siblings.
const wasmName = "app.3f9c2a1b7d4e.wasm"

// siteFiles is the served folder of the handler tests: name → content.
// The .br/.gz contents are distinct placeholder bytes of distinct lengths; the
// server never decodes them, so they need not be real brotli or gzip.
var siteFiles = map[string]string{
	"index.html":             "<!doctype html><title>bioplay</title>",
	"index.html.gz":          "GZ(index.html)",
	wasmName:                 "\x00asm\x01\x00\x00\x00 raw wasm bytes, the long original",
	wasmName + ".br":         "BR(wasm)",
	wasmName + ".gz":         "GZ(wasm)..",
	"main.js":                "console.log('main');",
	"main.js.gz":             "GZ(main.js)",
	"style.css":              "body{margin:0}",
	"logo.png":               "\x89PNG\r\n\x1a\n",
	"icon.svg":               "<svg xmlns='http://www.w3.org/2000/svg'/>",
	"data.json":              `{"a":1}`,
	"notes.xyz":              "unknown type",
	"page.3f9c2a1b7d4e.html": "<p>hashed html</p>",
	"sub/index.html":         "<p>sub index</p>",
	"empty/listed.txt":       "a file in a folder without index",
	".env":                   hiddenSecret,
	".hidden/file.txt":       hiddenSecret,
	"sub/.secret":            hiddenSecret,
	"trap.js.br/.keep":       "a folder named like a sibling",
	"trap.js":                "trap raw",
}

// newSite builds a temporary folder holding secret.txt and site/ with
// siteFiles, plus symlinks inside site/ (when the platform allows them):
// escape → ../secret.txt, escdir → .., inside → index.html. It returns the
// path of site/ and whether the symlinks exist.
func newSite(t *testing.T) (dir string, symlinks bool) {
	t.Helper()
	outer := t.TempDir()
	writeFile(t, filepath.Join(outer, "secret.txt"), secret)
	dir = filepath.Join(outer, "site")
	for name, content := range siteFiles {
		writeFile(t, filepath.Join(dir, filepath.FromSlash(name)), content)
	}
	symlinks = true
	for link, target := range map[string]string{
		"escape": filepath.Join("..", "secret.txt"),
		"escdir": "..",
		"inside": "index.html",
	} {
		if err := os.Symlink(target, filepath.Join(dir, link)); err != nil {
			t.Logf("no symlinks on this platform: %v", err)
			symlinks = false
		}
	}
	return dir, symlinks
}

// writeFile writes content to name, creating parent folders.
func writeFile(t *testing.T, name, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// newSiteHandler returns a handler over a fresh newSite folder.
func newSiteHandler(t *testing.T) *siteHandler {
	t.Helper()
	dir, _ := newSite(t)
	h, err := newHandler(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	return h
}

// serve sends one request through h and returns the response with its body
// read into the returned string.
func serve(t *testing.T, h http.Handler, method, target string, header http.Header) (*http.Response, string) {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	for k, vs := range header {
		req.Header[k] = vs
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	resp := rec.Result()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(body)
}

// acceptEnc returns a request header with the given Accept-Encoding, or none
// when ae is empty.
func acceptEnc(ae string) http.Header {
	if ae == "" {
		return nil
	}
	return http.Header{"Accept-Encoding": {ae}}
}
