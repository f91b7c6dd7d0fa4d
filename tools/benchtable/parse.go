package main

import (
	"bufio"
	"io"
	"strconv"
	"strings"
)

// result is one figure of one benchmark: its package, name (without the
// -GOMAXPROCS suffix), value and unit.
type result struct {
	pkg, name, unit string
	value           float64
}

// generic are the units go test reports for every benchmark; a benchmark
// that reports domain units (b.ReportMetric) is shown in those only.
var generic = map[string]bool{"ns/op": true, "B/op": true, "allocs/op": true, "MB/s": true}

// parse reads `go test -bench` output and returns every benchmark's domain
// figures (or its ns/op when it reports none), in output order. Lines that
// are not results (logs, PASS, ok) are ignored.
func parse(r io.Reader) []result {
	var out []result
	pkg := ""
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if p, ok := strings.CutPrefix(line, "pkg: "); ok {
			pkg = strings.TrimSpace(p)
			continue
		}
		f := strings.Fields(line)
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		if _, err := strconv.Atoi(f[1]); err != nil { // iterations
			continue
		}
		name := trimProcs(strings.TrimPrefix(f[0], "Benchmark"))
		var domain, base []result
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				break
			}
			r := result{pkg: pkg, name: name, unit: f[i+1], value: v}
			switch {
			case !generic[r.unit]:
				domain = append(domain, r)
			case r.unit == "ns/op":
				base = append(base, r)
			}
		}
		if len(domain) == 0 {
			domain = base
		}
		out = append(out, domain...)
	}
	return out
}

// trimProcs drops the "-8" GOMAXPROCS suffix go test adds to a name.
func trimProcs(name string) string {
	i := strings.LastIndexByte(name, '-')
	if i < 0 {
		return name
	}
	if _, err := strconv.Atoi(name[i+1:]); err != nil {
		return name
	}
	return name[:i]
}
