package learn

import "strconv"

// ConfigError reports an invalid configuration or an unknown name. Its
// text reads "<field>: <value> <reason>", for example
// "noise: 2 is out of range [0, 1]".
type ConfigError struct {
	Field  string // the parameter's name, e.g. "noise", "kind"
	Value  string // the rejected value as text
	Reason string // what is wrong and what is allowed
}

// Error implements the error interface.
func (e *ConfigError) Error() string {
	return e.Field + ": " + e.Value + " " + e.Reason
}

// rangeError is the ConfigError for a number v outside [lo, hi].
func rangeError(field string, v, lo, hi float64) *ConfigError {
	f := func(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }
	return &ConfigError{Field: field, Value: f(v), Reason: "is out of range [" + f(lo) + ", " + f(hi) + "]"}
}
