package main

import (
	"bufio"
	"os"
	"strconv"
)

// swimCurveHeader is the first line of a 'bioplay swim -train es -csv'
// file.
const swimCurveHeader = "generation,episodes,return\n"

// swimCurve writes the ES learning curve as CSV (-csv): per generation g,
// the training episodes run so far (g × pop) and the mean return of the
// unperturbed weights on the evaluation starts.
type swimCurve struct {
	f   *os.File
	w   *bufio.Writer
	buf []byte // scratch for one row
}

// createSwimCurve creates (or truncates) the file at path and writes the
// header.
func createSwimCurve(path string) (*swimCurve, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	c := &swimCurve{f: f, w: bufio.NewWriter(f)}
	c.w.WriteString(swimCurveHeader)
	return c, nil
}

// row appends one row. A write error is kept by the buffered writer and
// reported by close.
func (c *swimCurve) row(generation, episodes int, ret float64) {
	b := strconv.AppendInt(c.buf[:0], int64(generation), 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(episodes), 10)
	b = append(b, ',')
	b = strconv.AppendFloat(b, ret, 'g', -1, 64)
	b = append(b, '\n')
	c.w.Write(b)
	c.buf = b
}

// close flushes the rows and closes the file, returning the first error.
func (c *swimCurve) close() error {
	err := c.w.Flush()
	if cerr := c.f.Close(); err == nil {
		err = cerr
	}
	return err
}
