package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"portray/analyze"
	"portray/analyze/input"
	"portray/analyze/people"
	"portray/analyze/pool"
	"portray/analyze/tone"
	"portray/report"
)

const batchHelp = `Usage: portray batch [-o DIR] [-j N] [--people FILE] [--leaders NAMES] [--max-size SIZE] [--excel] [--keep-duplicates] PATH...

Reads every article under each PATH (folders are walked recursively, in
order): .txt, .md (with YAML front matter), .html/.htm saved pages and
.jsonl feeds (one article per line). Other files, hidden files and folders
are listed as skipped, files that cannot be read as failed, with the reason.
Writes into DIR: articles.csv, paragraphs.csv, quotes.csv, mentions.csv,
speakers.csv, people.csv, leaders.csv, charts, index.html and summary.md.
Files appear only when the whole run succeeds; a failed or interrupted run
leaves DIR as it was. One person has one name in every file (people.csv
lists the names merged); --leaders names are matched to those people, and
one that matches nobody stops the run with the closest names. An article
that copies an earlier one (the same story, small edits or other
boilerplate) is marked in articles.csv and counted once.

A people file (YAML) merges names and roles and names the leaders:
  leaders: [Elena Varga, Idris Calloway]
  people:
    Elena Varga:
      aliases: [the president, President Varga]

Exit codes: 0 every input read, 1 finished but some inputs failed,
2 usage error, or the run stopped (DIR cannot be written, a tone model
cannot be read, interrupted).

Example:
  portray batch -o out testdata/articles
  portray batch -o out --people people.yaml --max-size 2MiB --excel news/
`

// batchConfig is what the batch flags ask for.
type batchConfig struct {
	out     string
	workers int
	opt     report.Options
	read    input.ReadOptions
	people  string
	paths   []string
	cpuprof string // write a CPU profile here (for finding hot spots)
	// afterFile, when set, is called with the number of files written so
	// far, after each one; tests use it to interrupt a run.
	afterFile func(n int)
	// tone are the options the tone models are loaded with; tests use
	// them to give a model that cannot be read.
	tone []tone.Option
}

func parseBatch(args []string, stderr io.Writer) (batchConfig, error) {
	var c batchConfig
	fs := newFlags("batch", batchHelp, stderr)
	fs.StringVar(&c.out, "o", "out", "output `DIR`")
	fs.IntVar(&c.workers, "j", runtime.GOMAXPROCS(0), "number of workers: articles analysed, and tables and charts made, at once")
	leaders := fs.String("leaders", "", "comma-separated `NAMES` of the leaders to compare, matched to the corpus's people (\"Clinton\": the Clinton with the most rows); default: the persons in the most articles")
	fs.IntVar(&c.opt.TopLeaders, "top", 5, "how many of the most covered persons (in the most articles) to compare when --leaders is not given")
	fs.StringVar(&c.people, "people", "", "YAML `FILE` of people: aliases and roles per canonical name, and the leaders to compare")
	fs.BoolVar(&c.opt.Excel, "excel", false, "start CSVs with a byte-order mark for old versions of Excel")
	fs.BoolVar(&c.opt.KeepDuplicates, "keep-duplicates", false, "count an article that copies an earlier one (the same story with small edits or other boilerplate) as an article of its own; by default a story counts once, and articles.csv names the article each copy copies")
	maxSize := sizeFlag(input.DefaultMaxSize)
	fs.Var(&maxSize, "max-size", "largest article read, a file or a feed line (`SIZE` in bytes, or with K, M, G: 500K, 8MiB); larger ones are listed as failed")
	fs.StringVar(&c.cpuprof, "cpuprofile", "", "write a CPU profile (go tool pprof) to `FILE`")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	c.read.MaxSize = int64(maxSize)
	c.paths = fs.Args()
	if len(c.paths) == 0 {
		fs.Usage()
		return c, fmt.Errorf("batch: no input PATH given")
	}
	if c.workers < 1 {
		return c, fmt.Errorf("batch: -j must be at least 1, got %d", c.workers)
	}
	for _, n := range strings.Split(*leaders, ",") {
		if n = strings.TrimSpace(n); n != "" {
			c.opt.Leaders = append(c.opt.Leaders, n)
		}
	}
	return c, nil
}

// sizeFlag is a size in bytes given as a number with an optional unit:
// B, K, M, G, with or without "B" or "iB" after it, all powers of 1024.
type sizeFlag int64

func (s *sizeFlag) String() string { return input.FormatSize(int64(*s)) }

func (s *sizeFlag) Set(v string) error {
	t := strings.ToLower(strings.TrimSpace(v))
	num := strings.TrimRightFunc(t, func(r rune) bool { return r >= 'a' && r <= 'z' })
	mult := map[string]float64{"": 1, "b": 1, "k": 1 << 10, "kb": 1 << 10, "kib": 1 << 10, "m": 1 << 20, "mb": 1 << 20, "mib": 1 << 20,
		"g": 1 << 30, "gb": 1 << 30, "gib": 1 << 30}[strings.TrimSpace(t[len(num):])]
	f, err := strconv.ParseFloat(strings.TrimSpace(num), 64)
	if err != nil || mult == 0 || f*mult < 1 || f*mult > 1<<40 {
		return fmt.Errorf("%q is not a size (bytes, or a number with K, M or G: 500K, 8MiB)", v)
	}
	*s = sizeFlag(f * mult)
	return nil
}

func runBatch(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	c, err := parseBatch(args, stderr)
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stderr, "portray:", err)
			return exitFatal
		}
		return exitOK
	}
	if os.Getenv("GOGC") == "" {
		// The live heap is small (models and aggregates), so collecting
		// at twice its size rather than at its size trades some 50 MB for
		// about a tenth less CPU time. GOGC in the environment overrides.
		debug.SetGCPercent(200)
	}
	return c.run(ctx, stdout, stderr)
}

// run runs a parsed batch and returns the exit code. The output folder is
// checked before any input is read; until the outputs are moved into place
// at the end, an error or a cancelled ctx leaves it as it was.
func (c batchConfig) run(ctx context.Context, stdout, stderr io.Writer) int {
	fatal := func(err error) int {
		fmt.Fprintln(stderr, "portray:", err)
		return exitFatal
	}
	an := &analyze.Analyzer{}
	if c.people != "" {
		cfg, err := readPeople(c.people)
		if err != nil {
			return fatal(err)
		}
		an.People = cfg
	}
	c.opt.LeadersFrom = "--leaders"
	if len(c.opt.Leaders) == 0 && c.people != "" {
		c.opt.LeadersFrom = "leaders in " + c.people + ":"
	}
	c.opt.Leaders = people.Leaders(an.People, c.opt.Leaders)
	if an.People != nil {
		// The people file's names are kept as canonical, and its leaders
		// absent from the corpus are compared with no rows.
		for canon := range an.People.Aliases {
			c.opt.Preferred = append(c.opt.Preferred, canon)
		}
		c.opt.Preferred = append(c.opt.Preferred, people.Leaders(an.People, nil)...)
		sort.Strings(c.opt.Preferred)
	}
	c.opt.Workers = c.workers
	w, err := report.NewWriter(c.out, c.opt)
	if err != nil {
		return fatal(err)
	}
	stop := func(err error) int {
		w.Abort()
		if ctx.Err() != nil {
			return fatal(fmt.Errorf("interrupted: nothing was written to %s", c.out))
		}
		return fatal(err)
	}
	if c.cpuprof != "" {
		stopProfile, err := startCPUProfile(c.cpuprof)
		if err != nil {
			return stop(err)
		}
		defer stopProfile()
	}
	files, err := input.Walk(c.paths, c.out)
	if err != nil {
		return stop(err)
	}
	if an.Tone, err = newScorer(c.tone...); err != nil {
		return stop(err)
	}
	done := progress(stderr, files)
	if c.afterFile != nil {
		bar, n := done, 0
		done = func(f input.File) { bar(f); n++; c.afterFile(n) }
	}
	if err := process(ctx, files, an, c.read, c.workers, w, done); err != nil {
		return stop(err)
	}
	err = w.CloseContext(ctx)
	for _, note := range w.Notes() {
		fmt.Fprintln(stderr, "portray:", note)
	}
	if err != nil {
		var lerr *report.LeaderError
		if errors.As(err, &lerr) {
			// The corpus is known only now: a leader that matches nobody
			// stops the run before any output is moved into place.
			return stop(fmt.Errorf("%w; nothing was written to %s", err, c.out))
		}
		return stop(fmt.Errorf("output folder %s: %w", c.out, err))
	}
	fmt.Fprintf(stdout, "portray: %d articles analysed, %d skipped, %d failed; results in %s\n", w.OK, w.Skipped, w.Failed, c.out)
	for _, line := range w.Headline() {
		fmt.Fprintln(stdout, "  "+line)
	}
	for _, in := range w.Inputs() {
		fmt.Fprintf(stderr, "  %s %s: %s\n", in.Status, printable(in.Article.ID), printable(in.Reason))
	}
	if w.Failed > 0 {
		return exitInputs
	}
	return exitOK
}

// printable returns s for a terminal: quoted, with escapes, when it holds
// control characters (a file name or feed id can hold anything).
func printable(s string) string {
	for _, r := range s {
		if !unicode.IsPrint(r) && r != ' ' {
			return strconv.Quote(s)
		}
	}
	return s
}

// fileResult is what one file became: its inputs and, for each input that
// was read, the analysis.
type fileResult struct {
	inputs  []input.Input
	results []analyze.Result // one per input with status ok, in order
}

// process reads and analyses files with up to workers at once and hands the
// results to the writer strictly in file order, so the output does not
// depend on scheduling. At most 4×workers results wait to be written.
//
// When ctx is cancelled it returns ctx's error at once, before the next
// file is written; an article being analysed then is left to finish in the
// background, and nothing more is handed to the writer.
func process(ctx context.Context, files []input.File, an *analyze.Analyzer, opt input.ReadOptions, workers int, w *report.Writer, done func(input.File)) error {
	work := func(i int) fileResult { return analyzeFile(files[i], an, opt) }
	emit := func(i int, fr fileResult) error {
		if err := fr.write(w); err != nil {
			return err
		}
		done(files[i])
		return nil
	}
	if err := pool.Ordered(ctx, workers, len(files), work, emit); err != nil {
		return err
	}
	return ctx.Err() // cancelled after the last file was written
}

// write hands a file's inputs to the writer, with the analysis of each
// one read.
func (fr fileResult) write(w *report.Writer) error {
	k := 0
	for _, in := range fr.inputs {
		var err error
		if in.Status == input.StatusOK {
			err = w.Add(fr.results[k])
			k++
		} else {
			err = w.AddInput(in)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// progress returns what to call as each file is written: a progress bar
// on stderr when stderr is a terminal (files done, MB read, MB/s and time
// left), nothing otherwise, so logs and pipes stay clean.
func progress(stderr io.Writer, files []input.File) func(input.File) {
	f, ok := stderr.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) || len(files) < 2 {
		return func(input.File) {}
	}
	size := func(f input.File) int64 {
		if f.Skip != "" || f.Fail != "" {
			return 0
		}
		fi, err := os.Stat(f.Path)
		if err != nil || !fi.Mode().IsRegular() {
			return 0
		}
		return fi.Size()
	}
	var total int64
	for _, f := range files {
		total += size(f)
	}
	bar := progressbar.NewOptions64(max(total, 1), progressbar.OptionSetWriter(stderr), progressbar.OptionShowBytes(true),
		progressbar.OptionSetDescription(fmt.Sprintf("0/%d files", len(files))), progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish())
	n := 0
	return func(f input.File) {
		n++
		bar.Describe(fmt.Sprintf("%d/%d files", n, len(files)))
		bar.Add64(size(f))
	}
}

// analyzeFile reads and analyses one file. An article whose analysis
// panics is reported as failed, with the reason, and the run goes on.
func analyzeFile(f input.File, an *analyze.Analyzer, opt input.ReadOptions) fileResult {
	fr := fileResult{inputs: input.ReadFileWith(f, opt)}
	for i, in := range fr.inputs {
		if in.Status != input.StatusOK {
			continue
		}
		res, err := safeAnalyze(an, in.Article)
		if err != nil {
			fr.inputs[i].Status, fr.inputs[i].Reason = input.StatusFailed, err.Error()
			continue
		}
		fr.results = append(fr.results, res)
	}
	return fr
}

func safeAnalyze(an *analyze.Analyzer, a input.Article) (res analyze.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error while analysing: %v", r)
		}
	}()
	return an.Analyze(a), nil
}

// startCPUProfile starts writing a CPU profile to path and returns what
// stops it.
func startCPUProfile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile %s: %w", path, err)
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

func readPeople(path string) (*people.Config, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("people file: %w", err)
	}
	defer f.Close()
	return people.Read(path, f)
}
