package report

import (
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"math"
	"regexp"
	"strings"

	"portray/analyze/input"
	"portray/analyze/tone"
)

// pageData is what the report page and the summary show.
type pageData struct {
	Articles, Skipped, Failed int
	Duplicates                int
	KeepDuplicates            bool
	AllAttributions           bool
	Leaders                   []leaderRow
	Charts                    []chartData
	Quotes                    []leaderQuotes
	Inputs                    []input.Input
}

type chartData struct {
	Name string
	Src  template.URL
}

type leaderQuotes struct {
	Leader           string
	Warmest, Coldest []quoteView
}

type quoteView struct {
	Article, Text, Kind, Label, Why string
	Paragraph                       int
	Tone                            string
}

func newPageData(g *aggregate, leaders []string, charts []renderedChart, ok, skipped, failed int) pageData {
	d := pageData{Articles: ok, Skipped: skipped, Failed: failed, Duplicates: g.Duplicates, KeepDuplicates: g.keepDuplicates, AllAttributions: g.allAttributions, Leaders: g.leaderTable(leaders).rows, Inputs: g.Inputs}
	for _, c := range charts {
		if c.format != pngFormat {
			continue
		}
		d.Charts = append(d.Charts, chartData{Name: c.name,
			Src: template.URL("data:image/png;base64," + base64.StdEncoding.EncodeToString(c.data))})
	}
	for _, name := range leaders {
		lq := leaderQuotes{Leader: name}
		if t := g.All[name]; t != nil {
			lq.Warmest, lq.Coldest = views(t.Warmest), views(t.Coldest)
		}
		d.Quotes = append(d.Quotes, lq)
	}
	return d
}

func views(refs []quoteRef) []quoteView {
	out := make([]quoteView, len(refs))
	for i, r := range refs {
		q := r.Quote
		out[i] = quoteView{Article: r.Article, Paragraph: q.Paragraph, Text: q.Text, Kind: q.Kind, Label: q.Tone.Label,
			Tone: signed(q.Tone.Tone), Why: why(q.Tone)}
	}
	return out
}

// why names the words behind a tone, or its signals when no word stood out.
func why(s tone.Scores) string {
	if t := tone.FormatTerms(s.Terms); t != "" {
		return "words: " + t
	}
	return fmt.Sprintf("VADER %s, Naive Bayes %s", signed(s.Vader), signed(s.NB))
}

// signed formats a tone with its sign, or "–" when missing.
func signed(f float64) string {
	if math.IsNaN(f) {
		return "–"
	}
	return fmt.Sprintf("%+.2f", f)
}

// fmtInterval formats a mean with its 95% interval and n.
func fmtInterval(iv interval) string {
	switch {
	case iv.N == 0:
		return "–"
	case math.IsNaN(iv.Low):
		return fmt.Sprintf("%s (n=%d)", signed(iv.Mean), iv.N)
	}
	return fmt.Sprintf("%s [%s, %s] (n=%d)", signed(iv.Mean), signed(iv.Low), signed(iv.High), iv.N)
}

var pageTemplate = template.Must(template.New("page").Funcs(template.FuncMap{"interval": fmtInterval, "pct": pct, "mix": fmtMix, "share": fmtShare}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>portray: how each leader is portrayed</title>
<style>
body { font-family: "Liberation Sans", Arial, sans-serif; margin: 2em auto; max-width: 1240px; color: #222; line-height: 1.4; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
td.num { text-align: right; white-space: nowrap; }
img { max-width: 100%; border: 1px solid #ddd; margin: 0.5em 0; }
.negative { color: #b2182b; } .positive { color: #2166ac; } .neutral { color: #555; }
blockquote { margin: 0.4em 0 0.4em 1em; }
small { color: #666; }
</style>
</head>
<body>
<h1>How each leader is portrayed</h1>
<p>{{.Articles}} articles analysed, {{.Skipped}} files skipped, {{.Failed}} failed.{{if .Duplicates}} {{.Duplicates}} of the articles analysed copy an earlier one (the same story with small edits or other boilerplate; articles.csv names it){{if .KeepDuplicates}} and are counted as articles of their own.{{else}}: each story counts once.{{end}}{{end}}
Tone runs from −1 (negative) to +1 (positive); a label is negative below −0.05 and positive above +0.05.</p>
<p>Every interval is a 95% interval that resamples whole articles, not sentences: the sentences of one article share a writer and an event, so they are not independent (a percentile bootstrap over articles, widened for few articles; the normal approximation above 400 articles). A leader's interval needs 5 articles and 5 items. A difference gets its own interval, paired by article (each article drawn again with both sides), and is called only when its interval widened for the number of comparisons (Bonferroni: over all pairs of leaders, and over the leaders for own words against portrayal) leaves out 0; leader_differences.csv lists every difference with both intervals. Beside each mean tone, the percentages of negative and positive items, with their intervals, say how large a gap is.</p>
<p>{{if .AllAttributions}}A leader's own words are every quotation attributed to them (--all-attributions), the unsure ones included.{{else}}A leader's own words are the quotations attributed to them with confidence 0.75 or more (on labelled 2016 election news, 93–98% of these were theirs); the others, mostly given through a pronoun from earlier sentences or a speaker carried over, are counted in leaders.csv's quotes_left_out and left out of every own-words figure (--all-attributions counts them).{{end}}</p>
{{range .Charts}}<figure><img src="{{.Src}}" alt="{{.Name}}"><figcaption><small>{{.Name}}</small></figcaption></figure>
{{end}}
<h2>Leaders</h2>
<table>
<tr><th>Leader</th><th>Own words: tone of their quotations</th><th>Portrayed: tone of sentences about them</th><th>Others' quotations about them</th><th>Share of voice</th><th>Loaded reporting verbs</th><th>Own words vs portrayal</th><th>Portrayal vs the other leaders</th></tr>
{{range .Leaders}}<tr><td>{{.Leader}}</td><td class="num">{{interval .Own}}<br>{{mix .Shares.OwnNeg .Shares.OwnPos}}</td><td class="num">{{interval .Portrayed}}<br>{{mix .Shares.PortNeg .Shares.PortPos}}</td><td class="num">{{interval .Others}}</td><td class="num">{{share .Shares.Voice}} of words quoted<br>{{share .Shares.Mention}} of sentences</td><td>{{share .Shares.Loaded}} {{.LoadedVerbs}}</td><td>{{.OwnVsPortrayed}}</td><td>{{.PortrayedVsLeaders}}</td></tr>
{{end}}</table>
<h2>Their words: the warmest and coldest quotations</h2>
{{range .Quotes}}<h3>{{.Leader}}</h3>
{{if not .Warmest}}<p><small>No quotations.</small></p>{{end}}
{{range .Warmest}}<blockquote class="{{.Label}}">“{{.Text}}” <small>tone {{.Tone}} ({{.Why}}) · {{.Kind}} · {{.Article}}, paragraph {{.Paragraph}}</small></blockquote>
{{end}}{{range .Coldest}}<blockquote class="{{.Label}}">“{{.Text}}” <small>tone {{.Tone}} ({{.Why}}) · {{.Kind}} · {{.Article}}, paragraph {{.Paragraph}}</small></blockquote>
{{end}}{{end}}
<h2>Files not analysed</h2>
{{if .Inputs}}<table><tr><th>File</th><th>Status</th><th>Reason</th></tr>
{{range .Inputs}}<tr><td>{{.Article.ID}}</td><td>{{.Status}}</td><td>{{.Reason}}</td></tr>
{{end}}</table>{{else}}<p>None: every file was read.</p>{{end}}
</body>
</html>
`))

// fmtMix gives the percentages of negative and positive items with their
// intervals: "31% negative [27, 35], 22% positive [18, 26]".
func fmtMix(neg, pos estimate) string {
	if math.IsNaN(neg.Value) {
		return ""
	}
	one := func(e estimate, what string) string {
		s := fmt.Sprintf("%.0f%% %s", e.Value, what)
		if e.ok() {
			s += fmt.Sprintf(" [%.0f, %.0f]", e.Low, e.High)
		}
		return s
	}
	return one(neg, "negative") + ", " + one(pos, "positive")
}

// fmtShare gives a share as a percentage with its interval: "34% [28, 41]".
func fmtShare(e estimate) string {
	s := pct(e.Value)
	if e.ok() {
		s += fmt.Sprintf(" [%.0f, %.0f]", 100*e.Low, 100*e.High)
	}
	return s
}

func pct(f float64) string {
	if math.IsNaN(f) {
		return "–"
	}
	return fmt.Sprintf("%.0f%%", 100*f)
}

// writePage writes the self-contained report page: the PNG charts
// embedded from their rendered bytes (no file is read), the leaders table,
// each leader's warmest and coldest quotations with the signals behind
// their tone, and the files not analysed. Every text is escaped.
func writePage(w io.Writer, g *aggregate, leaders []string, charts []renderedChart, ok, skipped, failed int) error {
	return pageTemplate.Execute(w, newPageData(g, leaders, charts, ok, skipped, failed))
}

// writeSummary writes the run's summary in markdown: counts, the leaders
// table and the files not analysed.
func writeSummary(w io.Writer, g *aggregate, leaders []string, ok, skipped, failed int) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# portray summary\n\n%d articles analysed, %d files skipped, %d failed.\n\n", ok, skipped, failed)
	if g.Duplicates > 0 {
		how := "each story counts once"
		if g.keepDuplicates {
			how = "counted as articles of their own"
		}
		fmt.Fprintf(&b, "%d of the articles copy an earlier one (articles.csv names it): %s.\n\n", g.Duplicates, how)
	}
	b.WriteString("Intervals resample whole articles; a difference is called only when its interval, widened for the number of comparisons (Bonferroni), leaves out 0 (see leader_differences.csv).\n\n")
	b.WriteString("Tone: −1 negative … +1 positive; mean [95% interval] (n).\n\n")
	b.WriteString("| leader | own words | portrayed | others' quotations | own vs portrayed | portrayal vs other leaders |\n")
	b.WriteString("| --- | --- | --- | --- | --- | --- |\n")
	for _, r := range g.leaderTable(leaders).rows {
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s |\n", mdCell(r.Leader), fmtInterval(r.Own), fmtInterval(r.Portrayed),
			fmtInterval(r.Others), mdCell(r.OwnVsPortrayed), mdCell(r.PortrayedVsLeaders))
	}
	if len(g.Inputs) > 0 {
		b.WriteString("\n## Files not analysed\n\n")
		for _, in := range g.Inputs {
			fmt.Fprintf(&b, "- %s %s: %s\n", in.Status, mdCell(in.Article.ID), mdCell(in.Reason))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// mdCell escapes text for a markdown table cell that stays readable in a
// terminal: a pipe and the "<" that would open an HTML tag ("<img",
// "</b", "<!--") get a backslash, which markdown drops; "n<5" and "a > b"
// are left as they are.
func mdCell(s string) string {
	s = strings.NewReplacer("|", `\|`, "\n", " ").Replace(s)
	return tagStart.ReplaceAllString(s, `\<$1`)
}

// tagStart matches a "<" that would open an HTML tag, comment or
// declaration in markdown.
var tagStart = regexp.MustCompile(`<([A-Za-z/!?])`)

// headline is the short summary printed at the end of a batch: one line
// per leader with own words against portrayal.
func headline(g *aggregate, leaders []string) []string {
	var out []string
	for _, r := range g.leaderTable(leaders).rows {
		out = append(out, fmt.Sprintf("%s: own words %s, portrayed %s; %s", r.Leader, fmtInterval(r.Own), fmtInterval(r.Portrayed), r.OwnVsPortrayed))
	}
	return out
}
