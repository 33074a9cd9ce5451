package input

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCleanSeedArticle(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "articles", "alaska-summit.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	paras, removed := Clean(text)
	if len(paras) != 61 {
		t.Errorf("got %d paragraphs, want 61", len(paras))
	}
	if removed != 6 {
		t.Errorf("got %d boilerplate removals, want 6", removed)
	}
	lines := strings.Split(text, "\n")
	prev := 0
	for i, p := range paras {
		if p.Index != i+1 {
			t.Errorf("paragraph %d has Index %d", i+1, p.Index)
		}
		for _, bad := range []string{"JavaScript", "Get in touch", "For more stories"} {
			if strings.Contains(p.Text, bad) {
				t.Errorf("paragraph %d (line %d) contains boilerplate %q: %q", p.Index, p.Line, bad, p.Text)
			}
		}
		if p.Line <= prev || p.Line > len(lines) {
			t.Errorf("paragraph %d: Line %d out of order or range (previous %d, %d lines)", p.Index, p.Line, prev, len(lines))
			continue
		}
		prev = p.Line
		start := strings.Join(strings.Fields(lines[p.Line-1]), " ")
		if start == "" || !strings.HasPrefix(p.Text, start) {
			t.Errorf("paragraph %d: Line %d is %q, which does not start the paragraph %q", p.Index, p.Line, lines[p.Line-1], p.Text)
		}
	}
	if t.Failed() {
		return
	}
	// Spot checks that pin a few paragraphs to their lines.
	for _, want := range []Paragraph{
		{Index: 1, Line: 5, Text: "Donald Trump has spoken with Volodymyr Zelensky and other European leaders including Sir Keir Starmer following his summit with Vladimir Putin in Alaska."},
		{Index: 13, Line: 22},
		{Index: 42, Line: 61, Text: "Reactions from Zelensky and other European leaders are expected to follow."},
		{Index: 61, Line: 87},
	} {
		got := paras[want.Index-1]
		if got.Line != want.Line || want.Text != "" && got.Text != want.Text {
			t.Errorf("paragraph %d: got line %d %q, want line %d %q", want.Index, got.Line, got.Text, want.Line, want.Text)
		}
	}
}

func TestClean(t *testing.T) {
	type para struct {
		line int
		text string
	}
	tests := []struct {
		name    string
		text    string
		want    []para
		removed int
	}{
		{
			name: "hard-wrapped blocks",
			text: "The council met on Tuesday evening to discuss the budget for next\n" +
				"year, which has been delayed by a dispute over the cost of the new\n" +
				"bridge across the river. The mayor said the delay was regrettable\n" +
				"but that the city could not afford to rush.\n" +
				"\n" +
				"Members of the opposition walked out of the chamber before the\n" +
				"vote and said they would challenge the result in court if the\n" +
				"mayor signed it into law.\n",
			want: []para{
				{1, "The council met on Tuesday evening to discuss the budget for next year, which has been delayed by a dispute over the cost of the new bridge across the river. The mayor said the delay was regrettable but that the city could not afford to rush."},
				{6, "Members of the opposition walked out of the chamber before the vote and said they would challenge the result in court if the mayor signed it into law."},
			},
		},
		{
			name: "a byline line is its own paragraph, not a wrapped one",
			text: "By Jason Groves Political Editor\nThe minister arrived late.\n“We will fight on,” she said.\n",
			want: []para{
				{1, "By Jason Groves Political Editor"},
				{2, "The minister arrived late."},
				{3, "“We will fight on,” she said."},
			},
		},
		{
			name: "hard-wrapped with CRLF-free blank lines of spaces",
			text: "\n\n  First block starts here and goes on\n  to a second line of the block.\n   \t \nSecond block starts here and then\nit continues on.",
			want: []para{
				{3, "First block starts here and goes on to a second line of the block."},
				{6, "Second block starts here and then it continues on."},
			},
		},
		{
			name: "line wrapped inside a sentence joins a lower-case line",
			text: "The prime minister spoke first, setting out a long list of demands that he said were not negotiable at all.\n" +
				"The opposition leader replied that the government had spent six months promising relief to families and had\n" +
				"delivered nothing but a bill for the taxpayers of the country to settle in the years to come.\n" +
				"Economists were divided on the plan, with several saying that the forecasts it relied on were far too optimistic.\n",
			want: []para{
				{1, "The prime minister spoke first, setting out a long list of demands that he said were not negotiable at all."},
				{2, "The opposition leader replied that the government had spent six months promising relief to families and had delivered nothing but a bill for the taxpayers of the country to settle in the years to come."},
				{4, "Economists were divided on the plan, with several saying that the forecasts it relied on were far too optimistic."},
			},
		},
		{
			name: "line wrapped before a number joins",
			text: "The final count, announced by the returning officer late on Thursday night after two separate recounts in the hall, was\n" +
				"12,400 votes to 11,950 in favour of the incumbent, who thanked her supporters in a short speech.\n" +
				"The challenger conceded.\n",
			want: []para{
				{1, "The final count, announced by the returning officer late on Thursday night after two separate recounts in the hall, was 12,400 votes to 11,950 in favour of the incumbent, who thanked her supporters in a short speech."},
				{3, "The challenger conceded."},
			},
		},
		{
			name: "one sentence per line stays separate",
			text: "Putin said he agreed that security should be ensured.\n" +
				"‘We are ready to work on that,’ he said.\n" +
				"It is rare for a visiting leader to speak first.\n" +
				"Is that a problem?\n" +
				"Nobody knows!\n",
			want: []para{
				{1, "Putin said he agreed that security should be ensured."},
				{2, "‘We are ready to work on that,’ he said."},
				{3, "It is rare for a visiting leader to speak first."},
				{4, "Is that a problem?"},
				{5, "Nobody knows!"},
			},
		},
		{
			name: "long line without final punctuation before a capital stays separate",
			text: "The summit ended without a joint statement, and the two delegations left the venue within minutes of each other\n" +
				"Officials later said a statement would follow.\n",
			want: []para{
				{1, "The summit ended without a joint statement, and the two delegations left the venue within minutes of each other"},
				{2, "Officials later said a statement would follow."},
			},
		},
		{
			name: "a sentence that mentions enable JavaScript stays",
			text: "Readers were told to enable JavaScript to view the video, which many said they could not do on older phones.\n" +
				"The site said: please enable JavaScript to view this video.\n",
			want: []para{
				{1, "Readers were told to enable JavaScript to view the video, which many said they could not do on older phones."},
				{2, "The site said: please enable JavaScript to view this video."},
			},
		},
		{
			name: "boilerplate lines removed and counted",
			text: "First paragraph of the story.\n" +
				"Please enable JavaScript to view this video.\n" +
				"Advertisement\n" +
				"Second paragraph of the story.\n" +
				"  Story continues below advertisement  \n" +
				"Share this article on Facebook\n" +
				"Your browser does not support the video tag.\n" +
				"Third paragraph of the story.\n" +
				"Sign up to our daily newsletter for the top stories every morning\n" +
				"Follow us on Twitter and Instagram\n" +
				"Click here to read more.\n",
			want: []para{
				{1, "First paragraph of the story."},
				{4, "Second paragraph of the story."},
				{8, "Third paragraph of the story."},
			},
			removed: 8,
		},
		{
			name: "video placeholder wrapped over lines keeps line numbers",
			text: "Before the video.\n" +
				"To view this video please enable JavaScript, and consider upgrading to a web\n" +
				"browser that\n" +
				"supports HTML5\n" +
				"video\n" +
				"After the video.\n" +
				"Get in touch with our news team by emailing us at webnews@example.com.\n" +
				"For more stories like this, check our news page.",
			want: []para{
				{1, "Before the video."},
				{6, "After the video."},
			},
			removed: 3,
		},
		{
			name: "whitespace collapsed",
			text: "  Many   spaces\tand\ttabs   here.  \n",
			want: []para{{1, "Many spaces and tabs here."}},
		},
		{name: "empty", text: ""},
		{name: "only blank lines", text: "\n \n\t\n"},
		{name: "only boilerplate", text: "Advertisement\n\nShare\n", removed: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			paras, removed := Clean(tt.text)
			if removed != tt.removed {
				t.Errorf("removed %d, want %d", removed, tt.removed)
			}
			var got []para
			for i, p := range paras {
				if p.Index != i+1 {
					t.Errorf("paragraph %d has Index %d", i+1, p.Index)
				}
				got = append(got, para{p.Line, p.Text})
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d paragraphs, want %d:\n got %+v\nwant %+v", len(got), len(tt.want), got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("paragraph %d:\n got line %d %q\nwant line %d %q", i+1, got[i].line, got[i].text, tt.want[i].line, tt.want[i].text)
				}
			}
		})
	}
}

func TestCleanHeadlineAboveLongParagraph(t *testing.T) {
	// A short line without final punctuation (a headline) directly above a
	// one-line paragraph is not a hard-wrapped block: the long last line shows
	// the text is not wrapped at a fixed width.
	text := "Council passes budget\n" +
		"The council voted on Tuesday to pass the budget after a long debate that ran late into the night and ended in a narrow vote.\n"
	paras, _ := Clean(text)
	if len(paras) != 2 {
		t.Fatalf("got %d paragraphs %+v, want 2", len(paras), paras)
	}
}

func TestNormalizeText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain text is kept", "One.\nTwo.\tThree.", "One.\nTwo.\tThree."},
		{"CRLF", "One.\r\nTwo.\r\n", "One.\nTwo.\n"},
		{"lone CR", "One.\rTwo.", "One.\nTwo."},
		{"CR CR LF is two line ends", "One.\r\r\nTwo.", "One.\n\nTwo."},
		{"form feed and vertical tab end a line", "One.\fTwo.\vThree.", "One.\nTwo.\nThree."},
		{"NUL, bell and DEL removed", "a\x00b\x07c\x7fd", "abcd"},
		{"terminal escape sequences removed", "a\x1b[0mb\x1b[1;31mc\x1b]0;title\x07d\x1b]8;;x\x1b\\e", "abcde"},
		{"a lone escape is removed, what follows kept", "a\x1bb\x1b[\nc\x1b", "ab[\nc"},
		{"C1 controls removed", "a\u0085b\u009bc", "abc"},
		{"Unicode line and paragraph separators", "a\u2028b\u2029c", "a\nb\nc"},
		{"stray byte-order marks removed", "\ufeffa\ufeffb", "ab"},
		{"bytes that are not UTF-8 become U+FFFD", "a\xffb\xc3", "a\ufffdb\ufffd"},
		{"letters, marks and symbols kept", "Café “naïve” — 東京 🙂 ‘x’", "Café “naïve” — 東京 🙂 ‘x’"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := normalizeText(tt.in)
			if got != tt.want {
				t.Errorf("normalizeText(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if again := normalizeText(got); again != got {
				t.Errorf("not idempotent: %q then %q", got, again)
			}
		})
	}
}

func TestSplitLong(t *testing.T) {
	tests := []struct {
		name string
		text string
		max  int
		want []string
	}{
		{"short text is one piece", "One. Two.", 20, []string{"One. Two."}},
		{"cut after the last sentence end that fits", "One two. Three four. Five six seven.", 24, []string{"One two. Three four.", "Five six seven."}},
		{"a sentence end before a quotation", "He left. “We won,” she said.", 24, []string{"He left.", "“We won,” she said."}},
		{"no sentence end before lower case", "Talks with Mr. smith went on and on", 20, []string{"Talks with Mr. smith", "went on and on"}},
		{"no sentence end: cut at a space", "aaaa bbbb cccc dddd", 12, []string{"aaaa bbbb", "cccc dddd"}},
		{"no space: cut at a character boundary", "ééééé", 5, []string{"éé", "éé", "é"}},
		{"empty", "", 5, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := splitLong(tt.text, tt.max)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("splitLong(%q, %d) = %q, want %q", tt.text, tt.max, got, tt.want)
			}
			for _, p := range got {
				if len(p) > tt.max || !utf8.ValidString(p) {
					t.Errorf("piece %q is longer than %d or not UTF-8", p, tt.max)
				}
			}
		})
	}
}

// TestCleanLongLine reads a file of one long line: it becomes pieces of at
// most maxParagraph bytes, all pointing at line 2, with every word kept.
func TestCleanLongLine(t *testing.T) {
	sentence := "The minister said the talks would go on until a deal was reached. "
	long := strings.Repeat(sentence, 3*maxParagraph/len(sentence))
	paras, _ := Clean("Headline\n" + long + "\nLast line.")
	if len(paras) < 5 {
		t.Fatalf("got %d paragraphs, want the long line cut into at least 3 pieces between the headline and the last line", len(paras))
	}
	var words []string
	for i, p := range paras {
		if len(p.Text) > maxParagraph {
			t.Errorf("paragraph %d is %d bytes, over %d", p.Index, len(p.Text), maxParagraph)
		}
		if p.Index != i+1 {
			t.Errorf("paragraph %d has Index %d", i+1, p.Index)
		}
		if i > 0 && i < len(paras)-1 {
			if p.Line != 2 {
				t.Errorf("piece %d points at line %d, want 2", p.Index, p.Line)
			}
			if !strings.HasSuffix(p.Text, ".") {
				t.Errorf("piece %d does not end a sentence: …%q", p.Index, p.Text[len(p.Text)-20:])
			}
			words = append(words, strings.Fields(p.Text)...)
		}
	}
	if got, want := strings.Join(words, " "), strings.TrimSpace(long); got != want {
		t.Errorf("the pieces do not add up to the line: %d bytes, want %d", len(got), len(want))
	}
	if last := paras[len(paras)-1]; last.Line != 3 || last.Text != "Last line." {
		t.Errorf("last paragraph %+v, want line 3 \"Last line.\"", last)
	}
}

func TestCleanNormalizes(t *testing.T) {
	paras, _ := Clean("One\x00 line.\r\nTwo\x1b lines.\rThree.")
	var got []string
	for _, p := range paras {
		got = append(got, fmt.Sprintf("%d:%s", p.Line, p.Text))
	}
	if want := []string{"1:One line.", "2:Two lines.", "3:Three."}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestJoinFieldsAndKeyLower checks the fast paths of Clean against the
// plain library calls they stand for.
func TestJoinFieldsAndKeyLower(t *testing.T) {
	for _, parts := range [][]string{
		{""}, {" "}, {"one"}, {"one two"}, {" one"}, {"one "}, {"one  two"}, {"one\ttwo"},
		{"a\u00a0b"}, {"a\u2003b c"}, {"a\u0085b"}, {"one", "two"}, {" one ", " two  three "},
		{"", "x"}, {"café résumé"}, {"bad \xff byte"}, {"x\r"},
	} {
		want := strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
		if got := joinFields(parts); got != want {
			t.Errorf("joinFields(%q) = %q, want %q", parts, got, want)
		}
	}
	for _, text := range []string{
		"Share On Facebook", "GET IN TOUCH", "Ünïcödé Advertisement", "\u212aelvin javascript",
		"\u0130ndex HERE TO", "bad \xff Follow Us", "ſign up",
	} {
		want := strings.ToLower(text)
		got := keyLower(text)
		for _, rule := range boilerplate {
			if strings.Contains(got, rule.key) != strings.Contains(want, rule.key) {
				t.Errorf("keyLower(%q) = %q: key %q found %v, strings.ToLower says %v", text, got, rule.key, strings.Contains(got, rule.key), strings.Contains(want, rule.key))
			}
		}
	}
}
