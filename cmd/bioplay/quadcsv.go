package main

import (
	"bufio"
	"os"
	"strconv"
)

// curvesHeader is the first line of a -csv file; with -compare the
// conventional network's columns follow.
const (
	curvesHeader        = "step,train_loss,train_acc,test_loss,test_acc"
	curvesCompareHeader = ",conv_train_loss,conv_train_acc,conv_test_loss,conv_test_acc"
)

// curves writes the training curves of 'bioplay quad' as CSV (-csv): the
// loss and accuracy of each network on both sets at chosen steps.
type curves struct {
	f   *os.File
	w   *bufio.Writer
	buf []byte // scratch for one row
}

// createCurves creates (or truncates) the file at path and writes the
// header, with the compare columns if compare is set.
func createCurves(path string, compare bool) (*curves, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	c := &curves{f: f, w: bufio.NewWriter(f)}
	c.w.WriteString(curvesHeader)
	if compare {
		c.w.WriteString(curvesCompareHeader)
	}
	c.w.WriteByte('\n')
	return c, nil
}

// row appends the row for step: m, and cmp unless it is nil. A write error
// is kept by the buffered writer and reported by close.
func (c *curves) row(step int, m quadEval, cmp *quadEval) {
	b := strconv.AppendInt(c.buf[:0], int64(step), 10)
	b = appendEval(b, m)
	if cmp != nil {
		b = appendEval(b, *cmp)
	}
	b = append(b, '\n')
	c.w.Write(b)
	c.buf = b
}

// appendEval appends ",train_loss,train_acc,test_loss,test_acc".
func appendEval(b []byte, e quadEval) []byte {
	for _, x := range [...]float64{e.TrainLoss, e.TrainAcc, e.TestLoss, e.TestAcc} {
		b = append(b, ',')
		b = strconv.AppendFloat(b, x, 'g', -1, 64)
	}
	return b
}

// close flushes the rows and closes the file, returning the first error.
func (c *curves) close() error {
	err := c.w.Flush()
	if cerr := c.f.Close(); err == nil {
		err = cerr
	}
	return err
}
