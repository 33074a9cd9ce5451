package report

import (
	"bytes"
	"encoding/base64"
	"encoding/csv"
	"html"
	"image/png"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"portray/analyze"
	"portray/analyze/attrib"
	"portray/analyze/input"
	"portray/analyze/tone"
)

func TestNum(t *testing.T) {
	for _, c := range []struct {
		f    float64
		d    int
		want string
	}{{0.12345, 3, "0.123"}, {-0.0001, 3, "0.000"}, {-0.5, 2, "-0.50"}, {math.NaN(), 3, ""}, {math.Inf(1), 3, ""}, {2, 0, "2"}} {
		if got := num(c.f, c.d); got != c.want {
			t.Errorf("num(%v, %d) = %q, want %q", c.f, c.d, got, c.want)
		}
	}
}

// result builds an analysis result with the given quotations and mentions.
func result(id string, quotes []attrib.Quote, mentions []attrib.Mention) analyze.Result {
	return analyze.Result{Article: input.Article{ID: id, Format: "txt"}, Quotes: quotes, Mentions: mentions,
		Paragraphs: []analyze.ParagraphResult{{Paragraph: input.Paragraph{Index: 1, Line: 1, Text: "x"}, Sentences: 1}}}
}

func quote(speaker, text string, t float64) attrib.Quote {
	typ := "person"
	if strings.ToLower(speaker) == speaker {
		typ = "group"
	}
	return attrib.Quote{Paragraph: 1, Line: 1, Text: text, Kind: attrib.KindDirect, Speaker: speaker, SpeakerType: typ, Cue: "say",
		Attribution: attrib.RuleCueAfter, Confidence: 0.95, Tone: tone.Scores{Tone: t, Vader: t, Label: tone.Label(t)}}
}

func mention(person string, t float64) attrib.Mention {
	return attrib.Mention{Paragraph: 1, Sentence: 1, Person: person, Words: person, Kind: "name", Text: "s",
		Tone: tone.Scores{Tone: t, Label: tone.Label(t)}}
}

// TestWriterNeutralisesFormulaQuote writes a quotation that looks like a
// formula and checks the CSV cell comes out as text, while a negative
// number in a numeric column is left alone.
func TestWriterNeutralisesFormulaQuote(t *testing.T) {
	dir := t.TempDir()
	w, err := NewWriter(dir, Options{TopLeaders: 3})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Add(result("a.txt", []attrib.Quote{quote("Ada Brill", `=HYPERLINK("http://x","click")`, -0.5)}, nil)); err != nil {
		t.Fatal(err)
	}
	if err := w.CloseContext(t.Context()); err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, filepath.Join(dir, "quotes.csv"))
	head, row := rows[0], rows[1]
	col := func(name string) string {
		for i, h := range head {
			if h == name {
				return row[i]
			}
		}
		t.Fatalf("no column %s", name)
		return ""
	}
	if got := col("quote"); got != `'=HYPERLINK("http://x","click")` {
		t.Errorf("quote cell = %q", got)
	}
	if got := col("tone"); got != "-0.500" {
		t.Errorf("tone cell = %q, want -0.500", got)
	}
}

func TestWriterExcelBOM(t *testing.T) {
	dir := t.TempDir()
	w, err := NewWriter(dir, Options{Excel: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.CloseContext(t.Context()); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"articles.csv", "quotes.csv", "speakers.csv", "leaders.csv"} {
		data, _ := os.ReadFile(filepath.Join(dir, name))
		if !bytes.HasPrefix(data, []byte("\ufeff")) {
			t.Errorf("%s has no byte-order mark", name)
		}
	}
}

func TestBootstrapReproducible(t *testing.T) {
	xs := []float64{-0.4, 0.1, 0.3, 0.05, -0.2, 0.6, 0.2, -0.1}
	a, b := bootstrap(xs, "Ada Brill"), bootstrap(xs, "Ada Brill")
	if a != b {
		t.Fatalf("same seed, different intervals: %+v vs %+v", a, b)
	}
	if !(a.Low <= a.Mean && a.Mean <= a.High) || a.Low < -0.4 || a.High > 0.6 {
		t.Errorf("interval %+v does not bracket the mean within the data's range", a)
	}
	if c := bootstrap(xs, "Other"); c.Low == a.Low && c.High == a.High {
		t.Errorf("a different seed gave the very same interval %+v", c)
	}
	if one := bootstrap([]float64{0.3}, "x"); one.Mean != 0.3 || !math.IsNaN(one.Low) {
		t.Errorf("one value: %+v, want mean 0.3 and no interval", one)
	}
	if few := bootstrap(xs[:minN-1], "x"); !math.IsNaN(few.Low) || !math.IsNaN(few.High) || few.N != minN-1 {
		t.Errorf("%d values: %+v, want a mean and no interval", minN-1, few)
	}
	if enough := bootstrap(xs[:minN], "x"); math.IsNaN(enough.Low) || !(enough.Low < enough.High) {
		t.Errorf("%d values: %+v, want an interval", minN, enough)
	}
	if none := bootstrap(nil, "x"); none.N != 0 || !math.IsNaN(none.Mean) {
		t.Errorf("no values: %+v", none)
	}
}

// TestBootstrapNormalAgree checks that where bootstrap switches to the
// normal approximation the interval hardly moves: the bootstrap of n values
// and the normal interval of the same values plus their mean agree to a
// tenth of the interval's width.
func TestBootstrapNormalAgree(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	xs := make([]float64, normalAbove)
	for i := range xs {
		// skewed, clumped at zero like tones of news sentences
		if rng.IntN(3) > 0 {
			xs[i] = math.Tanh(rng.NormFloat64()*0.4 - 0.1)
		}
	}
	boot := bootstrap(xs, "x")
	norm := bootstrap(append(xs, boot.Mean), "x")
	width := boot.High - boot.Low
	if width <= 0 || math.Abs(boot.Low-norm.Low) > width/10 || math.Abs(boot.High-norm.High) > width/10 {
		t.Errorf("bootstrap %+v and normal %+v intervals differ", boot, norm)
	}
}

// TestSpeakersOrder checks the speakers table: most quoted first, ties by
// name, a group marked as such, and speakers named "NA" and "NaN" kept as
// text and in their place.
func TestSpeakersOrder(t *testing.T) {
	g := newAggregate()
	g.add(result("a.txt", []attrib.Quote{
		quote("Bo Lind", "one", 0.2), quote("NA", "two", 0.1), quote("reporters", "three", 0), quote("NaN", "six", 0),
		quote("Ada Brill", "four", -0.3), quote("Ada Brill", "five", 0.5),
	}, nil))
	var buf bytes.Buffer
	if err := writeSpeakers(&buf, g, false); err != nil {
		t.Fatal(err)
	}
	rows, _ := csv.NewReader(&buf).ReadAll()
	var names []string
	for _, r := range rows[1:] {
		names = append(names, r[0]+"/"+r[1])
	}
	want := "Ada Brill/person Bo Lind/person NA/person NaN/person reporters/group"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("speakers = %s, want %s", got, want)
	}
	if tone := rows[1][slices.Index(rows[0], "mean_tone")]; tone != "0.100" {
		t.Errorf("Ada Brill mean tone %q, want 0.100", tone)
	}
}

// TestLeadersTrace checks that the leaders table's numbers are the means of
// the quotation and mention rows that went in.
func TestLeadersTrace(t *testing.T) {
	g := newAggregate()
	g.add(result("a.txt", []attrib.Quote{quote("Ada Brill", "a", 0.4), quote("Ada Brill", "b", 0.2)},
		[]attrib.Mention{mention("Ada Brill", -0.2), mention("Ada Brill", 0), mention("Bo Lind", 0.3)}))
	g.add(result("b.txt", nil, []attrib.Mention{mention("Ada Brill", -0.4)}))
	leaders := g.leaders(nil, 5)
	if strings.Join(leaders, ",") != "Ada Brill,Bo Lind" {
		t.Fatalf("leaders = %v", leaders)
	}
	var buf bytes.Buffer
	if err := writeLeaders(&buf, g, leaders, false); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for i, h := range rows[0] {
		got[h] = rows[1][i]
	}
	for col, want := range map[string]string{
		"leader": "Ada Brill", "articles": "2", "quotes": "2", "words_quoted": "2", "own_tone": "0.300",
		"mentions": "3", "portrayed_tone": "-0.200", "portrayed_low": "", "portrayed_high": "",
		"others_quotes": "0", "others_tone": "", "voice_share": "1.000", "mention_share": "0.750",
		"neutral_verb_share": "1.000", "loaded_verb_share": "0.000", "own_vs_portrayed": "too few to compare (fewer than 5 articles or items)",
	} {
		if got[col] != want {
			t.Errorf("%s = %q, want %q", col, got[col], want)
		}
	}
}

// TestFamily checks the verdicts on a family of differences: a call only
// when the interval widened for the family's size excludes 0, so a
// difference clear on its own can stop being one in a larger family.
func TestFamily(t *testing.T) {
	d := func(v, se float64) diffRow {
		return diffRow{Tone: estimate{Units: 40, Value: v, SE: se, Low: v - 2*se, High: v + 2*se}}
	}
	none := diffRow{Tone: estimate{Units: 3, Value: 0.5, Low: math.NaN(), High: math.NaN(), SE: math.NaN()}}
	for _, c := range []struct {
		name string
		ds   []diffRow
		want []string
	}{
		{"alone", []diffRow{d(0.1, 0.04)}, []string{"higher"}},
		{"alone, lower", []diffRow{d(-0.1, 0.04)}, []string{"lower"}},
		{"includes 0", []diffRow{d(0.05, 0.04)}, []string{"no clear difference (the adjusted interval of the difference includes 0)"}},
		{"ten comparisons", append([]diffRow{d(0.1, 0.04)}, slices.Repeat([]diffRow{d(0, 0.04)}, 9)...), append([]string{"no clear difference (the adjusted interval of the difference includes 0)"}, slices.Repeat([]string{"no clear difference (the adjusted interval of the difference includes 0)"}, 9)...)},
		{"too few", []diffRow{none, d(0.1, 0.04)}, []string{"too few to compare (fewer than 5 articles or items)", "higher"}},
	} {
		family(c.ds, "higher", "lower")
		for i, want := range c.want {
			if got := c.ds[i].Verdict; got != want {
				t.Errorf("%s: difference %d: %q, want %q", c.name, i, got, want)
			}
		}
		if c.name == "too few" && c.ds[1].Comparisons != 1 {
			t.Errorf("too few: family of %d, want 1 (the difference without an interval is not in it)", c.ds[1].Comparisons)
		}
	}
}

func TestFraming(t *testing.T) {
	n, l, list := framing(map[string]int{"say": 6, "claim": 3, "insist": 1, "hope": 2})
	if n != 0.5 || math.Abs(l-4.0/12) > 1e-12 || list != "claim 3; insist 1" {
		t.Errorf("framing = %v %v %q", n, l, list)
	}
}

func TestPortrayalChartRenders(t *testing.T) {
	g := newAggregate()
	g.add(result("a.txt", []attrib.Quote{quote("Ada Brill", "a", 0.4)}, []attrib.Mention{mention("Ada Brill", -0.2)}))
	for name, leaders := range map[string][]string{
		"empty":  nil,
		"single": {"Ada Brill"},
		"long":   {"Ada Brill", "A Person With An Extraordinarily Long Name Indeed"},
	} {
		var buf bytes.Buffer
		if err := drawChart(&buf, chartPortrayal, pngFormat, g, leaders); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		img, err := png.Decode(&buf)
		if err != nil {
			t.Fatalf("%s: not a PNG: %v", name, err)
		}
		if b := img.Bounds(); b.Dx() != 1200 || b.Dy() != 675 {
			t.Errorf("%s: size %v, want 1200×675", name, b)
		}
	}
}

func TestShorten(t *testing.T) {
	if got := shorten("Donald Trump", 22); got != "Donald Trump" {
		t.Errorf("short name changed: %q", got)
	}
	got := shorten("A Person With An Extraordinarily Long Name", 22)
	if len([]rune(got)) > 22 || !strings.HasSuffix(got, "…") {
		t.Errorf("shorten = %q", got)
	}
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// TestPageEscapes checks that a quotation holding markup reaches the page
// and the summary as text, never as markup.
func TestPageEscapes(t *testing.T) {
	g := newAggregate()
	evil := `<script>alert("x")</script>`
	g.add(result("a<b>.txt", []attrib.Quote{quote("Ada <i>Brill</i>", evil, 0.2)}, []attrib.Mention{mention("Ada <i>Brill</i>", 0.1)}))
	g.addInput(input.Input{Article: input.Article{ID: "<img src=x>.csv"}, Status: input.StatusSkipped, Reason: "not <b>an</b> article"})
	leaders := g.leaders(nil, 5)
	var page, md bytes.Buffer
	if err := writePage(&page, g, leaders, []renderedChart{{name: "portrayal.png", data: []byte{0x89, 'P', 'N', 'G'}, format: pngFormat}}, 1, 1, 0); err != nil {
		t.Fatal(err)
	}
	html := page.String()
	for _, bad := range []string{"<script>", "<i>Brill", "<img src=x>", "<b>an</b>"} {
		if strings.Contains(html, bad) {
			t.Errorf("page contains unescaped %q", bad)
		}
	}
	for _, good := range []string{"&lt;script&gt;", "Ada &lt;i&gt;Brill&lt;/i&gt;", "data:image/png;base64,iVBORw"} {
		if !strings.Contains(html, good) {
			t.Errorf("page lacks %q", good)
		}
	}
	if err := writeSummary(&md, g, leaders, 1, 1, 0); err != nil {
		t.Fatal(err)
	}
	if regexp.MustCompile(`(^|[^\\])<[A-Za-z/!?]`).MatchString(md.String()) || !strings.Contains(md.String(), `\<img src=x>`) {
		t.Errorf("summary.md carries markup:\n%s", md.String())
	}
}

// TestSummaryPlainText checks that summary.md, read in a terminal, shows
// text as written: no HTML entities, markup escaped by a backslash.
func TestSummaryPlainText(t *testing.T) {
	for in, want := range map[string]string{
		"too few to compare (n<5)": "too few to compare (n<5)",
		"a > b & c":                "a > b & c",
		"<img src=x>":              `\<img src=x>`,
		"x</b> <!-- y":             `x\</b> \<!-- y`,
		"a | b\nc":                 `a \| b c`,
	} {
		if got := mdCell(in); got != want {
			t.Errorf("mdCell(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLeadersByGroup checks the per-source table: one row per source and
// leader with data, and no table when no article has a source.
func TestLeadersByGroup(t *testing.T) {
	g := newAggregate()
	a := result("a.txt", []attrib.Quote{quote("Ada Brill", "a", 0.4)}, nil)
	a.Article.Source = "The Courier"
	b := result("b.txt", nil, []attrib.Mention{mention("Ada Brill", -0.3), mention("Bo Lind", 0.1)})
	b.Article.Source = "=Evil Gazette"
	g.add(a)
	g.add(b)
	var buf bytes.Buffer
	if err := writeLeadersBy(t.Context(), &buf, g, bySource, []string{"Ada Brill", "Bo Lind"}, false, 0); err != nil {
		t.Fatal(err)
	}
	rows, _ := csv.NewReader(&buf).ReadAll()
	var got []string
	for _, r := range rows[1:] {
		got = append(got, r[0]+"/"+r[1])
	}
	if want := "The Courier/Ada Brill '=Evil Gazette/Ada Brill '=Evil Gazette/Bo Lind"; strings.Join(got, " ") != want {
		t.Errorf("rows = %v, want %s", got, want)
	}
	if len(g.Groups[byDate].Order) != 0 {
		t.Errorf("dates recorded without any date: %v", g.Groups[byDate].Order)
	}
}

// TestNth checks the quickselect against a sort on many random slices with
// ties, for every index.
func TestNth(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for n := 1; n < 60; n++ {
		xs := make([]float64, n)
		for i := range xs {
			xs[i] = float64(rng.IntN(7)) // many ties
		}
		sorted := slices.Clone(xs)
		slices.Sort(sorted)
		for k := range n {
			work := slices.Clone(xs)
			if got := nth(work, k); got != sorted[k] {
				t.Fatalf("nth(%v, %d) = %v, want %v", xs, k, got, sorted[k])
			}
			for i := range k {
				if work[i] > sorted[k] {
					t.Fatalf("nth(%v, %d) left %v before the %dth value %v", xs, k, work[i], k, sorted[k])
				}
			}
		}
	}
}

// pageImages returns the name and bytes of every image embedded in a page.
func pageImages(t *testing.T, page string) (names []string, data [][]byte) {
	t.Helper()
	for _, m := range regexp.MustCompile(`<img src="data:image/png;base64,([^"]*)" alt="([^"]*)">`).FindAllStringSubmatch(page, -1) {
		b, err := base64.StdEncoding.DecodeString(html.UnescapeString(m[1]))
		if err != nil {
			t.Fatalf("image %s: %v", m[2], err)
		}
		names, data = append(names, m[2]), append(data, b)
	}
	return names, data
}

// TestPageChartsFromMemory checks that the page embeds the PNG charts it
// is handed, byte for byte and in order, without any chart file on disk:
// the working folder is empty, and the bytes handed are not even PNGs.
func TestPageChartsFromMemory(t *testing.T) {
	t.Chdir(t.TempDir())
	g := chartFixture()
	charts, err := layoutCharts(g, fixtureLeaders)
	if err != nil {
		t.Fatal(err)
	}
	var wantNames []string
	var wantData [][]byte
	for i, c := range charts {
		charts[i].data = []byte(c.name + ", rendered in memory and on no disk")
		if c.format == pngFormat {
			wantNames, wantData = append(wantNames, c.name), append(wantData, charts[i].data)
		}
	}
	var page bytes.Buffer
	if err := writePage(&page, g, fixtureLeaders, charts, 5, 0, 0); err != nil {
		t.Fatal(err)
	}
	names, data := pageImages(t, page.String())
	if !slices.Equal(names, wantNames) {
		t.Fatalf("page images %v, want %v", names, wantNames)
	}
	for i := range data {
		if !bytes.Equal(data[i], wantData[i]) {
			t.Errorf("%s: the page's image is %q, not the bytes handed", names[i], data[i])
		}
	}
}

// checkPageCharts checks that a run's page embeds every PNG chart file it
// wrote, byte for byte.
func checkPageCharts(t *testing.T, files map[string]string) {
	t.Helper()
	names, data := pageImages(t, files["index.html"])
	if len(names) != 9 {
		t.Errorf("%d images in the page, want the 9 charts", len(names))
	}
	for i, name := range names {
		if files[name] != string(data[i]) {
			t.Errorf("the page's %s is not the file %s", name, name)
		}
	}
}
