package attrib

// A paragraph read into tokens, sentences and quotations, and the
// questions about its words that need no attribution state.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"portray/analyze/input"
	"portray/analyze/nlp"
	"portray/analyze/quote"
)

// parsedPara is a paragraph split into the pieces attribution works on.
type parsedPara struct {
	input.Paragraph
	text    string       // the paragraph's text
	quotes  []quote.Span // its top-level quotations, in order
	toks    []token      // its words and punctuation, quotation marks left out
	sents   []nlp.Span   // its sentences
	tokSent []int        // sentence index of each token
	runs    []nameRun    // the runs of capitalised words that may name people
}

// parsePara splits a paragraph into quotations, tokens and sentences; the
// name runs are found later, once the article's common words are known.
func parsePara(p input.Paragraph) *parsedPara {
	pp := &parsedPara{Paragraph: p, text: p.Text}
	pp.quotes = quote.Find(p.Text)
	pp.toks = tokenize(p.Text, pp.quotes)
	pp.sents = nlp.Sentences(p.Text)
	pp.tokSent = make([]int, len(pp.toks))
	si := 0
	for i, t := range pp.toks {
		for si+1 < len(pp.sents) && t.s >= pp.sents[si+1].Start {
			si++
		}
		pp.tokSent[i] = si
	}
	return pp
}

// commonWords are the words an article uses in lower case, so that a
// capitalised common word at a sentence's start is not read as a name. It
// holds only the words that also appear with a capital: any other word
// is answered from the token itself.
type commonWords map[string]bool

// lowerWords finds the article's common words.
func lowerWords(pps []*parsedPara) commonWords {
	m := commonWords{}
	for _, pp := range pps {
		for _, t := range pp.toks {
			if !t.punct && t.text != t.lower {
				m[t.lower] = false
			}
		}
	}
	for _, pp := range pps {
		for _, t := range pp.toks {
			if !t.punct && t.text == t.lower {
				if _, ok := m[t.lower]; ok {
					m[t.lower] = true
				}
			}
		}
	}
	return m
}

// of reports whether the article uses t's word in lower case.
func (c commonWords) of(t token) bool {
	return !t.punct && t.text == t.lower || c[t.lower]
}

// tokSentAt returns the index of the sentence holding byte offset at.
func (pp *parsedPara) tokSentAt(at int) int {
	for si, s := range pp.sents {
		if at < s.End {
			return si
		}
	}
	return len(pp.sents) - 1
}

// sentenceStart reports whether token i is the first word of its sentence
// (or of a quotation).
func (pp *parsedPara) sentenceStart(i int) bool {
	for j := i - 1; j >= 0; j-- {
		if pp.tokSent[j] != pp.tokSent[i] || pp.toks[j].quote != pp.toks[i].quote {
			return true
		}
		if !pp.toks[j].punct {
			return false
		}
		if pp.toks[j].text == ":" {
			return true
		}
	}
	return true
}

// trimAdverbs moves e back over adverbs ending tokens [s, e): "the
// editorial board recently" ends at "board".
func (pp *parsedPara) trimAdverbs(s, e int) int {
	for e > s+1 && (adverbs[pp.toks[e-1].lower] || strings.HasSuffix(pp.toks[e-1].lower, "ly")) {
		e--
	}
	return e
}

// innerStop reports whether a full stop at token j sits inside a sentence:
// after a title or an initial ("Mr.", "E."), or before a comma, a
// parenthesis or a lower-case word ("R-Ky., said", "(D-Md.) said").
func (pp *parsedPara) innerStop(j int) bool {
	toks := pp.toks
	if toks[j].text != "." {
		return false
	}
	if j > 0 && (nlp.IsTitle(toks[j-1].lower) || isInitial(toks[j-1].text)) {
		return true
	}
	if j+1 >= len(toks) {
		return false
	}
	n := toks[j+1]
	r, _ := utf8.DecodeRuneInString(n.text)
	return n.text == "," || n.text == ")" || !n.punct && unicode.IsLower(r)
}

// endsParagraph reports whether the words from token k on are the last of
// the paragraph (a few name words, perhaps a closing full stop).
func (pp *parsedPara) endsParagraph(k int) bool {
	n := 0
	for _, t := range pp.toks[k:] {
		if t.quote >= 0 {
			return false
		}
		if !t.punct {
			n++
		}
	}
	return n <= 6
}

// nextTo reports whether only adverbs stand between token e and the verb:
// "with Trump simply writing" makes Trump the subject despite "with".
func (pp *parsedPara) nextTo(e, verb int) bool {
	for k := e; k < verb; k++ {
		t := pp.toks[k]
		if t.punct || !(adverbs[t.lower] || strings.HasSuffix(t.lower, "ly")) {
			return false
		}
	}
	return true
}

// afterPreposition reports whether token k follows a preposition.
func (pp *parsedPara) afterPreposition(k int) bool {
	if k == 0 {
		return false
	}
	p := pp.toks[k-1]
	return !p.punct && (placePrepositions[p.lower] || prepositions[p.lower])
}

// isObject reports whether the words at token k follow a verb or a
// preposition ("told supporters", "among voters"), so that they cannot be
// the subject of the clause.
func (pp *parsedPara) isObject(k int) bool {
	if k == 0 {
		return false
	}
	p := pp.toks[k-1]
	return !p.punct && (cueLemma(p.lower) != "" || placePrepositions[p.lower] || nlp.IsFunctionWord(p.lower))
}

// before returns the indices of the words of sentence si that come before
// position at and lie outside quotations.
func (pp *parsedPara) before(si, at int) []int {
	var out []int
	for k, t := range pp.toks {
		if t.s >= at {
			break
		}
		if pp.tokSent[k] == si && t.quote < 0 {
			out = append(out, k)
		}
	}
	return out
}

// startsParagraph reports whether quotation qi opens its paragraph.
func (pp *parsedPara) startsParagraph(qi int) bool {
	return strings.TrimSpace(pp.text[:pp.quotes[qi].Open.Start]) == ""
}

// wordsToSentenceEnd counts the words after token k up to the end of its sentence.
func (pp *parsedPara) wordsToSentenceEnd(k int) int {
	n := 0
	for j := k + 1; j < len(pp.toks) && pp.tokSent[j] == pp.tokSent[k]; j++ {
		if !pp.toks[j].punct {
			n++
		}
	}
	return n
}
