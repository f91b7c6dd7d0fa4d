package main

import (
	"strings"
	"testing"
)

func TestAcceptEncodingAllows(t *testing.T) {
	tests := []struct {
		header   string // lines separated by "|"; "" is no header at all
		wantBr   bool
		wantGzip bool
	}{
		{"", false, false},
		{"identity", false, false},
		{"br", true, false},
		{"gzip", false, true},
		{"gzip, deflate, br, zstd", true, true},
		{"BR, GZip", true, true},
		{"x-gzip", false, true},
		{" br ; q=0.5 ,gzip;q=1.0", true, true},
		{"br;q=0", false, false},
		{"br;Q=0", false, false},
		{"br;q=0.0, gzip;q=0.000", false, false},
		{"br;q=0.001", true, false},
		{"br;q=1.000", true, false},
		{"br;q=2", false, false},
		{"br;q=1.5", false, false},
		{"br;q=0.0001", false, false},
		{"br;q=-1", false, false},
		{"br;q=", false, false},
		{"br;q=abc", false, false},
		{"br;level=5", true, false},
		{"*", true, true},
		{"*;q=0", false, false},
		{"*;q=0.1, br;q=0", false, true},
		{"br;q=0, *", false, true},
		{"br;q=0, br;q=0.5", true, false},
		{"gzip|br", true, true},
		{",, ,br,", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.header, func(t *testing.T) {
			var values []string
			if tt.header != "" {
				values = strings.Split(tt.header, "|")
			}
			a := parseAcceptEncoding(values)
			if got := a.allows("br"); got != tt.wantBr {
				t.Errorf("allows(br) = %v, want %v (parsed %v)", got, tt.wantBr, a)
			}
			if got := a.allows("gzip"); got != tt.wantGzip {
				t.Errorf("allows(gzip) = %v, want %v (parsed %v)", got, tt.wantGzip, a)
			}
		})
	}
}

func TestParseQ(t *testing.T) {
	tests := []struct {
		in     string
		want   float64
		wantOK bool
	}{
		{"0", 0, true},
		{"1", 1, true},
		{"0.5", 0.5, true},
		{"0.125", 0.125, true},
		{"1.0", 1, true},
		{"1.000", 1, true},
		{"1.", 1, true},
		{"0.", 0, true},
		{"", 0, false},
		{"1.001", 0, false},
		{"0.1234", 0, false},
		{"2", 0, false},
		{".5", 0, false},
		{"-0", 0, false},
		{"0x1", 0, false},
		{"1e0", 0, false},
		{"NaN", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := parseQ(tt.in)
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("parseQ(%q) = %v, %v, want %v, %v", tt.in, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}
