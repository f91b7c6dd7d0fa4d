package sorting

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestParseMix(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []Share
		text string // FormatMix of the result
	}{
		{"bubble", []Share{{Bubble, 1}}, "bubble"},
		{" Selection ", []Share{{Selection, 1}}, "selection"},
		{"bubble:50,selection:50", []Share{{Bubble, 50}, {Selection, 50}}, "bubble:50,selection:50"},
		{"selection:1, bubble:3", []Share{{Bubble, 3}, {Selection, 1}}, "bubble:3,selection:1"},
		{"insertion,bubble,selection", []Share{{Bubble, 1}, {Insertion, 1}, {Selection, 1}}, "bubble:1,insertion:1,selection:1"},
		{"insertion:7", []Share{{Insertion, 7}}, "insertion"},
	} {
		got, err := ParseMix(tc.in)
		if err != nil || !slices.Equal(got, tc.want) {
			t.Errorf("ParseMix(%q) = %v, %v, want %v", tc.in, got, err, tc.want)
			continue
		}
		if text := FormatMix(got); text != tc.text {
			t.Errorf("FormatMix(%v) = %q, want %q", got, text, tc.text)
		}
		again, err := ParseMix(tc.text)
		if err != nil || FormatMix(again) != tc.text {
			t.Errorf("ParseMix(FormatMix) round trip of %q = %v, %v", tc.text, again, err)
		}
	}
}

func TestParseMixErrors(t *testing.T) {
	for _, in := range []string{"", " ", "foo", "bubble:0", "bubble:-1", "bubble:x",
		"bubble:1000001", "bubble,bubble", "bubble:1,,selection", "bubble:1:2"} {
		_, err := ParseMix(in)
		var ce *ConfigError
		if !errors.As(err, &ce) || ce.Field != "mix" || !strings.Contains(err.Error(), "bubble, insertion, selection") {
			t.Errorf("ParseMix(%q) error = %v, want a mix *ConfigError naming the allowed types", in, err)
		}
	}
}

func TestFormatMixOrder(t *testing.T) {
	m := []Share{{Selection, 2}, {Bubble, 5}}
	if got := FormatMix(m); got != "bubble:5,selection:2" {
		t.Errorf("FormatMix(%v) = %q, want %q", m, got, "bubble:5,selection:2")
	}
	if m[0].Type != Selection {
		t.Errorf("FormatMix reordered its argument")
	}
}

func TestApportion(t *testing.T) {
	for _, tc := range []struct {
		n    int
		mix  string
		want [NumAlgotypes]int
	}{
		{100, "bubble", [3]int{100, 0, 0}},
		{100, "bubble:50,selection:50", [3]int{50, 0, 50}},
		{100, "bubble,insertion,selection", [3]int{34, 33, 33}},
		{10, "bubble:1,selection:2", [3]int{3, 0, 7}}, // 3.33/6.67: the larger remainder wins
		{3, "insertion,selection", [3]int{0, 2, 1}},   // a tie goes to the earlier type
		{2, "bubble,insertion,selection", [3]int{1, 1, 0}},
		{7, "bubble:1000000,selection:1", [3]int{7, 0, 0}},
	} {
		m, err := ParseMix(tc.mix)
		if err != nil {
			t.Fatal(err)
		}
		if got := apportion(tc.n, m); got != tc.want {
			t.Errorf("apportion(%d, %s) = %v, want %v", tc.n, tc.mix, got, tc.want)
		}
	}
}
