package analyze

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
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
func Clean(text string) ([]Paragraph, int) {
	removed := 0
	lower := strings.ToLower(text)
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
		t := strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
		if t != "" {
			paras = append(paras, Paragraph{Index: len(paras) + 1, Line: line, Text: t})
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

// wrapWidth is the longest line taken as part of a hard-wrapped block.
const wrapWidth = 100

// hardWrapped reports whether a block of lines is one paragraph wrapped at a
// fixed width: several lines, none long, most of them ending mid-sentence.
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
		if !endsSentence(l) {
			open++
		}
	}
	return 2*open >= len(block)-1
}

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
