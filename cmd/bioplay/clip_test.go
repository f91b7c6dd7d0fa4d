package main

import (
	"strings"
	"testing"
)

func TestClip(t *testing.T) {
	long := strings.Repeat("x", 100)
	for _, c := range []struct{ in, want string }{
		{"short \"kept\" as is\n", "short \"kept\" as is\n"},
		{`bad "` + long + `" here`, `bad "` + long[:40] + `…" (100 bytes) here`},
		{`param's own "` + long[:40] + `…" is left`, `param's own "` + long[:40] + `…" is left`},
		{`escaped "a\"` + long + `"`, `escaped "a\"` + long[:38] + `…" (102 bytes)`},
		{`unterminated "` + long, `unterminated "` + long},
		{strings.Repeat("é", 300) + "\n", strings.Repeat("é", 200) + "…\n"},
	} {
		if got := clip(c.in); got != c.want {
			t.Errorf("clip(%.50q…) =\n%q\nwant\n%q", c.in, got, c.want)
		}
	}
}
