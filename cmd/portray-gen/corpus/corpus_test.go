package corpus

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"portray/analyze"
	"portray/analyze/input"
	"portray/analyze/tone"
)

const bundled = "../../../testdata/articles"

func loadBundled(t *testing.T) []Source {
	t.Helper()
	srcs, err := LoadSources([]string{bundled})
	if err != nil {
		t.Fatal(err)
	}
	return srcs
}

func TestLoadSources(t *testing.T) {
	srcs := loadBundled(t)
	names := map[string]int{}
	for _, s := range srcs {
		names[s.Name]++
		if !isArticle(s.Name, s.Data) {
			t.Errorf("source %s is not an article", s.Name)
		}
	}
	if names["caption-list.csv"] != 0 {
		t.Error("a file portray skips became a source")
	}
	for _, n := range []string{"alaska-summit.txt", "calloway-interview.md", "varga-summit.html"} {
		if names[n] != 1 {
			t.Errorf("%s: %d sources, want 1", n, names[n])
		}
	}
	feed, err := os.ReadFile(filepath.Join(bundled, "wire", "feed.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if want := len(nonEmptyLines(feed)); want < 2 || names["feed.jsonl"] != want {
		t.Errorf("feed.jsonl: %d sources, want one per line (%d)", names["feed.jsonl"], want)
	}
	if _, err := LoadSources([]string{filepath.Join(bundled, "photos")}); err == nil {
		t.Error("a folder without articles gave no error")
	}
}

// analyzed reads content as portray does and analyses each article in it.
func analyzed(t *testing.T, an *analyze.Analyzer, name string, data []byte) []analyze.Result {
	t.Helper()
	ins, err := input.ReadInputs(name, bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	var out []analyze.Result
	for _, in := range ins {
		if in.Status != input.StatusOK {
			t.Fatalf("%s: %s: %s", name, in.Status, in.Reason)
		}
		out = append(out, an.Analyze(in.Article))
	}
	return out
}

// TestVaryAddsOneParagraphOnly checks, on every bundled format, that the
// added line reaches the article's text as one more paragraph and changes
// nothing portray finds: the same quotations, mentions and people.
func TestVaryAddsOneParagraphOnly(t *testing.T) {
	sc, err := tone.New()
	if err != nil {
		t.Fatal(err)
	}
	an := &analyze.Analyzer{Tone: sc}
	formats := map[string]bool{}
	for _, src := range loadBundled(t) {
		formats[filepath.Ext(src.Name)] = true
		label := GenerateLabel(123456, 7)
		varied, err := Vary(src.Name, src.Data, label)
		if err != nil {
			t.Fatalf("%s: %v", src.Name, err)
		}
		before, after := analyzed(t, an, src.Name, src.Data), analyzed(t, an, src.Name, varied)
		if len(before) != 1 || len(after) != 1 {
			t.Fatalf("%s: %d articles before, %d after; want 1", src.Name, len(before), len(after))
		}
		b, a := before[0], after[0]
		last := a.Paragraphs[len(a.Paragraphs)-1]
		if last.Text != label || len(a.Paragraphs) != len(b.Paragraphs)+1 {
			t.Errorf("%s: %d paragraphs after, %d before, last %q; want the label as one more", src.Name, len(a.Paragraphs), len(b.Paragraphs), last.Text)
		}
		if len(a.Quotes) != len(b.Quotes) || len(a.Mentions) != len(b.Mentions) || !reflect.DeepEqual(a.People, b.People) {
			t.Errorf("%s: the label changed the findings: quotes %d→%d, mentions %d→%d, people %d→%d",
				src.Name, len(b.Quotes), len(a.Quotes), len(b.Mentions), len(a.Mentions), len(b.People), len(a.People))
		}
	}
	for _, ext := range []string{".txt", ".md", ".html", ".jsonl"} {
		if !formats[ext] {
			t.Errorf("no bundled %s source to check", ext)
		}
	}
}

func TestVaryShapes(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
	}{
		{"a.txt", "One.\nTwo.\n\n\n", "One.\nTwo.\n\n(x)\n"},
		{"a.txt", "No newline.", "No newline.\n\n(x)\n"},
		{"a.md", "---\ntitle: T\n---\nBody.\n", "---\ntitle: T\n---\nBody.\n\n(x)\n"},
		{"a.html", "<article><p>A.</p><p>B.</p></article><footer><p>F.</p></footer>",
			"<article><p>A.</p><p>B.</p>\n<p>(x)</p>\n</article><footer><p>F.</p></footer>"},
		{"a.htm", "<BODY>text</BODY>", "<BODY>text\n<p>(x)</p>\n</BODY>"},
		{"a.jsonl", `{"id":"1","text":"A <b> & c. "}` + "\nnot json\n" + `{"id":"2"}` + "\n",
			`{"id":"1","text":"A <b> & c.\n\n(x)"}` + "\nnot json\n" + `{"id":"2"}` + "\n"},
		{"a.csv", "a,b\n", "a,b\n"},
	} {
		got, err := Vary(c.name, []byte(c.in), "(x)")
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
		} else if string(got) != c.want {
			t.Errorf("Vary(%s, %q)\n got  %q\n want %q", c.name, c.in, got, c.want)
		}
	}
	// The source's bytes are never written over.
	src := []byte("Body.\n\n\n\n")
	Vary("a.txt", src[:6], "(x)")
	if string(src) != "Body.\n\n\n\n" {
		t.Errorf("Vary changed its input: %q", src)
	}
}

// tree reads every file under dir: path under dir -> content.
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestGenerate(t *testing.T) {
	srcs := loadBundled(t)
	dir := t.TempDir()
	gen := func(name string, opt Options) (Stats, map[string]string) {
		t.Helper()
		st, err := Generate(filepath.Join(dir, name), srcs, opt)
		if err != nil {
			t.Fatal(err)
		}
		return st, tree(t, filepath.Join(dir, name))
	}
	st, a := gen("a", Options{Articles: 1500, Seed: 1})
	_, a2 := gen("a2", Options{Articles: 1500, Seed: 1})
	_, b := gen("b", Options{Articles: 1500, Seed: 2})
	if st.Files != 1500 || len(a) != 1500 {
		t.Fatalf("wrote %d files (%d found), want 1500", st.Files, len(a))
	}
	if !reflect.DeepEqual(a, a2) {
		t.Error("the same seed gave two corpora")
	}
	if reflect.DeepEqual(a, b) {
		t.Error("two seeds gave the same corpus")
	}
	seen := map[string]string{}
	var total int64
	used := map[string]bool{}
	for name, content := range a {
		if other, ok := seen[content]; ok {
			t.Fatalf("%s and %s are the same", name, other)
		}
		seen[content] = name
		total += int64(len(content))
		used[name[strings.IndexByte(name, '-')+1:]] = true
		if !isArticle(name, []byte(content)) {
			t.Errorf("%s is not an article", name)
		}
	}
	if total != st.Bytes {
		t.Errorf("stats say %d bytes, files hold %d", st.Bytes, total)
	}
	if len(used) < 6 {
		t.Errorf("only %d of the sources' files were used: %v", len(used), used)
	}
	for _, name := range []string{"0000/0000001-", "0000/0001000-", "0001/0001001-", "0001/0001500-"} {
		found := false
		for n := range a {
			found = found || strings.HasPrefix(n, name)
		}
		if !found {
			t.Errorf("no file %s*", name)
		}
	}

	// A size stops generation before the article that would go beyond it.
	st, c := gen("c", Options{Size: 100_000, Seed: 1})
	if st.Bytes > 100_000 || st.Bytes < 100_000-10_000 || len(c) != st.Files {
		t.Errorf("size 100000: wrote %d bytes in %d files", st.Bytes, st.Files)
	}
	// Both limits: the first reached wins, and the corpus is a prefix of the larger one.
	st, d := gen("d", Options{Articles: 5, Size: 1 << 30, Seed: 1})
	if st.Files != 5 {
		t.Errorf("5 articles under 1 GiB: wrote %d", st.Files)
	}
	for name, content := range d {
		if a[name] != content {
			t.Errorf("%s differs from the same serial of a longer run", name)
		}
	}

	if _, err := Generate(filepath.Join(dir, "a"), srcs, Options{Articles: 1}); err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Errorf("generating into a full folder: %v", err)
	}
	if _, err := Generate(filepath.Join(dir, "e"), srcs, Options{}); err == nil {
		t.Error("no limit gave no error")
	}
	if _, err := Generate(filepath.Join(dir, "f"), srcs, Options{Size: 10}); err == nil {
		t.Error("a size no article fits in gave no error")
	}
}

func TestCopy(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "copies")
	st, err := Copy(dir, bundled, 3)
	if err != nil {
		t.Fatal(err)
	}
	src, got := tree(t, bundled), tree(t, dir)
	if st.Files != 3*len(src) || len(got) != st.Files {
		t.Fatalf("wrote %d files (%d found) from %d, want 3 copies", st.Files, len(got), len(src))
	}
	for id, content := range src {
		sub, name := filepath.Split(id)
		var copies []string
		for k := 1; k <= 3; k++ {
			c, ok := got[sub+"c"+string(rune('0'+k))+"-"+name]
			if !ok {
				t.Fatalf("no copy %d of %s", k, id)
			}
			copies = append(copies, c)
		}
		if !Varies(name) {
			if copies[0] != content || copies[2] != content {
				t.Errorf("%s is not varied and was changed", id)
			}
			continue
		}
		if copies[0] == copies[1] || copies[1] == copies[2] || copies[0] == content {
			t.Errorf("%s: copies are not all distinct", id)
		}
		if !strings.Contains(copies[1], CopyLabel(2, 3)) {
			t.Errorf("%s: copy 2 lacks its label", id)
		}
	}
	// portray reads every copy as it reads the original.
	files, err := input.Walk([]string{dir}, "")
	if err != nil {
		t.Fatal(err)
	}
	status := map[input.Status]int{}
	for _, f := range files {
		for _, in := range input.ReadFile(f) {
			status[in.Status]++
		}
	}
	if status[input.StatusFailed] != 0 || status[input.StatusSkipped] != 3 || status[input.StatusOK] < 3*6 {
		t.Errorf("reading the copies: %v", status)
	}

	// Ten copies or more pad the copy number, so listing order is copy order.
	st, err = Copy(filepath.Join(t.TempDir(), "ten"), filepath.Join(bundled, "harbor-strike.txt"), 10)
	if err != nil || st.Files != 10 {
		t.Fatalf("10 copies of one file: %d files, %v", st.Files, err)
	}
	if _, err := Copy(dir, bundled, 1); err == nil {
		t.Error("copying into a full folder gave no error")
	}
	if _, err := Copy(filepath.Join(t.TempDir(), "x"), bundled, 0); err == nil {
		t.Error("0 copies gave no error")
	}
	if _, err := Copy(filepath.Join(t.TempDir(), "x"), "no-such-folder", 1); err == nil {
		t.Error("a missing folder gave no error")
	}
}

func TestParseSize(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int64
	}{
		{"1GB", 1_000_000_000}, {"500mb", 500_000_000}, {"1.5 GiB", 3 << 29}, {"4096", 4096},
		{"64KiB", 65536}, {"2kb", 2000}, {"10B", 10}, {" 1 TB ", 1_000_000_000_000},
	} {
		if got, err := ParseSize(c.in); err != nil || got != c.want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", c.in, got, err, c.want)
		}
	}
	for _, bad := range []string{"", "GB", "1XB", "-1MB", "0", "1.2.3MB"} {
		if _, err := ParseSize(bad); err == nil {
			t.Errorf("ParseSize(%q) gave no error", bad)
		}
	}
}
