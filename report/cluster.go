package report

import (
	"hash/fnv"
	"math"
	"slices"
	"sync"

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
	return distuv.UnitNormal.CDF(-tQuantile(n, 1-alpha/2))
}

// quantiles caches tQuantile: a quantile of Student's t costs about as
// much as a small bootstrap, and a run asks for the same few many times.
var quantiles sync.Map // quantileKey → float64

type quantileKey struct {
	n int
	p float64
}

// tQuantile is Student's t quantile p with n−1 degrees of freedom, scaled
// by √(n/(n−1)) as expandedLevel does.
func tQuantile(n int, p float64) float64 {
	k := quantileKey{n, p}
	if q, ok := quantiles.Load(k); ok {
		return q.(float64)
	}
	q := math.Sqrt(float64(n)/float64(n-1)) * distuv.StudentsT{Mu: 0, Sigma: 1, Nu: float64(n - 1)}.Quantile(p)
	quantiles.Store(k, q)
	return q
}

// resample estimates ΣA/ΣN (or, with diff, ΣA/ΣN − ΣB/ΣM) from units and
// gives it a 95% interval: see resampleStats, of which it is the case of
// one statistic.
func resample(us []unit, diff bool, seed string) estimate {
	vals := make([][]float64, len(us))
	for i, u := range us {
		vals[i] = []float64{u.A, u.N, u.B, u.M}
	}
	spec := ratioSpec{A: 0, N: 1, B: -1, M: -1}
	if diff {
		spec.B, spec.M = 2, 3
	}
	return resampleStats(vals, []ratioSpec{spec}, bootstrapResamples, seed)[0]
}

// ratioSpec names the places, in each unit's values, of the numerator and
// the denominator of a ratio ΣA/ΣN and, for a difference ΣA/ΣN − ΣB/ΣM,
// of the ratio taken from it (B and M below 0 for a ratio alone).
type ratioSpec struct{ A, N, B, M int }

// resampleStats estimates several ratios or differences from one set of
// units (vals[i] holds unit i's values) and gives each a 95% interval: a
// percentile bootstrap over the units (draws resamples, each drawing as
// many units as there are, with replacement, the same draws for every
// statistic), its tails at expandedLevel; above normalAbove
// units the normal approximation from the units' linearised spread,
// which the bootstrap has converged to by then. The units are put in an
// order of their own values before drawing, so an interval depends on
// the set of units and on seed, never on the order they came in (a
// folder read in another order, or a copy kept in place of its original,
// gives the same interval). A statistic with fewer than minN units or
// items (on either side of a difference) gets its value alone.
func resampleStats(vals [][]float64, specs []ratioSpec, draws int, seed string) []estimate {
	out := make([]estimate, len(specs))
	for k := range out {
		out[k] = estimate{Value: math.NaN(), Low: math.NaN(), High: math.NaN(), SE: math.NaN()}
	}
	n := len(vals)
	if n == 0 {
		return out
	}
	width := len(vals[0])
	sorted := slices.Clone(vals)
	slices.SortFunc(sorted, slices.Compare)
	flat := make([]float64, 0, n*width)
	sums := make([]float64, width)
	for _, row := range sorted {
		flat = append(flat, row...)
		for v, x := range row {
			sums[v] += x
		}
	}
	var active []int
	for k, sp := range specs {
		diff := sp.B >= 0
		e := &out[k]
		e.Items, e.Value = int(math.Round(sums[sp.N])), ratio(sums[sp.A], sums[sp.N])
		// Each side must rest on minN units and items: a difference of
		// own words in 3 articles against portrayal in 50 is not
		// measured.
		na, nb := 0, 0
		for _, row := range sorted {
			if row[sp.N] > 0 {
				na++
			}
			if diff && row[sp.M] > 0 {
				nb++
			}
		}
		e.Units = n
		if diff {
			e.Value -= ratio(sums[sp.B], sums[sp.M])
		}
		if !math.IsNaN(e.Value) && na >= minN && sums[sp.N] >= minN && (!diff || nb >= minN && sums[sp.M] >= minN) {
			active = append(active, k)
		}
	}
	if len(active) == 0 {
		return out
	}
	level := expandedLevel(n, 0.05)
	if n > normalAbove {
		// The bootstrap variance of a ratio of sums converges to the
		// variance of its linearisation: Σ residual² / (ΣN)², with the
		// residual of a unit A − R·N.
		for _, k := range active {
			sp, e := specs[k], &out[k]
			ra := sums[sp.A] / sums[sp.N]
			var rb float64
			if sp.B >= 0 {
				rb = sums[sp.B] / sums[sp.M]
			}
			var ss float64
			for _, row := range sorted {
				d := (row[sp.A] - ra*row[sp.N]) / sums[sp.N]
				if sp.B >= 0 {
					d -= (row[sp.B] - rb*row[sp.M]) / sums[sp.M]
				}
				ss += d * d
			}
			e.SE = math.Sqrt(ss)
			half := -distuv.UnitNormal.Quantile(level) * e.SE
			e.Low, e.High = e.Value-half, e.Value+half
		}
		return out
	}
	h := fnv.New64a()
	h.Write([]byte(seed))
	state := h.Sum64()
	stats := make([][]float64, len(specs))
	for _, k := range active {
		stats[k] = make([]float64, 0, draws)
	}
	// The draws: the cost of every interval. The units' values are
	// summed as fixed-size blocks of four, or of eight for the wider
	// units of differences, in locals that stay in registers.
	var acc [8]float64
	draw := func(add func(i int)) {
		for j := 0; j < n; j += 2 {
			// SplitMix64 draws, two indices from each 64-bit number: an
			// index in [0, n) is the high half of a 32-bit half times n
			// (its bias, n/2^32, is far below measurable).
			state += 0x9e3779b97f4a7c15
			r := splitmix(state)
			add(int((r & 0xffffffff) * uint64(n) >> 32))
			if j+1 < n {
				add(int((r >> 32) * uint64(n) >> 32))
			}
		}
	}
	var narrow [][4]float64
	var wide [][8]float64
	switch {
	case width <= 4:
		narrow = make([][4]float64, n)
		for i := range narrow {
			copy(narrow[i][:], flat[i*width:i*width+width])
		}
	case width <= 8:
		wide = make([][8]float64, n)
		for i := range wide {
			copy(wide[i][:], flat[i*width:i*width+width])
		}
	default:
		panic("resampleStats: more than 8 values per unit")
	}
	for range draws {
		var a0, a1, a2, a3, a4, a5, a6, a7 float64
		if narrow != nil {
			draw(func(i int) {
				u := &narrow[i]
				a0, a1, a2, a3 = a0+u[0], a1+u[1], a2+u[2], a3+u[3]
			})
		} else {
			draw(func(i int) {
				u := &wide[i]
				a0, a1, a2, a3 = a0+u[0], a1+u[1], a2+u[2], a3+u[3]
				a4, a5, a6, a7 = a4+u[4], a5+u[5], a6+u[6], a7+u[7]
			})
		}
		acc = [8]float64{a0, a1, a2, a3, a4, a5, a6, a7}
		for _, k := range active {
			sp := specs[k]
			// A resample that draws no item of one side has no value;
			// it is left out (rare above minN units).
			if acc[sp.N] == 0 || sp.B >= 0 && acc[sp.M] == 0 {
				continue
			}
			v := acc[sp.A] / acc[sp.N]
			if sp.B >= 0 {
				v -= acc[sp.B] / acc[sp.M]
			}
			stats[k] = append(stats[k], v)
		}
	}
	for _, k := range active {
		xs, e := stats[k], &out[k]
		if len(xs) < draws/2 {
			continue
		}
		m := float64(len(xs))
		var s1, s2 float64
		for _, x := range xs {
			s1 += x
			s2 += x * x
		}
		e.SE = math.Sqrt(math.Max(0, (s2-s1*s1/m)/(m-1)))
		lo, hi := int(level*m), int(math.Ceil((1-level)*m))-1
		e.High = nth(xs, hi)
		e.Low = nth(xs[:hi], lo)
	}
	return out
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
