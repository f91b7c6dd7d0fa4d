package sorting

import (
	"slices"
	"strconv"
	"strings"
)

// Share is one entry of an algotype mix: Type gets a fraction
// Weight/ΣWeight of the cells (§5.1). Weight is in [1, MaxWeight].
type Share struct {
	Type   Algotype
	Weight int
}

// mixAllowed describes valid mix text in error messages.
const mixAllowed = "want a comma-separated list of bubble, insertion, selection, each with an optional :weight in [1, 1000000], no type twice"

// ParseMix parses an algotype mix: a single name ("bubble") or a
// comma-separated list of name:weight entries ("bubble:50,selection:50").
// Our choice: a missing weight means 1, so "bubble,selection" is 50/50.
// Names are matched as in ParseAlgotype. The result is in Algotype order.
// The error is a *ConfigError with Field "mix".
func ParseMix(s string) ([]Share, error) {
	if strings.TrimSpace(s) == "" {
		return nil, &ConfigError{Field: "mix", Value: strconv.Quote(s), Reason: "is empty; " + mixAllowed}
	}
	var m []Share
	for part := range strings.SplitSeq(s, ",") {
		name, weight, hasWeight := strings.Cut(part, ":")
		t, err := ParseAlgotype(name)
		if err != nil {
			return nil, &ConfigError{Field: "mix", Value: strconv.Quote(part), Reason: "names no algotype; " + mixAllowed}
		}
		w := 1
		if hasWeight {
			w, err = strconv.Atoi(strings.TrimSpace(weight))
			if err != nil || w < 1 || w > MaxWeight {
				return nil, &ConfigError{Field: "mix", Value: strconv.Quote(part), Reason: "has a bad weight; " + mixAllowed}
			}
		}
		m = append(m, Share{Type: t, Weight: w})
	}
	sortMix(m)
	if err := validateMix(m); err != nil {
		return nil, err
	}
	return m, nil
}

// FormatMix writes m in canonical form: entries in Algotype order as
// name:weight joined by commas, or the bare name when there is one entry
// (its weight is then irrelevant). ParseMix(FormatMix(m)) equals m sorted,
// up to the weight of a single entry. FormatMix does not validate m.
func FormatMix(m []Share) string {
	if len(m) == 1 {
		return m[0].Type.String()
	}
	s := slices.Clone(m)
	sortMix(s)
	var b strings.Builder
	for i, sh := range s {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(sh.Type.String())
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(sh.Weight))
	}
	return b.String()
}

// sortMix orders m by Algotype, in place.
func sortMix(m []Share) {
	slices.SortStableFunc(m, func(a, b Share) int { return int(a.Type) - int(b.Type) })
}

// validateMix checks a mix as Config.Validate does.
func validateMix(m []Share) error {
	if len(m) == 0 {
		return &ConfigError{Field: "mix", Value: `""`, Reason: "is empty; " + mixAllowed}
	}
	var seen [NumAlgotypes]bool
	for _, sh := range m {
		if int(sh.Type) >= NumAlgotypes {
			return &ConfigError{Field: "mix", Value: sh.Type.String(), Reason: "is not an algotype; " + mixAllowed}
		}
		if sh.Weight < 1 || sh.Weight > MaxWeight {
			return rangeError("mix."+sh.Type.String(), sh.Weight, 1, MaxWeight)
		}
		if seen[sh.Type] {
			return &ConfigError{Field: "mix", Value: sh.Type.String(), Reason: "appears twice; " + mixAllowed}
		}
		seen[sh.Type] = true
	}
	return nil
}

// apportion splits n cells between the shares of a valid mix by the
// largest-remainder method and returns the count per Algotype.
// Our choice: remainder ties go to the earlier Algotype, so three equal
// types at N=100 get 34/33/33 (§5.1 only says "uneven, e.g. 34/33/33").
func apportion(n int, m []Share) [NumAlgotypes]int {
	var counts, rems [NumAlgotypes]int
	var used [NumAlgotypes]bool
	total := 0
	for _, sh := range m {
		total += sh.Weight
	}
	left := n
	for _, sh := range m {
		counts[sh.Type] = n * sh.Weight / total // n·w ≤ 10^3·10^6·3: no overflow
		rems[sh.Type] = n * sh.Weight % total
		used[sh.Type] = true
		left -= counts[sh.Type]
	}
	for ; left > 0; left-- {
		best := -1
		for t := range NumAlgotypes {
			if used[t] && (best < 0 || rems[t] > rems[best]) {
				best = t
			}
		}
		counts[best]++
		used[best] = false // each share gets at most one extra cell
	}
	return counts
}
