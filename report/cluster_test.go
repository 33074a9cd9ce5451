package report

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// simCorpora is how many synthetic corpora the coverage test draws.
const simCorpora = 400

// simCorpus draws one synthetic corpus of articles with known
// article-level variation and returns, per statistic, the units resample
// takes. Every article has its own level (the same writer and event for
// all its sentences), so sentences within an article are correlated; the
// true values are known exactly:
//
//   - "portrayed mean": sentence tone = 0.10 + article level + noise, the
//     level uniform on ±0.30, the noise on ±0.40: true mean 0.10;
//   - "negative share": each article has its own chance of a negative
//     sentence, uniform on 0.10..0.50: true share 0.30;
//   - "own − portrayed": quotations in the same article at −0.05 + half its
//     level + noise, beside its sentences: true difference −0.15, the two
//     sides correlated within an article;
//   - "leader − leader": a second leader's sentences at 0.02 + its own
//     level + noise in some of the same articles: true difference 0.08.
func simCorpus(r *rand.Rand, articles int) map[string][]unit {
	out := map[string][]unit{}
	u := func(lo, hi float64) float64 { return lo + (hi-lo)*r.Float64() }
	for range articles {
		level := u(-0.3, 0.3)
		var port, own, neg, other unit
		for range 1 + r.IntN(9) {
			port.A += 0.10 + level + u(-0.4, 0.4)
			port.N++
		}
		p := u(0.1, 0.5)
		for range int(port.N) {
			if r.Float64() < p {
				neg.A++
			}
			neg.N++
		}
		for range r.IntN(5) {
			own.A += -0.05 + level/2 + u(-0.4, 0.4)
			own.N++
		}
		if r.IntN(3) > 0 {
			lv := u(-0.3, 0.3) + level/3
			for range 1 + r.IntN(6) {
				other.A += 0.02 + lv + u(-0.4, 0.4)
				other.N++
			}
		}
		out["portrayed mean"] = append(out["portrayed mean"], port)
		out["negative share"] = append(out["negative share"], neg)
		if own.N > 0 {
			out["own − portrayed"] = append(out["own − portrayed"], unit{A: own.A, N: own.N, B: port.A, M: port.N})
		} else {
			out["own − portrayed"] = append(out["own − portrayed"], unit{B: port.A, M: port.N})
		}
		out["leader − leader"] = append(out["leader − leader"], unit{A: port.A, N: port.N, B: other.A, M: other.N})
	}
	return out
}

// TestResampleCoverage is the seeded simulation behind the intervals: over
// simCorpora synthetic corpora of articles with known article-level
// variation, each statistic's 95% interval must hold the true value in
// 93–97% of them, with the run's resamples and with the fewer of a
// source or a date, and the interval that resamples sentences instead of
// articles is shown to fall short on the same corpora (so the test can
// fail).
func TestResampleCoverage(t *testing.T) {
	truth := map[string]float64{"portrayed mean": 0.10, "negative share": 0.30, "own − portrayed": -0.15, "leader − leader": 0.08}
	for _, c := range []struct{ articles, draws int }{{20, bootstrapResamples}, {60, bootstrapResamples}, {20, groupResamples}} {
		articles := c.articles
		t.Run(fmt.Sprintf("%d articles, %d resamples", articles, c.draws), func(t *testing.T) {
			r := rand.New(rand.NewPCG(17, uint64(articles)))
			hits := map[string]int{}
			naive := 0
			for k := range simCorpora {
				corpus := simCorpus(r, articles)
				for stat, us := range corpus {
					vals := make([][]float64, len(us))
					for i, u := range us {
						vals[i] = []float64{u.A, u.N, u.B, u.M}
					}
					spec := ratioSpec{A: 0, N: 1, B: -1, M: -1}
					if stat == "own − portrayed" || stat == "leader − leader" {
						spec.B, spec.M = 2, 3
					}
					e := resampleStats(vals, []ratioSpec{spec}, c.draws, fmt.Sprint(stat, k))[0]
					if !e.ok() {
						t.Fatalf("%s: no interval from %d articles", stat, len(us))
					}
					if e.Low <= truth[stat] && truth[stat] <= e.High {
						hits[stat]++
					}
				}
				// The same mean with each sentence drawn on its own.
				var xs []float64
				for _, u := range corpus["portrayed mean"] {
					for range int(u.N) {
						xs = append(xs, u.A/u.N)
					}
				}
				if iv := bootstrap(xs, fmt.Sprint(k)); iv.Low <= 0.10 && 0.10 <= iv.High {
					naive++
				}
			}
			for stat := range truth {
				cover := 100 * float64(hits[stat]) / simCorpora
				t.Logf("%s: %.1f%% of %d corpora", stat, cover, simCorpora)
				if cover < 93 || cover > 97 {
					t.Errorf("%s: the 95%% interval holds the true value in %.1f%% of %d corpora of %d articles, want 93–97%%", stat, cover, simCorpora, articles)
				}
			}
			if cover := 100 * float64(naive) / simCorpora; cover > 90 {
				t.Errorf("sentence resampling covers %.1f%%: the simulation does not have the article-level variation it should", cover)
			}
		})
	}
}

// TestResampleOrderFree checks that an interval depends on the units, not
// their order, and on the seed.
func TestResampleOrderFree(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	us := simCorpus(r, 30)["portrayed mean"]
	rev := make([]unit, len(us))
	for i, u := range us {
		rev[len(us)-1-i] = u
	}
	a, b := resample(us, false, "x"), resample(rev, false, "x")
	if a != b {
		t.Errorf("reversed order: %+v, want %+v", b, a)
	}
	if c := resample(us, false, "y"); c.Low == a.Low && c.High == a.High {
		t.Errorf("another seed gave the same interval %+v", c)
	}
}

// TestResampleNormalAgree checks that where resample switches to the
// normal approximation the interval hardly moves.
func TestResampleNormalAgree(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	us := simCorpus(r, normalAbove+1)["portrayed mean"]
	boot := resample(us[:normalAbove], false, "x")
	norm := resample(us, false, "x")
	if w1, w2 := boot.High-boot.Low, norm.High-norm.Low; math.Abs(w1-w2) > 0.08*w1 {
		t.Errorf("bootstrap width %.4f and normal width %.4f differ by more than 8%%", w1, w2)
	}
	if math.Abs(boot.SE-norm.SE) > 0.08*boot.SE {
		t.Errorf("bootstrap SE %.4f and linearised SE %.4f differ by more than 8%%", boot.SE, norm.SE)
	}
}

// TestResampleFew checks the edges: too few units or items give no
// interval; a side with no items gives no value.
func TestResampleFew(t *testing.T) {
	five := []unit{{A: 1, N: 2}, {A: 0, N: 1}, {A: -1, N: 3}, {A: 2, N: 2}, {A: 0.5, N: 1}}
	for _, c := range []struct {
		name     string
		us       []unit
		diff     bool
		value    bool
		interval bool
	}{
		{"none", nil, false, false, false},
		{"four articles", five[:4], false, true, false},
		{"five articles", five, false, true, true},
		{"difference, empty side", five, true, false, false},
		{"four items", []unit{{A: 1, N: 1}, {A: 1, N: 1}, {A: 0, N: 1}, {A: 0, N: 1}, {A: 0, N: 0, B: 1, M: 1}}, false, true, false},
	} {
		e := resample(c.us, c.diff, "x")
		if got := !math.IsNaN(e.Value); got != c.value {
			t.Errorf("%s: value %v, want one: %v", c.name, e.Value, c.value)
		}
		if e.ok() != c.interval {
			t.Errorf("%s: interval [%v, %v], want one: %v", c.name, e.Low, e.High, c.interval)
		}
	}
}

// TestAdjusted checks that the Bonferroni interval widens with the number
// of comparisons and is the 95% one for a single comparison.
func TestAdjusted(t *testing.T) {
	e := estimate{Units: 50, Value: 0.1, SE: 0.04, Low: 0.02, High: 0.18}
	l1, h1 := adjusted(e, 1)
	l10, h10 := adjusted(e, 10)
	if math.Abs((h1-l1)/2-1.98*0.04*1.01) > 0.002 {
		t.Errorf("one comparison: ±%.4f, want about 1.98 SE", (h1-l1)/2)
	}
	if !(l10 < l1 && h10 > h1) {
		t.Errorf("10 comparisons [%v, %v] not wider than one [%v, %v]", l10, h10, l1, h1)
	}
	if l, _ := adjusted(estimate{Low: math.NaN()}, 3); !math.IsNaN(l) {
		t.Errorf("no interval: got %v", l)
	}
}

// BenchmarkResampleStats times one leader's own-words set (three ratios
// over 80 articles) and one difference set (three differences).
func BenchmarkResampleStats(b *testing.B) {
	r := rand.New(rand.NewPCG(5, 6))
	corpus := simCorpus(r, 80)
	var own, diff [][]float64
	for i, u := range corpus["portrayed mean"] {
		own = append(own, []float64{u.N, u.A, corpus["negative share"][i].A, 0})
		d := corpus["leader − leader"][i]
		diff = append(diff, []float64{d.A, d.N, 0, 0, d.B, d.M, 0, 0})
	}
	for b.Loop() {
		resampleStats(own, []ratioSpec{{1, 0, -1, -1}, {2, 0, -1, -1}, {3, 0, -1, -1}}, bootstrapResamples, "x")
		resampleStats(diff, []ratioSpec{{0, 1, 4, 5}, {2, 1, 6, 5}, {3, 1, 7, 5}}, bootstrapResamples, "x")
	}
}
