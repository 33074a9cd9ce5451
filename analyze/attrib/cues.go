package attrib

// Cues: the reporting verbs and constructions that tie a quotation to its
// speaker, and the subjects they take.

import (
	"strings"
	"unicode"

	"portray/analyze/nlp"
)

// isCue reports whether token k is a reporting verb (not part of a name).
func (a *attrib) isCue(k int) bool {
	t := a.pp.toks[k]
	if t.punct || t.quote >= 0 || a.cover[k] >= 0 || t.cap && !a.pp.sentenceStart(k) {
		return false
	}
	// "his remarks", "the claims", "Trump’s tweets": a noun, not a verb.
	if k > 0 && (determiners[a.pp.toks[k-1].lower] || a.pp.toks[k-1].poss) {
		return false
	}
	if nlp.IsReportingVerb(t.lower) {
		return true
	}
	// "The Post reports that ...": a noun-like verb's -s form before "that".
	if nlp.IsNounVerb(t.lower) && k+1 < len(a.pp.toks) && a.pp.toks[k+1].lower == "that" {
		return true
	}
	// "as Smith put it, ‘...’"
	return t.lower == "put" && k+1 < len(a.pp.toks) && a.pp.toks[k+1].lower == "it"
}

// isAfterCue reports whether token k is one of afterCues outside quotations.
func (a *attrib) isAfterCue(k int) bool {
	t := a.pp.toks[k]
	return !t.punct && t.quote < 0 && a.cover[k] < 0 && afterCues[t.lower]
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
	idx := a.pp.before(si, a.pp.quotes[qi].Open.Start)
	for n := len(idx) - 1; n >= 0; n-- {
		t := a.pp.toks[idx[n]]
		if !speechNouns[t.lower] {
			continue
		}
		// What was said follows the noun ("claim that ...", "statement:
		// ..."); "denounced Trump’s remarks as ‘hurtful’" gives the
		// subject's verdict on them instead.
		if n+1 < len(idx) && !strings.Contains("that:,", a.pp.toks[idx[n+1]].lower) {
			continue
		}
		for b := n - 1; b >= 0 && b >= n-3; b-- {
			if m := a.mentAt(idx[b]); m != nil && m.poss {
				if a.pp.afterVerb(m.a) {
					break // "Politifact rated Trump’s claim ‘true’"
				}
				return a.speaker(m, "", RuleCueBefore)
			}
		}
	}
	return found{}, false
}

// afterCue reads an attribution right after a closed quotation, by the
// first rule that fits the words after it: ", according to Smith"
// (accordingTo), ", said Smith" (verbFirst), "― Pamela Padilla"
// (signature) or ", he said", ", Smith, a doctor, told reporters"
// (subjectFirst).
func (a *attrib) afterCue(qi int) (found, bool) {
	k, dashed, ok := a.pp.attributionStart(qi)
	if !ok {
		return found{}, false
	}
	toks := a.pp.toks
	if toks[k].lower == "according" && k+2 < len(toks) && toks[k+1].lower == "to" {
		if m := a.accordingTo(k + 2); m != nil {
			return a.speaker(m, "", RuleAccordingTo)
		}
		return found{}, false
	}
	// ‘... is broken.’ Hillary Clinton said Wednesday she, too, wants
	// ...: after a full stop a clause that runs on past its verb is a new
	// sentence about something else, not this quotation's attribution.
	q := a.pp.quotes[qi]
	if lastRune(a.pp.text[q.Content.Start:q.Content.End]) == '.' {
		if v := a.cueFrom(k); v >= 0 && a.pp.wordsToSentenceEnd(v) > 6 {
			return found{}, false
		}
	}
	if (a.isCue(k) || a.isAfterCue(k)) && !strings.HasSuffix(toks[k].lower, "ing") {
		return a.verbFirst(k)
	}
	if m := a.signature(k, dashed); m != nil {
		return a.speaker(m, "", RuleSignature)
	}
	return a.subjectFirst(k)
}

// attributionStart finds token k where an attribution after closed
// quotation qi would start, past the commas and dashes that set it off;
// dashed reports a dash among them. ok is false when no attribution can
// follow: the quotation does not end as a statement does, with its own
// punctuation or a comma or dash after the mark ("‘a hoax’ accusing
// Moscow"), or a new sentence starts with a capitalised pronoun (‘...
// ready.’ She also said ...), or the paragraph ends or another quotation
// opens first.
func (pp *parsedPara) attributionStart(qi int) (k int, dashed, ok bool) {
	q := pp.quotes[qi]
	k = -1
	for i, t := range pp.toks {
		if t.s >= q.Close.End {
			k = i
			break
		}
	}
	if k < 0 {
		return 0, false, false
	}
	toks := pp.toks
	last := lastRune(pp.text[q.Content.Start:q.Content.End])
	separated := strings.ContainsRune(",.!?…—–-", last)
	for k < len(toks) && toks[k].punct && strings.Contains(",—–-―", toks[k].text) {
		separated = true
		dashed = dashed || toks[k].text != ","
		k++
	}
	if !separated {
		return 0, false, false
	}
	if k < len(toks) && strings.ContainsRune(".!?…", last) && subjectPronouns[toks[k].lower] && toks[k].text != toks[k].lower {
		return 0, false, false
	}
	if k >= len(toks) || toks[k].quote >= 0 {
		return 0, false, false
	}
	return k, dashed, true
}

// accordingTo reads the source named at token k, right after "according
// to": a person or an organisation ("according to Reuters"); nil for neither.
func (a *attrib) accordingTo(k int) *ment {
	if m := a.mentAt(k); m != nil {
		return m
	}
	return a.orgStartingAt(k)
}

// verbFirst reads the speaker after the reporting verb at token k that
// follows a quotation: a person a few descriptors on ("said 9/11 widow
// Terry Strada"), an organisation ("said the Kremlin"), or the longest
// description of an unnamed speaker ("said one Republican involved in the
// planning").
func (a *attrib) verbFirst(k int) (found, bool) {
	toks := a.pp.toks
	if cueLemma(toks[k].lower) == "tell" {
		return found{}, false // "..., told the crowd": an object follows
	}
	for j := k + 1; j <= k+6 && j < len(toks); j++ {
		if m := a.mentAt(j); m != nil && !m.poss && (!a.pp.afterPreposition(m.a) || toks[m.a-1].lower == "from") {
			// "‘Scandal,’ thanked Obama for ...": a verb that takes a
			// person as its object, with the clause going on after the
			// name, has an object there, not an inverted speaker.
			if l := cueLemma(toks[k].lower); l != "" && !clauseVerbs[l] && !invertingVerbs[l] && m.b < len(toks) && !toks[m.b].punct {
				return found{}, false
			}
			return a.speaker(m, toks[k].lower, RuleCueAfter)
		}
		if toks[j].punct && !strings.Contains("/-", toks[j].text) || toks[j].quote >= 0 {
			break
		}
	}
	if m := a.orgStartingAt(k + 1); m != nil {
		return a.speaker(m, toks[k].lower, RuleCueAfter)
	}
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

// signature reads a name signing a quotation: after a dash, the last
// words of the paragraph (“...” ― Pamela Padilla). nil when it is not one.
func (a *attrib) signature(k int, dashed bool) *ment {
	if !dashed || !a.pp.endsParagraph(k) {
		return nil
	}
	if m := a.mentAt(k); m != nil && !m.poss {
		return m
	}
	return nil
}

// subjectFirst reads a clause after a quotation that starts with its
// subject: NP [, appositive,] [adverbs] VERB from token k on. The NP may
// carry descriptors before the name ("Trump lawyer Marc Kasowitz", "IMF
// chief economist Maury Obstfeld"): the speaker is its last reference, or
// an organisation or a description ("the editorial board recently wrote").
func (a *attrib) subjectFirst(k int) (found, bool) {
	// ", as Cruz said on the radio": the subject follows "as".
	if a.pp.toks[k].lower == "as" && k+1 < len(a.pp.toks) {
		if f, ok := a.subjectFirst(k + 1); ok {
			return f, ok
		}
	}
	// ", just as Clinton did in 2008, Rendell added": a subordinate clause
	// before the subject is not the subject.
	if subordinators[a.pp.toks[k].lower] {
		for j := k + 1; j < len(a.pp.toks) && a.pp.tokSent[j] == a.pp.tokSent[k]; j++ {
			if a.pp.toks[j].text == "," {
				return a.subjectFirst(j + 1)
			}
		}
		return found{}, false
	}
	verb := a.cueFrom(k)
	if verb < 0 {
		return found{}, false
	}
	np, ok := a.pp.subjectEnd(k, verb)
	if !ok {
		return found{}, false
	}
	m := a.subjectIn(k, np)
	if m == nil {
		return found{}, false
	}
	return a.speaker(m, a.pp.toks[verb].lower, RuleCueAfter)
}

// cueFrom returns the first reporting verb from token k on in the same
// sentence and outside quotations, or -1.
func (a *attrib) cueFrom(k int) int {
	toks := a.pp.toks
	for j := k; j < len(toks) && j < k+30; j++ {
		t := toks[j]
		if t.quote >= 0 || t.punct && strings.Contains(".!?;:", t.text) && !a.pp.innerStop(j) {
			break
		}
		if a.isCue(j) || a.isAfterCue(j) {
			return j
		}
	}
	return -1
}

// subjectEnd returns where the subject that starts at token k and comes
// before the verb ends: at the first comma outside brackets, when an
// appositive follows (", a doctor at the clinic,"), else at the verb. ok is
// false when the words are too many to be a subject: a subject over ten
// words, an appositive that ends more than three words before the verb, or
// more than two commas.
func (pp *parsedPara) subjectEnd(k, verb int) (np int, ok bool) {
	toks := pp.toks
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
		return 0, false
	}
	return np, true
}

// subjectIn reads the speaker in tokens [k, np): the last reference to a
// person outside brackets that is not a possessive, else an organisation
// whose name ends the words, else a description.
func (a *attrib) subjectIn(k, np int) *ment {
	toks := a.pp.toks
	var m *ment
	depth := 0
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
		m = a.description(k, a.pp.trimAdverbs(k, np))
	}
	return m
}

// hasWord reports whether toks hold the lower-case word w.
func hasWord(toks []token, w string) bool {
	for _, t := range toks {
		if t.lower == w {
			return true
		}
	}
	return false
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
	idx := pp.before(si, q.Open.Start)
	// "He continued, “...”": a verb trusted only next to a quotation.
	if n := len(idx); n >= 2 && strings.Contains(",:", pp.toks[idx[n-1]].text) && a.isAfterCue(idx[n-2]) {
		if m := a.subjectOf(idx[:n-2], idx[n-2]); m != nil {
			return a.speaker(m, pp.toks[idx[n-2]].lower, RuleCueBefore)
		}
	}
	for n := len(idx) - 1; n >= 0; n-- {
		k := idx[n]
		if pp.toks[k].lower == "according" && n+2 < len(idx) && pp.toks[idx[n+1]].lower == "to" {
			if m := a.accordingTo(idx[n+2]); m != nil {
				return a.speaker(m, "", RuleAccordingTo)
			}
		}
		// "in the words of Smith, ‘...’"
		if pp.toks[k].lower == "of" && n > 0 && pp.toks[idx[n-1]].lower == "words" && n+1 < len(idx) {
			if m := a.mentAt(idx[n+1]); m != nil && !m.poss {
				return a.speaker(m, "", RuleCueBefore)
			}
		}
		if !a.isCue(k) {
			continue
		}
		// "When Castellanos suggested ..., Brill fired back: ‘...’": a cue
		// in a clause that opens the sentence and closes before the
		// quotation reports something else.
		if a.pp.inOpeningClause(idx, n) {
			break
		}
		// "..., explained Ada Brill, ‘...’": the speaker right after the
		// verb, the quotation right after the speaker.
		if n+1 < len(idx) {
			if m := a.mentAt(idx[n+1]); m != nil && !m.poss && m.kind != "pronoun" && onlyPunctAfter(pp.toks, idx[n+1:], m.b) {
				return a.speaker(m, pp.toks[k].lower, RuleCueBefore)
			}
		}
		// "Castellanos was branded a ‘liability’ (by Smith)": the words
		// are the agent's, or nobody's that the text names; never the
		// subject's, who is the one spoken about. A passive far from the
		// quotation ("When terrorists are revealed as ..., Obama and
		// Clinton call them ‘lone wolves’") is another clause's verb.
		if pp.passive(idx[:n], k) {
			if len(idx)-n-1 <= 4 {
				return a.agent(k, si)
			}
			continue
		}
		// "Trump went after Bush, calling him ‘a total stiff’": a participle
		// after a comma takes the subject of the main clause, not the nearest name.
		if strings.HasSuffix(pp.toks[k].lower, "ing") && n > 0 && pp.toks[idx[n-1]].text == "," {
			for _, j := range idx[:n] {
				if mi := a.cover[j]; mi >= 0 && !a.ments[mi].poss && a.ments[mi].a == j && !(a.ments[mi].kind == "group" && a.pp.isObject(j)) {
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
	// "Brill did not mention Castellanos by name, but told ...": a verb
	// joined to an earlier one shares its subject, the clause's first.
	if n := len(idx); n > 0 && coordinators[toks[idx[n-1]].lower] {
		if m := a.clauseSubject(idx); m != nil {
			return m
		}
	}
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
					before := a.cover[idx[j-1]]
					// "Clinton’s spokesman, Brian Fallon, said": the name
					// set off between the commas, after a role.
					if mi := a.cover[idx[j+1]]; mi >= 0 && a.ments[mi].b == idx[n-1] && !a.ments[mi].poss && (a.ments[mi].kind == "name" || a.ments[mi].kind == "surname") &&
						(before < 0 || a.ments[before].kind == "role") {
						return &a.ments[mi]
					}
					if before >= 0 && !a.ments[before].poss && a.ments[before].kind != "pronoun" {
						return &a.ments[before]
					}
					// "J.J. Goldberg, editor at large of The Forward, an
					// influential newspaper, wrote": an earlier comma.
					continue
				}
			}
		}
	}
	// An organisation or a description right before the verb ("the Kremlin
	// said", "a senior official said", "Trump's campaign manager said").
	if len(idx) > 0 && idx[len(idx)-1] == verb-1 && a.cover[verb-1] < 0 {
		if m := a.orgEndingAt(verb - 1); m != nil && !a.pp.afterPreposition(m.a) {
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
			// Nor is the object of a verb ("called Trump a ‘blowhard’ and
			// said ...").
			if m.poss || m.kind == "group" && a.pp.isObject(m.a) || m.kind != "pronoun" && a.pp.afterPreposition(m.a) && !a.pp.nextTo(m.b, verb) ||
				a.pp.afterVerb(m.a) {
				continue
			}
			return m
		}
	}
	return nil
}

// clauseSubject is the first reference in idx (a sentence's words, in
// order) that can be a subject: not a possessive, nor after a verb or a
// preposition, and past a clause that opens the sentence ("When ..., ").
func (a *attrib) clauseSubject(idx []int) *ment {
	for _, k := range a.pp.pastOpeningClause(idx) {
		if mi := a.cover[k]; mi >= 0 && a.ments[mi].a == k {
			m := &a.ments[mi]
			if m.poss || a.pp.afterPreposition(k) || a.pp.afterVerb(k) {
				continue
			}
			return m
		}
	}
	return nil
}

// pastOpeningClause drops from idx (a sentence's words, in order) a
// clause that opens it with a subordinator and ends with a comma ("When
// Trump suggested ..., Rubio fired back").
func (pp *parsedPara) pastOpeningClause(idx []int) []int {
	if len(idx) == 0 || !subordinators[pp.toks[idx[0]].lower] || pp.toks[idx[0]].lower == "just" {
		return idx
	}
	for n, k := range idx {
		if pp.toks[k].text == "," {
			return idx[n+1:]
		}
	}
	return idx
}

// inOpeningClause reports whether the word idx[n] lies in a clause that
// opens the sentence with a subordinator and ends with a comma before the
// end of idx.
func (pp *parsedPara) inOpeningClause(idx []int, n int) bool {
	rest := pp.pastOpeningClause(idx)
	return len(rest) < len(idx) && len(rest) > 0 && n < len(idx)-len(rest)
}

// onlyPunctAfter reports whether the words in idx from token b on are
// punctuation only (a comma or colon before a quotation).
func onlyPunctAfter(toks []token, idx []int, b int) bool {
	for _, k := range idx {
		if k >= b && !toks[k].punct {
			return false
		}
	}
	return true
}

// colonLeadIn gives a quotation that follows a colon to the sentence's subject.
func (a *attrib) colonLeadIn(qi, si int) (found, bool) {
	idx := a.pp.before(si, a.pp.quotes[qi].Open.Start)
	if len(idx) == 0 || a.pp.toks[idx[len(idx)-1]].text != ":" {
		return found{}, false
	}
	f, ok := a.subject(si, a.pp.quotes[qi].Open.Start)
	f.rule = RuleColonLeadIn
	return f, ok
}

// subject is the first person named in sentence si before position at,
// past a clause that opens the sentence.
func (a *attrib) subject(si, at int) (found, bool) {
	for _, k := range a.pp.pastOpeningClause(a.pp.before(si, at)) {
		if mi := a.cover[k]; mi >= 0 && !a.ments[mi].poss && a.ments[mi].a == k {
			return a.speaker(&a.ments[mi], "", RuleSubject)
		}
	}
	return found{}, false
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

// cueLemma is the base form of a reporting verb.
func cueLemma(w string) string {
	if l, ok := nlp.ReportingVerb(w); ok {
		return l
	}
	l, _ := nlp.NounVerb(w)
	return l
}

// afterVerb reports whether the reference starting at token k is the object
// of the verb before it ("called Trump", "praised Clinton", "told Sanders"):
// a verb that takes a person as its object. Verbs of saying that take a
// clause instead ("said Trump would ...") are left out: the name after them
// is the clause's subject.
func (pp *parsedPara) afterVerb(k int) bool {
	j := k - 1
	for j >= 0 && (pp.toks[j].lower == "the" || isTitleTok(pp.toks[j])) {
		j--
	}
	if j < 0 || pp.toks[j].punct || pp.toks[j].quote >= 0 {
		return false
	}
	w := pp.toks[j].lower
	if objectVerbs[w] {
		return true
	}
	l := cueLemma(w)
	return l != "" && !clauseVerbs[l]
}

// passive reports whether a reporting verb is a past participle after a form
// of "be" (an adverb may stand between): "was branded", "has been
// described", "is widely called", "was told".
func (pp *parsedPara) passive(idx []int, verb int) bool {
	if v := pp.toks[verb].lower; !strings.HasSuffix(v, "ed") && !participles[v] {
		return false // "is describing", "is telling": progressive, not passive
	}
	for n := len(idx) - 1; n >= 0 && n >= len(idx)-3; n-- {
		w := pp.toks[idx[n]].lower
		switch {
		case beForms[w]:
			return true
		case adverbs[w] || strings.HasSuffix(w, "ly") && !pp.toks[idx[n]].punct:
			continue
		}
		return false
	}
	return false
}

// agent reads the speaker of a passive reporting verb at token k in
// sentence si: the person or organisation after "by" in the sentence
// ("was branded a ‘liability’ by Smith"). Without one the words are
// nobody's that the text names: found with no person, so that no later
// rule gives them to the sentence's subject.
func (a *attrib) agent(k, si int) (found, bool) {
	toks := a.pp.toks
	for j := k + 1; j+1 < len(toks) && a.pp.tokSent[j] == si; j++ {
		if toks[j].lower != "by" || toks[j].quote >= 0 {
			continue
		}
		if m := a.mentAt(j + 1); m != nil && !m.poss {
			return a.speaker(m, toks[k].lower, RulePassive)
		}
		if m := a.orgStartingAt(j + 1); m != nil {
			return a.speaker(m, toks[k].lower, RulePassive)
		}
	}
	return found{rule: RulePassive}, true
}

// finalClause reads an attribution that closes the sentence of quotation
// qi after the writer's own words: "Clinton ‘drew well’ in the primary,
// said Paul Beck." or "..., Axelrod said." The whole sentence is the
// speaker's account, so its partial quotations are theirs, not its
// subject's.
func (a *attrib) finalClause(qi, si int) (found, bool) {
	toks, q := a.pp.toks, a.pp.quotes[qi]
	var commas []int
	end := -1
	for j, t := range toks {
		if a.pp.tokSent[j] != si || t.s < q.Close.End {
			continue
		}
		if t.quote >= 0 {
			// Another quotation follows: the clause after the last one
			// closes them all ("Guns are ‘a crisis’ and ‘stunt growth,’
			// Howard Dean proclaimed"); one that ends in its own comma
			// may be followed by the clause at once.
			commas = commas[:0]
			if inner := a.pp.quotes[t.quote]; lastRune(a.pp.text[inner.Content.Start:inner.Content.End]) == ',' {
				commas = append(commas, j)
			}
			continue
		}
		if t.text == "," {
			commas = append(commas, j)
		}
		end = j
	}
	// The clause follows one of the commas: the first one from which a
	// clause reads as an attribution (", said Beck, a professor.", ", Ada
	// Brill, the mayor, told the crowd."), else a later one (", a sign of
	// strength, said Beck.").
	for _, c := range commas {
		k := c + 1
		for k <= end && toks[k].quote >= 0 {
			k++ // past the rest of a quotation that ends in a comma
		}
		if k > end || words(toks[k:end+1]) > 16 || hasWord(toks[k:end+1], "that") {
			continue // ", he said that ...": a new report, not a closing one
		}
		if (a.isCue(k) || a.isAfterCue(k)) && !strings.HasSuffix(toks[k].lower, "ing") {
			if f, ok := a.verbFirst(k); ok {
				return f, ok
			}
			continue
		}
		if f, ok := a.subjectFirst(k); ok {
			return f, ok
		}
	}
	return found{}, false
}
