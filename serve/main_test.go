package main

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is a bytes.Buffer safe for the server's goroutines to write
// while the test reads.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// lineWriter hands each Write to the test through a channel, so the test can
// wait for the start-up line without polling.
type lineWriter chan string

func (w lineWriter) Write(p []byte) (int, error) {
	w <- string(p)
	return len(p), nil
}

func TestRunRefusesToStart(t *testing.T) {
	tmp := t.TempDir()
	file := filepath.Join(tmp, "file.txt")
	writeFile(t, file, "not a folder")
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStderr string
	}{
		{"unknown flag", []string{"-nope"}, 2, "usage: go run ./serve"},
		{"flag without value", []string{"-addr"}, 2, "flag needs an argument"},
		{"stray argument", []string{"-dir", tmp, "extra"}, 2, `unexpected argument "extra"`},
		{"missing dir", []string{"-dir", filepath.Join(tmp, "nope")}, 2, "does not exist"},
		{"dir is a file", []string{"-dir", file}, 2, "is not a directory"},
		{"bad address", []string{"-dir", tmp, "-addr", "127.0.0.1:notaport"}, 1, "bioplay:"},
		{"help", []string{"-h"}, 0, "-addr address"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), tt.args, &stdout, &stderr)
			if code != tt.wantCode {
				t.Errorf("run(%q) = %d, want %d; stderr:\n%s", tt.args, code, tt.wantCode, stderr.String())
			}
			if !strings.Contains(stderr.String(), tt.wantStderr) {
				t.Errorf("stderr = %q, want it to contain %q", stderr.String(), tt.wantStderr)
			}
			if stdout.Len() != 0 {
				t.Errorf("stdout = %q, want empty", stdout.String())
			}
		})
	}
}

// TestRunDefaultDir checks that -dir defaults to build/site relative to the
// working directory (absent here, so run exits 2 naming it).
func TestRunDefaultDir(t *testing.T) {
	t.Chdir(t.TempDir())
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), nil, &stdout, &stderr); code != 2 {
		t.Errorf("run() = %d, want 2", code)
	}
	if want := `-dir "build/site" does not exist`; !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr = %q, want it to contain %q", stderr.String(), want)
	}
}

// TestRunServesAndShutsDown starts the real program on port 0, fetches one
// page through it, cancels the context and expects a clean exit.
func TestRunServesAndShutsDown(t *testing.T) {
	dir := t.TempDir()
	const page = "<!doctype html><p>served by run</p>"
	writeFile(t, filepath.Join(dir, "index.html"), page)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stdout := make(lineWriter, 4)
	var stderr lockedBuffer
	done := make(chan int, 1)
	go func() { done <- run(ctx, []string{"-addr", "127.0.0.1:0", "-dir", dir}, stdout, &stderr) }()

	var line string
	select {
	case line = <-stdout:
	case code := <-done:
		t.Fatalf("run exited early with %d; stderr:\n%s", code, stderr.String())
	case <-time.After(10 * time.Second):
		t.Fatal("no start-up line within 10s")
	}
	m := regexp.MustCompile(`^bioplay: serving (.+) at (http://127\.0\.0\.1:(\d+)/)\n$`).FindStringSubmatch(line)
	if m == nil {
		t.Fatalf("start-up line = %q, want %q", line, "bioplay: serving <dir> at http://127.0.0.1:<port>/\n")
	}
	if m[1] != dir {
		t.Errorf("start-up line names %q, want %q", m[1], dir)
	}
	if m[3] == "0" {
		t.Errorf("start-up line shows port 0, want the real port")
	}

	client := &http.Client{Transport: &http.Transport{}, Timeout: 10 * time.Second}
	resp, err := client.Get(m[2])
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK || string(body) != page {
		t.Errorf("GET %s = %d %q, want 200 %q", m[2], resp.StatusCode, body, page)
	}

	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("run() after cancel = %d, want 0; stderr:\n%s", code, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("run did not return within 10s of cancel")
	}
	if want := `method=GET path="/" status=200 bytes=` + strconv.Itoa(len(page)); !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr = %q, want a request log line containing %q", stderr.String(), want)
	}
	if _, err := client.Get(m[2]); err == nil {
		t.Errorf("GET after shutdown succeeded, want a connection error")
	}
}

func TestSiteURL(t *testing.T) {
	tests := []struct {
		addr, want string
	}{
		{"127.0.0.1:8080", "http://127.0.0.1:8080/"},
		{"127.0.0.1:49152", "http://127.0.0.1:49152/"},
		{"[::1]:9000", "http://[::1]:9000/"},
		{"0.0.0.0:8080", "http://localhost:8080/"},
		{"[::]:8080", "http://localhost:8080/"},
		{"192.168.1.5:80", "http://192.168.1.5:80/"},
	}
	for _, tt := range tests {
		t.Run(tt.addr, func(t *testing.T) {
			addr, err := net.ResolveTCPAddr("tcp", tt.addr)
			if err != nil {
				t.Fatal(err)
			}
			if got := siteURL(addr); got != tt.want {
				t.Errorf("siteURL(%s) = %q, want %q", tt.addr, got, tt.want)
			}
		})
	}
}
