package main

import (
	"path"
	"strings"
)

// Cache-Control values (web.md §5, "Caching").
const (
	// cacheRevalidate lets browsers keep a copy but check it (by ETag) before
	// each use, so a new build is picked up at once.
	cacheRevalidate = "no-cache"
	// cacheImmutable is for content-hashed names, whose bytes can never
	// change: a new build produces a new name.
	cacheImmutable = "public, max-age=31536000, immutable"
)

// minHashLen is the shortest hex segment taken as a content hash.
const minHashLen = 8

// cacheControl returns the Cache-Control value for the file called name
// (the original name, not a .br/.gz sibling): HTML always revalidates, since
// it is the entry point that names the hashed assets; content-hashed names are
// immutable; everything else revalidates.
func cacheControl(name string) string {
	if isHTML(name) || !hashedName(path.Base(name)) {
		return cacheRevalidate
	}
	return cacheImmutable
}

// hashedName reports whether base carries a content hash: a dot-separated
// segment of at least minHashLen lower-case hex characters that is neither
// the first segment (the stem) nor the last (the extension), as in
// "app.3f9c2a1b7d4e.wasm" or "app.3f9c2a1b7d4e.wasm.br".
//
// Our choice: the stem never counts, so a file such as "20240101.json" is not
// mistaken for a hash and pinned in caches for a year.
func hashedName(base string) bool {
	segs := strings.Split(base, ".")
	if len(segs) < 3 {
		return false
	}
	for _, s := range segs[1 : len(segs)-1] {
		if isLowerHex(s) && len(s) >= minHashLen {
			return true
		}
	}
	return false
}

// isLowerHex reports whether s is non-empty and only [0-9a-f].
func isLowerHex(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}
