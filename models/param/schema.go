package param

import (
	"fmt"
	"regexp"
	"strings"
)

// Schema is one lab's parameters in display order, plus the constraints that
// tie several of them together.
type Schema struct {
	// Lab is the lab's name, as in the URL's lab= key.
	Lab string
	// Specs lists the parameters in display order. Order matters when a URL
	// sets several at once: they are applied in this order, so a parameter
	// that bounds another (n bounds frozen) must come first.
	Specs []Spec
	// Check validates a whole set of values after each change, for
	// constraints between parameters; nil means there are none. Its error
	// should name the parameters involved.
	Check func(v *Values) error
}

var nameRE = regexp.MustCompile(`^[a-z][a-z0-9-]*$`)

// Validate reports a malformed schema: bad or repeated names, a default that
// does not parse, an empty choice list, or defaults that fail Check. Labs
// call it in their tests; the page and CLI assume a valid schema.
func (s *Schema) Validate() error {
	seen := map[string]bool{}
	for _, sp := range s.Specs {
		if !nameRE.MatchString(sp.Name) {
			return fmt.Errorf("param: %s: name %q must match %s", s.Lab, sp.Name, nameRE)
		}
		if seen[sp.Name] || reserved[sp.Name] {
			return fmt.Errorf("param: %s: name %q is repeated or reserved", s.Lab, sp.Name)
		}
		seen[sp.Name] = true
		if sp.Kind == Choice && len(sp.Options) == 0 {
			return fmt.Errorf("param: %s: choice %q has no options", s.Lab, sp.Name)
		}
		if sp.Kind == Action {
			continue
		}
		c, err := sp.Parse(sp.Default)
		if err != nil {
			return fmt.Errorf("param: %s: default: %v", s.Lab, err)
		}
		if c != sp.Default {
			return fmt.Errorf("param: %s: default of %q is %q, canonical form is %q", s.Lab, sp.Name, sp.Default, c)
		}
	}
	if s.Check != nil {
		if err := s.Check(s.Defaults()); err != nil {
			return fmt.Errorf("param: %s: defaults fail the schema check: %v", s.Lab, err)
		}
	}
	return nil
}

// reserved are the URL keys the page itself uses; no parameter may take
// them: the lab, the embed view and what a course page sets about it.
var reserved = map[string]bool{"lab": true, "embed": true, "controls": true, "autoplay": true, "title": true,
	"relay": true, "relay-hz": true, "tag": true}

// Reserved reports whether key is a page-level URL key rather than a
// parameter: lab, embed, controls, autoplay, title, relay, relay-hz, tag.
func Reserved(key string) bool { return reserved[key] }

// Lookup returns the spec called name.
func (s *Schema) Lookup(name string) (Spec, bool) {
	for _, sp := range s.Specs {
		if sp.Name == name {
			return sp, true
		}
	}
	return Spec{}, false
}

// unknown builds the error for a name the schema does not have.
func (s *Schema) unknown(name string) error {
	var names []string
	for _, sp := range s.Specs {
		names = append(names, sp.Name)
	}
	return &Error{Value: name, Reason: fmt.Sprintf("%s is not a parameter of %s; known: %s",
		quote(name), s.Lab, strings.Join(names, ", "))}
}
