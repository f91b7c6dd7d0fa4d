package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// key identifies one figure across the native and the wasm run.
type key struct{ pkg, name, unit string }

// writeTable writes one markdown table of the native and wasm figures,
// in the native run's order (wasm-only figures last), with the ratio
// native ÷ wasm for rates ("…/s") and wasm ÷ native for times, so the
// column always reads "times slower under wasm".
func writeTable(w io.Writer, native, wasm []result) {
	var order []key
	nat, was := map[key]float64{}, map[key]float64{}
	for _, r := range native {
		k := key{r.pkg, r.name, r.unit}
		if _, ok := nat[k]; !ok {
			order = append(order, k)
		}
		nat[k] = r.value
	}
	for _, r := range wasm {
		k := key{r.pkg, r.name, r.unit}
		if _, ok := nat[k]; !ok {
			if _, seen := was[k]; !seen {
				order = append(order, k)
			}
		}
		was[k] = r.value
	}
	fmt.Fprintln(w, "| package | benchmark | native | wasm (Node) | unit | wasm slower by |")
	fmt.Fprintln(w, "|---|---|---:|---:|---|---:|")
	for _, k := range order {
		n, hasN := nat[k]
		m, hasW := was[k]
		ratio := "–"
		if hasN && hasW && n > 0 && m > 0 {
			x := m / n
			if strings.HasSuffix(k.unit, "/s") {
				x = n / m
			}
			ratio = strconv.FormatFloat(x, 'f', 2, 64) + "×"
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s |\n", strings.TrimPrefix(k.pkg, "bioplay/"), k.name,
			figure(n, hasN), figure(m, hasW), k.unit, ratio)
	}
}

// figure formats a value with three significant digits and thousands
// separators for large numbers, or "–" when missing.
func figure(x float64, ok bool) string {
	if !ok {
		return "–"
	}
	if x >= 1000 {
		s := strconv.FormatFloat(x, 'f', 0, 64)
		var b strings.Builder
		for i, c := range s {
			if i > 0 && (len(s)-i)%3 == 0 {
				b.WriteByte(',')
			}
			b.WriteRune(c)
		}
		return b.String()
	}
	return strconv.FormatFloat(x, 'g', 3, 64)
}
