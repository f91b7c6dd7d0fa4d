package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"bioplay/models/param"
)

// printFlags writes the usage of the flags named by the schema's specs, in
// schema order (not the flag package's alphabetical order), wrapped to fit
// a terminal. A `name` in back quotes in a usage string becomes the value
// placeholder, as with flag.PrintDefaults; otherwise it comes from the kind.
func printFlags(w io.Writer, fs *flag.FlagSet, s *param.Schema) {
	for _, sp := range s.Specs {
		f := fs.Lookup(sp.Name)
		if f == nil {
			continue
		}
		name, text := flag.UnquoteUsage(f)
		if name == "value" {
			name = placeholder(sp.Kind)
		}
		line := "  -" + f.Name
		if name != "" {
			line += " " + name
		}
		fmt.Fprintln(w, line)
		if f.DefValue != "" && (sp.Kind != param.Bool || f.DefValue != "false") {
			text += fmt.Sprintf(" (default %s)", f.DefValue)
		}
		for _, l := range wrap(text, 72) {
			fmt.Fprintln(w, "        "+l)
		}
	}
}

// placeholder names a flag's value in usage by its kind.
func placeholder(k param.Kind) string {
	switch k {
	case param.Integer:
		return "int"
	case param.Number:
		return "number"
	case param.Choice:
		return "name"
	case param.Bool:
		return ""
	}
	return "text"
}

// wrap splits text into lines of at most width bytes at spaces; a longer
// word gets a line of its own.
func wrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(text) {
		switch {
		case line == "":
			line = word
		case len(line)+1+len(word) <= width:
			line += " " + word
		default:
			lines = append(lines, line)
			line = word
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}
