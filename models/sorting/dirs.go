package sorting

import (
	"strconv"
	"strings"
)

// dirsAllowed describes valid direction text in error messages.
const dirsAllowed = `want "asc", "desc", or a comma-separated list of bubble, insertion, selection each with :asc or :desc, no type twice`

// ParseDirections parses per-algotype sort directions (§2.6): "asc" (all
// ascending; also the empty string), "desc" (all descending), or a
// comma-separated list of type:direction entries such as
// "bubble:asc,insertion:desc"; unlisted types ascend. Names are matched as
// in ParseAlgotype and ParseDirection. The error is a *ConfigError with
// Field "dirs".
func ParseDirections(s string) ([NumAlgotypes]Direction, error) {
	var d [NumAlgotypes]Direction
	t := strings.TrimSpace(s)
	if t == "" {
		return d, nil
	}
	if all, err := ParseDirection(t); err == nil {
		for i := range d {
			d[i] = all
		}
		return d, nil
	}
	var seen [NumAlgotypes]bool
	for part := range strings.SplitSeq(t, ",") {
		name, dir, ok := strings.Cut(part, ":")
		typ, err1 := ParseAlgotype(name)
		dd, err2 := ParseDirection(dir)
		if !ok || err1 != nil || err2 != nil {
			return d, &ConfigError{Field: "dirs", Value: strconv.Quote(part), Reason: "is not type:direction; " + dirsAllowed}
		}
		if seen[typ] {
			return d, &ConfigError{Field: "dirs", Value: typ.String(), Reason: "appears twice; " + dirsAllowed}
		}
		seen[typ] = true
		d[typ] = dd
	}
	return d, nil
}

// FormatDirections writes d in canonical form: "asc" when every algotype
// ascends, else the descending algotypes in Algotype order as type:desc
// joined by commas ("insertion:desc", "bubble:desc,selection:desc").
// ParseDirections(FormatDirections(d)) == d for valid d.
func FormatDirections(d [NumAlgotypes]Direction) string {
	var b strings.Builder
	for t, dir := range d {
		if dir != Descending {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(Algotype(t).String())
		b.WriteString(":desc")
	}
	if b.Len() == 0 {
		return Ascending.String()
	}
	return b.String()
}
