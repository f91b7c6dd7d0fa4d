package main

import "strings"

// localName maps a decoded request path (r.URL.Path, so "%2e%2e" has already
// become "..") to a slash-separated name relative to the served folder: "/"
// becomes ".", "/sub/app.js" becomes "sub/app.js" and "/sub/" becomes "sub".
// It reports false for any path that is not plainly inside the folder.
//
// The rules are deliberately stricter than the file system needs, because
// refusing early is cheaper than reasoning about every platform:
//   - the path must start with "/";
//   - no segment may be empty ("//", "/a//b"), except the trailing one that a
//     directory request ends with;
//   - no segment may start with "." — that refuses "." and ".." and also
//     hides dot-files and dot-folders (.git, .env);
//   - no segment may contain "\" (a separator on Windows), ":" (drive letters
//     and NTFS streams), NUL or any other ASCII control byte.
//
// Symlinks are not handled here: os.Root refuses those that leave the folder.
func localName(urlPath string) (name string, ok bool) {
	rest, found := strings.CutPrefix(urlPath, "/")
	if !found {
		return "", false
	}
	if rest == "" {
		return ".", true
	}
	rest = strings.TrimSuffix(rest, "/")
	for seg := range strings.SplitSeq(rest, "/") {
		if !safeSegment(seg) {
			return "", false
		}
	}
	return rest, true
}

// safeSegment reports whether seg may name a file or folder: non-empty, not
// starting with ".", and free of "\", ":" and ASCII control bytes.
func safeSegment(seg string) bool {
	if seg == "" || seg[0] == '.' {
		return false
	}
	for i := 0; i < len(seg); i++ {
		switch c := seg[i]; {
		case c < 0x20, c == 0x7f, c == '\\', c == ':':
			return false
		}
	}
	return true
}
