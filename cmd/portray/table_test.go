package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeFiles writes files (name -> content) into a new folder and returns it.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestBatchTables runs the batch on CSV, TSV and JSON-lines exports and
// checks that each row or line has its row in articles.csv, with the
// fields found by name or as given, and that many lines failing alike are
// counted on stderr rather than each listed.
func TestBatchTables(t *testing.T) {
	story := `Elena Varga said the budget was \"a disaster\". Critics praised Idris Calloway.`
	var bad strings.Builder
	for i := range 50 {
		fmt.Fprintf(&bad, `{"id":"b%d","headline":"H","summary":"S"}`+"\n", i)
	}
	in := writeFiles(t, map[string]string{
		"a.csv":   "title,text,date,source\n\"One\",\"" + strings.ReplaceAll(story, `\"`, `""`) + "\nA second paragraph.\",12/10/2016,Herald\nTwo,Short text here.,1476230400,Wire\n",
		"b.csv":   "titel;body;datum\nDrei;Elena Varga spoke.;12.10.2016\n",
		"c.tsv":   "id\tcontent\tpublished\nx1\tIdris Calloway spoke.\tOctober 2016\n",
		"d.jsonl": `{"id":"j1","content":"` + story + `","published_at":"2016-10-12T10:00:00Z","source":{"name":"Post"}}` + "\n",
		"e.jsonl": bad.String(),
	})
	out := t.TempDir()
	code, stdout, stderr := runBatchIn(t, "-o", out, in)
	if code != exitInputs {
		t.Fatalf("exit %d, want %d: %s", code, exitInputs, stderr)
	}
	if !strings.Contains(stdout, "5 articles analysed, 0 skipped, 50 failed") {
		t.Errorf("stdout: %q", stdout)
	}
	if n := strings.Count(stderr, "e.jsonl#"); n != 3 {
		t.Errorf("stderr lists %d lines of e.jsonl, want 3 and a count:\n%s", n, stderr)
	}
	if !strings.Contains(stderr, "... and 47 more failed in e.jsonl for the same reason") ||
		!strings.Contains(stderr, `fields found: "headline", "id", "summary"`) {
		t.Errorf("stderr does not count the rest or name the fields found:\n%s", stderr)
	}
	rows := readCSV(t, filepath.Join(out, "articles.csv"))
	got := map[string][]string{}
	for _, r := range rows[1:] {
		got[r[0]] = r
	}
	if len(rows)-1 != 55 || len(got) != 55 {
		t.Errorf("%d rows (%d ids) in articles.csv, want 55", len(rows)-1, len(got))
	}
	h := rows[0]
	for id, want := range map[string][4]string{ // status, format, date, date_given
		"a.csv#row-1": {"ok", "csv", "2016-12-10", "12/10/2016"},
		"a.csv#row-2": {"ok", "csv", "2016-10-12", "1476230400"},
		"b.csv#row-1": {"ok", "csv", "2016-10-12", "12.10.2016"},
		"c.tsv#x1":    {"ok", "tsv", "2016-10", "October 2016"},
		"d.jsonl#j1":  {"ok", "jsonl", "2016-10-12", "2016-10-12T10:00:00Z"},
		"e.jsonl#b49": {"failed", "jsonl", "", ""},
	} {
		r := got[id]
		if r == nil {
			t.Errorf("no row for %s", id)
			continue
		}
		if g := [4]string{r[col(rows, "status")], r[col(rows, "format")], r[col(rows, "date")], r[col(rows, "date_given")]}; g != want {
			t.Errorf("%s: status, format, date, date_given = %q, want %q (header %q)", id, g, want, h)
		}
	}
	if r := got["d.jsonl#j1"]; r != nil && r[col(rows, "source")] != "Post" {
		t.Errorf("d.jsonl#j1 source %q, want Post", r[col(rows, "source")])
	}
}

// TestBatchTextField checks --text-field and --field name the columns of
// a table whose names portray does not know.
func TestBatchTextField(t *testing.T) {
	in := writeFiles(t, map[string]string{"x.csv": "head,story_body,when\nH,Elena Varga spoke at length.,2016-10-12\n"})
	for _, tc := range []struct {
		args   []string
		code   int
		status string
	}{
		{nil, exitInputs, ""}, // the table is skipped: no article
		{[]string{"--text-field", "story_body"}, exitOK, "ok"},
		{[]string{"--field", "text=Story Body", "--field", "date=when"}, exitOK, "ok"},
	} {
		out := t.TempDir()
		code, _, stderr := runBatchIn(t, append(append([]string{"-o", out}, tc.args...), in)...)
		if code != tc.code {
			t.Errorf("%q: exit %d, want %d: %s", tc.args, code, tc.code, stderr)
			continue
		}
		if tc.code == exitInputs {
			if !strings.Contains(stderr, `columns found: "head", "story_body", "when"`) {
				t.Errorf("stderr does not list the columns:\n%s", stderr)
			}
			continue
		}
		rows := readCSV(t, filepath.Join(out, "articles.csv"))
		if len(rows) != 2 || rows[1][col(rows, "status")] != tc.status {
			t.Errorf("%q: rows %q", tc.args, rows)
		}
	}
	for _, bad := range [][]string{{"--field", "text"}, {"--field", "colour=x"}, {"--top", "0"}} {
		if code, _, stderr := runBatchIn(t, append(bad, "-o", t.TempDir(), in)...); code != exitFatal || !strings.Contains(stderr, bad[0]) {
			t.Errorf("%q: exit %d, stderr %q; want %d naming the flag", bad, code, stderr, exitFatal)
		}
	}
}

// TestBatchTableWorkers checks that the rows of one table, analysed on
// several workers at once, give the same files as on one.
func TestBatchTableWorkers(t *testing.T) {
	var b strings.Builder
	b.WriteString("id,text\n")
	for i, name := range []string{"harbor-strike.txt", "ostrava-budget.txt", "alaska-summit.txt", "harbor-strike.txt", "ostrava-budget.txt"} {
		text, err := os.ReadFile(filepath.Join(articles, name))
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "r%d,\"%s\"\n", i, strings.ReplaceAll(string(text), `"`, `""`))
	}
	in := writeFiles(t, map[string]string{"rows.csv": b.String()})
	var first map[string][]byte
	for _, j := range []string{"1", "4"} {
		out := t.TempDir()
		if code, _, stderr := runBatchIn(t, "-j", j, "-o", out, in); code != exitOK {
			t.Fatalf("-j %s: exit %d: %s", j, code, stderr)
		}
		files := readAll(t, out)
		delete(files, "run.json")
		if first == nil {
			first = files
			if rows := readCSV(t, filepath.Join(out, "articles.csv")); len(rows) != 6 {
				t.Fatalf("%d rows in articles.csv, want 5 and the header", len(rows))
			}
			continue
		}
		for name, data := range first {
			if string(files[name]) != string(data) {
				t.Errorf("%s differs between -j 1 and -j %s", name, j)
			}
		}
	}
}
