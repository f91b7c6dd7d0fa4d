package main

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"io/fs"
	"sync"
	"time"
)

// etagCache remembers the strong ETag of each served file so a large wasm is
// hashed once per build rather than once per request. It is safe for
// concurrent use; the zero value is ready.
//
// Assumption: a file whose size and modification time are unchanged has
// unchanged bytes. Builds write new files, which changes both.
type etagCache struct {
	mu      sync.Mutex
	entries map[string]etagEntry
}

// etagEntry is one remembered tag and the file state it was computed for.
type etagEntry struct {
	size    int64
	modTime time.Time
	tag     string
}

// tag returns the strong ETag for the open file f, which is the file called
// name (a root-relative name, the .br/.gz sibling when that is what will be
// sent) with info fi. A fresh tag is computed from f's bytes, after which f is
// rewound to its start so it can be served.
func (c *etagCache) tag(name string, f io.ReadSeeker, fi fs.FileInfo) (string, error) {
	c.mu.Lock()
	e, ok := c.entries[name]
	c.mu.Unlock()
	if ok && e.size == fi.Size() && e.modTime.Equal(fi.ModTime()) {
		return e.tag, nil
	}
	tag, err := contentETag(f)
	if err != nil {
		return "", err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return "", err
	}
	c.mu.Lock()
	if c.entries == nil {
		c.entries = map[string]etagEntry{}
	}
	c.entries[name] = etagEntry{size: fi.Size(), modTime: fi.ModTime(), tag: tag}
	c.mu.Unlock()
	return tag, nil
}

// contentETag reads r to the end and returns a strong ETag for its bytes:
// the first 128 bits of their SHA-256, in hex, quoted (RFC 9110 §8.8.3).
// Different bytes, such as a brotli variant and its raw original, get
// different tags, as strong validators must.
func contentETag(r io.Reader) (string, error) {
	h := sha256.New()
	if _, err := io.Copy(h, r); err != nil {
		return "", err
	}
	return `"` + hex.EncodeToString(h.Sum(nil)[:16]) + `"`, nil
}
