package identity

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func names(kv ...any) []Name {
	var out []Name
	for i := 0; i < len(kv); i += 2 {
		out = append(out, Name{Name: kv[i].(string), Count: kv[i+1].(int), Titled: 1})
	}
	return out
}

// TestResolve holds the hard cases: each line is the names of a corpus,
// then which canonical name each form must get.
func TestResolve(t *testing.T) {
	cases := []struct {
		name     string
		in       []Name
		distinct [][2]string
		want     map[string]string
	}{
		{"middle initial", names("Donald Trump", 812, "Donald J. Trump", 95, "Trump", 40),
			nil, map[string]string{"Donald J. Trump": "Donald Trump", "Trump": "Donald Trump"}},
		{"bare surname, one full name", names("Obama", 719, "Barack Obama", 616),
			nil, map[string]string{"Obama": "Barack Obama"}},
		{"bare surname, one dominates", names("Obama", 719, "Barack Obama", 616, "Michelle Obama", 35),
			nil, map[string]string{"Obama": "Barack Obama", "Michelle Obama": "Michelle Obama"}},
		{"Clintons stay apart", names("Hillary Clinton", 3673, "Bill Clinton", 467, "Clinton", 52, "Hillary Rodham Clinton", 168),
			nil, map[string]string{"Hillary Clinton": "Hillary Clinton", "Bill Clinton": "Bill Clinton", "Clinton": "Clinton",
				"Hillary Rodham Clinton": "Hillary Clinton"}},
		{"Jr. named beside the father", names("Donald Trump", 900, "Donald Trump Jr.", 20, "Donald J. Trump Jr.", 3),
			[][2]string{{"Donald Trump", "Donald Trump Jr."}},
			map[string]string{"Donald Trump Jr.": "Donald Trump Jr.", "Donald J. Trump Jr.": "Donald Trump Jr.", "Donald Trump": "Donald Trump"}},
		{"Jr. never named beside a namesake", names("Joe Biden", 97, "Joseph R. Biden Jr.", 14, "Joseph Biden", 1, "Biden", 53, "Beau Biden", 2),
			nil, map[string]string{"Joseph R. Biden Jr.": "Joe Biden", "Joseph Biden": "Joe Biden", "Biden": "Joe Biden", "Beau Biden": "Beau Biden"}},
		{"nickname", names("James Comey", 70, "James B. Comey", 35, "Jim Comey", 1),
			nil, map[string]string{"James B. Comey": "James Comey", "Jim Comey": "James Comey"}},
		{"different given names", names("Melania Trump", 34, "Donald Trump", 900, "Ivanka Trump", 110),
			nil, map[string]string{"Melania Trump": "Melania Trump", "Ivanka Trump": "Ivanka Trump"}},
		{"all caps, accents, possessive", names("Mike Pence", 101, "PENCE", 12, "MIKE PENCE", 3, "François Hollande", 4, "Francois Hollande", 2, "Mike Pence’s", 1),
			nil, map[string]string{"PENCE": "Mike Pence", "MIKE PENCE": "Mike Pence", "Francois Hollande": "François Hollande", "Mike Pence’s": "Mike Pence"}},
		{"conflicting middles", names("George W. Bush", 108, "George H. W. Bush", 20, "George Bush", 5, "Jeb Bush", 265),
			nil, map[string]string{"George W. Bush": "George W. Bush", "George H. W. Bush": "George H. W. Bush", "George Bush": "George Bush"}},
		{"fewest words canonical", names("Vladimir V. Putin", 69, "Vladimir Putin", 17),
			nil, map[string]string{"Vladimir V. Putin": "Vladimir Putin"}},
		{"bare surname written with the full name's office", []Name{{Name: "Obama", Count: 197, Offices: []string{"president"}, Titled: 60},
			{Name: "Barack Obama", Count: 60, Offices: []string{"president"}}, {Name: "Michelle Obama", Count: 24}, {Name: "Derelict Obama", Count: 11}},
			nil, map[string]string{"Obama": "Barack Obama", "Michelle Obama": "Michelle Obama"}},
		{"no shared office, no dominance", []Name{{Name: "Clinton", Count: 23, Titled: 11}, {Name: "Hillary Clinton", Count: 300, Offices: []string{"secretary"}},
			{Name: "Bill Clinton", Count: 32, Offices: []string{"president"}}},
			nil, map[string]string{"Clinton": "Clinton"}},
		{"a country read as a name is no one's surname", []Name{{Name: "Israel", Count: 7, Pronouns: 1}, {Name: "Steve Israel", Count: 9, Titled: 2}},
			nil, map[string]string{"Israel": "Israel"}},
		{"headlines are no one", names("Poll Shows Bump For Clinton", 1, "Clinton", 3, "Hillary Clinton", 10, "Bill Clinton", 5),
			nil, map[string]string{"Clinton": "Clinton", "Poll Shows Bump For Clinton": "Poll Shows Bump For Clinton"}},
		{"not names", names("Clinton campaign", 5, "Clinton", 3, "Hillary Clinton", 10),
			nil, map[string]string{"Clinton campaign": "Clinton campaign", "Clinton": "Hillary Clinton"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := func(a, b string) bool {
				for _, p := range c.distinct {
					if p[0] == a && p[1] == b {
						return true
					}
				}
				return false
			}
			ix := Resolve(c.in, Options{Distinct: d})
			for form, want := range c.want {
				if got := ix.Canonical(form); got != want {
					t.Errorf("%s: got %q, want %q", form, got, want)
				}
			}
			// The order the names come in does not matter.
			rev := append([]Name(nil), c.in...)
			for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
				rev[i], rev[j] = rev[j], rev[i]
			}
			if got := Resolve(rev, Options{Distinct: d}); !reflect.DeepEqual(got, ix) {
				t.Errorf("order of the names changes the result")
			}
		})
	}
}

func TestPersonAudit(t *testing.T) {
	ix := Resolve(names("Donald Trump", 812, "Donald J. Trump", 95, "Trump", 40, "Hillary Clinton", 300, "Bill Clinton", 60, "Clinton", 9), Options{})
	ps := ix.Persons()
	if ps[0].Name != "Donald Trump" || ps[0].Count != 947 || !ps[0].Weak ||
		!reflect.DeepEqual(ps[0].Rules, []string{RuleSurname, RuleVariant}) {
		t.Errorf("first person: %+v", ps[0])
	}
	want := []Form{{"Donald Trump", 812, ""}, {"Donald J. Trump", 95, RuleVariant}, {"Trump", 40, RuleSurname}}
	if !reflect.DeepEqual(ps[0].Forms, want) {
		t.Errorf("forms: got %+v", ps[0].Forms)
	}
	for _, p := range ps {
		if p.Name == "Clinton" && !reflect.DeepEqual(p.CouldBe, []string{"Hillary Clinton", "Bill Clinton"}) {
			t.Errorf("Clinton could be %v", p.CouldBe)
		}
	}
}

func TestMatch(t *testing.T) {
	ix := Resolve(names("Donald Trump", 812, "Donald J. Trump", 95, "Hillary Clinton", 300, "Bill Clinton", 60, "Clinton", 9,
		"Joe Biden", 40, "the Kremlin", 5), Options{})
	for _, c := range []struct{ q, want, others string }{
		{"Trump", "Donald Trump", ""},
		{"Clinton", "Hillary Clinton", "Bill Clinton"},
		{"donald j. trump", "Donald Trump", ""},
		{"DONALD TRUMP", "Donald Trump", ""},
		{"Joseph Biden", "Joe Biden", ""},
		{"Bill Clinton", "Bill Clinton", ""},
	} {
		m, err := ix.Match(c.q)
		if err != nil || m.Name != c.want || strings.Join(m.Others, ";") != c.others {
			t.Errorf("Match(%q) = %+v, %v; want %s (others %q)", c.q, m, err, c.want, c.others)
		}
	}
	_, err := ix.Match("Trumpp")
	var nm *NoMatchError
	if !errors.As(err, &nm) || len(nm.Closest) == 0 || nm.Closest[0] != "Donald Trump" {
		t.Errorf("Match(Trumpp): %v", err)
	}
	if _, err := ix.Match("Angela Merkel"); err == nil {
		t.Errorf("Match(Angela Merkel) found someone")
	}
}
