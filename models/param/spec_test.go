package param

import (
	"strings"
	"testing"
)

func TestSpecParse(t *testing.T) {
	s := testSchema()
	tests := []struct {
		name, in, want, errHas string
	}{
		{"n", "37", "37", ""},
		{"n", " 37 ", "37", ""},
		{"n", "3.7e1", "37", ""},
		{"n", "5000", "", "n: 5000 is out of range [10, 400]"},
		{"n", "3.5", "", "is not an integer"},
		{"n", "abc", "", `"abc" is not a number; allowed: integers in [10, 400]`},
		{"n", "NaN", "", "not a finite number"},
		{"n", "Inf", "", "not a finite number"},
		{"n", "1e400", "", "not a finite number"},
		{"n", "", "", "is not a number"},
		{"rate", "0.25", "0.25", ""},
		{"rate", "-0", "0", ""},
		{"rate", "1.5", "", "out of range [0, 1]"},
		{"show", "false", "false", ""},
		{"show", "1", "true", ""},
		{"show", "maybe", "", "allowed: true or false"},
		{"mode", "stuck", "stuck", ""},
		{"mode", "Stuck", "", "allowed: passive, stuck"},
		{"word", "xyz", "xyz", ""},
		{"word", "X1", "", "allowed: lower-case letters"},
		{"go", "1", "", "takes no value"},
		{"seed", "9007199254740991", "9007199254740991", ""},
		{"seed", "9007199254740992", "", "out of range"},
	}
	for _, tt := range tests {
		t.Run(tt.name+"="+tt.in, func(t *testing.T) {
			sp, _ := s.Lookup(tt.name)
			got, err := sp.Parse(tt.in)
			if tt.errHas != "" {
				if err == nil || !strings.Contains(err.Error(), tt.errHas) {
					t.Fatalf("Parse(%q) error = %v, want one containing %q", tt.in, err, tt.errHas)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("Parse(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestLongValueIsShortenedInError(t *testing.T) {
	sp, _ := testSchema().Lookup("mode")
	_, err := sp.Parse(strings.Repeat("x", 1<<20))
	if err == nil || len(err.Error()) > 200 {
		t.Fatalf("error for a 1 MiB value has %d bytes, want a short message", len(err.Error()))
	}
}

func TestSchemaValidate(t *testing.T) {
	if err := testSchema().Validate(); err != nil {
		t.Fatalf("valid schema: %v", err)
	}
	bad := []func(*Schema){
		func(s *Schema) { s.Specs[0].Name = "N" },
		func(s *Schema) { s.Specs[1].Name = "n" },
		func(s *Schema) { s.Specs[0].Name = "lab" },
		func(s *Schema) { s.Specs[0].Default = "1000" },
		func(s *Schema) { s.Specs[2].Default = "0.50" },
		func(s *Schema) { s.Specs[4].Options = nil },
		func(s *Schema) { s.Specs[1].Default = "200"; s.Specs[0].Default = "100" },
	}
	for i, mutate := range bad {
		s := testSchema()
		mutate(s)
		if err := s.Validate(); err == nil {
			t.Errorf("case %d: Validate() = nil, want an error", i)
		}
	}
}
