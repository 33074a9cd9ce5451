package report

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"

	"portray/analyze/nlp"
	"portray/analyze/pool"
)

// articleObs is one article's counts for one leader: the parts of every
// ratio the leaders table reports, so that intervals can resample whole
// articles.
type articleObs struct {
	// Article is the article's index in the study.
	Article int
	// OwnSum, OwnN: the sum and the number of the tones of the leader's
	// quotations; OwnNeg and OwnPos count those labelled negative and
	// positive.
	OwnSum, OwnN, OwnNeg, OwnPos float64
	// PortSum, PortN, PortNeg, PortPos: the same for the writer's
	// sentences about the leader.
	PortSum, PortN, PortNeg, PortPos float64
	// OthSum, OthN: other speakers' quotations about the leader.
	OthSum, OthN float64
	// Words counts the words quoted from the leader.
	Words float64
	// Neutral, Loaded and Cues count the reporting verbs that introduced
	// the leader's words: neutral, loaded and all.
	Neutral, Loaded, Cues float64
	// LoadedVerbs are the loaded verbs among them, with their counts.
	LoadedVerbs map[string]int
	// Reported counts the leader's pieces of reported speech.
	Reported int
	// LeftOut counts the leader's quotations left out as unsure.
	LeftOut int
}

// study holds, for the leaders compared, every article's counts: what
// the article-level intervals and differences are computed from. It
// keeps a few numbers per article and leader, only for the leaders.
type study struct {
	leaders []string
	// id, source and date of each article, by index.
	id, source, date []string
	// obs holds each leader's articles in input order.
	obs [][]articleObs
	// words and ments are, per article, the words quoted from all the
	// leaders and the sentences about all of them: the denominators of
	// the shares of voice and of sentences.
	words, ments []float64
}

// newStudy reads the article log once for the leaders' counts per article.
func newStudy(g *aggregate, leaders []string) (*study, error) {
	s := &study{leaders: leaders, obs: make([][]articleObs, len(leaders))}
	err := g.articles.each(func(rec articleRecord) error {
		m := canonicalRecord(rec, g.renames)
		i := len(s.source)
		s.id, s.source, s.date = append(s.id, rec.ID), append(s.source, rec.Source), append(s.date, rec.Date)
		var words, ments float64
		for k, name := range leaders {
			t := m[name]
			if t == nil {
				continue
			}
			o := articleObs{Article: i,
				OwnSum: t.Own.Sum, OwnN: float64(t.Own.N), OwnNeg: float64(t.Negative), OwnPos: float64(t.Positive),
				PortSum: t.Portrayed.Sum, PortN: float64(t.Portrayed.N), PortNeg: float64(t.Portrayed.Labels[0]), PortPos: float64(t.Portrayed.Labels[2]),
				OthSum: t.Others.Sum, OthN: float64(t.Others.N), Words: float64(t.Words), Reported: t.Reported, LeftOut: t.LeftOut}
			for v, c := range t.Cues {
				o.Cues += float64(c)
				switch nlp.FramingOf(v) {
				case nlp.Neutral:
					o.Neutral += float64(c)
				case nlp.Loaded:
					o.Loaded += float64(c)
					if o.LoadedVerbs == nil {
						o.LoadedVerbs = map[string]int{}
					}
					o.LoadedVerbs[v] += c
				}
			}
			words, ments = words+o.Words, ments+o.PortN
			s.obs[k] = append(s.obs[k], o)
		}
		s.words, s.ments = append(s.words, words), append(s.ments, ments)
		return nil
	})
	return s, err
}

// shares are the shares of a leaderRow with intervals over articles.
type shares struct {
	// OwnNeg, OwnPos, PortNeg, PortPos are the percentages of the
	// leader's quotations, and of the sentences about them, labelled
	// negative and positive.
	OwnNeg, OwnPos, PortNeg, PortPos estimate
	// Voice and Mention are the shares of words quoted and of sentences
	// among the leaders compared; Neutral and Loaded the shares of the
	// reporting verbs (all fractions, 0..1).
	Voice, Mention, Neutral, Loaded estimate
}

// diffRow is one difference with its intervals: one leader's portrayal
// against another's, or a leader's own words against their portrayal.
type diffRow struct {
	// Group is the source or date compared within; "" for the whole run.
	Group string
	// Kind is "portrayed" (Leader's portrayal minus Other's) or "own −
	// portrayed" (Leader's own words minus their portrayal; Other empty).
	Kind string
	// Leader and Other are the two sides.
	Leader, Other string
	// Tone is the difference of mean tones with its 95% interval.
	Tone estimate
	// AdjLow and AdjHigh bound the interval widened for Comparisons
	// comparisons (Bonferroni); the verdict rests on it.
	AdjLow, AdjHigh float64
	// Comparisons is the size of the family the difference belongs to.
	Comparisons int
	// Negative and Positive are the differences in the percentages of
	// negative and positive items (percentage points), 95% intervals.
	Negative, Positive estimate
	// Verdict says what the adjusted interval allows.
	Verdict string
}

// compared is the leaders table of a group of articles with its
// differences.
type compared struct {
	rows  []leaderRow
	diffs []diffRow
}

// compare works out the leaders' intervals, shares and differences over
// the given articles (indices in input order; nil for all of them),
// resampling whole articles, and puts them in rows (whose counts come
// from the tallies, one per leader in order). Leaders are compared
// pairwise only when pairwise is set. seed makes the intervals
// reproducible.
func (s *study) compare(rows []leaderRow, group string, articles []int, pairwise bool, seed string) compared {
	// Within a date (pairwise unset: dates are many and small) only the
	// tones, their mix and own words against portrayal get intervals;
	// the shares of voice, of sentences and of verbs keep their values.
	shares := pairwise
	n := len(s.leaders)
	draws := bootstrapResamples
	obs := s.obs
	if articles == nil {
		articles = make([]int, len(s.source))
		for i := range articles {
			articles[i] = i
		}
	} else {
		draws = groupResamples
		// A group of fewer than minN articles has no interval to work
		// out: its rows keep the tallies' values, every comparison is
		// too few.
		if len(articles) < minN {
			return s.tooFew(rows, group)
		}
		obs = make([][]articleObs, n)
		for k := range s.leaders {
			all := s.obs[k]
			for _, a := range articles {
				if j, ok := slices.BinarySearchFunc(all, a, func(o articleObs, a int) int { return o.Article - a }); ok {
					obs[k] = append(obs[k], all[j])
				}
			}
		}
	}
	// set resamples, over the articles where den is above 0, the ratios
	// of one denominator, all from the same draws.
	set := func(os []articleObs, den func(articleObs) float64, nums []func(articleObs) float64, what string, k int) []estimate {
		var vals [][]float64
		for _, o := range os {
			if d := den(o); d > 0 {
				row := make([]float64, 1, 1+len(nums))
				row[0] = d
				for _, f := range nums {
					row = append(row, f(o))
				}
				vals = append(vals, row)
			}
		}
		specs := make([]ratioSpec, len(nums))
		for i := range specs {
			specs[i] = ratioSpec{A: 1 + i, N: 0, B: -1, M: -1}
		}
		return resampleStats(vals, specs, draws, seed+"|"+what+"|"+s.leaders[k])
	}
	for k := range rows {
		r := &rows[k]
		os := obs[k]
		sh := &r.Shares
		own := set(os, func(o articleObs) float64 { return o.OwnN }, []func(articleObs) float64{
			func(o articleObs) float64 { return o.OwnSum }, func(o articleObs) float64 { return o.OwnNeg }, func(o articleObs) float64 { return o.OwnPos }}, "own", k)
		r.Own, sh.OwnNeg, sh.OwnPos = own[0].interval(), own[1].scaled(100), own[2].scaled(100)
		port := set(os, func(o articleObs) float64 { return o.PortN }, []func(articleObs) float64{
			func(o articleObs) float64 { return o.PortSum }, func(o articleObs) float64 { return o.PortNeg }, func(o articleObs) float64 { return o.PortPos }}, "portrayed", k)
		r.Portrayed, sh.PortNeg, sh.PortPos = port[0].interval(), port[1].scaled(100), port[2].scaled(100)
		if !shares {
			continue
		}
		r.Others = set(os, func(o articleObs) float64 { return o.OthN }, []func(articleObs) float64{func(o articleObs) float64 { return o.OthSum }}, "others", k)[0].interval()
		verbs := set(os, func(o articleObs) float64 { return o.Cues }, []func(articleObs) float64{
			func(o articleObs) float64 { return o.Neutral }, func(o articleObs) float64 { return o.Loaded }}, "verbs", k)
		sh.Neutral, sh.Loaded = verbs[0], verbs[1]
		// The shares of voice and of sentences are over every article
		// with words or sentences of any leader, the leader's own part
		// 0 where they have none.
		var voice, ment []unit
		at := 0
		for _, i := range articles {
			var o articleObs
			if at < len(os) && os[at].Article == i {
				o = os[at]
				at++
			}
			if s.words[i] > 0 {
				voice = append(voice, unit{A: o.Words, N: s.words[i]})
			}
			if s.ments[i] > 0 {
				ment = append(ment, unit{A: o.PortN, N: s.ments[i]})
			}
		}
		ratioOf := func(us []unit, what string) estimate {
			vals := make([][]float64, len(us))
			for i, u := range us {
				vals[i] = []float64{u.N, u.A}
			}
			return resampleStats(vals, []ratioSpec{{A: 1, N: 0, B: -1, M: -1}}, draws, seed+"|"+what+"|"+s.leaders[k])[0]
		}
		sh.Voice, sh.Mention = ratioOf(voice, "voice"), ratioOf(ment, "mentions")
		r.VoiceShare, r.MentionShare = sh.Voice.Value, sh.Mention.Value
		r.NeutralVerbShare, r.LoadedVerbShare = sh.Neutral.Value, sh.Loaded.Value
	}
	var out compared
	// Own words against portrayal, paired by article: the articles with
	// either, each drawn with both its sides.
	// diffSpecs are the tone, negative and positive differences of
	// diffRow, over units of eight values: the two sides' tone sums,
	// counts, negatives and positives.
	diffSpecs := []ratioSpec{{A: 0, N: 1, B: 4, M: 5}, {A: 2, N: 1, B: 6, M: 5}, {A: 3, N: 1, B: 7, M: 5}}
	diffRowOf := func(vals [][]float64, key string) diffRow {
		es := resampleStats(vals, diffSpecs, draws, key)
		return diffRow{Group: group, Tone: es[0], Negative: es[1].scaled(100), Positive: es[2].scaled(100)}
	}
	var own []diffRow
	for k := range rows {
		var vals [][]float64
		for _, o := range obs[k] {
			if o.OwnN > 0 || o.PortN > 0 {
				vals = append(vals, []float64{o.OwnSum, o.OwnN, o.OwnNeg, o.OwnPos, o.PortSum, o.PortN, o.PortNeg, o.PortPos})
			}
		}
		d := diffRowOf(vals, seed+"|own-portrayed|"+s.leaders[k])
		d.Kind, d.Leader = "own − portrayed", s.leaders[k]
		own = append(own, d)
	}
	family(own, "own words warmer than portrayal", "portrayal warmer than own words")
	for k := range rows {
		rows[k].OwnVsPortrayed = own[k].Verdict
	}
	// Every pair of leaders' portrayals, over the articles about either.
	var pairs []diffRow
	for a := range n {
		for b := a + 1; b < n && pairwise; b++ {
			var vals [][]float64
			i, j := 0, 0
			for i < len(obs[a]) || j < len(obs[b]) {
				var x, y articleObs
				switch {
				case j == len(obs[b]) || i < len(obs[a]) && obs[a][i].Article < obs[b][j].Article:
					x = obs[a][i]
					i++
				case i == len(obs[a]) || obs[b][j].Article < obs[a][i].Article:
					y = obs[b][j]
					j++
				default:
					x, y = obs[a][i], obs[b][j]
					i, j = i+1, j+1
				}
				if x.PortN > 0 || y.PortN > 0 {
					vals = append(vals, []float64{x.PortSum, x.PortN, x.PortNeg, x.PortPos, y.PortSum, y.PortN, y.PortNeg, y.PortPos})
				}
			}
			d := diffRowOf(vals, seed+"|"+s.leaders[a]+"|"+s.leaders[b])
			d.Kind, d.Leader, d.Other = "portrayed", s.leaders[a], s.leaders[b]
			pairs = append(pairs, d)
		}
	}
	family(pairs, "warmer", "cooler")
	notes := make([][]string, n)
	index := map[string]int{}
	for k, name := range s.leaders {
		index[name] = k
	}
	for _, d := range pairs {
		a, b := index[d.Leader], index[d.Other]
		switch d.Verdict {
		case "warmer":
			notes[a] = append(notes[a], "warmer than "+d.Other)
			notes[b] = append(notes[b], "cooler than "+d.Leader)
		case "cooler":
			notes[a] = append(notes[a], "cooler than "+d.Other)
			notes[b] = append(notes[b], "warmer than "+d.Leader)
		}
	}
	for i := range pairs {
		if d := &pairs[i]; d.Verdict == "warmer" || d.Verdict == "cooler" {
			d.Verdict += " than " + d.Other
		}
	}
	for k := range rows {
		switch {
		case !rows[k].Portrayed.ok():
			rows[k].PortrayedVsLeaders = fmt.Sprintf("too few to compare (fewer than %d articles or sentences)", minN)
		case len(notes[k]) == 0:
			rows[k].PortrayedVsLeaders = "no clear difference from the other leaders"
		default:
			rows[k].PortrayedVsLeaders = strings.Join(notes[k], "; ")
		}
	}
	out.rows, out.diffs = rows, append(own, pairs...)
	return out
}

// groupRows is the leaders' rows of a group of articles (indices in
// input order) with the counts, means and shares of the articles' own
// tallies, summed, and no intervals yet: as leaderCounts gives them for
// the run.
func (s *study) groupRows(articles []int) []leaderRow {
	m := map[string]*tally{}
	for k, name := range s.leaders {
		t := &tally{Type: "person", Cues: map[string]int{}}
		for _, a := range articles {
			j, ok := slices.BinarySearchFunc(s.obs[k], a, func(o articleObs, a int) int { return o.Article - a })
			if !ok {
				continue
			}
			o := s.obs[k][j]
			t.Articles++
			t.Quotes += int(o.OwnN)
			t.Reported += o.Reported
			t.LeftOut += o.LeftOut
			t.Words += int(o.Words)
			t.Negative += int(o.OwnNeg)
			t.Positive += int(o.OwnPos)
			t.Own.N, t.Own.Sum = t.Own.N+int(o.OwnN), t.Own.Sum+o.OwnSum
			t.Portrayed.N, t.Portrayed.Sum = t.Portrayed.N+int(o.PortN), t.Portrayed.Sum+o.PortSum
			t.Portrayed.Labels[0] += int(o.PortNeg)
			t.Portrayed.Labels[2] += int(o.PortPos)
			t.Others.N, t.Others.Sum = t.Others.N+int(o.OthN), t.Others.Sum+o.OthSum
			for v, c := range o.LoadedVerbs {
				t.Cues[v] += c
			}
		}
		t.Neutral = t.Quotes - t.Negative - t.Positive
		t.Portrayed.Labels[1] = t.Portrayed.N - t.Portrayed.Labels[0] - t.Portrayed.Labels[2]
		if t.Articles > 0 {
			m[name] = t
		}
	}
	rows := leaderCounts(m, s.leaders)
	// The shares of verbs are over all the verbs, which the loaded ones
	// alone in Cues would not give.
	for k := range rows {
		var neutral, loaded, cues float64
		for _, a := range articles {
			if j, ok := slices.BinarySearchFunc(s.obs[k], a, func(o articleObs, a int) int { return o.Article - a }); ok {
				o := s.obs[k][j]
				neutral, loaded, cues = neutral+o.Neutral, loaded+o.Loaded, cues+o.Cues
			}
		}
		r := &rows[k]
		r.NeutralVerbShare, r.LoadedVerbShare = ratio(neutral, cues), ratio(loaded, cues)
		r.Shares.Neutral.Value, r.Shares.Loaded.Value = r.NeutralVerbShare, r.LoadedVerbShare
	}
	return rows
}

// tooFew is the comparison of a group of fewer than minN articles: the
// rows' values without intervals, and no verdict.
func (s *study) tooFew(rows []leaderRow, group string) compared {
	var out compared
	few := fmt.Sprintf("too few to compare (fewer than %d articles or items)", minN)
	for k := range rows {
		rows[k].OwnVsPortrayed = few
		rows[k].PortrayedVsLeaders = fmt.Sprintf("too few to compare (fewer than %d articles or sentences)", minN)
		out.diffs = append(out.diffs, diffRow{Group: group, Kind: "own − portrayed", Leader: s.leaders[k], Tone: estimate{Value: math.NaN(), Low: math.NaN(), High: math.NaN(), SE: math.NaN()}, Verdict: few})
	}
	out.rows = rows
	return out
}

// family gives each difference of one family its adjusted interval and
// verdict: the family is the differences with an interval, and each is
// widened for their number (Bonferroni). A difference is called (higher
// or lower) only when its adjusted interval excludes 0.
func family(ds []diffRow, higher, lower string) {
	m := 0
	for _, d := range ds {
		if d.Tone.ok() {
			m++
		}
	}
	for i := range ds {
		d := &ds[i]
		d.AdjLow, d.AdjHigh = adjusted(d.Tone, m)
		switch {
		case !d.Tone.ok():
			d.Verdict = fmt.Sprintf("too few to compare (fewer than %d articles or items)", minN)
			continue
		case d.AdjLow > 0:
			d.Verdict = higher
		case d.AdjHigh < 0:
			d.Verdict = lower
		default:
			d.Verdict = "no clear difference (the adjusted interval of the difference includes 0)"
		}
		d.Comparisons = m
	}
}

// ok says whether the interval has bounds.
func (iv interval) ok() bool { return !math.IsNaN(iv.Low) }

// prepare reads the article log once for the leaders compared and works
// out the run's table, kept for every table, chart and page that shows
// it. Call it once the names are canonical.
func (g *aggregate) prepare(leaders []string) error {
	s, err := newStudy(g, leaders)
	if err != nil {
		return err
	}
	g.study, g.groupCache = s, nil
	c := s.compare(leaderCounts(g.All, leaders), "", nil, true, "all")
	g.run = &c
	return nil
}

// leaderTable is the run's comparison of the leaders: the one prepare
// kept, or, before it (in tests that draw from a bare aggregate), worked
// out now.
func (g *aggregate) leaderTable(leaders []string) compared {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.run == nil || !slices.Equal(g.study.leaders, leaders) {
		if err := g.prepare(leaders); err != nil {
			return compared{rows: leaderCounts(g.All, leaders)}
		}
	}
	return *g.run
}

// groupTable is the comparison of the leaders within one source or date,
// worked out once for the table and the differences that show it (see
// prepareGroups). Two goroutines asking at once for one not yet worked
// out may both work it out; they get the same.
func (g *aggregate) groupTable(kind, value string, leaders []string) compared {
	g.leaderTable(leaders) // the study, if not yet read
	key := kind + "|" + value
	g.groupMu.Lock()
	c, ok := g.groupCache[key]
	g.groupMu.Unlock()
	if ok {
		return c
	}
	field := g.study.source
	if kind == byDate {
		field = g.study.date
	}
	articles := []int{}
	for i, v := range field {
		if kind == byDate {
			v = g.dateGroup(v) // a day in a month's group when dates were coarsened
		}
		if v == value {
			articles = append(articles, i)
		}
	}
	// Dates are many and small: within a date only own words are set
	// against portrayal; leaders are compared pairwise by source.
	c = g.study.compare(g.study.groupRows(articles), value, articles, kind != byDate, key)
	g.groupMu.Lock()
	defer g.groupMu.Unlock()
	if g.groupCache == nil {
		g.groupCache = map[string]compared{}
	}
	g.groupCache[key] = c
	return c
}

// prepareGroups works out every source's and date's comparison on at
// most workers goroutines, before the tables and charts that read them.
func (g *aggregate) prepareGroups(ctx context.Context, leaders []string, workers int) error {
	type group struct{ kind, value string }
	var groups []group
	for _, kind := range []string{bySource, byDate} {
		for _, v := range g.Groups[kind].Order {
			groups = append(groups, group{kind, v})
		}
	}
	g.leaderTable(leaders)
	return pool.Each(ctx, workers, len(groups), func(_ context.Context, i int) error {
		g.groupTable(groups[i].kind, groups[i].value, leaders)
		return nil
	})
}
