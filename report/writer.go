package report

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"portray/analyze"
	"portray/analyze/tone"
)

// Options control what a Writer writes.
type Options struct {
	// Excel starts every CSV with a byte-order mark, for old versions of Excel.
	Excel bool
	// Leaders names the people to compare; empty means the most prominent.
	Leaders []string
	// TopLeaders is how many of the most prominent people to compare when
	// Leaders is empty.
	TopLeaders int
}

// The row-level files and their columns. Column names are an interface:
// they change only with a note in the README.
var (
	toneCols     = numCols("tone", "tone_vader", "tone_nb", "tone_lex")
	articleCols  = cols(textCols("article", "status", "reason", "format", "title", "source", "date", "byline", "url"), numCols("paragraphs", "sentences", "boilerplate_removed", "quotes", "quotes_attributed", "reported_speech", "mentions", "people"), numCols("tone"), textCols("label"))
	paraCols     = cols(textCols("article"), numCols("paragraph", "line", "sentences"), textCols("text"), toneCols, textCols("label", "tone_terms"))
	quoteCols    = cols(textCols("article"), numCols("paragraph", "line"), textCols("quote", "speaker", "speaker_type", "speaker_mention", "cue", "kind", "attribution"), numCols("confidence", "words"), toneCols, textCols("label", "tone_terms"))
	mentionCols  = cols(textCols("article"), numCols("paragraph", "sentence"), textCols("person", "words", "mention_kind", "quoted_by", "sentence_text"), toneCols, textCols("label", "tone_terms"))
	rowFileNames = []string{"articles.csv", "paragraphs.csv", "quotes.csv", "mentions.csv"}
)

// Writer writes one run's outputs into a folder. Rows stream to disk as
// results are added; aggregates are kept small and written by Close.
// Nothing appears in the folder until Close succeeds.
type Writer struct {
	dir, tmp                          string
	opt                               Options
	files                             []*os.File
	bufs                              []*bufio.Writer
	articles, paras, quotes, mentions *table
	agg                               *Aggregate
	// Counts of inputs by status, for the summary.
	OK, Skipped, Failed int
}

// NewWriter prepares to write into dir, creating it if needed.
func NewWriter(dir string, opt Options) (*Writer, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create output folder: %w", err)
	}
	tmp, err := os.MkdirTemp(dir, ".portray-tmp-")
	if err != nil {
		return nil, fmt.Errorf("create output folder: %w", err)
	}
	w := &Writer{dir: dir, tmp: tmp, opt: opt, agg: NewAggregate()}
	tabs := make([]*table, len(rowFileNames))
	for i, name := range rowFileNames {
		f, err := os.Create(filepath.Join(tmp, name))
		if err != nil {
			w.Abort()
			return nil, fmt.Errorf("create %s: %w", name, err)
		}
		b := bufio.NewWriterSize(f, 1<<16)
		w.files, w.bufs = append(w.files, f), append(w.bufs, b)
		tabs[i], err = newTable(b, opt.Excel, [][]column{articleCols, paraCols, quoteCols, mentionCols}[i])
		if err != nil {
			w.Abort()
			return nil, fmt.Errorf("write %s: %w", name, err)
		}
	}
	w.articles, w.paras, w.quotes, w.mentions = tabs[0], tabs[1], tabs[2], tabs[3]
	return w, nil
}

// toneCells formats a tone's columns: tone, tone_vader, tone_nb, tone_lex,
// label and tone_terms (the words that moved it most, with their weights).
func toneCells(s tone.Scores) []string {
	return []string{num(s.Tone, 3), num(s.Vader, 3), num(s.NB, 3), num(s.Lex, 3), s.Label, tone.FormatTerms(s.Terms)}
}

// AddInput records an input that was skipped or failed.
func (w *Writer) AddInput(in analyze.Input) error {
	switch in.Status {
	case analyze.StatusSkipped:
		w.Skipped++
	case analyze.StatusFailed:
		w.Failed++
	default:
		return fmt.Errorf("input %s: AddInput takes skipped or failed inputs", in.Article.ID)
	}
	a := in.Article
	w.agg.AddInput(in)
	return w.articles.row(a.ID, string(in.Status), in.Reason, a.Format, a.Title, a.Source, a.Date, a.Byline, a.URL,
		"", "", "", "", "", "", "", "", "", "")
}

// Add writes the rows of one analysed article.
func (w *Writer) Add(r analyze.Result) error {
	w.OK++
	a := r.Article
	sentences, attributed, reported := 0, 0, 0
	for _, p := range r.Paragraphs {
		sentences += p.Sentences
		cells := append([]string{a.ID, itoa(p.Index), itoa(p.Line), itoa(p.Sentences), p.Text}, toneCells(p.Tone)...)
		if err := w.paras.row(cells...); err != nil {
			return fmt.Errorf("paragraphs.csv: %w", err)
		}
	}
	for _, q := range r.Quotes {
		if q.Kind == analyze.KindIndirect {
			reported++
		} else if q.Speaker != "" {
			attributed++
		}
		cells := append([]string{a.ID, itoa(q.Paragraph), itoa(q.Line), q.Text, q.Speaker, q.SpeakerType, q.SpeakerMention, q.Cue, q.Kind,
			q.Attribution, num(q.Confidence, 2), itoa(len(strings.Fields(q.Text)))}, toneCells(q.Tone)...)
		if err := w.quotes.row(cells...); err != nil {
			return fmt.Errorf("quotes.csv: %w", err)
		}
	}
	for _, m := range r.Mentions {
		cells := append([]string{a.ID, itoa(m.Paragraph), itoa(m.Sentence), m.Person, m.Words, m.Kind, m.QuotedBy, m.Text}, toneCells(m.Tone)...)
		if err := w.mentions.row(cells...); err != nil {
			return fmt.Errorf("mentions.csv: %w", err)
		}
	}
	quotes := len(r.Quotes) - reported
	w.agg.Add(r)
	return w.articles.row(a.ID, string(analyze.StatusOK), "", a.Format, a.Title, a.Source, a.Date, a.Byline, a.URL,
		itoa(len(r.Paragraphs)), itoa(sentences), itoa(r.Boilerplate), itoa(quotes), itoa(attributed), itoa(reported),
		itoa(len(r.Mentions)), itoa(len(r.People)), num(r.Tone.Tone, 3), r.Tone.Label)
}

// Aggregate returns the running aggregate of everything added so far.
func (w *Writer) Aggregate() *Aggregate { return w.agg }

// Close writes the aggregate tables and charts, then moves every file into
// the output folder. On error nothing is moved and the temporary folder is removed.
func (w *Writer) Close() error {
	err := w.closeFiles()
	if err == nil {
		err = w.writeAggregates()
	}
	if err != nil {
		w.Abort()
		return err
	}
	entries, err := os.ReadDir(w.tmp)
	if err != nil {
		w.Abort()
		return err
	}
	// Check every destination first, so that a run either replaces all its
	// files or none of them.
	for _, e := range entries {
		if fi, err := os.Stat(filepath.Join(w.dir, e.Name())); err == nil && fi.IsDir() {
			w.Abort()
			return fmt.Errorf("cannot write %s: a folder of that name is in the way", e.Name())
		}
	}
	written := map[string]bool{}
	for _, e := range entries {
		if err := os.Rename(filepath.Join(w.tmp, e.Name()), filepath.Join(w.dir, e.Name())); err != nil {
			w.Abort()
			return fmt.Errorf("move %s into place: %w", e.Name(), err)
		}
		written[e.Name()] = true
	}
	// An earlier run's optional files would describe other articles: remove
	// those this run did not write, so the folder holds one run.
	for _, name := range optionalOutputs {
		if !written[name] {
			if err := os.Remove(filepath.Join(w.dir, name)); err != nil && !errors.Is(err, os.ErrNotExist) {
				return fmt.Errorf("remove the previous run's %s: %w", name, err)
			}
		}
	}
	return os.Remove(w.tmp)
}

// optionalOutputs are the files a run writes only when its articles carry
// sources or dates.
var optionalOutputs = []string{"leaders_by_source.csv", "leaders_by_date.csv", "leader_by_source.png", "leader_by_source.svg"}

func (w *Writer) closeFiles() error {
	var errs []error
	for _, t := range []*table{w.articles, w.paras, w.quotes, w.mentions} {
		errs = append(errs, t.flush())
	}
	for i, b := range w.bufs {
		errs = append(errs, b.Flush(), w.files[i].Close())
	}
	w.files = nil
	return errors.Join(errs...)
}

// Abort removes everything written so far.
func (w *Writer) Abort() {
	for _, f := range w.files {
		f.Close()
	}
	w.files = nil
	os.RemoveAll(w.tmp)
}

// output is one aggregate file and how to fill it.
type output struct {
	name string
	fill func(io.Writer) error
}

func (w *Writer) writeAggregates() error {
	leaders := w.agg.Leaders(w.opt.Leaders, w.opt.TopLeaders)
	excel := w.opt.Excel
	outs := []output{
		{"speakers.csv", func(f io.Writer) error { return WriteSpeakers(f, w.agg, excel) }},
		{"leaders.csv", func(f io.Writer) error { return WriteLeaders(f, w.agg, leaders, excel) }},
		{"leaders_by_article.csv", func(f io.Writer) error { return WriteLeadersBy(f, w.agg, ByArticle, leaders, excel) }},
	}
	// By source and by date only when the articles carry them.
	for _, kind := range []string{BySource, ByDate} {
		if len(w.agg.Groups[kind].Order) > 0 {
			outs = append(outs, output{"leaders_by_" + kind + ".csv", func(f io.Writer) error { return WriteLeadersBy(f, w.agg, kind, leaders, excel) }})
		}
	}
	// Every chart as PNG (embedded in the page) and SVG with its fonts,
	// drawn a few at a time.
	rendered, err := RenderCharts(w.agg, leaders)
	if err != nil {
		return err
	}
	for _, c := range rendered {
		outs = append(outs, output{c.Name, func(f io.Writer) error { _, err := f.Write(c.Data); return err }})
	}
	for _, o := range outs {
		if err := w.writeFile(o.name, o.fill); err != nil {
			return err
		}
	}
	var charts []Chart
	for _, o := range outs {
		if strings.HasSuffix(o.name, ".png") {
			data, err := os.ReadFile(filepath.Join(w.tmp, o.name))
			if err != nil {
				return err
			}
			charts = append(charts, Chart{Name: o.name, PNG: data})
		}
	}
	if err := w.writeFile("index.html", func(f io.Writer) error {
		return WritePage(f, w.agg, leaders, charts, w.OK, w.Skipped, w.Failed)
	}); err != nil {
		return err
	}
	return w.writeFile("summary.md", func(f io.Writer) error { return WriteSummary(f, w.agg, leaders, w.OK, w.Skipped, w.Failed) })
}

// Headline returns one line per leader compared, for the end of a batch.
func (w *Writer) Headline() []string {
	return Headline(w.agg, w.agg.Leaders(w.opt.Leaders, w.opt.TopLeaders))
}

func (w *Writer) writeFile(name string, fill func(io.Writer) error) error {
	f, err := os.Create(filepath.Join(w.tmp, name))
	if err != nil {
		return fmt.Errorf("create %s: %w", name, err)
	}
	b := bufio.NewWriter(f)
	err = fill(b)
	if err == nil {
		err = b.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	return nil
}
