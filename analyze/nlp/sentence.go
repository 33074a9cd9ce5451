package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentences splits text into sentences and returns their spans, trimmed of
// white space. A sentence ends at . ! ? or … (with any further marks,
// closing quotes and brackets after it) followed by white space and then a
// capital, a digit, an opening quote or a bracket. A full stop does not end
// a sentence:
//   - after a title or honorific ("Mr.", "Dr.", "Messrs.", "Univ."), an
//     initial ("J. Smith") or a Latin shortening ("e.g.");
//   - after "No." and the like before a number ("No. 10");
//   - after a word that often ends a sentence but need not (a month, "Jr.",
//     "Ltd.", "etc.", "a.m.", a dotted acronym such as "U.S.") unless the
//     next word is one that starts sentences ("the U.S. The talks" ends,
//     "the U.S. President" does not) or a quotation opens;
//   - where a quotation continues in lower case ("‘... a deal.’ he said").
//
// Line breaks and tabs count as spaces, so the same text splits the same
// way whether it comes as one paragraph or wrapped.
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
		k := j
		for k < len(text) && isSpace(text[k]) {
			k++
		}
		if k == j {
			i = j
			continue
		}
		if k >= len(text) {
			break
		}
		next, _ := utf8.DecodeRuneInString(text[k:])
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("\"“‘'(«[", next)) {
			i = j
			continue
		}
		if r == '.' && j == i+1 && !endsSentence(text[start:i], text[k:], next) {
			i = j
			continue
		}
		out = append(out, trim(text, start, j))
		start = k
		i = k
	}
	if s := trim(text, start, len(text)); s.End > s.Start {
		out = append(out, s)
	}
	return out
}

// endsSentence reports whether a full stop ends the sentence, given the
// text of the sentence before it and the text after the space that
// follows, whose first character is next.
func endsSentence(before, after string, next rune) bool {
	w := before
	if i := strings.LastIndexAny(w, " \t\n\r(\"“‘'"); i >= 0 {
		_, n := utf8.DecodeRuneInString(w[i:])
		w = w[i+n:]
	}
	if w == "" {
		return true
	}
	lw := strings.ToLower(w)
	quote := strings.ContainsRune("\"“‘'", next)
	switch {
	case numberAbbreviations[lw]:
		return !unicode.IsDigit(next) // "No. 10", but "she said no. Then"
	case attachedAbbreviations[lw]:
		return false
	case utf8.RuneCountInString(w) == 1 && unicode.IsUpper([]rune(w)[0]):
		return false // an initial: "J. Smith"
	case endingAbbreviations[lw] || strings.Contains(w, ".") && !strings.Contains(w, ".."):
		// A month, a company's "Ltd.", a dotted acronym ("U.S"): the next
		// word has to show that a new sentence starts.
		return quote || IsSentenceStarter(firstWord(after))
	}
	return true
}

// firstWord returns the leading letters of s, in lower case.
func firstWord(s string) string {
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(s)
	}
	return strings.ToLower(s[:end])
}

// attachedAbbreviations end with a full stop that never ends a sentence:
// what follows them belongs to them ("Mr. Smith", "Univ. of Texas").
var attachedAbbreviations = setOf(
	"mr", "mrs", "ms", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "gen", "lt", "col", "capt",
	"cmdr", "sgt", "rev", "hon", "st", "pres", "supt", "insp", "messrs", "mme", "mlle", "vs", "v",
	"approx", "dept", "univ", "ft", "mt", "e.g", "i.e", "cf", "esp",
)

// endingAbbreviations are shortenings often found at the end of a sentence
// ("born in Jan.", "Acme Ltd.", "and so on, etc.").
var endingAbbreviations = setOf(
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"jr", "sr", "inc", "corp", "co", "ltd", "plc", "llc", "bros", "etc", "a.m", "p.m", "ave", "blvd",
)

// numberAbbreviations end with a full stop only before a number ("No. 10").
var numberAbbreviations = setOf("no", "nos", "vol", "pp", "fig", "art")

// isSpace reports whether b is ASCII white space.
func isSpace(b byte) bool {
	return b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\v' || b == '\f'
}

// trim returns [start, end) without white space at either end.
func trim(text string, start, end int) Span {
	for start < end && isSpace(text[start]) {
		start++
	}
	for end > start && isSpace(text[end-1]) {
		end--
	}
	return Span{start, end}
}
