package param

import (
	"errors"
	"flag"
	"fmt"
)

// Flags is one lab's parameters registered as command-line flags. Each
// flag's text is checked by its parameter's parser while the command line
// is parsed, so a bad value is reported on its flag at once; Apply then sets
// the accepted values together, in schema order, exactly as the page applies
// a URL. So flag order does not matter: "-frozen 150 -n 200" works, and a
// Transient value such as clicked cells survives "-edits … -seed 2".
type Flags struct {
	v     *Values
	pairs []Pair // accepted flags, in command-line order
}

// AddFlags registers every valued parameter as a flag of fs named like its
// URL key, with its label, help and allowed values as usage and its current
// value as default. Actions get no flag. Call Apply after fs.Parse.
func (v *Values) AddFlags(fs *flag.FlagSet) *Flags {
	f := &Flags{v: v}
	for _, sp := range v.schema.Specs {
		if sp.Kind == Action {
			continue
		}
		usage := sp.Label
		if sp.Help != "" {
			usage += ": " + sp.Help
		}
		usage += fmt.Sprintf(" (%s)", sp.AllowedText())
		if sp.Unit != "" {
			usage += " [" + sp.Unit + "]"
		}
		text, _ := v.Get(sp.Name)
		fs.Var(&flagValue{f: f, spec: sp, text: text}, sp.Name, usage)
	}
	return f
}

// Values returns the values the flags are applied to.
func (f *Flags) Values() *Values { return f.v }

// Apply sets the parsed flags on the values in schema order, a repeated
// flag counting once with its last value. It returns the first error (such
// as frozen ≥ n) worded as the flag package words a bad flag.
func (f *Flags) Apply() error {
	errs, _ := f.v.SetPairs(f.pairs)
	if len(errs) == 0 {
		return nil
	}
	var pe *Error
	if errors.As(errs[0], &pe) && pe.Name != "" {
		return fmt.Errorf("invalid value %q for flag -%s: %v", f.last(pe.Name), pe.Name, errs[0])
	}
	return errs[0]
}

// last returns the text last given for the named flag.
func (f *Flags) last(name string) string {
	t := ""
	for _, p := range f.pairs {
		if p.Key == name {
			t = p.Value
		}
	}
	return t
}

// flagValue is the flag.Value of one parameter. Its zero value is valid for
// the flag package's usage printer.
type flagValue struct {
	f    *Flags
	spec Spec
	text string // canonical text of the last accepted value, or the default
}

func (fv *flagValue) String() string {
	if fv == nil {
		return ""
	}
	return fv.text
}

// Set checks text with the parameter's parser and records it for Apply.
func (fv *flagValue) Set(text string) error {
	c, err := fv.spec.Parse(text)
	if err != nil {
		return err
	}
	fv.text = c
	fv.f.pairs = append(fv.f.pairs, Pair{Key: fv.spec.Name, Value: c})
	return nil
}

// IsBoolFlag lets a Bool parameter be given as a bare -name.
func (fv *flagValue) IsBoolFlag() bool { return fv != nil && fv.spec.Kind == Bool }
