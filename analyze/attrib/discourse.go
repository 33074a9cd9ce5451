package attrib

// The discourse: the state of reading one article (its people, who spoke
// last, who the text is about) and the references to people it resolves.

import (
	"sort"
	"strings"

	"portray/analyze/nlp"
	"portray/analyze/people"
)

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
	colonSubject   *people.Person              // subject of a paragraph ending in a colon
	colonPar       int                         // index of that paragraph
	named          map[*people.Person]*naming  // where and how the article first names each person
	offices        map[*people.Person][]string // the offices the article gives each person ("chancellor")
	shared         map[string][]*people.Person // sharing's answers, once every person is registered
	headline       int                         // index of the paragraph that is the headline, 0 for none
	prevSubj       *people.Person              // subject of the last sentence read, when it reports speech
	prevPar        int                         // index of the paragraph that sentence ends
}

func newDiscourse(cfg *people.Config) *discourse {
	return &discourse{p: people.NewRegistry(cfg), lastSpeakerPar: -10, lastGroupPar: -10, colonPar: -10}
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
		per := d.lookupName(words, r.titles, true)
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
			gender, _ := nlp.PersonalPronoun(base)
			out = append(out, ment{a: i, b: i + 1, kind: "pronoun", words: t.text, gender: gender, quote: t.quote})
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
		// A plain office ("the" and at most one word before it, "the US
		// president"): the person the text was just about if the article
		// gave them this office; else the latest it gave this office; else
		// the person the text was just about, unless it gave them another
		// ("the French president" after "Chancellor Angela Merkel").
		if officeNouns[m.head] && strings.HasPrefix(strings.ToLower(m.words), "the ") && len(strings.Fields(m.phrase)) <= 2 {
			if compatible(d.lastSubject, m.gender) && d.holdsOffice(d.lastSubject, m.phrase) {
				return d.lastSubject
			}
			if p := d.p.Latest(func(p *people.Person) bool { return compatible(p, m.gender) && d.holdsOffice(p, m.phrase) }); p != nil {
				return p
			}
			if compatible(d.lastSubject, m.gender) && len(d.offices[d.lastSubject]) == 0 {
				return d.lastSubject
			}
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
		return d.antecedent(m.gender, para)
	}
	return nil
}

// antecedent is the person a third-person pronoun of that gender refers
// to, from what has been read before its sentence: the latest subject of
// the paragraph, the speaker of this or the previous paragraph, the
// latest subject, the person referred to last.
func (d *discourse) antecedent(gender string, para int) *people.Person {
	for i := len(d.paraSubjects) - 1; i >= 0; i-- {
		if compatible(d.paraSubjects[i], gender) {
			return d.paraSubjects[i]
		}
	}
	if d.lastSpeakerPar >= para-1 && compatible(d.lastSpeaker, gender) {
		return d.lastSpeaker
	}
	if compatible(d.lastSubject, gender) {
		return d.lastSubject
	}
	return d.p.Latest(func(p *people.Person) bool { return compatible(p, gender) })
}

// recentOfGender is the person known to be of that gender the text was
// about or heard from most recently: a subject of the paragraph,
// the speaker of this or the previous paragraph, the latest subject.
func (d *discourse) recentOfGender(gender string, para int) *people.Person {
	for i := len(d.paraSubjects) - 1; i >= 0; i-- {
		if p := d.paraSubjects[i]; p != nil && p.Gender == gender && compatible(p, gender) {
			return p
		}
	}
	if p := d.lastSpeaker; d.lastSpeakerPar >= para-1 && p != nil && p.Gender == gender && compatible(p, gender) {
		return p
	}
	if p := d.lastSubject; p != nil && p.Gender == gender && compatible(p, gender) {
		return p
	}
	return nil
}
