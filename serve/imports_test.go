package main

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestStandardLibraryOnly enforces shared/style.md §3 ("serve/: standard
// library only"): every non-test file imports only standard packages, whose
// first path element has no dot, and nothing of the bioplay module.
func TestStandardLibraryOnly(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), file, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		checked++
		for _, imp := range f.Imports {
			p, err := strconv.Unquote(imp.Path.Value)
			if err != nil {
				t.Fatal(err)
			}
			first, _, _ := strings.Cut(p, "/")
			if strings.Contains(first, ".") || first == "bioplay" {
				t.Errorf("%s imports %q; serve/ may import the standard library only", file, p)
			}
		}
	}
	if checked == 0 {
		t.Fatal("no non-test Go files found; the check would pass vacuously")
	}
}
