package docsgen

import (
	"fmt"
	"strings"

	"bioplay/models/kan"
	"bioplay/models/param"
	"bioplay/models/quadratic"
	"bioplay/models/sorting"
	"bioplay/models/swimmer"
)

// Labs are the schemas of the labs the page offers, in its picker's order.
// The page's own list is in wasm/labs.go (js-only); the test checks that
// the two agree.
var Labs = []func() *param.Schema{sorting.Schema, swimmer.Schema, quadratic.Schema, kan.Schema}

// Render returns the text of docs/embedding.md.
func Render() string {
	var b strings.Builder
	b.WriteString(intro)
	for _, schema := range Labs {
		s := schema()
		fmt.Fprintf(&b, "\n### `lab=%s`\n\n| key | what it sets | allowed | default |\n|---|---|---|---|\n", s.Lab)
		for _, sp := range s.Specs {
			if sp.Kind == param.Action {
				continue
			}
			def := sp.Default
			if def == "" {
				def = "(empty)"
			}
			fmt.Fprintf(&b, "| `%s` | %s%s | %s | `%s` |\n", sp.Name, sp.Label, unit(sp), cell(sp.AllowedText()), def)
		}
	}
	b.WriteString(rest)
	return b.String()
}

func unit(sp param.Spec) string {
	if sp.Unit == "" {
		return ""
	}
	return " (" + sp.Unit + ")"
}

// cell keeps a table cell on one line and its pipes literal.
func cell(s string) string { return strings.ReplaceAll(s, "|", `\|`) }
