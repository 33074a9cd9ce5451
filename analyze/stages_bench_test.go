package analyze

// Benchmarks of each stage of the analysis over the whole bundled corpus
// (testdata/articles), through the exported functions, so their MB/s can be
// set side by side: reading, cleaning, sentences, quotations, attribution,
// the whole analysis of an article, and each tone scorer. The whole batch
// over a large corpus is "make bench".

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"portray/analyze/attrib"
	"portray/analyze/input"
	"portray/analyze/nlp"
	"portray/analyze/quote"
	"portray/analyze/tone"
)

// benchCorpus is the bundled articles, read once for every benchmark.
type benchCorpus struct {
	root     string
	files    []input.File
	fileSize int64
	raw      map[string][][2]string // format -> (id, content) of each file
	articles []input.Article
	textSize int64 // bytes of article text
	paras    []input.Paragraph
	paraSize int64 // bytes of paragraph text
	sents    [][]string
	sentSize int64 // bytes of sentences
}

var (
	benchOnce   sync.Once
	benchData   *benchCorpus
	benchScorer *tone.Scorer
	benchErr    error
)

func loadBenchCorpus(b *testing.B) (*benchCorpus, *tone.Scorer) {
	b.Helper()
	benchOnce.Do(func() {
		c := &benchCorpus{root: filepath.Join("..", "testdata", "articles"), raw: map[string][][2]string{}}
		if c.files, benchErr = input.Walk([]string{c.root}, ""); benchErr != nil {
			return
		}
		for _, f := range c.files {
			data, err := os.ReadFile(f.Path)
			if err != nil {
				benchErr = err
				return
			}
			c.fileSize += int64(len(data))
			if format, ok := input.Formats[filepath.Ext(f.Path)]; ok {
				c.raw[format] = append(c.raw[format], [2]string{f.ID, string(data)})
			}
			for _, in := range input.ReadFile(f) {
				if in.Status == input.StatusOK {
					c.articles = append(c.articles, in.Article)
					c.textSize += int64(len(in.Article.Text))
				}
			}
		}
		for _, a := range c.articles {
			ps, _ := input.Clean(a.Text)
			for _, p := range ps {
				c.paras = append(c.paras, p)
				c.paraSize += int64(len(p.Text))
				var ss []string
				for _, s := range nlp.Sentences(p.Text) {
					ss = append(ss, p.Text[s.Start:s.End])
					c.sentSize += int64(s.End - s.Start)
				}
				c.sents = append(c.sents, ss)
			}
		}
		benchData = c
		benchScorer, benchErr = tone.New()
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	if len(benchData.articles) < 5 || len(benchData.raw) < 4 {
		b.Fatalf("bundled corpus: %d articles in %d formats, want the bundled ones", len(benchData.articles), len(benchData.raw))
	}
	return benchData, benchScorer
}

// BenchmarkStageRead reads the bundled files of each format from memory
// (decoding, front matter, HTML extraction, JSON lines).
func BenchmarkStageRead(b *testing.B) {
	c, _ := loadBenchCorpus(b)
	for _, format := range []string{"txt", "md", "html", "jsonl"} {
		b.Run(format, func(b *testing.B) {
			var n int64
			for _, f := range c.raw[format] {
				n += int64(len(f[1]))
			}
			b.SetBytes(n)
			b.ReportAllocs()
			for b.Loop() {
				for _, f := range c.raw[format] {
					ins, err := input.ReadInputs(f[0], strings.NewReader(f[1]))
					if err != nil || len(ins) == 0 || ins[0].Status != input.StatusOK {
						b.Fatalf("%s: %v %v", f[0], ins, err)
					}
				}
			}
		})
	}
}

// BenchmarkStageReadFiles lists and reads the bundled folder from disk, as
// a batch does.
func BenchmarkStageReadFiles(b *testing.B) {
	c, _ := loadBenchCorpus(b)
	b.SetBytes(c.fileSize)
	b.ReportAllocs()
	for b.Loop() {
		files, err := input.Walk([]string{c.root}, "")
		if err != nil {
			b.Fatal(err)
		}
		for _, f := range files {
			input.ReadFile(f)
		}
	}
}

// BenchmarkStageClean removes boilerplate from every bundled article and
// splits it into paragraphs.
func BenchmarkStageClean(b *testing.B) {
	c, _ := loadBenchCorpus(b)
	b.SetBytes(c.textSize)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range c.articles {
			input.Clean(a.Text)
		}
	}
}

// BenchmarkStageSentences splits every bundled paragraph into sentences.
func BenchmarkStageSentences(b *testing.B) {
	c, _ := loadBenchCorpus(b)
	b.SetBytes(c.paraSize)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range c.paras {
			nlp.Sentences(p.Text)
		}
	}
}

// BenchmarkStageQuotes finds the quotations of every bundled paragraph.
func BenchmarkStageQuotes(b *testing.B) {
	c, _ := loadBenchCorpus(b)
	b.SetBytes(c.paraSize)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range c.paras {
			quote.Find(p.Text)
		}
	}
}

// BenchmarkStageAttribution parses every bundled article's paragraphs,
// registers its people and attributes its quotations and mentions: the
// analysis without cleaning and without tone.
func BenchmarkStageAttribution(b *testing.B) {
	c, _ := loadBenchCorpus(b)
	paras := make([][]input.Paragraph, len(c.articles))
	for i, a := range c.articles {
		paras[i], _ = input.Clean(a.Text)
	}
	b.SetBytes(c.textSize)
	b.ReportAllocs()
	for b.Loop() {
		for _, ps := range paras {
			attrib.Attribute(ps, nil)
		}
	}
}

// BenchmarkStageAnalyze runs the whole analysis (cleaning, sentences,
// people, quotations and attribution, mentions, tone) on every bundled
// article, then on each alone.
func BenchmarkStageAnalyze(b *testing.B) {
	c, sc := loadBenchCorpus(b)
	an := &Analyzer{Tone: sc}
	b.Run("all", func(b *testing.B) {
		b.SetBytes(c.textSize)
		b.ReportAllocs()
		for b.Loop() {
			for _, a := range c.articles {
				an.Analyze(a)
			}
		}
	})
	for _, a := range c.articles {
		b.Run(strings.NewReplacer("/", "_", "#", "_").Replace(a.ID), func(b *testing.B) {
			b.SetBytes(int64(len(a.Text)))
			b.ReportAllocs()
			for b.Loop() {
				an.Analyze(a)
			}
		})
	}
}

// BenchmarkStageScore scores the tone of every bundled paragraph from its
// sentences, with every signal (VADER, Naive Bayes, lexicon) and the
// combination.
func BenchmarkStageScore(b *testing.B) {
	c, sc := loadBenchCorpus(b)
	b.SetBytes(c.sentSize)
	b.ReportAllocs()
	for b.Loop() {
		for _, ss := range c.sents {
			sc.Score(ss...)
		}
	}
}

// BenchmarkStageNB computes the Naive Bayes log-odds of every bundled sentence.
func BenchmarkStageNB(b *testing.B) {
	c, sc := loadBenchCorpus(b)
	b.SetBytes(c.sentSize)
	b.ReportAllocs()
	for b.Loop() {
		for _, ss := range c.sents {
			for _, s := range ss {
				sc.NBLogOdds(s)
			}
		}
	}
}

// BenchmarkStageToward scores the tone toward the person of every mention
// the analysis finds in the bundled articles.
func BenchmarkStageToward(b *testing.B) {
	c, sc := loadBenchCorpus(b)
	an := &Analyzer{Tone: sc}
	type target struct {
		text     string
		from, to int
	}
	var targets []target
	var n int64
	for _, a := range c.articles {
		for _, m := range an.Analyze(a).Mentions {
			i := strings.Index(m.Text, m.Words)
			if i < 0 || m.Words == "" {
				continue
			}
			targets = append(targets, target{m.Text, i, i + len(m.Words)})
			n += int64(len(m.Text))
		}
	}
	if len(targets) < 50 {
		b.Fatalf("only %d mentions found in the bundled articles", len(targets))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range targets {
			sc.ScoreToward(t.text, t.from, t.to)
		}
	}
}
