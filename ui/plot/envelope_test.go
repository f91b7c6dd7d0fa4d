package plot

import (
	"reflect"
	"testing"
)

func TestEnvelope(t *testing.T) {
	tests := []struct {
		name string
		ys   []float64
		xmax float64
		cols int
		want []Band
	}{
		{"one sample per column", []float64{3, 1, 2}, 3, 3, []Band{{3, 3}, {1, 1}, {2, 2}}},
		{"spike kept", []float64{0, 0, 9, 0, 0, 0}, 6, 2, []Band{{0, 9}, {0, 0}}},
		{"fewer samples than columns", []float64{5, 7}, 2, 4, []Band{{5, 5}, {5, 5}, {7, 7}, {7, 7}}},
		{"run shorter than axis", []float64{1, 2}, 8, 4, []Band{{1, 2}}},
		{"empty", nil, 10, 4, []Band{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Envelope(nil, tt.ys, tt.xmax, tt.cols)
			if len(got) == 0 && len(tt.want) == 0 {
				return
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("Envelope(%v, %v, %d) = %v, want %v", tt.ys, tt.xmax, tt.cols, got, tt.want)
			}
		})
	}
}

func TestEnvelopeReusesBuffer(t *testing.T) {
	buf := make([]Band, 0, 64)
	ys := make([]float64, 1000)
	if got := Envelope(buf, ys, 1000, 64); &got[0] != &buf[:1][0] {
		t.Fatal("Envelope allocated although dst had room")
	}
}
