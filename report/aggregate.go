package report

import (
	"slices"
	"sort"
	"sync"
	"unicode"

	"portray/analyze"
	"portray/analyze/attrib"
	"portray/analyze/input"
)

// tally is the running summary of one person (or speaker) within one group
// of articles: the whole run, one article, one source or one date. It keeps
// a few numbers per person, never a row per paragraph.
type tally struct {
	// Type is the speaker type: person, group or organisation.
	Type string
	// Articles counts the articles that quote or mention the person.
	Articles int
	// Quotes counts the person's quotations (direct, partial, continuation).
	Quotes int
	// Reported counts the person's reported speech without quotation marks.
	Reported int
	// LeftOut counts the person's quotations left out of Quotes, Words,
	// Own and the label counts because their attribution is not confident
	// (attrib.ConfidentAt; all are counted with Options.AllAttributions).
	LeftOut int
	// Words counts the words in the person's quotations.
	Words int
	// Own are the tones of the person's quotations.
	Own sample
	// Negative, Neutral and Positive count the quotations by label.
	Negative, Neutral, Positive int
	// Cues counts the reporting verbs that introduced the person's words.
	Cues map[string]int
	// Portrayed are the tones of the sentences that refer to the person in
	// the writer's own words (outside any quotation).
	Portrayed sample
	// Others are the tones of other speakers' quotations that refer to the person.
	Others sample
	// Warmest and Coldest keep the person's most positive and most negative
	// quotations (up to topQuotes each; in the run's tally only).
	Warmest, Coldest []quoteRef

	lastArticle string
	// ownUnits are the person's quotations article by article (in the
	// run's tally only), for intervals over articles; unexported, so the
	// article log does not carry them.
	ownUnits []articleUnit
}

// articleUnit is one article's part of a mean: the sum and the number of
// the values from that article.
type articleUnit struct {
	article  int32
	sum, num float64
}

// ownInterval is the mean tone of the person's quotations with its 95%
// interval over articles (see resample).
func (t *tally) ownInterval(seed string) interval {
	// The values in the order the leaders' table gives them (count,
	// then sum), so that the same seed gives the same draws.
	vals := make([][]float64, len(t.ownUnits))
	for i, u := range t.ownUnits {
		vals[i] = []float64{u.num, u.sum}
	}
	return resampleStats(vals, []ratioSpec{{A: 1, N: 0, B: -1, M: -1}}, bootstrapResamples, seed)[0].interval()
}

// mergeUnits joins two lists of article units, each in article order,
// adding the parts of one article.
func mergeUnits(a, b []articleUnit) []articleUnit {
	out := make([]articleUnit, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i].article < b[j].article:
			out = append(out, a[i])
			i++
		case i == len(a) || b[j].article < a[i].article:
			out = append(out, b[j])
			j++
		default:
			out = append(out, articleUnit{article: a[i].article, sum: a[i].sum + b[j].sum, num: a[i].num + b[j].num})
			i, j = i+1, j+1
		}
	}
	return out
}

func (t *tally) seen(article string) {
	if t.lastArticle != article {
		t.Articles++
		t.lastArticle = article
	}
}

// Group kinds for the per-group tables.
const (
	byArticle = "article"
	bySource  = "source"
	byDate    = "date"
)

// aggregate folds analysis results into tallies for the whole run and per
// article, source and date, in input order so that the same input always
// gives the same numbers.
type aggregate struct {
	// All holds the run's tally per person or speaker name.
	All map[string]*tally
	// Groups holds, per group kind (byArticle, bySource, byDate), the group
	// values in first-seen order and their tallies per name.
	Groups map[string]*grouped
	// Inputs lists every input that was skipped or failed, in input order.
	Inputs []input.Input
	// Articles counts the analysed articles in the tallies (a copy of an
	// earlier article only with KeepDuplicates).
	Articles int
	// Duplicates counts the analysed articles that copy an earlier one.
	Duplicates int
	// keepDuplicates is set when those copies are in the tallies too.
	keepDuplicates bool
	// Flows holds the paragraph-by-paragraph tone of the maxFlows most
	// covered articles (see keepFlow)
	// articles, in input order, for the article-flow chart.
	Flows []flow

	// facts holds, per name, what tells the corpus's people whether a
	// name is a person's and which full-name person a bare surname is.
	facts map[string]*nameFacts

	// dateWidth, when not 0, is the length the dates of the by-date groups
	// were cut to (coarsenDates): 4 for years, 7 for months.
	dateWidth int

	// renames maps each person's other names to the canonical one, once
	// the corpus is known (canonicalise); the article log is read through it.
	renames map[string]string

	// articles logs every article's tallies for leaders_by_article.csv;
	// Groups[byArticle] keeps only the first maxHeatRows for the chart.
	articles articleLog

	// study holds the leaders' counts per article once prepare has read
	// them, and run the run's comparison worked out from it; mu guards
	// both.
	study *study
	run   *compared
	mu    sync.Mutex
	// groupCache holds each source's and date's comparison once worked
	// out; groupMu guards it.
	groupCache map[string]compared
	groupMu    sync.Mutex
	// allAttributions counts every attributed quotation as its speaker's
	// own words, the unsure ones too (Options.AllAttributions).
	allAttributions bool
}

// maxFlows is how many articles the aggregate keeps a flow for, and
// maxFlowItems caps the paragraphs and the quotations kept in each.
const (
	maxFlows     = 12
	maxFlowItems = 400
)

// flow is the tone of one article paragraph by paragraph, with where its
// quotations fall. It holds a few numbers per paragraph of one article.
type flow struct {
	// Article is the article's ID.
	Article string
	// Title is the article's title, empty when it has none.
	Title string
	// Tones are the paragraph tones in order: Tones[i] is paragraph i+1.
	Tones []float64
	// Quotes are the attributed quotations (not reported speech), in order.
	Quotes []flowQuote
	// coverage counts the article's attributed quotations and references
	// to people, by which the flows kept are chosen.
	coverage int
}

// flowQuote places one quotation in its article's flow.
type flowQuote struct {
	// Paragraph is the 1-based index of the paragraph holding the quotation.
	Paragraph int
	// Speaker is the canonical name of the speaker.
	Speaker string
	// Kind is direct, partial or continuation.
	Kind string
	// Tone is the quotation's tone.
	Tone float64
}

// quoteRef is a quotation kept for the report page.
type quoteRef struct {
	// Article is the article's ID.
	Article string
	// Quote is the quotation.
	Quote attrib.Quote
}

// grouped is the tallies of one group kind.
type grouped struct {
	// Total counts the group values seen.
	Total int
	// Order lists the group values in the order they were first seen (for
	// articles, only the first maxHeatRows: the others are logged, not
	// kept).
	Order []string
	// Tallies maps a group value to its tallies per name: for articles
	// (the first maxHeatRows); a source or a date maps to nil, its
	// numbers being worked out from the article log (study.groupRows).
	Tallies map[string]map[string]*tally
}

// newAggregate returns an empty aggregate.
func newAggregate() *aggregate {
	g := &aggregate{All: map[string]*tally{}, Groups: map[string]*grouped{}}
	for _, k := range []string{byArticle, bySource, byDate} {
		g.Groups[k] = &grouped{Tallies: map[string]map[string]*tally{}}
	}
	return g
}

// addInput records an input that was skipped or failed.
func (g *aggregate) addInput(in input.Input) { g.Inputs = append(g.Inputs, in) }

// spillArticles sends the per-article tallies to a temporary file in dir
// (the system's temporary folder when empty) instead of memory, so that
// memory stays flat however many articles are read. Call it before the
// first add, and release when done.
func (g *aggregate) spillArticles(dir string) error { return g.articles.spill(dir) }

// release frees the temporary file of spillArticles.
func (g *aggregate) release() { g.articles.release() }

// tallies returns the tallies a result feeds: the run's and its
// article's, and records its source and date. The article's map is new;
// it is kept in Groups only for the first maxHeatRows articles.
func (g *aggregate) tallies(a input.Article) (all []map[string]*tally, article map[string]*tally) {
	article = map[string]*tally{}
	out := []map[string]*tally{g.All, article}
	gr := g.Groups[byArticle]
	gr.Total++
	if len(gr.Order) < maxHeatRows {
		gr.Tallies[a.ID] = article
		gr.Order = append(gr.Order, a.ID)
	}
	// A source or a date is only recorded: its numbers are worked out at
	// the end from the article log, for the leaders alone (see study), so
	// that hundreds of dates and sources do not each tally every person.
	for _, kv := range [][2]string{{bySource, a.Source}, {byDate, a.Date}} {
		if kv[1] == "" {
			continue
		}
		gr := g.Groups[kv[0]]
		if _, ok := gr.Tallies[kv[1]]; !ok {
			gr.Tallies[kv[1]] = nil
			gr.Order = append(gr.Order, kv[1])
			gr.Total++
		}
	}
	return out, article
}

// logArticle appends an article's tallies to the article log.
func (g *aggregate) logArticle(a input.Article, m map[string]*tally) {
	rec := articleRecord{ID: a.ID, Source: a.Source, Date: a.Date, Names: make([]string, 0, len(m))}
	for name := range m {
		rec.Names = append(rec.Names, name)
	}
	sort.Strings(rec.Names)
	rec.Tallies = make([]tally, len(rec.Names))
	for i, name := range rec.Names {
		rec.Tallies[i] = *m[name]
	}
	g.articles.add(rec)
}

func tallyOf(m map[string]*tally, name string) *tally {
	t := m[name]
	if t == nil {
		t = &tally{Type: "person", Cues: map[string]int{}}
		m[name] = t
	}
	return t
}

// add folds one article's quotations and mentions into the tallies.
func (g *aggregate) add(r analyze.Result) {
	g.Articles++
	id := r.Article.ID
	ms, article := g.tallies(r.Article)
	defer g.logArticle(r.Article, article)
	g.keepFlow(r)
	for _, q := range r.Quotes {
		if q.Speaker == "" || q.Kind == attrib.KindTerm {
			continue
		}
		// A quotation whose speaker is not surely known is not counted
		// as that speaker's own words; the tables say how many were left out.
		unsure := q.Kind != attrib.KindIndirect && !g.allAttributions && q.Confidence < attrib.ConfidentAt
		if q.Kind != attrib.KindIndirect && !unsure {
			t := tallyOf(g.All, q.Speaker)
			ref := quoteRef{Article: id, Quote: q}
			t.Warmest = keepTop(t.Warmest, ref, func(a, b quoteRef) bool { return a.Quote.Tone.Tone > b.Quote.Tone.Tone })
			t.Coldest = keepTop(t.Coldest, ref, func(a, b quoteRef) bool { return a.Quote.Tone.Tone < b.Quote.Tone.Tone })
		}
		if q.SpeakerType == "person" {
			g.factsOf(q.Speaker).AsPerson++
		} else {
			g.factsOf(q.Speaker).AsOther++
		}
		for _, m := range ms {
			t := tallyOf(m, q.Speaker)
			t.seen(id)
			if q.SpeakerType != "" {
				t.Type = q.SpeakerType
			}
			if unsure {
				t.LeftOut++
				continue
			}
			if q.Cue != "" {
				t.Cues[q.Cue]++
			}
			if q.Kind == attrib.KindIndirect {
				t.Reported++
				continue
			}
			t.Quotes++
			t.Words += wordCount(q.Text)
			t.Own.add(q.Tone.Tone)
			switch q.Tone.Label {
			case "negative":
				t.Negative++
			case "positive":
				t.Positive++
			default:
				t.Neutral++
			}
		}
	}
	// Each speaker's quotations in this article, as one unit of the
	// run's intervals over articles.
	for name, t := range article {
		if t.Own.N > 0 {
			run := g.All[name]
			run.ownUnits = append(run.ownUnits, articleUnit{article: int32(g.Articles), sum: t.Own.Sum, num: float64(t.Own.N)})
		}
	}
	for _, mn := range r.Mentions {
		g.factsOf(mn.Person).addMention(mn.Kind, mn.Words)
		for _, m := range ms {
			t := tallyOf(m, mn.Person)
			t.seen(id)
			if mn.QuotedBy == "" {
				t.Portrayed.add(mn.Tone.Tone)
			} else {
				t.Others.add(mn.Tone.Tone)
			}
		}
	}
}

// keepFlow keeps r's flow when it is among the maxFlows articles with the
// most attributed quotations and references to people so far: the
// article-flow chart shows the most covered articles, not the first ones
// read. Ties keep the earlier article; the flows stay most covered first.
func (g *aggregate) keepFlow(r analyze.Result) {
	cover := len(r.Mentions)
	for _, q := range r.Quotes {
		if q.Speaker != "" && q.Kind != attrib.KindTerm && q.Kind != attrib.KindIndirect {
			cover++
		}
	}
	if len(g.Flows) == maxFlows && cover <= g.Flows[maxFlows-1].coverage {
		return
	}
	f := newFlow(r)
	f.coverage = cover
	i := sort.Search(len(g.Flows), func(i int) bool { return g.Flows[i].coverage < cover })
	g.Flows = slices.Insert(g.Flows, i, f)
	if len(g.Flows) > maxFlows {
		g.Flows = g.Flows[:maxFlows]
	}
}

// newFlow keeps the paragraph tones and the quotation positions of one
// result, up to maxFlowItems of each.
func newFlow(r analyze.Result) flow {
	f := flow{Article: r.Article.ID, Title: r.Article.Title}
	n := min(len(r.Paragraphs), maxFlowItems)
	f.Tones = make([]float64, n)
	for i, p := range r.Paragraphs[:n] {
		f.Tones[i] = p.Tone.Tone
	}
	for _, q := range r.Quotes {
		if len(f.Quotes) == maxFlowItems {
			break
		}
		if q.Speaker == "" || q.Kind == attrib.KindTerm || q.Kind == attrib.KindIndirect {
			continue
		}
		f.Quotes = append(f.Quotes, flowQuote{Paragraph: q.Paragraph, Speaker: q.Speaker, Kind: q.Kind, Tone: q.Tone.Tone})
	}
	return f
}

// leaders returns the people to compare: the named ones when given, else
// the n people the corpus covers most (groups and organisations left out):
// in the most articles, then with the most sentences about them plus
// quotations, ties broken by name. Articles come first so that one long
// profile of a minor figure does not outrank those the corpus follows.
func (g *aggregate) leaders(named []string, n int) []string {
	if len(named) > 0 {
		return named
	}
	type cover struct{ articles, rows int }
	score := map[string]cover{}
	for name, t := range g.All {
		if t.Type == "person" && t.Portrayed.N+t.Quotes > 0 {
			score[name] = cover{t.Articles, t.Portrayed.N + t.Quotes}
		}
	}
	names := make([]string, 0, len(score))
	for name := range score {
		names = append(names, name)
	}
	sort.Slice(names, func(i, j int) bool {
		a, b := score[names[i]], score[names[j]]
		if a.articles != b.articles {
			return a.articles > b.articles
		}
		if a.rows != b.rows {
			return a.rows > b.rows
		}
		return names[i] < names[j]
	})
	if len(names) > n {
		names = names[:n]
	}
	return names
}

// topQuotes is how many of each speaker's warmest and coldest quotations are kept.
const topQuotes = 3

// keepTop inserts ref into list, kept sorted by better and cut to
// topQuotes; among equals the earlier quotation stays first.
func keepTop(list []quoteRef, ref quoteRef, better func(a, b quoteRef) bool) []quoteRef {
	i := sort.Search(len(list), func(i int) bool { return better(ref, list[i]) })
	if i >= topQuotes {
		return list
	}
	list = append(list, quoteRef{})
	copy(list[i+1:], list[i:])
	list[i] = ref
	if len(list) > topQuotes {
		list = list[:topQuotes]
	}
	return list
}

// mean is the mean of xs, NaN when empty.
func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return nanValue
	}
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

// topCue is the most used reporting verb, ties broken alphabetically.
func topCue(c map[string]int) string {
	best, n := "", 0
	for v, k := range c {
		if k > n || k == n && v < best {
			best, n = v, k
		}
	}
	return best
}

// wordCount is len(strings.Fields(s)) without building the fields.
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}
