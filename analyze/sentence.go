package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) of a paragraph's text.
type Span struct {
	// Start is the byte offset of the first byte.
	Start int
	// End is the byte offset just past the last byte.
	End int
}

// abbreviations end with a full stop that does not end a sentence when
// followed by a capital: titles, months, and common shortenings.
var abbreviations = setOf(
	"mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "cmdr", "sgt",
	"rev", "hon", "st", "jr", "sr", "pres", "supt", "insp", "messrs", "mme", "mlle",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"vs", "v", "etc", "approx", "inc", "corp", "co", "ltd", "dept", "univ", "ft", "mt", "ave", "blvd",
	"e.g", "i.e", "a.m", "p.m",
)

// numberAbbreviations end with a full stop only before a number ("No. 10").
var numberAbbreviations = setOf("no", "nos", "vol", "pp", "fig", "art")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// Sentences splits a paragraph into sentences. A sentence ends at . ! ? or …
// (with any closing quotes and brackets after it) followed by a space and a
// capital, a digit or an opening quote. It does not end after a title or
// month abbreviation ("Mr.", "Jan. 5"), an initial ("J. Smith"), or a dotted
// acronym ("U.S."), nor where a quotation continues in lower case
// ("‘... a deal.’ he said" stays one sentence).
func Sentences(text string) []Span {
	var out []Span
	start := 0
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += n
			continue
		}
		j := i + n
		for j < len(text) { // further terminators, closing quotes and brackets
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if !strings.ContainsRune(".!?…\"'”’)]»", r2) {
				break
			}
			j += n2
		}
		if j >= len(text) || text[j] != ' ' {
			i = j
			continue
		}
		k := j
		for k < len(text) && text[k] == ' ' {
			k++
		}
		if k >= len(text) {
			break
		}
		next, _ := utf8.DecodeRuneInString(text[k:])
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("\"“‘'(«[", next)) {
			i = j
			continue
		}
		if r == '.' && j == i+1 && noBreakBefore(text[start:i], next) {
			i = j
			continue
		}
		out = append(out, trimSpan(text, start, j))
		start = k
		i = k
	}
	if s := trimSpan(text, start, len(text)); s.End > s.Start {
		out = append(out, s)
	}
	return out
}

// noBreakBefore reports whether the full stop ending before (the text of
// the sentence so far) belongs to an abbreviation rather than ending it.
func noBreakBefore(before string, next rune) bool {
	w := before
	if i := strings.LastIndexAny(w, " (\"“‘'"); i >= 0 {
		_, n := utf8.DecodeRuneInString(w[i:])
		w = w[i+n:]
	}
	if w == "" {
		return false
	}
	lw := strings.ToLower(w)
	if numberAbbreviations[lw] {
		return unicode.IsDigit(next) // "No. 10", but "she said no. Then"
	}
	if abbreviations[lw] {
		return true
	}
	// An initial: one capital letter ("J. Smith").
	if utf8.RuneCountInString(w) == 1 && unicode.IsUpper([]rune(w)[0]) {
		return true
	}
	// A dotted acronym ("U.S", "U.K", "D.C"): a new sentence after it needs
	// more than a capital to be told apart, so it only ends before a quote.
	if strings.Contains(w, ".") && !strings.Contains(w, "..") {
		return !strings.ContainsRune("\"“‘'", next)
	}
	return false
}

func trimSpan(text string, start, end int) Span {
	for start < end && text[start] == ' ' {
		start++
	}
	for end > start && text[end-1] == ' ' {
		end--
	}
	return Span{start, end}
}

// ByteOffset converts an offset in code points (as data sets and JSON
// clients count) into a byte offset in s; -1 when negative or past the end.
func ByteOffset(s string, cp int) int {
	if cp < 0 {
		return -1
	}
	n := 0
	for i := range s {
		if n == cp {
			return i
		}
		n++
	}
	if n == cp {
		return len(s)
	}
	return -1
}
