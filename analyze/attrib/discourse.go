package attrib

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"portray/analyze/input"
	"portray/analyze/nlp"
	"portray/analyze/people"
	"portray/analyze/quote"
)

// parsedPara is a paragraph split into the pieces attribution works on.
type parsedPara struct {
	input.Paragraph
	text    string
	quotes  []quote.Span
	toks    []token
	sents   []nlp.Span
	tokSent []int // sentence index of each token
	runs    []nameRun
}

// nameRun is a run of capitalised words that may name a person, with any
// titles before the name split off.
type nameRun struct {
	a, b   int      // token range of the name words [a, b)
	ta     int      // first token of the titles; == a when there are none
	titles []string // lower-case title words ("ukrainian", "president")
	poss   bool     // the last word carries a possessive ’s
	quote  int      // quotation index or -1
}

func parsePara(p input.Paragraph) *parsedPara {
	pp := &parsedPara{Paragraph: p, text: p.Text}
	pp.quotes = quote.Find(p.Text)
	pp.toks = tokenize(p.Text, pp.quotes)
	pp.sents = nlp.Sentences(p.Text)
	pp.tokSent = make([]int, len(pp.toks))
	si := 0
	for i, t := range pp.toks {
		for si+1 < len(pp.sents) && t.s >= pp.sents[si+1].Start {
			si++
		}
		pp.tokSent[i] = si
	}
	return pp
}

// commonWords are the words an article uses in lower case, so that a
// capitalised common word at a sentence's start is not read as a name. It
// holds only the words that also appear with a capital: any other word
// is answered from the token itself.
type commonWords map[string]bool

// lowerWords finds the article's common words.
func lowerWords(pps []*parsedPara) commonWords {
	m := commonWords{}
	for _, pp := range pps {
		for _, t := range pp.toks {
			if !t.punct && t.text != t.lower {
				m[t.lower] = false
			}
		}
	}
	for _, pp := range pps {
		for _, t := range pp.toks {
			if !t.punct && t.text == t.lower {
				if _, ok := m[t.lower]; ok {
					m[t.lower] = true
				}
			}
		}
	}
	return m
}

// of reports whether the article uses t's word in lower case.
func (c commonWords) of(t token) bool {
	return !t.punct && t.text == t.lower || c[t.lower]
}

// tokSentAt returns the index of the sentence holding byte offset at.
func (pp *parsedPara) tokSentAt(at int) int {
	for si, s := range pp.sents {
		if at < s.End {
			return si
		}
	}
	return len(pp.sents) - 1
}

// sentenceStart reports whether token i is the first word of its sentence
// (or of a quotation).
func (pp *parsedPara) sentenceStart(i int) bool {
	for j := i - 1; j >= 0; j-- {
		if pp.tokSent[j] != pp.tokSent[i] || pp.toks[j].quote != pp.toks[i].quote {
			return true
		}
		if !pp.toks[j].punct {
			return false
		}
		if pp.toks[j].text == ":" {
			return true
		}
	}
	return true
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

// findNameRuns finds the runs of capitalised words in a paragraph.
func findNameRuns(pp *parsedPara, common commonWords) []nameRun {
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
	if len(words) == 0 {
		return nil
	}
	// The titles end at the last title word that is followed by a name word.
	last := -1
	for wi, k := range words[:len(words)-1] {
		if isTitleTok(toks[k]) {
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
	for _, k := range words[last+1:] {
		if notNameWords[toks[k].lower] || nlp.IsTitle(toks[k].lower) && len(words)-last-1 == 1 && last < 0 {
			return nil
		}
	}
	// A capitalised phrase after "the", "of" or "for" with no title is an
	// organisation or a place (the Kremlin, the Institute for Public Finance).
	if r.ta > 0 && (toks[r.ta-1].lower == "the" || toks[r.ta-1].lower == "of" || toks[r.ta-1].lower == "for") && last < 0 {
		return nil
	}
	return []nameRun{r}
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
}

// discourse holds one article's people and the state of reading it:
// who spoke last, who the sentences were about.
type discourse struct {
	p              *people.Registry
	pend           []pending
	lastSpeaker    *people.Person
	lastSpeakerPar int
	lastSubject    *people.Person
	paraSubjects   []*people.Person
	common         commonWords    // words the article uses in lower case
	lastGroup      *people.Person // the latest group referred to ("protesters"), for "they"
	lastGroupPar   int
	colonSubject   *people.Person // subject of a paragraph ending in a colon
	colonPar       int            // index of that paragraph
}

func newDiscourse(cfg *people.Config) *discourse {
	return &discourse{p: people.NewRegistry(cfg), lastSpeakerPar: -10, lastGroupPar: -10, colonPar: -10}
}

// register records the people a paragraph names: full names at once,
// single names and roles for finishRegistry.
func (d *discourse) register(pp *parsedPara) {
	for _, r := range pp.runs {
		words := pp.nameWords(r)
		role := appositiveRole(pp, r)
		// Full names are learnt outside quotations (where slogans and titles
		// in capitals abound), or inside them when a title vouches for them.
		if len(words) >= 2 && (r.quote < 0 || len(r.titles) > 0) {
			d.p.Add(words, genderOf(r.titles))
		}
		single := len(words) == 1 && (len(r.titles) > 0 || cueAdjacent(pp, r))
		if len(words) >= 2 || single || role != "" {
			d.pend = append(d.pend, pending{words: words, titles: r.titles, role: role})
		}
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
// doctor," gives "doctor"; "host Sean Hannity" (a role just before) too.
func appositiveRole(pp *parsedPara, r nameRun) string {
	toks := pp.toks
	if r.ta > 0 && roleNouns[toks[r.ta-1].lower] && !toks[r.ta-1].punct {
		return toks[r.ta-1].lower
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
func (d *discourse) finishRegistry(pps []*parsedPara) {
	for _, pe := range d.pend {
		if len(pe.words) == 1 && !notNameWords[strings.ToLower(pe.words[0])] && d.p.Lookup(pe.words) == nil {
			d.p.Add(pe.words, genderOf(pe.titles))
		}
	}
	defer d.inferGender(pps)
	for _, pe := range d.pend {
		per := d.p.Lookup(pe.words)
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
		}
		if pe.role != "" {
			d.p.SetRole(pe.role, per)
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
				if pp.tokSent[r.ta] == si && r.quote < 0 && !r.poss {
					per = d.p.Lookup(pp.nameWords(r))
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

// ment is a reference to a person in a paragraph.
type ment struct {
	a, b   int    // token range
	kind   string // name, surname, role, pronoun, group
	per    *people.Person
	words  string
	phrase string // role phrase, lower case
	head   string // role noun
	gender string
	poss   bool
	quote  int
}

// findMents lists the references to people in a paragraph, in order. Names
// are resolved at once; roles and pronouns when they are read (resolve).
func (d *discourse) findMents(pp *parsedPara) []ment {
	var out []ment
	inRun := make([]bool, len(pp.toks))
	for _, r := range pp.runs {
		words := pp.nameWords(r)
		per := d.p.Lookup(words)
		if per == nil {
			continue
		}
		kind := "name"
		if len(words) == 1 && per.NameWords() > 1 {
			kind = "surname"
		}
		text := pp.text[pp.toks[r.ta].s:pp.toks[r.b-1].e]
		out = append(out, ment{a: r.ta, b: r.b, kind: kind, per: per, words: text, poss: r.poss, quote: r.quote})
		for k := r.ta; k < r.b; k++ {
			inRun[k] = true
		}
	}
	toks := pp.toks
	for i, t := range toks {
		if t.punct || inRun[i] {
			continue
		}
		base := pronounBase(t.lower)
		switch {
		case subjectPronouns[base] && !t.poss:
			out = append(out, ment{a: i, b: i + 1, kind: "pronoun", words: t.text, gender: pronounWords[base], quote: t.quote})
		case base == "it" && t.quote < 0 && i+1 < len(toks) && cueLemma(toks[i+1].lower) != "":
			// "It added, ...": an organisation or document that spoke just before.
			out = append(out, ment{a: i, b: i + 1, kind: "it", words: t.text, quote: -1})
		case groupSpeakers[t.lower]:
			out = append(out, ment{a: i, b: i + 1, kind: "group", per: d.p.Group(t.lower), words: t.text, quote: t.quote})
		case roleNouns[t.lower] && !(i+1 < len(toks) && inRun[i+1]):
			if m, ok := rolePhrase(pp, i); ok {
				out = append(out, m)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].a < out[j].a })
	return out
}

// pronounBase strips a contraction from a pronoun (he’s -> he).
func pronounBase(l string) string {
	if k := strings.IndexByte(l, '\''); k > 0 {
		return l[:k]
	}
	return l
}

// rolePhrase reads a definite role reference ending at token i: "the US
// president", "the Kremlin’s spokesman", "the prime minister".
func rolePhrase(pp *parsedPara, i int) (ment, bool) {
	toks := pp.toks
	if i+1 < len(toks) && !toks[i+1].punct && roleNouns[toks[i+1].lower] {
		return ment{}, false // "the campaign manager": the head is the last noun
	}
	var mods []string
	k := i - 1
	for ; k >= 0 && i-k <= 4; k-- {
		t := toks[k]
		if t.punct || t.quote != toks[i].quote {
			return ment{}, false
		}
		if t.lower == "the" || t.lower == "his" || t.lower == "her" {
			break
		}
		if t.poss {
			mods = append(mods, t.lower)
			break
		}
		if determiners[t.lower] || nlp.IsReportingVerb(t.lower) {
			return ment{}, false
		}
		mods = append(mods, t.lower)
	}
	if k < 0 || i-k > 4 {
		return ment{}, false
	}
	for l, r := 0, len(mods)-1; l < r; l, r = l+1, r-1 {
		mods[l], mods[r] = mods[r], mods[l]
	}
	phrase := strings.Join(append(mods, toks[i].lower), " ")
	g := ""
	if femaleTitles[toks[i].lower] {
		g = "f"
	} else if maleTitles[toks[i].lower] {
		g = "m"
	}
	return ment{a: k, b: i + 1, kind: "role", words: pp.text[toks[k].s:toks[i].e], phrase: phrase, head: toks[i].lower, gender: g, quote: toks[i].quote}, true
}

// compatible reports whether a pronoun or role of the given gender can
// refer to p: a named person of that gender or of unknown gender.
func compatible(p *people.Person, gender string) bool {
	return p != nil && !p.Group && !p.Org && !p.Unnamed && (gender == "" || p.Gender == "" || p.Gender == gender)
}

// resolve ties a role or pronoun reference to a person, from what has been
// read so far; names are already resolved.
func (d *discourse) resolve(m *ment, para int) *people.Person {
	if m.per != nil {
		return m.per
	}
	switch m.kind {
	case "role":
		if p := d.p.Role(m.phrase); p != nil {
			return p
		}
		if m.head == "counterpart" {
			return nil
		}
		if p := d.p.Role(m.head); p != nil && m.phrase == m.head {
			return p
		}
		// "the US president": the person the text was just about, when the
		// phrase is a plain office ("the" and at most one word before it).
		if officeNouns[m.head] && strings.HasPrefix(strings.ToLower(m.words), "the ") && len(strings.Fields(m.phrase)) <= 2 &&
			compatible(d.lastSubject, m.gender) {
			return d.lastSubject
		}
	case "it":
		if p := d.lastSpeaker; p != nil && (p.Org || p.Unnamed) && d.lastSpeakerPar >= para-1 {
			return p
		}
	case "pronoun":
		if m.words != "" && pronounBase(strings.ToLower(m.words)) == "they" {
			if d.lastGroupPar >= para-1 {
				return d.lastGroup
			}
			return nil
		}
		for i := len(d.paraSubjects) - 1; i >= 0; i-- {
			if compatible(d.paraSubjects[i], m.gender) {
				return d.paraSubjects[i]
			}
		}
		if d.lastSpeakerPar >= para-1 && compatible(d.lastSpeaker, m.gender) {
			return d.lastSpeaker
		}
		if compatible(d.lastSubject, m.gender) {
			return d.lastSubject
		}
		return d.p.Latest(func(p *people.Person) bool { return compatible(p, m.gender) })
	}
	return nil
}
