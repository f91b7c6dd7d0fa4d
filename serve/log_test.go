package main

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

func TestLogRequests(t *testing.T) {
	tests := []struct {
		name    string
		method  string
		target  string
		handler http.HandlerFunc
		want    string // regexp for the whole line
	}{
		{
			name: "implicit 200", method: http.MethodGet, target: "/a.js",
			handler: func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "hello") },
			want:    `^method=GET path="/a.js" status=200 bytes=5 dur=\S+ enc=-$`,
		},
		{
			name: "explicit status and encoding", method: http.MethodGet, target: "/app.wasm",
			handler: func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Encoding", "br")
				w.WriteHeader(http.StatusPartialContent)
				w.Write([]byte("abc"))
			},
			want: `^method=GET path="/app.wasm" status=206 bytes=3 dur=\S+ enc=br$`,
		},
		{
			name: "nothing written", method: http.MethodHead, target: "/",
			handler: func(w http.ResponseWriter, r *http.Request) {},
			want:    `^method=HEAD path="/" status=200 bytes=0 dur=\S+ enc=-$`,
		},
		{
			name: "error", method: http.MethodPost, target: "/x",
			handler: func(w http.ResponseWriter, r *http.Request) {
				http.Error(w, "no", http.StatusMethodNotAllowed)
			},
			want: `^method=POST path="/x" status=405 bytes=3 dur=\S+ enc=-$`,
		},
		{
			name: "ReadFrom counted", method: http.MethodGet, target: "/big",
			handler: func(w http.ResponseWriter, r *http.Request) {
				io.Copy(w, io.LimitReader(strings.NewReader(strings.Repeat("x", 10000)), 4096))
			},
			want: `^method=GET path="/big" status=200 bytes=4096 dur=\S+ enc=-$`,
		},
		{
			name: "newline in path stays on one line", method: http.MethodGet, target: "/a%0amethod=FAKE",
			handler: func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) },
			want:    `^method=GET path="/a\\nmethod=FAKE" status=404 bytes=19 dur=\S+ enc=-$`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			h := logRequests(tt.handler, log.New(&buf, "", 0))
			h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(tt.method, tt.target, nil))
			lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
			if len(lines) != 1 {
				t.Fatalf("logged %d lines, want 1:\n%s", len(lines), buf.String())
			}
			if !regexp.MustCompile(tt.want).MatchString(lines[0]) {
				t.Errorf("log line = %q, want match for %s", lines[0], tt.want)
			}
		})
	}
}

// TestLogRequestsPassesThrough checks the wrapper changes nothing the client
// sees, and that the real handler's 304 is logged without a body.
func TestLogRequestsPassesThrough(t *testing.T) {
	site := newSiteHandler(t)
	var buf bytes.Buffer
	h := logRequests(site, log.New(&buf, "", 0))
	resp, body := serve(t, h, http.MethodGet, "/"+wasmName, acceptEnc("br"))
	if resp.StatusCode != http.StatusOK || body != siteFiles[wasmName+".br"] {
		t.Fatalf("GET = %d %q, want 200 %q", resp.StatusCode, body, siteFiles[wasmName+".br"])
	}
	hdr := http.Header{"Accept-Encoding": {"br"}, "If-None-Match": {resp.Header.Get("ETag")}}
	if resp, _ := serve(t, h, http.MethodGet, "/"+wasmName, hdr); resp.StatusCode != http.StatusNotModified {
		t.Fatalf("conditional GET = %d, want 304", resp.StatusCode)
	}
	want := []string{
		fmt.Sprintf("status=200 bytes=%d ", len(siteFiles[wasmName+".br"])),
		`status=304 bytes=0 `,
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != len(want) {
		t.Fatalf("logged %d lines, want %d:\n%s", len(lines), len(want), buf.String())
	}
	for i, w := range want {
		if !strings.Contains(lines[i], w) {
			t.Errorf("line %d = %q, want it to contain %q", i, lines[i], w)
		}
	}
	if !strings.HasSuffix(lines[0], "enc=br") {
		t.Errorf("line 0 = %q, want enc=br", lines[0])
	}
}
