package learn

import (
	"strconv"
	"strings"

	"bioplay/models/param"
)

// enumName renders value i of an enumeration from its names (param.Name).
func enumName(names []string, i int, kind string) string { return param.Name(names, i, kind) }

// parseEnum finds s among names, ignoring surrounding spaces and letter
// case. The error is a *ConfigError for field that lists the names.
func parseEnum(field, s string, names []string) (int, error) {
	if i, ok := param.Index(names, s); ok {
		return i, nil
	}
	return 0, &ConfigError{Field: field, Value: strconv.Quote(s), Reason: "is not one of " + strings.Join(names, ", ")}
}
