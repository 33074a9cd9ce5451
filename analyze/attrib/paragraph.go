package attrib

// A paragraph read into tokens, sentences and quotations, and the
// questions about its words that need no attribution state.

import (
	"portray/analyze/input"
	"portray/analyze/nlp"
	"portray/analyze/quote"
)

// parsedPara is a paragraph split into the pieces attribution works on.
type parsedPara struct {
	input.Paragraph
	text    string
	quotes  []quote.Span
	toks    []token
	sents   []nlp.Span
	tokSent []int // sentence index of each token
	runs    []nameRun
}

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
