package param

import (
	"strconv"
	"strings"
)

// Name returns names[i], the text of value i of an enumeration; a value
// outside the list renders as kind(i), e.g. "damage(7)".
func Name(names []string, i int, kind string) string {
	if i >= 0 && i < len(names) {
		return names[i]
	}
	return kind + "(" + strconv.Itoa(i) + ")"
}

// Index finds s among names, ignoring surrounding spaces and letter case.
func Index(names []string, s string) (int, bool) {
	name := strings.ToLower(strings.TrimSpace(s))
	for i, n := range names {
		if name == n {
			return i, true
		}
	}
	return 0, false
}
