package attrib

import (
	"slices"
	"strings"
	"unicode/utf8"

	"portray/analyze/nlp"
	"portray/analyze/quote"
)

// token is one word or punctuation mark of a paragraph.
type token struct {
	s, e  int    // byte span in the paragraph
	text  string // the word as written, a possessive ’s removed
	lower string // text in lower case, curly apostrophes made straight
	cap   bool   // starts with a capital and has a lower-case letter (a name-like word)
	poss  bool   // ended in a possessive ’s / s’
	punct bool   // a punctuation mark
	quote int    // index of the top-level quotation holding it, or -1
}

// tokenize splits a paragraph into words and punctuation (nlp.Tokens),
// marking which quotation (if any) each token lies in. Quote marks are not
// tokens.
func tokenize(text string, quotes []quote.Span) []token {
	marks := make([]nlp.Span, 0, 2*len(quotes))
	for _, q := range quotes {
		for _, m := range [...]nlp.Span{q.Open, q.Close} {
			if m.End > m.Start {
				marks = append(marks, m)
			}
		}
	}
	slices.SortFunc(marks, func(a, b nlp.Span) int { return a.Start - b.Start })
	toks := nlp.Tokens(text, marks)
	out := make([]token, len(toks))
	qi := 0
	for k, t := range toks {
		for qi < len(quotes) && quotes[qi].Content.End <= t.Start {
			qi++
		}
		q := -1
		if qi < len(quotes) && t.Start >= quotes[qi].Content.Start {
			q = qi
		}
		if t.Word {
			out[k] = wordToken(text, t.Start, t.End, q)
		} else {
			out[k] = token{s: t.Start, e: t.End, text: text[t.Start:t.End], lower: text[t.Start:t.End], punct: true, quote: q}
		}
	}
	return out
}

func wordToken(text string, i, j, q int) token {
	w := text[i:j]
	t := token{s: i, e: j, quote: q}
	if plainLower(w) {
		// The common case: nothing to lower-case, no possessive.
		t.text, t.lower = w, w
		return t
	}
	if ascii, upper := asciiWord(w); ascii {
		// ASCII without apostrophes: the lower case is ASCII's, and a
		// capitalised word has a small letter after its capital.
		t.text, t.lower = w, strings.ToLower(w)
		t.cap = upper && w[0] >= 'A' && w[0] <= 'Z'
		return t
	}
	norm := strings.ReplaceAll(w, "’", "'")
	if strings.HasSuffix(norm, "'s") && len(norm) > 2 {
		base := norm[:len(norm)-2]
		if _, pron := nlp.PersonalPronoun(strings.ToLower(base)); !pron && !contractionBase[strings.ToLower(base)] {
			t.poss = true
			w = strings.TrimSuffix(strings.TrimSuffix(text[i:j], "’s"), "'s")
		}
	}
	t.text = w
	t.lower = nlp.Lower(w)
	t.cap = nlp.Capitalised(w)
	return t
}

// asciiWord reports whether w is ASCII without apostrophes, and whether it
// holds a small letter after its first byte.
func asciiWord(w string) (ascii, lower bool) {
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf || c == '\'' {
			return false, false
		}
		lower = lower || k > 0 && c >= 'a' && c <= 'z'
	}
	return true, lower
}

// plainLower reports whether w is ASCII without capitals or apostrophes.
func plainLower(w string) bool {
	for k := 0; k < len(w); k++ {
		if c := w[k]; c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' || c == '\'' {
			return false
		}
	}
	return true
}
