package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const timeReport = `	Command being timed: "bin/portray batch -o /tmp/o /tmp/c"
	User time (seconds): 5.10
	System time (seconds): 0.30
	Percent of CPU this job got: 170%
	Elapsed (wall clock) time (h:mm:ss or m:ss): 1:03.50
	Maximum resident set size (kbytes): 125104
	Exit status: 1
`

func TestParseTimeV(t *testing.T) {
	tv, err := parseTimeV(timeReport)
	if err != nil {
		t.Fatal(err)
	}
	if want := (timeV{wall: 63.5, user: 5.1, sys: 0.3, maxRSS: 125104, exit: 1}); tv != want {
		t.Errorf("got %+v, want %+v", tv, want)
	}
	tv, err = parseTimeV("Command exited with non-zero status 2\n" + strings.Replace(timeReport, "1:03.50", "2:01:00", 1))
	if err != nil || tv.wall != 7260 {
		t.Errorf("h:mm:ss: %v, %v", tv.wall, err)
	}
	for _, bad := range []string{"", "real 0m1.0s", strings.Replace(timeReport, "125104", "lots", 1),
		strings.Replace(timeReport, "\tExit status: 1\n", "", 1)} {
		if _, err := parseTimeV(bad); err == nil {
			t.Errorf("parseTimeV(%q) gave no error", bad)
		}
	}
}

func TestParseVader(t *testing.T) {
	m, err := parseVader("paragraphs 123 MB 31.20 sec 26.00 MB/s 1.200\n")
	if err != nil {
		t.Fatal(err)
	}
	if m.bytes != 31_200_000 || m.wall != 26 || !strings.Contains(m.note, "123 paragraphs") {
		t.Errorf("got %+v", m)
	}
	for _, bad := range []string{"", "Traceback (most recent call last):", "paragraphs 1 MB x sec 1 MB/s 1", "paragraphs 1 MB 1 sec 0 MB/s 1"} {
		if _, err := parseVader(bad); err == nil {
			t.Errorf("parseVader(%q) gave no error", bad)
		}
	}
}

func TestWriteTargets(t *testing.T) {
	r := results{when: time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC), source: "text", files: 840, copies: 8,
		one:   measure{name: "one", bytes: 4e6, wall: 2, cpu: 3.6, peak: 100_000},
		many:  measure{name: "many", bytes: 32e6, wall: 16, cpu: 30, peak: 250_000},
		vader: &measure{name: "vader", bytes: 32e6, wall: 26.7, note: "9 paragraphs; scoring time only"},
	}
	var b bytes.Buffer
	r.write(&b)
	out := b.String()
	for _, want := range []string{
		"2026-05-01 12:00",
		"one                              4.00     2.00    2.000    180       100",
		"portray / VADER speed (8 copies)         1.67x >=   10x  missed",
		"time, 8 copies / 1 copy                  8.00x <=    9x  met",
		"peak memory, 8 copies / 1 copy           2.50x <=    2x  missed",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	r.vader, r.skip = nil, "no python3 with nltk"
	b.Reset()
	r.write(&b)
	if out := b.String(); !strings.Contains(out, "reference VADER skipped: no python3 with nltk") || strings.Contains(out, "VADER speed") {
		t.Errorf("without VADER:\n%s", out)
	}
}

// TestBench runs the whole bench on a small stand-in for the labelled-data
// folder, with a stand-in VADER script.
func TestBench(t *testing.T) {
	if testing.Short() {
		t.Skip("builds portray")
	}
	if _, err := os.Stat(timeBin); err != nil {
		t.Skip("no GNU time")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "portray")
	if out, err := exec.Command("go", "build", "-o", bin, "../portray").CombinedOutput(); err != nil {
		t.Fatalf("build portray: %v\n%s", err, out)
	}
	eval := filepath.Join(dir, "eval")
	text := filepath.Join(eval, "polnear", "train", "text")
	for _, p := range []string{text, filepath.Join(eval, "scripts")} {
		if err := os.MkdirAll(p, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{"harbor-strike.txt", "ostrava-budget.txt"} {
		data, err := os.ReadFile(filepath.Join("../../testdata/articles", name))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(text, name), data, 0o644)
	}
	os.WriteFile(filepath.Join(eval, "vader_lexicon.txt"), []byte("good\t1.9\t0.9\t[]\n"), 0o644)
	os.WriteFile(filepath.Join(eval, "scripts", "vader_speed.py"), []byte(
		"import os, sys\nn = sum(len(open(os.path.join(sys.argv[1], f), 'rb').read()) for f in os.listdir(sys.argv[1]))\n"+
			"print(f'paragraphs 7 MB {n/1e6:.2f} sec 0.50 MB/s {n/1e6/0.5:.3f}')\n"), 0o644)

	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"--portray", bin, "--eval", eval, "--copies", "3", "--python", py}, &stdout, &stderr)
	out := stdout.String()
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, stderr.String())
	}
	for _, want := range []string{"(2 files), 1 copy and 3 copies", "portray batch, 1 copy", "portray batch, 3 copies",
		"reference VADER, 3 copies", "7 paragraphs", "portray / VADER speed (3 copies)", "time, 3 copies / 1 copy", "<=    4x"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}

	code = run(context.Background(), []string{"--portray", bin, "--eval", filepath.Join(dir, "none")}, &stdout, &stderr)
	if code != exitFatal || !strings.Contains(stderr.String(), "--eval") {
		t.Errorf("a missing eval folder: exit %d\n%s", code, stderr.String())
	}
}
