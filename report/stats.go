package report

import (
	"hash/fnv"
	"math"
	"math/bits"
)

// bootstrapResamples is the number of resamples behind every interval of
// the whole run; groupResamples behind those of each source and date,
// which are many and show no headline.
const (
	bootstrapResamples = 2000
	groupResamples     = 1000
)

// normalAbove is the sample size above which an interval is the normal
// approximation mean ± 1.96·sd/√n instead of a bootstrap: with that many
// values the percentile bootstrap of a mean has converged to it, and
// resampling would cost bootstrapResamples × n steps per interval.
const normalAbove = 400

// interval is a mean with its 95% interval.
type interval struct {
	// N is the number of values.
	N int
	// Mean is their mean; NaN when N is 0.
	Mean float64
	// Low and High bound the 95% interval; NaN when N < minN.
	Low, High float64
}

// bootstrap computes the mean of xs and a 95% percentile bootstrap interval
// from bootstrapResamples resamples, when xs holds at least minN values. The random stream is seeded from seed,
// so the same values and seed always give the same interval. Above
// normalAbove values the interval is the normal approximation.
func bootstrap(xs []float64, seed string) interval {
	iv := interval{N: len(xs), Mean: mean(xs), Low: math.NaN(), High: math.NaN()}
	if len(xs) < minN {
		return iv
	}
	if len(xs) > normalAbove {
		var ss float64
		for _, x := range xs {
			ss += (x - iv.Mean) * (x - iv.Mean)
		}
		half := 1.96 * math.Sqrt(ss/float64(len(xs)-1)/float64(len(xs)))
		iv.Low, iv.High = iv.Mean-half, iv.Mean+half
		return iv
	}
	h := fnv.New64a()
	h.Write([]byte(seed))
	state := h.Sum64()
	n := uint64(len(xs))
	means := make([]float64, bootstrapResamples)
	for b := range means {
		s := 0.0
		for range xs {
			// SplitMix64 draws; an index in [0, n) is the high half of a
			// 64-bit product (its bias, n/2^64, is far below measurable).
			state += 0x9e3779b97f4a7c15
			i, _ := bits.Mul64(splitmix(state), n)
			s += xs[i]
		}
		means[b] = s / float64(len(xs))
	}
	lo, hi := int(0.025*float64(len(means))), int(0.975*float64(len(means)))-1
	iv.High = nth(means, hi)
	iv.Low = nth(means[:hi], lo) // nth left every smaller value before hi
	return iv
}

// nth returns the value that would be at index k if xs were sorted, and
// leaves xs partitioned around it (smaller values before k, larger after):
// a quickselect, linear on average, where a sort would be n log n.
func nth(xs []float64, k int) float64 {
	lo, hi := 0, len(xs)-1
	for lo < hi {
		p := xs[lo+(hi-lo)/2]
		i, j := lo, hi
		for i <= j {
			for xs[i] < p {
				i++
			}
			for xs[j] > p {
				j--
			}
			if i <= j {
				xs[i], xs[j] = xs[j], xs[i]
				i++
				j--
			}
		}
		switch {
		case k <= j:
			hi = j
		case k >= i:
			lo = i
		default:
			return xs[k]
		}
	}
	return xs[k]
}
