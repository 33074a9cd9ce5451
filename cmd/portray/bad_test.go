package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// badInputs is the folder of bad inputs that can be kept in git.
const badInputs = "../../testdata/bad"

// copyBad copies testdata/bad into a temporary folder and adds the cases
// that cannot sensibly be kept in git: symbolic links (a loop, a link to
// itself, a broken one), file names with markup and control characters
// and, when huge is set, a 5 MB file of one line and a 9 MiB file.
func copyBad(t *testing.T, huge bool) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "bad")
	err := filepath.WalkDir(badInputs, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(badInputs, p)
		dst := filepath.Join(dir, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("<img src=x onerror=alert(1)>.docx", "PK")
	write("bell\a.docx", "PK")
	for _, l := range [][2]string{{".", "loop"}, {"self.txt", "self.txt"}, {"missing.txt", "broken.txt"}} {
		if err := os.Symlink(l[0], filepath.Join(dir, l[1])); err != nil {
			t.Fatal(err)
		}
	}
	if huge {
		// One line of 5 MB: the sentences of a short report, over and over.
		sentence := "Mayor Ada Brill said the bridge would reopen on Monday, and “it will be finished by May,” she added. "
		write("huge-line.txt", strings.Repeat(sentence, 5<<20/len(sentence)))
		// 9 MiB, over the default limit: a sparse file, so it costs nothing.
		f, err := os.Create(filepath.Join(dir, "too-big.txt"))
		if err != nil {
			t.Fatal(err)
		}
		if err := f.Truncate(9 << 20); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestBatchBadInputs runs the batch on the folder of bad inputs and checks
// every input has its row in articles.csv with the status and reason it
// should, the exit code is 1, and the outputs are safe to open.
func TestBatchBadInputs(t *testing.T) {
	in := copyBad(t, true)
	base := t.TempDir()
	out := filepath.Join(base, "a", "out")
	code, stdout, stderr := runBatchIn(t, "-o", out, in)
	if code != exitInputs {
		t.Fatalf("exit %d, want %d; stderr:\n%s", code, exitInputs, stderr)
	}
	// Feed ids such as "../../etc/passwd" name rows, never paths.
	checkWroteOnlyIn(t, base, out)
	const reads = " (reads .txt, .md, .html, .htm, .jsonl, .csv, .tsv)"
	want := map[string]string{ // article -> "status reason"
		".drafts/":                             "skipped hidden folder",
		".gitattributes":                       "skipped hidden file",
		".hidden.txt":                          "skipped hidden file",
		"<img src=x onerror=alert(1)>.docx":    "skipped unsupported extension .docx" + reads,
		"README":                               "skipped no file extension" + reads,
		"bell\a.docx":                          "skipped unsupported extension .docx" + reads,
		"binary.txt":                           "failed binary file (contains NUL bytes)",
		"blank.md":                             "failed no article text (only blank lines)",
		"broken.txt":                           "failed broken symbolic link (its target does not exist)",
		"cp1251.txt":                           "failed not UTF-8 and not Windows-1252 (most letters would be accented: another legacy encoding)",
		"empty.txt":                            "failed empty file",
		"feed.jsonl#ok-1":                      "ok ",
		"feed.jsonl#line-2":                    "failed line 2: invalid JSON: unexpected end of JSON input",
		"feed.jsonl#no-text":                   `failed line 3: no text field (looked for text, body, content, article, full_text); fields found: "id", "title"; name it with --text-field`,
		"feed.jsonl#line-4":                    `failed line 4: not a JSON object (each line is {"id": ..., "text": ...})`,
		"feed.jsonl#../../etc/passwd":          "ok ",
		"feed.jsonl#ok-1 (line 7)":             "ok ",
		"feed.jsonl#<script>alert(1)</script>": "ok ",
		"feed.jsonl#number-title":              "ok ",
		"feed.jsonl#text-not-string":           `failed line 10: field "text" is a JSON array, not a string`,
		"front-matter-bad-yaml.md":             "failed front matter is not valid YAML: line 1: did not find expected ',' or ']'",
		"front-matter-unclosed.md":             "failed front matter opened with --- is never closed",
		"huge-line.txt":                        "ok ",
		"loop/":                                "skipped symbolic link loop (points back to the input folder)",
		"not-1252.txt":                         "failed not UTF-8 and not Windows-1252 (byte 0x81 at offset 16)",
		"ok-control-chars.txt":                 "ok ",
		"ok-formula.txt":                       "ok ",
		"ok-unclosed-quote.txt":                "ok ",
		"ok-utf16be-bom.txt":                   "ok ",
		"ok-utf16le-bom.txt":                   "ok ",
		"ok-utf8-bom-crlf.txt":                 "ok ",
		"ok-utf8.txt":                          "ok ",
		"ok-windows-1252.txt":                  "ok ",
		"page-without-story.html":              "failed no article text found in the page",
		"report.docx":                          "skipped unsupported extension .docx" + reads,
		"self.txt":                             "skipped symbolic link loop (links that point at each other)",
		"too-big.txt":                          "failed too big: 9 MiB, over the 8 MiB limit",
	}
	rows := readCSV(t, filepath.Join(out, "articles.csv"))
	got := map[string]string{}
	for _, r := range rows[1:] {
		if _, dup := got[r[0]]; dup {
			t.Errorf("two rows for %q", r[0])
		}
		got[r[0]] = r[1] + " " + r[2]
	}
	for _, id := range slices.Sorted(func(yield func(string) bool) {
		for id := range want {
			if !yield(id) {
				return
			}
		}
		for id := range got {
			if _, ok := want[id]; !ok && !yield(id) {
				return
			}
		}
	}) {
		if got[id] != want[id] {
			t.Errorf("%q: got %q, want %q", id, got[id], want[id])
		}
	}
	checkEveryEntryHasRow(t, in, got)
	if !strings.Contains(stdout, "14 articles analysed, 9 skipped, 14 failed") {
		t.Errorf("summary line: %q", stdout)
	}
	checkFailedOnStderr(t, stderr, rows)
	checkSafeOutputs(t, out)
	checkDecoded(t, out)
}

// checkWroteOnlyIn checks that a run whose output folder was out, under
// base/a, wrote files in out and nowhere else under base.
func checkWroteOnlyIn(t *testing.T, base, out string) {
	t.Helper()
	err := filepath.WalkDir(base, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if rel, _ := filepath.Rel(base, p); d.IsDir() && rel != "." && rel != "a" && rel != filepath.Join("a", "out") ||
			!d.IsDir() && filepath.Dir(p) != out {
			t.Errorf("the run wrote %s", rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// checkEveryEntryHasRow checks that every entry of the input folder in has
// a row in got, the rows of articles.csv by article (a JSON feed has one
// per line instead).
func checkEveryEntryHasRow(t *testing.T, in string, got map[string]string) {
	t.Helper()
	entries, err := os.ReadDir(in)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		id := e.Name()
		if e.IsDir() || e.Name() == "loop" {
			id += "/"
		}
		if _, ok := got[id]; !ok && id != "feed.jsonl" {
			t.Errorf("%q has no row in articles.csv", id)
		}
	}
}

// checkFailedOnStderr checks stderr names every failed input, with names
// holding control characters quoted so that they cannot act on a terminal.
func checkFailedOnStderr(t *testing.T, stderr string, rows [][]string) {
	t.Helper()
	for _, r := range rows[1:] {
		if r[1] == "failed" && !strings.Contains(stderr, r[0]+": "+r[2]) {
			t.Errorf("stderr does not name failed input %q with its reason", r[0])
		}
	}
	if !strings.Contains(stderr, strconv.Quote("bell\a.docx")) {
		t.Errorf("stderr does not quote the name with a control character:\n%s", stderr)
	}
	if strings.ContainsFunc(stderr, func(r rune) bool { return unicode.IsControl(r) && r != '\n' }) {
		t.Errorf("stderr holds control characters:\n%q", stderr)
	}
}

// checkSafeOutputs checks that no CSV text cell can run as a spreadsheet
// formula, that the page escapes markup from file names and feed ids, and
// that no temporary file is left.
func checkSafeOutputs(t *testing.T, out string) {
	t.Helper()
	entries, err := os.ReadDir(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("%s left in the output folder", e.Name())
		}
		if !strings.HasSuffix(e.Name(), ".csv") {
			continue
		}
		for i, r := range readCSV(t, filepath.Join(out, e.Name())) {
			for _, cell := range r {
				if _, err := strconv.ParseFloat(cell, 64); err == nil || cell == "" {
					continue
				}
				if strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
					t.Errorf("%s row %d: cell %q could run as a formula", e.Name(), i+1, cell)
				}
			}
		}
	}
	paras := readCSV(t, filepath.Join(out, "paragraphs.csv"))
	found := false
	for _, r := range paras {
		if r[0] == "ok-formula.txt" && r[1] == "1" {
			found = strings.HasPrefix(r[4], `'=HYPERLINK("http://example.com","click")`)
		}
	}
	if !found {
		t.Errorf("paragraphs.csv has no neutralised first paragraph for ok-formula.txt")
	}
	page, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(page), "<img src=x") || !strings.Contains(string(page), "&lt;img src=x onerror=alert(1)&gt;.docx") {
		t.Errorf("index.html does not escape the file name with markup")
	}
	summary, err := os.ReadFile(filepath.Join(out, "summary.md"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(strings.ReplaceAll(string(summary), `\<img src=x`, ""), "<img src=x") || !strings.Contains(string(summary), "bell") {
		t.Errorf("summary.md lists the skipped files with their markup unescaped, or not at all")
	}
}

// checkDecoded checks what the readers made of the encodings: the UTF-16,
// BOM and CRLF versions of an article read the same as the plain one,
// Windows-1252 quotes became curly quotes, control characters are gone, an
// unclosed quotation stays in its paragraph, and the long line was cut.
func checkDecoded(t *testing.T, out string) {
	t.Helper()
	paras := map[string][]string{}
	for _, r := range readCSV(t, filepath.Join(out, "paragraphs.csv"))[1:] {
		paras[r[0]] = append(paras[r[0]], r[4])
	}
	plain := paras["ok-utf8.txt"]
	if len(plain) != 3 {
		t.Fatalf("ok-utf8.txt: %d paragraphs %q, want 3", len(plain), plain)
	}
	for _, id := range []string{"ok-utf8-bom-crlf.txt", "ok-utf16le-bom.txt", "ok-utf16be-bom.txt", "ok-control-chars.txt"} {
		if got := paras[id]; !reflect.DeepEqual(got, plain) {
			t.Errorf("%s reads as %q, want %q", id, got, plain)
		}
	}
	if got := paras["ok-windows-1252.txt"]; len(got) != 2 || got[1] != "“The bridge is finished at last – really,” Brill said." {
		t.Errorf("ok-windows-1252.txt reads as %q", got)
	}
	if got := paras["feed.jsonl#<script>alert(1)</script>"]; !reflect.DeepEqual(got, []string{"Controls and escapes are removed.", "Second line."}) {
		t.Errorf("feed line with control characters reads as %q", got)
	}
	if n := len(paras["huge-line.txt"]); n < 500 {
		t.Errorf("huge-line.txt: %d paragraphs, want the 5 MB line cut into at least 500", n)
	}
	for _, r := range readCSV(t, filepath.Join(out, "quotes.csv"))[1:] {
		if r[0] == "ok-unclosed-quote.txt" && r[1] == "2" && strings.Contains(r[3], "Residents") {
			t.Errorf("the unclosed quotation swallowed the next paragraph: %q", r[3])
		}
	}
}
