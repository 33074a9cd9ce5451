package report

import (
	"hash/fnv"
	"math"
	"math/rand/v2"
	"sort"
)

// BootstrapResamples is the number of resamples behind every interval.
const BootstrapResamples = 2000

// Interval is a mean with its 95% percentile bootstrap interval.
type Interval struct {
	// N is the number of values.
	N int
	// Mean is their mean; NaN when N is 0.
	Mean float64
	// Low and High bound the 95% interval; NaN when N < 2.
	Low, High float64
}

// Bootstrap computes the mean of xs and a 95% percentile bootstrap interval
// from BootstrapResamples resamples. The random stream is seeded from seed,
// so the same values and seed always give the same interval.
func Bootstrap(xs []float64, seed string) Interval {
	iv := Interval{N: len(xs), Mean: mean(xs), Low: math.NaN(), High: math.NaN()}
	if len(xs) < 2 {
		return iv
	}
	h := fnv.New64a()
	h.Write([]byte(seed))
	rng := rand.New(rand.NewPCG(h.Sum64(), 0x706f7274726179))
	means := make([]float64, BootstrapResamples)
	for b := range means {
		s := 0.0
		for range xs {
			s += xs[rng.IntN(len(xs))]
		}
		means[b] = s / float64(len(xs))
	}
	sort.Float64s(means)
	iv.Low = means[int(0.025*float64(len(means)))]
	iv.High = means[int(0.975*float64(len(means)))-1]
	return iv
}
