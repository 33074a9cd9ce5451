package attrib

// Names: the runs of capitalised words that name people, and the
// registering of the article's people from them.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"portray/analyze/nlp"
	"portray/analyze/people"
)

// nameRun is a run of capitalised words that may name a person, with any
// titles before the name split off.
type nameRun struct {
	a, b   int      // token range of the name words [a, b)
	ta     int      // first token of the titles; == a when there are none
	titles []string // lower-case title words ("ukrainian", "president")
	poss   bool     // the last word carries a possessive ’s
	quote  int      // quotation index or -1
	weak   bool     // the recogniser doubts it names a person: it may refer to one the article names, never registers one
}

// isTitleTok reports whether a token is a title word ("President", "then-President").
func isTitleTok(t token) bool {
	if t.punct {
		return false
	}
	l := t.lower
	if k := strings.LastIndexByte(l, '-'); k >= 0 {
		l = l[k+1:]
	}
	return nlp.IsTitle(l)
}

// findNameRuns finds the runs of capitalised words in a paragraph that may
// name people; a byline has none. The person recogniser weighs them once
// the whole article has been read (finishRegistry).
func findNameRuns(pp *parsedPara, common commonWords) []nameRun {
	splitGlued(pp)
	if furnitureOf(pp) == furnByline {
		return nil
	}
	return capitalRuns(pp, common)
}

// capitalRuns finds the runs of capitalised words in a paragraph.
func capitalRuns(pp *parsedPara, common commonWords) []nameRun {
	var out []nameRun
	toks := pp.toks
	for i := 0; i < len(toks); {
		t := toks[i]
		initial := isInitial(t.text) && i+2 < len(toks) && toks[i+1].text == "." && toks[i+2].cap
		if t.punct || !(t.cap || initial || isTitleTok(t) && titleCased(t.text)) {
			i++
			continue
		}
		j := i
		for j < len(toks) && toks[j].quote == t.quote {
			u := toks[j]
			if j > i && cueLemma(u.lower) != "" && !nlp.IsTitle(u.lower) {
				break // a headline's verb: "Chris Christie Calls Hillary Clinton"
			}
			if u.cap || isTitleTok(u) && titleCased(u.text) {
				// A title after a name opens the next name of a list:
				// "Sen. Kelly Ayotte, Rep. Bradley Byrne" run together.
				if j > i && isTitleTok(u) && !isTitleTok(toks[j-1]) && !toks[j-1].punct && titleOpensName(toks, j) {
					break
				}
				j++
				if u.poss {
					break
				}
				// "Mr." "Dr." "St.": a full stop after a title stays in the run.
				if j < len(toks) && toks[j].text == "." && nlp.IsTitle(u.lower) {
					j++
				}
				continue
			}
			if nameParticles[u.lower] && j+1 < len(toks) && toks[j+1].cap && j > i {
				j++
				continue
			}
			// A middle initial: "Elijah E. Cummings", "G.K. Butterfield".
			if isInitial(u.text) && j+2 < len(toks) && toks[j+1].text == "." && toks[j+2].cap {
				j += 2
				continue
			}
			break
		}
		out = append(out, splitRun(pp, i, j, common)...)
		i = j
	}
	return out
}

// titleOpensName reports whether the title at toks[j] is an abbreviation
// ("Rep.", "Sen.") followed by a capitalised word: a name of its own, not
// part of the one before ("Ukrainian President Volodymyr Zelensky" is one).
func titleOpensName(toks []token, j int) bool {
	return j+2 < len(toks) && toks[j+1].text == "." && toks[j+2].cap
}

func titleCased(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) {
		return true
	}
	if k := strings.LastIndexByte(w, '-'); k >= 0 {
		r, _ = utf8.DecodeRuneInString(w[k+1:])
		return unicode.IsUpper(r)
	}
	return false
}

// splitRun turns tokens [i, j) into a name run: it drops a common word that
// only has a capital because it starts the sentence, and splits off titles.
func splitRun(pp *parsedPara, i, j int, common commonWords) []nameRun {
	toks := pp.toks
	// A title stays even when the word is common ("Prime Minister ...").
	if pp.sentenceStart(i) && !(isTitleTok(toks[i]) && j-i > 1) &&
		(nlp.IsSentenceStarter(toks[i].lower) || common.of(toks[i]) || nlp.IsReportingVerb(toks[i].lower) || strings.HasSuffix(toks[i].lower, "ly")) {
		i++
	}
	var words []int
	for k := i; k < j; k++ {
		if !toks[k].punct {
			words = append(words, k)
		}
	}
	if len(words) == 0 || allTitles(toks, words) {
		return nil // "the Prime Minister": a role, read as one by rolePhrase
	}
	// The titles end at the last title word that is followed by a name word;
	// a party word before a given name is a title too ("Democrat Hillary
	// Clinton", not "Republican Jewish Coalition").
	last := -1
	for wi, k := range words[:len(words)-1] {
		if isTitleTok(toks[k]) || wi == last+1 && partyWords[toks[k].lower] && len(words)-wi > 2 && givenNames()[toks[words[wi+1]].lower] {
			last = wi
		}
	}
	r := nameRun{ta: words[0], a: words[last+1], b: j, quote: toks[i].quote, poss: toks[words[len(words)-1]].poss}
	for _, k := range words[:last+1] {
		l := toks[k].lower
		if d := strings.LastIndexByte(l, '-'); d >= 0 {
			l = l[d+1:]
		}
		r.titles = append(r.titles, strings.TrimSuffix(l, "."))
	}
	for wi, k := range words[last+1:] {
		// A month after a given name is a surname: "Theresa May", "Brian May".
		if timeWords[toks[k].lower] && wi > 0 && givenNames()[toks[words[last+1]].lower] {
			continue
		}
		if notNameWords[toks[k].lower] || nlp.IsTitle(toks[k].lower) && len(words)-last-1 == 1 && last < 0 {
			return nil
		}
		// A party's members or a platform are no one person: "Republicans
		// said", "Twitter suspended the account".
		if l := toks[k].lower; partyWords[l] && strings.HasSuffix(l, "s") || platforms[l] {
			return nil
		}
	}

	// A capitalised phrase after "the", "of" or "for" with no title is an
	// organisation or a place (the Kremlin, the Institute for Public Finance).
	// After "of" or "for", a given name and a surname are a person ("in the
	// words of Ada Brill", "supporters of Bernie Sanders").
	if r.ta > 0 && (toks[r.ta-1].lower == "the" || toks[r.ta-1].lower == "of" || toks[r.ta-1].lower == "for") && last < 0 &&
		!(toks[r.ta-1].lower != "the" && r.b-r.a >= 2 && givenNames()[toks[r.a].lower]) {
		return nil
	}
	// A saint's name after a preposition is a place or a church: "in St.
	// Louis", "at St. Mary's".
	if r.ta > 0 && (placePrepositions[toks[r.ta-1].lower] || toks[r.ta-1].lower == "the") && len(r.titles) > 0 && !personTitled(r) {
		return nil
	}
	return []nameRun{r}
}

// allTitles reports whether the tokens at the given indexes are titles
// naming an office and no one ("Prime Minister", "Foreign Secretary"); an
// honorific before a word that is also a title is a name ("Mr. King").
func allTitles(toks []token, idx []int) bool {
	for _, k := range idx {
		if !isTitleTok(toks[k]) || courtesyTitles[strings.TrimSuffix(toks[k].lower, ".")] {
			return false
		}
	}
	return true
}

// nameWords returns the words of a run's name.
func (pp *parsedPara) nameWords(r nameRun) []string {
	var w []string
	for k := r.a; k < r.b; k++ {
		t := pp.toks[k]
		if t.punct {
			continue
		}
		if isInitial(t.text) && k+1 < r.b && pp.toks[k+1].text == "." {
			w = append(w, t.text+".")
			continue
		}
		w = append(w, t.text)
	}
	return w
}

func genderOf(titles []string) string {
	for _, t := range titles {
		if femaleTitles[t] {
			return "f"
		}
		if maleTitles[t] {
			return "m"
		}
	}
	return ""
}

// pending is a reference found while registering that can only be tied to a
// person once all full names are known.
type pending struct {
	words  []string
	titles []string
	role   string // an appositive role noun ("spokesman")
	pos    int    // where it stands in the article (position)
	pp     *parsedPara
	ri     int  // the run's index in pp.runs
	full   bool // a full name that registers a person if the recogniser agrees
	ref    bool // a reference to tie to a person
	// vouched: a single name with a person's title or a cue verb beside it,
	// which the recogniser needs less to believe
	vouched bool
}

// register records the people a paragraph names: full names at once,
// single names and roles for finishRegistry.
func (d *discourse) register(pp *parsedPara) {
	if furnitureOf(pp) == furnHeadline {
		return // its capitals are no evidence: see finishRegistry
	}
	for ri, r := range pp.runs {
		words := pp.nameWords(r)
		role := appositiveRole(pp, r)
		// Full names are learnt outside quotations (where slogans and titles
		// in capitals abound), or inside them when a title vouches for them.
		full := len(words) >= 2 && (r.quote < 0 || len(r.titles) > 0)
		single := len(words) == 1 && (len(r.titles) > 0 || cueAdjacent(pp, r))
		d.pend = append(d.pend, pending{words: words, titles: r.titles, role: role, pos: position(pp, r.ta), pp: pp, ri: ri,
			full: full, ref: len(words) >= 2 || single || role != "",
			vouched: len(words) == 1 && (personTitled(r) || cueAdjacent(pp, r))})
	}
}

// cueAdjacent reports whether a single-word name stands right before a cue
// verb ("Smith said") or right after one ("said Smith").
func cueAdjacent(pp *parsedPara, r nameRun) bool {
	if r.poss || r.quote >= 0 {
		return false
	}
	if r.ta > 0 && placePrepositions[pp.toks[r.ta-1].lower] {
		return false // "Leaders in Moscow hailed": a place
	}
	if r.b < len(pp.toks) && nlp.IsReportingVerb(pp.toks[r.b].lower) && !strings.HasSuffix(pp.toks[r.b].lower, "ing") {
		return true
	}
	// "said Smith", but not "told Smith" or "accusing Moscow": the name after
	// a verb must be its subject, which only verbs without an object allow.
	if r.ta == 0 {
		return false
	}
	return subjectAfterCues[pp.toks[r.ta-1].lower] && !pp.sentenceStart(r.ta)
}

// appositiveRole finds a role noun set off after a name: "Hugh Hill, a
// doctor," gives "doctor"; "host Sean Hannity" (a role just before) and
// "her spokesman, Brian Fallon," too.
func appositiveRole(pp *parsedPara, r nameRun) string {
	toks := pp.toks
	if r.ta > 0 && roleNouns[toks[r.ta-1].lower] && !toks[r.ta-1].punct {
		return toks[r.ta-1].lower
	}
	// "Clinton’s spokesman, Brian Fallon, said": a role, then the name set off by commas.
	if r.ta >= 2 && toks[r.ta-1].text == "," && roleNouns[toks[r.ta-2].lower] && r.b < len(toks) && toks[r.b].text == "," {
		return toks[r.ta-2].lower
	}
	if r.b+1 < len(toks) && toks[r.b].text == "," {
		k := r.b + 1
		if !determiners[toks[k].lower] && !toks[k].poss {
			return ""
		}
		for ; k < len(toks) && k < r.b+8; k++ {
			if toks[k].punct {
				return ""
			}
			if roleNouns[toks[k].lower] {
				return toks[k].lower
			}
		}
	}
	return ""
}

// finishRegistry ties single names and roles to persons once all full names are known.
// A surname several people share is tied by pickShared, once the genders
// that apposed nouns, titles and pronouns tell are known.
func (d *discourse) finishRegistry(pps []*parsedPara) {
	// The recogniser weighs every run now that the article is known; the
	// runs it doubts register no one.
	// A name is one person or none throughout the article: its best
	// occurrence speaks for all ("Gorbachev" beside "and", then "said").
	m, st := recogniser(), articleRuns(pps)
	best := map[string]float64{}
	for _, pe := range d.pend {
		k := strings.ToLower(strings.Join(pe.words, " "))
		best[k] = max(best[k], m.score(pe.pp, pe.pp.runs[pe.ri], d.common, st))
	}
	pend := d.pend[:0]
	for _, pe := range d.pend {
		r := &pe.pp.runs[pe.ri]
		th := m.Threshold
		if pe.vouched {
			// A person's title or a cue verb beside it already speaks for a
			// single name, and the recogniser tells little of one word
			// ("Obama said" 0.21, "Reuters said" 0.27): it only vetoes the
			// plainly not-a-person ("Russia said" 0.09, "Google said" 0.06).
			th /= 5
		}
		r.weak = best[strings.ToLower(strings.Join(pe.words, " "))] < th
		if r.weak {
			continue
		}
		if pe.full {
			d.noteNamed(d.p.Add(pe.words, genderOf(pe.titles)), pe.pos)
		}
		if pe.ref {
			pend = append(pend, pe)
		}
	}
	d.pend = pend
	// Genders that apposed nouns tell ("his wife, Melania Trump"), once
	// every full name is registered.
	d.appositionGender(pps)
	for _, pe := range d.pend {
		if len(pe.words) == 1 && !notNameWords[strings.ToLower(pe.words[0])] {
			if d.p.Lookup(pe.words) == nil {
				d.noteNamed(d.p.Add(pe.words, genderOf(pe.titles)), pe.pos)
			} else {
				d.splitByGender(pe)
			}
		}
	}
	// A headline names only the people the body names.
	for _, pp := range pps {
		if furnitureOf(pp) == furnHeadline {
			pp.runs = d.headlineRuns(pp)
		}
	}
	d.shared = map[string][]*people.Person{} // no one is added from here on
	d.inferGender(pps)
	d.genderByTitles()
	for _, pe := range d.pend {
		per := d.lookupName(pe.words, pe.titles, genderOf(pe.titles) == "")
		if per == nil {
			continue
		}
		if g := genderOf(pe.titles); per.Gender == "" {
			per.Gender = g
		}
		var roleWords []string
		for _, t := range pe.titles {
			if !honorifics[t] {
				roleWords = append(roleWords, t)
			}
		}
		if len(roleWords) > 0 {
			d.p.SetRole(strings.Join(roleWords, " "), per)
			if len(roleWords) > 1 {
				d.p.SetRole(roleWords[len(roleWords)-1], per)
			}
			d.noteOffice(per, strings.Join(roleWords, " "))
		}
		if pe.role != "" {
			d.p.SetRole(pe.role, per)
			d.noteOffice(per, pe.role)
		}
	}
}

// inferGender learns, for people whose title did not tell, the gender of
// the pronouns the article uses for them: after a sentence that opens with
// a person, count "he/him/his" and "she/her/hers" in the rest of that
// sentence and in the next one, outside quotations. A person gets a gender
// when one side has at least two and twice the other's count.
func (d *discourse) inferGender(pps []*parsedPara) {
	count := map[*people.Person][2]int{}
	for _, pp := range pps {
		for si := range pp.sents {
			var per *people.Person
			for _, r := range pp.runs {
				if pp.tokSent[r.ta] == si && r.quote < 0 && !r.poss && !attributive(pp, r) {
					per = d.lookupName(pp.nameWords(r), r.titles, false)
					break
				}
			}
			if per == nil || per.Gender != "" {
				continue
			}
			c := count[per]
			for k, t := range pp.toks {
				if t.quote >= 0 || pp.tokSent[k] != si && pp.tokSent[k] != si+1 {
					continue
				}
				switch pronounBase(t.lower) {
				case "he", "him", "his", "himself":
					c[0]++
				case "she", "her", "hers", "herself":
					c[1]++
				}
			}
			count[per] = c
		}
	}
	for per, c := range count {
		switch {
		case c[0] >= 2 && c[0] >= 2*c[1]:
			per.Gender = "m"
		case c[1] >= 2 && c[1] >= 2*c[0]:
			per.Gender = "f"
		}
	}
}
