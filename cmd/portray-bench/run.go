package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"portray/cmd/portray-gen/corpus"
)

const help = `Usage: portray-bench [--portray BIN] [--eval DIR] [--copies K] [--python PY] [--keep]

Times, in one run, the whole "portray batch" on 1 copy and on K copies of
DIR/polnear/train/text (each copy's files changed by one line, and the
batch run with --keep-duplicates, so that every copy is analysed and
counted as the work it would be were the copies different articles), with
/usr/bin/time -v for wall time and peak resident
memory, and reference VADER (NLTK) scoring every paragraph of the K copies
(DIR/scripts/vader_speed.py with DIR/vader_lexicon.txt). Prints the MB/s of
each, portray's speed over VADER's, and how time and peak memory grow from
1 copy to K, against the targets: at least 10 times VADER's speed, K copies
in at most K+1 times the time of one, in at most twice the memory.

The corpora are written to a temporary folder and removed at the end.
Needs GNU time at /usr/bin/time and a python3 with nltk ("make bench"
installs Debian's time and python3-nltk when missing).

Example:
  portray-bench --portray bin/portray --eval ../shared/eval
`

// Exit codes.
const (
	exitOK    = 0
	exitFatal = 2
)

// The targets of the speed and scale issue.
const (
	targetSpeedRatio  = 10 // portray's MB/s over reference VADER's, at least
	targetMemoryRatio = 2  // peak memory on K copies over 1 copy, at most
)

// config is what the flags ask for.
type config struct {
	portray, eval, python string
	copies                int
	keep                  bool
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("portray-bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, help, "\nOptions:\n")
		fs.PrintDefaults()
	}
	var c config
	fs.StringVar(&c.portray, "portray", "bin/portray", "the portray `BIN` to time")
	fs.StringVar(&c.eval, "eval", "../shared/eval", "labelled-data `DIR` holding polnear/train/text, vader_lexicon.txt and scripts/vader_speed.py")
	fs.IntVar(&c.copies, "copies", 8, "copies in the large corpus")
	fs.StringVar(&c.python, "python", "", "python interpreter with nltk (default: the first of python3, /usr/bin/python3 that has it)")
	fs.BoolVar(&c.keep, "keep", false, "keep the corpora and outputs (their folder is printed)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitFatal
	}
	if fs.NArg() > 0 || c.copies < 2 {
		fs.Usage()
		fmt.Fprintln(stderr, "portray-bench: takes no arguments, and --copies must be at least 2")
		return exitFatal
	}
	if err := bench(ctx, c, stdout, stderr); err != nil {
		fmt.Fprintln(stderr, "portray-bench:", err)
		return exitFatal
	}
	return exitOK
}

// measure is one timed run.
type measure struct {
	name  string
	bytes int64   // input size
	wall  float64 // seconds
	cpu   float64 // user and system seconds; 0 when not known
	peak  int64   // peak resident memory in kB; 0 when not known
	note  string
}

// mbps is the run's speed in MB (10^6 bytes) a second.
func (m measure) mbps() float64 { return float64(m.bytes) / 1e6 / m.wall }

// results are the figures of one bench.
type results struct {
	when   time.Time
	load   string // /proc/loadavg's first three figures, "" when unknown
	source string
	files  int // files in one copy
	copies int
	one    measure
	many   measure
	vader  *measure // nil when reference VADER could not run
	skip   string   // why VADER did not run
}

func bench(ctx context.Context, c config, stdout, stderr io.Writer) error {
	src := filepath.Join(c.eval, "polnear", "train", "text")
	for _, p := range []string{src, c.portray, timeBin} {
		if _, err := os.Stat(p); err != nil {
			return fmt.Errorf("%w (%s)", err, hint(p, c))
		}
	}
	portray, err := filepath.Abs(c.portray)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "portray-bench-")
	if err != nil {
		return err
	}
	if c.keep {
		fmt.Fprintln(stderr, "corpora and outputs in", tmp)
	} else {
		defer os.RemoveAll(tmp)
	}
	r := results{when: time.Now(), load: loadAverage(), source: src, copies: c.copies}

	fmt.Fprintf(stderr, "making 1 and %d copies of %s...\n", c.copies, src)
	dir1, dirK := filepath.Join(tmp, "copies-1"), filepath.Join(tmp, fmt.Sprintf("copies-%d", c.copies))
	st1, err := corpus.Copy(dir1, src, 1)
	if err != nil {
		return err
	}
	stK, err := corpus.Copy(dirK, src, c.copies)
	if err != nil {
		return err
	}
	r.files = st1.Files

	for _, m := range []struct {
		dst   *measure
		dir   string
		bytes int64
		name  string
	}{{&r.one, dir1, st1.Bytes, "portray batch, 1 copy"}, {&r.many, dirK, stK.Bytes, fmt.Sprintf("portray batch, %d copies", c.copies)}} {
		fmt.Fprintf(stderr, "timing %s...\n", m.name)
		out := filepath.Join(tmp, "out-"+filepath.Base(m.dir))
		// The copies are near-duplicates, which a batch counts once by
		// default: --keep-duplicates keeps the work that of K corpora.
		tv, _, err := timed(ctx, tmp, portray, "batch", "--keep-duplicates", "-o", out, m.dir)
		if err != nil {
			return fmt.Errorf("%s: %w", m.name, err)
		}
		*m.dst = measure{name: m.name, bytes: m.bytes, wall: tv.wall, cpu: tv.user + tv.sys, peak: tv.maxRSS}
		if tv.exit == 1 {
			m.dst.note = "some inputs failed (see articles.csv)"
		}
	}

	if r.vader, r.skip, err = timeVader(ctx, c, tmp, dirK, stderr); err != nil {
		return err
	}
	r.write(stdout)
	return nil
}

// timeVader times reference VADER (NLTK's, run by the script in c.eval)
// on the corpus in dir. When it cannot run (no Python with NLTK, no script
// or lexicon), it returns why in skip instead.
func timeVader(ctx context.Context, c config, tmp, dir string, stderr io.Writer) (v *measure, skip string, err error) {
	script := filepath.Join(c.eval, "scripts", "vader_speed.py")
	lexicon := filepath.Join(c.eval, "vader_lexicon.txt")
	py, err := findPython(ctx, c.python)
	if err == nil {
		_, err = os.Stat(script)
	}
	if err == nil {
		_, err = os.Stat(lexicon)
	}
	if err != nil {
		return nil, err.Error(), nil
	}
	fmt.Fprintf(stderr, "timing reference VADER on %d copies...\n", c.copies)
	tv, out, err := timed(ctx, tmp, py, script, dir, lexicon)
	if err != nil {
		return nil, "", fmt.Errorf("reference VADER: %w", err)
	}
	m, err := parseVader(out)
	if err != nil {
		return nil, "", fmt.Errorf("reference VADER: %w", err)
	}
	m.name = fmt.Sprintf("reference VADER, %d copies", c.copies)
	m.peak = tv.maxRSS
	return &m, "", nil
}

// hint says how to get what is missing at p.
func hint(p string, c config) string {
	switch p {
	case c.portray:
		return "build it first: make build"
	case timeBin:
		return "install GNU time: apt-get install time"
	}
	return "give the labelled-data folder with --eval"
}

// timeBin is GNU time, which reports peak resident memory.
const timeBin = "/usr/bin/time"

// timeV is what GNU time -v reports of a command.
type timeV struct {
	wall, user, sys float64 // seconds
	maxRSS          int64   // kB
	exit            int
}

// timed runs a command under GNU time -v in dir and returns its report and
// the command's standard output. An exit status above 1 is an error.
func timed(ctx context.Context, dir, name string, args ...string) (timeV, string, error) {
	report := filepath.Join(dir, "time.txt")
	cmd := exec.CommandContext(ctx, timeBin, append([]string{"-v", "-o", report, name}, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run()
	data, err := os.ReadFile(report)
	if err != nil {
		return timeV{}, "", fmt.Errorf("%s: %v\n%s", name, runErr, tail(stderr.String()))
	}
	tv, err := parseTimeV(string(data))
	if err != nil {
		return tv, "", fmt.Errorf("%s: %w", report, err)
	}
	if tv.exit > 1 || runErr != nil && tv.exit == 0 {
		return tv, "", fmt.Errorf("%s exited with status %d: %v\n%s", name, tv.exit, runErr, tail(stderr.String()))
	}
	return tv, stdout.String(), nil
}

// tail is the last lines of a command's error output.
func tail(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > 10 {
		lines = lines[len(lines)-10:]
	}
	return strings.Join(lines, "\n")
}

// parseTimeV reads the report of GNU time -v.
func parseTimeV(s string) (timeV, error) {
	var tv timeV
	seen := 0
	for _, line := range strings.Split(s, "\n") {
		key, val, ok := strings.Cut(strings.TrimSpace(line), ": ")
		if !ok {
			continue
		}
		var err error
		switch key {
		case "User time (seconds)":
			tv.user, err = strconv.ParseFloat(val, 64)
		case "System time (seconds)":
			tv.sys, err = strconv.ParseFloat(val, 64)
		case "Elapsed (wall clock) time (h:mm:ss or m:ss)":
			tv.wall, err = parseClock(val)
			seen++
		case "Maximum resident set size (kbytes)":
			tv.maxRSS, err = strconv.ParseInt(val, 10, 64)
			seen++
		case "Exit status":
			tv.exit, err = strconv.Atoi(val)
			seen++
		default:
			continue
		}
		if err != nil {
			return tv, fmt.Errorf("%s: %q: %v", key, val, err)
		}
	}
	if seen != 3 {
		return tv, errors.New("not a report of GNU time -v: no wall time, peak memory or exit status")
	}
	return tv, nil
}

// parseClock reads a duration written h:mm:ss or m:ss.ss, in seconds.
func parseClock(s string) (float64, error) {
	var total float64
	for _, part := range strings.Split(s, ":") {
		v, err := strconv.ParseFloat(part, 64)
		if err != nil {
			return 0, err
		}
		total = total*60 + v
	}
	return total, nil
}

// parseVader reads the line vader_speed.py prints:
// "paragraphs N MB X sec Y MB/s Z". The time is the script's own scoring
// time, without starting Python and loading the lexicon.
func parseVader(out string) (measure, error) {
	var m measure
	f := strings.Fields(out)
	if len(f) != 8 || f[0] != "paragraphs" || f[2] != "MB" || f[4] != "sec" || f[6] != "MB/s" {
		return m, fmt.Errorf("unexpected output %q, want \"paragraphs N MB X sec Y MB/s Z\"", strings.TrimSpace(out))
	}
	mb, err1 := strconv.ParseFloat(f[3], 64)
	sec, err2 := strconv.ParseFloat(f[5], 64)
	if err := errors.Join(err1, err2); err != nil || sec <= 0 {
		return m, fmt.Errorf("unexpected output %q: %v", strings.TrimSpace(out), err)
	}
	m.bytes, m.wall = int64(mb*1e6), sec
	m.note = f[1] + " paragraphs; scoring time only"
	return m, nil
}

// findPython returns the interpreter to run reference VADER with: the one
// given, or the first of python3 and /usr/bin/python3 that imports NLTK's
// VADER (Debian's python3-nltk is found by the system python only).
func findPython(ctx context.Context, given string) (string, error) {
	if given != "" {
		return given, nil
	}
	for _, py := range []string{"python3", "/usr/bin/python3"} {
		if exec.CommandContext(ctx, py, "-c", "import nltk.sentiment.vader").Run() == nil {
			return py, nil
		}
	}
	return "", errors.New("no python3 with nltk (apt-get install python3-nltk)")
}

// loadAverage is the machine's load over the last 1, 5 and 15 minutes.
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if f := strings.Fields(string(data)); err == nil && len(f) >= 3 {
		return strings.Join(f[:3], " ")
	}
	return ""
}

// write prints the figures and the targets.
func (r results) write(w io.Writer) {
	fmt.Fprintf(w, "portray bench, %s, %d CPUs", r.when.Format("2006-01-02 15:04"), runtime.NumCPU())
	if r.load != "" {
		fmt.Fprintf(w, ", load average %s at the start", r.load)
	}
	fmt.Fprintf(w, "\ncorpus: %s (%d files), 1 copy and %d copies, each copy's files changed by one line\n\n", r.source, r.files, r.copies)
	fmt.Fprintf(w, "%-28s %8s %8s %8s %6s %9s\n", "run", "MB", "sec", "MB/s", "CPU%", "peak MB")
	for _, m := range []*measure{&r.one, &r.many, r.vader} {
		if m == nil {
			continue
		}
		cpu, peak := "", ""
		if m.cpu > 0 {
			cpu = fmt.Sprintf("%.0f", 100*m.cpu/m.wall)
		}
		if m.peak > 0 {
			peak = fmt.Sprintf("%.0f", float64(m.peak)/1e3)
		}
		fmt.Fprintf(w, "%-28s %8.2f %8.2f %8.3f %6s %9s", m.name, float64(m.bytes)/1e6, m.wall, m.mbps(), cpu, peak)
		if m.note != "" {
			fmt.Fprintf(w, "  (%s)", m.note)
		}
		fmt.Fprintln(w)
	}
	if r.vader == nil {
		fmt.Fprintf(w, "reference VADER skipped: %s\n", r.skip)
	}
	fmt.Fprintf(w, "\n%-36s %9s %8s\n", "measure", "measured", "target")
	if r.vader != nil {
		target(w, fmt.Sprintf("portray / VADER speed (%d copies)", r.copies), r.many.mbps()/r.vader.mbps(), ">=", targetSpeedRatio)
	}
	target(w, fmt.Sprintf("time, %d copies / 1 copy", r.copies), r.many.wall/r.one.wall, "<=", float64(r.copies+1))
	target(w, fmt.Sprintf("peak memory, %d copies / 1 copy", r.copies), float64(r.many.peak)/float64(r.one.peak), "<=", targetMemoryRatio)
}

// target prints one measured ratio beside its target and whether it is met.
func target(w io.Writer, name string, got float64, op string, want float64) {
	met := got >= want
	if op == "<=" {
		met = got <= want
	}
	verdict := "missed"
	if met {
		verdict = "met"
	}
	fmt.Fprintf(w, "%-36s %8.2fx %2s %4.0fx  %s\n", name, got, op, want, verdict)
}
