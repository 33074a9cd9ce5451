package analyze

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"go.yaml.in/yaml/v3"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/encoding/charmap"
)

// Formats maps each file extension portray reads to the name of its reader.
var Formats = map[string]string{
	".txt":   "txt",
	".text":  "txt",
	".md":    "md",
	".html":  "html",
	".htm":   "html",
	".jsonl": "jsonl",
}

// MaxFileSize is the largest input file portray reads, in bytes; larger files fail with a reason.
const MaxFileSize = 64 << 20

// ReadInputs reads one input file's content and returns what it holds: one
// input for a text, markdown or HTML file, one per line for a JSON-lines feed.
// id is the file's path under the input folder, used to name every input.
// A file of another type comes back as a single skipped input; a file that
// cannot be read as its type comes back as a single failed input. The error
// is reserved for failures of r itself.
func ReadInputs(id string, r io.Reader) ([]Input, error) {
	ext := strings.ToLower(path.Ext(id))
	format, ok := Formats[ext]
	if !ok {
		reason := "not an article format (reads .txt, .md, .html, .htm, .jsonl)"
		if ext == "" {
			reason = "no file extension (reads .txt, .md, .html, .htm, .jsonl)"
		}
		return []Input{{Article: Article{ID: id}, Status: StatusSkipped, Reason: reason}}, nil
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", id, err)
	}
	fail := func(reason string) []Input {
		return []Input{{Article: Article{ID: id, Format: format}, Status: StatusFailed, Reason: reason}}
	}
	if len(data) > MaxFileSize {
		return fail(fmt.Sprintf("file larger than %d MiB", MaxFileSize>>20)), nil
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return fail("binary file (contains NUL bytes)"), nil
	}
	text, err := decodeText(data)
	if err != nil {
		return fail(err.Error()), nil
	}
	if format == "jsonl" {
		return readJSONL(id, text), nil
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
	return []Input{checkText(a)}, nil
}

// checkText turns an article without any text into a failed input.
func checkText(a Article) Input {
	if strings.TrimSpace(a.Text) == "" {
		return Input{Article: a, Status: StatusFailed, Reason: "no article text"}
	}
	return Input{Article: a, Status: StatusOK}
}

// decodeText returns data as UTF-8 with a byte-order mark and carriage
// returns removed. Text that is not valid UTF-8 is read as Windows-1252, the
// usual encoding of older saved pages; a file that is neither fails.
func decodeText(data []byte) (string, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		dec, err := charmap.Windows1252.NewDecoder().Bytes(data)
		if err != nil {
			return "", fmt.Errorf("text is neither UTF-8 nor Windows-1252: %v", err)
		}
		data = dec
	}
	s := strings.ReplaceAll(string(data), "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n"), nil
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
			return a, fmt.Errorf("front matter: %v", err)
		}
		a.Title, a.Source, a.Date, a.Byline, a.URL = fm.Title, fm.Source, normDate(fm.Date), fm.Author, fm.URL
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
// title, byline and date, never scripts, styles or navigation.
func readHTML(text string) (Article, error) {
	var a Article
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return a, fmt.Errorf("parse html: %v", err)
	}
	meta := pageMeta(doc)
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
	if t, err := art.PublishedTime(); err == nil {
		a.Date = t.UTC().Format("2006-01-02")
	} else {
		a.Date = normDate(firstNonEmpty(meta["article:published_time"], meta["date"], meta["pubdate"], meta["dc.date"]))
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

// jsonArticle is one line of a JSON-lines feed.
type jsonArticle struct {
	ID     json.RawMessage `json:"id"`
	Title  string          `json:"title"`
	Text   *string         `json:"text"`
	Source string          `json:"source"`
	Date   string          `json:"date"`
	URL    string          `json:"url"`
}

// readJSONL reads a feed of one JSON article per line. Each line becomes one
// input named "file#id" (or "file#line-N" without an id); a line that is not
// a valid article becomes a failed input saying why. Blank lines are ignored.
func readJSONL(id, text string) []Input {
	var out []Input
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 0, 64<<10), MaxFileSize)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		lineID := fmt.Sprintf("%s#line-%d", id, n)
		var j jsonArticle
		if err := json.Unmarshal([]byte(line), &j); err != nil {
			out = append(out, Input{Article: Article{ID: lineID, Format: "jsonl"}, Status: StatusFailed,
				Reason: fmt.Sprintf("line %d: invalid JSON: %v", n, err)})
			continue
		}
		if v := rawID(j.ID); v != "" {
			lineID = id + "#" + v
		}
		a := Article{ID: lineID, Format: "jsonl", Title: j.Title, Source: j.Source, Date: normDate(j.Date), URL: j.URL}
		if j.Text == nil {
			out = append(out, Input{Article: a, Status: StatusFailed, Reason: fmt.Sprintf("line %d: no \"text\" field", n)})
			continue
		}
		a.Text = strings.ReplaceAll(*j.Text, "\r\n", "\n")
		in := checkText(a)
		if in.Status != StatusOK {
			in.Reason = fmt.Sprintf("line %d: %s", n, in.Reason)
		}
		out = append(out, in)
	}
	if len(out) == 0 {
		return []Input{{Article: Article{ID: id, Format: "jsonl"}, Status: StatusFailed, Reason: "no articles in the feed"}}
	}
	return out
}

// rawID renders a JSON id (string or number) as text.
func rawID(raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return strings.TrimSpace(s)
	}
	return strings.TrimSpace(string(raw))
}

// normDate returns a date as YYYY-MM-DD when it starts with a recognisable
// date, and the text unchanged otherwise.
func normDate(s string) string {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02", "2 January 2006", "January 2, 2006", "Jan 2, 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return s
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}
