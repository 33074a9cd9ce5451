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

// markFamily tells the mark families apart.
type markFamily int

const (
	famDouble   markFamily = iota // “ ” and "
	famSingle                     // ‘ ’ and '
	famGuillmet                   // « »
)

// openMark is a quotation mark still waiting for its closing mark.
type openMark struct {
	fam      markFamily
	straight bool // a straight mark (" or '), which opens and closes alike
	at, n    int  // byte offset and length of the mark
}

// Find returns the top-level quotations of a paragraph in order.
//
// It reads curly (“ ” ‘ ’), low („), straight (" ' and ” for "), angle
// (« ») and doubled (’’ ‘‘ ” “) marks, nested quotations, and the slip of a right mark used to open (’24
// hours’). A right single mark between letters (didn’t), after a plural
// (leaders’) with no open single quotation, or opening an elision (’90s) is
// an apostrophe. A quotation left open runs to the end of the paragraph and
// no further: a quotation carried over several paragraphs is, in news
// style, reopened at the start of each, and input.Clean keeps paragraphs
// short. A left double mark placed like a closing one inside a curly
// quotation (“Yes,“ he said) closes it.
func Find(text string) []Span {
	var f finder
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\'' && i+1 < len(text) && text[i+1] == '\'':
			r, n = '"', 2 // '' stands for a double mark in some archives
		case r == '`' && i+1 < len(text) && text[i+1] == '`':
			r, n = '“', 2 // ``...'' as typewriter text sets a double quotation
		case r == '‘' && strings.HasPrefix(text[i+n:], "‘"),
			r == '’' && strings.HasPrefix(text[i+n:], "’") && f.isOpen(famDouble):
			// ‘‘ opens and ’’ closes a double quotation in some
			// typesetting (“...’’ in News Corp's papers); two single
			// quotations ending together (‘a ‘b’’) stay single.
			if r == '‘' {
				r = '“'
			} else {
				r = '”'
			}
			n *= 2
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
			f.leftDouble(r, i, n, prev, next)
		case '”':
			f.rightDouble(i, n, prev, next)
		case '«':
			f.push(famGuillmet, false, i, n)
		case '»':
			f.closeTo(famGuillmet, i, n)
		case '"':
			f.straightDouble(i, n, prev, next)
		case '‘':
			f.leftSingle(i, n, prev, next)
		case '’', '\'':
			f.rightSingle(text, r == '\'', i, n, prev, next)
		}
		i += n
	}
	if len(f.stack) > 0 {
		f.endUnclosed(len(text))
	}
	return f.out
}

// finder is the state of Find: the quotations found so far and the marks
// still open, innermost last. Each mark at offset at, n bytes long, stands
// between the characters prev and next.
type finder struct {
	out   []Span
	stack []openMark
}

// push opens a quotation with a mark of family fam.
func (f *finder) push(fam markFamily, straight bool, at, n int) {
	f.stack = append(f.stack, openMark{fam, straight, at, n})
}

// closeTo pops the stack down to the innermost open mark of family fam and,
// when that was the outermost, records a quotation. It reports whether a
// mark of that family was open.
func (f *finder) closeTo(fam markFamily, at, n int) bool {
	for d := len(f.stack) - 1; d >= 0; d-- {
		if f.stack[d].fam != fam {
			continue
		}
		if d == 0 {
			o := f.stack[0]
			f.out = append(f.out, Span{
				Open:    nlp.Span{Start: o.at, End: o.at + o.n},
				Content: nlp.Span{Start: o.at + o.n, End: at},
				Close:   nlp.Span{Start: at, End: at + n},
				Closed:  true,
			})
		}
		f.stack = f.stack[:d]
		return true
	}
	return false
}

// endUnclosed records the outermost open quotation as unclosed, ending
// at offset at, and forgets every open mark.
func (f *finder) endUnclosed(at int) {
	o := f.stack[0]
	f.out = append(f.out, Span{
		Open:    nlp.Span{Start: o.at, End: o.at + o.n},
		Content: nlp.Span{Start: o.at + o.n, End: at},
		Close:   nlp.Span{Start: at, End: at},
	})
	f.stack = f.stack[:0]
}

// isOpen reports whether a mark of family fam is open.
func (f *finder) isOpen(fam markFamily) bool {
	for _, o := range f.stack {
		if o.fam == fam {
			return true
		}
	}
	return false
}

// leftDouble reads a left double mark (“ or „): it opens a quotation,
// unless it is a “ placed like a closing mark inside a curly quotation,
// which is a mistyped closing mark (“Yes,“ he said).
func (f *finder) leftDouble(r rune, at, n int, prev, next rune) {
	if top := len(f.stack) - 1; r == '“' && top >= 0 && f.stack[top].fam == famDouble && !f.stack[top].straight &&
		closesBefore(prev, next) && !opensAfter(prev, next) {
		f.closeTo(famDouble, at, n)
		return
	}
	f.push(famDouble, false, at, n)
}

// rightDouble reads a right double mark (”): it closes a double
// quotation, or, with none open, opens one when placed like an opening mark.
func (f *finder) rightDouble(at, n int, prev, next rune) {
	if !f.closeTo(famDouble, at, n) && opensAfter(prev, next) {
		f.push(famDouble, false, at, n) // a right mark used to open
	}
}

// straightDouble reads a straight double mark ("), which opens and closes
// alike: with a double quotation open it closes it unless placed only like
// an opening mark; otherwise it opens one where placed like an opening mark.
func (f *finder) straightDouble(at, n int, prev, next rune) {
	if f.isOpen(famDouble) && !(opensAfter(prev, next) && !closesBefore(prev, next)) {
		f.closeTo(famDouble, at, n)
	} else if opensAfter(prev, next) {
		f.push(famDouble, true, at, n)
	} else if f.isOpen(famDouble) {
		f.closeTo(famDouble, at, n)
	}
}

// leftSingle reads a left single mark (‘): it opens a quotation, unless it
// stands between letters as a mistyped apostrophe.
func (f *finder) leftSingle(at, n int, prev, next rune) {
	if unicode.IsLetter(prev) && unicode.IsLetter(next) {
		return // a mistyped apostrophe inside a word
	}
	f.push(famSingle, false, at, n)
}

// rightSingle reads a right single or straight single mark (’ or '): an
// apostrophe between letters (didn’t, Trump’s) or of a plural possessive
// (the leaders’ meeting), the close of an open single quotation, or the
// opening of one (’24 hours’, a straight 'single') when placed like an
// opening mark, not eliding a word, and closed later in text.
func (f *finder) rightSingle(text string, straight bool, at, n int, prev, next rune) {
	switch {
	case unicode.IsLetter(prev) && unicode.IsLetter(next):
		// didn’t, Trump’s: an apostrophe
	case f.isOpen(famSingle) && closesBefore(prev, next) && !pluralPossessive(text, at, n, prev, next):
		f.closeTo(famSingle, at, n)
	case opensAfter(prev, next) && !elision(text[at+n:]) && hasCloser(text[at+n:]):
		f.push(famSingle, straight, at, n) // ’24 hours’ or a straight 'single'
	}
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
	if _, pron := nlp.PersonalPronoun(w); pron || nlp.IsFunctionWord(w) || nlp.IsReportingVerb(w) {
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
