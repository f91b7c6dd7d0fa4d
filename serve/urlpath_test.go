package main

import "testing"

func TestLocalName(t *testing.T) {
	tests := []struct {
		urlPath  string
		wantName string
		wantOK   bool
	}{
		{"/", ".", true},
		{"/index.html", "index.html", true},
		{"/sub/", "sub", true},
		{"/sub/app.js", "sub/app.js", true},
		{"/a b/ü.txt", "a b/ü.txt", true},
		{"/app.3f9c2a1b7d4e.wasm", "app.3f9c2a1b7d4e.wasm", true},
		{"", "", false},
		{"index.html", "", false},
		{"//", "", false},
		{"//x", "", false},
		{"/a//b", "", false},
		{"/..", "", false},
		{"/../x", "", false},
		{"/a/../x", "", false},
		{"/a/..", "", false},
		{"/./x", "", false},
		{"/a/.", "", false},
		{"/.env", "", false},
		{"/.git/config", "", false},
		{"/sub/.secret", "", false},
		{`/..\x`, "", false},
		{`/a\b`, "", false},
		{"/a\x00b", "", false},
		{"/a\nb", "", false},
		{"/a\x7fb", "", false},
		{"/C:/x", "", false},
		{"/x.txt::$DATA", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.urlPath, func(t *testing.T) {
			name, ok := localName(tt.urlPath)
			if name != tt.wantName || ok != tt.wantOK {
				t.Errorf("localName(%q) = %q, %v, want %q, %v", tt.urlPath, name, ok, tt.wantName, tt.wantOK)
			}
		})
	}
}
