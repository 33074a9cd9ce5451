package attrib

// Terms and shapes: telling quoted words that are not speech (scare quotes,
// titles) from speech, and a whole statement from a few quoted words.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"portray/analyze/nlp"
)

// shape tells a direct quotation (a whole statement: it opens the sentence,
// follows a colon or comma lead-in, or ends in its own punctuation) from a
// partial one.
func (pp *parsedPara) shape(qi, si int) string {
	q := pp.quotes[qi]
	last := lastRune(pp.text[q.Content.Start:q.Content.End])
	if strings.ContainsRune(".!?…", last) {
		return KindDirect
	}
	lead := strings.TrimSpace(pp.text[pp.sents[si].Start:q.Open.Start])
	if lead == "" || strings.HasSuffix(lead, ":") || strings.HasSuffix(lead, ",") && last == ',' {
		return KindDirect
	}
	return KindPartial
}

// isTerm reports whether quotation qi marks a term, title or scare quote
// rather than speech: words quoted as words ("the word ‘ceasefire’"), a
// short quoted modifier inside a noun phrase ("the ‘bilateral’ meeting"), or
// a short phrase in a sentence that reports no speech at all.
func (a *attrib) isTerm(qi, si int) bool {
	pp, q := a.pp, a.pp.quotes[qi]
	content := strings.TrimSpace(pp.text[q.Content.Start:q.Content.End])
	words := strings.Fields(strings.ToLower(strings.ReplaceAll(content, "’", "'")))
	if len(words) == 0 {
		return true
	}
	prev, prev2, next := -1, -1, -1
	for k, t := range pp.toks {
		if t.e <= q.Open.Start && t.quote < 0 {
			prev2, prev = prev, k
		}
		if t.s >= q.Close.End && next < 0 {
			next = k
		}
	}
	lower := func(k int) string {
		if k < 0 {
			return ""
		}
		return pp.toks[k].lower
	}
	if len(words) <= 6 && (termMarkers[lower(prev)] || lower(prev) == "as" && (lower(prev2) == "known" || lower(prev2) == "referred")) {
		return true
	}
	// A title or a name: "State of the Union", "Lyin’ Ted", or a show
	// after "on" ("Ryan said on “Face the Nation”").
	if titleCase(content) && (!a.sentenceHasCue(si) || prev >= 0 && (titlePrepositions[lower(prev)] || pp.toks[prev].poss)) {
		return true
	}
	// The title of a work after a word that introduces one: "wrote “The
	// Long Valley”", "his book ‘The Art of the Deal.’", "the slogan ‘Take
	// Back Control’".
	if prev >= 0 && workWords[lower(prev)] && titleCase(strings.TrimRight(content, ".,!?")) {
		return true
	}
	if len(words) > 3 {
		return false
	}
	for _, w := range words {
		if clauseWords[strings.Trim(w, ".,!?;:")] {
			return false
		}
	}
	if strings.ContainsRune(".!?…", lastRune(content)) {
		return false
	}
	// A quoted modifier inside a noun phrase ("the ‘bilateral’ meeting") in a
	// sentence whose verbs report no speech; with a reporting verb it is the
	// speaker's word ("Barkley said CNN did an ‘awful’ job").
	if determiners[lower(prev)] && next >= 0 && !pp.toks[next].punct && !nlp.IsFunctionWord(lower(next)) &&
		pp.toks[next].quote < 0 && unicode.IsLower([]rune(pp.toks[next].text)[0]) && !nlp.IsReportingVerb(lower(next)) &&
		!a.sentenceHasCueVerb(si) {
		return true
	}
	// No reporting verb or speech noun in the sentence: nobody is said to speak.
	return !a.sentenceHasCue(si)
}

// lastRune is the last character of quoted words, looking past spaces and
// the closing marks of quotations nested at their end.
func lastRune(content string) rune {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(content, " '’\"”»"))
	return r
}

// titleCase reports whether quoted words read as a title: two to eight
// words, every word but the small ones capitalised, not all in capitals.
func titleCase(content string) bool {
	ws := strings.Fields(content)
	if len(ws) < 2 || len(ws) > 8 || strings.ToUpper(content) == content {
		return false
	}
	for _, w := range ws {
		w = strings.Trim(w, ".,!?;:()…-—")
		if w == "" || smallWords[strings.ToLower(w)] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	first, _ := utf8.DecodeRuneInString(ws[0])
	return unicode.IsUpper(first)
}
