package report

// Benchmarks of each stage of the report over the results of the bundled
// corpus (testdata/articles, analysed once): folding results into the
// aggregate, the aggregate tables, the row CSVs written through a Writer,
// each chart in each format, the page, and a Writer's whole run. MB/s is
// over the articles' text, so the figures compare with the analysis
// stages'. The chart fixture's benchmark is BenchmarkCharts.

import (
	"bytes"
	"io"
	"path/filepath"
	"sync"
	"testing"

	"portray/analyze"
	"portray/analyze/input"
	"portray/analyze/tone"
)

// stageInputs are the bundled corpus's inputs and results, made once.
type stageInputs struct {
	results  []analyze.Result
	others   []input.Input // skipped and failed inputs
	textSize int64
}

var (
	stageOnce sync.Once
	stageData stageInputs
	stageErr  error
)

func loadStageInputs(b *testing.B) stageInputs {
	b.Helper()
	stageOnce.Do(func() {
		files, err := input.Walk([]string{filepath.Join("..", "testdata", "articles")}, "")
		if err != nil {
			stageErr = err
			return
		}
		sc, err := tone.New()
		if err != nil {
			stageErr = err
			return
		}
		an := &analyze.Analyzer{Tone: sc}
		for _, f := range files {
			for _, in := range input.ReadFile(f) {
				if in.Status != input.StatusOK {
					stageData.others = append(stageData.others, in)
					continue
				}
				stageData.results = append(stageData.results, an.Analyze(in.Article))
				stageData.textSize += int64(len(in.Article.Text))
			}
		}
	})
	if stageErr != nil {
		b.Fatal(stageErr)
	}
	if len(stageData.results) < 5 {
		b.Fatalf("bundled corpus: %d results, want the bundled articles", len(stageData.results))
	}
	return stageData
}

// stageAggregate folds the results and inputs into a new aggregate.
func stageAggregate(in stageInputs) *aggregate {
	g := newAggregate()
	for _, r := range in.results {
		g.add(r)
	}
	for _, o := range in.others {
		g.addInput(o)
	}
	return g
}

// BenchmarkStageAggregate folds every bundled result into a new aggregate.
func BenchmarkStageAggregate(b *testing.B) {
	in := loadStageInputs(b)
	b.SetBytes(in.textSize)
	b.ReportAllocs()
	for b.Loop() {
		stageAggregate(in)
	}
}

// BenchmarkStageTables writes each aggregate table (bootstrap intervals
// included) of the bundled results.
func BenchmarkStageTables(b *testing.B) {
	in := loadStageInputs(b)
	g := stageAggregate(in)
	leaders := g.leaders(nil, 5)
	for _, t := range []struct {
		name  string
		write func(io.Writer) error
	}{
		{"speakers", func(w io.Writer) error { return writeSpeakers(w, g, false) }},
		{"leaders", func(w io.Writer) error { return writeLeaders(w, g, leaders, false) }},
		{"leaders_by_article", func(w io.Writer) error { return writeLeadersBy(b.Context(), w, g, byArticle, leaders, false, 0) }},
		{"leaders_by_source", func(w io.Writer) error { return writeLeadersBy(b.Context(), w, g, bySource, leaders, false, 0) }},
		{"leaders_by_date", func(w io.Writer) error { return writeLeadersBy(b.Context(), w, g, byDate, leaders, false, 0) }},
		{"summary", func(w io.Writer) error { return writeSummary(w, g, leaders, len(in.results), 1, 0) }},
		{"page", func(w io.Writer) error { return writePage(w, g, leaders, nil, len(in.results), 1, 0) }},
	} {
		b.Run(t.name, func(b *testing.B) {
			var buf bytes.Buffer
			if err := t.write(&buf); err != nil || buf.Len() < 100 {
				b.Fatalf("%s: %d bytes, %v", t.name, buf.Len(), err)
			}
			b.SetBytes(in.textSize)
			b.ReportAllocs()
			for b.Loop() {
				buf.Reset()
				t.write(&buf)
			}
		})
	}
}

// BenchmarkStageRows streams the row CSVs (articles, paragraphs, quotes,
// mentions) of every bundled result through a Writer into a temporary
// folder; the run is aborted, so no aggregate or chart is written.
func BenchmarkStageRows(b *testing.B) {
	in := loadStageInputs(b)
	dir := b.TempDir()
	b.SetBytes(in.textSize)
	b.ReportAllocs()
	for b.Loop() {
		stageWriter(b, dir, in, false).Abort()
	}
}

// stageWriter starts a Writer in dir and adds the bundled results to it,
// and the inputs that were not read when others is set.
func stageWriter(b *testing.B, dir string, in stageInputs, others bool) *Writer {
	w, err := NewWriter(dir, Options{TopLeaders: 5})
	if err != nil {
		b.Fatal(err)
	}
	for _, r := range in.results {
		if err := w.Add(r); err != nil {
			b.Fatal(err)
		}
	}
	for _, o := range in.others {
		if !others {
			break
		}
		if err := w.AddInput(o); err != nil {
			b.Fatal(err)
		}
	}
	return w
}

// BenchmarkStageWriter is a Writer's whole run on the bundled results: the
// row CSVs, then on Close the aggregate tables, every chart as PNG and
// SVG, the page and the summary, moved into place.
func BenchmarkStageWriter(b *testing.B) {
	in := loadStageInputs(b)
	dir := b.TempDir()
	b.SetBytes(in.textSize)
	b.ReportAllocs()
	for b.Loop() {
		if err := stageWriter(b, dir, in, true).CloseContext(b.Context()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStageChart lays out and writes each chart of the bundled
// results, as PNG and as SVG.
func BenchmarkStageChart(b *testing.B) {
	in := loadStageInputs(b)
	g := stageAggregate(in)
	leaders := g.leaders(nil, 5)
	for _, name := range chartNames(g) {
		for _, format := range []string{pngFormat, svgFormat} {
			b.Run(name+"/"+format, func(b *testing.B) {
				var buf bytes.Buffer
				b.ReportAllocs()
				for b.Loop() {
					buf.Reset()
					f, err := buildChart(name, g, leaders)
					if err != nil {
						b.Fatal(err)
					}
					if err := f.write(&buf, format); err != nil {
						b.Fatal(err)
					}
				}
				if buf.Len() < 1000 {
					b.Fatalf("%s.%s: only %d bytes", name, format, buf.Len())
				}
			})
		}
	}
}
