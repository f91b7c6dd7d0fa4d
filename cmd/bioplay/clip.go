package main

import (
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Limits on what bioplay writes to stderr. A refused value is echoed in
// its error, by the flag package and again by the model's parser; a
// megabyte-long argument must not become a megabyte of error text.
// Our choice: an echoed value longer than 60 characters keeps its first
// 40 (models/param already shortens its own echoes to 40 and "…", which
// this leaves alone); a line keeps 400 bytes.
const (
	clipQuoted = 40
	clipAbove  = 60
	clipLine   = 400
)

// clipWriter writes to w with every Go-quoted string longer than
// clipAbove characters shortened to its first clipQuoted and "…", then every line
// longer than clipLine bytes cut there. It is how run wraps stderr, so
// every command's messages are bounded without each command taking care.
// Each Write is clipped on its own; bioplay writes each message in one.
type clipWriter struct{ w io.Writer }

func (c clipWriter) Write(p []byte) (int, error) {
	if _, err := io.WriteString(c.w, clip(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// clip returns s with long quoted strings and long lines shortened.
func clip(s string) string {
	if len(s) <= clipLine && len(s) <= clipAbove+2 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] == '"' {
			if q, err := strconv.QuotedPrefix(s[i:]); err == nil {
				b.WriteString(shortQuote(q))
				i += len(q)
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	lines := strings.SplitAfter(b.String(), "\n")
	for k, l := range lines {
		if len(l) > clipLine {
			cut := clipLine
			for cut > 0 && !utf8.RuneStart(l[cut]) {
				cut--
			}
			nl := ""
			if strings.HasSuffix(l, "\n") {
				nl = "\n"
			}
			lines[k] = l[:cut] + "…" + nl
		}
	}
	return strings.Join(lines, "")
}

// shortQuote re-quotes the quoted string q, when it holds more than
// clipAbove characters, as its first clipQuoted with "…" and its length.
func shortQuote(q string) string {
	u, err := strconv.Unquote(q)
	if err != nil {
		return q
	}
	if r := []rune(u); len(r) > clipAbove {
		return strconv.Quote(string(r[:clipQuoted])+"…") + " (" + strconv.Itoa(len(u)) + " bytes)"
	}
	return q
}
