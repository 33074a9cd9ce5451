package input

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
)

// utf16le and utf16be encode s as UTF-16 (a leading U+FEFF becomes the byte-order mark).
func utf16le(s string) string { return utf16bytes(s, false) }
func utf16be(s string) string { return utf16bytes(s, true) }

func utf16bytes(s string, big bool) string {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		if big {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return string(b)
}

// readOne runs ReadInputs on content and requires exactly one input back.
func readOne(t *testing.T, id, content string) Input {
	t.Helper()
	ins, err := ReadInputs(id, strings.NewReader(content))
	if err != nil {
		t.Fatalf("ReadInputs(%q): unexpected error: %v", id, err)
	}
	if len(ins) != 1 {
		t.Fatalf("ReadInputs(%q): got %d inputs, want 1: %+v", id, len(ins), ins)
	}
	return ins[0]
}

func TestReadInputsText(t *testing.T) {
	tests := []struct {
		name    string
		id      string
		content string
		want    string
	}{
		{"plain", "a.txt", "One line.\nTwo lines.\n", "One line.\nTwo lines.\n"},
		{"byte order mark removed", "a.txt", "\xef\xbb\xbfFirst line.\nSecond.", "First line.\nSecond."},
		{"CRLF normalised", "a.txt", "One.\r\nTwo.\r\n\r\nThree.", "One.\nTwo.\n\nThree."},
		{"lone CR normalised", "a.txt", "One.\rTwo.", "One.\nTwo."},
		{"BOM and CRLF", "a.txt", "\xef\xbb\xbfOne.\r\nTwo.\r\n", "One.\nTwo.\n"},
		{"Windows-1252 curly quotes", "a.txt", "He said \x93yes\x94 and left.", "He said “yes” and left."},
		{"Windows-1252 apostrophe dash and ellipsis", "a.txt", "It\x92s over \x96 for now\x85", "It’s over – for now…"},
		{"Windows-1252 accented letters", "a.txt", "Caf\xe9 in Z\xfcrich\r\n", "Café in Zürich\n"},
		{"UTF-8 kept as is", "a.txt", "Café “quoted” – ok", "Café “quoted” – ok"},
		{"UTF-16 little-endian with BOM", "a.txt", utf16le("\ufeffHe said “yes”.\r\nCafé."), "He said “yes”.\nCafé."},
		{"UTF-16 big-endian with BOM", "a.txt", utf16be("\ufeffHe said “yes”.\r\nCafé."), "He said “yes”.\nCafé."},
		{"UTF-16 little-endian without BOM", "a.txt", utf16le("The council met on Tuesday."), "The council met on Tuesday."},
		{"UTF-16 big-endian without BOM", "a.txt", utf16be("The council met on Tuesday."), "The council met on Tuesday."},
		{"UTF-16 surrogate pair", "a.txt", utf16le("\ufeffA 🙂 B"), "A 🙂 B"},
		{"UTF-32 little-endian with BOM", "a.txt", "\xff\xfe\x00\x00H\x00\x00\x00i\x00\x00\x00", "Hi"},
		{"UTF-8 with a stray Windows-1252 byte", "a.txt", "Zürich is \x93calm\x94 – for now.", "Zürich is “calm” – for now."},
		{"control characters removed", "a.txt", "One\x07 two\x1b[31m three\x7f\u0085.\fNext page.\vLine.", "One two three.\nNext page.\nLine."},
		{"tabs kept", "a.txt", "A\tB.", "A\tB."},
		{"line and paragraph separators", "a.txt", "One.\u2028Two.\u2029Three.", "One.\nTwo.\nThree."},
		{"byte-order mark inside the text", "a.txt", "One.\n\ufeffTwo.", "One.\nTwo."},
		{".text extension", "notes/a.text", "Some text.", "Some text."},
		{"upper-case extension", "A.TXT", "Some text.", "Some text."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := readOne(t, tt.id, tt.content)
			if in.Status != StatusOK || in.Reason != "" {
				t.Fatalf("status %q reason %q, want ok with no reason", in.Status, in.Reason)
			}
			a := in.Article
			if a.ID != tt.id || a.Format != "txt" {
				t.Errorf("ID %q Format %q, want %q txt", a.ID, a.Format, tt.id)
			}
			if a.Text != tt.want {
				t.Errorf("Text = %q, want %q", a.Text, tt.want)
			}
		})
	}
}

func TestReadInputsMarkdown(t *testing.T) {
	const story = `---
title: "Council passes budget"
source: The Velmont Herald
date: 2024-03-05
author: Jane Doe
url: https://example.com/budget
---
# Council passes budget

## A late vote

The **council** voted on _Tuesday_ to pass the [budget](https://example.com/b).
> “It was close,” said *Mayor* Ann Lee.
- snake_case names stay
`

	in := readOne(t, "columns/budget.md", story)
	if in.Status != StatusOK {
		t.Fatalf("status %q (%s), want ok", in.Status, in.Reason)
	}
	a := in.Article
	want := Article{
		ID: "columns/budget.md", Format: "md", Title: "Council passes budget", Source: "The Velmont Herald",
		Date: "2024-03-05", DateGiven: "2024-03-05", Byline: "Jane Doe", URL: "https://example.com/budget",
	}
	got := a
	got.Text = ""
	if got != want {
		t.Errorf("metadata:\n got %+v\nwant %+v", got, want)
	}
	for _, line := range []string{
		"Council passes budget",
		"A late vote",
		"The council voted on Tuesday to pass the budget.",
		"“It was close,” said Mayor Ann Lee.",
		"snake_case names stay",
	} {
		if !containsLine(a.Text, line) {
			t.Errorf("Text has no line %q:\n%s", line, a.Text)
		}
	}
	for _, bad := range []string{"---", "title:", "#", "**", "[", "](", "example.com", "> ", "_Tuesday"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("Text contains markup %q:\n%s", bad, a.Text)
		}
	}
}

// containsLine reports whether text has a line equal to line.
func containsLine(text, line string) bool {
	for _, l := range strings.Split(text, "\n") {
		if l == line {
			return true
		}
	}
	return false
}

func TestReadInputsMarkdownFrontMatter(t *testing.T) {
	tests := []struct {
		name    string
		content string
		status  Status
		reason  string // a part of the reason, for failed inputs
		date    string
		title   string
		text    string
	}{
		{"date only", "---\ndate: 2024-03-05\n---\nBody.", StatusOK, "", "2024-03-05", "", "Body."},
		{"RFC 3339 date", "---\ndate: \"2024-03-05T09:30:00Z\"\n---\nBody.", StatusOK, "", "2024-03-05", "", "Body."},
		{"unquoted timestamp", "---\ndate: 2024-03-05T09:30:00Z\n---\nBody.", StatusOK, "", "2024-03-05", "", "Body."},
		{"date and time", "---\ndate: \"2024-03-05 09:30:00\"\n---\nBody.", StatusOK, "", "2024-03-05", "", "Body."},
		{"long month", "---\ndate: March 5, 2024\n---\nBody.", StatusOK, "", "2024-03-05", "", "Body."},
		{"day month year", "---\ndate: 5 March 2024\n---\nBody.", StatusOK, "", "2024-03-05", "", "Body."},
		{"short month", "---\ndate: Mar 5, 2024\n---\nBody.", StatusOK, "", "2024-03-05", "", "Body."},
		{"unparsed date not grouped", "---\ndate: last Tuesday\n---\nBody.", StatusOK, "", "", "", "Body."},
		{"CRLF front matter", "---\r\ntitle: Hello\r\n---\r\nBody.\r\n", StatusOK, "", "", "Hello", "Body.\n"},
		{"no front matter", "# Hello\n\nBody.", StatusOK, "", "", "", "Hello\n\nBody."},
		{"front matter without body", "---\ntitle: Hello\n---", StatusFailed, "no article text", "", "Hello", ""},
		{"unclosed front matter", "---\ntitle: Hello\n\nBody of the story.\n", StatusFailed, "never closed", "", "", ""},
		{"invalid YAML", "---\ntitle: [unclosed\n---\nBody.", StatusFailed, "front matter", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := readOne(t, "a.md", tt.content)
			if in.Status != tt.status {
				t.Fatalf("status %q (%s), want %q", in.Status, in.Reason, tt.status)
			}
			if tt.status != StatusOK {
				if !strings.Contains(in.Reason, tt.reason) {
					t.Errorf("reason %q, want it to contain %q", in.Reason, tt.reason)
				}
				if in.Article.ID != "a.md" {
					t.Errorf("ID %q, want a.md", in.Article.ID)
				}
				return
			}
			if in.Reason != "" {
				t.Errorf("reason %q for an ok input", in.Reason)
			}
			if strings.Contains(tt.content, "last Tuesday") && in.Article.DateGiven != "last Tuesday" {
				t.Errorf("date given %q, want the unparsed date kept", in.Article.DateGiven)
			}
			if in.Article.Date != tt.date || in.Article.Title != tt.title || in.Article.Text != tt.text {
				t.Errorf("got date %q title %q text %q, want %q %q %q",
					in.Article.Date, in.Article.Title, in.Article.Text, tt.date, tt.title, tt.text)
			}
		})
	}
}

func TestReadInputsMarkdownEmptyFrontMatter(t *testing.T) {
	// The search for the closing "\n---" starts after the opening line's
	// newline, so a closing line right after the opening one is never found.
	in := readOne(t, "a.md", "---\n---\nBody.")
	if in.Status != StatusOK || in.Article.Text != "Body." {
		t.Errorf("got %+v, want ok with text %q", in, "Body.")
	}
}

func TestStripMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"# Heading", "Heading"},
		{"###### Small heading", "Small heading"},
		{"#hashtag", "#hashtag"},
		{"> A quoted line", "A quoted line"},
		{"- a list item", "a list item"},
		{"* a list item", "a list item"},
		{"+ a list item", "a list item"},
		{"---", ""},
		{"* * *", ""},
		{"___", ""},
		{"**bold** and *italic*", "bold and italic"},
		{"__bold__ and _italic_", "bold and italic"},
		{"snake_case stays", "snake_case stays"},
		{"see [the report](https://example.com/r) now", "see the report now"},
		{"an image ![chart](c.png) here", "an image chart here"},
		{"`code` words", "code words"},
		{"   # indented heading", "indented heading"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := stripMarkdown(tt.in); got != tt.want {
			t.Errorf("stripMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStripMarkdownKeepsBrackets(t *testing.T) {
	// Square brackets that do not make a link are text: editorial insertions
	// in quotations are common in news copy.
	for _, in := range []string{"“[The plan] is good,” he said.", "It was a mistake [sic] to agree."} {
		if got := stripMarkdown(in); got != in {
			t.Errorf("stripMarkdown(%q) = %q, want it unchanged", in, got)
		}
	}
}

// savedPage is a small saved news page: the story sits in an <article>,
// surrounded by the scripts, navigation and footer of the site.
const savedPage = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harbour workers vote to strike | The Coast Courier</title>
<meta property="og:title" content="Harbour workers vote to strike">
<meta property="og:site_name" content="The Coast Courier">
<meta property="article:published_time" content="2025-11-03T07:15:00+01:00">
<meta name="author" content="Maria Lindqvist">
<script>var trackingPixel = "SCRIPT-SECRET"; function showPopup() { return "popup"; }</script>
<style>.nav { color: red; } /* STYLE-SECRET */</style>
</head>
<body>
<nav class="site-nav"><a href="/">Home</a> <a href="/news">NAV-NEWS</a> <a href="/sport">NAV-SPORT</a></nav>
<main>
<article>
<h1>Harbour workers vote to strike</h1>
<p class="byline">By Maria Lindqvist</p>
<p>Dock workers at the port of Brenna voted on Monday to walk out for three days next week, after talks over pay and night shifts broke down without an agreement late on Sunday evening.</p>
<p>“We have been patient for two years, and patience has not paid a single bill,” said Tomas Varn, who chairs the dockers’ branch of the transport union.</p>
<p>The port authority said it regretted the decision and that its offer of a four per cent rise over two years remained on the table for the union to consider.</p>
<p>Shipping lines have been told to expect delays of up to a week, and two ferry operators said they would move sailings to the neighbouring port of Ostwick.</p>
<script>document.write("INLINE-SCRIPT-SECRET");</script>
<p>The strike would be the first at the harbour since 2009, when a five-day stoppage left hundreds of containers stranded on the quay.</p>
</article>
</main>
<footer><p>FOOTER-SECRET © 2025 The Coast Courier. All rights reserved.</p><p>Contact us | Privacy</p></footer>
<script src="/js/analytics.js"></script>
</body>
</html>
`

func TestReadInputsHTML(t *testing.T) {
	in := readOne(t, "saved/strike.html", savedPage)
	if in.Status != StatusOK {
		t.Fatalf("status %q (%s), want ok", in.Status, in.Reason)
	}
	a := in.Article
	if a.ID != "saved/strike.html" || a.Format != "html" {
		t.Errorf("ID %q Format %q, want saved/strike.html html", a.ID, a.Format)
	}
	if a.Title != "Harbour workers vote to strike" {
		t.Errorf("Title = %q", a.Title)
	}
	if !strings.Contains(a.Byline, "Maria Lindqvist") {
		t.Errorf("Byline = %q, want it to name Maria Lindqvist", a.Byline)
	}
	if a.Date != "2025-11-03" {
		t.Errorf("Date = %q, want 2025-11-03", a.Date)
	}
	if a.Source != "The Coast Courier" {
		t.Errorf("Source = %q, want The Coast Courier", a.Source)
	}
	paras := []string{
		"Dock workers at the port of Brenna voted on Monday to walk out for three days next week, after talks over pay and night shifts broke down without an agreement late on Sunday evening.",
		"“We have been patient for two years, and patience has not paid a single bill,” said Tomas Varn, who chairs the dockers’ branch of the transport union.",
		"The port authority said it regretted the decision and that its offer of a four per cent rise over two years remained on the table for the union to consider.",
		"Shipping lines have been told to expect delays of up to a week, and two ferry operators said they would move sailings to the neighbouring port of Ostwick.",
		"The strike would be the first at the harbour since 2009, when a five-day stoppage left hundreds of containers stranded on the quay.",
	}
	lines := strings.Split(a.Text, "\n")
	last := -1
	for _, p := range paras {
		at := -1
		for i, l := range lines {
			if l == p {
				at = i
				break
			}
		}
		if at < 0 {
			t.Errorf("Text has no line %q; Text:\n%s", p, a.Text)
			continue
		}
		if at <= last {
			t.Errorf("paragraph %q out of order in Text:\n%s", p, a.Text)
		}
		last = at
	}
	for _, bad := range []string{"SECRET", "trackingPixel", "popup", "NAV-", "All rights reserved", "Privacy", "<", ">"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("Text contains %q:\n%s", bad, a.Text)
		}
	}
}

func TestReadInputsHTMLEntitiesAndEncoding(t *testing.T) {
	// A Windows-1252 page with entities; the story is long enough to be found.
	body := strings.Repeat("The minister said the plan would cost less than expected and would be ready in spring. ", 6)
	page := "<html><head><title>Plan</title></head><body><article>" +
		"<p>\x93Quoted\x94 words &amp; an entity &ldquo;here&rdquo;.</p>" +
		"<p>" + body + "</p></article></body></html>"
	in := readOne(t, "p.htm", page)
	if in.Status != StatusOK {
		t.Fatalf("status %q (%s), want ok", in.Status, in.Reason)
	}
	if !containsLine(in.Article.Text, "“Quoted” words & an entity “here”.") {
		t.Errorf("Text = %q", in.Article.Text)
	}
}

func TestReadInputsHTMLFixture(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "..", "testdata", "articles", "saved", "varga-summit.html"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ins, err := ReadInputs("saved/varga-summit.html", f)
	if err != nil {
		t.Fatal(err)
	}
	if len(ins) != 1 || ins[0].Status != StatusOK {
		t.Fatalf("got %+v, want one ok input", ins)
	}
	a := ins[0].Article
	if a.Title != "Varga presses neighbours for river deal at Port Adrel summit" {
		t.Errorf("Title = %q", a.Title)
	}
	if a.Byline != "Katrin Solberg" {
		t.Errorf("Byline = %q", a.Byline)
	}
	if a.Date != "2026-04-02" {
		t.Errorf("Date = %q", a.Date)
	}
	if a.Source != "The Velmont Herald" {
		t.Errorf("Source = %q", a.Source)
	}
	for _, bad := range []string{"Related", "<", "Manage preferences", "All rights reserved", "Subscribe"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("Text contains %q", bad)
		}
	}
	if strings.Contains(strings.ToLower(a.Text), "cookie") {
		t.Errorf("Text mentions cookies:\n%s", a.Text)
	}
	for _, want := range []string{
		"PORT ADREL, Vestria — President Elena Varga of Ostravia used the opening day",
		"“If the three capitals cannot agree on who opens which gate and when, the next drought will make that decision for them.”",
		"The summit continues on Thursday, when leaders are expected to issue a joint statement. Varga is due to return to Velmont on Friday.",
	} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("Text lacks %q", want)
		}
	}
	if n := len(strings.Split(a.Text, "\n")); n != 14 {
		t.Errorf("Text has %d lines, want the 14 story paragraphs", n)
	}
}

func TestReadInputsJSONL(t *testing.T) {
	feed := strings.Join([]string{
		`{"id":"a1","title":"First","text":"The first story.","source":"Wire","date":"2024-03-05T10:00:00Z","url":"https://example.com/1"}`,
		`{"id": 42, "text": "A numeric id."}`,
		``,
		`{"id": "broken", "text": `,
		`{"id": "b2", "title": "No text here"}`,
		`{"text": "No id at all.\r\nSecond line."}`,
		`   `,
		`{"id": "", "text": "Empty id."}`,
		`{"id": "e5", "text": "   "}`,
		`{"id": null, "text": "Null id."}`,
		`[1, 2, 3]`,
	}, "\n") + "\n"
	ins, err := ReadInputs("wire/feed.jsonl", strings.NewReader(feed))
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		id     string
		status Status
		reason []string // parts of the reason
		text   string
	}{
		{"wire/feed.jsonl#a1", StatusOK, nil, "The first story."},
		{"wire/feed.jsonl#42", StatusOK, nil, "A numeric id."},
		{"wire/feed.jsonl#line-4", StatusFailed, []string{"line 4", "invalid JSON"}, ""},
		{"wire/feed.jsonl#b2", StatusFailed, []string{"line 5", "no text field", `fields found: "id", "title"`, "--text-field"}, ""},
		{"wire/feed.jsonl#line-6", StatusOK, nil, "No id at all.\nSecond line."},
		{"wire/feed.jsonl#line-8", StatusOK, nil, "Empty id."},
		{"wire/feed.jsonl#e5", StatusFailed, []string{"line 9", "no article text"}, ""},
		{"wire/feed.jsonl#line-10", StatusOK, nil, "Null id."},
		{"wire/feed.jsonl#line-11", StatusFailed, []string{"line 11", "not a JSON object"}, ""},
	}
	if len(ins) != len(want) {
		for _, in := range ins {
			t.Logf("%+v", in)
		}
		t.Fatalf("got %d inputs, want %d", len(ins), len(want))
	}
	for i, w := range want {
		in := ins[i]
		if in.Article.ID != w.id || in.Status != w.status {
			t.Errorf("input %d: ID %q status %q (%s), want %q %q", i, in.Article.ID, in.Status, in.Reason, w.id, w.status)
			continue
		}
		if in.Article.Format != "jsonl" {
			t.Errorf("input %d: Format %q, want jsonl", i, in.Article.Format)
		}
		if w.status == StatusOK {
			if in.Reason != "" || in.Article.Text != w.text {
				t.Errorf("input %d: reason %q text %q, want no reason and text %q", i, in.Reason, in.Article.Text, w.text)
			}
			continue
		}
		for _, part := range w.reason {
			if !strings.Contains(in.Reason, part) {
				t.Errorf("input %d: reason %q, want it to contain %q", i, in.Reason, part)
			}
		}
	}
	first := ins[0].Article
	if first.Title != "First" || first.Source != "Wire" || first.Date != "2024-03-05" || first.URL != "https://example.com/1" {
		t.Errorf("first article metadata: %+v", first)
	}
}

func TestReadInputsFailures(t *testing.T) {
	tests := []struct {
		name    string
		id      string
		content string
		status  Status
		reason  string // a part of the reason
	}{
		{"unknown extension", "photos/list.xls", "a,b,c\n", StatusSkipped, "unsupported extension .xls"},
		{"pdf", "report.pdf", "%PDF-1.4", StatusSkipped, "unsupported extension .pdf (reads .txt, .md, .html, .htm, .jsonl, .csv, .tsv)"},
		{"no extension", "wire/README", "Some text.", StatusSkipped, "no file extension"},
		{"word document", "notes/brief.docx", "PK\x03\x04", StatusSkipped, "unsupported extension .docx"},
		{"empty txt", "empty.txt", "", StatusFailed, "empty file"},
		{"blank txt", "blank.txt", " \n\t\r\n  \n", StatusFailed, "no article text"},
		{"BOM only", "bom.txt", "\xef\xbb\xbf", StatusFailed, "no article text"},
		{"binary txt", "image.txt", "GIF89a\x00\x01\x02", StatusFailed, "binary"},
		{"binary md", "x.md", "# Title\x00", StatusFailed, "binary"},
		{"binary html", "x.html", "<p>\x00</p>", StatusFailed, "binary"},
		{"binary jsonl", "x.jsonl", "{\"text\":\"a\"}\x00", StatusFailed, "binary"},
		{"empty md", "empty.md", "", StatusFailed, "empty file"},
		{"front matter only", "head.md", "---\ntitle: T\n---\n\n", StatusFailed, "no article text after the front matter"},
		{"front matter not YAML", "bad.md", "---\ntitle: [unclosed\n---\nBody.\n", StatusFailed, "front matter is not valid YAML"},
		{"front matter never closed", "open.md", "---\ntitle: T\nBody.\n", StatusFailed, "never closed"},
		{"control characters only", "ctl.txt", "\x01\x02\x1b\x7f\r\n", StatusFailed, "no article text"},
		{"mostly control characters", "ctl.txt", strings.Repeat("\x01\x02\x03a", 40), StatusFailed, "binary file (mostly control characters)"},
		{"byte undefined in Windows-1252", "odd.txt", "Caf\xe9 and \x81 more", StatusFailed, "not UTF-8 and not Windows-1252 (byte 0x81 at offset 9)"},
		{"another legacy encoding", "koi8.txt", strings.Repeat("\xf0\xd2\xc9\xd7\xc5\xd4 ", 10), StatusFailed, "not UTF-8 and not Windows-1252"},
		{"UTF-16 with NUL characters", "u16.txt", "\xff\xfeA\x00\x00\x00B\x00", StatusFailed, "binary"},
		{"empty html", "empty.html", "", StatusFailed, ""},
		{"html without story", "nav.html", "<html><body><nav>Home</nav><script>x()</script></body></html>", StatusFailed, ""},
		{"empty jsonl", "empty.jsonl", "", StatusFailed, "empty file"},
		{"binary jsonl head", "bin.jsonl", "\x00\x01{\"text\":\"a\"}", StatusFailed, "binary file (contains NUL bytes)"},
		{"blank jsonl", "blank.jsonl", "\n  \n\n", StatusFailed, "no articles"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := readOne(t, tt.id, tt.content)
			if in.Status != tt.status {
				t.Fatalf("status %q (%s), want %q", in.Status, in.Reason, tt.status)
			}
			if in.Reason == "" || !strings.Contains(in.Reason, tt.reason) {
				t.Errorf("reason %q, want a reason containing %q", in.Reason, tt.reason)
			}
			if in.Article.ID != tt.id {
				t.Errorf("ID %q, want %q", in.Article.ID, tt.id)
			}
		})
	}
}

// errReader fails every read.
type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, os.ErrPermission }

func TestReadInputsReaderError(t *testing.T) {
	ins, err := ReadInputs("broken.txt", errReader{})
	if err == nil {
		t.Fatalf("got %+v and no error, want an error", ins)
	}
	if !strings.Contains(err.Error(), "broken.txt") {
		t.Errorf("error %q does not name the file", err)
	}
	// A file of another type is never read, so its reader's failure does not matter.
	ins, err = ReadInputs("photo.jpg", errReader{})
	if err != nil || len(ins) != 1 || ins[0].Status != StatusSkipped {
		t.Errorf("photo.jpg: got %+v, %v; want one skipped input", ins, err)
	}
}

func TestNormDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-03-05", "2024-03-05"},
		{"2024-03-05T10:00:00Z", "2024-03-05"},
		{"2024-03-05T23:30:00-05:00", "2024-03-05"},
		{"2024-03-05T10:00:00", "2024-03-05"},
		{"2024-03-05 10:00:00", "2024-03-05"},
		{"2024-03-05T10:00:00.123+01:00", "2024-03-05"},
		{"2024-03-05 (updated)", "2024-03-05"},
		{"5 March 2024", "2024-03-05"},
		{"March 5, 2024", "2024-03-05"},
		{"Mar 5, 2024", "2024-03-05"},
		{"  2024-03-05  ", "2024-03-05"},
		{"yesterday", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := normDate(tt.in); got != tt.want {
			t.Errorf("normDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestReadInputsSizeLimit(t *testing.T) {
	opt := ReadOptions{MaxSize: 1 << 10}
	long := strings.Repeat("word ", 300) // 1500 bytes
	tests := []struct {
		name, id, content string
		want              []string // "ID status reason" of each input
	}{
		{"text at the limit", "a.txt", strings.Repeat("x", 1<<10), []string{"a.txt ok "}},
		{"text over the limit", "a.txt", long, []string{"a.txt failed too big: over the 1 KiB limit"}},
		{"markdown over the limit", "a.md", long, []string{"a.md failed too big: over the 1 KiB limit"}},
		{"feed with one line over the limit", "f.jsonl",
			`{"id":"a","text":"Short."}` + "\n" + `{"id":"b","text":"` + long + `"}` + "\n" + `{"id":"c","text":"Also short."}`,
			[]string{"f.jsonl#a ok ", "f.jsonl#line-2 failed line 2: too big: over the 1 KiB limit", "f.jsonl#c ok "}},
		{"feed bigger than the limit, every line under it", "f.jsonl", strings.Repeat(`{"text":"A line of a feed."}`+"\n", 100),
			nil}, // 100 ok inputs, checked below
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ins, err := readInputsWith(tt.id, strings.NewReader(tt.content), opt)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, in := range ins {
				got = append(got, in.Article.ID+" "+string(in.Status)+" "+in.Reason)
			}
			if tt.want == nil {
				if len(ins) != 100 || ins[99].Status != StatusOK {
					t.Errorf("got %d inputs, the last %v; want 100 ok", len(ins), got[len(got)-1])
				}
				return
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

func TestReadFileSizeLimit(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"big.txt": strings.Repeat("A sentence. ", 200)})
	ins := ReadFileWith(File{Path: filepath.Join(dir, "big.txt"), ID: "big.txt"}, ReadOptions{MaxSize: 1000})
	if len(ins) != 1 || ins[0].Status != StatusFailed || ins[0].Reason != "too big: 2.3 KiB, over the 1000 bytes limit" {
		t.Errorf("got %+v, want one failed input with its size", ins)
	}
	if ins := ReadFile(File{Path: filepath.Join(dir, "big.txt"), ID: "big.txt"}); ins[0].Status != StatusOK {
		t.Errorf("default limit: got %+v, want ok", ins)
	}
}

func TestReadInputsJSONLBadLines(t *testing.T) {
	tests := []struct {
		name, feed string
		want       []string // "ID status reason" of each input
	}{
		{"id that looks like a path stays a name",
			`{"id":"../../etc/x","text":"A."}` + "\n" + `{"id":"/abs/path","text":"B."}`,
			[]string{"f.jsonl#../../etc/x ok ", "f.jsonl#/abs/path ok "}},
		{"id with line breaks and control characters",
			`{"id":"a\nb\u0000\u001b[2Jc","text":"A."}`,
			[]string{"f.jsonl#a bc ok "}},
		{"very long id is cut",
			`{"id":"` + strings.Repeat("x", 300) + `","text":"A."}`,
			[]string{"f.jsonl#" + strings.Repeat("x", 200) + "… ok "}},
		{"repeated id gets its line",
			`{"id":"a","text":"A."}` + "\n" + `{"id":"a","text":"B."}`,
			[]string{"f.jsonl#a ok ", "f.jsonl#a (line 2) ok "}},
		{"text of the wrong type fails, other fields of any type are read",
			`{"id":"a","title":5,"date":true,"source":{"name":"W"},"text":"A."}` + "\n" + `{"id":"b","text":["x"]}` + "\n" + `{"id":"c","text":7}`,
			[]string{`f.jsonl#a ok `, `f.jsonl#b failed line 2: field "text" is a JSON array, not a string`,
				`f.jsonl#c failed line 3: field "text" is a JSON number, not a string`}},
		{"not an object",
			`"just a string"` + "\n" + `42`,
			[]string{`f.jsonl#line-1 failed line 1: not a JSON object (each line is {"id": ..., "text": ...})`,
				`f.jsonl#line-2 failed line 2: not a JSON object (each line is {"id": ..., "text": ...})`}},
		{"broken line among good ones",
			`{"id":"a","text":"A."}` + "\n" + `{"id": "b", "text": "unterminated` + "\n" + `{"id":"c","text":"C."}`,
			[]string{"f.jsonl#a ok ", "f.jsonl#line-2 failed line 2: invalid JSON: unexpected end of JSON input", "f.jsonl#c ok "}},
		{"trailing text after the object",
			`{"id":"a","text":"A."} extra`,
			[]string{"f.jsonl#line-1 failed line 1: invalid JSON: invalid character 'e' after top-level value"}},
		{"CRLF lines, BOM and Windows-1252 bytes",
			"\xef\xbb\xbf{\"id\":\"a\",\"title\":\"\x93Quoted\x94\",\"text\":\"A.\"}\r\n{\"id\":\"b\",\"text\":\"B.\"}\r\n",
			[]string{"f.jsonl#a ok ", "f.jsonl#b ok "}},
		{"UTF-16 feed", utf16le("\ufeff{\"id\":\"a\",\"text\":\"Café.\"}\n{\"id\":\"b\",\"text\":\"B.\"}\n"),
			[]string{"f.jsonl#a ok ", "f.jsonl#b ok "}},
		{"text with control characters and CR line ends",
			`{"id":"a","text":"One.\r\nTwo.\rThree.\u0000\u0007"}`,
			[]string{"f.jsonl#a ok "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ins, err := ReadInputs("f.jsonl", strings.NewReader(tt.feed))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, in := range ins {
				got = append(got, in.Article.ID+" "+string(in.Status)+" "+in.Reason)
				if strings.ContainsAny(in.Article.Text, "\r\x00\x07") {
					t.Errorf("%s: text %q keeps control characters", in.Article.ID, in.Article.Text)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

func TestReadInputsJSONLDecodes(t *testing.T) {
	feed := "{\"id\":\"a\",\"title\":\"\x93Quoted\x94 title\\nsecond line\",\"text\":\"One.\\r\\nTwo.\\rThree.\\u0000\"}\n"
	ins, err := ReadInputs("f.jsonl", strings.NewReader(feed))
	if err != nil || len(ins) != 1 {
		t.Fatalf("got %+v, %v", ins, err)
	}
	a := ins[0].Article
	if a.Title != "“Quoted” title second line" {
		t.Errorf("title %q, want the Windows-1252 quotes decoded, on one line", a.Title)
	}
	if a.Text != "One.\nTwo.\nThree." {
		t.Errorf("text %q, want line ends normalised and NUL removed", a.Text)
	}
	ins, err = ReadInputs("f.jsonl", strings.NewReader(`{"id":"n","title":5,"source":{"name":"Wire"},"date":"2024-03-05T10:00:00Z","text":"A."}`))
	if err != nil || len(ins) != 1 {
		t.Fatalf("got %+v, %v", ins, err)
	}
	if a := ins[0].Article; a.Title != "5" || a.Source != "Wire" || a.Date != "2024-03-05" {
		t.Errorf("title %q source %q date %q: want a number as its JSON, a source object by its name", a.Title, a.Source, a.Date)
	}
}

func TestFormatSize(t *testing.T) {
	for n, want := range map[int64]string{
		0: "0 bytes", 1000: "1000 bytes", 1024: "1 KiB", 1536: "1.5 KiB", 8 << 20: "8 MiB", 5<<20 + 300<<10: "5.3 MiB", 3 << 30: "3 GiB",
	} {
		if got := FormatSize(n); got != want {
			t.Errorf("FormatSize(%d) = %q, want %q", n, got, want)
		}
	}
	if got, want := tooBigReason(12<<20, 8<<20), "too big: 12 MiB, over the 8 MiB limit"; got != want {
		t.Errorf("tooBigReason = %q, want %q", got, want)
	}
}

// TestFromFileName checks the outlet and date read from a file's name,
// and the names that carry none.
func TestFromFileName(t *testing.T) {
	for _, c := range []struct{ id, source, date string }{
		{"nyt_2016-03-04_republicans-have-stake-in-a-deal.txt", "nyt", "2016-03-04"},
		{"archive/wash-post_2015-12-12_misinformation.txt", "wash-post", "2015-12-12"},
		{"usa-today_2016-04-06.md", "usa-today", "2016-04-06"},
		{"2016-10-12_debate-night.txt", "", "2016-10-12"},
		{"nyt_2016-02-30_no-such-day.txt", "", ""},
		{"alaska-summit.txt", "", ""},
		{"notes_on_2016.txt", "", ""},
		{"saved/varga-summit.html", "", ""},
	} {
		s, d := fromFileName(c.id)
		if s != c.source || d != c.date {
			t.Errorf("%s: source %q, date %q; want %q, %q", c.id, s, d, c.source, c.date)
		}
	}
}
