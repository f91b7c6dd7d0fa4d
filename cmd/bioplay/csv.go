package main

import (
	"bufio"
	"os"
	"strconv"

	"bioplay/models/sorting"
)

// trajectoryHeader is the first line of a -csv file.
const trajectoryHeader = "swap,sortedness,error,aggregation,activations\n"

// trajectory writes one run's metrics after each swap as CSV (-csv). The
// x-axis of the paper's trajectory plots is the swap index (spec §6.6);
// our choice: a first row swap=0 records the initial array too, which the
// reference does not (spec §1).
type trajectory struct {
	f   *os.File
	w   *bufio.Writer
	buf []byte // scratch for one row
}

// createTrajectory creates (or truncates) the file at path and writes the
// header.
func createTrajectory(path string) (*trajectory, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	t := &trajectory{f: f, w: bufio.NewWriter(f)}
	t.w.WriteString(trajectoryHeader)
	return t, nil
}

// row appends one row. A write error is kept by the buffered writer and
// reported by close.
func (t *trajectory) row(m sorting.Metrics) {
	b := t.buf[:0]
	b = strconv.AppendUint(b, m.Swaps, 10)
	b = append(b, ',')
	b = strconv.AppendFloat(b, m.Sortedness, 'f', -1, 64)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(m.Error), 10)
	b = append(b, ',')
	b = strconv.AppendFloat(b, m.Aggregation, 'f', -1, 64)
	b = append(b, ',')
	b = strconv.AppendUint(b, m.Activations, 10)
	b = append(b, '\n')
	t.w.Write(b)
	t.buf = b
}

// close flushes the rows and closes the file, returning the first error.
func (t *trajectory) close() error {
	err := t.w.Flush()
	if cerr := t.f.Close(); err == nil {
		err = cerr
	}
	return err
}
