package main

import (
	"bufio"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// rawGet sends request line "GET <target> HTTP/1.1" byte for byte to the
// server at addr, so neither a client library nor url.Parse can clean the
// target first, and returns the status code and the whole raw response.
func rawGet(t *testing.T, addr, target string) (int, string) {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(5 * time.Second))
	if _, err := io.WriteString(conn, "GET "+target+" HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n"); err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(conn)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.ReadResponse(bufio.NewReader(strings.NewReader(string(raw))), nil)
	if err != nil {
		t.Fatalf("reading response to %q: %v\n%s", target, err, raw)
	}
	resp.Body.Close()
	return resp.StatusCode, string(raw)
}

func TestTraversalRefused(t *testing.T) {
	dir, symlinks := newSite(t)
	h, err := newHandler(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	srv := httptest.NewServer(h)
	defer srv.Close()
	addr := srv.Listener.Addr().String()

	// The fixture itself must be sound, or the refusals below prove nothing.
	if code, raw := rawGet(t, addr, "/index.html"); code != http.StatusOK || !strings.Contains(raw, siteFiles["index.html"]) {
		t.Fatalf("GET /index.html = %d, want 200 with the index; the fixture is broken", code)
	}

	targets := []string{
		"/../secret.txt",
		"/../../secret.txt",
		"/../go.mod",
		"/a/../../secret.txt",
		"/sub/../../secret.txt",
		"/./../secret.txt",
		"//../secret.txt",
		"/%2e%2e/secret.txt",
		"/%2E%2E/secret.txt",
		"/%2e./secret.txt",
		"/..%2fsecret.txt",
		"/..%2Fsecret.txt",
		"/%2e%2e%2fsecret.txt",
		"/sub/%2e%2e/%2e%2e/secret.txt",
		`/..\secret.txt`,
		`/sub\..\..\secret.txt`,
		"/..%5csecret.txt",
		"/%5c..%5csecret.txt",
		"/..%00/secret.txt",
		"/index.html%00",
		"/index.html%00.png",
		"/C:/secret.txt",
		"/.env",
		"/.hidden/file.txt",
		"/sub/.secret",
		"/%2eenv",
		"/%2ehidden/file.txt",
		"http://test/../secret.txt",
	}
	if symlinks {
		targets = append(targets, "/escape", "/escdir/secret.txt", "/escdir/site/index.html")
	} else {
		t.Log("symlink cases skipped")
	}
	for _, target := range targets {
		t.Run(target, func(t *testing.T) {
			code, raw := rawGet(t, addr, target)
			if code != http.StatusNotFound && code != http.StatusBadRequest {
				t.Errorf("status = %d, want 404 or 400", code)
			}
			for _, s := range []string{secret, hiddenSecret} {
				if strings.Contains(raw, s) {
					t.Errorf("response leaks %q:\n%s", s, raw)
				}
			}
		})
	}

	// A raw NUL in the request line never reaches the handler; the server
	// must still refuse it.
	t.Run("raw NUL", func(t *testing.T) {
		code, raw := rawGet(t, addr, "/index.html\x00/../../secret.txt")
		if code != http.StatusNotFound && code != http.StatusBadRequest {
			t.Errorf("status = %d, want 404 or 400", code)
		}
		if strings.Contains(raw, secret) {
			t.Errorf("response leaks the secret:\n%s", raw)
		}
	})
}

// TestSymlinkInsideRoot checks that os.Root still follows a symlink whose
// target stays inside the folder, so refusing escapes costs nothing else.
func TestSymlinkInsideRoot(t *testing.T) {
	dir, symlinks := newSite(t)
	if !symlinks {
		t.Skip("no symlinks on this platform")
	}
	h, err := newHandler(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	resp, body := serve(t, h, http.MethodGet, "/inside", nil)
	if resp.StatusCode != http.StatusOK || body != siteFiles["index.html"] {
		t.Errorf("GET /inside = %d %q, want 200 %q", resp.StatusCode, body, siteFiles["index.html"])
	}
}
