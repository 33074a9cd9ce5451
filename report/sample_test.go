package report

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"portray/analyze/attrib"
)

// TestSample checks the running summary against the values themselves:
// exact count, mean and spread at every size, every value kept up to
// NormalAbove, then a sample of NormalAbove of them drawn from all of them,
// the same for the same input, and label counts.
func TestSample(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	var s, again Sample
	var all []float64
	for i := range 5000 {
		x := math.Tanh(rng.NormFloat64() * 0.3)
		if i%5 == 0 {
			x = 0
		}
		s.Add(x)
		again.Add(x)
		all = append(all, x)
		if n := len(all); n == 1 || n == NormalAbove || n == NormalAbove+1 || n == 5000 {
			var sum, ss float64
			for _, v := range all {
				sum += v
			}
			m := sum / float64(n)
			for _, v := range all {
				ss += (v - m) * (v - m)
			}
			if s.N != n || s.Mean() != m || math.Abs(s.M2-ss) > 1e-9 {
				t.Fatalf("n=%d: N %d mean %v M2 %v, want %v %v", n, s.N, s.Mean(), s.M2, m, ss)
			}
			if n <= NormalAbove && !slices.Equal(s.Values, all) {
				t.Fatalf("n=%d: values not all kept", n)
			}
		}
	}
	if len(s.Values) != NormalAbove || !slices.Equal(s.Values, again.Values) {
		t.Fatalf("kept %d values; same input kept the same: %v", len(s.Values), slices.Equal(s.Values, again.Values))
	}
	// The sample must come from the whole stream, not only its start.
	late := 0
	for _, v := range s.Values {
		if !slices.Contains(all[:NormalAbove], v) {
			late++
		}
	}
	if late < NormalAbove/2 {
		t.Errorf("only %d of %d kept values come after the first %d", late, NormalAbove, NormalAbove)
	}
	if got := s.Labels[0] + s.Labels[1] + s.Labels[2]; got != 5000 || s.Labels[1] < 1000 {
		t.Errorf("labels %v", s.Labels)
	}
	iv := s.Interval("x")
	half := 1.96 * math.Sqrt(s.M2/4999/5000)
	if iv.N != 5000 || math.Abs(iv.High-iv.Low-2*half) > 1e-12 {
		t.Errorf("interval %+v", iv)
	}
	var empty Sample
	if iv := empty.Interval("x"); iv.N != 0 || !math.IsNaN(iv.Mean) {
		t.Errorf("empty sample interval %+v", iv)
	}
}

// TestDistributionSubtitle checks that the distribution chart says when
// its box and dots come from a sample rather than every quotation.
func TestDistributionSubtitle(t *testing.T) {
	var qs []attrib.Quote
	for i := range NormalAbove + 50 {
		qs = append(qs, quote("Ada Brill", "words", float64(i%9)/10-0.4))
	}
	for _, c := range []struct {
		n    int
		want string
	}{{10, "Dots: every quotation."}, {NormalAbove, "Dots: every quotation."}, {NormalAbove + 50, fmt.Sprintf("a random %d", NormalAbove)}} {
		g := NewAggregate()
		g.Add(result("a.txt", qs[:c.n], nil))
		f, err := distributionFigure(g, []string{"Ada Brill"})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(f.subtitle, c.want) {
			t.Errorf("%d quotations: subtitle %q, want it to say %q", c.n, f.subtitle, c.want)
		}
	}
}
