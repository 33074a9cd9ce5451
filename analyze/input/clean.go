package input

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"portray/analyze/nlp"
)

// Paragraph is one paragraph of an article's cleaned text.
type Paragraph struct {
	// Index is the paragraph's 1-based position among the article's kept paragraphs.
	Index int
	// Line is the 1-based line of the input text where the paragraph starts.
	Line int
	// Text is the paragraph with its wrapped lines joined and whitespace collapsed.
	Text string
}

// boilerplate lists the page furniture removed from article text: video
// placeholders, newsletter and contact footers, share and advert labels.
// Each pattern may span wrapped lines; whitespace in it matches any run of
// spaces and newlines. Every removal is counted.
var boilerplate = compileBoilerplate([][2]string{
	// {a word every match holds, the pattern}: the word lets most articles
	// skip the pattern without running it.
	{"javascript", `to view this video please enable javascript,? and consider upgrading to a web browser that supports html5 video\.?`},
	{"get in touch", `get in touch with our news team by emailing us at \S+`},
	{"more stories", `for more stories like this,? check our news page\.?`},
	{"javascript", `(?:please )?enable javascript to (?:view|watch|play) (?:this|the) (?:video|content)\.?`},
	{"browser", `your browser does not support (?:the )?(?:video|audio)(?: tag| element)?\.?`},
	{"sign up", `sign up (?:to|for) our [\w ]{0,40}newsletters?[^\n]{0,120}`},
	{"share", `(?:share|share this article|share this story)(?: on (?:facebook|twitter|x|whatsapp|email))*:?`},
	{"advertisement", `advertisement|story continues below(?: advertisement)?`},
	{"here to", `(?:click|tap) here to [^\n]{0,120}`},
	{"follow us", `follow us on [^\n]{0,120}`},
})

// boilerplateRule is one compiled boilerplate pattern and its key word.
type boilerplateRule struct {
	key string
	re  *regexp.Regexp
}

func compileBoilerplate(pats [][2]string) []boilerplateRule {
	out := make([]boilerplateRule, len(pats))
	for i, p := range pats {
		pat := strings.ReplaceAll(p[1], " ", `\s+`)
		// A pattern must cover whole lines: it starts at a line start and
		// ends at a line end, so a sentence that merely contains the words stays.
		out[i] = boilerplateRule{key: p[0], re: regexp.MustCompile(`(?im)^[ \t]*(?:` + pat + `)[ \t]*$`)}
	}
	return out
}

// Clean removes page boilerplate from an article's text and splits what is
// left into paragraphs. It returns the paragraphs and the number of
// boilerplate blocks removed.
//
// Each non-empty line is a paragraph, except that lines wrapped inside a
// sentence are joined, and a blank-line-separated block of short wrapped
// lines (a hard-wrapped file) is one paragraph.
//
// Text is normalised first (UTF-8, "\n" line ends, no control characters
// but tabs), and a paragraph longer than 10 000 bytes (maxParagraph) is
// cut, at sentence ends where it can be, into pieces that each start at the
// same input line: a file of one huge line is read in time proportional to
// its length, and an unclosed quotation can swallow at most one piece.
func Clean(text string) ([]Paragraph, int) {
	text = normalizeText(text)
	removed := 0
	lower := keyLower(text)
	for _, rule := range boilerplate {
		if !strings.Contains(lower, rule.key) {
			continue
		}
		text = rule.re.ReplaceAllStringFunc(text, func(m string) string {
			removed++
			// Keep the line count so paragraphs still point at their input lines.
			return strings.Repeat("\n", strings.Count(m, "\n"))
		})
	}
	lines := strings.Split(text, "\n")
	var paras []Paragraph
	add := func(line int, parts []string) {
		t := joinFields(parts)
		for _, piece := range splitLong(t, maxParagraph) {
			paras = append(paras, Paragraph{Index: len(paras) + 1, Line: line, Text: piece})
		}
	}
	for i := 0; i < len(lines); {
		if strings.TrimSpace(lines[i]) == "" {
			i++
			continue
		}
		j := i
		for j < len(lines) && strings.TrimSpace(lines[j]) != "" {
			j++
		}
		block := lines[i:j]
		if hardWrapped(block) {
			add(i+1, block)
		} else {
			start := 0
			for k := range block {
				if k+1 < len(block) && wrappedInside(block[k], block[k+1]) {
					continue
				}
				add(i+start+1, block[start:k+1])
				start = k + 1
			}
		}
		i = j
	}
	return paras, removed
}

// keyLower is text lower-cased for finding the boilerplate keys, which
// are ASCII: as strings.ToLower would give it wherever an ASCII key can
// match. Only ASCII letters are changed, unless the text holds one of the
// two characters that lower-case to ASCII (the Kelvin sign and a dotted
// capital I), when strings.ToLower is used.
func keyLower(text string) string {
	if strings.ContainsRune(text, '\u212a') || strings.ContainsRune(text, '\u0130') {
		return strings.ToLower(text)
	}
	b := []byte(text)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// joinFields is strings.Join(strings.Fields(strings.Join(parts, " ")), " "):
// the lines' words with one space between them. A line that is already so
// is returned as it is.
func joinFields(parts []string) string {
	if len(parts) == 1 && singleSpaced(parts[0]) {
		return parts[0]
	}
	var b strings.Builder
	for _, p := range parts {
		for _, w := range strings.Fields(p) {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(w)
		}
	}
	return b.String()
}

// singleSpaced reports whether s has no leading or trailing space and no
// white space but single ASCII spaces between words.
func singleSpaced(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if s[i+1] == ' ' {
				return false
			}
		case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += n - 1
		}
	}
	return true
}

// wrapWidth is the longest line taken as part of a hard-wrapped block.
const wrapWidth = 100

// hardWrapped reports whether a block of lines is one paragraph wrapped at a
// fixed width: several lines, none long, most of them ending mid-sentence
// at a length a wrap leaves.
func hardWrapped(block []string) bool {
	if len(block) < 2 {
		return false
	}
	if utf8.RuneCountInString(block[len(block)-1]) > wrapWidth {
		return false
	}
	open := 0
	for _, l := range block[:len(block)-1] {
		if utf8.RuneCountInString(l) > wrapWidth {
			return false
		}
		if !endsSentence(l) && utf8.RuneCountInString(l) >= minWrapped {
			open++
		}
	}
	return 2*open >= len(block)-1
}

// minWrapped is the shortest line counted as broken by a fixed-width wrap:
// a short line without closing punctuation is a byline, a heading or a
// caption ("By Jason Groves Political Editor"), not a wrapped one.
const minWrapped = 40

// wrappedInside reports whether line cur was broken inside a sentence that
// next continues: cur ends without closing punctuation and next starts in
// lower case or with a number.
func wrappedInside(cur, next string) bool {
	if endsSentence(cur) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(next))
	return unicode.IsLower(r) || unicode.IsDigit(r)
}

// endsSentence reports whether a line ends with punctuation that can close a
// sentence or a paragraph.
func endsSentence(l string) bool {
	l = strings.TrimRightFunc(l, unicode.IsSpace)
	r, _ := utf8.DecodeLastRuneInString(l)
	return strings.ContainsRune(".!?:;…\"”’')]»*", r)
}

// maxParagraph is the longest paragraph, in bytes, that Clean keeps whole:
// several times the longest paragraph of real news, short enough that the
// work done per paragraph stays small.
const maxParagraph = 10000

// splitLong returns t (already whitespace-collapsed) cut into pieces of at
// most max bytes: after the last sentence end that fits, else at the last
// space, else at a character boundary. Empty text gives no pieces.
func splitLong(t string, max int) []string {
	var out []string
	for len(t) > max {
		cut := sentenceCut(t[:max+1])
		if cut <= 0 {
			cut = strings.LastIndexByte(t[:max+1], ' ')
		}
		if cut <= 0 {
			cut = max
			for cut > 0 && !utf8.RuneStart(t[cut]) {
				cut--
			}
			if cut == 0 { // no character boundary in reach: not UTF-8; cut anyway
				cut = max
			}
		}
		if piece := strings.TrimSpace(t[:cut]); piece != "" {
			out = append(out, piece)
		}
		t = strings.TrimLeft(t[cut:], " ")
	}
	if t != "" {
		out = append(out, t)
	}
	return out
}

// sentenceCut returns the offset of the space before the last sentence of
// s that nlp.Sentences finds after another, or -1 when s holds one sentence
// or none.
func sentenceCut(s string) int {
	sents := nlp.Sentences(s)
	if len(sents) < 2 {
		return -1
	}
	return sents[len(sents)-1].Start - 1
}

// normalizeText returns text as clean UTF-8 with "\n" line ends: CRLF, CR,
// form feed, vertical tab and the Unicode line and paragraph separators end
// a line; other control characters (NUL, DEL, the C1 range), terminal
// escape sequences ("\x1b[1m") and stray byte-order marks are removed;
// bytes that are not UTF-8 become U+FFFD. Tabs are kept. Text that needs
// none of this is returned as is.
func normalizeText(text string) string {
	if !needsNormalizing(text) {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteRune(utf8.RuneError)
		case r == '\r':
			b.WriteByte('\n')
			if i+1 < len(text) && text[i+1] == '\n' {
				n = 2
			}
		case r == '\n' || r == '\f' || r == '\v' || r == '\u2028' || r == '\u2029':
			b.WriteByte('\n')
		case r == '\t':
			b.WriteByte('\t')
		case r == 0x1b:
			n = escapeLength(text[i:])
		case r < 0x20 || r >= 0x7f && r < 0xa0 || r == '\ufeff':
			// dropped
		default:
			b.WriteString(text[i : i+n])
		}
		i += n
	}
	return b.String()
}

// escapeLength returns the length of the terminal escape sequence at the
// start of s, which starts with ESC: a control sequence (ESC [ parameters
// and a final letter), an operating system command (ESC ] text ended by BEL
// or ESC \\), or just ESC when what follows is neither or runs on too long.
func escapeLength(s string) int {
	const longest = 256
	if len(s) < 2 {
		return 1
	}
	switch s[1] {
	case '[':
		for i := 2; i < len(s) && i < longest; i++ {
			c := s[i]
			switch {
			case c >= 0x40 && c <= 0x7e:
				return i + 1
			case c < 0x20 || c > 0x3f:
				return 1 // not a control sequence
			}
		}
	case ']':
		for i := 2; i < len(s) && i < longest; i++ {
			switch {
			case s[i] == 0x07:
				return i + 1
			case s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\':
				return i + 2
			case s[i] == '\n':
				return 1
			}
		}
	}
	return 1
}

// needsNormalizing reports whether normalizeText would change text.
func needsNormalizing(text string) bool {
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f {
			return true
		}
		if c >= 0x80 {
			// Only multi-byte runes can be invalid, C1 controls, separators or BOMs.
			r, n := utf8.DecodeRuneInString(text[i:])
			if r == utf8.RuneError && n == 1 || r < 0xa0 || r == '\u2028' || r == '\u2029' || r == '\ufeff' {
				return true
			}
			i += n - 1
		}
	}
	return false
}

// oneLine returns text normalised and with every run of whitespace, line
// ends included, turned into one space: for titles, names and other fields
// that are a single line of a CSV row.
func oneLine(text string) string {
	return strings.Join(strings.Fields(normalizeText(text)), " ")
}
