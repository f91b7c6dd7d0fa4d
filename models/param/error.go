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
// whole value it refused) to at most maxMessage bytes, on a rune boundary.
func clip(s string) string {
	const maxMessage = 300
	if len(s) <= maxMessage {
		return s
	}
	cut := maxMessage - 60
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return fmt.Sprintf("%s… (%d bytes in all)", s[:cut], len(s))
}
