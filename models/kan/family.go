package kan

import (
	"strconv"
	"strings"

	"bioplay/models/learn"
	"bioplay/models/param"
)

// Basis names the family of functions an edge is built from (spec B.12,
// issue 7). Every family keeps the SiLU base branch w_b·silu(x) of the
// B-spline KAN, so φ = w_b·silu(x) + w_s·Σ_m c_m f_m(x) with f_m the
// family's functions; only f_m changes. The zero value is BSpline.
type Basis int

// The families. Select is not a family of its own: every output node
// mixes all the others with a softmax gate (spec B.13; see SelectFamilies).
const (
	BSpline Basis = iota // B-splines of order k on a G-interval grid (spec B.3)
	RBF                  // Gaussian radial basis functions, FastKAN-style
	Cheby                // Chebyshev polynomials of tanh(x), ChebyKAN-style
	Fourier              // cosines and sines, FourierKAN-style
	Wavelet              // Mexican-hat wavelets, Wav-KAN-style
	Select               // per-node softmax mix of the five (our S-KAN implementation)
)

var basisNames = []string{"bspline", "rbf", "cheby", "fourier", "wavelet", "select"}

// BasisNames returns the families' names in display order, the options of
// the schema's basis parameter.
func BasisNames() []string { return append([]string(nil), basisNames...) }

// SelectFamilies returns the candidate families a Select network mixes,
// in gate order: every family but Select itself.
func SelectFamilies() []Basis { return []Basis{BSpline, RBF, Cheby, Fourier, Wavelet} }

// String returns the family's schema name, such as "rbf".
func (b Basis) String() string { return param.Name(basisNames, int(b), "basis") }

// ParseBasis reads a family name (case and spaces ignored); the error is a
// *learn.ConfigError for field "basis".
func ParseBasis(s string) (Basis, error) {
	if i, ok := param.Index(basisNames, s); ok {
		return Basis(i), nil
	}
	return 0, &learn.ConfigError{Field: "basis", Value: strconv.Quote(s), Reason: "is not one of " + strings.Join(basisNames, ", ")}
}
