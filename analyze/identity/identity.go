package identity

import (
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// DominantRatio is how many times the rows of the next person with a
// surname the most covered one must have for a bare surname to be taken as
// that person when several share it.
const DominantRatio = 10

// The rules that merge a form into a person, as people.csv names them.
const (
	RuleVariant  = "variant"          // case, accents, dots, possessive, middle names or initials
	RuleNickname = "nickname"         // a nickname of the given name (Joe, Joseph)
	RuleSuffix   = "suffix"           // Jr./Sr. on one form only, no article naming both
	RuleSurname  = "surname"          // a bare surname, one full-name person has it
	RuleDominant = "surname-dominant" // a bare surname, one person has DominantRatio times the next
	RuleOffice   = "surname-office"   // a bare surname, one person of that surname written with the same office
)

// weakRules are the rules that rest on weak evidence.
var weakRules = map[string]bool{RuleNickname: true, RuleSuffix: true, RuleSurname: true, RuleDominant: true, RuleOffice: true}

// Name is one name the corpus produced, with how often.
type Name struct {
	// Name is the name as an article's canonical name ("Donald J. Trump").
	Name string
	// Count is how many rows carry it (mentions and quotations).
	Count int
	// Offices are the offices written before the name ("president" for
	// "President Obama" or "President Barack Obama").
	Offices []string
	// Titled counts the mentions written with a title or an honorific
	// ("Mr. Berman"); Pronouns those by pronoun. A bare surname is taken
	// as a person's only when one is titled or a fifth are pronouns: a
	// country or a company read as a name ("Israel", "Facebook") is not.
	Titled, Pronouns int
}

// Form is one name merged into a person.
type Form struct {
	// Name is the name as the corpus wrote it.
	Name string
	// Count is its rows.
	Count int
	// Rule is the rule that merged it ("" for the canonical name itself).
	Rule string
}

// Person is one human of the corpus.
type Person struct {
	// Name is the canonical name.
	Name string
	// Count is the rows of all its forms.
	Count int
	// Forms are every name merged into the person, the canonical first,
	// then by count (most first) and name.
	Forms []Form
	// Rules lists the rules used to merge its forms, sorted.
	Rules []string
	// Weak is set when a rule used rests on weak evidence (nickname,
	// suffix, bare surname).
	Weak bool
	// CouldBe lists, for a bare surname left alone, the full-name persons
	// it could be, most covered first.
	CouldBe []string

	surname string // folded surname, "" when unparsed
	full    bool   // has a given name and a surname
}

// Options tune Resolve.
type Options struct {
	// Preferred are names to keep as canonical when among a person's forms
	// (the people file's canonical names).
	Preferred []string
	// Distinct reports whether some article names a and b as two people;
	// nil means none does.
	Distinct func(a, b string) bool
}

// Index is the corpus's people and the canonical name of every form.
type Index struct {
	persons []Person
	of      map[string]int // form → index in persons
}

// parsed is a name read into its parts, folded (lower case, no accents).
type parsed struct {
	given   string // first word
	middle  string // initials of the middle words
	surname string // last word
	suffix  string // jr, sr, ii, iii, iv
	words   int    // words, suffix included
	caps    bool   // written in capitals only
}

var suffixes = map[string]string{"jr": "jr", "junior": "jr", "sr": "sr", "senior": "sr", "ii": "ii", "iii": "iii", "iv": "iv"}

// particles may start a word of a name in lower case.
var particles = map[string]bool{"de": true, "da": true, "di": true, "del": true, "della": true, "der": true, "den": true, "van": true, "von": true, "la": true, "le": true, "du": true, "al": true, "bin": true, "ibn": true, "dos": true, "das": true, "y": true}

// groupWords are plural nouns for groups that the articles may give as
// names ("Democrats", "Virginia Democrats"); they are no one's surname.
var groupWords = map[string]bool{"democrats": true, "republicans": true, "americans": true, "conservatives": true, "liberals": true,
	"progressives": true, "independents": true, "libertarians": true, "evangelicals": true, "voters": true, "supporters": true,
	"delegates": true, "senators": true, "officials": true, "leaders": true, "democrat": true, "republican": true}

// notInNames are words that never stand in a personal name, so that a
// headline read as a name ("Poll Shows Bump For Clinton") is no one.
var notInNames = map[string]bool{"of": true, "for": true, "with": true, "and": true, "on": true, "to": true, "the": true,
	"in": true, "about": true, "under": true, "at": true, "by": true, "from": true, "is": true, "was": true, "as": true,
	"campaign": true, "administration": true}

// fold is lower case without accents.
func fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	return strings.ToLower(out)
}

// parse reads a name; ok is false for what is not a personal name (a word
// in lower case, a digit).
func parse(name string) (p parsed, ok bool) {
	s := strings.ReplaceAll(name, "’", "'")
	s = strings.ReplaceAll(s, ",", " ")
	ws := strings.Fields(s)
	if len(ws) == 0 {
		return p, false
	}
	// Possessive on the last word.
	last := ws[len(ws)-1]
	last = strings.TrimSuffix(strings.TrimSuffix(last, "'s"), "'")
	ws[len(ws)-1] = last
	p.words = len(ws)
	p.caps = true
	var out []string
	for _, w := range ws {
		r := []rune(w)
		if len(r) == 0 {
			return p, false
		}
		f := fold(strings.Trim(w, "."))
		if f == "" {
			return p, false
		}
		for _, c := range w {
			if unicode.IsDigit(c) {
				return p, false
			}
			if unicode.IsLower(c) {
				p.caps = false
			}
		}
		if !unicode.IsUpper(r[0]) && !particles[f] || notInNames[f] {
			return p, false
		}
		out = append(out, f)
	}
	if len(out) > 1 {
		if sfx, ok := suffixes[out[len(out)-1]]; ok {
			p.suffix = sfx
			out = out[:len(out)-1]
		}
	}
	if len(out) > 4 {
		return p, false // a headline read as a name
	}
	if len(out) == 1 && p.suffix != "" {
		return p, false // "Donald Jr": no surname
	}
	p.surname = out[len(out)-1]
	if groupWords[p.surname] {
		return p, false
	}
	if len(out) > 1 {
		p.given = out[0]
		for _, m := range out[1 : len(out)-1] {
			for _, part := range strings.Split(m, ".") {
				if part != "" {
					p.middle += part[:1]
				}
			}
		}
	}
	return p, true
}

// isInitial reports whether a folded given name is only an initial.
func isInitial(g string) bool { return len([]rune(strings.ReplaceAll(g, ".", ""))) <= 1 }

// Surname returns the folded surname of a name ("trump" for "Donald J.
// Trump's"), "" when it does not read as a personal name.
func Surname(name string) string {
	p, ok := parse(name)
	if !ok {
		return ""
	}
	return p.surname
}

// middlesAgree reports whether two middle-initial strings can be one
// person's: equal, or one empty.
func middlesAgree(a, b string) bool { return a == "" || b == "" || a == b }

// Resolve merges the corpus's names into persons (see the package
// comment). A name given twice counts once with the counts added.
func Resolve(names []Name, opt Options) *Index {
	counts := map[string]int{}
	offices := map[string]map[string]bool{}
	titled, pronouns := map[string]int{}, map[string]int{}
	for _, n := range names {
		if n.Name != "" {
			counts[n.Name] += n.Count
			titled[n.Name] += n.Titled
			pronouns[n.Name] += n.Pronouns
			for _, o := range n.Offices {
				if offices[n.Name] == nil {
					offices[n.Name] = map[string]bool{}
				}
				offices[n.Name][o] = true
			}
		}
	}
	all := make([]string, 0, len(counts))
	for n := range counts {
		all = append(all, n)
	}
	sort.Strings(all)
	distinct := opt.Distinct
	if distinct == nil {
		distinct = func(a, b string) bool { return false }
	}

	// groups of forms; each starts as one person.
	type group struct {
		forms   []string
		rules   map[string]string // form → rule
		given   string            // formal given name
		surname string
		suffix  string
		middle  string // the longest middle initials of its forms
		full    bool
	}
	var groups []*group
	var bare []string
	var loose []string
	p := map[string]parsed{}
	for _, n := range all {
		pn, ok := parse(n)
		if !ok {
			loose = append(loose, n)
			continue
		}
		p[n] = pn
		switch {
		case pn.given == "" && pn.suffix == "":
			bare = append(bare, n)
		case pn.given == "" || isInitial(pn.given):
			loose = append(loose, n)
		}
	}
	// Full names: by formal given name, surname and suffix; then by
	// middle initials, so that two conflicting middles stay apart.
	type fkey struct{ given, surname, suffix string }
	byKey := map[fkey][]string{}
	var keys []fkey
	for _, n := range all {
		pn, ok := p[n]
		if !ok || pn.given == "" || isInitial(pn.given) {
			continue
		}
		k := fkey{formal(pn.given), pn.surname, pn.suffix}
		if _, seen := byKey[k]; !seen {
			keys = append(keys, k)
		}
		byKey[k] = append(byKey[k], n)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.surname != b.surname {
			return a.surname < b.surname
		}
		if a.given != b.given {
			return a.given < b.given
		}
		return a.suffix < b.suffix
	})
	groupOf := map[fkey][]*group{}
	for _, k := range keys {
		forms := byKey[k]
		// Distinct middles: each its own group; forms without a middle
		// join the one group with a middle when there is only one.
		middles := map[string]bool{}
		for _, f := range forms {
			if m := p[f].middle; m != "" {
				middles[m] = true
			}
		}
		ms := make([]string, 0, len(middles))
		for m := range middles {
			ms = append(ms, m)
		}
		sort.Strings(ms)
		// Middles that are prefixes of one another ("j" and "jr"?) are
		// not merged: initials either agree or differ.
		var gs []*group
		if len(ms) <= 1 {
			g := &group{forms: forms, given: k.given, surname: k.surname, suffix: k.suffix, full: true}
			if len(ms) == 1 {
				g.middle = ms[0]
			}
			gs = append(gs, g)
		} else {
			byMiddle := map[string]*group{}
			for _, m := range ms {
				g := &group{given: k.given, surname: k.surname, suffix: k.suffix, middle: m, full: true}
				byMiddle[m] = g
				gs = append(gs, g)
			}
			var plain *group
			for _, f := range forms {
				if m := p[f].middle; m != "" {
					byMiddle[m].forms = append(byMiddle[m].forms, f)
				} else {
					if plain == nil {
						plain = &group{given: k.given, surname: k.surname, suffix: k.suffix, full: true}
						gs = append(gs, plain)
					}
					plain.forms = append(plain.forms, f)
				}
			}
		}
		for _, g := range gs {
			g.rules = map[string]string{}
		}
		groupOf[k] = gs
		groups = append(groups, gs...)
	}
	// Jr./Sr.: the suffixed person joins the same name without a suffix
	// when that is one person and no article names the two apart.
	merged := map[*group]bool{}
	for _, k := range keys {
		if k.suffix == "" {
			continue
		}
		plain := groupOf[fkey{k.given, k.surname, ""}]
		sfx := groupOf[k]
		if len(plain) != 1 || len(sfx) != 1 || !middlesAgree(plain[0].middle, sfx[0].middle) {
			continue
		}
		apart := false
		for _, a := range plain[0].forms {
			for _, b := range sfx[0].forms {
				if distinct(a, b) || distinct(b, a) {
					apart = true
				}
			}
		}
		if apart {
			continue
		}
		for _, f := range sfx[0].forms {
			plain[0].forms = append(plain[0].forms, f)
			plain[0].rules[f] = RuleSuffix
		}
		merged[sfx[0]] = true
	}
	var kept []*group
	for _, g := range groups {
		if !merged[g] {
			kept = append(kept, g)
		}
	}
	groups = kept
	total := func(g *group) int {
		n := 0
		for _, f := range g.forms {
			n += counts[f]
		}
		return n
	}
	// Bare surnames.
	formsOf := func(gs []*group) [][]string {
		out := make([][]string, len(gs))
		for i, g := range gs {
			out[i] = g.forms
		}
		return out
	}
	bySurname := map[string][]*group{}
	for _, g := range groups {
		bySurname[g.surname] = append(bySurname[g.surname], g)
	}
	couldBe := map[string][]*group{}
	for _, b := range bare {
		cands := append([]*group(nil), bySurname[p[b].surname]...)
		sort.SliceStable(cands, func(i, j int) bool { return total(cands[i]) > total(cands[j]) })
		personal := titled[b] > 0 || 5*pronouns[b] >= counts[b]
		switch {
		case !personal:
			groups = append(groups, &group{forms: []string{b}, rules: map[string]string{}, surname: p[b].surname})
		case len(cands) == 1:
			cands[0].forms = append(cands[0].forms, b)
			cands[0].rules[b] = RuleSurname
		case len(cands) > 1 && total(cands[0]) >= DominantRatio*total(cands[1]):
			cands[0].forms = append(cands[0].forms, b)
			cands[0].rules[b] = RuleDominant
		case len(cands) > 1 && sameOffice(b, formsOf(cands), offices) >= 0:
			c := cands[sameOffice(b, formsOf(cands), offices)]
			c.forms = append(c.forms, b)
			c.rules[b] = RuleOffice
		default:
			g := &group{forms: []string{b}, rules: map[string]string{}, surname: p[b].surname}
			groups = append(groups, g)
			couldBe[b] = cands
		}
	}
	for _, n := range loose {
		sn := ""
		if pn, ok := p[n]; ok {
			sn = pn.surname
		}
		groups = append(groups, &group{forms: []string{n}, rules: map[string]string{}, surname: sn})
	}

	pref := map[string]bool{}
	for _, n := range opt.Preferred {
		pref[n] = true
	}
	ix := &Index{of: map[string]int{}}
	for _, g := range groups {
		canon := pickCanonical(g.forms, counts, p, pref)
		per := Person{Name: canon, surname: g.surname, full: g.full}
		rules := map[string]bool{}
		cp := p[canon]
		for _, f := range g.forms {
			rule := g.rules[f]
			if f != canon && rule == "" {
				rule = RuleVariant
				if fp := p[f]; fp.given != cp.given {
					rule = RuleNickname
				}
			}
			if rule != "" {
				rules[rule] = true
				per.Weak = per.Weak || weakRules[rule]
			}
			per.Forms = append(per.Forms, Form{Name: f, Count: counts[f], Rule: rule})
			per.Count += counts[f]
		}
		sort.SliceStable(per.Forms, func(i, j int) bool {
			a, b := per.Forms[i], per.Forms[j]
			if (a.Name == canon) != (b.Name == canon) {
				return a.Name == canon
			}
			if a.Count != b.Count {
				return a.Count > b.Count
			}
			return a.Name < b.Name
		})
		for r := range rules {
			per.Rules = append(per.Rules, r)
		}
		sort.Strings(per.Rules)
		if len(g.forms) == 1 {
			for _, c := range couldBe[g.forms[0]] {
				per.CouldBe = append(per.CouldBe, pickCanonical(c.forms, counts, p, pref))
			}
		}
		ix.persons = append(ix.persons, per)
	}
	sort.Slice(ix.persons, func(i, j int) bool {
		a, b := ix.persons[i], ix.persons[j]
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		return a.Name < b.Name
	})
	for i, per := range ix.persons {
		for _, f := range per.Forms {
			ix.of[f.Name] = i
		}
	}
	return ix
}

// sameOffice returns the index of the one candidate (given by its forms)
// written with an office the bare surname b is written with ("President
// Obama", "President Barack Obama"), -1 when none or several are.
func sameOffice(b string, cands [][]string, offices map[string]map[string]bool) int {
	found, n := -1, 0
	for i, forms := range cands {
		shared := false
		for _, f := range forms {
			for o := range offices[f] {
				if offices[b][o] {
					shared = true
				}
			}
		}
		if shared {
			found = i
			n++
		}
	}
	if n != 1 {
		return -1
	}
	return found
}

// pickCanonical chooses a person's name among its forms: a preferred one
// (the people file's), else a full name rather than a bare surname, not
// in capitals only, with the fewest words, the most rows, then the first
// in order.
func pickCanonical(forms []string, counts map[string]int, p map[string]parsed, pref map[string]bool) string {
	best := ""
	better := func(a, b string) bool {
		if pref[a] != pref[b] {
			return pref[a]
		}
		pa, pb := p[a], p[b]
		if (pa.given != "") != (pb.given != "") {
			return pa.given != ""
		}
		if pa.caps != pb.caps {
			return !pa.caps
		}
		if pa.words != pb.words {
			return pa.words < pb.words
		}
		if counts[a] != counts[b] {
			return counts[a] > counts[b]
		}
		return a < b
	}
	for _, f := range forms {
		if best == "" || better(f, best) {
			best = f
		}
	}
	return best
}

// Persons returns the corpus's people, most rows first, then by name.
func (ix *Index) Persons() []Person { return ix.persons }

// Canonical returns the canonical name of a form; a name the index does
// not know is its own.
func (ix *Index) Canonical(name string) string {
	if i, ok := ix.of[name]; ok {
		return ix.persons[i].Name
	}
	return name
}

// Renames maps every form whose canonical name differs from it to that
// name.
func (ix *Index) Renames() map[string]string {
	out := map[string]string{}
	for _, per := range ix.persons {
		for _, f := range per.Forms {
			if f.Name != per.Name {
				out[f.Name] = per.Name
			}
		}
	}
	return out
}
