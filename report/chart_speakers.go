package report

import (
	"fmt"
	"math"
	"sort"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg/draw"
)

// maxChartSpeakers is how many speakers tone_by_speaker shows: the most quoted.
const maxChartSpeakers = 30

const speakersTitle = "Tone of each speaker's quotations"

// speakersFigure: every quoted speaker's mean quote tone, warmest on top,
// as horizontal bars on the diverging scale with 95% intervals and n.
func speakersFigure(g *aggregate, leaders []string) (*figure, error) {
	names, total := mostQuoted(g)
	if total == 0 {
		return emptyFigure(speakersTitle, "No quotation was attributed to a speaker."), nil
	}
	ivs, limit := byWarmth(g, names)
	n := len(names)
	p := newPlot()
	p.X.Label.Text = "Mean tone of the speaker's quotations (−1 negative … +1 positive)"
	p.X.Tick.Marker = signedTicks{toneStep(limit)}
	p.X.Min, p.X.Max = -limit, limit
	p.Y.Min, p.Y.Max = widen(-0.6, float64(n)-0.4, 8)
	var bars rects
	var ws whiskers
	var ls labels
	var marks dots
	ticks := make([]plot.Tick, n)
	for i, name := range names {
		y := float64(n - 1 - i) // warmest on top
		iv, t := ivs[name], g.All[name]
		who := name
		if t.Type != "" && t.Type != "person" {
			who += " (" + t.Type + ")"
		}
		ticks[i] = plot.Tick{Value: y, Label: fmt.Sprintf("%s  n=%d", fit(who, p.Y.Tick.Label, 230), iv.N)}
		c := tint(labelColour(iv.Mean), 0.25)
		bars = append(bars, rect{x0: 0, x1: iv.Mean, y0: y - 0.32, y1: y + 0.32, fill: c, line: shade(c, 0.3)})
		if !math.IsNaN(iv.Low) {
			ws = append(ws, whisker{pos: y, lo: iv.Low, hi: iv.High, horizontal: true})
		}
		ls = append(ls, valueLabel(iv, y))
		if sc := speakerColour(leaders, name); sc != colourOther {
			// Leaders carry a dot in their colour at the left edge.
			marks = append(marks, dot{x: -limit * 0.975, y: y, colour: sc, radius: 5})
		}
	}
	p.Add(toneBands(-limit, limit, p.Y.Min, p.Y.Max, false), zeroLine(p.Y.Min, p.Y.Max, false), bars, ws, ls, marks)
	p.Y.Tick.Marker = plot.ConstantTicks(ticks)
	p.Y.Tick.Length = 0
	height := math.Max(675, 190+26*float64(n))
	sub := fmt.Sprintf("Bars: mean tone, warmest on top. Whiskers: 95%% interval, whole articles resampled, from %d articles and quotations up. n: quotations.", minN)
	note := fmt.Sprintf("%s quoted in %s", count(total, "speaker"), corpusNote(g))
	if total > n {
		note = fmt.Sprintf("The %d most quoted of %d speakers in %s", n, total, corpusNote(g))
	}
	note += ". A dot in a leader's colour marks the leaders compared in the other charts."
	return &figure{title: speakersTitle, subtitle: sub, legend: labelLegend("%s on average"), note: note, height: height, body: p.Draw}, nil
}

// mostQuoted returns the maxChartSpeakers most quoted speakers (ties by
// name) and how many speakers are quoted in all.
func mostQuoted(g *aggregate) (names []string, total int) {
	for name, t := range g.All {
		if t.Own.N > 0 {
			names = append(names, name)
		}
	}
	sort.Slice(names, func(i, j int) bool {
		a, b := g.All[names[i]], g.All[names[j]]
		if a.Own.N != b.Own.N {
			return a.Own.N > b.Own.N
		}
		return names[i] < names[j]
	})
	total = len(names)
	if total > maxChartSpeakers {
		names = names[:maxChartSpeakers]
	}
	return names, total
}

// byWarmth puts names in order of the mean tone of their quotations,
// warmest first (ties keep their order), and returns each one's interval
// and the half-span of a tone axis that shows them all.
func byWarmth(g *aggregate, names []string) (map[string]interval, float64) {
	ivs := map[string]interval{}
	var vals []float64
	for _, name := range names {
		iv := g.All[name].ownInterval("all|own|" + name)
		ivs[name] = iv
		vals = append(vals, iv.Mean, iv.Low, iv.High)
	}
	sort.SliceStable(names, func(i, j int) bool { return ivs[names[i]].Mean > ivs[names[j]].Mean })
	return ivs, toneLimit(vals...)
}

// valueLabel prints iv's mean beyond the end of its horizontal bar and
// whisker at y: to the right of a warm bar, to the left of a cold one.
func valueLabel(iv interval, y float64) label {
	valStyle := sans(10.5, colourSubtle)
	end := iv.Mean
	if !math.IsNaN(iv.Low) {
		end = iv.High
		if iv.Mean < 0 {
			end = iv.Low
		}
	}
	if iv.Mean >= 0 {
		return label{x: end, y: y, dx: 5, text: fmtTone(iv.Mean), style: aligned(valStyle, draw.XLeft, draw.YCenter)}
	}
	return label{x: end, y: y, dx: -5, text: fmtTone(iv.Mean), style: aligned(valStyle, draw.XRight, draw.YCenter)}
}
