package attrib

import (
	"strings"

	"portray/analyze/input"
	"portray/analyze/nlp"
	"portray/analyze/people"
	"portray/analyze/tone"
)

// Attribution rules, as written in the attribution column.
const (
	RuleCueAfter      = "cue-after"          // ‘...,’ he said / said Smith
	RuleCueBefore     = "cue-before"         // Smith said: ‘...’ / Smith called it ‘...’
	RuleAccordingTo   = "according-to"       // ‘...’, according to Smith
	RuleColonLeadIn   = "colon-lead-in"      // Smith was blunt: ‘...’
	RuleContinuation  = "continuation"       // a new paragraph carrying on the last speaker's words
	RuleSameParagraph = "same-paragraph"     // a later quotation in the paragraph of an attributed one
	RuleSubject       = "sentence-subject"   // a partial quotation in a sentence about its speaker
	RuleReported      = "reported-speech"    // Smith said that ... (no quotation marks)
	RuleLabel         = "speaker-label"      // a transcript line: ‘PENCE: Well, look...’
	RuleSignature     = "signature"          // a name after a dash ending the paragraph: “...” ― Pamela Padilla
	RulePrevSentence  = "previous-sentence"  // “...” opening a sentence after one that reports its subject's words
	RulePrevParagraph = "previous-paragraph" // “...” a paragraph of its own after one ending with a report of its subject's words
	RulePassive       = "passive"            // ‘...’ was said by Smith; with no "by", nobody's
	RuleFinalClause   = "final-clause"       // Clinton ‘drew well’ in the primary, said Paul Beck.
	RuleHeadline      = "headline"           // a quotation in the headline, which repeats the story's
	RuleTerm          = "term"               // not speech
	RuleNone          = "none"               // no speaker found
)

// Quote kinds.
const (
	KindDirect       = "direct"       // a whole quoted statement
	KindPartial      = "partial"      // a few quoted words inside the writer's sentence
	KindContinuation = "continuation" // a quoted paragraph carried on from the previous speaker
	KindIndirect     = "indirect"     // reported speech without quotation marks
	KindTerm         = "term"         // quotation marks around a term or title, not speech
)

// Quote is one quotation (or one piece of reported speech) and who said it.
type Quote struct {
	// Paragraph is the 1-based index of the paragraph holding the quotation.
	Paragraph int
	// Line is the input line where that paragraph starts.
	Line int
	// Start and End are the byte offsets of the quoted words in the paragraph's text.
	Start, End int
	// Text is the quoted words without the marks.
	Text string
	// Kind is direct, partial, continuation, indirect or term.
	Kind string
	// Speaker is the canonical name of the speaker, empty when unknown or a term.
	Speaker string
	// SpeakerType is person, group or organisation; empty without a speaker.
	SpeakerType string
	// SpeakerMention is the words that named the speaker ("he", "the Russian president").
	SpeakerMention string
	// Cue is the reporting verb, in its base form ("say", "tell").
	Cue string
	// Attribution names the rule that chose the speaker.
	Attribution string
	// Confidence is how sure that rule is, 0..1.
	Confidence float64
	// Tone is the tone of the quoted words.
	Tone tone.Scores
}

// Paragraph is what attribution finds in one paragraph.
type Paragraph struct {
	// Sentences are the paragraph's sentences, as spans of its text.
	Sentences []nlp.Span
	// Quotes are the quotations and reported speech, in reading order,
	// their Tone not yet scored.
	Quotes []Quote
	// Mentions are the references to people, in reading order, their Tone
	// not yet scored.
	Mentions []Reference
}

// Attribute reads an article's paragraphs in order: it finds their
// quotations, gives each a kind and a speaker, finds reported speech, and
// lists the references to people. cfg holds the user's aliases and roles
// (nil for none). It returns what it found in each paragraph, one entry per
// paragraph, and the people the article names, most mentioned first.
func Attribute(paras []input.Paragraph, cfg *people.Config) ([]Paragraph, []people.Person) {
	d, parsed := read(paras, cfg)
	out := make([]Paragraph, len(parsed))
	for i, pp := range parsed {
		quotes, mentions := d.attribute(pp)
		out[i] = Paragraph{Sentences: pp.sents, Quotes: quotes, Mentions: mentions}
	}
	return out, d.p.Persons()
}

// read parses the paragraphs (quotations, tokens, sentences) and
// registers the article's people: everything attribution needs.
func read(paras []input.Paragraph, cfg *people.Config) (*discourse, []*parsedPara) {
	d := newDiscourse(cfg)
	parsed := make([]*parsedPara, len(paras))
	for i, p := range paras {
		parsed[i] = parsePara(p)
	}
	d.common = lowerWords(parsed)
	if len(parsed) >= 3 && isHeadline(parsed[0]) {
		d.headline = parsed[0].Index
	}
	for _, pp := range parsed {
		pp.runs = findNameRuns(pp, d.common)
		d.register(pp)
	}
	d.finishRegistry(parsed)
	return d, parsed
}

// attribute reads one paragraph in order: it gives each quotation a kind and
// a speaker, finds reported speech, and lists the references to people.
func (d *discourse) attribute(pp *parsedPara) ([]Quote, []Reference) {
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
	var mentions []Reference
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
	// The last sentence's subject, when it reports what they said, for a
	// quotation that opens the next paragraph.
	a.d.prevSubj, a.d.prevPar = nil, pp.Index
	if last := len(pp.sents) - 1; last >= 0 && len(pp.quotes) == 0 && a.sentenceHasCue(last) {
		a.d.prevSubj = a.sentSubj[last]
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
	tokAt    int // first token of the sentence being read, for otherPronouns
}

// found is a speaker found by a rule.
type found struct {
	per  *people.Person
	m    *ment
	verb string
	rule string
	near bool // a pronoun resolved within its own sentence, or a role the article tied to a name
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
	out.Kind = pp.shape(qi, si)
	if pp.Index == a.d.headline {
		// The headline's quotations repeat the story's, where their
		// speaker is named in full; counted here they would count twice.
		out.Attribution = RuleHeadline
		return
	}
	var f found
	ok := false
	if per := a.speakerLabel(text); per != nil {
		f, ok = found{per: per, rule: RuleLabel}, true
		out.Kind = KindDirect
	}
	if !ok && q.Closed {
		f, ok = a.afterCue(qi)
	}
	if !ok && q.Closed {
		if f, ok = a.finalClause(qi, si); ok {
			f.rule = RuleFinalClause
		}
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
	if !ok && pp.startsParagraph(qi) && a.d.colonPar == pp.Index-1 && a.d.colonSubject != nil {
		// "Cruz said in a statement:" ending the previous paragraph
		f, ok = found{per: a.d.colonSubject, rule: RuleColonLeadIn}, true
	}
	if !ok && pp.startsParagraph(qi) && a.d.lastSpeakerPar == pp.Index-1 && a.d.lastSpeaker != nil {
		f, ok = found{per: a.d.lastSpeaker, rule: RuleContinuation}, true
		out.Kind = KindContinuation
	}
	// A later quotation that opens its own sentence carries on the
	// paragraph's last speaker; one inside a sentence belongs to that
	// sentence ("... Trump mocked his ‘New York values’").
	opens := leadIn(pp.text[pp.sents[si].Start:q.Open.Start])
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
	if !ok && si == 0 && pp.startsParagraph(qi) && a.d.prevPar == pp.Index-1 && a.d.prevSubj != nil {
		// "... since Trump spoke only in bromides during the interview."
		// then a paragraph that is a quotation: the same, across paragraphs.
		f, ok = found{per: a.d.prevSubj, rule: RulePrevParagraph}, true
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

// mentAt returns the reference starting at (or covering) token k.
func (a *attrib) mentAt(k int) *ment {
	if k < 0 || k >= len(a.cover) || a.cover[k] < 0 {
		return nil
	}
	return &a.ments[a.cover[k]]
}

func (a *attrib) speaker(m *ment, verb, rule string) (found, bool) {
	per := a.sentenceAntecedent(m)
	near := per != nil
	if per == nil {
		per = a.d.resolve(m, a.pp.Index)
		// A role the article gave this person ("Donald Trump, the
		// Republican nominee, ...").
		near = m.kind == "role" && per != nil && (a.d.p.Role(m.phrase) == per || a.d.p.Role(m.head) == per)
	}
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
	return found{per: per, m: m, verb: verb, rule: rule, near: near}, true
}

// sentenceAntecedent resolves a third-person pronoun from its own sentence
// when the sentence names who it is: "Bolton said he would ...", "Although
// Weiner admitted ..., he claimed ...", "Feinstein said ‘...,’ she said".
// Of the persons before it in subject position (not after a verb or a
// preposition), the nearest whose gender is known to match; else the
// first, not a possessive, whose gender does not clash. Words inside quotations
// are someone's speech, not the writer's antecedents. nil when the
// sentence names no one fit, or m is not a singular pronoun.
func (a *attrib) sentenceAntecedent(m *ment) *people.Person {
	if m.kind != "pronoun" || m.gender == "" || m.quote >= 0 {
		return nil
	}
	si := a.pp.tokSent[m.a]
	var first *people.Person
	for i := len(a.ments) - 1; i >= 0; i-- {
		c := &a.ments[i]
		if c.a >= m.a || a.pp.tokSent[c.a] != si || c.quote >= 0 || c.per == nil || (c.kind != "name" && c.kind != "surname") {
			continue
		}
		// A possessive is an antecedent only when it opens the sentence
		// ("Trump’s campaign said he ..."), not inside it ("calling out
		// Putin’s lies and saying he ...").
		if a.pp.afterPreposition(c.a) || a.pp.afterVerb(c.a) {
			continue // "Asked by Sean Hannity what he would ...": an object is not the antecedent
		}
		if c.per.Gender == m.gender && compatible(c.per, m.gender) && (!c.poss || a.pp.sentenceStart(c.a)) {
			return c.per
		}
		if !c.poss && compatible(c.per, m.gender) {
			first = c.per
		}
	}
	return first
}

// leadIn reports whether the words before a quotation in its sentence
// leave it opening the sentence: none, or a linking word ("Instead, ‘...’",
// "But ‘...’", "And, he added, ...").
func leadIn(before string) bool {
	w := strings.Fields(strings.ToLower(before))
	switch len(w) {
	case 0:
		return true
	case 1:
		return linkWords[strings.TrimRight(w[0], ",:")]
	}
	return false
}

// headlineWords is the most words a first paragraph read as a headline has.
const headlineWords = 20

// isHeadline reports whether an article's first paragraph is its headline:
// one sentence of at most headlineWords words, or Title Case.
func isHeadline(pp *parsedPara) bool {
	if furnitureOf(pp) == furnHeadline {
		return true
	}
	return len(pp.sents) == 1 && words(pp.toks) <= headlineWords
}
