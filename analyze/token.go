package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"
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

// tokenize splits a paragraph into words and punctuation, marking which
// quotation (if any) each token lies in. Quote marks are not tokens.
func tokenize(text string, quotes []QuoteSpan) []token {
	out := make([]token, 0, len(text)/5+1)
	inQuote := func(at int) int {
		for qi, q := range quotes {
			if at >= q.Content.Start && at < q.Content.End {
				return qi
			}
		}
		return -1
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r) || isQuoteMark(text, i, quotes):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + n
			for j < len(text) {
				if c := text[j]; c < utf8.RuneSelf && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '*') {
					j++ // the common case, as below
					continue
				}
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || r2 == '*' {
					j += n2
					continue
				}
				// Keep an apostrophe, hyphen or inner full stop inside a word
				// (didn’t, mail-in, U.S) when a letter follows.
				if (r2 == '’' || r2 == '\'' || r2 == '-' || r2 == '.') && j+n2 < len(text) && !isQuoteMark(text, j, quotes) {
					r3, _ := utf8.DecodeRuneInString(text[j+n2:])
					if unicode.IsLetter(r3) || unicode.IsDigit(r3) && r2 != '’' && r2 != '\'' {
						if r2 == '.' && !(j-i <= 2 && unicode.IsUpper(r)) {
							break
						}
						j += n2
						continue
					}
				}
				break
			}
			out = append(out, wordToken(text, i, j, inQuote(i)))
			i = j
		default:
			out = append(out, token{s: i, e: i + n, text: text[i : i+n], lower: text[i : i+n], punct: true, quote: inQuote(i)})
			i += n
		}
	}
	return out
}

// isQuoteMark reports whether the byte at i opens or closes one of quotes.
func isQuoteMark(text string, i int, quotes []QuoteSpan) bool {
	for _, q := range quotes {
		if i >= q.Open.Start && i < q.Open.End || i >= q.Close.Start && i < q.Close.End {
			return true
		}
	}
	return false
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
		if _, pron := pronounWords[strings.ToLower(base)]; !pron && !contractionBase[strings.ToLower(base)] {
			t.poss = true
			w = strings.TrimSuffix(strings.TrimSuffix(text[i:j], "’s"), "'s")
		}
	}
	t.text = w
	t.lower = strings.ToLower(strings.ReplaceAll(w, "’", "'"))
	r, _ := utf8.DecodeRuneInString(w)
	t.cap = unicode.IsUpper(r) && strings.IndexFunc(w, unicode.IsLower) >= 0
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

// contractionBase are words whose ’s is "is" or "has", not a possessive.
var contractionBase = setOf("it", "that", "there", "here", "what", "who", "where", "when", "how", "let", "everyone", "nobody", "somebody", "everything", "nothing", "something")

// sentenceStarters are common capitalised words at a sentence's start that
// are not names, so that "While Trump" is not read as a person.
var sentenceStarters = setOf(
	"the", "a", "an", "and", "but", "or", "so", "yet", "for", "nor", "while", "when", "whenever", "where",
	"if", "as", "after", "before", "since", "until", "although", "though", "because", "in", "on", "at",
	"by", "with", "without", "from", "to", "of", "about", "over", "under", "during", "despite", "amid",
	"among", "between", "within", "through", "into", "both", "neither", "either", "each", "every", "all",
	"some", "many", "most", "few", "this", "that", "these", "those", "it", "its", "his", "her", "their",
	"our", "my", "your", "we", "they", "he", "she", "i", "you", "there", "here", "then", "now", "still",
	"also", "even", "only", "just", "however", "meanwhile", "moreover", "instead", "indeed", "yes", "no",
	"not", "asked", "earlier", "later", "today", "yesterday", "tomorrow", "tonight", "last", "next",
	"first", "once", "one", "two", "three", "what", "who", "why", "how", "which", "whether", "dear",
	"like", "unlike", "according", "speaking", "writing", "asked", "following", "under", "despite",
	"separately", "elsewhere", "reactions", "leaders", "officials", "critics", "supporters", "reporters",
)
