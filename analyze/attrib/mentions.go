package attrib

// Mentions: the references to people in each sentence, and the text the
// tone toward each person is read on.

import (
	"strings"

	"portray/analyze/nlp"
	"portray/analyze/people"
	"portray/analyze/quote"
	"portray/analyze/tone"
)

// Mention is a sentence that names or refers to a person.
type Mention struct {
	// Paragraph is the 1-based index of the paragraph.
	Paragraph int
	// Sentence is the 1-based index of the sentence within the paragraph.
	Sentence int
	// Person is the canonical name of the person referred to.
	Person string
	// Words are the words that refer to the person ("Mr Trump", "the US president").
	Words string
	// Kind is how the person is referred to: name, surname, role or pronoun.
	Kind string
	// QuotedBy is the speaker when the reference lies inside someone's quotation, else empty.
	QuotedBy string
	// Text is the sentence.
	Text string
	// Tone is the tone toward the person of the sentence with quoted words
	// left out (or of the quotation, when the reference lies inside one).
	Tone tone.Scores
}

// Reference is a mention with the text the tone toward its person is read
// on and where the reference lies in that text.
type Reference struct {
	// Mention is the mention, its Tone not yet scored.
	Mention
	// ToneText is the text to score: the sentence with its quoted words
	// left out or, for a reference inside a quotation, the sentence of the
	// quotation that holds it.
	ToneText string
	// From and To are the byte offsets of the reference in ToneText.
	From, To int
}

// sentence resolves the references of sentence si, updates who the text is
// about, and returns one mention per person referred to outside quotations
// and one per person referred to inside each quotation.
func (a *attrib) sentence(si int) []Reference {
	pp, d := a.pp, a.d
	s := pp.sents[si]
	sentText := pp.text[s.Start:s.End]
	outside := outsideQuotes(pp.text, s, pp.quotes)
	var subj, possSubj *people.Person
	var out []Reference
	seen := map[string]bool{}
	for mi := range a.ments {
		m := &a.ments[mi]
		if pp.tokSent[m.a] != si {
			continue
		}
		if m.kind == "group" {
			if m.quote < 0 {
				d.lastGroup, d.lastGroupPar = m.per, pp.Index
			}
			continue
		}
		if m.kind == "it" || m.kind == "pronoun" && pronounBase(strings.ToLower(m.words)) == "they" {
			continue
		}
		if m.quote >= 0 && m.kind == "pronoun" {
			continue
		}
		per := a.sentenceAntecedent(m)
		if per == nil {
			per = d.resolve(m, pp.Index)
		}
		if per == nil {
			continue
		}
		if m.quote < 0 {
			d.p.Mentioned(per)
			if subj == nil && !m.poss {
				subj = per
			}
			if possSubj == nil {
				possSubj = per
			}
		}
		start, end := pp.toks[m.a].s, pp.toks[m.b-1].e
		quotedBy, toneText := "", outside.text
		from, to := outside.at(start), outside.at(end)
		if m.quote >= 0 {
			quotedBy = a.res[m.quote].Speaker
			if quotedBy == "" || quotedBy == per.Name {
				continue
			}
			q := pp.quotes[m.quote]
			content := pp.text[q.Content.Start:q.Content.End]
			lead := q.Content.Start + len(content) - len(strings.TrimLeft(content, " "))
			toneText, from, to = a.res[m.quote].Text, start-lead, end-lead
			// Tone reads one sentence: the quotation's that holds the mention.
			if from >= 0 {
				sp := nlp.Containing(nlp.Sentences(toneText), from, len(toneText))
				toneText, from, to = sp.Of(toneText), from-sp.Start, min(to, sp.End)-sp.Start
			}
		}
		key := per.Name + "\x00" + quotedBy
		if seen[key] || strings.TrimSpace(toneText) == "" || from < 0 || to < from {
			continue
		}
		seen[key] = true
		out = append(out, Reference{Mention: Mention{Paragraph: pp.Index, Sentence: si + 1, Person: per.Name,
			Words: m.words, Kind: m.kind, QuotedBy: quotedBy, Text: sentText}, ToneText: toneText, From: from, To: to})
	}
	out = a.otherPronouns(si, subj, possSubj, outside, sentText, seen, out)
	if subj == nil {
		subj = possSubj
	}
	if subj != nil {
		d.paraSubjects = append(d.paraSubjects, subj)
		d.lastSubject = subj
	}
	a.sentSubj[si] = subj
	return out
}

// unquoted is a sentence with its quoted words replaced by a space, and
// where each kept piece of the sentence landed.
type unquoted struct {
	text   string
	pieces [][3]int // start and end in the paragraph, start in text
}

// at maps a paragraph offset outside quotations to its offset in text, -1
// when it lies in a quotation.
func (u unquoted) at(pos int) int {
	for _, p := range u.pieces {
		if pos >= p[0] && pos <= p[1] {
			return p[2] + pos - p[0]
		}
	}
	return -1
}

// outsideQuotes returns sentence s of a paragraph with its quoted words
// left out.
func outsideQuotes(text string, s nlp.Span, quotes []quote.Span) unquoted {
	var u unquoted
	var b strings.Builder
	keep := func(from, to int) {
		u.pieces = append(u.pieces, [3]int{from, to, b.Len()})
		b.WriteString(text[from:to])
	}
	at := s.Start
	for _, q := range quotes {
		if q.Close.End <= s.Start || q.Open.Start >= s.End {
			continue
		}
		if q.Open.Start > at {
			keep(at, q.Open.Start)
		}
		b.WriteString(" ")
		at = max(at, min(q.Close.End, s.End))
	}
	if at < s.End {
		keep(at, s.End)
	}
	u.text = b.String()
	return u
}

// otherPronouns adds the people a sentence refers to only by an object,
// possessive or reflexive pronoun outside quotations ("the crowd cheered
// him", "her plan"): the sentence's own subject when the pronoun can be
// theirs, else the pronoun's antecedent.
func (a *attrib) otherPronouns(si int, subj, possSubj *people.Person, outside unquoted, sentText string, seen map[string]bool, out []Reference) []Reference {
	pp, d := a.pp, a.d
	for a.tokAt < len(pp.toks) && pp.tokSent[a.tokAt] < si {
		a.tokAt++
	}
	for k := a.tokAt; k < len(pp.toks) && pp.tokSent[k] == si; k++ {
		t := pp.toks[k]
		g, ok := objectPronouns[t.lower]
		if !ok || t.quote >= 0 || a.cover[k] >= 0 {
			continue
		}
		per := subj
		if per == nil {
			per = possSubj
		}
		if !compatible(per, g) {
			per = d.antecedent(g, pp.Index)
		}
		if per != nil && per.Gender == "" {
			// An antecedent of unknown gender yields to the person of
			// the pronoun's gender the text was just about, if any.
			if p := d.recentOfGender(g, pp.Index); p != nil {
				per = p
			}
		}
		if per == nil {
			continue
		}
		key := per.Name + "\x00"
		from, to := outside.at(t.s), outside.at(t.e)
		if seen[key] || from < 0 || to < from {
			continue
		}
		seen[key] = true
		d.p.Mentioned(per)
		out = append(out, Reference{Mention: Mention{Paragraph: pp.Index, Sentence: si + 1, Person: per.Name,
			Words: t.text, Kind: "pronoun", Text: sentText}, ToneText: outside.text, From: from, To: to})
	}
	return out
}
