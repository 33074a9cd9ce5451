package report

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"portray/analyze/attrib"
	"portray/analyze/input"
)

// snapshot returns every file under dir (slash paths) with its content.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if d.IsDir() {
			if rel != "." {
				out[filepath.ToSlash(rel)+"/"] = ""
			}
			return nil
		}
		data, err := os.ReadFile(p)
		out[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// sameFiles reports how two snapshots differ, or "" when they are equal.
func sameFiles(want, got map[string]string) string {
	var diffs []string
	for _, name := range slices.Sorted(maps.Keys(want)) {
		if g, ok := got[name]; !ok {
			diffs = append(diffs, name+" is gone")
		} else if g != want[name] {
			diffs = append(diffs, name+" changed")
		}
	}
	for _, name := range slices.Sorted(maps.Keys(got)) {
		if _, ok := want[name]; !ok {
			diffs = append(diffs, name+" is new")
		}
	}
	return strings.Join(diffs, "; ")
}

// writeRun writes one run with an article of the given id (and source, so
// that the optional by-source files appear) into dir.
func writeRun(t *testing.T, dir, id, source string, rename func(string, string) error) error {
	t.Helper()
	w, err := NewWriter(dir, Options{TopLeaders: 3})
	if err != nil {
		t.Fatal(err)
	}
	if rename != nil {
		w.rename = rename
	}
	r := result(id, []attrib.Quote{quote("Ada Brill", "We are ready.", 0.4)}, []attrib.Mention{mention("Ada Brill", 0.2)})
	r.Article.Source = source
	if err := w.Add(r); err != nil {
		t.Fatal(err)
	}
	if err := w.AddInput(input.Input{Article: input.Article{ID: "x.docx"}, Status: input.StatusSkipped, Reason: "unsupported extension .docx"}); err != nil {
		t.Fatal(err)
	}
	return w.CloseContext(t.Context())
}

// TestWriterCommitAllOrNothing makes one move of the second run fail (the
// first, one in the middle, the last, the removal of a stale optional file)
// and checks the folder holds the first run's files, unchanged, and no
// temporary folder.
func TestWriterCommitAllOrNothing(t *testing.T) {
	tests := []struct {
		name string
		fail func(oldpath, newpath string, n int) bool // whether the n-th rename (1-based) fails
	}{
		{"first move", func(_, _ string, n int) bool { return n == 1 }},
		{"a move in the middle", func(_, newpath string, _ int) bool { return filepath.Base(newpath) == "leaders.csv" }},
		{"the last move", func(_, newpath string, _ int) bool { return filepath.Base(newpath) == "tone_mix.svg" }},
		{"setting aside a stale optional file", func(oldpath, _ string, _ int) bool { return filepath.Base(oldpath) == "leaders_by_source.csv" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := writeRun(t, dir, "first.txt", "The Herald", nil); err != nil {
				t.Fatal(err)
			}
			before := snapshot(t, dir)
			if _, ok := before["leaders_by_source.csv"]; !ok {
				t.Fatalf("the first run wrote no leaders_by_source.csv: %v", slices.Sorted(maps.Keys(before)))
			}
			n, failed := 0, false
			rename := func(oldpath, newpath string) error {
				n++
				if !failed && tt.fail(oldpath, newpath, n) {
					failed = true
					return &os.LinkError{Op: "rename", Old: oldpath, New: newpath, Err: errors.New("disk on fire")}
				}
				return os.Rename(oldpath, newpath)
			}
			// The second run has no source: its commit also takes away
			// the first run's by-source files.
			err := writeRun(t, dir, "second.txt", "", rename)
			if !failed {
				t.Fatalf("the rename to fail was never made (%d renames); Close: %v", n, err)
			}
			if err == nil || !strings.Contains(err.Error(), "disk on fire") {
				t.Fatalf("Close: %v, want the failed move", err)
			}
			if d := sameFiles(before, snapshot(t, dir)); d != "" {
				t.Errorf("after a failed commit: %s", d)
			}
		})
	}
}

// TestWriterCommitReplaces checks a successful second run replaces the
// first's files, removes its stale optional files and leaves no temporary
// folder.
func TestWriterCommitReplaces(t *testing.T) {
	dir := t.TempDir()
	if err := writeRun(t, dir, "first.txt", "The Herald", nil); err != nil {
		t.Fatal(err)
	}
	if err := writeRun(t, dir, "second.txt", "", nil); err != nil {
		t.Fatal(err)
	}
	after := snapshot(t, dir)
	for name := range after {
		if strings.HasPrefix(name, tmpPrefix) || strings.Contains(name, "by_source") {
			t.Errorf("%s left in the folder", name)
		}
	}
	if a := after["articles.csv"]; !strings.Contains(a, "second.txt") || strings.Contains(a, "first.txt") {
		t.Errorf("articles.csv is not the second run's:\n%s", a)
	}
}

func TestWriterCloseCancelled(t *testing.T) {
	dir := t.TempDir()
	if err := writeRun(t, dir, "first.txt", "", nil); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, dir)
	w, err := NewWriter(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Add(result("second.txt", nil, nil)); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := w.CloseContext(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("CloseContext(cancelled) = %v, want context.Canceled", err)
	}
	if d := sameFiles(before, snapshot(t, dir)); d != "" {
		t.Errorf("after a cancelled close: %s", d)
	}
}

func TestNewWriterFolders(t *testing.T) {
	base := t.TempDir()
	file := filepath.Join(base, "a-file")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	readOnly := filepath.Join(base, "read-only")
	if err := os.Mkdir(readOnly, 0o555); err != nil {
		t.Fatal(err)
	}
	_, probe := os.CreateTemp(readOnly, "probe")
	tests := []struct {
		name, dir, want string
		skip            bool
	}{
		{"under a file", filepath.Join(file, "out"), "cannot create it", false},
		{"a file", file, "cannot create it", false},
		{"read-only folder", readOnly, "cannot write in it", probe == nil}, // permissions do not bind root
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.skip {
				t.Skip("this user can write in read-only folders")
			}
			w, err := NewWriter(tt.dir, Options{})
			if err == nil {
				w.Abort()
				t.Fatalf("NewWriter(%s) succeeded", tt.dir)
			}
			if !strings.Contains(err.Error(), tt.dir) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not name %s and say %q", err, tt.dir, tt.want)
			}
		})
	}
}

func TestWriterAbort(t *testing.T) {
	base := t.TempDir()
	// A folder the writer created goes with Abort; one that was there stays.
	created := filepath.Join(base, "new", "out")
	w, err := NewWriter(created, Options{})
	if err != nil {
		t.Fatal(err)
	}
	w.Abort()
	if _, err := os.Stat(created); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Abort left the folder it created: %v", err)
	}
	existing := filepath.Join(base, "old")
	if err := os.MkdirAll(existing, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(existing, "articles.csv"), []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, existing)
	if w, err = NewWriter(existing, Options{}); err != nil {
		t.Fatal(err)
	}
	w.Abort()
	if d := sameFiles(before, snapshot(t, existing)); d != "" {
		t.Errorf("after Abort: %s", d)
	}
}

func TestNewWriterRemovesStaleTemporaryFolders(t *testing.T) {
	dir := t.TempDir()
	stale := filepath.Join(dir, tmpPrefix+"12345")
	if err := os.MkdirAll(filepath.Join(stale, previousDir), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(stale, "quotes.csv"), []byte("half"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := writeRun(t, dir, "a.txt", "", nil); err != nil {
		t.Fatal(err)
	}
	for name := range snapshot(t, dir) {
		if strings.HasPrefix(name, tmpPrefix) {
			t.Errorf("%s left in the folder", name)
		}
	}
}

// TestWriterWorkers checks that the files of a run do not depend on how
// many goroutines the report uses: more articles than one batch of the
// per-article table, with sources and dates, written with 1 and 3
// workers. The page embeds the very charts written.
func TestWriterWorkers(t *testing.T) {
	results := fixtureResults()
	for i := range articleBatch + 3 {
		r := result(fmt.Sprintf("extra-%03d.txt", i), []attrib.Quote{quote("Ada Brill", "We are ready.", float64(i%7)/7-0.4)},
			[]attrib.Mention{mention("Bo Castellano", float64(i%5)/5-0.3), mention("Ada Brill", 0.1)})
		r.Article.Date = fmt.Sprintf("2024-01-%02d", 1+i%28)
		results = append(results, r)
	}
	var runs []map[string]string
	for _, workers := range []int{1, 3} {
		dir := t.TempDir()
		w, err := NewWriter(dir, Options{TopLeaders: 3, Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range results {
			if err := w.Add(r); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.CloseContext(t.Context()); err != nil {
			t.Fatal(err)
		}
		runs = append(runs, snapshot(t, dir))
	}
	if _, ok := runs[0]["leaders_by_date.csv"]; !ok {
		t.Fatal("no leaders_by_date.csv")
	}
	if d := sameFiles(runs[0], runs[1]); d != "" {
		t.Errorf("3 workers against 1: %s", d)
	}
	checkPageCharts(t, runs[1])
}
