package main

import "testing"

func TestContentType(t *testing.T) {
	tests := []struct {
		name, want string
	}{
		{"app.wasm", "application/wasm"},
		{"app.3f9c2a1b7d4e.WASM", "application/wasm"},
		{"index.html", "text/html; charset=utf-8"},
		{"old.htm", "text/html; charset=utf-8"},
		{"main.js", "text/javascript; charset=utf-8"},
		{"mod.mjs", "text/javascript; charset=utf-8"},
		{"style.css", "text/css; charset=utf-8"},
		{"logo.png", "image/png"},
		{"icon.svg", "image/svg+xml"},
		{"data.json", "application/json"},
		{"data.tar.gz", "application/gzip"},
		{"app.wasm.br", "application/octet-stream"},
		{"README", "application/octet-stream"},
		{"x.unknown", "application/octet-stream"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := contentType(tt.name); got != tt.want {
				t.Errorf("contentType(%q) = %q, want %q", tt.name, got, tt.want)
			}
		})
	}
}
