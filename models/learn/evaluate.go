package learn

import "strconv"

// Evaluate returns the network's mean loss (BCE or MSE, as the network
// trains) over pts and the share of points it puts in their class
// (output above 0.5 is class 1), both 0 for no points. It allocates
// nothing and overwrites the network's cached forward pass.
func Evaluate(n *Network, pts []Point) (loss, accuracy float64) {
	if len(pts) == 0 {
		return 0, 0
	}
	last := len(n.layers) - 1
	hits := 0
	for _, p := range pts {
		y := n.Predict(p.X)
		l, _ := n.loss.point(n.z[last][0], y, p.Y)
		loss += l
		if correct(y, p.Y) {
			hits++
		}
	}
	k := float64(len(pts))
	return loss / k, float64(hits) / k
}

// formatFloat writes x in the shortest form that reads back exactly.
func formatFloat(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }
