package docsgen

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite docs/embedding.md from the schemas")

var docPath = filepath.Join("..", "..", "docs", "embedding.md")

// TestEmbeddingDocIsCurrent fails when docs/embedding.md differs from what
// the schemas say; run with -update to rewrite it.
func TestEmbeddingDocIsCurrent(t *testing.T) {
	want := Render()
	if *update {
		if err := os.WriteFile(docPath, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(docPath)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Fatal("docs/embedding.md is out of date with the lab schemas; run go test ./internal/docsgen -update")
	}
	for _, key := range []string{"`n`", "`frozen`", "`dataset`", "`hidden`", "`controls=a,b`"} {
		if !strings.Contains(want, key) {
			t.Errorf("the guide does not mention %s", key)
		}
	}
}

// TestLabsMatchThePage: the guide lists the same labs as the page's picker.
func TestLabsMatchThePage(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "..", "wasm", "labs.go"))
	if err != nil {
		t.Fatal(err)
	}
	page := regexp.MustCompile(`(\w+)lab\.Lab,`).FindAllStringSubmatch(string(src), -1)
	if len(page) != len(Labs) {
		t.Fatalf("the page lists %d labs, the guide %d", len(page), len(Labs))
	}
	for i, m := range page {
		if name := Labs[i]().Lab; !strings.HasPrefix(name, m[1]) {
			t.Errorf("lab %d: the page has %slab, the guide %s", i, m[1], name)
		}
	}
}
