package input

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"go.yaml.in/yaml/v3"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
	"golang.org/x/text/transform"
)

// Formats maps each file extension portray reads to the name of its reader.
var Formats = map[string]string{
	".txt":   "txt",
	".text":  "txt",
	".md":    "md",
	".html":  "html",
	".htm":   "html",
	".jsonl": "jsonl",
	".csv":   "csv",
	".tsv":   "tsv",
}

// DefaultMaxSize is the largest article read when ReadOptions.MaxSize is
// zero, in bytes: a text, markdown or HTML file, or one line of a feed.
const DefaultMaxSize = 8 << 20

// ReadOptions bound what ReadFileWith reads.
type ReadOptions struct {
	// MaxSize is the largest article in bytes (a file, or one line of a
	// feed); a larger one fails with its size. Zero means DefaultMaxSize.
	MaxSize int64
	// Fields names the fields of CSV rows and JSON lines that hold each
	// part of an article; a field not named is found by its usual names.
	Fields FieldNames
}

func (o ReadOptions) maxSize() int64 {
	if o.MaxSize <= 0 {
		return DefaultMaxSize
	}
	return o.MaxSize
}

// readsList names the extensions portray reads, for reasons.
const readsList = "reads .txt, .md, .html, .htm, .jsonl, .csv, .tsv"

// ReadInputs reads one input file's content and returns what it holds:
// one input for a text, markdown or HTML file, one per line for a
// JSON-lines feed. id is the file's path under the input folder, used to
// name every input. A file of another type comes back as a single skipped
// input; a file that cannot be read as its type comes back as a single
// failed input, with a reason a person can act on. The error is reserved
// for failures of r itself. An article over DefaultMaxSize fails.
//
// Text may be UTF-8 (with or without a byte-order mark), UTF-16 or UTF-32
// with a byte-order mark, UTF-16 without one, or Windows-1252; it comes
// back as UTF-8 with "\n" line ends and no control characters but tabs.
func ReadInputs(id string, r io.Reader) ([]Input, error) {
	return readInputsWith(id, r, ReadOptions{})
}

// readInputsWith is ReadInputs with the size limit of opt.
func readInputsWith(id string, r io.Reader, opt ReadOptions) ([]Input, error) {
	ext := strings.ToLower(path.Ext(id))
	format, ok := Formats[ext]
	if !ok {
		reason := "unsupported extension " + ext + " (" + readsList + ")"
		if ext == "" {
			reason = "no file extension (" + readsList + ")"
		}
		return []Input{{Article: Article{ID: id}, Status: StatusSkipped, Reason: reason}}, nil
	}
	max := opt.maxSize()
	fail := func(reason string) []Input {
		return []Input{{Article: Article{ID: id, Format: format}, Status: StatusFailed, Reason: reason}}
	}
	if format == "csv" || format == "tsv" {
		ins, err := readTable(id, format, r, max, opt.Fields)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", id, err)
		}
		return ins, nil
	}
	if format == "jsonl" {
		ins, err := readJSONL(id, r, max, opt.Fields)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", id, err)
		}
		return ins, nil
	}
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", id, err)
	}
	if int64(len(data)) > max {
		return fail(tooBigReason(-1, max)), nil
	}
	if len(data) == 0 {
		return fail("empty file"), nil
	}
	text, err := decodeText(data)
	if err != nil {
		return fail(err.Error()), nil
	}
	var a Article
	switch format {
	case "txt":
		a = Article{Text: text}
	case "md":
		a, err = readMarkdown(text)
	case "html":
		a, err = readHTML(text)
	}
	if err != nil {
		return fail(err.Error()), nil
	}
	a.ID, a.Format = id, format
	a.Text = normalizeText(a.Text) // a page's entities can spell control characters
	a.Title, a.Source, a.Date, a.DateGiven, a.Byline, a.URL = oneLine(a.Title), oneLine(a.Source), oneLine(a.Date), oneLine(a.DateGiven), oneLine(a.Byline), oneLine(a.URL)
	if a.Source == "" || a.Date == "" {
		src, date := fromFileName(id)
		a.Source, a.Date = firstNonEmpty(a.Source, src), firstNonEmpty(a.Date, date)
	}
	in := checkText(a)
	switch {
	case in.Status == StatusOK:
	case format == "html":
		in.Reason = "no article text found in the page"
	case format == "md" && strings.HasPrefix(text, "---\n"):
		in.Reason = "no article text after the front matter"
	}
	return []Input{in}, nil
}

// tooBigReason is the reason given for an article over the size limit max;
// size is its size in bytes, or negative when only "more than max" is known.
func tooBigReason(size, max int64) string {
	if size < 0 {
		return "too big: over the " + FormatSize(max) + " limit"
	}
	return "too big: " + FormatSize(size) + ", over the " + FormatSize(max) + " limit"
}

// FormatSize renders a size in bytes for people: "512 bytes", "16 MiB", "4.7 MiB".
func FormatSize(n int64) string {
	units := []string{"bytes", "KiB", "MiB", "GiB", "TiB"}
	f, u := float64(n), 0
	for f >= 1024 && u < len(units)-1 {
		f /= 1024
		u++
	}
	if u == 0 {
		return fmt.Sprintf("%d bytes", n)
	}
	if f == float64(int64(f)) {
		return fmt.Sprintf("%d %s", int64(f), units[u])
	}
	return fmt.Sprintf("%.1f %s", f, units[u])
}

// checkText turns an article without any text into a failed input.
func checkText(a Article) Input {
	if strings.TrimSpace(a.Text) == "" {
		return Input{Article: a, Status: StatusFailed, Reason: "no article text (only blank lines)"}
	}
	return Input{Article: a, Status: StatusOK}
}

// Byte-order marks.
var (
	bomUTF8    = []byte{0xef, 0xbb, 0xbf}
	bomUTF16LE = []byte{0xff, 0xfe}
	bomUTF16BE = []byte{0xfe, 0xff}
	bomUTF32LE = []byte{0xff, 0xfe, 0, 0}
	bomUTF32BE = []byte{0, 0, 0xfe, 0xff}
)

// unicodeDecoder returns the decoder for text starting with a UTF-16 or
// UTF-32 byte-order mark (which the decoder removes), and its name; nil
// for anything else.
func unicodeDecoder(head []byte) (*encoding.Decoder, string) {
	switch {
	case bytes.HasPrefix(head, bomUTF32LE):
		return utf32.UTF32(utf32.LittleEndian, utf32.ExpectBOM).NewDecoder(), "UTF-32"
	case bytes.HasPrefix(head, bomUTF32BE):
		return utf32.UTF32(utf32.BigEndian, utf32.ExpectBOM).NewDecoder(), "UTF-32"
	case bytes.HasPrefix(head, bomUTF16LE):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder(), "UTF-16"
	case bytes.HasPrefix(head, bomUTF16BE):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder(), "UTF-16"
	}
	return nil, ""
}

// utf16Order guesses the byte order of UTF-16 text that has no byte-order
// mark from the NUL bytes that pad its ASCII characters: nearly every byte
// at odd offsets (little-endian) or at even offsets (big-endian) is NUL and
// none on the other side. It returns nil when data does not look like that.
func utf16Order(data []byte) encoding.Encoding {
	if len(data) < 8 || len(data)%2 != 0 {
		return nil
	}
	var even, odd int
	for i, c := range data {
		if c == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	half := len(data) / 2
	switch {
	case even == 0 && odd*10 >= half*7:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	case odd == 0 && even*10 >= half*7:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	}
	return nil
}

// decodeText returns a file's bytes as normalised UTF-8 text (see
// normalizeText), or an error whose text is the reason the file fails:
//
//   - a UTF-8 byte-order mark is dropped; UTF-16 and UTF-32 with a mark, and
//     UTF-16 without one, are decoded;
//   - NUL bytes in what is left, or mostly control characters, mean a
//     binary file;
//   - bytes that are not UTF-8 are read as Windows-1252 (0x93 and 0x94 are
//     curly double quotes), the usual encoding of older saved pages, unless
//     the text then reads as another legacy encoding.
func decodeText(data []byte) (string, error) {
	if dec, name := unicodeDecoder(data); dec != nil {
		out, err := dec.Bytes(data)
		if err != nil {
			return "", fmt.Errorf("cannot decode the %s text: %v", name, err)
		}
		data = out
	} else if enc := utf16Order(data); enc != nil {
		if out, err := enc.NewDecoder().Bytes(data); err == nil {
			data = out
		}
	}
	data = bytes.TrimPrefix(data, bomUTF8)
	if bytes.IndexByte(data, 0) >= 0 {
		return "", errors.New("binary file (contains NUL bytes)")
	}
	text, legacy, letters := decodeMixed(data)
	if legacy.undefined > 0 {
		return "", fmt.Errorf("not UTF-8 and not Windows-1252 (byte 0x%02X at offset %d)", legacy.firstByte, legacy.firstAt)
	}
	if legacy.n > 20 && legacy.n > letters {
		return "", errors.New("not UTF-8 and not Windows-1252 (most letters would be accented: another legacy encoding)")
	}
	if mostlyControl(text) {
		return "", errors.New("binary file (mostly control characters)")
	}
	return normalizeText(text), nil
}

// legacyBytes counts the bytes decodeMixed read as Windows-1252.
type legacyBytes struct {
	n         int  // bytes read as Windows-1252
	undefined int  // of those, bytes Windows-1252 leaves undefined
	firstByte byte // the first undefined byte
	firstAt   int  // and its offset
}

// decodeMixed decodes data as UTF-8, reading each byte that is not part of
// a valid UTF-8 sequence as Windows-1252. A file saved in Windows-1252 has
// almost no byte runs that happen to be valid UTF-8, and a UTF-8 file with a
// few pasted Windows-1252 bytes keeps its UTF-8 characters. It also counts
// the ASCII letters, to tell text from mojibake.
func decodeMixed(data []byte) (string, legacyBytes, int) {
	var lb legacyBytes
	letters := 0
	if utf8.Valid(data) {
		return string(data), lb, 0
	}
	var b strings.Builder
	b.Grow(len(data) + len(data)/4)
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			if c|0x20 >= 'a' && c|0x20 <= 'z' {
				letters++
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			r = charmap.Windows1252.DecodeByte(c)
			lb.n++
			if r == utf8.RuneError {
				if lb.undefined == 0 {
					lb.firstByte, lb.firstAt = c, i
				}
				lb.undefined++
			}
		}
		b.WriteRune(r)
		i += n
	}
	return b.String(), lb, letters
}

// mostlyControl reports whether more than 30% of the characters of a text
// of some length are control characters other than line ends and tabs.
func mostlyControl(text string) bool {
	n, ctl := 0, 0
	for _, r := range text {
		n++
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' || r == 0x7f || r >= 0x80 && r < 0xa0 {
			ctl++
		}
	}
	return n >= 16 && ctl*10 > n*3
}

// frontMatter is the YAML header of a markdown article.
type frontMatter struct {
	Title  string `yaml:"title"`
	Source string `yaml:"source"`
	Date   string `yaml:"date"`
	Author string `yaml:"author"`
	URL    string `yaml:"url"`
}

// readMarkdown reads a markdown article with optional YAML front matter
// (title, source, date, author, url) and strips the markup that is not text.
func readMarkdown(text string) (Article, error) {
	var a Article
	body := text
	if strings.HasPrefix(text, "---\n") {
		// The header runs from after the opening line to the closing "---"
		// line; it may be empty.
		rest := "\n" + text[4:]
		end := strings.Index(rest, "\n---")
		if end < 0 {
			return a, errors.New("front matter opened with --- is never closed")
		}
		var fm frontMatter
		if err := yaml.Unmarshal([]byte(rest[:end]), &fm); err != nil {
			return a, fmt.Errorf("front matter is not valid YAML: %v", strings.TrimPrefix(err.Error(), "yaml: "))
		}
		a.Title, a.Source, a.Date, a.DateGiven, a.Byline, a.URL = fm.Title, fm.Source, normDate(fm.Date), fm.Date, fm.Author, fm.URL
		body = rest[end+4:]
		if i := strings.IndexByte(body, '\n'); i >= 0 {
			body = body[i+1:]
		} else {
			body = ""
		}
	}
	lines := strings.Split(body, "\n")
	for i, l := range lines {
		lines[i] = stripMarkdown(l)
	}
	a.Text = strings.Join(lines, "\n")
	return a, nil
}

// stripMarkdown removes heading, quote and list markers, emphasis and link
// targets from one line of markdown, keeping the words.
func stripMarkdown(l string) string {
	t := strings.TrimLeft(l, " ")
	for _, p := range []string{"###### ", "##### ", "#### ", "### ", "## ", "# ", "> ", "- ", "* ", "+ "} {
		if strings.HasPrefix(t, p) {
			t = t[len(p):]
			break
		}
	}
	if strings.Trim(t, "-*_ ") == "" && len(t) >= 3 {
		return "" // a horizontal rule
	}
	var b strings.Builder
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c == '*' || c == '_' && (i == 0 || i == len(t)-1 || !isWordByte(t[i-1]) || !isWordByte(t[i+1])):
			continue
		case c == '`':
			continue
		case c == '!' && i+1 < len(t) && t[i+1] == '[' && isLink(t[i+1:]):
			continue
		case c == '[' && isLink(t[i:]):
			// [text](url): keep the text, drop the address.
			close := strings.IndexByte(t[i:], ']')
			b.WriteString(t[i+1 : i+close])
			i += close + strings.IndexByte(t[i+close:], ')')
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// isLink reports whether s starts with a markdown link "[text](url)".
func isLink(s string) bool {
	close := strings.IndexByte(s, ']')
	return close > 0 && close+1 < len(s) && s[close+1] == '(' && strings.IndexByte(s[close:], ')') > 0
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// readHTML extracts the article from a saved web page: the story's text,
// title, byline and date, never scripts, styles or navigation, nor reader
// comments, photo captions, related stories or share widgets (prunePage).
func readHTML(text string) (Article, error) {
	var a Article
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return a, fmt.Errorf("parse html: %v", err)
	}
	meta := pageMeta(doc)
	prunePage(doc)
	base, _ := url.Parse(meta["og:url"])
	art, err := readability.FromDocument(doc, base)
	if err != nil {
		return a, fmt.Errorf("extract article: %v", err)
	}
	if art.Node == nil {
		return a, errors.New("no article text found in the page")
	}
	var paras []string
	blockText(art.Node, &paras)
	a.Text = strings.Join(paras, "\n")
	a.Title = strings.TrimSpace(art.Title())
	a.Byline = strings.TrimSpace(art.Byline())
	a.Source = firstNonEmpty(art.SiteName(), meta["og:site_name"])
	a.URL = meta["og:url"]
	a.DateGiven = firstNonEmpty(meta["article:published_time"], meta["date"], meta["pubdate"], meta["dc.date"])
	if t, err := art.PublishedTime(); err == nil {
		a.Date = t.UTC().Format("2006-01-02")
		if a.DateGiven == "" {
			a.DateGiven = t.Format(time.RFC3339)
		}
	} else {
		a.Date = normDate(a.DateGiven)
	}
	return a, nil
}

// pageMeta collects <meta> name/property -> content pairs, names lowercased.
func pageMeta(n *html.Node) map[string]string {
	m := map[string]string{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Meta {
			var key, val string
			for _, at := range n.Attr {
				switch strings.ToLower(at.Key) {
				case "name", "property", "itemprop":
					key = strings.ToLower(at.Val)
				case "content":
					val = strings.TrimSpace(at.Val)
				}
			}
			if key != "" && val != "" && m[key] == "" {
				m[key] = val
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return m
}

// blockText appends the text of each block element under n (paragraphs,
// headings, list items, quotes) as one paragraph each.
func blockText(n *html.Node, out *[]string) {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Nav, atom.Footer, atom.Aside, atom.Form, atom.Button:
		return
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Blockquote, atom.Figcaption, atom.Pre:
		if !hasBlockChild(n) {
			var b strings.Builder
			inlineText(n, &b)
			if t := strings.Join(strings.Fields(b.String()), " "); t != "" {
				*out = append(*out, t)
			}
			return
		}
	}
	if n.Type == html.TextNode && n.Parent != nil && n.Parent.DataAtom == atom.Div {
		if t := strings.Join(strings.Fields(n.Data), " "); t != "" {
			*out = append(*out, t)
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		blockText(c, out)
	}
}

func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.DataAtom {
		case atom.P, atom.Div, atom.Li, atom.Ul, atom.Ol, atom.Blockquote, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Table:
			return true
		}
	}
	return false
}

func inlineText(n *html.Node, b *strings.Builder) {
	switch {
	case n.Type == html.TextNode:
		b.WriteString(n.Data)
		return
	case n.DataAtom == atom.Script || n.DataAtom == atom.Style:
		return
	case n.DataAtom == atom.Br:
		b.WriteByte(' ')
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		inlineText(c, b)
	}
}

// maxIDLength is the longest id of a feed line kept, in characters.
const maxIDLength = 200

// readJSONL reads a feed of one JSON article per line, a line at a time, so
// a feed may be much bigger than max. Each line becomes one input named
// "file#id" (or "file#line-N" without an id, "file#id (line N)" for an id
// seen before); a line that is not a valid article, or is longer than max
// bytes, becomes a failed input saying why. Blank lines are ignored. The
// feed is UTF-8 (a byte-order mark is dropped), UTF-16 or UTF-32 with a
// mark; a byte that is not UTF-8 is read as Windows-1252.
func readJSONL(id string, r io.Reader, max int64, fields FieldNames) ([]Input, error) {
	fail := func(reason string) []Input {
		return []Input{{Article: Article{ID: id, Format: "jsonl"}, Status: StatusFailed, Reason: reason}}
	}
	br := bufio.NewReaderSize(r, 64<<10)
	head, err := br.Peek(4 << 10)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return nil, err
	}
	if len(head) == 0 {
		return fail("empty file"), nil
	}
	if dec, _ := unicodeDecoder(head); dec != nil {
		br = bufio.NewReaderSize(transform.NewReader(br, dec), 64<<10)
	} else if bytes.IndexByte(head, 0) >= 0 {
		return fail("binary file (contains NUL bytes)"), nil
	}
	var out []Input
	seen := map[string]bool{}
	for n := 1; ; n++ {
		line, tooBig, err := readLine(br, max)
		if err != nil && err != io.EOF {
			return nil, err
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, bomUTF8)
		}
		if tooBig {
			out = append(out, Input{Article: Article{ID: fmt.Sprintf("%s#line-%d", id, n), Format: "jsonl"}, Status: StatusFailed,
				Reason: fmt.Sprintf("line %d: %s", n, tooBigReason(-1, max))})
		} else if in, ok := readJSONLine(id, n, line, seen, fields); ok {
			out = append(out, in)
		}
		if err == io.EOF {
			break
		}
	}
	if len(out) == 0 {
		return fail("no articles in the feed (only blank lines)"), nil
	}
	settleDateOrder(out)
	return out, nil
}

// readLine returns the next line of br without its line end. A line longer
// than max bytes is read to its end but not kept: tooBig is set instead.
// err is io.EOF after the last line.
func readLine(br *bufio.Reader, max int64) (line []byte, tooBig bool, err error) {
	for {
		frag, err := br.ReadSlice('\n')
		if !tooBig {
			if int64(len(line)+len(frag)) > max+1 { // +1: the line end
				tooBig, line = true, nil
			} else {
				line = append(line, frag...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == nil {
			line = bytes.TrimSuffix(bytes.TrimSuffix(line, []byte("\n")), []byte("\r"))
		}
		if tooBig {
			line = nil
		}
		return line, tooBig, err
	}
}

// readJSONLine reads line n of a feed into an input; ok is false for a
// blank line. seen holds the ids used so far. The fields are found by
// name (see mapFields): only the text must be a string, the others are
// read whatever their JSON type, so that a number for a title does not
// lose the article.
func readJSONLine(id string, n int, raw []byte, seen map[string]bool, given FieldNames) (Input, bool) {
	decoded, _, _ := decodeMixed(raw)
	line := strings.TrimSpace(decoded)
	if line == "" {
		return Input{}, false
	}
	lineID := fmt.Sprintf("%s#line-%d", id, n)
	failed := func(a Article, reason string) (Input, bool) {
		return Input{Article: a, Status: StatusFailed, Reason: fmt.Sprintf("line %d: %s", n, reason)}, true
	}
	if line[0] != '{' && json.Valid([]byte(line)) {
		return failed(Article{ID: lineID, Format: "jsonl"}, `not a JSON object (each line is {"id": ..., "text": ...})`)
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal([]byte(line), &obj); err != nil {
		return failed(Article{ID: lineID, Format: "jsonl"}, "invalid JSON: "+strings.TrimPrefix(err.Error(), "json: "))
	}
	keys := sortedKeys(obj)
	m := mapFields(keys, given)
	get := func(f Field) json.RawMessage {
		if m.at[f] < 0 {
			return nil
		}
		return obj[keys[m.at[f]]]
	}
	if v := rawID(get(FieldID)); v != "" {
		lineID = id + "#" + v
		if seen[v] {
			lineID = fmt.Sprintf("%s#%s (line %d)", id, v, n)
		}
		seen[v] = true
	}
	date := rawText(get(FieldDate))
	a := Article{ID: lineID, Format: "jsonl", Title: rawText(get(FieldTitle)), Source: rawName(get(FieldSource)),
		Date: normDate(date), DateGiven: date, URL: rawText(get(FieldURL)), Byline: rawName(get(FieldByline))}
	text := get(FieldText)
	if len(text) == 0 || string(text) == "null" {
		if m.at[FieldText] >= 0 {
			return failed(a, fmt.Sprintf("field %q is null", keys[m.at[FieldText]]))
		}
		return failed(a, m.missingText(given, "field"))
	}
	var s string
	if err := json.Unmarshal(text, &s); err != nil {
		return failed(a, fmt.Sprintf(`field %q is a JSON %s, not a string`, keys[m.at[FieldText]], jsonKind(text)))
	}
	a.Text = normalizeText(s)
	in := checkText(a)
	if in.Status != StatusOK {
		in.Reason = fmt.Sprintf("line %d: %s", n, in.Reason)
	}
	return in, true
}

// rawName renders a JSON value that names something: a string, an
// object's "name" (as in {"id": "bbc", "name": "BBC News"}), the names of
// an array joined by commas, anything else as rawText does.
func rawName(raw json.RawMessage) string {
	if len(raw) == 0 {
		return ""
	}
	switch raw[0] {
	case '{':
		var o struct {
			Name json.RawMessage `json:"name"`
		}
		if json.Unmarshal(raw, &o) == nil && len(o.Name) > 0 {
			return rawText(o.Name)
		}
	case '[':
		var list []json.RawMessage
		if json.Unmarshal(raw, &list) == nil {
			var names []string
			for _, v := range list {
				if n := rawName(v); n != "" {
					names = append(names, n)
				}
			}
			return strings.Join(names, ", ")
		}
	}
	return rawText(raw)
}

// rawText renders a JSON value as one line of text: a string as itself,
// null as nothing, anything else as its JSON.
func rawText(raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) != nil {
		s = string(raw)
	}
	return oneLine(s)
}

// jsonKind names the type of a JSON value for a reason.
func jsonKind(raw json.RawMessage) string {
	switch raw[0] {
	case '{':
		return "object"
	case '[':
		return "array"
	case 't', 'f':
		return "boolean"
	case '"':
		return "string"
	}
	return "number"
}

// rawID renders a JSON id (string or number) as one line of text of at
// most maxIDLength characters. It only ever names a row: it is never used
// as a path, so "../x" in an id is harmless text.
func rawID(raw json.RawMessage) string {
	s := rawText(raw)
	if utf8.RuneCountInString(s) > maxIDLength {
		s = string([]rune(s)[:maxIDLength]) + "…"
	}
	return s
}

// fileNameShape is a file name that carries its outlet and date:
// "nyt_2016-03-04_republicans-have-stake.txt" (outlet, date, slug), or a
// date alone at the start ("2016-03-04_slug.txt").
var fileNameShape = regexp.MustCompile(`^(?:([A-Za-z0-9][A-Za-z0-9.-]*)_)?(\d{4}-\d{2}-\d{2})(?:[_-].*)?$`)

// fromFileName reads an outlet and a date from the name of the file id
// names (its last path element, extension dropped) when the name has
// fileNameShape and the date is a real one; "" for what it lacks.
func fromFileName(id string) (source, date string) {
	base := path.Base(id)
	base = strings.TrimSuffix(base, path.Ext(base))
	m := fileNameShape.FindStringSubmatch(base)
	if m == nil {
		return "", ""
	}
	if _, err := time.Parse("2006-01-02", m[2]); err != nil {
		return "", ""
	}
	return m[1], m[2]
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}
