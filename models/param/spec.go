package param

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Spec declares one parameter of a lab. The same declaration gives the HTML
// control, the URL key, the JS API name and the CLI flag.
type Spec struct {
	// Name is at once the URL key, the CLI flag, the JS name and the HTML id:
	// lower case, [a-z][a-z0-9-]*.
	Name string
	// Label is the short human name shown beside the control.
	Label string
	// Help is one line saying what the parameter does and, when a change
	// restarts the run, that it does.
	Help string
	// Unit is shown after the value ("cells", "steps/frame"); may be empty.
	Unit string
	// Kind decides parsing and the control.
	Kind Kind
	// Min and Max bound Number and Integer values, inclusive.
	Min, Max float64
	// Step is the control's increment, a UI hint only.
	Step float64
	// Options lists the values a Choice may take, in display order.
	Options []string
	// Default is the canonical text of the default value ("" for an Action).
	Default string
	// Reset says a change needs the model rebuilt from the start; otherwise
	// the change applies live to the running model.
	Reset bool
	// Transient marks a value that belongs to one particular run, such as
	// the cells a user clicked: a change to any other Reset parameter puts
	// it back to its default, since the old value would not fit the new run.
	Transient bool
	// Check validates and canonicalises a Text value. Its error is shown
	// after "name: ", so it should name the bad part of the value and say
	// what is allowed.
	Check func(text string) (string, error)
	// Allowed describes valid Text values for errors and help.
	Allowed string
}

// AllowedText describes the values the spec accepts, for error messages,
// help text and CLI usage: "integers in [10, 400]", "passive, stuck".
func (s Spec) AllowedText() string {
	switch s.Kind {
	case Number:
		return "numbers in " + s.rangeText()
	case Integer:
		return "integers in " + s.rangeText()
	case Bool:
		return "true or false"
	case Choice:
		return strings.Join(s.Options, ", ")
	case Text:
		return s.Allowed
	}
	return "no value (an action)"
}

func (s Spec) rangeText() string {
	return "[" + formatNumber(s.Min) + ", " + formatNumber(s.Max) + "]"
}

// Parse checks text against the spec and returns the value's canonical text.
// It is the only parser of parameter values: URL, controls, JS API,
// postMessage and CLI flags all come through it. Surrounding white space is
// ignored. NaN, infinities, out-of-range numbers, fractions for integers,
// unknown options and actions given a value are rejected with an *Error.
func (s Spec) Parse(text string) (string, error) {
	t := strings.TrimSpace(text)
	fail := func(format string, args ...any) (string, error) {
		return "", &Error{Name: s.Name, Value: text, Reason: fmt.Sprintf(format, args...)}
	}
	switch s.Kind {
	case Number, Integer:
		x, err := strconv.ParseFloat(t, 64)
		if err != nil && !isRangeErr(err) {
			return fail("%s is not a number; allowed: %s", quote(text), s.AllowedText())
		}
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return fail("%s is not a finite number; allowed: %s", quote(text), s.AllowedText())
		}
		if s.Kind == Integer && x != math.Trunc(x) {
			return fail("%s is not an integer; allowed: %s", quote(text), s.AllowedText())
		}
		if x < s.Min || x > s.Max {
			return fail("%s is out of range %s", formatNumber(x), s.rangeText())
		}
		return formatNumber(x), nil
	case Bool:
		switch strings.ToLower(t) {
		case "true", "1", "on":
			return "true", nil
		case "false", "0", "off":
			return "false", nil
		}
		return fail("%s is not a boolean; allowed: %s", quote(text), s.AllowedText())
	case Choice:
		for _, o := range s.Options {
			if t == o {
				return o, nil
			}
		}
		return fail("%s is not an option; allowed: %s", quote(text), s.AllowedText())
	case Text:
		if s.Check == nil {
			return t, nil
		}
		c, err := s.Check(t)
		if err != nil {
			return fail("%s", clip(err.Error()))
		}
		return c, nil
	}
	return fail("is an action and takes no value")
}

// isRangeErr reports a ParseFloat overflow, which we turn into an ordinary
// out-of-range (or infinite) value rather than "not a number".
func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

// formatNumber writes the shortest text that parses back to x exactly, so
// Parse(formatNumber(x)) == formatNumber(x).
func formatNumber(x float64) string {
	if x == 0 {
		return "0" // also folds -0
	}
	if a := math.Abs(x); a >= 1e-6 && a < 1e21 {
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	return strconv.FormatFloat(x, 'g', -1, 64)
}
