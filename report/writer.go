package report

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"portray/analyze"
	"portray/analyze/attrib"
	"portray/analyze/identity"
	"portray/analyze/input"
	"portray/analyze/pool"
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
	// LeadersFrom says where Leaders came from, for messages: "--leaders",
	// or the people file's leaders.
	LeadersFrom string
	// Preferred are canonical names to keep when the corpus merges them
	// with other names of the same person (the people file's).
	Preferred []string
	// RunRecord, when set, returns the content of run.json, the record of
	// the run, once every other output is written and just before they
	// are all moved into place together: inputs counts the inputs by
	// status (ok, skipped, failed) and leaders are those compared.
	RunRecord func(inputs map[string]int, leaders []string) ([]byte, error)
	// Workers is how many goroutines each stage of the report uses (the
	// tables, the per-article intervals, the charts); 0 or less means
	// GOMAXPROCS. The files written do not depend on it.
	Workers int
	// KeepDuplicates counts an article that copies an earlier one (see
	// dedupe) as an article of its own; by default a story counts once.
	// Either way articles.csv names the article each copies.
	KeepDuplicates bool
	// AllAttributions counts every attributed quotation as its speaker's
	// own words; by default those whose confidence is below
	// attrib.ConfidentAt are left out, and leaders.csv counts them.
	AllAttributions bool
}

// The row-level files and their columns. Column names are an interface:
// they change only with a note in the README.
var (
	toneCols     = numCols("tone", "tone_vader", "tone_nb", "tone_lex")
	articleCols  = cols(textCols("article", "status", "reason", "format", "title", "source", "date", "date_given", "byline", "url"), numCols("paragraphs", "sentences", "boilerplate_removed", "quotes", "quotes_attributed", "reported_speech", "mentions", "people"), numCols("tone"), textCols("label", "duplicate"))
	paraCols     = cols(textCols("article"), numCols("paragraph", "line", "sentences"), textCols("text"), toneCols, textCols("label", "tone_terms"))
	quoteCols    = cols(textCols("article"), numCols("paragraph", "line"), textCols("quote", "speaker", "speaker_type", "speaker_mention", "cue", "kind", "attribution"), numCols("confidence", "words"), toneCols, textCols("label", "tone_terms"))
	mentionCols  = cols(textCols("article"), numCols("paragraph", "sentence"), textCols("person", "words", "mention_kind", "quoted_by", "sentence_text"), toneCols, textCols("label", "tone_terms"))
	rowFileNames = []string{"articles.csv", "paragraphs.csv", "quotes.csv", "mentions.csv"}
)

// Writer writes one run's outputs into a folder. Rows stream to disk as
// results are added; aggregates are kept small and written by
// CloseContext.
//
// Every file is first written under a temporary folder inside the output
// folder (".portray-tmp-…", so on the same disk) and moved into place only
// when all of them are complete: a run that fails, or is cancelled, leaves
// the previous outputs as they were and no temporary files.
type Writer struct {
	dir, tmp                          string
	created                           bool // dir did not exist before NewWriter
	opt                               Options
	files                             []*os.File
	bufs                              []*bufio.Writer
	articles, paras, quotes, mentions *table
	agg                               *aggregate
	leaders                           []string // the leaders compared, once the corpus is known
	notes                             []string // how the leaders named were matched
	people                            *identity.Index
	dedupe                            dedupe
	// rename moves a file; a field so that tests can make a move fail.
	rename func(oldpath, newpath string) error
	// OK, Skipped and Failed count the inputs by status: analysed,
	// skipped and failed.
	OK, Skipped, Failed int
	// Duplicates counts the analysed articles that copy an earlier one.
	Duplicates int
}

// tmpPrefix starts the name of the temporary folder a Writer writes in.
const tmpPrefix = ".portray-tmp-"

// NewWriter prepares to write into dir, creating it if needed, and checks
// that it can write there. Temporary folders that a killed run left in dir
// are removed. Its errors name dir.
func NewWriter(dir string, opt Options) (*Writer, error) {
	created := false
	if _, err := os.Stat(dir); errors.Is(err, os.ErrNotExist) {
		created = true
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("output folder %s: cannot create it: %w", dir, unwrapPath(err))
	}
	removeStale(dir)
	tmp, err := os.MkdirTemp(dir, tmpPrefix)
	if err != nil {
		if created {
			os.Remove(dir)
		}
		return nil, fmt.Errorf("output folder %s: cannot write in it: %w", dir, unwrapPath(err))
	}
	w := &Writer{dir: dir, tmp: tmp, created: created, opt: opt, agg: newAggregate(), rename: os.Rename}
	w.agg.allAttributions = opt.AllAttributions
	w.agg.keepDuplicates = opt.KeepDuplicates
	// Per-article tallies wait in a nameless file in the temporary folder,
	// so memory does not grow with the number of articles.
	if err := w.agg.spillArticles(tmp); err != nil {
		w.Abort()
		return nil, fmt.Errorf("output folder %s: %w", dir, err)
	}
	tabs := make([]*table, len(rowFileNames))
	for i, name := range rowFileNames {
		f, err := os.Create(filepath.Join(tmp, name))
		if err != nil {
			w.Abort()
			return nil, fmt.Errorf("output folder %s: create %s: %w", dir, name, unwrapPath(err))
		}
		b := bufio.NewWriterSize(f, 1<<16)
		w.files, w.bufs = append(w.files, f), append(w.bufs, b)
		tabs[i], err = newTable(b, opt.Excel, [][]column{articleCols, paraCols, quoteCols, mentionCols}[i])
		if err != nil {
			w.Abort()
			return nil, fmt.Errorf("output folder %s: write %s: %w", dir, name, err)
		}
	}
	w.articles, w.paras, w.quotes, w.mentions = tabs[0], tabs[1], tabs[2], tabs[3]
	return w, nil
}

// removeStale removes the temporary folders of runs that were killed before
// they could clean up. Two runs must not write into one folder at once.
func removeStale(dir string) {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.IsDir() && strings.HasPrefix(e.Name(), tmpPrefix) {
			os.RemoveAll(filepath.Join(dir, e.Name()))
		}
	}
}

// unwrapPath drops the path from an *fs.PathError when the message names the
// folder already.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// tone appends a tone's cells: tone, tone_vader, tone_nb, tone_lex, label
// and tone_terms (the words that moved it most, with their weights).
func (t *table) tone(s tone.Scores) *table {
	t.num(s.Tone, 3).num(s.Vader, 3).num(s.NB, 3).num(s.Lex, 3).str(s.Label)
	t.scratch = tone.AppendTerms(t.scratch[:0], s.Terms)
	t.buf = appendField(t.comma(), t.scratch, t.text())
	t.n++
	return t
}

// AddInput records an input that was skipped or failed.
func (w *Writer) AddInput(in input.Input) error {
	switch in.Status {
	case input.StatusSkipped:
		w.Skipped++
	case input.StatusFailed:
		w.Failed++
	default:
		return fmt.Errorf("input %s: AddInput takes skipped or failed inputs", in.Article.ID)
	}
	a := in.Article
	w.agg.addInput(in)
	return w.articles.row(a.ID, string(in.Status), in.Reason, a.Format, a.Title, a.Source, a.Date, a.DateGiven, a.Byline, a.URL,
		"", "", "", "", "", "", "", "", "", "", "")
}

// Add writes the rows of one analysed article.
func (w *Writer) Add(r analyze.Result) error {
	w.OK++
	a := r.Article
	sentences, attributed, reported := 0, 0, 0
	for _, p := range r.Paragraphs {
		sentences += p.Sentences
		w.paras.str(a.ID).int(p.Index).int(p.Line).int(p.Sentences).str(p.Text).tone(p.Tone)
		if err := w.paras.end(); err != nil {
			return fmt.Errorf("paragraphs.csv: %w", err)
		}
	}
	for _, q := range r.Quotes {
		if q.Kind == attrib.KindIndirect {
			reported++
		} else if q.Speaker != "" {
			attributed++
		}
		w.quotes.str(a.ID).int(q.Paragraph).int(q.Line).str(q.Text).str(q.Speaker).str(q.SpeakerType).str(q.SpeakerMention).str(q.Cue).str(q.Kind).
			str(q.Attribution).num(q.Confidence, 2).int(wordCount(q.Text)).tone(q.Tone)
		if err := w.quotes.end(); err != nil {
			return fmt.Errorf("quotes.csv: %w", err)
		}
	}
	for _, m := range r.Mentions {
		w.mentions.str(a.ID).int(m.Paragraph).int(m.Sentence).str(m.Person).str(m.Words).str(m.Kind).str(m.QuotedBy).str(m.Text).tone(m.Tone)
		if err := w.mentions.end(); err != nil {
			return fmt.Errorf("mentions.csv: %w", err)
		}
	}
	quotes := len(r.Quotes) - reported
	texts := make([]string, len(r.Paragraphs))
	for i, p := range r.Paragraphs {
		texts[i] = p.Text
	}
	// Articles come in input order, so the first of several copies is the
	// one the others name, whatever -j.
	copies := w.dedupe.check(a.ID, texts)
	if copies != "" {
		w.Duplicates++
		w.agg.Duplicates++
	}
	if copies == "" || w.opt.KeepDuplicates {
		w.agg.add(r)
	}
	return w.articles.row(a.ID, string(input.StatusOK), "", a.Format, a.Title, a.Source, a.Date, a.DateGiven, a.Byline, a.URL,
		itoa(len(r.Paragraphs)), itoa(sentences), itoa(r.Boilerplate), itoa(quotes), itoa(attributed), itoa(reported),
		itoa(len(r.Mentions)), itoa(len(r.People)), num(r.Tone.Tone, 3), r.Tone.Label, copies)
}

// Inputs returns the inputs that were skipped or failed, in input order.
func (w *Writer) Inputs() []input.Input { return w.agg.Inputs }

// CloseContext writes the aggregate tables, charts and pages, then moves
// every file into the output folder together: either all of them replace
// the previous run's files or, when a move fails, the previous files are
// put back. When ctx is cancelled before the moves begin, nothing is moved
// and ctx's error is returned. The temporary folder is removed in every case.
func (w *Writer) CloseContext(ctx context.Context) error {
	err := w.closeFiles()
	if err == nil {
		err = w.writeAggregates(ctx)
	}
	w.agg.release()
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		w.Abort()
		return err
	}
	if err := w.commit(); err != nil {
		w.Abort()
		return err
	}
	return os.RemoveAll(w.tmp)
}

// commit moves the files of w.tmp into the output folder, with the earlier
// run's optional files that this run did not write, as one step: on a
// failure every file already moved is taken back and every previous file
// restored. The previous files are kept in w.tmp/previousDir until then.
func (w *Writer) commit() error {
	entries, err := os.ReadDir(w.tmp)
	if err != nil {
		return err
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	// Check every destination first: a folder in the way fails the run
	// before anything is touched.
	for _, name := range names {
		if fi, err := os.Lstat(filepath.Join(w.dir, name)); err == nil && fi.IsDir() {
			return fmt.Errorf("cannot write %s: a folder of that name is in the way", filepath.Join(w.dir, name))
		}
	}
	prev := filepath.Join(w.tmp, previousDir)
	if err := os.Mkdir(prev, 0o755); err != nil {
		return err
	}
	var moved, saved []string
	undo := func() {
		for _, name := range moved {
			os.Remove(filepath.Join(w.dir, name))
		}
		for _, name := range saved {
			os.Rename(filepath.Join(prev, name), filepath.Join(w.dir, name))
		}
	}
	// save keeps the previous file of that name, if any; a hard link keeps
	// it in place too, so the folder never lacks a file while it is replaced.
	save := func(name string) error {
		dst := filepath.Join(w.dir, name)
		if _, err := os.Lstat(dst); err != nil {
			return nil
		}
		if os.Link(dst, filepath.Join(prev, name)) != nil {
			if err := w.rename(dst, filepath.Join(prev, name)); err != nil {
				return fmt.Errorf("set aside the previous %s: %w", name, unwrapPath(err))
			}
		}
		saved = append(saved, name)
		return nil
	}
	written := map[string]bool{}
	for _, name := range names {
		written[name] = true
		if err := save(name); err != nil {
			undo()
			return err
		}
		if err := w.rename(filepath.Join(w.tmp, name), filepath.Join(w.dir, name)); err != nil {
			undo()
			return fmt.Errorf("move %s into place: %w", name, unwrapPath(err))
		}
		moved = append(moved, name)
	}
	// An earlier run's optional files would describe other articles: take
	// away those this run did not write, so the folder holds one run.
	for _, name := range optionalOutputs {
		if written[name] {
			continue
		}
		dst := filepath.Join(w.dir, name)
		if _, err := os.Lstat(dst); err != nil {
			continue
		}
		if err := w.rename(dst, filepath.Join(prev, name)); err != nil {
			undo()
			return fmt.Errorf("remove the previous run's %s: %w", name, unwrapPath(err))
		}
		saved = append(saved, name)
	}
	return nil
}

// previousDir is where commit keeps the files it replaces, inside w.tmp.
// Its name cannot clash with an output's.
const previousDir = ".previous"

// optionalOutputs are the files a run writes only when its articles carry
// sources or dates, and run.json, written only when asked for.
var optionalOutputs = []string{"run.json", "leaders_by_source.csv", "leaders_by_date.csv", "leader_by_source.png", "leader_by_source.svg"}

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

// Abort removes everything written so far, and the output folder itself
// when NewWriter created it and it is empty. The previous outputs stay.
func (w *Writer) Abort() {
	for _, f := range w.files {
		f.Close()
	}
	w.agg.release()
	w.files = nil
	os.RemoveAll(w.tmp)
	if w.created {
		os.Remove(w.dir) // only when empty
	}
}

// output is one aggregate file and how to fill it.
type output struct {
	name string
	fill func(ctx context.Context, f io.Writer) error
}

// tableOutputs are the aggregate tables of the run: by source and by date
// only when the articles carry them.
func (w *Writer) tableOutputs(leaders []string) []output {
	g, excel, workers := w.agg, w.opt.Excel, w.opt.Workers
	outs := []output{
		{"speakers.csv", func(_ context.Context, f io.Writer) error { return writeSpeakers(f, g, excel) }},
		{"leaders.csv", func(_ context.Context, f io.Writer) error { return writeLeaders(f, g, leaders, excel) }},
		{"leader_differences.csv", func(_ context.Context, f io.Writer) error {
			return writeFrame(f, excel, differencesFrame(g, leaders))
		}},
		{"people.csv", func(_ context.Context, f io.Writer) error { return writeFrame(f, excel, peopleFrame(g, w.people)) }},
	}
	for _, kind := range []string{byArticle, bySource, byDate} {
		if kind != byArticle && len(g.Groups[kind].Order) == 0 {
			continue
		}
		outs = append(outs, output{"leaders_by_" + kind + ".csv", func(ctx context.Context, f io.Writer) error {
			return writeLeadersBy(ctx, f, g, kind, leaders, excel, workers)
		}})
	}
	return outs
}

// writeAggregates writes the aggregate tables, the charts, the page and
// the summary into the temporary folder.
func (w *Writer) writeAggregates(ctx context.Context) error {
	ix, err := w.agg.resolvePeople(w.opt.Preferred)
	if err != nil {
		return err
	}
	w.people = ix
	var leaders []string
	if len(w.opt.Leaders) > 0 {
		from := w.opt.LeadersFrom
		if from == "" {
			from = "--leaders"
		}
		if leaders, w.notes, err = w.agg.matchLeaders(ix, w.opt.Leaders, from, w.opt.Preferred); err != nil {
			return err
		}
	}
	renames := ix.Renames()
	w.agg.coarsenDates()
	if err := w.agg.canonicalise(renames); err != nil {
		return err
	}
	if len(leaders) == 0 {
		leaders = w.agg.leaders(nil, w.opt.TopLeaders)
	}
	w.leaders = leaders
	// The leaders' counts per article, for the intervals over articles.
	if err := w.agg.prepare(leaders); err != nil {
		return err
	}
	if err := w.agg.prepareGroups(ctx, leaders, w.opt.Workers); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	// The row files were streamed before the corpus was known: their
	// person and speaker columns are rewritten under the canonical names.
	for _, rf := range []struct {
		name  string
		cols  []column
		names []string
	}{{"quotes.csv", quoteCols, []string{"speaker"}}, {"mentions.csv", mentionCols, []string{"person", "quoted_by"}}} {
		if err := rewriteColumns(filepath.Join(w.tmp, rf.name), rf.cols, colIndex(rf.cols, rf.names...), renames); err != nil {
			return fmt.Errorf("%s: %w", rf.name, err)
		}
	}
	tables := w.tableOutputs(leaders)
	// Every chart as PNG (embedded in the page) and SVG with its fonts.
	charts, err := layoutCharts(w.agg, leaders)
	if err != nil {
		return err
	}
	// The tables are written and the charts drawn in memory by one pool:
	// every job only reads the aggregate, and the charts are written to
	// their files afterwards, in order.
	err = pool.Each(ctx, w.opt.Workers, len(tables)+len(charts), func(ctx context.Context, i int) error {
		if i < len(tables) {
			return w.writeFile(tables[i].name, func(f io.Writer) error { return tables[i].fill(ctx, f) })
		}
		return charts[i-len(tables)].render()
	})
	if err != nil {
		return err
	}
	for _, c := range charts {
		if err := w.writeFile(c.name, func(f io.Writer) error { _, err := f.Write(c.data); return err }); err != nil {
			return err
		}
	}
	// The page embeds the PNGs from memory, never read back from disk.
	if err := w.writeFile("index.html", func(f io.Writer) error {
		return writePage(f, w.agg, leaders, charts, w.OK, w.Skipped, w.Failed)
	}); err != nil {
		return err
	}
	if err := w.writeFile("summary.md", func(f io.Writer) error { return writeSummary(f, w.agg, leaders, w.OK, w.Skipped, w.Failed) }); err != nil {
		return err
	}
	if w.opt.RunRecord == nil {
		return nil
	}
	counts := map[string]int{string(input.StatusOK): w.OK, string(input.StatusSkipped): w.Skipped, string(input.StatusFailed): w.Failed}
	data, err := w.opt.RunRecord(counts, leaders)
	if err != nil {
		return fmt.Errorf("run.json: %w", err)
	}
	return w.writeFile("run.json", func(f io.Writer) error { _, err := f.Write(data); return err })
}

// Headline returns one line per leader compared, for the end of a batch.
func (w *Writer) Headline() []string {
	return headline(w.agg, w.leaders)
}

// Notes returns how each leader named was matched to the corpus's people
// ("--leaders Clinton: taken as Hillary Clinton (also in the corpus: Bill
// Clinton)"), once CloseContext has run.
func (w *Writer) Notes() []string { return w.notes }

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
