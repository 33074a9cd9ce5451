// Package agree measures how well two codings of the same items agree: a
// human's and the tool's, or the tool's and a labelled data set's. It holds
// the statistics that validation and training share.
package agree

import "math"

// Pearson is the correlation of a and b; 0 when either is constant or empty.
func Pearson(a, b []float64) float64 {
	n := float64(len(a))
	if n == 0 {
		return 0
	}
	var ma, mb float64
	for i := range a {
		ma += a[i]
		mb += b[i]
	}
	ma, mb = ma/n, mb/n
	var c, va, vb float64
	for i := range a {
		c += (a[i] - ma) * (b[i] - mb)
		va += (a[i] - ma) * (a[i] - ma)
		vb += (b[i] - mb) * (b[i] - mb)
	}
	if va == 0 || vb == 0 {
		return 0
	}
	return c / math.Sqrt(va*vb)
}

// MacroF1 is the mean over classes of each class's F1, with gold as the
// reference: 2·tp / (predicted + gold) for each class, 0 for a class that
// is never right. Every class counts, present or not.
func MacroF1(gold, pred []int, classes ...int) float64 {
	if len(classes) == 0 {
		return 0
	}
	var sum float64
	for _, c := range classes {
		var tp, np, ng int
		for i := range gold {
			if pred[i] == c {
				np++
			}
			if gold[i] == c {
				ng++
				if pred[i] == c {
					tp++
				}
			}
		}
		if tp > 0 {
			sum += 2 * float64(tp) / float64(np+ng)
		}
	}
	return sum / float64(len(classes))
}
