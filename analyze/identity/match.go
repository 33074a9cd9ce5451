package identity

import (
	"fmt"
	"sort"
	"strings"
)

// nicknames maps a nickname to the formal given name it shortens. Only
// names that shorten one formal name are listed (not Ted, Steve, Jerry).
var nicknames = map[string]string{
	"joe": "joseph", "joey": "joseph",
	"bill": "william", "billy": "william", "will": "william", "willie": "william",
	"mike": "michael", "mick": "michael",
	"bob": "robert", "bobby": "robert", "rob": "robert", "robbie": "robert", "bert": "robert",
	"jim": "james", "jimmy": "james", "jamie": "james",
	"tom": "thomas", "tommy": "thomas",
	"dick": "richard", "rick": "richard", "ricky": "richard", "rich": "richard",
	"chuck": "charles", "charlie": "charles",
	"dan": "daniel", "danny": "daniel",
	"dave":  "david",
	"chris": "christopher",
	"tony":  "anthony",
	"andy":  "andrew",
	"ron":   "ronald", "ronnie": "ronald",
	"liz": "elizabeth", "beth": "elizabeth", "betsy": "elizabeth",
	"jeff":  "jeffrey",
	"ben":   "benjamin",
	"nick":  "nicholas",
	"sam":   "samuel",
	"matt":  "matthew",
	"pat":   "patrick",
	"greg":  "gregory",
	"larry": "lawrence",
	"ed":    "edward", "eddie": "edward",
	"al":    "albert",
	"ken":   "kenneth",
	"tim":   "timothy",
	"vlad":  "vladimir",
	"newt":  "newton",
	"hank":  "henry",
	"peggy": "margaret",
	"kathy": "katherine", "kate": "katherine",
	"sue":  "susan",
	"fred": "frederick",
	"walt": "walter",
	"abe":  "abraham",
	"alex": "alexander",
}

// formal is the formal given name of a folded given name.
func formal(g string) string {
	if f, ok := nicknames[g]; ok {
		return f
	}
	return g
}

// Match is the person a name given by the user stands for.
type Match struct {
	// Name is the person's canonical name.
	Name string
	// Others are other full-name persons with the surname given, most
	// covered first, when the name was a bare surname.
	Others []string
}

// NoMatchError says that a name matches nobody in the corpus.
type NoMatchError struct {
	// Query is the name given.
	Query string
	// Closest are the canonical names nearest to it, nearest first.
	Closest []string
}

func (e *NoMatchError) Error() string {
	if len(e.Closest) == 0 {
		return fmt.Sprintf("%s: no person of that name in the corpus", e.Query)
	}
	return fmt.Sprintf("%s: no person of that name in the corpus (closest: %s)", e.Query, strings.Join(e.Closest, ", "))
}

// Match finds the person a user means by name. A full name matches the
// person that has it as a form, or else one whose name agrees with it
// (case, accents, middles, nicknames, suffix). A bare surname ("Clinton")
// matches the most covered full-name person with that surname and lists
// the others; failing that, a person of that name alone. A name that
// matches nobody gives a *NoMatchError with the closest names.
func (ix *Index) Match(name string) (Match, error) {
	name = strings.Join(strings.Fields(name), " ")
	q, ok := parse(name)
	exact := func() (int, bool) {
		if i, ok := ix.of[name]; ok {
			return i, true
		}
		f := fold(name)
		for i, per := range ix.persons {
			for _, fm := range per.Forms {
				if fold(fm.Name) == f {
					return i, true
				}
			}
		}
		return 0, false
	}
	if ok && q.given == "" && q.suffix == "" {
		var cands []int
		for i, per := range ix.persons {
			if per.full && per.surname == q.surname {
				cands = append(cands, i)
			}
		}
		if len(cands) > 0 { // persons are sorted most covered first
			m := Match{Name: ix.persons[cands[0]].Name}
			for _, i := range cands[1:] {
				m.Others = append(m.Others, ix.persons[i].Name)
			}
			return m, nil
		}
	}
	if i, found := exact(); found {
		return Match{Name: ix.persons[i].Name}, nil
	}
	if ok && q.given != "" {
		for _, per := range ix.persons {
			for _, fm := range per.Forms {
				fp, ok := parse(fm.Name)
				if ok && fp.given != "" && formal(fp.given) == formal(q.given) && fp.surname == q.surname &&
					fp.suffix == q.suffix && middlesAgree(fp.middle, q.middle) {
					return Match{Name: per.Name}, nil
				}
			}
		}
	}
	return Match{}, &NoMatchError{Query: name, Closest: ix.closest(name, 3)}
}

// closest returns up to n canonical names nearest to name by edit
// distance (to the whole name or to its surname), ties to the most covered.
func (ix *Index) closest(name string, n int) []string {
	f := fold(name)
	type cand struct {
		name string
		d, i int
	}
	var cs []cand
	for i, per := range ix.persons {
		d := editDistance(f, fold(per.Name))
		if per.surname != "" {
			d = min(d, editDistance(f, per.surname))
		}
		cs = append(cs, cand{per.Name, d, i})
	}
	sort.Slice(cs, func(a, b int) bool {
		if cs[a].d != cs[b].d {
			return cs[a].d < cs[b].d
		}
		return cs[a].i < cs[b].i
	})
	var out []string
	for _, c := range cs {
		if len(out) == n || c.d > max(3, len([]rune(f))/2) {
			break
		}
		out = append(out, c.name)
	}
	return out
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
