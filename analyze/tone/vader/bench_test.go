package vader_test

import (
	"strings"
	"testing"

	"github.com/jonreiter/govader"

	"portray/analyze/tone/vader"
)

// newsSentences returns the non-empty sentences of the prose articles under
// testdata/articles and their total length in bytes.
func newsSentences(b *testing.B) ([]string, int64) {
	var out []string
	var n int64
	for _, s := range articleSentences(b, ".txt", ".md") {
		if strings.TrimSpace(s) == "" {
			continue
		}
		out = append(out, s)
		n += int64(len(s))
	}
	return out, n
}

// BenchmarkPolarity scores every news sentence once per iteration.
func BenchmarkPolarity(b *testing.B) {
	sentences, n := newsSentences(b)
	a := vader.New()
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sentences {
			a.Polarity(s)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(sentences)), "ns/sentence")
}

// BenchmarkGovader scores the same sentences with govader.
func BenchmarkGovader(b *testing.B) {
	sentences, n := newsSentences(b)
	g := govader.NewSentimentIntensityAnalyzer()
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sentences {
			g.PolarityScores(s)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(sentences)), "ns/sentence")
}

// BenchmarkPolarityParallel scores the sentences from GOMAXPROCS goroutines
// sharing one Analyzer.
func BenchmarkPolarityParallel(b *testing.B) {
	sentences, n := newsSentences(b)
	a := vader.New()
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			for _, s := range sentences {
				a.Polarity(s)
			}
		}
	})
}
