package plot

// Band is the smallest and largest value a series takes within one pixel
// column of a chart.
type Band struct{ Lo, Hi float64 }

// Envelope reduces ys, sampled at x = 0, 1, …, len(ys)−1, to cols bands over
// the x range [0, xmax], one per pixel column, so that a chart of a long run
// keeps every spike (a plain stride would drop them). Column c covers
// x in [c·xmax/cols, (c+1)·xmax/cols). Columns beyond the last sample, or
// holding no sample, repeat the band of the sample nearest to their left
// edge; the result is appended to dst[:0]. It panics if cols < 1.
func Envelope(dst []Band, ys []float64, xmax float64, cols int) []Band {
	if cols < 1 {
		panic("plot: Envelope needs at least one column")
	}
	dst = dst[:0]
	if len(ys) == 0 {
		return dst
	}
	if xmax <= 0 {
		xmax = 1
	}
	n := len(ys)
	for c := 0; c < cols; c++ {
		lo := int(float64(c) * xmax / float64(cols))
		hi := int(float64(c+1) * xmax / float64(cols)) // exclusive
		if lo >= n {
			break
		}
		hi = min(max(hi, lo+1), n)
		b := Band{ys[lo], ys[lo]}
		for _, y := range ys[lo+1 : hi] {
			b.Lo = min(b.Lo, y)
			b.Hi = max(b.Hi, y)
		}
		dst = append(dst, b)
	}
	return dst
}
