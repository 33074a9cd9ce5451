package report

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/go-gota/gota/dataframe"

	"portray/analyze/identity"
	"portray/analyze/nlp"
)

// The corpus's people are known only when every article has been read:
// each article names its people by its own canonical names ("Donald J.
// Trump" here, "Donald Trump" there), so at the end the names are merged
// into one canonical person per human (package identity) and every output
// keyed by person is rewritten under that name: the run's tallies, the
// groups', the article log as it is read, the flows, and the person and
// speaker columns of quotes.csv and mentions.csv.

// honorifics are titles that are not offices.
var honorifics = nlp.WordSet("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "madam", "former", "acting", "then", "late", "doctor")

// officeOf returns the office written before a name in a mention
// ("President Barack Obama": "president|full", "Secretary Clinton's":
// "secretary|surname"), "" when there is none.
func officeOf(words string) string {
	ws := strings.Fields(words)
	var office []string
	i := 0
	for ; i < len(ws)-1; i++ {
		w := strings.ToLower(strings.TrimSuffix(ws[i], "."))
		if !nlp.IsTitle(w) {
			break
		}
		if !honorifics[w] {
			office = append(office, w)
		}
	}
	if len(office) == 0 || i == 0 {
		return ""
	}
	if len(ws)-i == 1 {
		return strings.Join(office, " ") + "|surname"
	}
	return strings.Join(office, " ") + "|full"
}

// nameFacts is what the run's rows say about one name.
type nameFacts struct {
	// AsPerson counts the rows that take the name as a person's: its
	// mentions and its quotations with speaker type person; AsOther the
	// quotations with another speaker type.
	AsPerson, AsOther int
	// Titled counts the mentions written with a title or an honorific
	// ("Mr. Berman", "President Obama"); Pronouns those by pronoun.
	Titled, Pronouns int
	// Offices counts the offices written before the name (see officeOf).
	Offices map[string]int
}

func (g *aggregate) factsOf(name string) *nameFacts {
	if g.facts == nil {
		g.facts = map[string]*nameFacts{}
	}
	f := g.facts[name]
	if f == nil {
		f = &nameFacts{}
		g.facts[name] = f
	}
	return f
}

// addMention takes in one mention of the name.
func (f *nameFacts) addMention(kind, words string) {
	f.AsPerson++
	if kind == "pronoun" {
		f.Pronouns++
		return
	}
	if i := strings.IndexByte(words, ' '); i > 0 && nlp.IsTitle(strings.ToLower(strings.TrimSuffix(words[:i], "."))) {
		f.Titled++
		if o := officeOf(words); o != "" {
			if f.Offices == nil {
				f.Offices = map[string]int{}
			}
			f.Offices[o]++
		}
	}
}

// rowCount is the rows of quotes.csv and mentions.csv a tally stands for.
func rowCount(t *tally) int { return t.Portrayed.N + t.Others.N + t.Quotes + t.Reported }

// resolvePeople merges the persons of the run's tallies into one per
// human. Names of groups, organisations and unnamed speakers are left as
// they are. Two names of one surname that an article holds as two people
// are never joined by the Jr./Sr. rule.
func (g *aggregate) resolvePeople(preferred []string) (*identity.Index, error) {
	var names []identity.Name
	for n, t := range g.All {
		f := g.factsOf(n)
		if f.AsPerson > f.AsOther {
			nm := identity.Name{Name: n, Count: rowCount(t), Titled: f.Titled, Pronouns: f.Pronouns}
			for o, k := range f.Offices {
				office, what, _ := strings.Cut(o, "|")
				if what == "full" || k >= 2 {
					nm.Offices = append(nm.Offices, office)
				}
			}
			sort.Strings(nm.Offices)
			names = append(names, nm)
		}
	}
	apart := map[[2]string]bool{}
	surnames := map[string]string{} // a name recurs in many articles: parse it once
	err := g.articles.each(func(rec articleRecord) error {
		by := map[string][]string{}
		for _, n := range rec.Names {
			if f := g.facts[n]; f == nil || f.AsPerson <= f.AsOther {
				continue
			}
			s, ok := surnames[n]
			if !ok {
				s = identity.Surname(n)
				surnames[n] = s
			}
			if s != "" {
				by[s] = append(by[s], n)
			}
		}
		for _, ns := range by {
			for i := range ns {
				for j := i + 1; j < len(ns); j++ {
					apart[[2]string{ns[i], ns[j]}] = true
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	distinct := func(a, b string) bool { return apart[[2]string{a, b}] || apart[[2]string{b, a}] }
	return identity.Resolve(names, identity.Options{Preferred: preferred, Distinct: distinct}), nil
}

// canonicalise rewrites the aggregate under the corpus's canonical names:
// tallies of one person are merged, and the articles counted again from
// the article log so that an article naming two forms counts once.
func (g *aggregate) canonicalise(renames map[string]string) error {
	g.renames = renames
	if len(renames) == 0 {
		return nil
	}
	mergeTallies(g.All, renames)
	for _, kind := range []string{byArticle, bySource, byDate} {
		for _, m := range g.Groups[kind].Tallies {
			mergeTallies(m, renames)
		}
	}
	for i := range g.Flows {
		for k, q := range g.Flows[i].Quotes {
			if c, ok := renames[q.Speaker]; ok {
				g.Flows[i].Quotes[k].Speaker = c
			}
		}
	}
	// Articles per name, counted again: the whole run's, each source's
	// and each date's (an article's own tally counts 1).
	counts := func(m map[string]*tally) {
		for _, t := range m {
			t.Articles = 0
		}
	}
	counts(g.All)
	for _, kind := range []string{bySource, byDate} {
		for _, m := range g.Groups[kind].Tallies {
			counts(m)
		}
	}
	for _, m := range g.Groups[byArticle].Tallies {
		for _, t := range m {
			t.Articles = min(t.Articles, 1)
		}
	}
	return g.articles.each(func(rec articleRecord) error {
		seen := map[string]bool{}
		for _, n := range rec.Names {
			if c, ok := renames[n]; ok {
				n = c
			}
			if seen[n] {
				continue
			}
			seen[n] = true
			if t := g.All[n]; t != nil {
				t.Articles++
			}
			for _, kv := range [][2]string{{bySource, rec.Source}, {byDate, g.dateGroup(rec.Date)}} {
				if kv[1] == "" {
					continue
				}
				if t := g.Groups[kv[0]].Tallies[kv[1]][n]; t != nil {
					t.Articles++
				}
			}
		}
		return nil
	})
}

// canonicalRecord merges the tallies of one logged article under the
// canonical names.
func canonicalRecord(rec articleRecord, renames map[string]string) map[string]*tally {
	m := make(map[string]*tally, len(rec.Names))
	for k, name := range rec.Names {
		m[name] = &rec.Tallies[k]
	}
	if len(renames) > 0 {
		mergeTallies(m, renames)
		for _, t := range m {
			t.Articles = min(t.Articles, 1)
		}
	}
	return m
}

// mergeTallies moves the tallies of every renamed name in m into its
// canonical name's: the canonical's own first, then the others by name.
func mergeTallies(m map[string]*tally, renames map[string]string) {
	var from []string
	for n := range m {
		if _, ok := renames[n]; ok {
			from = append(from, n)
		}
	}
	sort.Strings(from)
	for _, n := range from {
		src, c := m[n], renames[n]
		delete(m, n)
		src.Type = "person" // only persons are renamed
		if dst := m[c]; dst != nil {
			dst.merge(src)
		} else {
			m[c] = src
		}
	}
}

// merge adds o's numbers to t. The type stays t's; o's articles are added
// (canonicalise counts them again where two forms may share an article).
func (t *tally) merge(o *tally) {
	t.Articles += o.Articles
	t.Quotes += o.Quotes
	t.Reported += o.Reported
	t.LeftOut += o.LeftOut
	t.Words += o.Words
	t.Negative += o.Negative
	t.Neutral += o.Neutral
	t.Positive += o.Positive
	if t.Cues == nil {
		t.Cues = map[string]int{}
	}
	for v, k := range o.Cues {
		t.Cues[v] += k
	}
	t.Own.merge(o.Own)
	t.ownUnits = mergeUnits(t.ownUnits, o.ownUnits)
	t.Portrayed.merge(o.Portrayed)
	t.Others.merge(o.Others)
	for _, r := range o.Warmest {
		t.Warmest = keepTop(t.Warmest, r, func(a, b quoteRef) bool { return a.Quote.Tone.Tone > b.Quote.Tone.Tone })
	}
	for _, r := range o.Coldest {
		t.Coldest = keepTop(t.Coldest, r, func(a, b quoteRef) bool { return a.Quote.Tone.Tone < b.Quote.Tone.Tone })
	}
}

// merge adds the values of o to s: count, sum, spread (Chan et al.'s
// parallel update) and labels exactly; the values kept are all of them
// while there are at most normalAbove, else normalAbove taken evenly from
// each side's kept values in proportion to its count.
func (s *sample) merge(o sample) {
	if o.N == 0 {
		return
	}
	if s.N == 0 {
		*s = o
		s.Values = append([]float64(nil), o.Values...)
		return
	}
	n := s.N + o.N
	delta := o.mean() - s.mean()
	s.M2 += o.M2 + delta*delta*float64(s.N)*float64(o.N)/float64(n)
	s.Sum += o.Sum
	for i := range s.Labels {
		s.Labels[i] += o.Labels[i]
	}
	if n <= normalAbove {
		s.Values = append(s.Values, o.Values...)
	} else {
		ka := min((normalAbove*s.N+n/2)/n, len(s.Values))
		kb := min(normalAbove-ka, len(o.Values))
		vals := make([]float64, 0, ka+kb)
		vals = append(vals, spread(s.Values, ka)...)
		s.Values = append(vals, spread(o.Values, kb)...)
	}
	s.N = n
}

// spread returns k values of vs evenly spaced.
func spread(vs []float64, k int) []float64 {
	out := make([]float64, k)
	for i := range out {
		out[i] = vs[i*len(vs)/k]
	}
	return out
}

// rewriteColumns rewrites the row file at path, whose columns are cs,
// with the cells of the columns idx renamed through renames. It streams:
// a row with nothing to rename is copied byte for byte, a row with a
// name to change is written again through the table writer.
func rewriteColumns(path string, cs []column, idx []int, renames map[string]string) (err error) {
	if len(renames) == 0 {
		return nil
	}
	parsed, err := os.Open(path)
	if err != nil {
		return err
	}
	defer parsed.Close()
	rawf, err := os.Open(path)
	if err != nil {
		return err
	}
	defer rawf.Close()
	out, err := os.Create(path + ".new")
	if err != nil {
		return err
	}
	defer func() {
		if cerr := out.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			err = os.Rename(path+".new", path)
		} else {
			os.Remove(path + ".new")
		}
	}()
	r := csv.NewReader(bufio.NewReaderSize(parsed, 1<<16))
	r.ReuseRecord = true
	r.FieldsPerRecord = len(cs)
	raw := bufio.NewReaderSize(rawf, 1<<16)
	bw := bufio.NewWriterSize(out, 1<<16)
	t := &table{cols: cs, w: bw}
	var at int64
	for row := 0; ; row++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("read back %s: %w", path, err)
		}
		end := r.InputOffset()
		changed := false
		if row > 0 {
			for _, i := range idx {
				if c, ok := renames[rec[i]]; ok {
					rec[i], changed = c, true
				}
			}
		}
		if !changed {
			if _, err := io.CopyN(bw, raw, end-at); err != nil {
				return err
			}
		} else {
			if _, err := raw.Discard(int(end - at)); err != nil {
				return err
			}
			for _, cell := range rec {
				t.buf = appendField(t.comma(), cell, t.text())
				t.n++
			}
			if err := t.end(); err != nil {
				return err
			}
		}
		at = end
	}
	if _, err := io.Copy(bw, raw); err != nil {
		return err
	}
	return bw.Flush()
}

// colIndex returns the index of each named column in cs.
func colIndex(cs []column, names ...string) []int {
	var out []int
	for _, n := range names {
		for i, c := range cs {
			if c.name == n {
				out = append(out, i)
			}
		}
	}
	return out
}

// personRow is one row of people.csv.
type personRow struct {
	name string
	t    *tally
	per  identity.Person // zero for a group, organisation or unnamed speaker
}

// peopleFrame is people.csv: one row per canonical person (and per group,
// organisation or unnamed speaker), most rows first, with the names merged
// into it and the rules that merged them.
func peopleFrame(g *aggregate, ix *identity.Index) dataframe.DataFrame {
	byName := map[string]identity.Person{}
	if ix != nil {
		for _, p := range ix.Persons() {
			byName[p.Name] = p
		}
	}
	rows := make([]personRow, 0, len(g.All))
	for n, t := range g.All {
		rows = append(rows, personRow{name: n, t: t, per: byName[n]})
	}
	sort.Slice(rows, func(i, j int) bool {
		a, b := rowCount(rows[i].t), rowCount(rows[j].t)
		if a != b {
			return a > b
		}
		return rows[i].name < rows[j].name
	})
	forms := func(r personRow) string {
		if len(r.per.Forms) == 0 {
			return r.name + " " + strconv.Itoa(rowCount(r.t))
		}
		parts := make([]string, len(r.per.Forms))
		for i, f := range r.per.Forms {
			parts[i] = f.Name + " " + strconv.Itoa(f.Count)
		}
		return strings.Join(parts, "; ")
	}
	return dataframe.New(
		textCol("person", rows, func(r personRow) string { return r.name }),
		textCol("type", rows, func(r personRow) string { return r.t.Type }),
		intCol("articles", rows, func(r personRow) int { return r.t.Articles }),
		intCol("mentions", rows, func(r personRow) int { return r.t.Portrayed.N + r.t.Others.N }),
		intCol("quotes", rows, func(r personRow) int { return r.t.Quotes }),
		intCol("reported_speech", rows, func(r personRow) int { return r.t.Reported }),
		textCol("forms", rows, forms),
		textCol("merged_by", rows, func(r personRow) string { return strings.Join(r.per.Rules, "; ") }),
		textCol("weak_merge", rows, func(r personRow) string {
			if r.per.Weak {
				return "yes"
			}
			return ""
		}),
		textCol("could_be", rows, func(r personRow) string { return strings.Join(r.per.CouldBe, "; ") }),
	)
}

// LeaderError is a leader named (with --leaders or in the people file)
// that matches nobody in the corpus.
type LeaderError struct {
	// From says where the names came from ("--leaders").
	From string
	// Missing are the names that match nobody, with the closest names.
	Missing []*identity.NoMatchError
}

func (e *LeaderError) Error() string {
	parts := make([]string, len(e.Missing))
	for i, m := range e.Missing {
		parts[i] = e.From + " " + m.Error()
	}
	return strings.Join(parts, "; ")
}

// matchLeaders finds the person each named leader stands for, with a note
// for each name taken as another, or a *LeaderError for names that match
// nobody. A name that is a group's or an organisation's in the corpus is
// taken as it is, and so is a person the people file names (known) that
// the corpus lacks: it is compared with no rows, and a note says so.
func (g *aggregate) matchLeaders(ix *identity.Index, named []string, from string, known []string) (leaders, notes []string, err error) {
	lerr := &LeaderError{From: from}
	seen := map[string]bool{}
	for _, n := range named {
		m, merr := ix.Match(n)
		if merr != nil {
			if _, ok := g.All[n]; ok {
				m = identity.Match{Name: n}
			} else if slices.Contains(known, n) {
				m = identity.Match{Name: n}
				notes = append(notes, fmt.Sprintf("%s %s: not in the corpus (compared with no rows)", from, n))
			} else {
				nm, _ := merr.(*identity.NoMatchError)
				if nm == nil {
					nm = &identity.NoMatchError{Query: n}
				}
				lerr.Missing = append(lerr.Missing, nm)
				continue
			}
		}
		if m.Name != n || len(m.Others) > 0 {
			note := fmt.Sprintf("%s %s: taken as %s", from, n, m.Name)
			if len(m.Others) > 0 {
				others := m.Others[:min(len(m.Others), 3)]
				note += " (also in the corpus: " + strings.Join(others, ", ")
				if len(m.Others) > 3 {
					note += fmt.Sprintf(" and %d more", len(m.Others)-3)
				}
				note += ")"
			}
			notes = append(notes, note)
		}
		if !seen[m.Name] {
			seen[m.Name] = true
			leaders = append(leaders, m.Name)
		}
	}
	if len(lerr.Missing) > 0 {
		return nil, notes, lerr
	}
	return leaders, notes, nil
}
