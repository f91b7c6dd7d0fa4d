package main

import (
	"net/http"
	"strconv"
	"strings"
	"testing"
)

func TestContentTypes(t *testing.T) {
	h := newSiteHandler(t)
	tests := []struct {
		target, file, wantType string
	}{
		{"/" + wasmName, wasmName, "application/wasm"},
		{"/", "index.html", "text/html; charset=utf-8"},
		{"/index.html", "index.html", "text/html; charset=utf-8"},
		{"/main.js", "main.js", "text/javascript; charset=utf-8"},
		{"/style.css", "style.css", "text/css; charset=utf-8"},
		{"/logo.png", "logo.png", "image/png"},
		{"/icon.svg", "icon.svg", "image/svg+xml"},
		{"/data.json", "data.json", "application/json"},
		{"/notes.xyz", "notes.xyz", "application/octet-stream"},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			resp, body := serve(t, h, http.MethodGet, tt.target, nil)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status = %d, want 200", resp.StatusCode)
			}
			if got := resp.Header.Get("Content-Type"); got != tt.wantType {
				t.Errorf("Content-Type = %q, want %q", got, tt.wantType)
			}
			if body != siteFiles[tt.file] {
				t.Errorf("body = %q, want %q", body, siteFiles[tt.file])
			}
			if got := resp.Header.Get("X-Content-Type-Options"); got != "nosniff" {
				t.Errorf("X-Content-Type-Options = %q, want nosniff", got)
			}
		})
	}
}

func TestEncodingNegotiation(t *testing.T) {
	h := newSiteHandler(t)
	tests := []struct {
		name, target, acceptEncoding string
		wantEncoding, wantFile       string // wantEncoding "" means raw
		wantType                     string
	}{
		{"br preferred over gzip", "/" + wasmName, "gzip, br", "br", wasmName + ".br", "application/wasm"},
		{"chrome header", "/" + wasmName, "gzip, deflate, br, zstd", "br", wasmName + ".br", "application/wasm"},
		{"br preferred despite lower q", "/" + wasmName, "gzip;q=1, br;q=0.1", "br", wasmName + ".br", "application/wasm"},
		{"gzip only", "/" + wasmName, "gzip", "gzip", wasmName + ".gz", "application/wasm"},
		{"x-gzip alias", "/" + wasmName, "x-gzip", "gzip", wasmName + ".gz", "application/wasm"},
		{"case-insensitive", "/" + wasmName, "BR", "br", wasmName + ".br", "application/wasm"},
		{"br q=0 excluded", "/" + wasmName, "br;q=0, gzip", "gzip", wasmName + ".gz", "application/wasm"},
		{"br q=0.000 excluded", "/" + wasmName, "br; q=0.000, gzip", "gzip", wasmName + ".gz", "application/wasm"},
		{"both q=0 is raw", "/" + wasmName, "br;q=0, gzip;q=0", "", wasmName, "application/wasm"},
		{"wildcard", "/" + wasmName, "*", "br", wasmName + ".br", "application/wasm"},
		{"wildcard minus br", "/" + wasmName, "*;q=0.5, br;q=0", "gzip", wasmName + ".gz", "application/wasm"},
		{"wildcard q=0", "/" + wasmName, "*;q=0", "", wasmName, "application/wasm"},
		{"no header is raw", "/" + wasmName, "", "", wasmName, "application/wasm"},
		{"identity is raw", "/" + wasmName, "identity", "", wasmName, "application/wasm"},
		{"unsupported codings", "/" + wasmName, "deflate, zstd", "", wasmName, "application/wasm"},
		{"no br sibling falls back to gzip", "/main.js", "br, gzip", "gzip", "main.js.gz", "text/javascript; charset=utf-8"},
		{"no sibling falls back to raw", "/style.css", "br, gzip", "", "style.css", "text/css; charset=utf-8"},
		{"sibling that is a folder is ignored", "/trap.js", "br", "", "trap.js", "text/javascript; charset=utf-8"},
		{"index negotiated", "/", "gzip, br", "gzip", "index.html.gz", "text/html; charset=utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := serve(t, h, http.MethodGet, tt.target, acceptEnc(tt.acceptEncoding))
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status = %d, want 200", resp.StatusCode)
			}
			if got := resp.Header.Get("Content-Encoding"); got != tt.wantEncoding {
				t.Errorf("Content-Encoding = %q, want %q", got, tt.wantEncoding)
			}
			want := siteFiles[tt.wantFile]
			if body != want {
				t.Errorf("body = %q, want %q (%s)", body, want, tt.wantFile)
			}
			if got, want := resp.Header.Get("Content-Length"), strconv.Itoa(len(want)); got != want {
				t.Errorf("Content-Length = %q, want %q", got, want)
			}
			if got := resp.Header.Get("Vary"); got != "Accept-Encoding" {
				t.Errorf("Vary = %q, want Accept-Encoding", got)
			}
			if got := resp.Header.Get("Content-Type"); got != tt.wantType {
				t.Errorf("Content-Type = %q, want %q", got, tt.wantType)
			}
		})
	}
}

// TestSiblingByName checks the documented choice: a sibling requested by its
// own name is an ordinary file, not re-labelled as encoded content.
func TestSiblingByName(t *testing.T) {
	h := newSiteHandler(t)
	tests := []struct {
		target, file, wantType string
	}{
		{"/" + wasmName + ".br", wasmName + ".br", "application/octet-stream"},
		{"/main.js.gz", "main.js.gz", "application/gzip"},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			resp, body := serve(t, h, http.MethodGet, tt.target, acceptEnc("br, gzip"))
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status = %d, want 200", resp.StatusCode)
			}
			if got := resp.Header.Get("Content-Encoding"); got != "" {
				t.Errorf("Content-Encoding = %q, want none", got)
			}
			if got := resp.Header.Get("Content-Type"); got != tt.wantType {
				t.Errorf("Content-Type = %q, want %q", got, tt.wantType)
			}
			if body != siteFiles[tt.file] {
				t.Errorf("body = %q, want %q", body, siteFiles[tt.file])
			}
		})
	}
}

func TestHead(t *testing.T) {
	h := newSiteHandler(t)
	compared := []string{"Content-Type", "Content-Length", "Content-Encoding", "Etag",
		"Cache-Control", "Vary", "Last-Modified", "Accept-Ranges", "X-Content-Type-Options"}
	tests := []struct {
		target, acceptEncoding string
	}{
		{"/" + wasmName, ""},
		{"/" + wasmName, "br"},
		{"/" + wasmName, "gzip"},
		{"/", ""},
		{"/main.js", "br, gzip"},
	}
	for _, tt := range tests {
		t.Run(tt.target+" "+tt.acceptEncoding, func(t *testing.T) {
			get, getBody := serve(t, h, http.MethodGet, tt.target, acceptEnc(tt.acceptEncoding))
			head, headBody := serve(t, h, http.MethodHead, tt.target, acceptEnc(tt.acceptEncoding))
			if head.StatusCode != get.StatusCode {
				t.Errorf("HEAD status = %d, GET status = %d", head.StatusCode, get.StatusCode)
			}
			if headBody != "" {
				t.Errorf("HEAD body = %q, want empty", headBody)
			}
			if getBody == "" {
				t.Fatalf("GET body is empty; the comparison would prove nothing")
			}
			if got, want := head.Header.Get("Content-Length"), strconv.Itoa(len(getBody)); got != want {
				t.Errorf("HEAD Content-Length = %q, want %q", got, want)
			}
			for _, k := range compared {
				if got, want := head.Header.Get(k), get.Header.Get(k); got != want {
					t.Errorf("HEAD %s = %q, GET %s = %q", k, got, k, want)
				}
			}
		})
	}
}

func TestMethodNotAllowed(t *testing.T) {
	h := newSiteHandler(t)
	for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodDelete,
		http.MethodPatch, http.MethodOptions, "PROPFIND"} {
		for _, target := range []string{"/", "/" + wasmName, "/missing"} {
			t.Run(method+" "+target, func(t *testing.T) {
				resp, body := serve(t, h, method, target, nil)
				if resp.StatusCode != http.StatusMethodNotAllowed {
					t.Errorf("status = %d, want 405", resp.StatusCode)
				}
				if got := resp.Header.Get("Allow"); got != "GET, HEAD" {
					t.Errorf("Allow = %q, want %q", got, "GET, HEAD")
				}
				if strings.Contains(body, "bioplay") || strings.Contains(body, "asm") {
					t.Errorf("body = %q leaks file content", body)
				}
			})
		}
	}
}

func TestRange(t *testing.T) {
	h := newSiteHandler(t)
	raw := siteFiles[wasmName]
	brBytes := siteFiles[wasmName+".br"]
	tests := []struct {
		name, acceptEncoding, rangeHdr string
		wantStatus                     int
		wantBody, wantRange, wantEnc   string
	}{
		{"raw prefix", "", "bytes=0-3", http.StatusPartialContent, raw[:4], "bytes 0-3/" + strconv.Itoa(len(raw)), ""},
		{"raw suffix", "", "bytes=-5", http.StatusPartialContent, raw[len(raw)-5:], "bytes " + strconv.Itoa(len(raw)-5) + "-" + strconv.Itoa(len(raw)-1) + "/" + strconv.Itoa(len(raw)), ""},
		{"br range is of compressed bytes", "br", "bytes=2-4", http.StatusPartialContent, brBytes[2:5], "bytes 2-4/" + strconv.Itoa(len(brBytes)), "br"},
		{"unsatisfiable", "", "bytes=9999-", http.StatusRequestedRangeNotSatisfiable, "", "bytes */" + strconv.Itoa(len(raw)), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hdr := http.Header{"Range": {tt.rangeHdr}}
			if tt.acceptEncoding != "" {
				hdr.Set("Accept-Encoding", tt.acceptEncoding)
			}
			resp, body := serve(t, h, http.MethodGet, "/"+wasmName, hdr)
			if resp.StatusCode != tt.wantStatus {
				t.Fatalf("status = %d, want %d", resp.StatusCode, tt.wantStatus)
			}
			if got := resp.Header.Get("Content-Range"); got != tt.wantRange {
				t.Errorf("Content-Range = %q, want %q", got, tt.wantRange)
			}
			if got := resp.Header.Get("Content-Encoding"); got != tt.wantEnc {
				t.Errorf("Content-Encoding = %q, want %q", got, tt.wantEnc)
			}
			if tt.wantStatus != http.StatusPartialContent {
				return
			}
			if body != tt.wantBody {
				t.Errorf("body = %q, want %q", body, tt.wantBody)
			}
			if got, want := resp.Header.Get("Content-Length"), strconv.Itoa(len(tt.wantBody)); got != want {
				t.Errorf("Content-Length = %q, want %q", got, want)
			}
		})
	}
}

func TestDirectories(t *testing.T) {
	h := newSiteHandler(t)
	tests := []struct {
		target       string
		wantStatus   int
		wantBody     string // checked when non-empty
		wantLocation string
	}{
		{"/", http.StatusOK, siteFiles["index.html"], ""},
		{"/sub/", http.StatusOK, siteFiles["sub/index.html"], ""},
		{"/sub", http.StatusMovedPermanently, "", "/sub/"},
		{"/sub?x=1", http.StatusMovedPermanently, "", "/sub/?x=1"},
		{"/empty/", http.StatusNotFound, "", ""},
		{"/empty", http.StatusNotFound, "", ""},
		{"/index.html/", http.StatusNotFound, "", ""},
		{"/missing", http.StatusNotFound, "", ""},
		{"/missing/", http.StatusNotFound, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			resp, body := serve(t, h, http.MethodGet, tt.target, nil)
			if resp.StatusCode != tt.wantStatus {
				t.Fatalf("status = %d, want %d", resp.StatusCode, tt.wantStatus)
			}
			if tt.wantBody != "" && body != tt.wantBody {
				t.Errorf("body = %q, want %q", body, tt.wantBody)
			}
			if got := resp.Header.Get("Location"); got != tt.wantLocation {
				t.Errorf("Location = %q, want %q", got, tt.wantLocation)
			}
			if strings.Contains(body, "listed.txt") || resp.StatusCode != http.StatusMovedPermanently && strings.Contains(body, "<a href") {
				t.Errorf("body = %q looks like a directory listing", body)
			}
		})
	}
}

func TestHeadersOnEveryResponse(t *testing.T) {
	h := newSiteHandler(t)
	tests := []struct {
		method, target string
		wantStatus     int
	}{
		{http.MethodGet, "/", http.StatusOK},
		{http.MethodGet, "/missing", http.StatusNotFound},
		{http.MethodGet, "/.env", http.StatusNotFound},
		{http.MethodPost, "/", http.StatusMethodNotAllowed},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.target, func(t *testing.T) {
			resp, _ := serve(t, h, tt.method, tt.target, nil)
			if resp.StatusCode != tt.wantStatus {
				t.Fatalf("status = %d, want %d", resp.StatusCode, tt.wantStatus)
			}
			if got := resp.Header.Get("X-Content-Type-Options"); got != "nosniff" {
				t.Errorf("X-Content-Type-Options = %q, want nosniff", got)
			}
			if got, ok := resp.Header["X-Frame-Options"]; ok {
				t.Errorf("X-Frame-Options = %q, want none (the page must be embeddable)", got)
			}
		})
	}
}
