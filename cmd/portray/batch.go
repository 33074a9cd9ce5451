package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"portray/analyze"
	"portray/analyze/tone"
	"portray/report"
)

const batchHelp = `Usage: portray batch [-o DIR] [-j N] [--people FILE] [--leaders NAMES] [--excel] PATH...

Reads every article under each PATH (folders are walked recursively, in
order): .txt, .md (with YAML front matter), .html/.htm saved pages and
.jsonl feeds (one article per line). Other files are listed as skipped.
Writes into DIR: articles.csv, paragraphs.csv, quotes.csv, mentions.csv,
speakers.csv, leaders.csv and portrayal.png. Files appear only when the
whole run succeeds.

A people file (YAML) merges names and roles and names the leaders:
  leaders: [Elena Varga, Idris Calloway]
  people:
    Elena Varga:
      aliases: [the president, President Varga]

Example:
  portray batch -o out testdata/articles
  portray batch -o out --people people.yaml --excel news/
`

// batchConfig is what the batch flags ask for.
type batchConfig struct {
	out     string
	workers int
	opt     report.Options
	people  string
	paths   []string
	cpuprof string // write a CPU profile here (for finding hot spots)
}

func parseBatch(args []string, stderr io.Writer) (batchConfig, error) {
	var c batchConfig
	fs := newFlags("batch", batchHelp, stderr)
	fs.StringVar(&c.out, "o", "out", "output `DIR`")
	fs.IntVar(&c.workers, "j", runtime.GOMAXPROCS(0), "number of articles analysed at once")
	leaders := fs.String("leaders", "", "comma-separated canonical `NAMES` of the leaders to compare (default: the most prominent)")
	fs.IntVar(&c.opt.TopLeaders, "top", 5, "how many of the most prominent people to compare when --leaders is not given")
	fs.StringVar(&c.people, "people", "", "YAML `FILE` of people: aliases and roles per canonical name, and the leaders to compare")
	fs.BoolVar(&c.opt.Excel, "excel", false, "start CSVs with a byte-order mark for old versions of Excel")
	fs.StringVar(&c.cpuprof, "cpuprofile", "", "write a CPU profile (go tool pprof) to `FILE`")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
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

func runBatch(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	c, err := parseBatch(args, stderr)
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stderr, "portray:", err)
			return exitFatal
		}
		return exitOK
	}
	if c.cpuprof != "" {
		stop, err := startCPUProfile(c.cpuprof)
		if err != nil {
			fmt.Fprintln(stderr, "portray:", err)
			return exitFatal
		}
		defer stop()
	}
	files, err := analyze.Walk(c.paths, c.out)
	if err != nil {
		fmt.Fprintln(stderr, "portray:", err)
		return exitFatal
	}
	scorer, err := tone.New()
	if err != nil {
		fmt.Fprintln(stderr, "portray:", err)
		return exitFatal
	}
	an := &analyze.Analyzer{Tone: scorer}
	if c.people != "" {
		cfg, err := readPeople(c.people)
		if err != nil {
			fmt.Fprintln(stderr, "portray:", err)
			return exitFatal
		}
		an.People = cfg
		if len(c.opt.Leaders) == 0 {
			c.opt.Leaders = cfg.Leaders
		}
	}
	w, err := report.NewWriter(c.out, c.opt)
	if err != nil {
		fmt.Fprintf(stderr, "portray: %s: %v\n", c.out, err)
		return exitFatal
	}

	if err := process(ctx, files, an, c.workers, w, progress(stderr, len(files))); err != nil {
		w.Abort()
		fmt.Fprintln(stderr, "portray:", err)
		return exitFatal
	}
	if err := w.Close(); err != nil {
		fmt.Fprintf(stderr, "portray: %s: %v\n", c.out, err)
		return exitFatal
	}
	fmt.Fprintf(stdout, "portray: %d articles analysed, %d skipped, %d failed; results in %s\n", w.OK, w.Skipped, w.Failed, c.out)
	for _, line := range w.Headline() {
		fmt.Fprintln(stdout, "  "+line)
	}
	for _, in := range w.Aggregate().Inputs {
		fmt.Fprintf(stderr, "  %s %s: %s\n", in.Status, in.Article.ID, in.Reason)
	}
	if w.Failed > 0 {
		return exitInputs
	}
	return exitOK
}

// fileResult is what one file became: its inputs and, for each input that
// was read, the analysis.
type fileResult struct {
	inputs  []analyze.Input
	results []analyze.Result // one per input with status ok, in order
}

// process reads and analyses files with up to workers at once and hands the
// results to the writer strictly in file order, so the output does not
// depend on scheduling. At most 4×workers results wait to be written.
func process(ctx context.Context, files []analyze.File, an *analyze.Analyzer, workers int, w *report.Writer, done func()) error {
	slots := make([]chan fileResult, len(files))
	for i := range slots {
		slots[i] = make(chan fileResult, 1)
	}
	window := make(chan struct{}, 4*workers)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	jobs := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				slots[i] <- analyzeFile(files[i], an)
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := range files {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	defer wg.Wait()
	for i := range files {
		var fr fileResult
		select {
		case fr = <-slots[i]:
		case <-ctx.Done():
			return ctx.Err()
		}
		<-window
		k := 0
		for _, in := range fr.inputs {
			var err error
			if in.Status == analyze.StatusOK {
				err = w.Add(fr.results[k])
				k++
			} else {
				err = w.AddInput(in)
			}
			if err != nil {
				cancel()
				return err
			}
		}
		done()
	}
	return nil
}

// progress returns what to call as each file is written: a progress bar
// on stderr when stderr is a terminal, nothing otherwise (so logs and
// pipes stay clean).
func progress(stderr io.Writer, n int) func() {
	f, ok := stderr.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) || n < 2 {
		return func() {}
	}
	bar := progressbar.NewOptions(n, progressbar.OptionSetWriter(stderr), progressbar.OptionSetDescription("analysing"),
		progressbar.OptionShowCount(), progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish())
	return func() { bar.Add(1) }
}

// analyzeFile reads and analyses one file. An article whose analysis
// panics is reported as failed, with the reason, and the run goes on.
func analyzeFile(f analyze.File, an *analyze.Analyzer) fileResult {
	fr := fileResult{inputs: analyze.ReadFile(f)}
	for i, in := range fr.inputs {
		if in.Status != analyze.StatusOK {
			continue
		}
		res, err := safeAnalyze(an, in.Article)
		if err != nil {
			fr.inputs[i].Status, fr.inputs[i].Reason = analyze.StatusFailed, err.Error()
			continue
		}
		fr.results = append(fr.results, res)
	}
	return fr
}

func safeAnalyze(an *analyze.Analyzer, a analyze.Article) (res analyze.Result, err error) {
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

func readPeople(path string) (*analyze.PeopleConfig, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("people file: %w", err)
	}
	defer f.Close()
	return analyze.ReadPeople(path, f)
}
