package param

import (
	"fmt"
	"strings"
)

// testSchema is a small schema with one parameter of every kind and a
// cross-parameter rule (k ≤ n), used across this package's tests.
func testSchema() *Schema {
	return &Schema{
		Lab: "toy",
		Specs: []Spec{
			{Name: "n", Label: "Cells", Kind: Integer, Min: 10, Max: 400, Step: 1, Default: "100", Reset: true},
			{Name: "k", Label: "Frozen", Kind: Integer, Min: 0, Max: 399, Step: 1, Default: "0", Reset: true},
			{Name: "rate", Label: "Rate", Kind: Number, Min: 0, Max: 1, Step: 0.01, Default: "0.5"},
			{Name: "show", Label: "Show", Kind: Bool, Default: "true"},
			{Name: "mode", Label: "Mode", Kind: Choice, Options: []string{"passive", "stuck"}, Default: "passive"},
			{Name: "word", Label: "Word", Kind: Text, Default: "ab", Allowed: "lower-case letters",
				Check: func(s string) (string, error) {
					if s == "" || strings.Trim(s, "abcdefghijklmnopqrstuvwxyz") != "" {
						return "", fmt.Errorf("%q is not lower-case letters; allowed: lower-case letters", s)
					}
					return s, nil
				}},
			{Name: "go", Label: "Go", Kind: Action},
			{Name: "seed", Label: "Seed", Kind: Integer, Min: 0, Max: 1<<53 - 1, Step: 1, Default: "1", Reset: true},
		},
		Check: func(v *Values) error {
			if v.Int("k") >= v.Int("n") {
				return &Error{Name: "k", Reason: fmt.Sprintf("%d must be less than n (%d)", v.Int("k"), v.Int("n"))}
			}
			return nil
		},
	}
}
