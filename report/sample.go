package report

import (
	"math"

	"portray/analyze/tone"
)

// sample is a running summary of tone values that stays small however many
// values are added: all the values while there are at most normalAbove of
// them (enough for a bootstrap interval and for drawing every one), then a
// uniform random sample of normalAbove values beside the exact count, sum,
// spread and label counts. The fields are exported so that the article log
// can store it; build one with add.
type sample struct {
	// N is the number of values added.
	N int
	// Sum is their sum, added in order.
	Sum float64
	// M2 is the running sum of squared deviations from the mean (Welford).
	M2 float64
	// Values holds every value while N <= normalAbove, in order; after
	// that, a uniform random sample of normalAbove of them.
	Values []float64
	// Labels counts the values by label: negative, neutral, positive.
	Labels [3]int
}

// add adds one value.
func (s *sample) add(x float64) {
	old := 0.0
	if s.N > 0 {
		old = s.Sum / float64(s.N)
	}
	s.N++
	s.Sum += x
	s.M2 += (x - old) * (x - s.Sum/float64(s.N))
	switch tone.Label(x) {
	case "negative":
		s.Labels[0]++
	case "neutral":
		s.Labels[1]++
	default:
		s.Labels[2]++
	}
	if s.N <= normalAbove {
		s.Values = append(s.Values, x)
		return
	}
	// Reservoir sampling: the n-th value replaces a kept one with
	// probability normalAbove/n. The draw is a hash of n, so the same
	// values in the same order always keep the same sample.
	if j := int(splitmix(uint64(s.N)*0x9e3779b97f4a7c15) % uint64(s.N)); j < normalAbove {
		s.Values[j] = x
	}
}

// mean is the mean of the values, NaN when there are none.
func (s *sample) mean() float64 {
	if s.N == 0 {
		return nanValue
	}
	return s.Sum / float64(s.N)
}

// interval is the mean with its 95% interval: a percentile bootstrap
// seeded by seed while every value is kept, the normal approximation
// beyond (see bootstrap).
func (s *sample) interval(seed string) interval {
	if s.N <= normalAbove {
		return bootstrap(s.Values, seed)
	}
	half := 1.96 * math.Sqrt(s.M2/float64(s.N-1)/float64(s.N))
	m := s.mean()
	return interval{N: s.N, Mean: m, Low: m - half, High: m + half}
}

// splitmix is the SplitMix64 mixing function: a well-spread hash of x.
// Called on a counter stepped by 0x9e3779b97f4a7c15 it is the SplitMix64
// generator.
func splitmix(x uint64) uint64 {
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}
