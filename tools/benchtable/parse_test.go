package main

import (
	"bytes"
	"strings"
	"testing"
)

// sample is go test -bench output in the shape Go 1.26 prints it.
const sample = `goos: linux
goarch: amd64
pkg: bioplay/models/sorting
cpu: Some CPU
BenchmarkStep/bubble-2         	 1000000	      1050 ns/op	   950000 swaps/s	  1900000 activations/s	       0 B/op	       0 allocs/op
BenchmarkPlain-2   	 500	      2000000 ns/op
some log line
PASS
ok  	bioplay/models/sorting	3.2s
pkg: bioplay/models/kan
BenchmarkTrain-2   	 100	      5000 ns/op	  12.5 µs/step	  80000 samples/s
`

func TestParse(t *testing.T) {
	got := parse(strings.NewReader(sample))
	want := []result{
		{"bioplay/models/sorting", "Step/bubble", "swaps/s", 950000},
		{"bioplay/models/sorting", "Step/bubble", "activations/s", 1900000},
		{"bioplay/models/sorting", "Plain", "ns/op", 2000000},
		{"bioplay/models/kan", "Train", "µs/step", 12.5},
		{"bioplay/models/kan", "Train", "samples/s", 80000},
	}
	if len(got) != len(want) {
		t.Fatalf("parse = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("result %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestWriteTable(t *testing.T) {
	native := []result{{"bioplay/models/sorting", "Step", "swaps/s", 1e6}, {"bioplay/models/kan", "Train", "µs/step", 10}}
	wasm := []result{{"bioplay/models/sorting", "Step", "swaps/s", 2.5e5}, {"bioplay/models/kan", "Train", "µs/step", 30},
		{"bioplay/models/x", "Only", "ns/op", 5}}
	var b bytes.Buffer
	writeTable(&b, native, wasm)
	for _, line := range []string{
		"| models/sorting | Step | 1,000,000 | 250,000 | swaps/s | 4.00× |",
		"| models/kan | Train | 10 | 30 | µs/step | 3.00× |",
		"| models/x | Only | – | 5 | ns/op | – |",
	} {
		if !strings.Contains(b.String(), line+"\n") {
			t.Errorf("table lacks %q:\n%s", line, b.String())
		}
	}
}
