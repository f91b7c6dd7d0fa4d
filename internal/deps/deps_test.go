package deps

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// rule says which imports the non-test Go files under a folder may use.
type rule struct {
	dir     string
	std     func(path string) bool // which standard-library imports are allowed
	allowed []string               // allowed non-standard import prefixes
}

var (
	anyStd = func(string) bool { return true }
	// modelStd bars the doors through which a model could reach the world:
	// files, logs, the DOM, the network.
	modelStd = func(p string) bool {
		return p != "os" && p != "log" && p != "syscall/js" && p != "net" && !strings.HasPrefix(p, "net/http") && p != "os/exec"
	}
	noDOM = func(p string) bool { return p != "syscall/js" }
)

var rules = []rule{
	{"models", modelStd, []string{"gonum.org/v1/gonum/", "bioplay/models/"}},
	{"ui", noDOM, []string{"bioplay/models/", "bioplay/ui", "github.com/hajimehoshi/ebiten/v2", "golang.org/x/image/"}},
	{"wasm", anyStd, []string{"bioplay/models/", "bioplay/ui", "github.com/hajimehoshi/ebiten/v2"}},
	{"cmd/bioplay", anyStd, []string{"bioplay/models/", "gonum.org/v1/gonum/", "gonum.org/v1/plot"}},
	{"serve", anyStd, nil},
}

func TestImportDirection(t *testing.T) {
	for _, r := range rules {
		files := goFiles(t, r.dir)
		if len(files) == 0 {
			t.Errorf("%s: no Go files found; is the rule stale?", r.dir)
		}
		for _, f := range files {
			for _, imp := range parse(t, f).Imports {
				p := strings.Trim(imp.Path.Value, `"`)
				if !strings.Contains(strings.Split(p, "/")[0], ".") && !strings.HasPrefix(p, "bioplay/") {
					if !r.std(p) {
						t.Errorf("%s imports %s, which %s/ may not use", f, p, r.dir)
					}
					continue
				}
				if !hasPrefix(p, r.allowed) {
					t.Errorf("%s imports %s; %s/ may import only the standard library and %v", f, p, r.dir, r.allowed)
				}
			}
		}
	}
}

// banned are calls a model may not make: the global RNG (models own seeded
// generators), the wall clock (models advance by Step), and printing.
var banned = map[string]map[string]bool{
	"math/rand":    nil, // any top-level function of the old package
	"math/rand/v2": {"Int": true, "IntN": true, "Int32": true, "Int32N": true, "Int64": true, "Int64N": true, "Uint32": true, "Uint32N": true, "Uint64": true, "Uint64N": true, "UintN": true, "Float32": true, "Float64": true, "NormFloat64": true, "ExpFloat64": true, "Perm": true, "Shuffle": true, "N": true},
	"time":         {"Now": true, "Since": true, "Until": true, "Sleep": true, "Tick": true, "After": true, "NewTimer": true, "NewTicker": true},
	"fmt":          {"Print": true, "Println": true, "Printf": true},
}

func TestModelsHaveNoClockGlobalRandOrPrint(t *testing.T) {
	for _, f := range goFiles(t, "models") {
		file := parse(t, f)
		names := map[string]string{} // local name → import path
		for _, imp := range file.Imports {
			p := strings.Trim(imp.Path.Value, `"`)
			if _, ok := banned[p]; !ok {
				continue
			}
			name := filepath.Base(p)
			if p == "math/rand/v2" {
				name = "rand"
			}
			if imp.Name != nil {
				name = imp.Name.Name
			}
			names[name] = p
		}
		ast.Inspect(file, func(n ast.Node) bool {
			sel, ok := n.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			id, ok := sel.X.(*ast.Ident)
			if !ok || id.Obj != nil {
				return true
			}
			p, ok := names[id.Name]
			if !ok {
				return true
			}
			fns := banned[p]
			isFunc := sel.Sel.IsExported() && !strings.HasPrefix(sel.Sel.Name, "New") && sel.Sel.Name != "Rand" && sel.Sel.Name != "Source"
			if (fns == nil && isFunc) || fns[sel.Sel.Name] {
				t.Errorf("%s uses %s.%s: models own their RNG, never read the clock and never print", f, p, sel.Sel.Name)
			}
			return true
		})
	}
}

func hasPrefix(p string, prefixes []string) bool {
	for _, x := range prefixes {
		if strings.HasPrefix(p, x) {
			return true
		}
	}
	return false
}

// goFiles lists the non-test Go files under dir, relative to the module root.
func goFiles(t *testing.T, dir string) []string {
	t.Helper()
	root := filepath.Join("..", "..", dir)
	var out []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".go") && !strings.HasSuffix(path, "_test.go") {
			out = append(out, path)
		}
		return nil
	})
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	return out
}

func parse(t *testing.T, path string) *ast.File {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	return f
}
