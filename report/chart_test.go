package report

import (
	"bytes"
	"flag"
	"fmt"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/cmpimg"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"

	"portray/analyze"
	"portray/analyze/attrib"
	"portray/analyze/input"
	"portray/analyze/tone"
)

var update = flag.Bool("update", false, "rewrite the golden charts under testdata/chart")

// chartDelta is the per-pixel colour difference cmpimg tolerates: enough
// for anti-aliasing to differ, far too little for a bar or a label to move.
const chartDelta = 0.05

// fixtureLeaders are the leaders of chartFixture, one with a very long name.
var fixtureLeaders = []string{"Ada Brill", "Bo Castellano", "Cyrus Dunmore-Okonkwo of the Northern Riverlands Assembly"}

// chartFixture is a small deterministic run: five articles from two
// sources, three leaders, another person and a group, loaded and neutral
// reporting verbs, and paragraphs of varied tone.
func chartFixture() *aggregate {
	g := newAggregate()
	for _, r := range fixtureResults() {
		g.add(r)
	}
	return g
}

// fixtureResults are the analysis results behind chartFixture.
func fixtureResults() []analyze.Result {
	var out []analyze.Result
	speakers := append(append([]string(nil), fixtureLeaders...), "Dee Ferris", "protesters")
	cues := []string{"say", "say", "claim", "tell", "insist", "urge", "say"}
	k := 0
	for a := 0; a < 5; a++ {
		r := analyze.Result{Article: input.Article{ID: fmt.Sprintf("article-%d.txt", a+1), Format: "txt",
			Title:  []string{"", "Brill and Castellano clash over the harbour budget", "", "Dunmore-Okonkwo wins the vote", ""}[a],
			Source: []string{"The Daily", "The Daily", "Evening Wire", "Evening Wire", ""}[a]}}
		np := 6 + 2*a
		for p := 1; p <= np; p++ {
			t := 0.6 * math.Sin(float64(p*(a+2))*0.9)
			r.Paragraphs = append(r.Paragraphs, analyze.ParagraphResult{Paragraph: input.Paragraph{Index: p, Line: p, Text: "x"},
				Sentences: 1, Tone: tone.Scores{Tone: t, Label: tone.Label(t)}})
		}
		for q := 0; q < 4+a; q++ {
			k++
			who := speakers[(k*7+a)%len(speakers)]
			t := math.Round(0.8*math.Cos(float64(k)*1.7)*100) / 100
			typ := "person"
			if who == "protesters" {
				typ = "group"
			}
			r.Quotes = append(r.Quotes, attrib.Quote{Paragraph: 1 + (q*3)%np, Text: "words said here", Kind: attrib.KindDirect,
				Speaker: who, SpeakerType: typ, Cue: cues[k%len(cues)], Confidence: 0.9, Tone: tone.Scores{Tone: t, Label: tone.Label(t)}})
		}
		for m := 0; m < 6; m++ {
			who := fixtureLeaders[(m+a)%len(fixtureLeaders)]
			if a == 0 && who == fixtureLeaders[2] {
				continue // a missing cell in the heat maps
			}
			t := math.Round(0.5*math.Sin(float64(m+3*a))*100) / 100
			r.Mentions = append(r.Mentions, attrib.Mention{Paragraph: 1 + m, Sentence: 1, Person: who, Words: who, Kind: "name",
				Tone: tone.Scores{Tone: t, Label: tone.Label(t)}})
		}
		out = append(out, r)
	}
	return out
}

// renderPNG draws a chart as PNG and checks it decodes at 1200 pixels wide.
func renderPNG(t *testing.T, name string, g *aggregate, leaders []string) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := drawChart(&buf, name, pngFormat, g, leaders); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	img, err := png.Decode(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("%s: not a PNG: %v", name, err)
	}
	if b := img.Bounds(); b.Dx() != 1200 || b.Dy() < 675 {
		t.Errorf("%s: size %v, want 1200 wide and at least 675 high", name, b)
	}
	return buf.Bytes()
}

// renderSVG draws a chart as SVG, which lays out and draws everything a
// PNG does but skips the rasteriser: the cheap way to cover many cases.
func renderSVG(t *testing.T, name string, g *aggregate, leaders []string) {
	t.Helper()
	var buf bytes.Buffer
	if err := drawChart(&buf, name, svgFormat, g, leaders); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if !bytes.Contains(buf.Bytes(), []byte("</svg>")) {
		t.Errorf("%s: SVG not closed", name)
	}
}

// checkGolden compares a PNG with testdata/chart/<file> approximately;
// -update rewrites the golden file.
func checkGolden(t *testing.T, file string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "chart", file)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./report -update writes it)", err)
	}
	ok, err := cmpimg.EqualApprox("png", got, want, chartDelta)
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	if !ok {
		bad := filepath.Join(t.TempDir(), file)
		os.WriteFile(bad, got, 0o644)
		t.Errorf("%s differs from %s; the new chart is at %s (go test ./report -update rewrites the golden file)", file, path, bad)
	}
}

// TestChartsGolden draws every chart of the fixture and compares it with
// its golden PNG.
func TestChartsGolden(t *testing.T) {
	t.Parallel()
	g := chartFixture()
	names := chartNames(g)
	if len(names) != 9 || names[len(names)-2] != chartBySource {
		t.Fatalf("ChartNames = %v, want all nine with the by-source heat map", names)
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			checkGolden(t, name+".png", renderPNG(t, name, g, fixtureLeaders))
		})
	}
}

// TestChartsEmpty draws every chart of a run with nothing in it, and of a
// run with articles but no leaders: each renders and says why it is empty.
func TestChartsEmpty(t *testing.T) {
	t.Parallel()
	empty := newAggregate()
	if got := chartNames(empty); len(got) != 8 {
		t.Errorf("ChartNames of an empty run = %v, want no by-source chart", got)
	}
	noLeaders := chartFixture()
	for _, name := range append(chartNames(empty), chartBySource) {
		renderSVG(t, name, empty, nil)
		renderSVG(t, name, noLeaders, nil)
		// Leaders named but never seen.
		renderSVG(t, name, empty, []string{"Nobody Here"})
	}
	checkGolden(t, "empty_portrayal.png", renderPNG(t, chartPortrayal, empty, nil))
	checkGolden(t, "empty_article_flow.png", renderPNG(t, chartFlow, empty, nil))
}

// TestChartsSingleLeader draws every chart for one leader in one article.
func TestChartsSingleLeader(t *testing.T) {
	t.Parallel()
	g := newAggregate()
	g.add(result("only.txt", []attrib.Quote{quote("Ada Brill", "a", 0.4)}, []attrib.Mention{mention("Ada Brill", -0.2)}))
	for _, name := range chartNames(g) {
		if name == chartPortrayal || name == chartFlow {
			checkGolden(t, "single_"+name+".png", renderPNG(t, name, g, []string{"Ada Brill"}))
			continue
		}
		renderSVG(t, name, g, []string{"Ada Brill"})
	}
}

// TestChartsLongNames draws charts whose names are far too long for any
// label: they are shortened with "…", and nothing panics.
func TestChartsLongNames(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("Extraordinarily Long Name ", 8)
	g := newAggregate()
	r := result(strings.Repeat("a-very-long-article-id/", 10)+"x.txt",
		[]attrib.Quote{quote(long, "a", 0.3), quote(long, "b", -0.6), quote("Bo", "c", 0.1)},
		[]attrib.Mention{mention(long, 0.2), mention("Bo", -0.9)})
	r.Article.Title = long
	r.Article.Source = long
	g.add(r)
	for _, name := range chartNames(g) {
		if name == chartPortrayal {
			checkGolden(t, "long_portrayal.png", renderPNG(t, name, g, []string{long, "Bo"}))
			continue
		}
		renderSVG(t, name, g, []string{long, "Bo"})
	}
	if got := wrap(long, sans(12, colourText), 140); strings.Count(got, "\n") > 1 || !strings.HasSuffix(got, "…") {
		t.Errorf("wrap = %q, want at most two lines ending in …", got)
	}
}

// TestChartsManyLeaders has more leaders than colours and more speakers
// and articles than the charts show.
func TestChartsManyLeaders(t *testing.T) {
	t.Parallel()
	g := newAggregate()
	var leaders []string
	for i := 0; i < 14; i++ {
		leaders = append(leaders, fmt.Sprintf("Leader Number %d", i+1))
	}
	for a := 0; a < maxHeatRows+5; a++ {
		var qs []attrib.Quote
		var ms []attrib.Mention
		for i := 0; i < 40; i++ {
			qs = append(qs, quote(fmt.Sprintf("Speaker %d", (a+i)%45), "x", math.Sin(float64(a*i))))
			ms = append(ms, mention(leaders[(a+i)%len(leaders)], math.Cos(float64(a+i))))
		}
		g.add(result(fmt.Sprintf("a%02d.txt", a), qs, ms))
	}
	if len(g.Flows) != maxFlows {
		t.Errorf("%d flows kept, want %d", len(g.Flows), maxFlows)
	}
	for _, name := range chartNames(g) {
		renderSVG(t, name, g, leaders)
	}
	renderPNG(t, chartSpeakers, g, leaders) // taller than 675 pixels
	if leaderColour(0) != leaderColour(len(leaderPalette)) {
		t.Error("leader colours do not cycle")
	}
}

// TestChartSVG checks the SVGs carry their fonts and the formats are checked.
func TestChartSVG(t *testing.T) {
	g := chartFixture()
	var buf bytes.Buffer
	if err := drawChart(&buf, chartPortrayal, svgFormat, g, fixtureLeaders); err != nil {
		t.Fatal(err)
	}
	if s := buf.String(); !strings.Contains(s, "<svg") || !strings.Contains(s, "@font-face") {
		t.Errorf("SVG without embedded fonts: %.200s", s)
	}
	if err := drawChart(&buf, chartPortrayal, "gif", g, fixtureLeaders); err == nil {
		t.Error("gif accepted")
	}
	if err := drawChart(&buf, "pie", pngFormat, g, fixtureLeaders); err == nil {
		t.Error("unknown chart accepted")
	}
}

// TestFlows checks the aggregate keeps each article's paragraph tones and
// its attributed quotations in order, and nothing else.
func TestFlows(t *testing.T) {
	g := chartFixture()
	if len(g.Flows) != 5 {
		t.Fatalf("%d flows, want 5", len(g.Flows))
	}
	i := slices.IndexFunc(g.Flows, func(f flow) bool { return f.Article == "article-2.txt" })
	if i < 0 {
		t.Fatal("no flow for article-2.txt")
	}
	if f := g.Flows[i]; len(f.Tones) != 8 || len(f.Quotes) != 5 || f.Title == "" {
		t.Errorf("flow = %+v", f)
	}
	g = newAggregate()
	g.add(result("r.txt", []attrib.Quote{
		{Paragraph: 1, Kind: attrib.KindIndirect, Speaker: "Ada"},
		{Paragraph: 1, Kind: attrib.KindTerm},
		{Paragraph: 1, Kind: attrib.KindDirect},
		{Paragraph: 1, Kind: attrib.KindPartial, Speaker: "Bo", Tone: tone.Scores{Tone: 0.5}},
	}, nil))
	if q := g.Flows[0].Quotes; len(q) != 1 || q[0].Speaker != "Bo" || q[0].Tone != 0.5 {
		t.Errorf("flow quotes = %+v, want Bo's partial quotation only", q)
	}
}

// TestFlowsByCoverage checks that the flows kept are those of the most
// covered articles, most first, the earlier article among equals.
func TestFlowsByCoverage(t *testing.T) {
	g := newAggregate()
	for a := range 2 * maxFlows {
		var ms []attrib.Mention
		for range (a * 7) % 11 {
			ms = append(ms, mention("Ada Brill", 0.1))
		}
		g.add(result(fmt.Sprintf("a%02d.txt", a), nil, ms))
	}
	var got []string
	for _, f := range g.Flows {
		got = append(got, fmt.Sprintf("%s:%d", f.Article, f.coverage))
	}
	want := []string{"a03.txt:10", "a14.txt:10", "a06.txt:9", "a17.txt:9", "a09.txt:8", "a20.txt:8", "a01.txt:7", "a12.txt:7", "a23.txt:7", "a04.txt:6", "a15.txt:6", "a07.txt:5"}
	if !slices.Equal(got, want) {
		t.Errorf("flows kept %v, want %v", got, want)
	}
}

func TestToneColour(t *testing.T) {
	if toneColour(-1) != toneStops[0] || toneColour(1) != toneStops[len(toneStops)-1] || toneColour(5) != toneStops[len(toneStops)-1] {
		t.Error("scale ends wrong")
	}
	if toneColour(math.NaN()) != colourMissing {
		t.Error("missing tone not grey")
	}
	if c := toneColour(-0.6); c.R <= c.B {
		t.Errorf("negative tone %v not red", c)
	}
	if c := toneColour(0.6); c.B <= c.R {
		t.Errorf("positive tone %v not blue", c)
	}
	if fmtTone(-0.001) != "0.00" || fmtTone(-0.25) != "−0.25" || fmtTone(0.5) != "+0.50" {
		t.Error("fmtTone")
	}
}

// BenchmarkCharts draws every chart of the fixture as PNG and SVG.
func BenchmarkCharts(b *testing.B) {
	g := chartFixture()
	for b.Loop() {
		for _, name := range chartNames(g) {
			f, err := buildChart(name, g, fixtureLeaders)
			if err != nil {
				b.Fatal(err)
			}
			for _, format := range []string{pngFormat, svgFormat} {
				var buf bytes.Buffer
				if err := f.write(&buf, format); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
}

// TestChartFontsLocal checks that the charts' font is set on the plots the
// report makes, not on gonum/plot's package defaults, which every other
// importer of gonum/plot shares.
func TestChartFontsLocal(t *testing.T) {
	if _, err := buildChart(chartPortrayal, chartFixture(), fixtureLeaders); err != nil {
		t.Fatal(err)
	}
	gonumDefault := font.Font{Typeface: "Liberation", Variant: "Serif"}
	if plot.DefaultFont != gonumDefault || plotter.DefaultFont != gonumDefault {
		t.Errorf("gonum/plot's default fonts changed: %+v, %+v", plot.DefaultFont, plotter.DefaultFont)
	}
	p := newPlot()
	for what, s := range map[string]text.Style{"title": p.Title.TextStyle, "legend": p.Legend.TextStyle,
		"x label": p.X.Label.TextStyle, "y label": p.Y.Label.TextStyle, "x ticks": p.X.Tick.Label, "y ticks": p.Y.Tick.Label} {
		if s.Font.Typeface != chartFont.Typeface || s.Font.Variant != chartFont.Variant || s.Font.Size == 0 {
			t.Errorf("%s font = %+v, want %s %s", what, s.Font, chartFont.Typeface, chartFont.Variant)
		}
	}
}
