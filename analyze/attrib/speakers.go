package attrib

// Speakers who are not named people: organisations ("the Kremlin said"),
// described speakers ("a senior official said") and transcript labels.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"portray/analyze/nlp"
	"portray/analyze/people"
)

// speakerNoun reports whether a word (or its singular) can head the
// description of a speaker: one of speakerNouns or roleNouns, a group, or
// a word for a person by its ending (-ist, -ian, -ant, -ent, -man, -woman).
func speakerNoun(w string) bool {
	if speakerNouns[w] || roleNouns[w] || groupSpeakers[w] || strings.HasSuffix(w, "-year-old") {
		return true
	}
	if sing := strings.TrimSuffix(w, "s"); sing != w && (speakerNouns[sing] || roleNouns[sing]) {
		return true
	}
	w = strings.TrimSuffix(w, "s")
	for _, suf := range []string{"ist", "ian", "ant", "ent", "man", "woman", "person"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// description reads tokens [s, e) as a description of an unnamed speaker
// ("one unaligned Florida Republican strategist", "the campaign", "a
// senior official"): a determiner or possessive, then up to seven words
// ending in a noun. The first-person "I" of the writer is "the author".
func (a *attrib) description(s, e int) *ment {
	toks := a.pp.toks
	if e-s == 1 && toks[s].text == "I" {
		return &ment{a: s, b: e, kind: "unnamed", per: a.d.p.Unnamed("the author"), words: "I", quote: -1}
	}
	if e-s < 2 || e-s > 8 || !(descStart[toks[s].lower] || toks[s].poss) {
		return nil
	}
	for k := s; k < e; k++ {
		t := toks[k]
		if t.punct || t.quote >= 0 || cueLemma(t.lower) != "" || k > s && (nlp.IsFunctionWord(t.lower) || determiners[t.lower]) {
			return nil
		}
	}
	last := toks[e-1]
	lower := last.text == last.lower || partyWords[last.lower]
	if _, pron := nlp.PersonalPronoun(last.lower); pron || !lower || last.poss || !speakerNoun(last.lower) {
		return nil
	}
	words := a.pp.text[toks[s].s:toks[e-1].e]
	if toks[s].lower == "the" || toks[s].lower == "a" || toks[s].lower == "an" {
		words = a.pp.text[toks[s+1].s:toks[e-1].e] // "a statement" and "the statement" are one speaker
	}
	return &ment{a: s, b: e, kind: "unnamed", per: a.d.p.Unnamed(words), words: a.pp.text[toks[s].s:toks[e-1].e], quote: -1}
}

// descriptionBefore reads the description that ends right before token verb.
func (a *attrib) descriptionBefore(verb int) *ment {
	for s := verb - 1; s >= 0 && s >= verb-8; s-- {
		t := a.pp.toks[s]
		if t.punct || t.quote >= 0 || a.cover[s] >= 0 && !a.ments[a.cover[s]].poss {
			return nil
		}
		if descStart[t.lower] || t.poss || t.text == "I" && s == verb-1 {
			return a.description(s, verb)
		}
	}
	return nil
}

// speakerLabel reads a transcript's speaker label at the start of quoted
// words ("PENCE: Well, look ...", "Mr. Smith: ..."): one to three name
// words, in capitals or capitalised, then a colon. It returns the person,
// registering a new one when the article named nobody by that name.
func (a *attrib) speakerLabel(content string) *people.Person {
	colon := strings.IndexByte(content, ':')
	if colon <= 0 || colon > 40 {
		return nil
	}
	label := strings.Fields(content[:colon])
	if len(label) == 0 || len(label) > 3 {
		return nil
	}
	var name []string
	caps := strings.ToUpper(content[:colon]) == content[:colon]
	for _, w := range label {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return nil
		}
		lw := strings.ToLower(strings.TrimSuffix(w, "."))
		if nlp.IsTitle(lw) {
			continue
		}
		if notNameWords[lw] || nlp.IsSentenceStarter(lw) {
			return nil
		}
		rs := []rune(lw)
		rs[0] = unicode.ToUpper(rs[0])
		name = append(name, string(rs))
	}
	if len(name) == 0 {
		return nil
	}
	if p := a.d.p.Lookup(name); p != nil {
		return p
	}
	if !caps {
		return nil // "Collapse: How Societies Fail" is a title, not a speaker
	}
	return a.d.p.Add(name, "")
}

// orgWord reports whether token k can be part of an organisation's name: a
// capitalised or all-capitals word outside quotations that names no person.
func (a *attrib) orgWord(k int) bool {
	t := a.pp.toks[k]
	if t.punct || t.quote >= 0 || a.cover[k] >= 0 || timeWords[t.lower] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r) && !nlp.IsTitle(t.lower)
}

// orgEndingAt reads an organisation, outlet or country whose name ends at
// token k, the word just before a reporting verb ("the Kremlin said",
// "The New York Times reported", "Japan called it"). A common word that is
// only capitalised because it starts the sentence is not one.
func (a *attrib) orgEndingAt(k int) *ment {
	if k < 0 || !a.orgWord(k) || a.pp.toks[k].poss {
		return nil
	}
	s := k
	for s > 0 && (a.orgWord(s-1) || nameParticles[a.pp.toks[s-1].lower] || a.pp.toks[s-1].lower == "of" || a.pp.toks[s-1].lower == "for") && a.pp.tokSent[s-1] == a.pp.tokSent[k] {
		s--
	}
	for s < k && !a.orgWord(s) {
		s++
	}
	return a.org(s, k+1)
}

// orgStartingAt reads an organisation's name starting at token k ("according to Reuters").
func (a *attrib) orgStartingAt(k int) *ment {
	if k >= len(a.pp.toks) {
		return nil
	}
	if a.pp.toks[k].lower == "the" {
		k++
	}
	if k >= len(a.pp.toks) || !a.orgWord(k) {
		return nil
	}
	e := k + 1
	for e < len(a.pp.toks) && (a.orgWord(e) || (a.pp.toks[e].lower == "of" || a.pp.toks[e].lower == "for") && e+1 < len(a.pp.toks) && a.orgWord(e+1)) {
		e++
	}
	return a.org(k, e)
}

func (a *attrib) org(s, e int) *ment {
	toks := a.pp.toks
	if e-s == 1 && (a.d.common.of(toks[s]) || strings.HasSuffix(toks[s].lower, "ly") || nlp.IsSentenceStarter(toks[s].lower) || cueLemma(toks[s].lower) != "") {
		return nil // a common word capitalised at a sentence's start
	}
	var words []string
	for k := s; k < e; k++ {
		words = append(words, toks[k].text)
	}
	name := strings.Join(words, " ")
	return &ment{a: s, b: e, kind: "org", per: a.d.p.Org(name), words: name, quote: -1}
}
