package param

import (
	"fmt"
	"strconv"
)

// Values holds the current canonical text of every parameter of one schema.
// Its zero value is not usable; get one from Schema.Defaults.
//
// Values is not safe for concurrent use; the page keeps one per lab and
// touches it only from the JS event loop.
type Values struct {
	schema *Schema
	text   map[string]string
}

// Defaults returns a Values holding every parameter's default.
func (s *Schema) Defaults() *Values {
	v := &Values{schema: s, text: make(map[string]string, len(s.Specs))}
	for _, sp := range s.Specs {
		if sp.Kind != Action {
			v.text[sp.Name] = sp.Default
		}
	}
	return v
}

// Schema returns the schema the values belong to.
func (v *Values) Schema() *Schema { return v.schema }

// Clone returns an independent copy.
func (v *Values) Clone() *Values {
	c := &Values{schema: v.schema, text: make(map[string]string, len(v.text))}
	for k, t := range v.text {
		c.text[k] = t
	}
	return c
}

// Set parses text for the named parameter and stores its canonical form.
// Setting a Reset parameter also puts every Transient one back to its
// default. On
// any error (unknown name, bad value, a broken cross-parameter constraint,
// an action) the values are left exactly as they were.
func (v *Values) Set(name, text string) error {
	sp, ok := v.schema.Lookup(name)
	if !ok {
		return v.schema.unknown(name)
	}
	c, err := sp.Parse(text)
	if err != nil {
		return err
	}
	old := v.Clone()
	v.text[name] = c
	if sp.Reset && !sp.Transient {
		for _, o := range v.schema.Specs {
			if o.Transient {
				v.text[o.Name] = o.Default
			}
		}
	}
	if v.schema.Check != nil {
		if err := v.schema.Check(v); err != nil {
			v.text = old.text
			return err
		}
	}
	return nil
}

// Get returns the canonical text of the named parameter, and false if the
// schema has no such (valued) parameter.
func (v *Values) Get(name string) (string, bool) {
	t, ok := v.text[name]
	return t, ok
}

// Equal reports whether both hold the same text for every parameter.
func (v *Values) Equal(o *Values) bool {
	if len(v.text) != len(o.text) {
		return false
	}
	for k, t := range v.text {
		if o.text[k] != t {
			return false
		}
	}
	return true
}

// must returns the text of a parameter the caller knows exists with the
// given kind; asking for anything else is a programming error and panics.
func (v *Values) must(name string, kinds ...Kind) string {
	sp, ok := v.schema.Lookup(name)
	if !ok {
		panic(fmt.Sprintf("param: %s has no parameter %q", v.schema.Lab, name))
	}
	for _, k := range kinds {
		if sp.Kind == k {
			return v.text[name]
		}
	}
	panic(fmt.Sprintf("param: %s.%s is a %v", v.schema.Lab, name, sp.Kind))
}

// Float returns a Number or Integer parameter's value.
func (v *Values) Float(name string) float64 {
	x, _ := strconv.ParseFloat(v.must(name, Number, Integer), 64)
	return x
}

// Int returns an Integer parameter's value.
func (v *Values) Int(name string) int {
	x, _ := strconv.ParseFloat(v.must(name, Integer), 64)
	return int(x)
}

// Uint64 returns an Integer parameter's value, for seeds (Max ≤ 2^53).
func (v *Values) Uint64(name string) uint64 {
	x, _ := strconv.ParseFloat(v.must(name, Integer), 64)
	return uint64(x)
}

// Bool returns a Bool parameter's value.
func (v *Values) Bool(name string) bool { return v.must(name, Bool) == "true" }

// Text returns a Choice or Text parameter's value.
func (v *Values) Text(name string) string { return v.must(name, Choice, Text) }
