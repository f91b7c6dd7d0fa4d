package main

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestContentETag(t *testing.T) {
	strong := regexp.MustCompile(`^"[0-9a-f]{32}"$`)
	tests := []struct {
		a, b     string
		wantSame bool
	}{
		{"hello", "hello", true},
		{"", "", true},
		{"hello", "hellp", false},
		{"hello", "hello ", false},
		{"", "x", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+"|"+tt.b, func(t *testing.T) {
			ta, err := contentETag(strings.NewReader(tt.a))
			if err != nil {
				t.Fatal(err)
			}
			tb, err := contentETag(strings.NewReader(tt.b))
			if err != nil {
				t.Fatal(err)
			}
			if !strong.MatchString(ta) {
				t.Errorf("contentETag(%q) = %s, want a quoted 32-hex strong tag", tt.a, ta)
			}
			if (ta == tb) != tt.wantSame {
				t.Errorf("contentETag(%q) = %s, contentETag(%q) = %s, want same=%v", tt.a, ta, tt.b, tb, tt.wantSame)
			}
		})
	}
}

// TestETagCache checks that the cache rewinds the file it hashed, reuses the
// tag while size and mtime hold, and recomputes when either changes.
func TestETagCache(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "f.txt")
	mtime := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	write := func(content string, mod time.Time) {
		t.Helper()
		writeFile(t, name, content)
		if err := os.Chtimes(name, mod, mod); err != nil {
			t.Fatal(err)
		}
	}
	tagOf := func(c *etagCache) string {
		t.Helper()
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		fi, err := f.Stat()
		if err != nil {
			t.Fatal(err)
		}
		tag, err := c.tag("f.txt", f, fi)
		if err != nil {
			t.Fatal(err)
		}
		rest, err := io.ReadAll(f)
		if err != nil {
			t.Fatal(err)
		}
		if want, _ := os.ReadFile(name); string(rest) != string(want) {
			t.Errorf("after tag, file reads %q, want %q (not rewound)", rest, want)
		}
		return tag
	}

	var c etagCache
	write("version one", mtime)
	first := tagOf(&c)
	if again := tagOf(&c); again != first {
		t.Errorf("unchanged file: tag %s, want %s", again, first)
	}

	write("version two", mtime) // same size and mtime: the documented assumption
	if got := tagOf(&c); got != first {
		t.Errorf("same size and mtime: tag %s, want cached %s", got, first)
	}

	write("version two", mtime.Add(time.Second))
	second := tagOf(&c)
	if second == first {
		t.Errorf("new mtime: tag %s, want a new tag", second)
	}
	if fresh := tagOf(new(etagCache)); fresh != second {
		t.Errorf("fresh cache tag %s, want %s", fresh, second)
	}

	write("version three!", mtime.Add(time.Second)) // new size, same mtime
	if got := tagOf(&c); got == second {
		t.Errorf("new size: tag %s, want a new tag", got)
	}
}

// TestRebuildChangesETag checks end to end that a rebuilt file is served with
// a new ETag, so an old If-None-Match no longer yields 304.
func TestRebuildChangesETag(t *testing.T) {
	dir, _ := newSite(t)
	h, err := newHandler(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	resp, _ := serve(t, h, http.MethodGet, "/main.js", nil)
	old := resp.Header.Get("ETag")

	name := filepath.Join(dir, "main.js")
	writeFile(t, name, "console.log('rebuilt');")
	later := time.Now().Add(time.Minute)
	if err := os.Chtimes(name, later, later); err != nil {
		t.Fatal(err)
	}
	resp, body := serve(t, h, http.MethodGet, "/main.js", http.Header{"If-None-Match": {old}})
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status = %d, want 200 after rebuild", resp.StatusCode)
	}
	if body != "console.log('rebuilt');" {
		t.Errorf("body = %q, want the rebuilt file", body)
	}
	if got := resp.Header.Get("ETag"); got == old {
		t.Errorf("ETag = %s, want a new tag after rebuild", got)
	}
}

// TestETagHeader checks the handler's strong ETags: one per variant, stable,
// and If-None-Match answered with 304 only for the variant that would be sent.
func TestETag(t *testing.T) {
	h := newSiteHandler(t)
	etag := func(target, ae string) string {
		t.Helper()
		resp, _ := serve(t, h, http.MethodGet, target, acceptEnc(ae))
		tag := resp.Header.Get("ETag")
		if !strings.HasPrefix(tag, `"`) || !strings.HasSuffix(tag, `"`) || len(tag) < 3 {
			t.Fatalf("ETag of %s (%q) = %q, want a strong quoted tag", target, ae, tag)
		}
		return tag
	}
	raw, br, gz := etag("/"+wasmName, ""), etag("/"+wasmName, "br"), etag("/"+wasmName, "gzip")
	if raw == br || raw == gz || br == gz {
		t.Errorf("ETags raw=%s br=%s gzip=%s, want three different tags", raw, br, gz)
	}
	if again := etag("/"+wasmName, "br"); again != br {
		t.Errorf("second br ETag = %s, want %s (stable)", again, br)
	}
	if sibling := etag("/"+wasmName+".br", ""); sibling != br {
		t.Errorf("ETag of the .br file by name = %s, want %s (same bytes)", sibling, br)
	}

	tests := []struct {
		name, acceptEncoding, ifNoneMatch string
		wantStatus                        int
	}{
		{"raw matches", "", raw, http.StatusNotModified},
		{"br matches", "br", br, http.StatusNotModified},
		{"list with match", "br", `"nope", ` + br, http.StatusNotModified},
		{"weak form matches", "br", "W/" + br, http.StatusNotModified},
		{"star matches", "", "*", http.StatusNotModified},
		{"raw tag does not match br", "br", raw, http.StatusOK},
		{"br tag does not match raw", "", br, http.StatusOK},
		{"other tag", "", `"0000"`, http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hdr := http.Header{"If-None-Match": {tt.ifNoneMatch}}
			if tt.acceptEncoding != "" {
				hdr.Set("Accept-Encoding", tt.acceptEncoding)
			}
			resp, body := serve(t, h, http.MethodGet, "/"+wasmName, hdr)
			if resp.StatusCode != tt.wantStatus {
				t.Fatalf("status = %d, want %d", resp.StatusCode, tt.wantStatus)
			}
			if tt.wantStatus == http.StatusNotModified {
				if body != "" {
					t.Errorf("304 body = %q, want empty", body)
				}
				if got := resp.Header.Get("ETag"); got == "" {
					t.Errorf("304 has no ETag")
				}
				if got := resp.Header.Get("Cache-Control"); got == "" {
					t.Errorf("304 has no Cache-Control")
				}
			}
		})
	}
}

// TestETagPerVariantSameSizeAndTime guards the cache key: a raw file and its
// sibling with equal size and mtime must still get their own tags.
func TestETagPerVariantSameSizeAndTime(t *testing.T) {
	dir := t.TempDir()
	mtime := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	for name, content := range map[string]string{"same.js": "AAAA", "same.js.br": "BBBB"} {
		p := filepath.Join(dir, name)
		writeFile(t, p, content)
		if err := os.Chtimes(p, mtime, mtime); err != nil {
			t.Fatal(err)
		}
	}
	h, err := newHandler(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	var tags []string
	for _, ae := range []string{"", "br", "", "br"} {
		resp, _ := serve(t, h, http.MethodGet, "/same.js", acceptEnc(ae))
		tags = append(tags, resp.Header.Get("ETag"))
	}
	if tags[0] == tags[1] || tags[0] != tags[2] || tags[1] != tags[3] {
		t.Errorf("ETags raw, br, raw, br = %q, want two alternating distinct tags", tags)
	}
}
