package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
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

// batchAbout is the text of "portray batch -h" between the usage line and
// the options; the list of outputs is added from batchOutputs.
const batchAbout = `Reads every article under each PATH (folders are walked recursively, in
order): .txt, .md (with YAML front matter), .html/.htm saved pages, .jsonl
feeds (one article per line) and .csv/.tsv tables (one article per row,
comma, semicolon or tab; the text column found by its name, or named with
--text-field). Other files, hidden files and folders are listed as
skipped, files, lines and rows that cannot be read as failed, with the
reason. Files appear only when the whole run succeeds; a failed or
interrupted run, or one that analyses no article, leaves DIR as it was.
One person has one name in every file (people.csv lists the names
merged); --leaders names are matched to those people, and one that
matches nobody stops the run with the closest names.
An article that copies an earlier one (the same story, small edits or other
boilerplate) is marked in articles.csv and counted once.

A people file (YAML) merges names and roles and names the leaders:
  leaders: [Elena Varga, Idris Calloway]
  people:
    Elena Varga:
      aliases: [the president, President Varga]

Exit codes: 0 every input read, 1 finished but some inputs failed or no
article was analysed, 2 usage error, or the run stopped (DIR cannot be
written, a tone model cannot be read, interrupted).

Example:
  portray batch testdata/articles -o out
  portray batch news/ -o out --people people.yaml --max-size 2MiB --excel
  portray batch export.csv -o out --text-field body --field date=published
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
	// command is the command line, for run.json; flags the value of
	// every flag.
	command []string
	flags   map[string]any
}

// batchFlags returns the flag set of batch, filling c; leaders and
// maxSize receive --leaders and --max-size, checked after parsing.
func batchFlags(c *batchConfig, leaders *string, maxSize *sizeFlag, stderr io.Writer) *flag.FlagSet {
	fs := newFlags(commandBatch, stderr)
	fs.StringVar(&c.out, "o", "out", "output `DIR`")
	fs.IntVar(&c.workers, "j", runtime.GOMAXPROCS(0), "run `N` workers: articles analysed, and tables and charts made, at once")
	fs.StringVar(leaders, "leaders", "", "comma-separated `NAMES` of the leaders to compare, matched to the corpus's people (\"Clinton\": the Clinton with the most rows); default: the persons in the most articles")
	fs.IntVar(&c.opt.TopLeaders, "top", 5, "compare the `N` most covered persons (in the most articles) when --leaders is not given (at least 1)")
	fs.StringVar(&c.people, "people", "", "YAML `FILE` of people: aliases and roles per canonical name, and the leaders to compare")
	fs.BoolVar(&c.opt.Excel, "excel", false, "start CSVs with a byte-order mark for old versions of Excel")
	fs.BoolVar(&c.opt.AllAttributions, "all-attributions", false, "count every attributed quotation as its speaker's own words; by default those whose confidence is below 0.75 (a pronoun from earlier sentences, a role, a carried-over speaker) are left out, and leaders.csv and speakers.csv count them in quotes_left_out")
	fs.BoolVar(&c.opt.KeepDuplicates, "keep-duplicates", false, "count an article that copies an earlier one (the same story with small edits or other boilerplate) as an article of its own; by default a story counts once, and articles.csv names the article each copy copies")
	*maxSize = sizeFlag(input.DefaultMaxSize)
	fs.Var(maxSize, "max-size", "largest article read, a file, a feed line or a table row (`SIZE` in bytes, or with K, M, G: 500K, 8MiB); larger ones are listed as failed")
	fs.Func("text-field", "`NAME` of the CSV column or JSON field that holds the article text (default: the first of text, body, content, article, full_text, ... present)", func(v string) error {
		c.read.Fields.Set(input.FieldText, v)
		return nil
	})
	fs.Func("field", "`PART=NAME` names the CSV column or JSON field that holds PART of the article (text, title, date, source, url, id, author); repeat it for several parts: --field date=published --field source=outlet", func(v string) error {
		part, name, ok := strings.Cut(v, "=")
		if !ok || strings.TrimSpace(name) == "" {
			return fmt.Errorf("%q is not PART=NAME (as in date=published)", v)
		}
		f, err := input.ParseField(part)
		if err != nil {
			return err
		}
		c.read.Fields.Set(f, name)
		return nil
	})
	fs.StringVar(&c.cpuprof, "cpuprofile", "", "write a CPU profile (go tool pprof) to `FILE`")
	return fs
}

func parseBatch(args []string, stderr io.Writer) (batchConfig, error) {
	var c batchConfig
	var leaders string
	var maxSize sizeFlag
	fs := batchFlags(&c, &leaders, &maxSize, stderr)
	paths, err := parseAnywhere(fs, args)
	if err != nil {
		return c, err
	}
	c.read.MaxSize = int64(maxSize)
	c.command = append([]string{"portray", "batch"}, args...)
	c.flags = flagValues(fs)
	fields := map[string]string{}
	for f, name := range c.read.Fields {
		if name != "" {
			fields[input.Field(f).String()] = name
		}
	}
	c.flags["field"] = fields
	delete(c.flags, "text-field")
	if c.opt.TopLeaders < 1 {
		return c, fmt.Errorf("batch: --top must be at least 1, got %d", c.opt.TopLeaders)
	}
	c.paths = paths
	if len(c.paths) == 0 {
		fs.Usage()
		return c, fmt.Errorf("batch: no input PATH given")
	}
	if c.workers < 1 {
		return c, fmt.Errorf("batch: -j must be at least 1, got %d", c.workers)
	}
	for _, n := range strings.Split(leaders, ",") {
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
	started := time.Now()
	sum := newInputSum()
	c.opt.RunRecord = func(counts map[string]int, leaders []string) ([]byte, error) {
		rec := runRecord{Portray: thisBuild(), Command: c.command, Started: started.UTC().Format(time.RFC3339Nano),
			Finished: time.Now().UTC().Format(time.RFC3339Nano), Options: c.flags, Leaders: leaders,
			Inputs: runInputs{Paths: c.paths, Files: sum.files, OK: counts["ok"], Skipped: counts["skipped"], Failed: counts["failed"], SHA256: sum.String()}}
		if rec.Leaders == nil {
			rec.Leaders = []string{}
		}
		if c.people != "" {
			rec.People = &checksummedFile{Path: c.people, SHA256: peopleSum(c.people)}
		}
		return marshalRecord(rec)
	}
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
	if err := process(ctx, files, an, c.read, c.workers, w, done, sum); err != nil {
		return stop(err)
	}
	if w.OK == 0 {
		// Tables and charts of nothing would replace the previous run's
		// results: they are kept, and the run fails.
		w.Abort()
		printInputs(stderr, w.Inputs(), false)
		kept := ""
		if hasOutputs(c.out) {
			kept = "; the previous results there are as they were"
		}
		fmt.Fprintf(stderr, "portray: no article analysed (%d skipped, %d failed): nothing was written to %s%s\n",
			w.Skipped, w.Failed, c.out, kept)
		return exitInputs
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
	printInputs(stderr, w.Inputs(), true)
	if w.Failed > 0 {
		return exitInputs
	}
	return exitOK
}

// printInputs lists the inputs that were skipped or failed, one a line.
// Rows or lines of one file that fail for the same reason are listed up
// to sameShown times, then counted: a feed whose 5,000 lines lack a text
// field gives four lines, not 5,000 (articles.csv, when written, lists
// every one).
func printInputs(stderr io.Writer, ins []input.Input, written bool) {
	where := ""
	if written {
		where = " (all listed in articles.csv)"
	}
	for i := 0; i < len(ins); {
		in := ins[i]
		file, key := sameReason(in)
		j := i + 1
		for j < len(ins) && ins[j].Status == in.Status {
			if f, k := sameReason(ins[j]); f != file || k != key || file == "" {
				break
			}
			j++
		}
		for _, in := range ins[i:min(j, i+sameShown)] {
			fmt.Fprintf(stderr, "  %s %s: %s\n", in.Status, printable(in.Article.ID), printable(in.Reason))
		}
		if n := j - i - sameShown; n > 0 {
			fmt.Fprintf(stderr, "  ... and %d more %s in %s for the same reason%s\n", n, in.Status, printable(file), where)
		}
		i = j
	}
}

// sameShown is how many inputs of one file failing for one reason are
// listed before the rest are counted.
const sameShown = 3

// rowPrefix is the "line N: " or "row N (line L): " that starts the
// reason of a feed line or table row.
var rowPrefix = regexp.MustCompile(`^(line \d+|row \d+ \(line \d+\)): `)

// sameReason returns, for a line of a feed or a row of a table, its file
// and its reason without the line or row; file is "" for anything else.
func sameReason(in input.Input) (file, reason string) {
	f, _, ok := strings.Cut(in.Article.ID, "#")
	loc := rowPrefix.FindString(in.Reason)
	if !ok || loc == "" {
		return "", ""
	}
	return f, in.Reason[len(loc):]
}

// hasOutputs reports whether dir holds the articles.csv of an earlier run.
func hasOutputs(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, "articles.csv"))
	return err == nil
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
	sum     string           // SHA-256 of the file's content, "" when not read
}

// process reads and analyses files with up to workers at once and hands the
// results to the writer strictly in file order, so the output does not
// depend on scheduling; each file's checksum goes into sum in that order. At most 4×workers results wait to be written.
//
// When ctx is cancelled it returns ctx's error at once, before the next
// file is written; an article being analysed then is left to finish in the
// background, and nothing more is handed to the writer.
func process(ctx context.Context, files []input.File, an *analyze.Analyzer, opt input.ReadOptions, workers int, w *report.Writer, done func(input.File), sum *inputSum) error {
	work := func(i int) fileResult {
		fr := analyzeFile(ctx, files[i], an, opt, workers)
		fr.sum = fileSum(files[i])
		return fr
	}
	emit := func(i int, fr fileResult) error {
		if err := fr.write(w); err != nil {
			return err
		}
		sum.add(files[i], fr.sum)
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

// analyzeFile reads and analyses one file. The articles of a feed or a
// table are analysed on up to workers goroutines, their results kept in
// order. An article whose analysis panics is reported as failed, with the
// reason, and the run goes on.
func analyzeFile(ctx context.Context, f input.File, an *analyze.Analyzer, opt input.ReadOptions, workers int) fileResult {
	fr := fileResult{inputs: input.ReadFileWith(f, opt)}
	var ok []int // the inputs to analyse
	for i, in := range fr.inputs {
		if in.Status == input.StatusOK {
			ok = append(ok, i)
		}
	}
	type outcome struct {
		res analyze.Result
		err error
	}
	outs, err := pool.Map(ctx, min(workers, len(ok)), len(ok), func(_ context.Context, k int) (outcome, error) {
		res, err := safeAnalyze(an, fr.inputs[ok[k]].Article)
		return outcome{res, err}, nil
	})
	if err != nil {
		// Cancelled: this file is never written.
		return fileResult{}
	}
	for k, o := range outs {
		if o.err != nil {
			in := &fr.inputs[ok[k]]
			in.Status, in.Reason = input.StatusFailed, o.err.Error()
			continue
		}
		fr.results = append(fr.results, o.res)
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
