package quadratic

import (
	"strconv"
	"strings"

	"bioplay/models/learn"
)

// ParseHidden reads the hidden-layer widths as the lab writes them: ""
// for none (one output neuron) or comma-separated widths such as "8,8",
// with spaces allowed. It accepts 0–MaxLayers layers of 1–MaxWidth
// neurons (the page's limits).
func ParseHidden(s string) ([]int, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return nil, nil
	}
	parts := strings.Split(t, ",")
	bad := func(reason string) ([]int, error) {
		return nil, &learn.ConfigError{Field: "hidden", Value: strconv.Quote(s), Reason: reason + "; allowed: " + hiddenAllowed}
	}
	if len(parts) > MaxLayers {
		return bad("has more than " + strconv.Itoa(MaxLayers) + " layers")
	}
	w := make([]int, len(parts))
	for i, p := range parts {
		v, err := strconv.Atoi(strings.TrimSpace(p))
		if err != nil || v < 1 || v > MaxWidth {
			return bad("has " + strconv.Quote(strings.TrimSpace(p)) + ", not a width in [1, " + strconv.Itoa(MaxWidth) + "]")
		}
		w[i] = v
	}
	return w, nil
}

const hiddenAllowed = `empty (one neuron) or up to 4 comma-separated widths in [1, 8], such as "8,8"`

// FormatHidden writes widths the way ParseHidden reads them: "" or "8,8".
func FormatHidden(w []int) string {
	s := make([]string, len(w))
	for i, v := range w {
		s[i] = strconv.Itoa(v)
	}
	return strings.Join(s, ",")
}

// canonicalHidden is the schema's check of the hidden parameter.
func canonicalHidden(s string) (string, error) {
	w, err := ParseHidden(s)
	if ce, ok := err.(*learn.ConfigError); ok {
		return "", &plainError{ce.Value + " " + ce.Reason}
	}
	return FormatHidden(w), nil
}

// plainError is an error with a fixed text.
type plainError struct{ s string }

// Error returns the text.
func (e *plainError) Error() string { return e.s }
