package report

import (
	"fmt"
	"io"
	"math"
	"sort"

	"github.com/go-gota/gota/dataframe"
	"github.com/go-gota/gota/series"
)

// The aggregate files and their columns.
var (
	speakerCols = cols(textCols("speaker", "speaker_type"), numCols("articles", "quotes", "reported_speech", "words_quoted", "mean_tone", "share_negative", "share_neutral", "share_positive"), textCols("top_cue"))
	leaderCols  = cols(textCols("leader"), numCols("articles", "quotes", "words_quoted", "own_tone", "mentions", "portrayed_tone", "quoted_by_others", "others_tone"))
)

// sortedNames returns map keys in order; the frame keeps an index into them
// rather than the names, which Gota would read as missing if one were "NA".
func sortedNames[T any](m map[string]T) []string {
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// SpeakersFrame builds the per-speaker table as a Gota frame, one row per
// speaker, most quoted first (ties by name). Column "key" indexes names.
func SpeakersFrame(g *Aggregate) (dataframe.DataFrame, []string) {
	names := sortedNames(g.Speakers)
	n := len(names)
	key, arts, quotes, rep, words := make([]int, n), make([]int, n), make([]int, n), make([]int, n), make([]int, n)
	tone, neg, neu, pos := make([]float64, n), make([]float64, n), make([]float64, n), make([]float64, n)
	for i, name := range names {
		s := g.Speakers[name]
		key[i], arts[i], quotes[i], rep[i], words[i] = i, s.Articles, s.Quotes, s.Reported, s.Words
		tone[i] = mean(s.Tones)
		neg[i], neu[i], pos[i] = share(s.Negative, s.Quotes), share(s.Neutral, s.Quotes), share(s.Positive, s.Quotes)
	}
	df := dataframe.New(
		series.New(key, series.Int, "key"),
		series.New(arts, series.Int, "articles"),
		series.New(quotes, series.Int, "quotes"),
		series.New(rep, series.Int, "reported_speech"),
		series.New(words, series.Int, "words_quoted"),
		series.New(tone, series.Float, "mean_tone"),
		series.New(neg, series.Float, "share_negative"),
		series.New(neu, series.Float, "share_neutral"),
		series.New(pos, series.Float, "share_positive"),
	)
	if n > 0 {
		df = df.Arrange(dataframe.RevSort("quotes"), dataframe.RevSort("reported_speech"), dataframe.Sort("key"))
	}
	return df, names
}

// nanValue marks a missing number; it is written as an empty cell.
var nanValue = math.NaN()

func share(k, n int) float64 {
	if n == 0 {
		return nanValue
	}
	return float64(k) / float64(n)
}

// WriteSpeakers writes speakers.csv from the per-speaker frame.
func WriteSpeakers(w io.Writer, g *Aggregate, excel bool) error {
	df, names := SpeakersFrame(g)
	if df.Err != nil {
		return fmt.Errorf("speakers frame: %w", df.Err)
	}
	t, err := newTable(w, excel, speakerCols)
	if err != nil {
		return err
	}
	for i := 0; i < df.Nrow(); i++ {
		name := names[intAt(df, "key", i)]
		s := g.Speakers[name]
		if err := t.row(name, s.Type, itoa(intAt(df, "articles", i)), itoa(intAt(df, "quotes", i)), itoa(intAt(df, "reported_speech", i)),
			itoa(intAt(df, "words_quoted", i)), num(floatAt(df, "mean_tone", i), 3), num(floatAt(df, "share_negative", i), 3),
			num(floatAt(df, "share_neutral", i), 3), num(floatAt(df, "share_positive", i), 3), topCue(s.Cues)); err != nil {
			return err
		}
	}
	return t.flush()
}

// LeaderRow is the comparison of one leader: their own words beside how
// the text speaks of them.
type LeaderRow struct {
	// Leader is the canonical name.
	Leader string
	// Articles is the number of articles that quote or mention the leader.
	Articles int
	// Quotes and WordsQuoted measure the leader's own words.
	Quotes, WordsQuoted int
	// OwnTone is the mean tone of the leader's quotations.
	OwnTone float64
	// Mentions counts sentences referring to the leader outside quotations.
	Mentions int
	// PortrayedTone is the mean tone of those sentences.
	PortrayedTone float64
	// QuotedByOthers counts other speakers' quotations referring to the leader.
	QuotedByOthers int
	// OthersTone is the mean tone of those quotations.
	OthersTone float64
}

// LeaderRows computes the comparison for the given leaders, in that order.
func LeaderRows(g *Aggregate, leaders []string) []LeaderRow {
	out := make([]LeaderRow, 0, len(leaders))
	for _, name := range leaders {
		r := LeaderRow{Leader: name, OwnTone: nanValue, PortrayedTone: nanValue, OthersTone: nanValue}
		if s := g.Speakers[name]; s != nil {
			r.Quotes, r.WordsQuoted, r.OwnTone, r.Articles = s.Quotes, s.Words, mean(s.Tones), s.Articles
		}
		if p := g.Persons[name]; p != nil {
			r.Mentions, r.PortrayedTone = len(p.Tones), mean(p.Tones)
			r.QuotedByOthers, r.OthersTone = len(p.QuotedTones), mean(p.QuotedTones)
			r.Articles = max(r.Articles, p.Articles)
		}
		out = append(out, r)
	}
	return out
}

// LeadersFrame builds the leader comparison as a Gota frame, one row per
// leader in the order given. Column "key" indexes the leaders slice.
func LeadersFrame(g *Aggregate, leaders []string) dataframe.DataFrame {
	rows := LeaderRows(g, leaders)
	n := len(rows)
	key, arts, quotes, words, ments, others := make([]int, n), make([]int, n), make([]int, n), make([]int, n), make([]int, n), make([]int, n)
	own, portrayed, othersTone := make([]float64, n), make([]float64, n), make([]float64, n)
	for i, r := range rows {
		key[i], arts[i], quotes[i], words[i], ments[i], others[i] = i, r.Articles, r.Quotes, r.WordsQuoted, r.Mentions, r.QuotedByOthers
		own[i], portrayed[i], othersTone[i] = r.OwnTone, r.PortrayedTone, r.OthersTone
	}
	return dataframe.New(
		series.New(key, series.Int, "key"),
		series.New(arts, series.Int, "articles"),
		series.New(quotes, series.Int, "quotes"),
		series.New(words, series.Int, "words_quoted"),
		series.New(own, series.Float, "own_tone"),
		series.New(ments, series.Int, "mentions"),
		series.New(portrayed, series.Float, "portrayed_tone"),
		series.New(others, series.Int, "quoted_by_others"),
		series.New(othersTone, series.Float, "others_tone"),
	)
}

// WriteLeaders writes leaders.csv from the leaders frame.
func WriteLeaders(w io.Writer, g *Aggregate, leaders []string, excel bool) error {
	t, err := newTable(w, excel, leaderCols)
	if err != nil {
		return err
	}
	if len(leaders) == 0 {
		return t.flush()
	}
	df := LeadersFrame(g, leaders)
	if df.Err != nil {
		return fmt.Errorf("leaders frame: %w", df.Err)
	}
	for i := 0; i < df.Nrow(); i++ {
		if err := t.row(leaders[intAt(df, "key", i)], itoa(intAt(df, "articles", i)), itoa(intAt(df, "quotes", i)),
			itoa(intAt(df, "words_quoted", i)), num(floatAt(df, "own_tone", i), 3), itoa(intAt(df, "mentions", i)),
			num(floatAt(df, "portrayed_tone", i), 3), itoa(intAt(df, "quoted_by_others", i)), num(floatAt(df, "others_tone", i), 3)); err != nil {
			return err
		}
	}
	return t.flush()
}

func intAt(df dataframe.DataFrame, col string, i int) int {
	v, _ := df.Col(col).Elem(i).Int()
	return v
}

func floatAt(df dataframe.DataFrame, col string, i int) float64 {
	return df.Col(col).Elem(i).Float()
}
