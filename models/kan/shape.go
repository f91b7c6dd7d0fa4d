package kan

import (
	"strconv"
	"strings"

	"bioplay/models/learn"
)

// shapeAllowed describes a valid shape for errors and help.
var shapeAllowed = "2 to " + strconv.Itoa(MaxLayers+1) + " comma-separated widths in [1, " +
	strconv.Itoa(MaxWidth) + "] ending in 1, the first equal to the task's input dimension, such as \"2,5,1\""

// ParseShape reads widths such as "2,5,1" (spaces allowed) and checks
// them as Config.Shape must be; the error is a *learn.ConfigError for
// field "shape".
func ParseShape(s string) ([]int, error) {
	parts := strings.Split(s, ",")
	w := make([]int, len(parts))
	for i, p := range parts {
		v, err := strconv.Atoi(strings.TrimSpace(p))
		if err != nil {
			return nil, &learn.ConfigError{Field: "shape", Value: strconv.Quote(s),
				Reason: "has " + strconv.Quote(strings.TrimSpace(p)) + ", not a width; allowed: " + shapeAllowed}
		}
		w[i] = v
	}
	if err := validShape(w); err != nil {
		return nil, err
	}
	return w, nil
}

// FormatShape writes widths the way ParseShape reads them: "2,5,1".
func FormatShape(w []int) string {
	s := make([]string, len(w))
	for i, v := range w {
		s[i] = strconv.Itoa(v)
	}
	return strings.Join(s, ",")
}

// WithInputs returns a copy of shape whose input width is dim: what a page
// or CLI sets when the user switches to a task of another dimension
// ([2,5,1] becomes [1,5,1] for a 1-D task).
func WithInputs(shape []int, dim int) []int {
	s := append([]int(nil), shape...)
	if len(s) > 0 {
		s[0] = dim
	}
	return s
}

// validShape checks widths against the limits.
func validShape(w []int) error {
	bad := func(reason string) error {
		return &learn.ConfigError{Field: "shape", Value: strconv.Quote(FormatShape(w)), Reason: reason + "; allowed: " + shapeAllowed}
	}
	if len(w) < 2 || len(w) > MaxLayers+1 {
		return bad("has " + strconv.Itoa(len(w)) + " widths")
	}
	for _, v := range w {
		if v < 1 || v > MaxWidth {
			return bad("has width " + strconv.Itoa(v))
		}
	}
	if w[len(w)-1] != 1 {
		return bad("ends in " + strconv.Itoa(w[len(w)-1]) + ", not 1 (a single output)")
	}
	return nil
}

// canonicalShape is the schema's check of the shape parameter.
func canonicalShape(s string) (string, error) {
	w, err := ParseShape(s)
	if ce, ok := err.(*learn.ConfigError); ok {
		return "", &plainError{ce.Value + " " + ce.Reason}
	}
	return FormatShape(w), nil
}

// plainError is an error with a fixed text.
type plainError struct{ s string }

// Error returns the text.
func (e *plainError) Error() string { return e.s }
