package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Attribution rules, as written in the attribution column.
const (
	RuleCueAfter      = "cue-after"         // ‘...,’ he said / said Smith
	RuleCueBefore     = "cue-before"        // Smith said: ‘...’ / Smith called it ‘...’
	RuleAccordingTo   = "according-to"      // ‘...’, according to Smith
	RuleColonLeadIn   = "colon-lead-in"     // Smith put it bluntly: ‘...’
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
	a := &attrib{d: d, pp: pp, ments: ments, cover: cover, res: make([]Quote, len(pp.quotes)), sentSubj: map[int]*Person{}}
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
	sentSubj map[int]*Person
}

// found is a speaker found by a rule.
type found struct {
	per  *Person
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

// isCue reports whether token k is a reporting verb (not part of a name).
func (a *attrib) isCue(k int) bool {
	t := a.pp.toks[k]
	if t.punct || t.quote >= 0 || a.cover[k] >= 0 || t.cap && !a.pp.sentenceStart(k) {
		return false
	}
	if cueWords[t.lower] != "" {
		return true
	}
	// "The Post reports that ...": a noun-like verb's -s form before "that".
	if thirdPersonCues[t.lower] != "" && k+1 < len(a.pp.toks) && a.pp.toks[k+1].lower == "that" {
		return true
	}
	// "as Smith put it, ‘...’"
	return t.lower == "put" && k+1 < len(a.pp.toks) && a.pp.toks[k+1].lower == "it"
}

// afterCues are verbs that attribute a quotation only right after it
// ("‘...,’ he continued"), being too common to trust elsewhere.
var afterCues = setOf("continued", "continues", "reacted", "reacts", "began", "begins", "went", "chimed", "offered",
	"recalled", "thanked", "concluded", "summed", "cautioned", "joked", "jokes", "quipped", "laughed", "sighed", "shot",
	"barked", "snapped", "growled", "snarled", "bellowed", "gushed", "surmised", "read", "reads", "mused", "marveled",
	"marvelled", "pleaded", "fired", "wondered", "explained", "interrupted", "pressed", "ventured")

// isAfterCue reports whether token k is one of afterCues outside quotations.
func (a *attrib) isAfterCue(k int) bool {
	t := a.pp.toks[k]
	return !t.punct && t.quote < 0 && a.cover[k] < 0 && afterCues[t.lower]
}

// shape tells a direct quotation (a whole statement: it opens the sentence,
// follows a colon or comma lead-in, or ends in its own punctuation) from a
// partial one.
func (a *attrib) shape(qi, si int) string {
	pp, q := a.pp, a.pp.quotes[qi]
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

// clauseWords show that quoted words are a statement, not a term.
var clauseWords = setOf("i", "we", "you", "he", "she", "they", "it", "is", "are", "was", "were", "will", "would",
	"can", "could", "should", "must", "not", "no", "have", "has", "had", "be", "been", "am", "do", "does", "did", "don't",
	"i'm", "it's", "we're", "there's", "that's", "won't", "can't", "isn't")

// functionWords are words after a quotation that show it is not a modifier
// of the next noun.
var functionWords = setOf("of", "on", "in", "at", "to", "for", "with", "by", "from", "and", "or", "but", "that",
	"which", "who", "as", "than", "is", "was", "are", "were", "be", "has", "had", "have", "will", "would", "about",
	"over", "after", "before", "into", "because", "while", "if", "when", "not", "during", "since", "until",
	"against", "among", "around", "across", "through", "throughout", "under", "despite", "near", "like",
	"beyond", "within", "without", "per", "via", "amid", "toward", "towards", "upon", "onto", "off", "out",
	"up", "down", "so", "yet", "nor", "then", "than", "whose", "where")

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
	if determiners[lower(prev)] && next >= 0 && !pp.toks[next].punct && !functionWords[lower(next)] &&
		pp.toks[next].quote < 0 && unicode.IsLower([]rune(pp.toks[next].text)[0]) && cueWords[lower(next)] == "" &&
		!a.sentenceHasCueVerb(si) {
		return true
	}
	// No reporting verb or speech noun in the sentence: nobody is said to speak.
	return !a.sentenceHasCue(si)
}

// sentenceHasCue reports whether sentence si has a reporting verb or a
// speech noun ("Trump’s claim that ...") outside quotations.
func (a *attrib) sentenceHasCue(si int) bool {
	for k, t := range a.pp.toks {
		if a.pp.tokSent[k] == si && t.quote < 0 && speechNouns[t.lower] {
			return true
		}
	}
	return a.sentenceHasCueVerb(si)
}

// sentenceHasCueVerb reports whether sentence si has a reporting verb (or
// "according to") outside quotations.
func (a *attrib) sentenceHasCueVerb(si int) bool {
	for k, t := range a.pp.toks {
		if a.pp.tokSent[k] == si && (a.isCue(k) || t.quote < 0 && t.lower == "according") {
			return true
		}
	}
	return false
}

// possessiveCue finds a speech noun owned by a person before quotation qi:
// "Trump’s claim that there were ‘thousands of shootings’".
func (a *attrib) possessiveCue(qi, si int) (found, bool) {
	idx := a.before(si, a.pp.quotes[qi].Open.Start)
	for n := len(idx) - 1; n >= 0; n-- {
		t := a.pp.toks[idx[n]]
		if !speechNouns[t.lower] {
			continue
		}
		for b := n - 1; b >= 0 && b >= n-3; b-- {
			if m := a.mentAt(idx[b]); m != nil && m.poss {
				return a.speaker(m, "", RuleCueBefore)
			}
		}
	}
	return found{}, false
}

// afterCue reads an attribution right after a closed quotation: ", he
// said", ", said Smith", ", Smith, a doctor, told reporters", ", according to Smith".
func (a *attrib) afterCue(qi int) (found, bool) {
	pp, q := a.pp, a.pp.quotes[qi]
	k := -1
	for i, t := range pp.toks {
		if t.s >= q.Close.End {
			k = i
			break
		}
	}
	if k < 0 {
		return found{}, false
	}
	toks := pp.toks
	// The quotation must end as a statement does: with its own punctuation
	// or a comma or dash after the mark. "‘a hoax’ accusing Moscow" is no cue.
	last := lastRune(pp.text[q.Content.Start:q.Content.End])
	separated := strings.ContainsRune(",.!?…—–-", last)
	dashed := false
	for k < len(toks) && toks[k].punct && strings.Contains(",—–-―", toks[k].text) {
		separated = true
		dashed = dashed || toks[k].text != ","
		k++
	}
	if !separated {
		return found{}, false
	}
	// ‘...ready.’ She also said ...: a quotation that ends its sentence,
	// then a capitalised pronoun, starts a new sentence, not an attribution.
	if k < len(toks) && strings.ContainsRune(".!?…", last) && subjectPronouns[toks[k].lower] && toks[k].text != toks[k].lower {
		return found{}, false
	}
	if k >= len(toks) || toks[k].quote >= 0 {
		return found{}, false
	}
	if toks[k].lower == "according" && k+2 < len(toks) && toks[k+1].lower == "to" {
		if m := a.mentAt(k + 2); m != nil {
			return a.speaker(m, "", RuleAccordingTo)
		}
		if m := a.orgStartingAt(k + 2); m != nil {
			return a.speaker(m, "", RuleAccordingTo)
		}
		return found{}, false
	}
	if (a.isCue(k) || a.isAfterCue(k)) && !strings.HasSuffix(toks[k].lower, "ing") {
		// said [descriptors] Name: "said 9/11 widow Terry Strada"
		for j := k + 1; j <= k+6 && j < len(toks); j++ {
			if m := a.mentAt(j); m != nil && !m.poss {
				return a.speaker(m, toks[k].lower, RuleCueAfter)
			}
			if toks[j].punct && !strings.Contains("/-", toks[j].text) || toks[j].quote >= 0 {
				break
			}
		}
		if m := a.orgStartingAt(k + 1); m != nil {
			return a.speaker(m, toks[k].lower, RuleCueAfter)
		}
		// "said one Republican involved in the planning": the longest
		// description that starts right after the verb.
		e := k + 1
		for e < len(toks) && !toks[e].punct && toks[e].quote < 0 && e < k+9 {
			e++
		}
		for ; e > k+2 && a.description(k+1, e) == nil; e-- {
		}
		if m := a.description(k+1, e); m != nil {
			return a.speaker(m, toks[k].lower, RuleCueAfter)
		}
		return found{}, false
	}
	if dashed && a.endsParagraph(k) {
		// a signature: “...” ― Pamela Padilla
		if m := a.mentAt(k); m != nil && !m.poss {
			return a.speaker(m, "", RuleSignature)
		}
	}
	// Subject first: NP [, appositive,] [adverbs] VERB. The NP may carry
	// descriptors before the name ("Trump lawyer Marc Kasowitz", "IMF chief
	// economist Maury Obstfeld"): the speaker is its last reference.
	verb := -1
	for j := k; j < len(toks) && j < k+30; j++ {
		t := toks[j]
		if t.quote >= 0 || t.punct && strings.Contains(".!?;:", t.text) && !a.innerStop(j) {
			break
		}
		if a.isCue(j) || a.isAfterCue(j) {
			verb = j
			break
		}
	}
	if verb < 0 {
		return found{}, false
	}
	np, depth, commas := verb, 0, 0
	closeApp := -1
	for j := k; j < verb; j++ {
		switch toks[j].text {
		case "(":
			depth++
		case ")":
			depth--
		case ",":
			if depth == 0 {
				commas++
				if commas == 1 {
					np = j
				} else if commas == 2 {
					closeApp = j
				}
			}
		}
	}
	if words(toks[k:np]) > 10 || closeApp >= 0 && words(toks[closeApp:verb]) > 3 || commas > 2 {
		return found{}, false
	}
	var m *ment
	depth = 0
	for j := k; j < np; j++ {
		switch toks[j].text {
		case "(":
			depth++
		case ")":
			depth--
		}
		if mm := a.mentAt(j); mm != nil && !mm.poss && depth == 0 {
			m = mm
		}
	}
	if m == nil && np > k && words(toks[k:np]) <= 6 {
		m = a.orgEndingAt(np - 1)
	}
	if m == nil {
		m = a.description(k, a.trimAdverbs(k, np)) // "the editorial board recently wrote"
	}
	if m == nil {
		return found{}, false
	}
	return a.speaker(m, toks[verb].lower, RuleCueAfter)
}

// speakerNouns head the descriptions of speakers: people, bodies and
// documents that can be said to say something.
var speakerNouns = setOf("official", "source", "aide", "member", "adviser", "advisor", "spokesperson", "statement",
	"report", "letter", "memo", "government", "administration", "campaign", "committee", "agency", "office",
	"ministry", "department", "court", "ruling", "article", "book", "ad", "poll", "survey", "study", "lawsuit",
	"complaint", "filing", "document", "website", "release", "party", "group", "organization", "organisation",
	"union", "company", "firm", "team", "panel", "commission", "council", "network", "newspaper", "paper",
	"magazine", "station", "channel", "outlet", "show", "friend", "mother", "father", "son", "daughter", "wife",
	"husband", "brother", "sister", "neighbor", "neighbour", "voter", "supporter", "critic", "opponent", "worker",
	"teacher", "doctor", "nurse", "officer", "veteran", "woman", "man", "person", "people", "owner", "executive",
	"insider", "lawyer", "attorney", "prosecutor", "judge", "witness", "reporter", "journalist", "editor",
	"writer", "author", "narrator", "announcer", "caller", "organizer", "organiser", "leader", "chief", "head",
	"counsel", "staffer", "employee", "family", "relative", "widow", "mom", "dad", "boss", "manager",
	"crowd", "audience", "board", "account", "page", "feed", "union", "republican", "democrat", "conservative",
	"liberal", "independent", "delegate", "donor", "operative", "consultant", "pollster", "historian",
	"front-runner", "frontrunner", "hopeful", "contender", "incumbent", "email", "message", "note", "tweet",
	"video", "petition", "platform", "resolution", "user", "commenter", "poster", "viewer", "reader", "listener")

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

// descStart are the words that open a description of an unnamed speaker.
var descStart = setOf("the", "a", "an", "one", "two", "three", "several", "some", "many", "another", "his", "her", "their", "its", "our", "other")

// description reads tokens [s, e) as a description of an unnamed speaker
// ("one unaligned Florida Republican strategist", "the campaign", "a
// senior official"): a determiner or possessive, then up to seven words
// ending in a noun. The first-person "I" of the writer is "the author".
func (a *attrib) description(s, e int) *ment {
	toks := a.pp.toks
	if e-s == 1 && toks[s].text == "I" {
		return &ment{a: s, b: e, kind: "unnamed", per: a.d.p.speakerOf(kindUnnamed, "the author"), words: "I", quote: -1}
	}
	if e-s < 2 || e-s > 8 || !(descStart[toks[s].lower] || toks[s].poss) {
		return nil
	}
	for k := s; k < e; k++ {
		t := toks[k]
		if t.punct || t.quote >= 0 || cueLemma(t.lower) != "" || k > s && (functionWords[t.lower] || determiners[t.lower]) {
			return nil
		}
	}
	last := toks[e-1]
	lower := last.text == last.lower || partyWords[last.lower]
	if _, pron := pronounWords[last.lower]; pron || !lower || last.poss || !speakerNoun(last.lower) {
		return nil
	}
	words := a.pp.text[toks[s].s:toks[e-1].e]
	if toks[s].lower == "the" || toks[s].lower == "a" || toks[s].lower == "an" {
		words = a.pp.text[toks[s+1].s:toks[e-1].e] // "a statement" and "the statement" are one speaker
	}
	return &ment{a: s, b: e, kind: "unnamed", per: a.d.p.speakerOf(kindUnnamed, words), words: a.pp.text[toks[s].s:toks[e-1].e], quote: -1}
}

// partyWords are capitalised words that can head a description of a
// person ("one Republican involved in the planning").
var partyWords = setOf("republican", "republicans", "democrat", "democrats", "conservative", "conservatives",
	"liberal", "liberals", "libertarian", "independent", "independents", "tory", "tories")

// trimAdverbs moves e back over adverbs ending tokens [s, e): "the
// editorial board recently" ends at "board".
func (a *attrib) trimAdverbs(s, e int) int {
	for e > s+1 && (adverbs[a.pp.toks[e-1].lower] || strings.HasSuffix(a.pp.toks[e-1].lower, "ly")) {
		e--
	}
	return e
}

// adverbs often stand between a subject and its verb.
var adverbs = setOf("also", "still", "now", "then", "just", "even", "however", "later", "already", "again",
	"once", "too", "never", "often", "soon", "first", "last", "since", "yet", "twice", "further", "instead")

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

// words counts the word tokens of toks.
func words(toks []token) int {
	n := 0
	for _, t := range toks {
		if !t.punct {
			n++
		}
	}
	return n
}

// beforeCue finds the last reporting verb before quotation qi in its
// sentence and the person who is its subject.
func (a *attrib) beforeCue(qi, si int) (found, bool) {
	pp, q := a.pp, a.pp.quotes[qi]
	idx := a.before(si, q.Open.Start)
	// "He continued, “...”": a verb trusted only next to a quotation.
	if n := len(idx); n >= 2 && strings.Contains(",:", pp.toks[idx[n-1]].text) && a.isAfterCue(idx[n-2]) {
		if m := a.subjectOf(idx[:n-2], idx[n-2]); m != nil {
			return a.speaker(m, pp.toks[idx[n-2]].lower, RuleCueBefore)
		}
	}
	for n := len(idx) - 1; n >= 0; n-- {
		k := idx[n]
		if pp.toks[k].lower == "according" && n+2 < len(idx) && pp.toks[idx[n+1]].lower == "to" {
			if m := a.mentAt(idx[n+2]); m != nil {
				return a.speaker(m, "", RuleAccordingTo)
			}
			if m := a.orgStartingAt(idx[n+2]); m != nil {
				return a.speaker(m, "", RuleAccordingTo)
			}
		}
		if !a.isCue(k) {
			continue
		}
		// "Trump went after Bush, calling him ‘a total stiff’": a participle
		// after a comma takes the subject of the main clause, not the nearest name.
		if strings.HasSuffix(pp.toks[k].lower, "ing") && n > 0 && pp.toks[idx[n-1]].text == "," {
			for _, j := range idx[:n] {
				if mi := a.cover[j]; mi >= 0 && !a.ments[mi].poss && a.ments[mi].a == j && !(a.ments[mi].kind == "group" && a.isObject(j)) {
					return a.speaker(&a.ments[mi], pp.toks[k].lower, RuleCueBefore)
				}
			}
		}
		if m := a.subjectOf(idx[:n], k); m != nil {
			return a.speaker(m, pp.toks[k].lower, RuleCueBefore)
		}
		// inverted: said Smith: ‘...’
		for _, j := range idx[n+1:] {
			if m := a.mentAt(j); m != nil && !m.poss {
				return a.speaker(m, pp.toks[k].lower, RuleCueBefore)
			}
		}
		return found{}, false
	}
	return found{}, false
}

// subjectOf walks back over the words before a verb to its subject: the
// nearest name, role, pronoun or group that is not a possessive.
func (a *attrib) subjectOf(idx []int, verb int) *ment {
	toks := a.pp.toks
	if n := len(idx); n > 0 {
		last := idx[n-1]
		// "a retired general who suggested ...": the relative pronoun's antecedent.
		if (toks[last].lower == "who" || toks[last].lower == "which") && n > 1 {
			ante := idx[n-2]
			if toks[ante].text == "," && n > 2 {
				ante = idx[n-3]
			}
			if mi := a.cover[ante]; mi >= 0 && !a.ments[mi].poss {
				return &a.ments[mi]
			}
			if m := a.descriptionBefore(ante + 1); m != nil {
				return m
			}
		}
		// "Mary Susan, clad in a red cape that formed the name Trump,
		// said": the name before an appositive set off by commas.
		if toks[last].text == "," {
			for j := n - 2; j > 0 && n-j < 25; j-- {
				if toks[idx[j]].text == "," {
					if mi := a.cover[idx[j-1]]; mi >= 0 && !a.ments[mi].poss && a.ments[mi].kind != "pronoun" {
						return &a.ments[mi]
					}
					break
				}
			}
		}
	}
	// An organisation or a description right before the verb ("the Kremlin
	// said", "a senior official said", "Trump's campaign manager said").
	if len(idx) > 0 && idx[len(idx)-1] == verb-1 && a.cover[verb-1] < 0 {
		if m := a.orgEndingAt(verb - 1); m != nil && !a.afterPreposition(m.a) {
			return m
		}
		if m := a.descriptionBefore(verb); m != nil {
			return m
		}
	}
	words := 0
	for n := len(idx) - 1; n >= 0 && words < 14; n-- {
		k := idx[n]
		t := toks[k]
		if t.text == ";" {
			return nil
		}
		if !t.punct {
			words++
		}
		if mi := a.cover[k]; mi >= 0 {
			m := &a.ments[mi]
			// Possessives, and names after a preposition ("on Facebook",
			// "to Clinton"), are not subjects.
			if m.poss || m.kind == "group" && a.isObject(m.a) || m.kind != "pronoun" && a.afterPreposition(m.a) && !a.nextTo(m.b, verb) {
				continue
			}
			return m
		}
	}
	return nil
}

// nextTo reports whether only adverbs stand between token e and the verb:
// "with Trump simply writing" makes Trump the subject despite "with".
func (a *attrib) nextTo(e, verb int) bool {
	for k := e; k < verb; k++ {
		t := a.pp.toks[k]
		if t.punct || !(adverbs[t.lower] || strings.HasSuffix(t.lower, "ly")) {
			return false
		}
	}
	return true
}

// afterPreposition reports whether token k follows a preposition.
func (a *attrib) afterPreposition(k int) bool {
	if k == 0 {
		return false
	}
	p := a.pp.toks[k-1]
	return !p.punct && (placePrepositions[p.lower] || prepositions[p.lower])
}

// prepositions besides placePrepositions that take an object, never a subject.
var prepositions = setOf("on", "with", "by", "about", "against", "among", "between", "during", "like", "than", "via", "upon", "over", "under", "behind", "beside", "unlike")

// isObject reports whether the words at token k follow a verb or a
// preposition ("told supporters", "among voters"), so that they cannot be
// the subject of the clause.
func (a *attrib) isObject(k int) bool {
	if k == 0 {
		return false
	}
	p := a.pp.toks[k-1]
	return !p.punct && (cueLemma(p.lower) != "" || placePrepositions[p.lower] || functionWords[p.lower])
}

// colonLeadIn gives a quotation that follows a colon to the sentence's subject.
func (a *attrib) colonLeadIn(qi, si int) (found, bool) {
	idx := a.before(si, a.pp.quotes[qi].Open.Start)
	if len(idx) == 0 || a.pp.toks[idx[len(idx)-1]].text != ":" {
		return found{}, false
	}
	f, ok := a.subject(si, a.pp.quotes[qi].Open.Start)
	f.rule = RuleColonLeadIn
	return f, ok
}

// subject is the first person named in sentence si before position at.
func (a *attrib) subject(si, at int) (found, bool) {
	for _, k := range a.before(si, at) {
		if mi := a.cover[k]; mi >= 0 && !a.ments[mi].poss && a.ments[mi].a == k {
			return a.speaker(&a.ments[mi], "", RuleSubject)
		}
	}
	return found{}, false
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
		per = a.d.p.speakerOf(kindUnnamed, words)
	}
	if per == nil {
		return found{}, false
	}
	if m.kind == "pronoun" && per.Gender == "" {
		per.Gender = m.gender
	}
	return found{per: per, m: m, verb: verb, rule: rule}, true
}

// notReported are cue verbs that report a state of mind, not speech, and so
// do not make a sentence reported speech.
var notReported = setOf("agree", "disagree", "believe", "think", "fear", "hope", "worry", "concur", "wonder", "reckon", "ask", "urge", "praise", "condemn", "dismiss", "accuse", "blame", "hail", "welcome", "describe")

// reported finds reported speech in sentence si (which has no quotation):
// a person, a speech verb and the clause it reports ("Putin said he agreed
// that ..."). The clause becomes an indirect quote.
func (a *attrib) reported(si int) (Quote, bool) {
	pp := a.pp
	idx := a.before(si, pp.sents[si].End)
	for n, k := range idx {
		lemma := cueLemma(pp.toks[k].lower)
		if !a.isCue(k) || !speechWords[pp.toks[k].lower] || notReported[lemma] || strings.HasSuffix(pp.toks[k].lower, "ing") {
			continue
		}
		m := a.subjectOf(idx[max(0, n-7):n], k)
		if m == nil {
			continue
		}
		j := n + 1
		if (lemma == "tell" || lemma == "inform" || lemma == "assure" || lemma == "warn") && j < len(idx) {
			// skip the person told: "told reporters", "told the BBC"
			if mi := a.cover[idx[j]]; mi >= 0 {
				for j < len(idx) && a.cover[idx[j]] == mi {
					j++
				}
			} else if t := pp.toks[idx[j]]; !t.punct && t.lower != "that" && !subjectPronouns[pronounBase(t.lower)] {
				j++
			}
		}
		if j >= len(idx) {
			continue
		}
		for j < len(idx) && pp.toks[idx[j]].punct && pp.toks[idx[j]].text == "," {
			j++
		}
		if j >= len(idx) {
			continue
		}
		t := pp.toks[idx[j]]
		if t.lower == "that" {
			j++
		} else if !(subjectPronouns[pronounBase(t.lower)] || pronounBase(t.lower) == "it" || pronounBase(t.lower) == "we" || pronounBase(t.lower) == "i" ||
			t.lower == "the" || t.lower == "there" || a.cover[idx[j]] >= 0 || t.cap) {
			continue
		}
		if j >= len(idx) {
			continue
		}
		f, ok := a.speaker(m, pp.toks[k].lower, RuleReported)
		if !ok {
			continue
		}
		start, end := pp.toks[idx[j]].s, pp.sents[si].End
		text := strings.TrimRight(strings.TrimSpace(pp.text[start:end]), ".!?;:")
		q := Quote{Paragraph: pp.Index, Line: pp.Line, Start: start, End: start + len(text), Text: text, Kind: KindIndirect,
			Speaker: f.per.Name, SpeakerType: f.per.SpeakerType(), SpeakerMention: m.words, Cue: lemma, Attribution: RuleReported, Confidence: confidence(f)}
		a.d.lastSpeaker, a.d.lastSpeakerPar = f.per, pp.Index
		return q, true
	}
	return Quote{}, false
}

// sentence resolves the references of sentence si, updates who the text is
// about, and returns one mention per person referred to outside quotations
// and one per person referred to inside each quotation.
func (a *attrib) sentence(si int) []mentionOut {
	pp, d := a.pp, a.d
	s := pp.sents[si]
	sentText := pp.text[s.Start:s.End]
	outside := outsideQuotes(pp.text, s, pp.quotes)
	var subj, possSubj *Person
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
			d.clock++
			per.lastRef = d.clock
			per.Mentions++
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

// lastRune is the last character of quoted words, looking past spaces and
// the closing marks of quotations nested at their end.
func lastRune(content string) rune {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(content, " '’\"”»"))
	return r
}

// titlePrepositions come before the title of a show, book or speech.
var titlePrepositions = setOf("on", "in", "at", "of", "the", "a", "an", "his", "her", "their", "its")

// smallWords stay lower case inside titles.
var smallWords = setOf("a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "from", "as", "vs")

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

// speakerLabel reads a transcript's speaker label at the start of quoted
// words ("PENCE: Well, look ...", "Mr. Smith: ..."): one to three name
// words, in capitals or capitalised, then a colon. It returns the person,
// registering a new one when the article named nobody by that name.
func (a *attrib) speakerLabel(content string) *Person {
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
		if titleWords[lw] {
			continue
		}
		if notNameWords[lw] || sentenceStarters[lw] {
			return nil
		}
		rs := []rune(lw)
		rs[0] = unicode.ToUpper(rs[0])
		name = append(name, string(rs))
	}
	if len(name) == 0 {
		return nil
	}
	if p := a.d.p.lookup(name); p != nil {
		return p
	}
	if !caps {
		return nil // "Collapse: How Societies Fail" is a title, not a speaker
	}
	return a.d.p.add(name, "")
}

// orgWord reports whether token k can be part of an organisation's name: a
// capitalised or all-capitals word outside quotations that names no person.
func (a *attrib) orgWord(k int) bool {
	t := a.pp.toks[k]
	if t.punct || t.quote >= 0 || a.cover[k] >= 0 || timeWords[t.lower] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r) && !titleWords[t.lower]
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
	if e-s == 1 && (a.d.common[toks[s].lower] || strings.HasSuffix(toks[s].lower, "ly") || sentenceStarters[toks[s].lower] || cueLemma(toks[s].lower) != "") {
		return nil // a common word capitalised at a sentence's start
	}
	var words []string
	for k := s; k < e; k++ {
		words = append(words, toks[k].text)
	}
	name := strings.Join(words, " ")
	return &ment{a: s, b: e, kind: "org", per: a.d.p.speakerOf(kindOrg, name), words: name, quote: -1}
}

// innerStop reports whether a full stop at token j sits inside a sentence:
// after a title or an initial ("Mr.", "E."), or before a comma, a
// parenthesis or a lower-case word ("R-Ky., said", "(D-Md.) said").
func (a *attrib) innerStop(j int) bool {
	toks := a.pp.toks
	if toks[j].text != "." {
		return false
	}
	if j > 0 && (titleWords[toks[j-1].lower] || isInitial(toks[j-1].text)) {
		return true
	}
	if j+1 >= len(toks) {
		return false
	}
	n := toks[j+1]
	r, _ := utf8.DecodeRuneInString(n.text)
	return n.text == "," || n.text == ")" || !n.punct && unicode.IsLower(r)
}

// isInitial reports whether a word is an initial or dotted initials ("E", "G.K").
func isInitial(w string) bool {
	if w == "" || len(w) > 5 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) && r != '.' {
			return false
		}
	}
	return true
}

// endsParagraph reports whether the words from token k on are the last of
// the paragraph (a few name words, perhaps a closing full stop).
func (a *attrib) endsParagraph(k int) bool {
	n := 0
	for _, t := range a.pp.toks[k:] {
		if t.quote >= 0 {
			return false
		}
		if !t.punct {
			n++
		}
	}
	return n <= 6
}

// cueLemma is the base form of a reporting verb.
func cueLemma(w string) string {
	if l := cueWords[w]; l != "" {
		return l
	}
	return thirdPersonCues[w]
}

// timeWords are capitalised words that name a time, never a speaker
// ("said Wednesday").
var timeWords = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "today", "tonight", "yesterday")
