package main

import (
	"strconv"
	"strings"
)

// precompressed lists the content codings this server can send, in order of
// preference, with the suffix of the sibling file that holds each.
//
// Our choice: the server's preference decides between acceptable codings and
// the client's q-values only decide whether a coding is acceptable (q > 0).
// Brotli comes first because it is the smallest by far for our wasm
// (web.md §0.4: 2.63 MB br against 3.72 MB gzip).
var precompressed = []struct {
	coding, suffix string
}{
	{"br", ".br"},
	{"gzip", ".gz"},
}

// acceptEncoding is a parsed Accept-Encoding request header (RFC 9110
// §12.5.3): each lower-case coding name, or "*", mapped to its q-value.
type acceptEncoding map[string]float64

// parseAcceptEncoding parses every Accept-Encoding header line in values.
// Names are case-insensitive and "x-gzip" counts as "gzip" (RFC 9110 §8.4.1.3).
// A missing q means 1. A malformed q-value makes its entry unacceptable (q=0),
// the cautious reading. When a coding is listed twice the larger q wins.
// Parameters other than q are ignored.
func parseAcceptEncoding(values []string) acceptEncoding {
	a := acceptEncoding{}
	for _, v := range values {
		for elem := range strings.SplitSeq(v, ",") {
			name, params, _ := strings.Cut(elem, ";")
			name = strings.ToLower(strings.TrimSpace(name))
			if name == "" {
				continue
			}
			if name == "x-gzip" {
				name = "gzip"
			}
			q := 1.0
			for p := range strings.SplitSeq(params, ";") {
				k, val, _ := strings.Cut(p, "=")
				if strings.EqualFold(strings.TrimSpace(k), "q") {
					var ok bool
					if q, ok = parseQ(strings.TrimSpace(val)); !ok {
						q = 0
					}
				}
			}
			if old, seen := a[name]; !seen || q > old {
				a[name] = q
			}
		}
	}
	return a
}

// allows reports whether coding (lower-case) is acceptable: its own entry has
// q > 0, or it has no entry and "*" has q > 0. With no header at all nothing
// is allowed, so the raw file is served; identity is never refused.
func (a acceptEncoding) allows(coding string) bool {
	if q, ok := a[coding]; ok {
		return q > 0
	}
	return a["*"] > 0
}

// parseQ parses a qvalue as RFC 9110 §12.4.2 defines it: "0" or "1",
// optionally followed by "." and up to three digits, never above 1.
func parseQ(s string) (float64, bool) {
	if len(s) == 0 || len(s) > 5 || (s[0] != '0' && s[0] != '1') {
		return 0, false
	}
	if len(s) > 1 {
		if s[1] != '.' {
			return 0, false
		}
		for _, c := range s[2:] {
			if c < '0' || c > '9' || (s[0] == '1' && c != '0') {
				return 0, false
			}
		}
	}
	q, err := strconv.ParseFloat(s, 64)
	return q, err == nil
}
