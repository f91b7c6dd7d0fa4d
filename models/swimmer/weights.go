package swimmer

import (
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// ParseWeights parses NCAP's four shared weights "prop,osc,ipsi,contra",
// e.g. "1,1,1,-1" (the CLI's -weights shorthand for w-prop … w-contra).
func ParseWeights(s string) ([SharedWeights]float64, error) {
	var w [SharedWeights]float64
	xs, err := ParseFloats(s)
	if err != nil {
		return w, err
	}
	if len(xs) != SharedWeights {
		return w, fmt.Errorf("%q has %d values; want 4: prop,osc,ipsi,contra", s, len(xs))
	}
	copy(w[:], xs)
	return w, nil
}

// ParseFloats parses comma-separated finite numbers; "" is an empty list.
func ParseFloats(s string) ([]float64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, nil
	}
	parts := strings.Split(s, ",")
	xs := make([]float64, len(parts))
	for i, p := range parts {
		x, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
			return nil, fmt.Errorf("value %d, %q, is not a finite number", i+1, strings.TrimSpace(p))
		}
		xs[i] = x
	}
	return xs, nil
}

// FormatFloats writes xs comma-separated in the shortest text that parses
// back exactly: the canonical form of ParseFloats.
func FormatFloats(xs []float64) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		if x == 0 {
			x = 0 // fold −0
		}
		parts[i] = strconv.FormatFloat(x, 'g', -1, 64)
	}
	return strings.Join(parts, ",")
}

// EncodeFloats is the compact exact text of many parameters (the MLP's
// weights in the URL): base64url without padding of the little-endian
// IEEE-754 float64 values, 8 bytes each.
func EncodeFloats(xs []float64) string {
	b := make([]byte, 8*len(xs))
	for i, x := range xs {
		binary.LittleEndian.PutUint64(b[8*i:], math.Float64bits(x))
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

// DecodeFloats reverses EncodeFloats; it rejects bad base64, a length that
// is not a whole number of float64s, and non-finite values.
func DecodeFloats(s string) ([]float64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, nil
	}
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return nil, errors.New("is not unpadded base64url")
	}
	if len(b)%8 != 0 {
		return nil, fmt.Errorf("decodes to %d bytes, not a whole number of float64s", len(b))
	}
	xs := make([]float64, len(b)/8)
	for i := range xs {
		xs[i] = math.Float64frombits(binary.LittleEndian.Uint64(b[8*i:]))
		if math.IsNaN(xs[i]) || math.IsInf(xs[i], 0) {
			return nil, fmt.Errorf("value %d is not finite", i+1)
		}
	}
	return xs, nil
}

// ParseHidden parses MLP hidden widths "32,32" ("" = no hidden layer).
func ParseHidden(s string) ([]int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, nil
	}
	var h []int
	for _, p := range strings.Split(s, ",") {
		w, err := strconv.Atoi(strings.TrimSpace(p))
		if err != nil || w < 1 || w > 256 {
			return nil, fmt.Errorf("width %q is not an integer in [1, 256]", strings.TrimSpace(p))
		}
		h = append(h, w)
	}
	if len(h) > 4 {
		return nil, fmt.Errorf("%d layers; at most 4", len(h))
	}
	return h, nil
}

// FormatHidden writes hidden widths as ParseHidden reads them.
func FormatHidden(h []int) string {
	parts := make([]string, len(h))
	for i, w := range h {
		parts[i] = strconv.Itoa(w)
	}
	return strings.Join(parts, ",")
}
