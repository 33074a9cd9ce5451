// Package agree measures how well two codings of the same items agree: a
// human's and the tool's, or the tool's and a labelled data set's. It holds
// the statistics that validation and training share.
package agree

import (
	"math"
	"slices"
)

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

// BestCuts chooses the two cut points on scores that maximise macro-F1
// against classes (-1, 0, 1); candidates are midpoints between sorted
// scores, every len/400 rows.
func BestCuts(scores []float64, class []int) (low, high float64) {
	n := len(scores)
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		switch {
		case scores[a] < scores[b]:
			return -1
		case scores[a] > scores[b]:
			return 1
		}
		return 0
	})
	// pre[c][i]: rows of class c among the i lowest scores.
	var pre [3][]int
	for c := range pre {
		pre[c] = make([]int, n+1)
	}
	for i, j := range idx {
		for c := range pre {
			pre[c][i+1] = pre[c][i]
		}
		pre[class[j]+1][i+1]++
	}
	step := max(1, n/400)
	var cands []int
	for i := 0; i <= n; i += step {
		cands = append(cands, i)
	}
	if cands[len(cands)-1] != n {
		cands = append(cands, n)
	}
	f1 := func(tp, pred, gold int) float64 {
		if tp == 0 {
			return 0
		}
		p, r := float64(tp)/float64(pred), float64(tp)/float64(gold)
		return 2 * p * r / (p + r)
	}
	best := -1.0
	var bi, bj int
	for _, i := range cands {
		for _, j := range cands {
			if j < i {
				continue
			}
			negTP, negP, negG := pre[0][i], i, pre[0][n]
			neuTP, neuP, neuG := pre[1][j]-pre[1][i], j-i, pre[1][n]
			posTP, posP, posG := pre[2][n]-pre[2][j], n-j, pre[2][n]
			m := (f1(negTP, negP, negG) + f1(neuTP, neuP, neuG) + f1(posTP, posP, posG)) / 3
			if m > best+1e-12 {
				best, bi, bj = m, i, j
			}
		}
	}
	cut := func(i int) float64 {
		switch {
		case n == 0:
			return 0
		case i == 0:
			return scores[idx[0]] - 1
		case i == n:
			return scores[idx[n-1]] + 1
		}
		return (scores[idx[i-1]] + scores[idx[i]]) / 2
	}
	return cut(bi), cut(bj)
}
