package analyze

import (
	"os"
	"testing"

	"portray/analyze/input"
	"portray/analyze/quote"
	"portray/analyze/tone"
)

func readSeed(b *testing.B) string {
	data, err := os.ReadFile("../testdata/articles/alaska-summit.txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}

// BenchmarkAnalyze runs the whole pipeline on the user's article.
func BenchmarkAnalyze(b *testing.B) {
	text := readSeed(b)
	sc, err := tone.New()
	if err != nil {
		b.Fatal(err)
	}
	an := &Analyzer{Tone: sc}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		an.Analyze(input.Article{ID: "alaska-summit.txt", Text: text})
	}
}

// BenchmarkFindQuotes finds the quotations of every paragraph of the user's article.
func BenchmarkFindQuotes(b *testing.B) {
	paras, _ := input.Clean(readSeed(b))
	n := 0
	for _, p := range paras {
		n += len(p.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range paras {
			quote.Find(p.Text)
		}
	}
}

// BenchmarkClean strips boilerplate and splits the user's article into paragraphs.
func BenchmarkClean(b *testing.B) {
	text := readSeed(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		input.Clean(text)
	}
}
