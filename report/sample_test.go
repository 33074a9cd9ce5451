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
// normalAbove, then a sample of normalAbove of them drawn from all of them,
// the same for the same input, and label counts.
func TestSample(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	var s, again sample
	var all []float64
	for i := range 5000 {
		x := math.Tanh(rng.NormFloat64() * 0.3)
		if i%5 == 0 {
			x = 0
		}
		s.add(x)
		again.add(x)
		all = append(all, x)
		if n := len(all); n == 1 || n == normalAbove || n == normalAbove+1 || n == 5000 {
			var sum, ss float64
			for _, v := range all {
				sum += v
			}
			m := sum / float64(n)
			for _, v := range all {
				ss += (v - m) * (v - m)
			}
			if s.N != n || s.mean() != m || math.Abs(s.M2-ss) > 1e-9 {
				t.Fatalf("n=%d: N %d mean %v M2 %v, want %v %v", n, s.N, s.mean(), s.M2, m, ss)
			}
			if n <= normalAbove && !slices.Equal(s.Values, all) {
				t.Fatalf("n=%d: values not all kept", n)
			}
		}
	}
	if len(s.Values) != normalAbove || !slices.Equal(s.Values, again.Values) {
		t.Fatalf("kept %d values; same input kept the same: %v", len(s.Values), slices.Equal(s.Values, again.Values))
	}
	// The sample must come from the whole stream, not only its start.
	late := 0
	for _, v := range s.Values {
		if !slices.Contains(all[:normalAbove], v) {
			late++
		}
	}
	if late < normalAbove/2 {
		t.Errorf("only %d of %d kept values come after the first %d", late, normalAbove, normalAbove)
	}
	if got := s.Labels[0] + s.Labels[1] + s.Labels[2]; got != 5000 || s.Labels[1] < 1000 {
		t.Errorf("labels %v", s.Labels)
	}
	iv := s.interval("x")
	half := 1.96 * math.Sqrt(s.M2/4999/5000)
	if iv.N != 5000 || math.Abs(iv.High-iv.Low-2*half) > 1e-12 {
		t.Errorf("interval %+v", iv)
	}
	var empty sample
	if iv := empty.interval("x"); iv.N != 0 || !math.IsNaN(iv.Mean) {
		t.Errorf("empty sample interval %+v", iv)
	}
}

// TestDistributionSubtitle checks that the distribution chart says when
// its box and dots come from a sample rather than every quotation.
func TestDistributionSubtitle(t *testing.T) {
	var qs []attrib.Quote
	for i := range normalAbove + 50 {
		qs = append(qs, quote("Ada Brill", "words", float64(i%9)/10-0.4))
	}
	for _, c := range []struct {
		n    int
		want string
	}{{10, "Dots: every quotation."}, {normalAbove, "Dots: every quotation."}, {normalAbove + 50, fmt.Sprintf("a random %d", normalAbove)}} {
		g := newAggregate()
		g.add(result("a.txt", qs[:c.n], nil))
		f, err := distributionFigure(g, []string{"Ada Brill"})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(f.subtitle, c.want) {
			t.Errorf("%d quotations: subtitle %q, want it to say %q", c.n, f.subtitle, c.want)
		}
	}
}
