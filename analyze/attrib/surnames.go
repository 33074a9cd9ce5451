package attrib

// Shared surnames: which of the article's people a surname refers to when
// several of them carry it (Bill and Hillary Clinton, Donald and Melania
// Trump), and the genders that tell them apart.

import (
	"strings"

	"portray/analyze/nlp"
	"portray/analyze/people"
)

// position orders the places where a person is named: paragraph,
// sentence, token.
func position(pp *parsedPara, tok int) int { return pp.Index<<32 | pp.tokSent[tok]<<16 | tok }

// together reports whether two positions are a few words apart in one
// sentence, as in "Bill and Hillary Clinton".
func together(a, b int) bool { return a>>16 == b>>16 && max(a, b)-min(a, b) <= 5 }

// naming is where the article first names a person, and how.
type naming struct {
	pos      int  // position of the first naming
	relative bool // introduced as someone's relative ("his wife, Hillary Clinton")
}

// noteNamed records that the article names per at pos.
func (d *discourse) noteNamed(per *people.Person, pos int) {
	if d.named == nil {
		d.named = map[*people.Person]*naming{}
	}
	if n := d.named[per]; n == nil {
		d.named[per] = &naming{pos: pos}
	} else if pos < n.pos {
		n.pos = pos
	}
}

// holder is, of people sharing a surname, the one a surname alone refers
// to: the one the article names first. News names a person in full the
// first time and by the surname after; a relative who comes in later is
// named in full again ("Ivanka Trump") or by a role ("his wife"). One
// introduced as someone's relative ("Ivanka Trump, the nominee's
// daughter") counts only when every one of them is. When two are first
// named together ("Bill and Hillary Clinton") the text does not decide,
// and holder returns nil.
func (d *discourse) holder(cands []*people.Person) *people.Person {
	for _, relatives := range [...]bool{false, true} {
		var best *people.Person
		bestPos := 0
		at := func(c *people.Person) (int, bool) {
			n := d.named[c]
			if n == nil || n.relative && !relatives {
				return 0, false
			}
			return n.pos, true
		}
		for _, c := range cands {
			if pos, ok := at(c); ok && (best == nil || pos < bestPos) {
				best, bestPos = c, pos
			}
		}
		if best == nil {
			continue
		}
		for _, c := range cands {
			if pos, ok := at(c); ok && c != best && together(pos, bestPos) {
				return nil
			}
		}
		return best
	}
	return nil
}

// roleWords are the titles that name an office ("former President" gives
// "president"), honorifics left out.
func roleWords(titles []string) string {
	var w []string
	for _, t := range titles {
		if !honorifics[t] {
			w = append(w, t)
		}
	}
	return strings.Join(w, " ")
}

// pickShared chooses, of the people who share a surname, the one a
// surname with those titles refers to: the one the title's gender fits
// ("Mrs. Clinton"), the one the article gave the title's office
// ("President Obama"), else, when guess is set, the surname's holder if
// the title fits them, or the holder among those it fits. It returns nil
// when none of these decides.
func (d *discourse) pickShared(cands []*people.Person, titles []string, guess bool) *people.Person {
	all := cands
	if g := genderOf(titles); g != "" {
		var same, open []*people.Person
		for _, c := range cands {
			switch c.Gender {
			case g:
				same = append(same, c)
			case "":
				open = append(open, c)
			}
		}
		if len(same) == 1 {
			return same[0]
		}
		if len(same) == 0 && len(open) == 1 {
			return open[0]
		}
		if len(same) > 0 {
			cands = same
		} else {
			cands = open
		}
	}
	if r := roleWords(titles); r != "" {
		last := r[strings.LastIndexByte(r, ' ')+1:]
		for _, role := range []string{r, last} {
			if p := d.p.Role(role); p != nil && holds(cands, p) {
				return p
			}
		}
	}
	if !guess {
		return nil
	}
	if h := d.holder(all); h != nil && holds(cands, h) {
		return h
	}
	// "Mrs. Clinton" where the holder is the man: the woman named first.
	if len(cands) < len(all) {
		return d.holder(cands)
	}
	return nil
}

func holds(ps []*people.Person, p *people.Person) bool {
	for _, q := range ps {
		if q == p {
			return true
		}
	}
	return false
}

// lookupName finds the person a name refers to, as Registry.Lookup does,
// except that a surname several people share is decided by pickShared.
func (d *discourse) lookupName(words, titles []string, guess bool) *people.Person {
	if len(words) == 1 {
		switch cands := d.sharing(words[0]); len(cands) {
		case 0:
		case 1:
			return cands[0]
		default:
			return d.pickShared(cands, titles, guess)
		}
	}
	return d.p.Lookup(words)
}

// splitByGender registers a titled surname as a person of its own when
// the title's gender fits none of the people who carry that surname: "Mr.
// Obama" in an article that names only Michelle Obama in full is someone
// else. It reports whether it did.
func (d *discourse) splitByGender(pe pending) bool {
	g := genderOf(pe.titles)
	if g == "" || len(pe.words) != 1 {
		return false
	}
	key := strings.ToLower(pe.words[0])
	cands := d.sharing(pe.words[0])
	if len(cands) < 2 {
		if p := d.p.Lookup(pe.words); p != nil && p.NameWords() > 1 && strings.EqualFold(p.Name[strings.LastIndexByte(p.Name, ' ')+1:], key) {
			cands = []*people.Person{p}
		}
	}
	if len(cands) == 0 {
		return false
	}
	for _, c := range cands {
		if c.Gender == "" || c.Gender == g {
			return false
		}
	}
	d.noteNamed(d.p.Add(pe.words, g), pe.pos)
	return true
}

// genderByTitles gives the holder of each shared surname, when the
// article never said their gender, the gender of most of the titles (two
// or more) the surname carries: where "Mr. Clinton" comes twenty times and
// "Mrs. Clinton" thirteen, the Clinton the article is about is the man. A
// title another carrier's known gender explains is not counted.
func (d *discourse) genderByTitles() {
	count := map[*people.Person][2]int{}
	for _, pe := range d.pend {
		if len(pe.words) != 1 {
			continue
		}
		cands := d.sharing(pe.words[0])
		if len(cands) < 2 {
			continue
		}
		h := d.holder(cands)
		if h == nil || h.Gender != "" {
			continue
		}
		g := genderOf(pe.titles)
		for _, o := range cands {
			if o.Gender == g {
				g = "" // explained by another carrier ("Mrs. Trump" by Melania)
			}
		}
		c := count[h]
		switch g {
		case "m":
			c[0]++
		case "f":
			c[1]++
		}
		count[h] = c
	}
	for per, c := range count {
		switch {
		case c[0] >= 2 && c[0] > c[1]:
			per.Gender = "m"
		case c[1] >= 2 && c[1] > c[0]:
			per.Gender = "f"
		}
	}
}

// appositionGender learns a named person's gender from a noun set beside
// the full name that tells it: "the first lady, Michelle Obama", "Ivanka
// Trump, the nominee's eldest daughter", "his wife Melania Trump".
func (d *discourse) appositionGender(pps []*parsedPara) {
	for _, pp := range pps {
		toks := pp.toks
		for _, r := range pp.runs {
			if r.b-r.a < 2 || r.quote >= 0 {
				continue
			}
			g := ""
			// before: "the first lady, Michelle Obama", "his wife Melania Trump"
			k := r.ta - 1
			if k >= 0 && toks[k].text == "," {
				k--
			}
			noun := ""
			if k >= 0 && !toks[k].punct {
				g, noun = genderedNouns[toks[k].lower], toks[k].lower
			}
			// after: "Ivanka Trump, the nominee's eldest daughter,"
			if g == "" && r.b+1 < len(toks) && toks[r.b].text == "," && (determiners[toks[r.b+1].lower] || toks[r.b+1].poss || toks[r.b+1].lower == "his" || toks[r.b+1].lower == "her") {
				for k := r.b + 1; k < len(toks) && k < r.b+8 && !toks[k].punct; k++ {
					if gk := genderedNouns[toks[k].lower]; gk != "" && (k+1 == len(toks) || toks[k+1].punct || toks[k+1].lower == "of") {
						g, noun = gk, toks[k].lower
						break
					}
				}
			}
			if g == "" {
				continue
			}
			if p := d.p.Lookup(pp.nameWords(r)); p != nil {
				if p.Gender == "" {
					p.Gender = g
				}
				if kinNouns[noun] && d.named[p] != nil {
					d.named[p].relative = true
				}
			}
		}
	}
}

// sharing returns the people of the article who carry a surname, as
// Registry.Sharing does, without the capitalised runs that only look like
// names of them: one holding a function word ("Asking Moderator To Fact
// Check Trump", "Against Trump") or more than four words, or one that ends
// with another's full name ("Democrat Hillary Clinton"). It returns fewer than two when
// the surname is not shared after all.
// Once the article's people are all registered (d.shared set), the
// answers are kept.
func (d *discourse) sharing(word string) []*people.Person {
	if d.shared != nil {
		if out, ok := d.shared[word]; ok {
			return out
		}
	}
	var out []*people.Person
	if cands := d.p.Sharing(word); cands != nil {
		for _, c := range cands {
			if !d.doubtfulName(c, cands) {
				out = append(out, c)
			}
		}
	}
	if d.shared != nil {
		d.shared[word] = out
	}
	return out
}

// doubtfulName reports whether c's name holds a function word or more
// than four words, or ends with the name of another of others.
func (d *discourse) doubtfulName(c *people.Person, others []*people.Person) bool {
	words := strings.Fields(strings.ToLower(c.Name))
	if len(words) > 4 {
		return true
	}
	for _, w := range words {
		if nlp.IsFunctionWord(w) {
			return true
		}
	}
	for _, o := range others {
		if o != c && strings.HasSuffix(strings.ToLower(c.Name), " "+strings.ToLower(o.Name)) {
			return true
		}
	}
	return false
}

// noteOffice records that the article gave per an office ("chancellor",
// "senate republican leader").
func (d *discourse) noteOffice(per *people.Person, phrase string) {
	if !officeNouns[phrase[strings.LastIndexByte(phrase, ' ')+1:]] {
		return
	}
	if d.offices == nil {
		d.offices = map[*people.Person][]string{}
	}
	for _, r := range d.offices[per] {
		if r == phrase {
			return
		}
	}
	d.offices[per] = append(d.offices[per], phrase)
}

// holdsOffice reports whether the article gave p the office a role phrase
// names: the same head noun, and a modifier in common when both have one
// ("the Burmese leader" is not the "Senate Republican leader").
func (d *discourse) holdsOffice(p *people.Person, phrase string) bool {
	mods, head := splitRole(phrase)
	for _, r := range d.offices[p] {
		rmods, rhead := splitRole(r)
		if rhead != head {
			continue
		}
		if len(mods) == 0 || len(rmods) == 0 {
			return true
		}
		for _, m := range mods {
			for _, rm := range rmods {
				if m == rm {
					return true
				}
			}
		}
	}
	return false
}

// splitRole splits a role phrase into its modifiers and its head noun.
func splitRole(phrase string) ([]string, string) {
	f := strings.Fields(phrase)
	if len(f) == 0 {
		return nil, ""
	}
	return f[:len(f)-1], f[len(f)-1]
}

// attributive reports whether a name run stands before a noun it
// modifies ("Clinton campaign manager Robby Mook", "a Trump supporter"),
// so the sentence is not about its person.
func attributive(pp *parsedPara, r nameRun) bool {
	if r.b >= len(pp.toks) {
		return false
	}
	t := pp.toks[r.b]
	return !t.punct && t.text == t.lower && (speakerNouns[t.lower] || roleNouns[t.lower] || groupSpeakers[t.lower])
}
