package report

import (
	"bytes"
	"encoding/csv"
	"math"
	"portray/analyze/attrib"
	"testing"

	"github.com/go-gota/gota/dataframe"
	"github.com/go-gota/gota/series"
)

// TestFramesTyped checks that the aggregate tables are frames of typed
// columns: text as series.String, counts as series.Int, tones and shares
// as series.Float, a missing tone a missing value (NaN).
func TestFramesTyped(t *testing.T) {
	g := chartFixture()
	byArticle, err := articleFrame(t.Context(), 2, articleRecords(t, g), fixtureLeaders, nil)
	if err != nil {
		t.Fatal(err)
	}
	frames := map[string]dataframe.DataFrame{
		"speakers":           speakersFrame(g),
		"leaders":            leadersFrame(g, fixtureLeaders),
		"leaders_by_source":  groupFrame(g, bySource, fixtureLeaders),
		"leaders_by_article": byArticle,
	}
	tests := []struct {
		frame, col string
		typ        series.Type
	}{
		{"speakers", "speaker", series.String},
		{"speakers", "quotes", series.Int},
		{"speakers", "mean_tone", series.Float},
		{"speakers", "share_positive", series.Float},
		{"leaders", "leader", series.String},
		{"leaders", "quotes", series.Int},
		{"leaders", "mentions", series.Int},
		{"leaders", "own_tone", series.Float},
		{"leaders", "portrayed_low", series.Float},
		{"leaders", "voice_share", series.Float},
		{"leaders", "portrayed_vs_leaders", series.String},
		{"leaders_by_source", "source", series.String},
		{"leaders_by_source", "others_quotes", series.Int},
		{"leaders_by_source", "portrayed_tone", series.Float},
		{"leaders_by_article", "article", series.String},
		{"leaders_by_article", "own_high", series.Float},
	}
	for _, tt := range tests {
		df := frames[tt.frame]
		if df.Err != nil {
			t.Fatalf("%s: %v", tt.frame, df.Err)
		}
		if df.Nrow() == 0 {
			t.Fatalf("%s: no rows", tt.frame)
		}
		if got := df.Col(tt.col).Type(); got != tt.typ {
			t.Errorf("%s.%s is %s, want %s", tt.frame, tt.col, got, tt.typ)
		}
	}
	// Too few sentences for an interval: the bounds are missing values.
	one := newAggregate1(t)
	df := leadersFrame(one, []string{"Ada Brill"})
	if low := df.Col("portrayed_low"); !low.Elem(0).IsNA() || !math.IsNaN(low.Float()[0]) {
		t.Errorf("portrayed_low = %v, want a missing value", low)
	}
	if tone := df.Col("portrayed_tone").Float()[0]; tone != -0.2 {
		t.Errorf("portrayed_tone = %v, want -0.2", tone)
	}
}

// newAggregate1 is one article with one quotation by and one sentence
// about Ada Brill.
func newAggregate1(t *testing.T) *aggregate {
	t.Helper()
	g := newAggregate()
	g.add(result("a.txt", []attrib.Quote{quote("Ada Brill", "a", 0.4)}, []attrib.Mention{mention("Ada Brill", -0.2)}))
	return g
}

// articleRecords reads back the article log of g.
func articleRecords(t *testing.T, g *aggregate) []articleRecord {
	t.Helper()
	var recs []articleRecord
	if err := g.articles.each(func(r articleRecord) error { recs = append(recs, r); return nil }); err != nil {
		t.Fatal(err)
	}
	return recs
}

// TestFrameFilter checks that the group tables keep only the rows that
// rest on anything.
func TestFrameFilter(t *testing.T) {
	g := newAggregate1(t)
	df := groupFrame(chartFixture(), bySource, append([]string{"Nobody Here"}, fixtureLeaders...))
	if df.Nrow() == 0 {
		t.Fatal("leaders_by_source has no rows")
	}
	for _, name := range df.Col("leader").Records() {
		if name == "Nobody Here" {
			t.Errorf("a row for a leader no source quotes or mentions")
		}
	}
	recs := articleRecords(t, g)
	byArticle, err := articleFrame(t.Context(), 1, recs, []string{"Nobody Here", "Ada Brill"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := byArticle.Col("leader").Records(); len(got) != 1 || got[0] != "Ada Brill" {
		t.Errorf("leaders_by_article rows %v, want Ada Brill's only", got)
	}
}

// TestGotaWriteCSV pins why writeFrame writes the frames and not Gota's
// WriteCSV (go-gota/gota v0.12.0): WriteCSV formats every float with six
// decimals ("%f"), writes a missing value as "NaN" where the report's
// files have an empty cell, and leaves a formula as it is. If this test
// fails, Gota has changed and writeFrame may be simpler.
func TestGotaWriteCSV(t *testing.T) {
	df := dataframe.New(
		series.New([]string{"=1+1", "plain"}, series.String, "text"),
		series.New([]float64{0.1234567, math.NaN()}, series.Float, "tone"),
	)
	var gota, ours bytes.Buffer
	if err := df.WriteCSV(&gota); err != nil {
		t.Fatal(err)
	}
	if got, bug := gota.String(), "text,tone\n=1+1,0.123457\nplain,NaN\n"; got != bug {
		t.Errorf("Gota's WriteCSV wrote %q; it used to write %q", got, bug)
	}
	if err := writeFrame(&ours, false, df); err != nil {
		t.Fatal(err)
	}
	if got, want := ours.String(), "text,tone\n'=1+1,0.123\nplain,\n"; got != want {
		t.Errorf("writeFrame wrote %q, want %q", got, want)
	}
}

// TestGotaNaNText pins a Gota bug (go-gota/gota v0.12.0) that the tables
// work around: a String series reads the text "NaN" as a missing value,
// so a sort puts it last whatever its place. speakersFrame and groupFrame
// sort names and dates before building the frame, and the frame's stable
// sort on counts keeps that order among ties.
func TestGotaNaNText(t *testing.T) {
	s := series.New([]string{"Ny", "NaN", "Mo"}, series.String, "name")
	if !s.Elem(1).IsNA() {
		t.Errorf(`Gota no longer reads the text "NaN" as missing: the workaround may go`)
	}
	df := dataframe.New(s).Arrange(dataframe.Sort("name"))
	if got := df.Col("name").Records(); got[0] != "Mo" || got[1] != "Ny" || got[2] != "NaN" {
		t.Errorf("Gota sorts %v; it used to put NaN last", got)
	}
	// Ties of a stable sort on counts keep the order the rows came in.
	df = dataframe.New(series.New([]string{"Mo", "NaN", "Ny"}, series.String, "name"),
		series.New([]int{1, 2, 1}, series.Int, "n")).Arrange(dataframe.RevSort("n"))
	if got := df.Col("name").Records(); got[0] != "NaN" || got[1] != "Mo" || got[2] != "Ny" {
		t.Errorf("a sort on counts gave %v, want NaN Mo Ny", got)
	}
	// And the text comes out as it went in.
	var b bytes.Buffer
	if err := writeFrame(&b, false, df); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if rows[1][0] != "NaN" {
		t.Errorf("the text NaN was written as %q", rows[1][0])
	}
}
