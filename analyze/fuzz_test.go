package analyze

import (
	"bytes"
	"strings"
	"testing"
)

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
	}
	for _, s := range seeds {
		f.Add([]byte(s.content), s.ext)
	}
	f.Fuzz(func(t *testing.T, content []byte, ext byte) {
		id := "dir/file" + fuzzExts[int(ext)%len(fuzzExts)]
		ins, err := ReadInputs(id, bytes.NewReader(content))
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

func FuzzFindQuotes(f *testing.F) {
	for _, s := range []string{
		"",
		"“We didn’t get there,” he said.",
		"‘We didn’t get there, but we have a very good chance,’ he added.",
		"He said \"it is over\" and 'done' too.",
		"Trump said he would end the war within ’24 hours’ of being re-elected.",
		"The leaders’ meeting was ‘constructive’.",
		"Back in the ’90s, rock ’n’ roll ruled.",
		"“Outer ‘inner’ still outer” after.",
		"«Bonjour», dit-il.",
		"„Guten Tag“, sagte er.",
		"“This quotation runs on into the next paragraph",
		"‘unclosed",
		"”Backwards” marks.",
		"Mismatched “double’ and ‘single”.",
		"'''\"\"\"’’’”””",
		"It’s the Smiths’ house, isn’t it?",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		qs := FindQuotes(text)
		prevEnd := 0
		for i, q := range qs {
			for _, s := range []Span{q.Open, q.Content, q.Close} {
				if s.Start < 0 || s.End > len(text) || s.Start > s.End {
					t.Fatalf("quote %d: span %+v outside [0,%d] or reversed in %q", i, s, len(text), text)
				}
			}
			if q.Open.Start < prevEnd {
				t.Errorf("quote %d %+v starts before the previous quote ends (%d) in %q", i, q, prevEnd, text)
			}
			if q.Open.End <= q.Open.Start {
				t.Errorf("quote %d: empty opening mark %+v in %q", i, q.Open, text)
			}
			if q.Open.End != q.Content.Start {
				t.Errorf("quote %d: Open.End %d != Content.Start %d in %q", i, q.Open.End, q.Content.Start, text)
			}
			if q.Content.End != q.Close.Start {
				t.Errorf("quote %d: Content.End %d != Close.Start %d in %q", i, q.Content.End, q.Close.Start, text)
			}
			if q.Closed {
				if q.Close.End <= q.Close.Start {
					t.Errorf("quote %d: closed with an empty closing mark %+v in %q", i, q.Close, text)
				}
			} else {
				if q.Content.End != len(text) || q.Close.Start != len(text) || q.Close.End != len(text) {
					t.Errorf("quote %d: unclosed but ends at %d, not %d, in %q", i, q.Content.End, len(text), text)
				}
				if i != len(qs)-1 {
					t.Errorf("quote %d: unclosed but not the last of %d in %q", i, len(qs), text)
				}
			}
			prevEnd = q.Close.End
		}
	})
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{
		"",
		"   ",
		"Mr. Smith went to Washington. He stayed.",
		"U.S. officials said the talks were over. Russia disagreed.",
		"The walkout began on Jan. 5 after talks collapsed.",
		"J. R. Smith wrote it. He is famous.",
		"He said “It is over.” Then he left.",
		"‘... a deal.’ he said",
		"Is it over? No! It goes on… Maybe.",
		"One.   Two.  ",
		"...",
		". . .",
		"“Dr. Jones will decide,” she said.",
		"no final punctuation",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prevEnd := 0
		for i, s := range Sentences(text) {
			if s.Start < prevEnd || s.End > len(text) {
				t.Fatalf("sentence %d %+v overlaps the previous one (end %d) or leaves the text (%d) in %q", i, s, prevEnd, len(text), text)
			}
			if s.End <= s.Start {
				t.Fatalf("sentence %d %+v is empty in %q", i, s, text)
			}
			prevEnd = s.End
		}
	})
}
