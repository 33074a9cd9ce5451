package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"portray/analyze/attrib"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

const articles = "../../testdata/articles"

var csvFiles = []string{"articles.csv", "paragraphs.csv", "quotes.csv", "mentions.csv", "speakers.csv", "leaders.csv",
	"leaders_by_article.csv", "leaders_by_source.csv", "leaders_by_date.csv", "leader_differences.csv", "people.csv", "summary.md"}

// people is the bundled people file that "make run" uses.
const peopleFile = "../../testdata/people.yaml"

// runBatchIn runs "portray batch" and returns the exit code and what it printed.
func runBatchIn(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), append([]string{"batch"}, args...), strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// TestBatchGolden runs the batch on the bundled articles and compares every
// CSV with its golden copy; -update rewrites them.
func TestBatchGolden(t *testing.T) {
	dir := t.TempDir()
	code, stdout, stderr := runBatchIn(t, "-o", dir, "--people", peopleFile, articles)
	if code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	if !strings.Contains(stdout, "8 articles analysed, 1 skipped, 0 failed") {
		t.Errorf("summary = %q", stdout)
	}
	for _, name := range csvFiles {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		golden := filepath.Join("..", "..", "testdata", "golden", "batch", name)
		if *update {
			if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test ./cmd/portray -update to create it)", err)
		}
		if d := firstDiff(string(want), string(got)); d != "" {
			t.Errorf("%s differs from %s (go test ./cmd/portray -update rewrites it):\n%s", name, golden, d)
		}
	}
	for _, name := range []string{"portrayal.png", "index.html"} {
		if fi, err := os.Stat(filepath.Join(dir, name)); err != nil || fi.Size() == 0 {
			t.Errorf("%s missing or empty: %v", name, err)
		}
	}
	traceLeaders(t, dir)
}

// firstDiff describes the first line where two texts differ, or "" if equal.
func firstDiff(want, got string) string {
	if want == got {
		return ""
	}
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\n  want: %s\n  got:  %s", i+1, w, g)
		}
	}
	return "texts differ"
}

// TestBatchDeterministic checks that every output file, charts and page
// included (run.json but for its times and options), is byte-identical whatever the number of workers and from one
// run to the next, on the bundled articles and on the folder of bad inputs.
func TestBatchDeterministic(t *testing.T) {
	bad := copyBad(t, false)
	for _, in := range []struct{ name, path string }{{"articles", articles}, {"bad inputs", bad}} {
		t.Run(in.name, func(t *testing.T) {
			if testing.Short() && in.name == "articles" {
				// make test: the golden test checks these outputs, and the
				// bad inputs below -j 1 against -j 8 (under the race
				// detector, each run takes some 20 s on 2 cores).
				t.Skip("-short: the bad inputs are enough")
			}
			var first map[string][]byte
			jobs := []string{"1", "8", "8"} // -j 8 twice: the same from run to run
			if in.name == "articles" || testing.Short() {
				jobs = jobs[:2] // the golden test compares runs of these
			}
			for _, j := range jobs {
				out := t.TempDir()
				code, _, stderr := runBatchIn(t, "-j", j, "-o", out, "--people", peopleFile, in.path)
				if code == exitFatal {
					t.Fatalf("-j %s: exit %d: %s", j, code, stderr)
				}
				files := readAll(t, out)
				// run.json holds times and the command: only its record
				// of the inputs must be the same.
				var rec runRecord
				if err := json.Unmarshal(files["run.json"], &rec); err != nil {
					t.Fatalf("-j %s: run.json: %v", j, err)
				}
				files["run.json"], _ = json.Marshal(rec.Inputs)
				if first == nil {
					first = files
					if len(files["articles.csv"]) == 0 || len(files["index.html"]) == 0 {
						t.Fatalf("-j %s wrote no articles.csv or index.html: %d files", j, len(files))
					}
					continue
				}
				if len(files) != len(first) {
					t.Errorf("-j %s wrote %d files, -j 1 wrote %d", j, len(files), len(first))
				}
				for name, data := range first {
					if !bytes.Equal(data, files[name]) {
						t.Errorf("%s differs between -j 1 and -j %s", name, j)
					}
				}
			}
		})
	}
}

// readAll returns the content of every file in dir; a folder (such as a
// temporary one left behind) is listed as its name and "/", without content.
func readAll(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, e := range entries {
		if e.IsDir() {
			out[e.Name()+"/"] = nil
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = data
	}
	return out
}

// TestBatchInterrupted runs a batch into a folder that holds an earlier
// run's outputs and cancels it after some files, as Ctrl-C does: the run
// stops with exit 2, the earlier outputs are byte for byte as they were and
// no temporary file is left; into a new folder, nothing at all is left.
func TestBatchInterrupted(t *testing.T) {
	in := t.TempDir()
	for i := range 12 {
		body := fmt.Sprintf("Mayor Ada Brill opened bridge number %d on Monday.\n“It is finished,” Brill said.\n", i)
		if err := os.WriteFile(filepath.Join(in, fmt.Sprintf("a%02d.txt", i)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// One earlier run, copied into each case's folder.
	earlierOut := t.TempDir()
	if code, _, stderr := runBatchIn(t, "-o", earlierOut, articles); code != exitOK {
		t.Fatalf("earlier run: exit %d: %s", code, stderr)
	}
	before := readAll(t, earlierOut)
	for _, tt := range []struct {
		name    string
		earlier bool // whether an earlier run wrote into the folder
		after   int  // files written before the interrupt
	}{
		{"after the first file", true, 1},
		{"in the middle", true, 5},
		{"after the last file, before the outputs are moved", true, 12},
		{"into a folder that did not exist", false, 5},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			if tt.earlier {
				if err := os.Mkdir(out, 0o755); err != nil {
					t.Fatal(err)
				}
				for name, data := range before {
					if err := os.WriteFile(filepath.Join(out, name), data, 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
			var errb bytes.Buffer
			c, err := parseBatch([]string{"-j", "2", "-o", out, in}, &errb)
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			written := 0
			c.afterFile = func(n int) {
				written = n
				if n == tt.after {
					cancel()
				}
			}
			code := c.run(ctx, io.Discard, &errb)
			if code != exitFatal || !strings.Contains(errb.String(), "interrupted") {
				t.Errorf("exit %d, stderr %q; want %d and a word that the run was interrupted", code, errb.String(), exitFatal)
			}
			if written != tt.after {
				t.Errorf("%d files written after the interrupt at %d", written, tt.after)
			}
			if !tt.earlier {
				if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
					t.Errorf("the output folder the run created is still there: %v", err)
				}
				return
			}
			after := readAll(t, out)
			if len(after) != len(before) {
				var names []string
				for name := range after {
					names = append(names, name)
				}
				t.Errorf("the folder holds %d entries, the earlier run left %d: %v", len(after), len(before), names)
			}
			for name, data := range before {
				if !bytes.Equal(data, after[name]) {
					t.Errorf("%s changed", name)
				}
			}
		})
	}
}

// TestBatchOutputFolderFirst gives output folders that cannot be created or
// written: exit 2 and a message naming the folder, before any input is
// looked at (a missing input is not what the message is about).
func TestBatchOutputFolderFirst(t *testing.T) {
	base := t.TempDir()
	file := filepath.Join(base, "a-file")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(base, "no-such-input")
	for _, out := range []string{file, filepath.Join(file, "out")} {
		code, stdout, stderr := runBatchIn(t, "-o", out, missing)
		if code != exitFatal {
			t.Errorf("-o %s: exit %d, want %d", out, code, exitFatal)
		}
		if !strings.Contains(stderr, "output folder "+out) || strings.Contains(stderr, missing) || stdout != "" {
			t.Errorf("-o %s: stdout %q, stderr %q; want only a message naming the output folder", out, stdout, stderr)
		}
	}
	// With a writable output folder, the missing input is reported, and the
	// folder the run created is taken away again.
	out := filepath.Join(base, "out")
	code, _, stderr := runBatchIn(t, "-o", out, missing)
	if code != exitFatal || !strings.Contains(stderr, missing) {
		t.Errorf("missing input: exit %d, stderr %q", code, stderr)
	}
	if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the output folder of a failed run is still there: %v", err)
	}
}

// TestBatchMaxSize checks the --max-size flag: a file over it fails with
// its size, and bad values are usage errors.
func TestBatchMaxSize(t *testing.T) {
	in := t.TempDir()
	small := "Mayor Ada Brill opened the bridge on Monday.\n"
	big := strings.Repeat("Mayor Ada Brill opened the bridge on Monday. ", 60) // 2.7 KiB
	feed := `{"id":"s","text":"` + strings.TrimSpace(small) + `"}` + "\n" + `{"id":"b","text":"` + big + `"}` + "\n"
	for name, body := range map[string]string{"small.txt": small, "big.txt": big, "feed.jsonl": feed} {
		if err := os.WriteFile(filepath.Join(in, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := t.TempDir()
	code, _, stderr := runBatchIn(t, "--max-size", "2K", "-o", out, in)
	if code != exitInputs {
		t.Fatalf("exit %d, want %d: %s", code, exitInputs, stderr)
	}
	got := map[string]string{}
	for _, r := range readCSV(t, filepath.Join(out, "articles.csv"))[1:] {
		got[r[0]] = r[1] + " " + r[2]
	}
	want := map[string]string{
		"big.txt":           "failed too big: 2.6 KiB, over the 2 KiB limit",
		"feed.jsonl#s":      "ok ",
		"feed.jsonl#line-2": "failed line 2: too big: over the 2 KiB limit",
		"small.txt":         "ok ",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("articles.csv:\n got %q\nwant %q", got, want)
	}
	for _, v := range []string{"0", "-1", "lots", "5X", ""} {
		if code, _, _ := runBatchIn(t, "--max-size", v, "-o", t.TempDir(), in); code != exitFatal {
			t.Errorf("--max-size %q: exit %d, want %d", v, code, exitFatal)
		}
	}
	for v, want := range map[string]sizeFlag{"100": 100, "1.5K": 1536, "8MiB": 8 << 20, "2 mb": 2 << 20, "1g": 1 << 30} {
		var s sizeFlag
		if err := s.Set(v); err != nil || s != want {
			t.Errorf("Set(%q) = %d, %v; want %d", v, s, err, want)
		}
	}
}

// TestBatchAccountsForEveryInput feeds good, bad and foreign files and
// checks each one has a row in articles.csv with its status and reason,
// and that failures give exit code 1.
func TestBatchAccountsForEveryInput(t *testing.T) {
	in := t.TempDir()
	files := map[string]string{
		"good.txt":         "Mayor Ada Brill said the bridge would reopen on Monday.\n",
		"empty.txt":        "",
		"binary.txt":       "abc\x00def",
		"notes.csv":        "a,b\n1,2\n",
		"feed.jsonl":       "{\"id\": \"a1\", \"text\": \"Ada Brill said: \\\"We are ready.\\\"\"}\nnot json\n{\"id\": \"a3\"}\n",
		"front.md":         "---\ntitle: [unclosed\n---\nBody text here.\n",
		".hidden.txt":      "hidden",
		"sub/deeper/a.htm": "<html><body><article><p>Ada Brill, the mayor, said the works were finished.</p><p>“It is done,” she said.</p></article></body></html>",
	}
	for name, body := range files {
		p := filepath.Join(in, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := t.TempDir()
	code, _, stderr := runBatchIn(t, "-o", out, in)
	if code != exitInputs {
		t.Fatalf("exit %d, want %d; stderr:\n%s", code, exitInputs, stderr)
	}
	rows := readCSV(t, filepath.Join(out, "articles.csv"))
	want := map[string][2]string{ // id -> status, a word of the reason
		".hidden.txt":       {"skipped", "hidden"},
		"binary.txt":        {"failed", "binary"},
		"empty.txt":         {"failed", "empty file"},
		"feed.jsonl#a1":     {"ok", ""},
		"feed.jsonl#line-2": {"failed", "line 2: invalid JSON"},
		"feed.jsonl#a3":     {"failed", "line 3: no text field"},
		"front.md":          {"failed", "front matter"},
		"good.txt":          {"ok", ""},
		"notes.csv":         {"skipped", "no text column"},
		"sub/deeper/a.htm":  {"ok", ""},
	}
	got := map[string][2]string{}
	var order []string
	for _, r := range rows[1:] {
		got[r[0]] = [2]string{r[1], r[2]}
		order = append(order, r[0])
	}
	if len(got) != len(want) {
		t.Errorf("articles.csv has %d rows %v, want %d", len(got), order, len(want))
	}
	for id, w := range want {
		g, ok := got[id]
		if !ok {
			t.Errorf("no row for %s", id)
			continue
		}
		if g[0] != w[0] || !strings.Contains(g[1], w[1]) {
			t.Errorf("%s: status %q reason %q, want %q with %q", id, g[0], g[1], w[0], w[1])
		}
		if w[0] == "failed" && !strings.Contains(stderr, id) {
			t.Errorf("stderr does not name failed input %s:\n%s", id, stderr)
		}
	}
}

// TestBatchLeavesNothingHalfWritten makes the run fail when the outputs
// are moved into place and checks no partial file or temporary folder stays.
func TestBatchLeavesNothingHalfWritten(t *testing.T) {
	out := t.TempDir()
	// A folder where a CSV should go makes the final move fail.
	if err := os.Mkdir(filepath.Join(out, "quotes.csv"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(out, "quotes.csv", "keep"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runBatchIn(t, "-o", out, articles)
	if code != exitFatal {
		t.Fatalf("exit %d, want %d", code, exitFatal)
	}
	if !strings.Contains(stderr, "quotes.csv") {
		t.Errorf("error does not name the file: %s", stderr)
	}
	entries, _ := os.ReadDir(out)
	for _, e := range entries {
		if e.Name() != "quotes.csv" {
			t.Errorf("%s left behind by a failed run", e.Name())
		}
	}
}

func TestBatchUsageErrors(t *testing.T) {
	for _, args := range [][]string{{}, {"-j", "0", articles}, {"-o"}, {"/no/such/folder"}} {
		if code, _, _ := runBatchIn(t, args...); code != exitFatal {
			t.Errorf("batch %v: exit %d, want %d", args, code, exitFatal)
		}
	}
	if code, _, stderr := runBatchIn(t, "-h"); code != exitOK || !strings.Contains(stderr, "Example") {
		t.Errorf("batch -h: exit %d, help %q", code, stderr)
	}
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return rows
}

// traceLeaders recomputes leaders.csv's own and portrayed tones from the
// rows of quotes.csv and mentions.csv: every headline number must be
// traceable to the rows behind it.
func traceLeaders(t *testing.T, dir string) {
	t.Helper()
	col := func(rows [][]string, name string) int {
		for i, h := range rows[0] {
			if h == name {
				return i
			}
		}
		t.Fatalf("no column %s", name)
		return -1
	}
	quotes, mentions, leaders := readCSV(t, filepath.Join(dir, "quotes.csv")), readCSV(t, filepath.Join(dir, "mentions.csv")), readCSV(t, filepath.Join(dir, "leaders.csv"))
	sum := func(rows [][]string, keep func(r []string) bool) (float64, int) {
		tone := col(rows, "tone")
		s, n := 0.0, 0
		for _, r := range rows[1:] {
			if keep(r) {
				v, err := strconv.ParseFloat(r[tone], 64)
				if err != nil {
					t.Fatal(err)
				}
				s += v
				n++
			}
		}
		return s, n
	}
	speaker, kind, conf := col(quotes, "speaker"), col(quotes, "kind"), col(quotes, "confidence")
	confident := func(q []string) bool {
		c, err := strconv.ParseFloat(q[conf], 64)
		return err == nil && c >= attrib.ConfidentAt
	}
	person, quotedBy := col(mentions, "person"), col(mentions, "quoted_by")
	seen := map[string]bool{}
	for _, r := range leaders[1:] {
		name := r[0]
		seen[name] = true
		// Own words are the confident attributions; the rest are counted
		// in quotes_left_out.
		own, n := sum(quotes, func(q []string) bool {
			return q[speaker] == name && q[kind] != "indirect" && q[kind] != "term" && confident(q)
		})
		if got := r[col(leaders, "quotes")]; got != strconv.Itoa(n) {
			t.Errorf("%s: quotes %s, quotes.csv has %d confident ones", name, got, n)
		}
		_, unsure := sum(quotes, func(q []string) bool {
			return q[speaker] == name && q[kind] != "indirect" && q[kind] != "term" && !confident(q)
		})
		if got := r[col(leaders, "quotes_left_out")]; got != strconv.Itoa(unsure) {
			t.Errorf("%s: quotes_left_out %s, quotes.csv has %d unsure ones", name, got, unsure)
		}
		if n > 0 {
			checkMean(t, name+" own_tone", r[col(leaders, "own_tone")], own/float64(n))
		}
		por, m := sum(mentions, func(x []string) bool { return x[person] == name && x[quotedBy] == "" })
		if got := r[col(leaders, "mentions")]; got != strconv.Itoa(m) {
			t.Errorf("%s: mentions %s, mentions.csv has %d", name, got, m)
		}
		if m > 0 {
			checkMean(t, name+" portrayed_tone", r[col(leaders, "portrayed_tone")], por/float64(m))
		}
	}
	for _, want := range []string{"Donald Trump", "Vladimir Putin", "Volodymyr Zelensky"} {
		if !seen[want] {
			t.Errorf("leaders.csv has no row for %s", want)
		}
	}
}

// checkMean compares a 3-decimal cell with a mean of 3-decimal values.
func checkMean(t *testing.T, what, cell string, want float64) {
	t.Helper()
	got, err := strconv.ParseFloat(cell, 64)
	if err != nil || math.Abs(got-want) > 0.0015 {
		t.Errorf("%s = %q, rows give %.4f", what, cell, want)
	}
}

// TestBatchRemovesStaleOptionalFiles runs a corpus with sources, then one
// without into the same folder: the by-source files of the first must go.
func TestBatchRemovesStaleOptionalFiles(t *testing.T) {
	out := t.TempDir()
	if code, _, stderr := runBatchIn(t, "-o", out, articles); code != exitOK {
		t.Fatalf("first run: exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "leaders_by_source.csv")); err != nil {
		t.Fatalf("the bundled articles should give leaders_by_source.csv: %v", err)
	}
	in := t.TempDir()
	if err := os.WriteFile(filepath.Join(in, "a.txt"), []byte("Mayor Ada Brill said the bridge would reopen.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runBatchIn(t, "-o", out, in); code != exitOK {
		t.Fatalf("second run: exit %d: %s", code, stderr)
	}
	for _, name := range []string{"leaders_by_source.csv", "leaders_by_date.csv", "leader_by_source.png"} {
		if _, err := os.Stat(filepath.Join(out, name)); err == nil {
			t.Errorf("%s from the first run is still there", name)
		}
	}
}

// TestBatchDuplicates runs the bundled articles, then a folder with every
// article twice: exact copies read before the originals, and copies with
// a byline and a copyright line added and a word changed read after.
// The tables must be the single run's, byte for byte, with every copy
// named in articles.csv; --keep-duplicates counts the copies again.
func TestBatchDuplicates(t *testing.T) {
	single := t.TempDir()
	if code, _, stderr := runBatchIn(t, "-o", single, articles); code != exitOK {
		t.Fatalf("single: exit %d: %s", code, stderr)
	}
	in := t.TempDir()
	names := []string{"alaska-summit.txt", "harbor-strike.txt", "ostrava-budget.txt", "columns/calloway-interview.md"}
	for _, name := range names {
		b, err := os.ReadFile(filepath.Join(articles, name))
		if err != nil {
			t.Fatal(err)
		}
		edited := "By Staff Writers, The Example Ledger\n\n" + strings.Replace(string(b), " said ", " told reporters ", 1) + "\n\nCopyright 2026 The Example Ledger. All rights reserved.\n"
		if strings.HasSuffix(name, ".md") {
			edited = strings.Replace(string(b), " said ", " told reporters ", 1)
		}
		for dir, text := range map[string]string{"": string(b), "0-exact": string(b), "zz-syndicated": edited} {
			p := filepath.Join(in, dir, name)
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	once, twice, kept := t.TempDir(), t.TempDir(), t.TempDir()
	for _, run := range []struct {
		out, in string
		flags   []string
	}{{once, "", nil}, {twice, in, nil}, {kept, in, []string{"--keep-duplicates"}}} {
		src := run.in
		if src == "" {
			// The originals alone.
			src = t.TempDir()
			for _, name := range names {
				b, _ := os.ReadFile(filepath.Join(in, name))
				os.MkdirAll(filepath.Dir(filepath.Join(src, name)), 0o755)
				os.WriteFile(filepath.Join(src, name), b, 0o644)
			}
		}
		if code, _, stderr := runBatchIn(t, append(append([]string{"-o", run.out}, run.flags...), src)...); code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
	}
	for _, name := range []string{"leaders.csv", "leader_differences.csv", "speakers.csv"} {
		a, _ := os.ReadFile(filepath.Join(once, name))
		b, _ := os.ReadFile(filepath.Join(twice, name))
		if !bytes.Equal(a, b) {
			t.Errorf("%s with every article three times differs from the single copies':\n%s", name, firstDiff(string(a), string(b)))
		}
	}
	rows := readCSV(t, filepath.Join(twice, "articles.csv"))
	marked := map[string]string{}
	for _, r := range rows[1:] {
		if d := r[len(r)-1]; d != "" {
			marked[r[0]] = d
		}
	}
	if len(marked) != 2*len(names) {
		t.Errorf("%d articles marked as copies, want %d: %v", len(marked), 2*len(names), marked)
	}
	for _, name := range names {
		// The exact copies come first in input order, so the other two
		// name them.
		if got := marked[name]; got != "0-exact/"+name {
			t.Errorf("%s: duplicate = %q, want 0-exact/%s", name, got, name)
		}
		if got := marked["zz-syndicated/"+name]; got != "0-exact/"+name {
			t.Errorf("zz-syndicated/%s: duplicate = %q, want 0-exact/%s", name, got, name)
		}
	}
	a, b := readCSV(t, filepath.Join(once, "leaders.csv")), readCSV(t, filepath.Join(kept, "leaders.csv"))
	if a[1][2] == b[1][2] {
		t.Errorf("--keep-duplicates: %s has %s quotes as with the copies left out", a[1][0], b[1][2])
	}
}
