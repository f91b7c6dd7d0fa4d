package main

import (
	"bufio"
	"os"
	"strconv"
)

// kanCurvesHeader is the first line of a 'bioplay kan -csv' file; with
// -compare the MLP's columns follow.
const (
	kanCurvesHeader        = "step,grid,train_rmse,test_rmse"
	kanCurvesCompareHeader = ",mlp_train_rmse,mlp_test_rmse"
)

// kanCurves writes the RMSE curves of 'bioplay kan' as CSV (-csv). The
// grid column shows where each refinement happened: the loss staircase.
type kanCurves struct {
	f   *os.File
	w   *bufio.Writer
	buf []byte // scratch for one row
}

// createKanCurves creates (or truncates) the file at path and writes the
// header, with the MLP's columns if compare is set.
func createKanCurves(path string, compare bool) (*kanCurves, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	c := &kanCurves{f: f, w: bufio.NewWriter(f)}
	c.w.WriteString(kanCurvesHeader)
	if compare {
		c.w.WriteString(kanCurvesCompareHeader)
	}
	c.w.WriteByte('\n')
	return c, nil
}

// row appends the row for step at grid size grid with the given RMSEs. A
// write error is kept by the buffered writer and reported by close.
func (c *kanCurves) row(step, grid int, rmse []float64) {
	b := strconv.AppendInt(c.buf[:0], int64(step), 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(grid), 10)
	for _, x := range rmse {
		b = append(b, ',')
		b = strconv.AppendFloat(b, x, 'g', -1, 64)
	}
	b = append(b, '\n')
	c.w.Write(b)
	c.buf = b
}

// close flushes the rows and closes the file, returning the first error.
func (c *kanCurves) close() error {
	err := c.w.Flush()
	if cerr := c.f.Close(); err == nil {
		err = cerr
	}
	return err
}
