package param

import (
	"fmt"
	"net/url"
	"strings"
)

// Pair is one key=value item of a URL hash, unescaped.
type Pair struct{ Key, Value string }

// SplitHash splits a URL fragment such as "#lab=sorting&n=100" into its
// unescaped pairs, in order. A leading '#' is optional, empty items are
// skipped and a key without '=' gets an empty value. Items whose escapes are
// malformed are reported in errs and left out; the rest still come back.
func SplitHash(hash string) (pairs []Pair, errs []error) {
	hash = strings.TrimPrefix(hash, "#")
	for _, item := range strings.Split(hash, "&") {
		if item == "" {
			continue
		}
		k, val, _ := strings.Cut(item, "=")
		uk, err1 := url.QueryUnescape(k)
		uv, err2 := url.QueryUnescape(val)
		if err1 != nil || err2 != nil {
			errs = append(errs, &Error{Value: item,
				Reason: fmt.Sprintf("URL item %s has a malformed %%-escape and was ignored", quote(item))})
			continue
		}
		pairs = append(pairs, Pair{uk, uv})
	}
	return pairs, errs
}

// SetPairs applies pairs in schema order (so a bounding parameter is set
// before the one it bounds), whatever their order in the URL. Each bad value
// is reported in errs and leaves that parameter as it was. Keys that are not
// parameters and not Reserved are returned in unknown, for a warning. When a
// key repeats, the last one wins.
func (v *Values) SetPairs(pairs []Pair) (errs []error, unknown []string) {
	last := map[string]string{}
	for _, p := range pairs {
		if Reserved(p.Key) {
			continue
		}
		if sp, ok := v.schema.Lookup(p.Key); !ok || sp.Kind == Action {
			unknown = append(unknown, p.Key)
			continue
		}
		last[p.Key] = p.Value
	}
	for _, sp := range v.schema.Specs {
		if t, ok := last[sp.Name]; ok {
			if err := v.Set(sp.Name, t); err != nil {
				errs = append(errs, err)
			}
		}
	}
	return errs, unknown
}

// Encode writes the lab and every valued parameter, in schema order, as a
// URL fragment without the '#': "lab=sorting&n=100&...". Every parameter is
// written, not only changed ones, so an old link keeps its meaning when a
// default changes.
func (v *Values) Encode() string {
	var b strings.Builder
	b.WriteString("lab=")
	b.WriteString(escape(v.schema.Lab))
	for _, sp := range v.schema.Specs {
		if sp.Kind == Action {
			continue
		}
		b.WriteByte('&')
		b.WriteString(sp.Name)
		b.WriteByte('=')
		b.WriteString(escape(v.text[sp.Name]))
	}
	return b.String()
}

// escape percent-escapes a value for a fragment but keeps the characters our
// values use (':' and ',') readable.
func escape(s string) string {
	e := url.QueryEscape(s)
	return strings.NewReplacer("%3A", ":", "%2C", ",").Replace(e)
}
