package learn

import (
	"strconv"
	"strings"
)

// enumName renders value i of an enumeration from its names; an undefined
// value renders as kind(i), e.g. "activation(7)".
func enumName(names []string, i int, kind string) string {
	if i >= 0 && i < len(names) {
		return names[i]
	}
	return kind + "(" + strconv.Itoa(i) + ")"
}

// parseEnum finds s among names, ignoring surrounding spaces and letter
// case. The error is a *ConfigError for field that lists the names.
func parseEnum(field, s string, names []string) (int, error) {
	name := strings.ToLower(strings.TrimSpace(s))
	for i, n := range names {
		if name == n {
			return i, nil
		}
	}
	return 0, &ConfigError{Field: field, Value: strconv.Quote(s), Reason: "is not one of " + strings.Join(names, ", ")}
}
