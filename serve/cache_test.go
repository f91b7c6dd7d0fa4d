package main

import (
	"net/http"
	"testing"
)

func TestCacheControl(t *testing.T) {
	tests := []struct {
		name, want string
	}{
		{"index.html", cacheRevalidate},
		{"sub/index.html", cacheRevalidate},
		{"embed.html", cacheRevalidate},
		{"page.3f9c2a1b7d4e.html", cacheRevalidate},
		{"app.3f9c2a1b7d4e.wasm", cacheImmutable},
		{"sub/app.3f9c2a1b7d4e.wasm", cacheImmutable},
		{"wasm_exec.0123abcd.js", cacheImmutable},
		{"app.3f9c2a1b7d4e.wasm.br", cacheImmutable},
		{"app.wasm", cacheRevalidate},
		{"main.js", cacheRevalidate},
		{"app.3f9c2a1.wasm", cacheRevalidate},        // 7 hex: too short
		{"app.3F9C2A1B7D4E.wasm", cacheRevalidate},   // upper case is not our hash form
		{"app.3f9c2a1g7d4e.wasm", cacheRevalidate},   // 'g' is not hex
		{"3f9c2a1b7d4e.wasm", cacheRevalidate},       // the stem never counts
		{"20240101.json", cacheRevalidate},           // a date stem is not a hash
		{"app.wasm.3f9c2a1b7d4e", cacheRevalidate},   // the extension never counts
		{"deadbeef", cacheRevalidate},                // no extension
		{"app.deadbeef.min.js", cacheImmutable},      // any middle segment
		{"app.bad.3f9c2a1b7d4e.css", cacheImmutable}, // any middle segment
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cacheControl(tt.name); got != tt.want {
				t.Errorf("cacheControl(%q) = %q, want %q", tt.name, got, tt.want)
			}
		})
	}
}

// TestCacheControlHeader checks the policy as sent by the handler, including
// for "/", directory indexes and negotiated variants.
func TestCacheControlHeader(t *testing.T) {
	h := newSiteHandler(t)
	const immutable = "public, max-age=31536000, immutable"
	tests := []struct {
		target, acceptEncoding, want string
	}{
		{"/", "", "no-cache"},
		{"/", "gzip", "no-cache"},
		{"/index.html", "", "no-cache"},
		{"/sub/", "", "no-cache"},
		{"/page.3f9c2a1b7d4e.html", "", "no-cache"},
		{"/" + wasmName, "", immutable},
		{"/" + wasmName, "br", immutable},
		{"/main.js", "", "no-cache"},
		{"/data.json", "", "no-cache"},
	}
	for _, tt := range tests {
		t.Run(tt.target+" "+tt.acceptEncoding, func(t *testing.T) {
			resp, _ := serve(t, h, http.MethodGet, tt.target, acceptEnc(tt.acceptEncoding))
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status = %d, want 200", resp.StatusCode)
			}
			if got := resp.Header.Get("Cache-Control"); got != tt.want {
				t.Errorf("Cache-Control = %q, want %q", got, tt.want)
			}
		})
	}
}
