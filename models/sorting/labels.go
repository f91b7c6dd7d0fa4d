package sorting

// assignLabels gives the cells the labels 1..Config.Labels of the
// identical-algotype control (§5.3) and returns their AggregationChance.
// Our choice: the labels are apportioned like an equal-weight mix (N/L
// each, the remainder to the lower labels, as apportion does) and shuffled
// with their own stream, so the values, algotypes and schedule are those
// of the same run without labels.
func (a *Array) assignLabels() float64 {
	l := a.cfg.Labels
	var counts [MaxLabels]int
	p := 0
	for k := range l {
		counts[k] = a.n / l
		if k < a.n%l {
			counts[k]++
		}
		for range counts[k] {
			a.cells[p].group = uint8(k + 1)
			p++
		}
	}
	for i := a.n - 1; i > 0; i-- {
		j := a.rngLabels.IntN(i + 1)
		a.cells[i].group, a.cells[j].group = a.cells[j].group, a.cells[i].group
	}
	return AggregationChance(counts[:l])
}
