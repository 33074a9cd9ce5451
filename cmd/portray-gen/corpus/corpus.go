package corpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"portray/analyze/input"
)

// Source is one article a generated article is made from.
type Source struct {
	// Name is the source's file name, without folders ("feed.jsonl" for a
	// line of a feed); the generated file keeps it after its serial number.
	Name string
	// Data is the raw content: a whole file, or one line of a JSON-lines feed.
	Data []byte
}

// LoadSources lists the files under roots in portray's order (input.Walk)
// and returns each file, and each line of a JSON-lines feed, that portray
// reads as an article. Files portray skips or cannot read are left out: a
// generated corpus is made of articles.
func LoadSources(roots []string) ([]Source, error) {
	files, err := input.Walk(roots, "")
	if err != nil {
		return nil, err
	}
	var out []Source
	err = eachFile(files, func(f input.File, data []byte) error {
		name := filepath.Base(f.Path)
		units := [][]byte{data}
		if strings.EqualFold(filepath.Ext(name), ".jsonl") {
			units = nonEmptyLines(data)
		}
		for _, u := range units {
			if isArticle(name, u) {
				out = append(out, Source{Name: name, Data: u})
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no article under %s", strings.Join(roots, ", "))
	}
	return out, nil
}

// nonEmptyLines splits data into its lines that hold more than spaces, each
// with its newline.
func nonEmptyLines(data []byte) [][]byte {
	var out [][]byte
	for line := range bytes.Lines(data) {
		if len(bytes.TrimSpace(line)) > 0 {
			out = append(out, line)
		}
	}
	return out
}

// isArticle reports whether portray reads data, under name, as exactly one
// article.
func isArticle(name string, data []byte) bool {
	ins, err := input.ReadInputs(name, bytes.NewReader(data))
	return err == nil && len(ins) == 1 && ins[0].Status == input.StatusOK
}

// Varies reports whether Vary changes a file of that name: a text,
// markdown, HTML or JSON-lines file. Tables (.csv, .tsv) are copied as
// they are.
func Varies(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".txt", ".text", ".md", ".html", ".htm", ".jsonl":
		return true
	}
	return false
}

// Vary returns the content of a file named name with one line added, label,
// as a paragraph of its own at the end of the article's text:
//
//   - .txt, .text, .md: after the last line, behind a blank line;
//   - .html, .htm: as a <p> after the last paragraph of the story (the last
//     </p> before </article> or </main>, else the last in the page);
//   - .jsonl: at the end of the "text" of every line (a feed line's article
//     is its text); lines that are not JSON objects with a text stay as
//     they were.
//
// Content of any other type comes back unchanged. label should start with a
// character that is not a lower-case letter, so no reader joins it to the
// line before, and hold no sentence end, capitalised word or quotation
// mark, so portray finds nothing more in the article than one paragraph.
func Vary(name string, data []byte, label string) ([]byte, error) {
	if !Varies(name) {
		return data, nil
	}
	switch strings.ToLower(path.Ext(name)) {
	case ".txt", ".text", ".md":
		out := bytes.TrimRight(data, " \t\r\n")
		out = append(out[:len(out):len(out)], "\n\n"+label+"\n"...)
		return out, nil
	case ".html", ".htm":
		return varyHTML(data, label), nil
	case ".jsonl":
		return varyJSONL(data, label)
	}
	return data, nil
}

// varyHTML adds label as a paragraph after the story's last paragraph.
func varyHTML(data []byte, label string) []byte {
	lower := bytes.ToLower(data)
	end := len(lower)
	for _, tag := range []string{"</article>", "</main>"} {
		if i := bytes.Index(lower, []byte(tag)); i >= 0 && i < end {
			end = i
		}
	}
	at := bytes.LastIndex(lower[:end], []byte("</p>"))
	if at < 0 {
		at = bytes.LastIndex(lower, []byte("</p>"))
	}
	if at >= 0 {
		at += len("</p>")
	} else if at = bytes.LastIndex(lower, []byte("</body>")); at < 0 {
		at = len(data)
	}
	p := "\n<p>" + htmlEscape(label) + "</p>\n"
	out := make([]byte, 0, len(data)+len(p))
	out = append(out, data[:at]...)
	out = append(out, p...)
	return append(out, data[at:]...)
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// varyJSONL adds label to the text of every line of a feed.
func varyJSONL(data []byte, label string) ([]byte, error) {
	var out bytes.Buffer
	for line := range bytes.Lines(data) {
		body := bytes.TrimRight(line, "\r\n")
		var obj map[string]json.RawMessage
		var text string
		if json.Unmarshal(body, &obj) != nil || json.Unmarshal(obj["text"], &text) != nil {
			out.Write(line)
			continue
		}
		enc, err := marshalNoEscape(strings.TrimRight(text, " \t\r\n") + "\n\n" + label)
		if err != nil {
			return nil, err
		}
		obj["text"] = enc
		if enc, err = marshalNoEscape(obj); err != nil {
			return nil, err
		}
		out.Write(enc)
		out.WriteByte('\n')
	}
	return out.Bytes(), nil
}

// marshalNoEscape encodes v as JSON on one line, leaving <, > and & as they are.
func marshalNoEscape(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}

// Options say how many articles Generate writes. At least one of Articles
// and Size must be set; with both, it stops at whichever comes first.
type Options struct {
	// Articles is how many articles to write; 0 for no limit.
	Articles int
	// Size is the most bytes to write in all; 0 for no limit. Generation
	// stops before the article that would go beyond it.
	Size int64
	// Seed picks the sources; the same seed and sources give the same corpus.
	Seed uint64
}

// Stats is what a corpus holds.
type Stats struct {
	// Files is the number of files written.
	Files int
	// Bytes is their total size.
	Bytes int64
}

// perFolder is how many generated articles share a folder.
const perFolder = 1000

// GenerateLabel is the line Generate adds to article serial (from 1) of
// the corpus made with seed.
func GenerateLabel(serial int, seed uint64) string {
	return fmt.Sprintf("(generated article %d, seed %d)", serial, seed)
}

// Generate writes articles into dir, which must be empty or not exist yet.
// Article n (from 1) is a source picked at random, with GenerateLabel(n,
// seed) added by Vary, written as NNNN/NNNNNNN-name: a thousand articles to
// a folder, serial number first, the source's name and format kept.
func Generate(dir string, sources []Source, opt Options) (Stats, error) {
	var st Stats
	if len(sources) == 0 {
		return st, errors.New("generate: no source articles")
	}
	if opt.Articles <= 0 && opt.Size <= 0 {
		return st, errors.New("generate: give a number of articles or a size")
	}
	if err := emptyDir(dir); err != nil {
		return st, err
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x706f7274726179)) // "portray"
	for n := 1; opt.Articles <= 0 || n <= opt.Articles; n++ {
		src := sources[rng.IntN(len(sources))]
		data, err := Vary(src.Name, src.Data, GenerateLabel(n, opt.Seed))
		if err != nil {
			return st, fmt.Errorf("generate from %s: %w", src.Name, err)
		}
		if opt.Size > 0 && st.Bytes+int64(len(data)) > opt.Size {
			break
		}
		sub := filepath.Join(dir, fmt.Sprintf("%04d", (n-1)/perFolder))
		if (n-1)%perFolder == 0 {
			if err := os.Mkdir(sub, 0o755); err != nil {
				return st, fmt.Errorf("generate: %w", err)
			}
		}
		name := filepath.Join(sub, fmt.Sprintf("%07d-%s", n, src.Name))
		if err := os.WriteFile(name, data, 0o644); err != nil {
			return st, fmt.Errorf("generate: %w", err)
		}
		st.Files++
		st.Bytes += int64(len(data))
	}
	if st.Files == 0 {
		return st, fmt.Errorf("generate: no article fits in %d bytes", opt.Size)
	}
	return st, nil
}

// CopyLabel is the line Copy adds to every file of copy k (from 1) of n.
func CopyLabel(k, n int) string {
	return fmt.Sprintf("(corpus copy %d of %d)", k, n)
}

// Copy writes n copies of every file under root into dir, which must be
// empty or not exist yet. Copy k of a file sub/name is sub/cK-name, K
// zero-padded to the width of n, so the folder keeps root's shape, stays
// flat when root is flat, and lists copy 1 of every file in a folder before
// copy 2: a repeated text recurs only after a whole copy of the folder, as
// far apart as the files allow. Each copy's articles have
// CopyLabel(k, n) added by Vary; files portray does not read are copied as
// they are, and hidden files not at all.
func Copy(dir, root string, n int) (Stats, error) {
	var st Stats
	if n < 1 {
		return st, fmt.Errorf("copy: the number of copies must be at least 1, got %d", n)
	}
	files, err := input.Walk([]string{root}, "")
	if err != nil {
		return st, err
	}
	if err := emptyDir(dir); err != nil {
		return st, err
	}
	width := len(strconv.Itoa(n))
	err = eachFile(files, func(f input.File, data []byte) error {
		sub, name := path.Split(f.ID)
		if err := os.MkdirAll(filepath.Join(dir, filepath.FromSlash(sub)), 0o755); err != nil {
			return fmt.Errorf("copy: %w", err)
		}
		for k := 1; k <= n; k++ {
			out, err := Vary(name, data, CopyLabel(k, n))
			if err != nil {
				return fmt.Errorf("copy %s: %w", f.Path, err)
			}
			to := filepath.Join(dir, filepath.FromSlash(sub), fmt.Sprintf("c%0*d-%s", width, k, name))
			if err := os.WriteFile(to, out, 0o644); err != nil {
				return fmt.Errorf("copy: %w", err)
			}
			st.Files++
			st.Bytes += int64(len(out))
		}
		return nil
	})
	return st, err
}

// eachFile calls fn with every file of a walk that portray does not skip,
// in order, and the file's contents.
func eachFile(files []input.File, fn func(input.File, []byte) error) error {
	for _, f := range files {
		if f.Skip != "" {
			continue
		}
		data, err := os.ReadFile(f.Path)
		if err != nil {
			return fmt.Errorf("read %s: %w", f.Path, err)
		}
		if err := fn(f, data); err != nil {
			return err
		}
	}
	return nil
}

// emptyDir makes sure dir exists and holds nothing, so a corpus is never
// mixed with other files.
func emptyDir(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("output folder: %w", err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("output folder: %w", err)
	}
	if len(entries) > 0 {
		return fmt.Errorf("output folder %s is not empty", dir)
	}
	return nil
}

// ParseSize reads a size such as "1GB", "500MB", "1.5 GiB" or "4096": a
// number with an optional unit B, KB, MB, GB, TB (powers of 1000) or KiB,
// MiB, GiB, TiB (powers of 1024), in any case.
func ParseSize(s string) (int64, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	i := strings.IndexFunc(t, func(r rune) bool { return (r < '0' || r > '9') && r != '.' })
	num, unit := t, ""
	if i >= 0 {
		num, unit = t[:i], strings.TrimSpace(t[i:])
	}
	mult, ok := map[string]float64{
		"": 1, "b": 1,
		"kb": 1e3, "mb": 1e6, "gb": 1e9, "tb": 1e12,
		"kib": 1 << 10, "mib": 1 << 20, "gib": 1 << 30, "tib": 1 << 40,
	}[unit]
	v, err := strconv.ParseFloat(num, 64)
	if !ok || err != nil || v <= 0 {
		return 0, fmt.Errorf("size %q: want a positive number with an optional unit (B, KB, MB, GB, TB, KiB, MiB, GiB, TiB)", s)
	}
	return int64(v * mult), nil
}
