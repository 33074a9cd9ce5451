package report

import (
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg/draw"
)

const flowTitle = "The tone of each article, paragraph by paragraph"

// flowFigure: small multiples, one panel per article kept in the
// aggregate's Flows: a bar per paragraph on the diverging scale, and a dot
// per quotation at its paragraph and tone in its speaker's colour.
func flowFigure(g *aggregate, leaders []string) (*figure, error) {
	flows := g.Flows
	if len(flows) == 0 {
		return emptyFigure(flowTitle, "No article was analysed."), nil
	}
	cols := min(len(flows), 3)
	if len(flows) > 9 {
		cols = 4
	}
	rows := (len(flows) + cols - 1) / cols
	plots := make([][]*plot.Plot, rows)
	for r := range plots {
		plots[r] = make([]*plot.Plot, cols)
	}
	panelW := 1150 / float64(cols)
	limit := flowLimit(flows)
	speakers := map[string]bool{}
	for k, f := range flows {
		p := flowPanel(f, limit, panelW, k/cols == rows-1, k%cols == 0)
		ds := flowDots(f, leaders)
		for _, q := range f.Quotes {
			speakers[q.Speaker] = true
		}
		p.Add(toneBands(-limit, limit, p.X.Min, p.X.Max, true), zeroLine(p.X.Min, p.X.Max, true), flowBars(f), ds)
		if len(f.Tones) == 0 {
			p.Add(labels{{x: (p.X.Min + p.X.Max) / 2, y: 0.5, text: "no paragraphs", style: aligned(sans(11, colourSubtle), draw.XCenter, draw.YCenter)}})
		}
		plots[k/cols][k%cols] = p
	}
	note := corpusNote(g)
	if g.Articles > len(flows) {
		note = fmt.Sprintf("The %d of %s with the most attributed quotations and references to people, most first; %d left out", len(flows), corpusNote(g), g.Articles-len(flows))
	}
	note += ". Bars: tone of each paragraph. Dots: tone of each quotation, at its paragraph, in its speaker's colour. Every panel has the same scale."
	return &figure{
		title:    flowTitle,
		subtitle: "Where the warm and the cold passages fall, and whose words they are.",
		legend:   flowLegend(leaders, speakers),
		note:     note,
		height:   math.Max(675, 150+250*float64(rows)),
		body:     func(c draw.Canvas) { drawTiles(c, plots, rows, cols) },
	}, nil
}

// flowLimit is the half-span of the one tone scale of every panel, so
// that they compare.
func flowLimit(flows []flow) float64 {
	var all []float64
	for _, f := range flows {
		all = append(all, f.Tones...)
		for _, q := range f.Quotes {
			all = append(all, q.Tone)
		}
	}
	return toneLimit(all...)
}

// flowPanel is the plot of one article's panel, panelW pixels wide, its
// axes named only on the bottom row and the left column.
func flowPanel(f flow, limit, panelW float64, bottom, left bool) *plot.Plot {
	p := newPlot()
	p.Title.TextStyle.Font.Size, p.Title.TextStyle.Color = 12, colourText
	p.Title.Text = fit(flowName(f), p.Title.TextStyle, panelW-40)
	p.Title.Padding = px(4)
	p.X.Tick.Label.Font.Size, p.Y.Tick.Label.Font.Size = 10, 10
	p.Y.Min, p.Y.Max = -limit, limit
	p.Y.Tick.Marker = signedTicks{toneStep(limit)}
	p.X.Min, p.X.Max = 0.4, math.Max(1, float64(len(f.Tones)))+0.6
	p.X.Tick.Marker = paragraphTicks{}
	if bottom {
		p.X.Label.Text = "paragraph"
		p.X.Label.TextStyle.Font.Size = 11
	}
	if left {
		p.Y.Label.Text = "tone"
		p.Y.Label.TextStyle.Font.Size = 11
	}
	return p
}

// flowBars is a bar per paragraph, coloured by its tone's label.
func flowBars(f flow) rects {
	var bars rects
	for i, t := range f.Tones {
		x := float64(i + 1)
		c := tint(labelColour(t), 0.35)
		bars = append(bars, rect{x0: x - 0.4, x1: x + 0.4, y0: 0, y1: t, fill: c, line: shade(c, 0.2)})
	}
	return bars
}

// flowDots is a dot per quotation in its speaker's colour; quotations in
// one paragraph spread out a little, in order.
func flowDots(f flow, leaders []string) dots {
	var ds dots
	inPara := map[int]int{}
	for _, q := range f.Quotes {
		inPara[q.Paragraph]++
	}
	seen := map[int]int{}
	for _, q := range f.Quotes {
		k, n := seen[q.Paragraph], inPara[q.Paragraph]
		seen[q.Paragraph]++
		dx := 0.0
		if n > 1 {
			dx = (float64(k)/float64(n-1) - 0.5) * 0.6
		}
		ds = append(ds, dot{x: float64(q.Paragraph) + dx, y: q.Tone, colour: speakerColour(leaders, q.Speaker), radius: 4, ring: true})
	}
	return ds
}

// flowLegend names the leaders quoted in the panels, then other speakers
// and the paragraph colours.
func flowLegend(leaders []string, speakers map[string]bool) []legendEntry {
	var legend []legendEntry
	for i, name := range leaders {
		if speakers[name] {
			legend = append(legend, legendEntry{label: name, fill: leaderColour(i), dot: true})
		}
	}
	legend = append(legend, legendEntry{label: "other speakers", fill: colourOther, dot: true})
	for _, e := range labelLegend("%s paragraph") {
		e.fill = tint(e.fill.(color.RGBA), 0.35)
		legend = append(legend, e)
	}
	return legend
}

// drawTiles draws a grid of plots (nil for an empty tile) on c, their
// axes aligned.
func drawTiles(c draw.Canvas, plots [][]*plot.Plot, rows, cols int) {
	tiles := draw.Tiles{Rows: rows, Cols: cols, PadX: px(22), PadY: px(16), PadBottom: px(2)}
	canvases := plot.Align(plots, tiles, c)
	for r := range plots {
		for k := range plots[r] {
			if plots[r][k] != nil {
				plots[r][k].Draw(canvases[r][k])
			}
		}
	}
}

// flowName is an article's title, else its ID.
func flowName(f flow) string {
	if f.Title != "" {
		return f.Title
	}
	return f.Article
}

// paragraphTicks marks paragraph numbers at a step that keeps labels apart.
type paragraphTicks struct{}

// Ticks implements plot.Ticker.
func (paragraphTicks) Ticks(lo, hi float64) []plot.Tick {
	span := hi - lo
	step := 1.0
	for _, s := range []float64{1, 2, 5, 10, 20, 50, 100} {
		step = s
		if span/s <= 10 {
			break
		}
	}
	var ts []plot.Tick
	for v := step; v <= hi; v += step {
		if v >= lo {
			ts = append(ts, plot.Tick{Value: v, Label: fmt.Sprintf("%.0f", v)})
		}
	}
	return ts
}
