package report

import (
	"context"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/go-gota/gota/dataframe"
	"github.com/go-gota/gota/series"

	"portray/analyze/pool"
)

// nanValue marks a missing number; it is written as an empty cell.
var nanValue = math.NaN()

// MinN is the smallest number of items behind a mean that gets a 95%
// interval and that the tables compare with another; below it the interval
// is left empty and the tables say "too few". From fewer values a
// percentile bootstrap of the mean is far narrower than the real
// uncertainty: from two it is just their range.
const MinN = 5

// Reporting verbs by how they frame what a person said. Neutral verbs only
// report; loaded verbs cast doubt on, or colour, the words they introduce.
var (
	NeutralVerbs = []string{"say", "tell", "add", "state", "note", "explain", "report", "write", "reply",
		"respond", "answer", "ask", "announce", "comment", "describe", "continue", "call", "post", "tweet"}
	LoadedVerbs = []string{"claim", "insist", "admit", "boast", "brag", "concede", "allege", "complain",
		"deny", "contend", "maintain", "assert", "argue", "threaten", "accuse", "mock", "slam", "blast",
		"rail", "lash", "fume", "scream", "shout", "yell", "tout", "acknowledge", "confess", "lament",
		"quip", "joke", "brand", "dismiss", "warn", "rebut", "retort"}
	neutralSet, loadedSet = wordSet(NeutralVerbs), wordSet(LoadedVerbs)
)

func wordSet(ws []string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// The aggregate files' columns.
var (
	speakerCols = cols(textCols("speaker", "speaker_type"), numCols("articles", "quotes", "reported_speech", "words_quoted",
		"mean_tone", "tone_low", "tone_high", "share_negative", "share_neutral", "share_positive"), textCols("top_cue"))
	leaderMeasureCols = cols(numCols("articles", "quotes", "words_quoted", "own_tone", "own_low", "own_high",
		"mentions", "portrayed_tone", "portrayed_low", "portrayed_high",
		"others_quotes", "others_tone", "others_low", "others_high",
		"voice_share", "mention_share", "neutral_verb_share", "loaded_verb_share"),
		textCols("loaded_verbs", "own_vs_portrayed"))
	leaderCols = cols(textCols("leader"), leaderMeasureCols, textCols("portrayed_vs_leaders"))
)

// writeFrame writes rows through a Gota frame of text columns, one per
// column, after neutralising text cells: the CSV conventions hold because
// every number is already formatted.
func writeFrame(w io.Writer, excel bool, cs []column, rows [][]string) error {
	if excel {
		if _, err := io.WriteString(w, "\ufeff"); err != nil {
			return err
		}
	}
	cells := make([][]string, len(cs))
	for _, r := range rows {
		if len(r) != len(cs) {
			return fmt.Errorf("row has %d cells for %d columns", len(r), len(cs))
		}
		for i, c := range cs {
			v := r[i]
			if c.text {
				v = Neutralise(v)
			}
			cells[i] = append(cells[i], v)
		}
	}
	ser := make([]series.Series, len(cs))
	for i, c := range cs {
		ser[i] = series.New(cells[i], series.String, c.name)
		if cells[i] == nil {
			ser[i] = series.New([]string{}, series.String, c.name)
		}
	}
	df := dataframe.New(ser...)
	if df.Err != nil {
		return df.Err
	}
	return df.WriteCSV(w)
}

// SpeakersFrame builds the per-speaker table as a Gota frame of numbers,
// most quoted first (ties by name). Column "key" indexes the returned names,
// which the frame does not hold: Gota would read a name like "NaN" as missing.
func SpeakersFrame(g *Aggregate) (dataframe.DataFrame, []string) {
	var names []string
	for n, t := range g.All {
		if t.Quotes+t.Reported > 0 {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	n := len(names)
	key, quotes, rep := make([]int, n), make([]int, n), make([]int, n)
	for i, name := range names {
		t := g.All[name]
		key[i], quotes[i], rep[i] = i, t.Quotes, t.Reported
	}
	df := dataframe.New(series.New(key, series.Int, "key"), series.New(quotes, series.Int, "quotes"),
		series.New(rep, series.Int, "reported_speech"))
	if n > 1 {
		df = df.Arrange(dataframe.RevSort("quotes"), dataframe.RevSort("reported_speech"), dataframe.Sort("key"))
	}
	return df, names
}

// WriteSpeakers writes speakers.csv: one row per speaker with the mean
// tone of their quotations and its 95% bootstrap interval.
func WriteSpeakers(w io.Writer, g *Aggregate, excel bool) error {
	df, names := SpeakersFrame(g)
	if df.Err != nil {
		return fmt.Errorf("speakers frame: %w", df.Err)
	}
	rows := make([][]string, 0, df.Nrow())
	for i := 0; i < df.Nrow(); i++ {
		k, _ := df.Col("key").Elem(i).Int()
		name := names[k]
		t := g.All[name]
		iv := t.Own.Interval("speaker|" + name)
		rows = append(rows, []string{name, t.Type, itoa(t.Articles), itoa(t.Quotes), itoa(t.Reported), itoa(t.Words),
			num(iv.Mean, 3), num(iv.Low, 3), num(iv.High, 3),
			num(share(t.Negative, t.Quotes), 3), num(share(t.Neutral, t.Quotes), 3), num(share(t.Positive, t.Quotes), 3),
			topCue(t.Cues)})
	}
	return writeFrame(w, excel, speakerCols, rows)
}

func share(k, n int) float64 {
	if n == 0 {
		return nanValue
	}
	return float64(k) / float64(n)
}

// LeaderRow is the comparison of one leader within a group of articles:
// their own words beside how the text speaks of them.
type LeaderRow struct {
	// Leader is the canonical name.
	Leader string
	// Articles counts the articles that quote or mention the leader.
	Articles int
	// Quotes and WordsQuoted measure the leader's own words.
	Quotes, WordsQuoted int
	// Own is the mean tone of the leader's quotations with its interval.
	Own Interval
	// Portrayed is the mean tone of the sentences about the leader in the
	// writer's own words, with its interval.
	Portrayed Interval
	// Others is the mean tone of other speakers' quotations about the leader.
	Others Interval
	// VoiceShare is the leader's share of the words quoted from all the leaders compared.
	VoiceShare float64
	// MentionShare is the leader's share of the sentences about all the leaders compared.
	MentionShare float64
	// NeutralVerbShare and LoadedVerbShare split the reporting verbs that
	// introduced the leader's words (NeutralVerbs, LoadedVerbs).
	NeutralVerbShare, LoadedVerbShare float64
	// LoadedVerbs lists the loaded verbs used, most used first ("claim 3; insist 1").
	LoadedVerbs string
	// OwnVsPortrayed says whether own words and portrayal differ beyond their intervals.
	OwnVsPortrayed string
	// PortrayedVsLeaders says, leader by leader, where the portrayal differs
	// beyond the intervals; overlapping intervals are no difference.
	PortrayedVsLeaders string
}

// LeaderRows computes the comparison of the given leaders from a set of
// tallies (the run's or one group's), in the order given. seed makes the
// bootstrap intervals of each group reproducible.
func LeaderRows(m map[string]*Tally, leaders []string, seed string) []LeaderRow {
	out := make([]LeaderRow, len(leaders))
	words, ments := 0, 0
	for _, name := range leaders {
		if t := m[name]; t != nil {
			words += t.Words
			ments += t.Portrayed.N
		}
	}
	for i, name := range leaders {
		r := LeaderRow{Leader: name}
		t := m[name]
		if t == nil {
			t = &Tally{Cues: map[string]int{}}
		}
		r.Articles, r.Quotes, r.WordsQuoted = t.Articles, t.Quotes, t.Words
		r.Own = t.Own.Interval(seed + "|own|" + name)
		r.Portrayed = t.Portrayed.Interval(seed + "|portrayed|" + name)
		r.Others = t.Others.Interval(seed + "|others|" + name)
		r.VoiceShare, r.MentionShare = share(t.Words, words), share(t.Portrayed.N, ments)
		r.NeutralVerbShare, r.LoadedVerbShare, r.LoadedVerbs = framing(t.Cues)
		r.OwnVsPortrayed = compare(r.Own, r.Portrayed, "own words warmer than portrayal", "portrayal warmer than own words")
		out[i] = r
	}
	for i := range out {
		var notes []string
		for j := range out {
			if i == j {
				continue
			}
			switch c := compare(out[i].Portrayed, out[j].Portrayed, "warmer", "cooler"); c {
			case "warmer", "cooler":
				notes = append(notes, c+" than "+out[j].Leader)
			}
		}
		switch {
		case out[i].Portrayed.N < MinN:
			out[i].PortrayedVsLeaders = fmt.Sprintf("too few sentences to compare (n<%d)", MinN)
		case len(notes) == 0:
			out[i].PortrayedVsLeaders = "no clear difference from the other leaders"
		default:
			out[i].PortrayedVsLeaders = strings.Join(notes, "; ")
		}
	}
	return out
}

// compare calls a difference between two means only when both rest on at
// least MinN items and their 95% intervals do not overlap.
func compare(a, b Interval, higher, lower string) string {
	switch {
	case a.N < MinN || b.N < MinN:
		return fmt.Sprintf("too few to compare (n<%d)", MinN)
	case a.Low > b.High:
		return higher
	case a.High < b.Low:
		return lower
	}
	return "no clear difference (intervals overlap)"
}

// framing splits reporting verbs into neutral and loaded shares and lists
// the loaded ones, most used first.
func framing(cues map[string]int) (neutral, loaded float64, list string) {
	total, n, l := 0, 0, 0
	var used []string
	for v, k := range cues {
		total += k
		switch {
		case neutralSet[v]:
			n += k
		case loadedSet[v]:
			l += k
			used = append(used, v)
		}
	}
	sort.Slice(used, func(i, j int) bool {
		if cues[used[i]] != cues[used[j]] {
			return cues[used[i]] > cues[used[j]]
		}
		return used[i] < used[j]
	})
	parts := make([]string, len(used))
	for i, v := range used {
		parts[i] = fmt.Sprintf("%s %d", v, cues[v])
	}
	return share(n, total), share(l, total), strings.Join(parts, "; ")
}

// leaderCells formats the measures of a leader row.
func leaderCells(r LeaderRow) []string {
	return []string{itoa(r.Articles), itoa(r.Quotes), itoa(r.WordsQuoted),
		num(r.Own.Mean, 3), num(r.Own.Low, 3), num(r.Own.High, 3),
		itoa(r.Portrayed.N), num(r.Portrayed.Mean, 3), num(r.Portrayed.Low, 3), num(r.Portrayed.High, 3),
		itoa(r.Others.N), num(r.Others.Mean, 3), num(r.Others.Low, 3), num(r.Others.High, 3),
		num(r.VoiceShare, 3), num(r.MentionShare, 3), num(r.NeutralVerbShare, 3), num(r.LoadedVerbShare, 3),
		r.LoadedVerbs, r.OwnVsPortrayed}
}

// WriteLeaders writes leaders.csv, one row per leader in the order given.
func WriteLeaders(w io.Writer, g *Aggregate, leaders []string, excel bool) error {
	var rows [][]string
	for _, r := range LeaderRows(g.All, leaders, "all") {
		rows = append(rows, append(append([]string{r.Leader}, leaderCells(r)...), r.PortrayedVsLeaders))
	}
	return writeFrame(w, excel, leaderCols, rows)
}

// writeLeadersByArticle streams the per-article rows from the article log:
// a table that grows with the articles is never held whole.
func writeLeadersByArticle(ctx context.Context, w io.Writer, g *Aggregate, leaders []string, excel bool, workers int) error {
	t, err := newTable(w, excel, cols(textCols(ByArticle, "leader"), leaderMeasureCols))
	if err != nil {
		return err
	}
	// Records are read in batches whose rows (their intervals are most of
	// the cost) are worked out by the pool, then written in order.
	batch := make([]articleRecord, 0, articleBatch)
	write := func() error {
		rows, err := articleRows(ctx, workers, batch, leaders)
		if err != nil {
			return err
		}
		for _, rs := range rows {
			for _, cells := range rs {
				if err := t.row(cells...); err != nil {
					return err
				}
			}
		}
		batch = batch[:0]
		return nil
	}
	err = g.articles.each(func(rec articleRecord) error {
		batch = append(batch, rec)
		if len(batch) < articleBatch {
			return nil
		}
		return write()
	})
	if err == nil {
		err = write()
	}
	if err != nil {
		return err
	}
	return t.flush()
}

// articleBatch is how many article records writeLeadersByArticle works on
// at once.
const articleBatch = 256

// articleRows are the leaders_by_article rows of each record, computed on
// at most workers goroutines (each record's rows depend on that record
// alone, so the result is the same for any number).
func articleRows(ctx context.Context, workers int, recs []articleRecord, leaders []string) ([][][]string, error) {
	return pool.Map(ctx, workers, len(recs), func(_ context.Context, i int) ([][]string, error) {
		rec := recs[i]
		m := make(map[string]*Tally, len(rec.Names))
		for k, name := range rec.Names {
			m[name] = &rec.Tallies[k]
		}
		var out [][]string
		for _, r := range LeaderRows(m, leaders, ByArticle+"|"+rec.ID) {
			if r.Quotes == 0 && r.Portrayed.N == 0 && r.Others.N == 0 {
				continue
			}
			out = append(out, append([]string{rec.ID, r.Leader}, leaderCells(r)...))
		}
		return out, nil
	})
}

// WriteLeadersBy writes the leader comparison per group of one kind
// (ByArticle, BySource, ByDate): one row per group and leader the group
// quotes or mentions, groups in first-seen order (dates sorted). The
// per-article rows are worked out on at most workers goroutines
// (pool.Workers).
func WriteLeadersBy(ctx context.Context, w io.Writer, g *Aggregate, kind string, leaders []string, excel bool, workers int) error {
	if kind == ByArticle {
		return writeLeadersByArticle(ctx, w, g, leaders, excel, workers)
	}
	gr := g.Groups[kind]
	order := append([]string(nil), gr.Order...)
	if kind == ByDate {
		sort.Strings(order)
	}
	cs := cols(textCols(kind, "leader"), leaderMeasureCols)
	var rows [][]string
	for _, v := range order {
		m := gr.Tallies[v]
		for _, r := range LeaderRows(m, leaders, kind+"|"+v) {
			if r.Quotes == 0 && r.Portrayed.N == 0 && r.Others.N == 0 {
				continue
			}
			rows = append(rows, append([]string{v, r.Leader}, leaderCells(r)...))
		}
	}
	return writeFrame(w, excel, cs, rows)
}
