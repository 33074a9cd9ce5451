package report

import (
	"cmp"
	"hash/fnv"
	"math"
	"math/bits"
	"slices"

	"gonum.org/v1/gonum/stat/distuv"
)

// unit is one resampling unit's part of a ratio of sums (A/N), or of two
// ratios at once (A/N and B/M) when a difference is wanted. At the level of
// a run, a source or a date the unit is one article: a leader's sentences
// in one article share a writer and an event, so it is whole articles
// that are drawn again, never single sentences.
type unit struct {
	A, N, B, M float64
}

// estimate is a ratio of sums, or a difference of two, with its 95%
// interval and the spread behind it.
type estimate struct {
	// Items is ΣN: the sentences, quotations or verbs behind the first
	// ratio.
	Items int
	// Units is how many units (articles) the estimate rests on.
	Units int
	// Value is ΣA/ΣN, or ΣA/ΣN − ΣB/ΣM for a difference; NaN when a
	// denominator is 0.
	Value float64
	// Low and High bound the 95% interval; NaN with fewer than minN units
	// or items.
	Low, High float64
	// SE is the standard error of Value across resamples (NaN without an
	// interval).
	SE float64
}

// ok says whether the estimate has an interval.
func (e estimate) ok() bool { return !math.IsNaN(e.Low) }

// interval converts a ratio estimate to an interval of N items.
func (e estimate) interval() interval {
	return interval{N: e.Items, Mean: e.Value, Low: e.Low, High: e.High}
}

// scaled multiplies the value and the bounds by k (100 for percentages).
func (e estimate) scaled(k float64) estimate {
	e.Value, e.Low, e.High, e.SE = e.Value*k, e.Low*k, e.High*k, e.SE*k
	return e
}

// expandedLevel is the tail probability that a percentile interval of a
// mean from n units uses in place of alpha/2: the level at which a normal
// quantile equals √(n/(n−1)) times Student's t quantile with n−1 degrees
// of freedom. It widens the plain percentile interval, which is too
// narrow from few units (its spread is that of n−1 degrees of freedom,
// divided by n rather than n−1), by the same factor a t interval
// would, and tends to alpha/2 as n grows.
func expandedLevel(n int, alpha float64) float64 {
	if n < 2 {
		return math.NaN()
	}
	t := distuv.StudentsT{Mu: 0, Sigma: 1, Nu: float64(n - 1)}.Quantile(1 - alpha/2)
	return distuv.UnitNormal.CDF(-math.Sqrt(float64(n)/float64(n-1)) * t)
}

// tQuantile is Student's t quantile p with n−1 degrees of freedom, scaled
// by √(n/(n−1)) as expandedLevel does.
func tQuantile(n int, p float64) float64 {
	return math.Sqrt(float64(n)/float64(n-1)) * distuv.StudentsT{Mu: 0, Sigma: 1, Nu: float64(n - 1)}.Quantile(p)
}

// resample estimates ΣA/ΣN (or, with diff, ΣA/ΣN − ΣB/ΣM) from units and
// gives it a 95% interval: a percentile bootstrap over the units
// (bootstrapResamples resamples, each drawing as many units as there are,
// with replacement), its tails at expandedLevel; above normalAbove units
// the normal approximation from the units' linearised spread, which the
// bootstrap has converged to by then. The units are put in an order of
// their own values before drawing, so the interval depends on the set of
// units and on seed, never on the order they came in (a folder read in
// another order, or a copy kept in place of its original, gives the same
// interval). Fewer than minN units or items give the value alone.
func resample(us []unit, diff bool, seed string) estimate {
	sorted := slices.Clone(us)
	slices.SortFunc(sorted, func(x, y unit) int {
		return cmp.Or(cmp.Compare(x.N, y.N), cmp.Compare(x.A, y.A), cmp.Compare(x.M, y.M), cmp.Compare(x.B, y.B))
	})
	var sa, sn, sb, sm float64
	for _, u := range sorted {
		sa, sn, sb, sm = sa+u.A, sn+u.N, sb+u.B, sm+u.M
	}
	e := estimate{Items: int(math.Round(sn)), Units: len(us), Value: ratio(sa, sn), Low: math.NaN(), High: math.NaN(), SE: math.NaN()}
	if diff {
		e.Value -= ratio(sb, sm)
	}
	// Each side must rest on minN units and items: a difference of
	// own words in 3 articles against portrayal in 50 is not measured.
	na, nb := 0, 0
	for _, u := range us {
		if u.N > 0 {
			na++
		}
		if u.M > 0 {
			nb++
		}
	}
	if math.IsNaN(e.Value) || na < minN || sn < minN || diff && (nb < minN || sm < minN) {
		return e
	}
	level := expandedLevel(len(us), 0.05)
	if len(us) > normalAbove {
		// The bootstrap variance of a ratio of sums converges to the
		// variance of its linearisation: Σ residual² / (ΣN)², with the
		// residual of a unit A − R·N.
		ra, rb := sa/sn, ratio(sb, sm)
		var ss float64
		for _, u := range sorted {
			d := (u.A - ra*u.N) / sn
			if diff {
				d -= (u.B - rb*u.M) / sm
			}
			ss += d * d
		}
		e.SE = math.Sqrt(ss)
		half := -distuv.UnitNormal.Quantile(level) * e.SE
		e.Low, e.High = e.Value-half, e.Value+half
		return e
	}
	h := fnv.New64a()
	h.Write([]byte(seed))
	state := h.Sum64()
	n := uint64(len(sorted))
	stats := make([]float64, 0, bootstrapResamples)
	var s1, s2 float64
	for range bootstrapResamples {
		var a, m1, b, m2 float64
		for range sorted {
			// SplitMix64 draws, as in bootstrap.
			state += 0x9e3779b97f4a7c15
			i, _ := bits.Mul64(splitmix(state), n)
			u := &sorted[i]
			a, m1, b, m2 = a+u.A, m1+u.N, b+u.B, m2+u.M
		}
		// A resample that draws no item of one side has no value; it is
		// left out (rare above minN units).
		if m1 == 0 || diff && m2 == 0 {
			continue
		}
		v := a / m1
		if diff {
			v -= b / m2
		}
		stats = append(stats, v)
		s1 += v
		s2 += v * v
	}
	if len(stats) < bootstrapResamples/2 {
		return e
	}
	k := float64(len(stats))
	e.SE = math.Sqrt(math.Max(0, (s2-s1*s1/k)/(k-1)))
	lo, hi := int(level*k), int(math.Ceil((1-level)*k))-1
	e.High = nth(stats, hi)
	e.Low = nth(stats[:hi], lo)
	return e
}

// ratio is a/b, NaN when b is 0.
func ratio(a, b float64) float64 {
	if b == 0 {
		return math.NaN()
	}
	return a / b
}

// adjusted is the interval of a difference widened for m comparisons
// (Bonferroni: each at level 0.05/m, so that the chance of any false call
// in the family stays under 5%): Value ± q·SE, q the expanded t quantile
// at 1 − 0.025/m for the units behind it. NaN bounds without an interval.
func adjusted(e estimate, m int) (low, high float64) {
	if !e.ok() || m < 1 {
		return math.NaN(), math.NaN()
	}
	q := tQuantile(e.Units, 1-0.025/float64(m))
	return e.Value - q*e.SE, e.Value + q*e.SE
}
