package param

import (
	"flag"
	"fmt"
)

// AddFlags registers every valued parameter as a flag of fs named like its
// URL key, so the CLI accepts exactly what the page accepts, through the
// same parser. Actions get no flag.
func (v *Values) AddFlags(fs *flag.FlagSet) {
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
		fs.Var(flagValue{v, sp.Name}, sp.Name, usage)
	}
}

// flagValue adapts one parameter of a Values to flag.Value.
type flagValue struct {
	v    *Values
	name string
}

func (f flagValue) String() string {
	if f.v == nil {
		return ""
	}
	t, _ := f.v.Get(f.name)
	return t
}

func (f flagValue) Set(text string) error { return f.v.Set(f.name, text) }

// IsBoolFlag lets a Bool parameter be given as a bare -name.
func (f flagValue) IsBoolFlag() bool {
	if f.v == nil {
		return false
	}
	sp, _ := f.v.schema.Lookup(f.name)
	return sp.Kind == Bool
}
