package param

import (
	"fmt"
	"unicode/utf8"
)

// Error reports a rejected parameter value. Its text names the parameter, the
// value and what would have been accepted, for example
// `n: 5000 is out of range [10, 400]`.
type Error struct {
	Name   string // the parameter's name, or "" when the name itself is unknown
	Value  string // the rejected text
	Reason string // why, including what is allowed
}

func (e *Error) Error() string {
	if e.Name == "" {
		return e.Reason
	}
	return fmt.Sprintf("%s: %s", e.Name, e.Reason)
}

// quote renders user text for an error message, shortened so that a hostile
// megabyte-long value cannot flood the page.
func quote(s string) string {
	const max = 40
	r := []rune(s)
	if len(r) > max {
		s = string(r[:max]) + "…"
	}
	return fmt.Sprintf("%q", s)
}

// Quote is quote for the page: user text in an error message, shortened so
// a megabyte-long lab or parameter name cannot flood the page or a reply.
func Quote(s string) string { return quote(s) }

// clip shortens an error text from a Check function (which may quote the
// whole value it refused) to about maxMessage bytes by cutting out its
// middle, on rune boundaries, so both what was refused (the start) and what
// is allowed (the end) stay readable.
func clip(s string) string {
	const maxMessage, tail = 480, 320
	if len(s) <= maxMessage {
		return s
	}
	head := maxMessage - tail - 40
	for head > 0 && !utf8.RuneStart(s[head]) {
		head--
	}
	from := len(s) - tail
	for from < len(s) && !utf8.RuneStart(s[from]) {
		from++
	}
	return fmt.Sprintf("%s … (%d bytes cut) … %s", s[:head], from-head, s[from:])
}
