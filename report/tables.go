package report

import (
	"context"
	"io"
	"sort"
	"strings"

	"github.com/go-gota/gota/dataframe"
	"github.com/go-gota/gota/series"

	"portray/analyze/pool"
)

// The aggregate tables are Gota frames of typed columns: series.String for
// text, series.Int for counts and series.Float for tones and shares, a
// missing value being NaN. They are built, filtered and sorted as frames
// and written by writeFrame.

// textCol, intCol and floatCol build one typed column of a frame, a value
// per row.
func textCol[R any](name string, rows []R, f func(R) string) series.Series {
	return series.New(values(rows, f), series.String, name)
}

func intCol[R any](name string, rows []R, f func(R) int) series.Series {
	return series.New(values(rows, f), series.Int, name)
}

func floatCol[R any](name string, rows []R, f func(R) float64) series.Series {
	return series.New(values(rows, f), series.Float, name)
}

func values[R, T any](rows []R, f func(R) T) []T {
	out := make([]T, len(rows))
	for i, r := range rows {
		out[i] = f(r)
	}
	return out
}

// speakerRow is one speaker of speakers.csv.
type speakerRow struct {
	name string
	t    *tally
	own  interval
}

// speakersFrame is the per-speaker table: one row per speaker with the
// mean tone of their quotations and its 95% interval over articles, most
// quoted first, then most reported, then by name.
func speakersFrame(g *aggregate) dataframe.DataFrame {
	var names []string
	for n, t := range g.All {
		if t.Quotes+t.Reported > 0 {
			names = append(names, n)
		}
	}
	// Gota reads the text "NaN" as a missing value and sorts it last
	// (TestGotaNaNText), so the names are put in order here and the
	// frame's sort, which is stable, keeps that order among ties.
	sort.Strings(names)
	rows := make([]speakerRow, len(names))
	for i, n := range names {
		t := g.All[n]
		rows[i] = speakerRow{name: n, t: t, own: t.ownInterval("all|own|" + n)}
	}
	df := dataframe.New(
		textCol("speaker", rows, func(r speakerRow) string { return r.name }),
		textCol("speaker_type", rows, func(r speakerRow) string { return r.t.Type }),
		intCol("articles", rows, func(r speakerRow) int { return r.t.Articles }),
		intCol("quotes", rows, func(r speakerRow) int { return r.t.Quotes }),
		intCol("quotes_left_out", rows, func(r speakerRow) int { return r.t.LeftOut }),
		intCol("reported_speech", rows, func(r speakerRow) int { return r.t.Reported }),
		intCol("words_quoted", rows, func(r speakerRow) int { return r.t.Words }),
		floatCol("mean_tone", rows, func(r speakerRow) float64 { return r.own.Mean }),
		floatCol("tone_low", rows, func(r speakerRow) float64 { return r.own.Low }),
		floatCol("tone_high", rows, func(r speakerRow) float64 { return r.own.High }),
		floatCol("share_negative", rows, func(r speakerRow) float64 { return share(r.t.Negative, r.t.Quotes) }),
		floatCol("share_neutral", rows, func(r speakerRow) float64 { return share(r.t.Neutral, r.t.Quotes) }),
		floatCol("share_positive", rows, func(r speakerRow) float64 { return share(r.t.Positive, r.t.Quotes) }),
		textCol("top_cue", rows, func(r speakerRow) string { return topCue(r.t.Cues) }),
	)
	return df.Arrange(dataframe.RevSort("quotes"), dataframe.RevSort("reported_speech"))
}

// writeSpeakers writes speakers.csv (see speakersFrame).
func writeSpeakers(w io.Writer, g *aggregate, excel bool) error {
	return writeFrame(w, excel, speakersFrame(g))
}

// leaderFrame is a leader comparison as a frame, one row per leader row in
// order. When kind is not empty the first column, named kind, holds each
// row's group (groups[i] for rows[i]); the last column,
// portrayed_vs_leaders, is there only when vsLeaders is set.
func leaderFrame(kind string, groups []string, rows []leaderRow, vsLeaders bool) dataframe.DataFrame {
	var cs []series.Series
	if kind != "" {
		cs = append(cs, series.New(groups, series.String, kind))
	}
	iv := func(name string, f func(leaderRow) interval) []series.Series {
		return []series.Series{
			floatCol(name+"_tone", rows, func(r leaderRow) float64 { return f(r).Mean }),
			floatCol(name+"_low", rows, func(r leaderRow) float64 { return f(r).Low }),
			floatCol(name+"_high", rows, func(r leaderRow) float64 { return f(r).High }),
		}
	}
	cs = append(cs,
		textCol("leader", rows, func(r leaderRow) string { return r.Leader }),
		intCol("articles", rows, func(r leaderRow) int { return r.Articles }),
		intCol("quotes", rows, func(r leaderRow) int { return r.Quotes }),
		intCol("quotes_left_out", rows, func(r leaderRow) int { return r.LeftOut }),
		intCol("words_quoted", rows, func(r leaderRow) int { return r.WordsQuoted }))
	// est is an estimate's value (named name) and its bounds (name
	// with low and high in place of the last word).
	est := func(name string, f func(leaderRow) estimate) []series.Series {
		stem := name[:strings.LastIndexByte(name, '_')]
		return []series.Series{
			floatCol(name, rows, func(r leaderRow) float64 { return f(r).Value }),
			floatCol(stem+"_low", rows, func(r leaderRow) float64 { return f(r).Low }),
			floatCol(stem+"_high", rows, func(r leaderRow) float64 { return f(r).High }),
		}
	}
	cs = append(cs, iv("own", func(r leaderRow) interval { return r.Own })...)
	cs = append(cs, est("own_negative_pct", func(r leaderRow) estimate { return r.Shares.OwnNeg })...)
	cs = append(cs, est("own_positive_pct", func(r leaderRow) estimate { return r.Shares.OwnPos })...)
	cs = append(cs, intCol("mentions", rows, func(r leaderRow) int { return r.Portrayed.N }))
	cs = append(cs, iv("portrayed", func(r leaderRow) interval { return r.Portrayed })...)
	cs = append(cs, est("portrayed_negative_pct", func(r leaderRow) estimate { return r.Shares.PortNeg })...)
	cs = append(cs, est("portrayed_positive_pct", func(r leaderRow) estimate { return r.Shares.PortPos })...)
	cs = append(cs, intCol("others_quotes", rows, func(r leaderRow) int { return r.Others.N }))
	cs = append(cs, iv("others", func(r leaderRow) interval { return r.Others })...)
	cs = append(cs, est("voice_share", func(r leaderRow) estimate { return r.Shares.Voice })...)
	cs = append(cs, est("mention_share", func(r leaderRow) estimate { return r.Shares.Mention })...)
	cs = append(cs, est("neutral_verb_share", func(r leaderRow) estimate { return r.Shares.Neutral })...)
	cs = append(cs, est("loaded_verb_share", func(r leaderRow) estimate { return r.Shares.Loaded })...)
	cs = append(cs,
		textCol("loaded_verbs", rows, func(r leaderRow) string { return r.LoadedVerbs }),
		textCol("own_vs_portrayed", rows, func(r leaderRow) string { return r.OwnVsPortrayed }))
	if vsLeaders {
		cs = append(cs, textCol("portrayed_vs_leaders", rows, func(r leaderRow) string { return r.PortrayedVsLeaders }))
	}
	return dataframe.New(cs...)
}

// withData keeps the rows of a leader frame that rest on anything: a
// quotation by the leader, a sentence about them or another speaker's
// quotation about them.
func withData(df dataframe.DataFrame) dataframe.DataFrame {
	return df.Filter(
		dataframe.F{Colname: "quotes", Comparator: series.Greater, Comparando: 0},
		dataframe.F{Colname: "mentions", Comparator: series.Greater, Comparando: 0},
		dataframe.F{Colname: "others_quotes", Comparator: series.Greater, Comparando: 0})
}

// leadersFrame is leaders.csv: one row per leader in the order given.
func leadersFrame(g *aggregate, leaders []string) dataframe.DataFrame {
	return leaderFrame("", nil, g.leaderTable(leaders).rows, true)
}

// differencesFrame is leader_differences.csv: every difference the
// comparisons rest on, the run's first, then each source's and each
// date's, with its interval, its adjusted interval and the verdict.
func differencesFrame(g *aggregate, leaders []string) dataframe.DataFrame {
	var rows []diffRow
	for _, d := range g.leaderTable(leaders).diffs {
		d.Group = "all"
		rows = append(rows, d)
	}
	for _, kind := range []string{bySource, byDate} {
		for _, v := range groupOrder(g, kind) {
			for _, d := range g.groupTable(kind, v, leaders).diffs {
				if d.Tone.ok() {
					d.Group = kind + ": " + v
					rows = append(rows, d)
				}
			}
		}
	}
	return dataframe.New(
		textCol("group", rows, func(d diffRow) string { return d.Group }),
		textCol("comparison", rows, func(d diffRow) string { return d.Kind }),
		textCol("leader", rows, func(d diffRow) string { return d.Leader }),
		textCol("other", rows, func(d diffRow) string { return d.Other }),
		intCol("articles", rows, func(d diffRow) int { return d.Tone.Units }),
		floatCol("tone_difference", rows, func(d diffRow) float64 { return d.Tone.Value }),
		floatCol("difference_low", rows, func(d diffRow) float64 { return d.Tone.Low }),
		floatCol("difference_high", rows, func(d diffRow) float64 { return d.Tone.High }),
		intCol("comparisons", rows, func(d diffRow) int { return d.Comparisons }),
		floatCol("adjusted_low", rows, func(d diffRow) float64 { return d.AdjLow }),
		floatCol("adjusted_high", rows, func(d diffRow) float64 { return d.AdjHigh }),
		floatCol("negative_pp", rows, func(d diffRow) float64 { return d.Negative.Value }),
		floatCol("negative_pp_low", rows, func(d diffRow) float64 { return d.Negative.Low }),
		floatCol("negative_pp_high", rows, func(d diffRow) float64 { return d.Negative.High }),
		floatCol("positive_pp", rows, func(d diffRow) float64 { return d.Positive.Value }),
		floatCol("positive_pp_low", rows, func(d diffRow) float64 { return d.Positive.Low }),
		floatCol("positive_pp_high", rows, func(d diffRow) float64 { return d.Positive.High }),
		textCol("verdict", rows, func(d diffRow) string { return d.Verdict }),
	)
}

// groupOrder is the values of one group kind in table order: sources as
// first seen, dates sorted.
func groupOrder(g *aggregate, kind string) []string {
	order := append([]string(nil), g.Groups[kind].Order...)
	if kind == byDate {
		// Sorted here rather than in the frame: Gota sorts a date "NaN"
		// last (TestGotaNaNText).
		sort.Strings(order)
	}
	return order
}

// writeLeaders writes leaders.csv (see leadersFrame).
func writeLeaders(w io.Writer, g *aggregate, leaders []string, excel bool) error {
	return writeFrame(w, excel, leadersFrame(g, leaders))
}

// groupFrame is the leader comparison per group of one kind (bySource,
// byDate): one row per
// group and leader the group quotes or mentions, groups in first-seen
// order, dates sorted.
func groupFrame(g *aggregate, kind string, leaders []string) dataframe.DataFrame {
	var groups []string
	var rows []leaderRow
	for _, v := range groupOrder(g, kind) {
		for _, r := range g.groupTable(kind, v, leaders).rows {
			groups, rows = append(groups, v), append(rows, r)
		}
	}
	return withData(leaderFrame(kind, groups, rows, false))
}

// writeLeadersBy writes leaders_by_<kind>.csv (see groupFrame). The
// per-article table is streamed from the article log instead, its rows
// worked out on at most workers goroutines (pool.Workers).
func writeLeadersBy(ctx context.Context, w io.Writer, g *aggregate, kind string, leaders []string, excel bool, workers int) error {
	if kind == byArticle {
		return writeLeadersByArticle(ctx, w, g, leaders, excel, workers)
	}
	return writeFrame(w, excel, groupFrame(g, kind, leaders))
}

// articleBatch is how many article records writeLeadersByArticle works on
// at once.
const articleBatch = 256

// writeLeadersByArticle streams leaders_by_article.csv from the article
// log, a frame per batch of articles: a table that grows with the
// articles is never held whole.
func writeLeadersByArticle(ctx context.Context, w io.Writer, g *aggregate, leaders []string, excel bool, workers int) error {
	t, err := newFrameTable(w, excel, leaderFrame(byArticle, nil, nil, false))
	if err != nil {
		return err
	}
	batch := make([]articleRecord, 0, articleBatch)
	write := func() error {
		df, err := articleFrame(ctx, workers, batch, leaders, g.renames)
		if err != nil {
			return err
		}
		batch = batch[:0]
		return t.frame(df)
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

// articleFrame is the leaders_by_article frame of a batch of records. The
// leader rows (their intervals are most of the cost) are worked out on at
// most workers goroutines; each record's rows depend on that record
// alone, so the frame is the same for any number.
func articleFrame(ctx context.Context, workers int, recs []articleRecord, leaders []string, renames map[string]string) (dataframe.DataFrame, error) {
	perRecord, err := pool.Map(ctx, workers, len(recs), func(_ context.Context, i int) ([]leaderRow, error) {
		rec := recs[i]
		return leaderRows(canonicalRecord(rec, renames), leaders, byArticle+"|"+rec.ID), nil
	})
	if err != nil {
		return dataframe.DataFrame{}, err
	}
	n := 0
	for _, rs := range perRecord {
		n += len(rs)
	}
	ids, rows := make([]string, 0, n), make([]leaderRow, 0, n)
	for i, rs := range perRecord {
		for _, r := range rs {
			ids, rows = append(ids, recs[i].ID), append(rows, r)
		}
	}
	return withData(leaderFrame(byArticle, ids, rows, false)), nil
}
