package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"portray/analyze/nlp"
)

// Span is one top-level quotation found in a paragraph: the words
// between an opening mark and its closing mark (or the paragraph's end, when
// the quotation runs on into the next paragraph). Quotations nested inside it
// are part of its words.
type Span struct {
	// Open is the span of the opening mark.
	Open nlp.Span
	// Content is the span of the quoted words, without the marks.
	Content nlp.Span
	// Close is the span of the closing mark; empty (Start == End) when unclosed.
	Close nlp.Span
	// Closed reports whether a closing mark was found in the paragraph; an
	// unclosed quotation ends where the paragraph ends.
	Closed bool
}

// quoteKind tells the mark families apart.
type markFamily int

const (
	famDouble   markFamily = iota // “ ” and "
	famSingle                     // ‘ ’ and '
	famGuillmet                   // « »
)

type openMark struct {
	fam      markFamily
	straight bool
	at, n    int
}

// Find returns the top-level quotations of a paragraph in order.
//
// It reads curly (“ ” ‘ ’), straight (" ' and ” for ") and angle (« ») marks, nested
// quotations, and the slip of a right mark used to open (’24 hours’). A right
// single mark between letters (didn’t), after a plural (leaders’) with no open
// single quotation, or opening an elision (’90s) is an apostrophe. A quotation
// left open runs to the end of the paragraph and no further: a quotation
// carried over several paragraphs is, in news style, reopened at the start
// of each, and a paragraph is at most input.MaxParagraph bytes. A left double mark
// placed like a closing one inside a curly quotation (“Yes,“ he said) closes it.
func Find(text string) []Span {
	var out []Span
	var stack []openMark
	push := func(f markFamily, straight bool, at, n int) {
		stack = append(stack, openMark{f, straight, at, n})
	}
	// closeTo pops the stack down to the innermost open mark of family f and,
	// when that was the outermost, records a quotation.
	closeTo := func(f markFamily, at, n int) bool {
		for d := len(stack) - 1; d >= 0; d-- {
			if stack[d].fam != f {
				continue
			}
			if d == 0 {
				o := stack[0]
				out = append(out, Span{
					Open:    nlp.Span{Start: o.at, End: o.at + o.n},
					Content: nlp.Span{Start: o.at + o.n, End: at},
					Close:   nlp.Span{Start: at, End: at + n},
					Closed:  true,
				})
			}
			stack = stack[:d]
			return true
		}
		return false
	}
	// endUnclosed records the outermost open quotation as unclosed, ending
	// at offset at, and forgets every open mark.
	endUnclosed := func(at int) {
		o := stack[0]
		out = append(out, Span{
			Open:    nlp.Span{Start: o.at, End: o.at + o.n},
			Content: nlp.Span{Start: o.at + o.n, End: at},
			Close:   nlp.Span{Start: at, End: at},
		})
		stack = stack[:0]
	}
	isOpen := func(f markFamily) bool {
		for _, o := range stack {
			if o.fam == f {
				return true
			}
		}
		return false
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == '\'' && i+1 < len(text) && text[i+1] == '\'' {
			r, n = '"', 2 // '' stands for a double mark in some archives
		}
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		next, _ := utf8.DecodeRuneInString(text[i+n:])
		if i == 0 {
			prev = ' '
		}
		if i+n >= len(text) {
			next = ' '
		}
		switch r {
		case '“', '„':
			if top := len(stack) - 1; r == '“' && top >= 0 && stack[top].fam == famDouble && !stack[top].straight &&
				closesBefore(prev, next) && !opensAfter(prev, next) {
				// A left mark placed like a closing one inside a curly
				// quotation is a mistyped closing mark (“Yes,“ he said).
				closeTo(famDouble, i, n)
				break
			}
			push(famDouble, false, i, n)
		case '”':
			if !closeTo(famDouble, i, n) && opensAfter(prev, next) {
				push(famDouble, false, i, n) // a right mark used to open
			}
		case '«':
			push(famGuillmet, false, i, n)
		case '»':
			closeTo(famGuillmet, i, n)
		case '"':
			if isOpen(famDouble) && !(opensAfter(prev, next) && !closesBefore(prev, next)) {
				closeTo(famDouble, i, n)
			} else if opensAfter(prev, next) {
				push(famDouble, true, i, n)
			} else if isOpen(famDouble) {
				closeTo(famDouble, i, n)
			}
		case '‘':
			if unicode.IsLetter(prev) && unicode.IsLetter(next) {
				break // a mistyped apostrophe inside a word
			}
			push(famSingle, false, i, n)
		case '’', '\'':
			straight := r == '\''
			switch {
			case unicode.IsLetter(prev) && unicode.IsLetter(next):
				// didn’t, Trump’s: an apostrophe
			case isOpen(famSingle) && closesBefore(prev, next) && !pluralPossessive(text, i, n, prev, next):
				closeTo(famSingle, i, n)
			case opensAfter(prev, next) && !elision(text[i+n:]) && hasCloser(text[i+n:]):
				push(famSingle, straight, i, n) // ’24 hours’ or a straight 'single'
			}
		}
		i += n
	}
	if len(stack) > 0 {
		endUnclosed(len(text))
	}
	return out
}

// opensAfter reports whether a mark between prev and next is placed like an
// opening mark: after a space, bracket, dash or another mark, before a word.
func opensAfter(prev, next rune) bool {
	return (unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/“‘\"'«:", prev)) &&
		!unicode.IsSpace(next) && next != ',' && next != '.'
}

// closesBefore reports whether a mark between prev and next is placed like a
// closing mark: after a word or punctuation, before a space or punctuation.
func closesBefore(prev, next rune) bool {
	return !unicode.IsSpace(prev) && !unicode.IsLetter(next) && !unicode.IsDigit(next)
}

// pluralPossessive reports whether a right single mark after "s" is the
// apostrophe of a plural possessive (the leaders’ meeting) rather than the
// close of a quotation: a lower-case word that is not a function word or a
// cue follows, and a later mark can close.
func pluralPossessive(text string, i, n int, prev, next rune) bool {
	if prev != 's' || next != ' ' || i+n+1 > len(text) {
		return false
	}
	rest := text[i+n+1:]
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsLower(r) {
		return false
	}
	w := rest
	if k := strings.IndexAny(w, " ,.;:!?’'"); k >= 0 {
		w = w[:k]
	}
	if notPossessed[w] || nlp.IsReportingVerb(w) {
		return false // ‘... the leaders’ he said: a quotation closes
	}
	return hasCloser(rest)
}

// elision reports whether text after a right mark starts an elided word
// (’90s, ’em, ’til, ’n’) rather than a quotation.
func elision(after string) bool {
	w := after
	if k := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }); k >= 0 {
		w = w[:k]
	}
	lw := strings.ToLower(w)
	if len(lw) == 3 && lw[0] >= '0' && lw[0] <= '9' && lw[1] >= '0' && lw[1] <= '9' && lw[2] == 's' {
		return true
	}
	return elisions[lw]
}

// hasCloser reports whether text holds a single mark placed like a closing mark.
func hasCloser(text string) bool {
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == '’' || r == '\'' {
			prev, _ := utf8.DecodeLastRuneInString(text[:i])
			next := ' '
			if i+n < len(text) {
				next, _ = utf8.DecodeRuneInString(text[i+n:])
			}
			if i > 0 && closesBefore(prev, next) {
				return true
			}
		}
		i += n
	}
	return false
}
