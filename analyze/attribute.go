package analyze

import (
	"strings"

	"portray/analyze/nlp"
	"portray/analyze/people"
)

// Attribution rules, as written in the attribution column.
const (
	RuleCueAfter      = "cue-after"         // ‘...,’ he said / said Smith
	RuleCueBefore     = "cue-before"        // Smith said: ‘...’ / Smith called it ‘...’
	RuleAccordingTo   = "according-to"      // ‘...’, according to Smith
	RuleColonLeadIn   = "colon-lead-in"     // Smith was blunt: ‘...’
	RuleContinuation  = "continuation"      // a new paragraph carrying on the last speaker's words
	RuleSameParagraph = "same-paragraph"    // a later quotation in the paragraph of an attributed one
	RuleSubject       = "sentence-subject"  // a partial quotation in a sentence about its speaker
	RuleReported      = "reported-speech"   // Smith said that ... (no quotation marks)
	RuleLabel         = "speaker-label"     // a transcript line: ‘PENCE: Well, look...’
	RuleSignature     = "signature"         // a name after a dash ending the paragraph: “...” ― Pamela Padilla
	RulePrevSentence  = "previous-sentence" // “...” opening a sentence after one that reports its subject's words
	RuleTerm          = "term"              // not speech
	RuleNone          = "none"              // no speaker found
)

// mentionOut is a mention with the text its tone is scored on and where
// the reference lies in that text.
type mentionOut struct {
	Mention
	scoreText string
	from, to  int
}

// attribute reads one paragraph in order: it gives each quotation a kind and
// a speaker, finds reported speech, and lists the references to people.
func (d *discourse) attribute(pp *parsedPara) ([]Quote, []mentionOut) {
	ments := d.findMents(pp)
	cover := make([]int, len(pp.toks))
	for i := range cover {
		cover[i] = -1
	}
	for mi, m := range ments {
		for k := m.a; k < m.b; k++ {
			cover[k] = mi
		}
	}
	a := &attrib{d: d, pp: pp, ments: ments, cover: cover, res: make([]Quote, len(pp.quotes)), sentSubj: map[int]*people.Person{}}
	d.paraSubjects = nil
	var quotes []Quote
	var mentions []mentionOut
	for si, s := range pp.sents {
		hasQuote := false
		for qi, q := range pp.quotes {
			if q.Open.Start >= s.Start && q.Open.Start < s.End || si == 0 && q.Open.Start < s.Start {
				a.quote(qi, si)
				quotes = append(quotes, a.res[qi])
			}
			if q.Open.Start < s.End && q.Close.End > s.Start {
				hasQuote = true
			}
		}
		if !hasQuote {
			if q, ok := a.reported(si); ok {
				quotes = append(quotes, q)
			}
		}
		mentions = append(mentions, a.sentence(si)...)
	}
	if strings.HasSuffix(strings.TrimSpace(pp.text), ":") && len(pp.sents) > 0 {
		d.colonSubject, d.colonPar = a.sentSubj[len(pp.sents)-1], pp.Index
		// "... and Breitbart News responded:": the subject of the cue
		// before the colon, which may be an organisation or a description.
		if n := len(pp.toks); n >= 2 && (a.isCue(n-2) || a.isAfterCue(n-2)) {
			var idx []int
			for k := 0; k < n-2; k++ {
				if pp.tokSent[k] == pp.tokSent[n-2] && pp.toks[k].quote < 0 {
					idx = append(idx, k)
				}
			}
			if m := a.subjectOf(idx, n-2); m != nil {
				if f, ok := a.speaker(m, pp.toks[n-2].lower, RuleColonLeadIn); ok {
					d.colonSubject = f.per
				}
			}
		}
	}
	return quotes, mentions
}

// attrib is the state of attributing one paragraph.
type attrib struct {
	d     *discourse
	pp    *parsedPara
	ments []ment
	cover []int   // ment index covering each token, or -1
	res   []Quote // per quotation, filled as they are read
	// sentSubj is the subject of each sentence read so far, nil if none.
	sentSubj map[int]*people.Person
}

// found is a speaker found by a rule.
type found struct {
	per  *people.Person
	m    *ment
	verb string
	rule string
}

func (a *attrib) quote(qi, si int) {
	pp, q := a.pp, a.pp.quotes[qi]
	text := strings.TrimSpace(pp.text[q.Content.Start:q.Content.End])
	out := Quote{Paragraph: pp.Index, Line: pp.Line, Start: q.Content.Start, End: q.Content.End, Text: text}
	defer func() { a.res[qi] = out }()
	if a.isTerm(qi, si) {
		out.Kind, out.Attribution = KindTerm, RuleTerm
		return
	}
	out.Kind = a.shape(qi, si)
	var f found
	ok := false
	if per := a.speakerLabel(text); per != nil {
		f, ok = found{per: per, rule: RuleLabel}, true
		out.Kind = KindDirect
	}
	if !ok && q.Closed {
		f, ok = a.afterCue(qi)
	}
	if !ok {
		f, ok = a.beforeCue(qi, si)
	}
	if !ok {
		f, ok = a.possessiveCue(qi, si)
	}
	if !ok {
		f, ok = a.colonLeadIn(qi, si)
	}
	if !ok && a.startsParagraph(qi) && a.d.colonPar == pp.Index-1 && a.d.colonSubject != nil {
		// "Cruz said in a statement:" ending the previous paragraph
		f, ok = found{per: a.d.colonSubject, rule: RuleColonLeadIn}, true
	}
	if !ok && a.startsParagraph(qi) && a.d.lastSpeakerPar == pp.Index-1 && a.d.lastSpeaker != nil {
		f, ok = found{per: a.d.lastSpeaker, rule: RuleContinuation}, true
		out.Kind = KindContinuation
	}
	// A later quotation that opens its own sentence carries on the
	// paragraph's last speaker; one inside a sentence belongs to that
	// sentence ("... Trump mocked his ‘New York values’").
	opens := strings.TrimSpace(pp.text[pp.sents[si].Start:q.Open.Start]) == ""
	if !ok && (opens || qi > 0 && pp.tokSentAt(pp.quotes[qi-1].Open.Start) == si) {
		for pj := qi - 1; pj >= 0; pj-- {
			if a.res[pj].Speaker != "" && a.res[pj].Kind != KindTerm {
				f, ok = found{per: a.d.lastSpeaker, rule: RuleSameParagraph, verb: a.res[pj].Cue}, a.d.lastSpeaker != nil
				break
			}
		}
	}
	if !ok && si > 0 && strings.TrimSpace(pp.text[pp.sents[si].Start:q.Open.Start]) == "" {
		// "Clinton touted her record. “We need ...”": a quotation opening a
		// sentence, after a sentence that reports what its subject said.
		if p := a.sentSubj[si-1]; p != nil && a.sentenceHasCue(si-1) {
			f, ok = found{per: p, rule: RulePrevSentence}, true
		}
	}
	if !ok && out.Kind == KindPartial {
		f, ok = a.subject(si, q.Open.Start)
	}
	if !ok || f.per == nil {
		out.Attribution = RuleNone
		return
	}
	out.Speaker, out.SpeakerType = f.per.Name, f.per.SpeakerType()
	if f.m != nil {
		out.SpeakerMention = f.m.words
	}
	out.Cue = cueLemma(f.verb)
	if out.Cue == "" && afterCues[f.verb] {
		out.Cue = f.verb
	}
	out.Attribution = f.rule
	out.Confidence = confidence(f)
	a.d.lastSpeaker, a.d.lastSpeakerPar = f.per, pp.Index
}

// confidence is how often a rule, with the kind of words that named the
// speaker, picks the right person; a fixed scale for ranking, not a measurement.
func confidence(f found) float64 {
	base := map[string]float64{
		RuleCueAfter: 0.95, RuleCueBefore: 0.9, RuleAccordingTo: 0.9, RuleColonLeadIn: 0.7,
		RuleContinuation: 0.8, RuleSameParagraph: 0.85, RuleSubject: 0.5, RuleReported: 0.75, RuleLabel: 0.9, RuleSignature: 0.9, RulePrevSentence: 0.6,
	}[f.rule]
	if f.m != nil {
		switch f.m.kind {
		case "pronoun":
			base -= 0.15
		case "role":
			base -= 0.2
		}
	}
	return base
}

// startsParagraph reports whether quotation qi opens its paragraph.
func (a *attrib) startsParagraph(qi int) bool {
	return strings.TrimSpace(a.pp.text[:a.pp.quotes[qi].Open.Start]) == ""
}

// before returns the indices of the words of sentence si that come before
// position at and lie outside quotations.
func (a *attrib) before(si, at int) []int {
	var out []int
	for k, t := range a.pp.toks {
		if t.s >= at {
			break
		}
		if a.pp.tokSent[k] == si && t.quote < 0 {
			out = append(out, k)
		}
	}
	return out
}

// mentAt returns the reference starting at (or covering) token k.
func (a *attrib) mentAt(k int) *ment {
	if k < 0 || k >= len(a.cover) || a.cover[k] < 0 {
		return nil
	}
	return &a.ments[a.cover[k]]
}

func (a *attrib) speaker(m *ment, verb, rule string) (found, bool) {
	per := a.d.resolve(m, a.pp.Index)
	if per == nil && m.kind == "role" && m.quote < 0 {
		// A role the article never tied to a name ("the business mogul
		// announced") still says who spoke: an unnamed speaker.
		words := m.words
		if f := strings.Fields(words); len(f) > 1 && (strings.EqualFold(f[0], "the") || strings.EqualFold(f[0], "his") || strings.EqualFold(f[0], "her")) {
			words = strings.Join(f[1:], " ")
		}
		per = a.d.p.Unnamed(words)
	}
	if per == nil {
		return found{}, false
	}
	if m.kind == "pronoun" && per.Gender == "" {
		per.Gender = m.gender
	}
	return found{per: per, m: m, verb: verb, rule: rule}, true
}

// sentence resolves the references of sentence si, updates who the text is
// about, and returns one mention per person referred to outside quotations
// and one per person referred to inside each quotation.
func (a *attrib) sentence(si int) []mentionOut {
	pp, d := a.pp, a.d
	s := pp.sents[si]
	sentText := pp.text[s.Start:s.End]
	outside := outsideQuotes(pp.text, s, pp.quotes)
	var subj, possSubj *people.Person
	var out []mentionOut
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
		per := d.resolve(m, pp.Index)
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
		quotedBy, scoreText := "", outside.text
		from, to := outside.at(start), outside.at(end)
		if m.quote >= 0 {
			quotedBy = a.res[m.quote].Speaker
			if quotedBy == "" || quotedBy == per.Name {
				continue
			}
			q := pp.quotes[m.quote]
			content := pp.text[q.Content.Start:q.Content.End]
			lead := q.Content.Start + len(content) - len(strings.TrimLeft(content, " "))
			scoreText, from, to = a.res[m.quote].Text, start-lead, end-lead
			// Tone reads one sentence: the quotation's that holds the mention.
			if from >= 0 {
				sp := nlp.Containing(nlp.Sentences(scoreText), from, len(scoreText))
				scoreText, from, to = sp.Of(scoreText), from-sp.Start, min(to, sp.End)-sp.Start
			}
		}
		key := per.Name + "\x00" + quotedBy
		if seen[key] || strings.TrimSpace(scoreText) == "" || from < 0 || to < from {
			continue
		}
		seen[key] = true
		out = append(out, mentionOut{Mention: Mention{Paragraph: pp.Index, Sentence: si + 1, Person: per.Name,
			Words: m.words, Kind: m.kind, QuotedBy: quotedBy, Text: sentText}, scoreText: scoreText, from: from, to: to})
	}
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
