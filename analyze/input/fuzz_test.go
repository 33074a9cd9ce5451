package input

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// isStrayControl reports whether r is a control character that clean text
// never holds: all but line end and tab.
func isStrayControl(r rune) bool {
	return r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r < 0xa0 || r == '\ufeff' || r == '\u2028' || r == '\u2029'
}

// fuzzExts are the file names FuzzReadInputs picks from: every reader, an
// upper-case extension, a format portray does not read and no extension.
var fuzzExts = []string{".txt", ".md", ".html", ".jsonl", ".htm", ".text", ".TXT", ".pdf", ""}

func FuzzReadInputs(f *testing.F) {
	seeds := []struct {
		content string
		ext     byte
	}{
		{"The council met.\nIt voted.\n", 0},
		{"\xef\xbb\xbfOne.\r\nTwo.\r\n", 0},
		{"He said \x93yes\x94.", 0},
		{"", 0},
		{"bin\x00ary", 0},
		{"---\ntitle: T\ndate: 2024-03-05\nauthor: A\n---\n# Head\n\nThe **council** met [here](http://x).\n", 1},
		{"---\ntitle: never closed\n", 1},
		{"---\n---\nBody.", 1},
		{"* * *\n- item\n> quote _em_ `code` ![img](x)\n", 1},
		{"<html><head><title>T</title><meta property=\"article:published_time\" content=\"2024-03-05\"></head><body><nav>N</nav><article><p>One paragraph of text.</p><p>Another.</p></article><script>x()</script></body></html>", 2},
		{"<p>unclosed <b>tags<div>text", 2},
		{"<html><body></body></html>", 4},
		{"{\"id\":\"a\",\"text\":\"One.\"}\n\n{\"id\":2,\"text\":\"Two.\"}\n{bad\n{\"title\":\"no text\"}\n", 3},
		{"{\"text\":null}\n[1]\n\"s\"\nnull\n", 3},
		{"", 3},
		{"Some text.", 7},
		{"Some text.", 8},
		{"\xff\xfeH\x00i\x00.\x00", 0},
		{"\xfe\xff\x00H\x00i\x00.", 1},
		{"H\x00i\x00 \x00t\x00h\x00e\x00r\x00e\x00", 0},
		{"\xff\xfe\x00\x00H\x00\x00\x00", 0},
		{"Caf\xe9 \x81 odd", 0},
		{"\xef\xbb\xbf{\"id\":\"../../x\",\"text\":\"A\\u0000B\"}\r\n{\"id\":\"../../x\",\"text\":\"C.\"}", 3},
		{"\xff\xfe{\x00}\x00", 3},
		{"{\"title\":5,\"text\":\"a\"}\n" + strings.Repeat("x", 300), 3},
	}
	for _, s := range seeds {
		f.Add([]byte(s.content), s.ext)
	}
	f.Fuzz(func(t *testing.T, content []byte, ext byte) {
		id := "dir/file" + fuzzExts[int(ext)%len(fuzzExts)]
		// The high bit of ext picks a small size limit, to reach the
		// too-big paths of files and feed lines.
		opt := ReadOptions{}
		if ext&0x80 != 0 {
			opt.MaxSize = 256
		}
		ins, err := readInputsWith(id, bytes.NewReader(content), opt)
		if err != nil {
			t.Fatalf("ReadInputs(%q): error %v from a reader that cannot fail", id, err)
		}
		if len(ins) == 0 {
			t.Fatalf("ReadInputs(%q): no inputs", id)
		}
		for i, in := range ins {
			if !strings.HasPrefix(in.Article.ID, id) {
				t.Errorf("input %d: ID %q does not start with %q", i, in.Article.ID, id)
			}
			a := in.Article
			for _, field := range []string{a.Text, a.Title, a.Source, a.Date, a.Byline, a.URL} {
				if !utf8.ValidString(field) || strings.ContainsFunc(field, isStrayControl) {
					t.Errorf("input %d: field %q is not clean text", i, field)
				}
			}
			if strings.ContainsAny(a.Title+a.Source+a.Date+a.Byline+a.URL, "\n\t") {
				t.Errorf("input %d: a one-line field holds a line end or tab: %+v", i, a)
			}
			switch in.Status {
			case StatusOK:
				if in.Reason != "" {
					t.Errorf("input %d: ok with reason %q", i, in.Reason)
				}
				if strings.TrimSpace(in.Article.Text) == "" {
					t.Errorf("input %d: ok without text", i)
				}
			case StatusSkipped, StatusFailed:
				if in.Reason == "" {
					t.Errorf("input %d: %s without a reason", i, in.Status)
				}
			default:
				t.Errorf("input %d: invalid status %q", i, in.Status)
			}
		}
	})
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{
		"",
		"One line.",
		"Headline\n\nThe council met on Tuesday evening to discuss the budget for next\nyear, which was delayed.\n",
		"One.\r\nTwo.\rThree.\fFour.\vFive.\u2028Six.",
		"a\x00b\x1b[31mc\x7f\u0085d\ufeff",
		"bad \xff\xfe bytes \xc3",
		"To view this video please enable JavaScript, and consider upgrading to a web\nbrowser that supports HTML5 video\nText.",
		"Share this article\nAdvertisement\nFollow us on X\nBody.",
		"One two. Three four! Five “six.” Seven… eight? Nine",
		"éééé aaaa 東京東京",
		"\n\n\n   \n\t\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		norm := normalizeText(text)
		if !utf8.ValidString(norm) || strings.ContainsFunc(norm, isStrayControl) {
			t.Fatalf("normalizeText(%q) = %q: not clean", text, norm)
		}
		if again := normalizeText(norm); again != norm {
			t.Fatalf("normalizeText not idempotent on %q: %q then %q", text, norm, again)
		}
		paras, removed := Clean(text)
		if removed < 0 {
			t.Fatalf("removed %d", removed)
		}
		lines := strings.Count(norm, "\n") + 1
		prevLine := 0
		for i, p := range paras {
			if p.Index != i+1 {
				t.Errorf("paragraph %d has Index %d", i+1, p.Index)
			}
			if p.Line < 1 || p.Line > lines || p.Line < prevLine {
				t.Errorf("paragraph %d: Line %d outside 1..%d or before the previous (%d)", p.Index, p.Line, lines, prevLine)
			}
			prevLine = p.Line
			if p.Text == "" || len(p.Text) > maxParagraph || p.Text != strings.Join(strings.Fields(p.Text), " ") {
				t.Errorf("paragraph %d: %d bytes, empty, over %d or not whitespace-collapsed: %q", p.Index, len(p.Text), maxParagraph, p.Text)
			}
			if !utf8.ValidString(p.Text) || strings.ContainsFunc(p.Text, isStrayControl) {
				t.Errorf("paragraph %d: not clean text: %q", p.Index, p.Text)
			}
		}
		// Long paragraphs are cut by splitLong; check it with a limit small
		// enough for these short inputs: pieces within the limit that add
		// up to the text.
		flat := strings.Join(strings.Fields(norm), " ")
		max := 4 + len(text)%40
		pieces := splitLong(flat, max)
		for _, p := range pieces {
			if p == "" || len(p) > max || !utf8.ValidString(p) {
				t.Errorf("splitLong(%q, %d): piece %q empty, too long or not UTF-8", flat, max, p)
			}
		}
		if got, want := strings.ReplaceAll(strings.Join(pieces, ""), " ", ""), strings.ReplaceAll(flat, " ", ""); got != want {
			t.Errorf("splitLong(%q, %d) = %q: the pieces do not add up to the text", flat, max, pieces)
		}
		again, removedAgain := Clean(norm)
		if len(again) != len(paras) || removedAgain != removed {
			t.Errorf("Clean of the normalised text differs: %d paragraphs (%d removed), want %d (%d)", len(again), removedAgain, len(paras), removed)
		}
	})
}
