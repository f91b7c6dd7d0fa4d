// Package plot holds the drawing maths of bioplay's charts that needs no
// canvas: reducing a long series to one min–max band per pixel column, and
// choosing axis ticks. It imports only the standard library, so it is
// tested natively although the rest of ui builds only for the browser.
package plot
