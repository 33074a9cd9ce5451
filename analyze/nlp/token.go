package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one word or punctuation mark of a text.
type Token struct {
	// Start and End are the token's byte span in the text.
	Start, End int
	// Word is set for a word (it starts with a letter or a digit); a
	// punctuation mark or symbol is one character.
	Word bool
}

// Tokens splits s into words and punctuation marks; white space separates
// tokens and is dropped. A word is a run of letters, digits and * (a
// censored "f***") that also holds, when a letter follows them:
//   - an apostrophe, straight or curly (didn’t, O’Brien);
//   - a hyphen, or a digit after it (mail-in, mid-2016);
//   - a full stop after one or two characters that start with a capital
//     (U.S, D.C).
//
// marks are spans (in text order, not overlapping) that are neither tokens
// nor parts of words, such as the quotation marks of a paragraph; nil for
// none.
func Tokens(s string, marks []Span) []Token {
	out := make([]Token, 0, len(s)/5+1)
	mi := 0
	inMark := func(at int) bool {
		for mi < len(marks) && marks[mi].End <= at {
			mi++
		}
		return mi < len(marks) && marks[mi].Start <= at
	}
	for i := 0; i < len(s); {
		if len(marks) > 0 && inMark(i) {
			i = marks[mi].End
			continue
		}
		c := s[i]
		if c < utf8.RuneSelf {
			switch cl := asciiClass[c]; {
			case cl == classPunct || c == '*': // a word never starts with *
				out = append(out, Token{Start: i, End: i + 1})
				i++
				continue
			case cl == classSpace:
				i++
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case c < utf8.RuneSelf || unicode.IsLetter(r) || unicode.IsDigit(r):
			j := wordEnd(s, i, r, n, marks, inMark)
			out = append(out, Token{Start: i, End: j, Word: true})
			i = j
		case unicode.IsSpace(r):
			i += n
		default:
			out = append(out, Token{Start: i, End: i + n})
			i += n
		}
	}
	return out
}

// wordEnd returns the end of the word that starts at s[i] with rune r of
// n bytes.
func wordEnd(s string, i int, r rune, n int, marks []Span, inMark func(int) bool) int {
	j := i + n
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf && asciiClass[c] == classWord {
			j++
			continue
		}
		if len(marks) > 0 && inMark(j) {
			break
		}
		r2, n2 := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
			j += n2
			continue
		}
		if (r2 == '’' || r2 == '\'' || r2 == '-' || r2 == '.') && j+n2 < len(s) && !(len(marks) > 0 && inMark(j+n2)) {
			r3, _ := utf8.DecodeRuneInString(s[j+n2:])
			joins := unicode.IsLetter(r3) || r2 == '-' && unicode.IsDigit(r3)
			if r2 == '.' && !(j-i <= 2 && unicode.IsUpper(r)) {
				joins = false
			}
			if joins {
				j += n2
				continue
			}
		}
		break
	}
	return j
}

// Classes of ASCII bytes for Tokens.
const (
	classPunct = iota
	classSpace
	classWord
)

// asciiClass is each ASCII byte's class: letters, digits and * make words,
// unicode.IsSpace's ASCII spaces separate tokens, the rest are punctuation.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch r := rune(c); {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '*':
			t[c] = classWord
		case unicode.IsSpace(r):
			t[c] = classSpace
		}
	}
	return t
}()

// Lower returns a word in lower case with curly apostrophes made straight:
// the form under which word lists look words up.
func Lower(w string) string {
	for k := 0; k < len(w); k++ {
		if c := w[k]; c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			return strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		}
	}
	return w
}

// StartsUpper reports whether w starts with an upper-case letter.
func StartsUpper(w string) bool {
	if w == "" {
		return false
	}
	if c := w[0]; c < utf8.RuneSelf {
		return c >= 'A' && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// Capitalised reports whether w looks like a name's word: it starts with
// an upper-case letter and holds a lower-case one ("Trump", "McCain", not
// "NATO" or "I").
func Capitalised(w string) bool {
	if !StartsUpper(w) {
		return false
	}
	_, n := utf8.DecodeRuneInString(w)
	return strings.IndexFunc(w[n:], unicode.IsLower) >= 0
}

// SplitCompounds returns toks with each hyphenated word of s ("mail-in",
// "anti-war") replaced by its parts as words and its hyphens as marks: how
// a lexicon reads a compound whose whole it may not know. Other tokens are
// kept as they are; toks itself is not changed.
func SplitCompounds(s string, toks []Token) []Token {
	n := 0
	for _, t := range toks {
		if t.Word && strings.IndexByte(s[t.Start:t.End], '-') >= 0 {
			n++
		}
	}
	if n == 0 {
		return toks
	}
	out := make([]Token, 0, len(toks)+2*n)
	for _, t := range toks {
		if !t.Word || strings.IndexByte(s[t.Start:t.End], '-') < 0 {
			out = append(out, t)
			continue
		}
		at := t.Start
		for at < t.End {
			end := strings.IndexByte(s[at:t.End], '-')
			if end < 0 {
				out = append(out, Token{Start: at, End: t.End, Word: true})
				break
			}
			// Within a word a hyphen always has a letter or digit after it,
			// and the word starts with one, so no part is empty.
			out = append(out, Token{Start: at, End: at + end, Word: true}, Token{Start: at + end, End: at + end + 1})
			at += end + 1
		}
	}
	return out
}
