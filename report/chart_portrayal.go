package report

import (
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg/draw"
)

const portrayalTitle = "How each leader is portrayed: their own words vs. the text about them"

// legendOwnPortrayed explains solid and pale bars in a neutral ink.
var legendOwnPortrayed = []legendEntry{
	{label: "Own words: the leader's quotations", fill: color.RGBA{R: 0x44, G: 0x44, B: 0x44, A: 0xff}},
	{label: "Portrayed: the writer's sentences about the leader", fill: tint(color.RGBA{R: 0x44, G: 0x44, B: 0x44, A: 0xff}, 0.65), line: color.RGBA{R: 0x44, G: 0x44, B: 0x44, A: 0xff}},
}

// portrayalFigure: per leader, the mean tone of their own quotations (solid
// bar in the leader's colour) beside the mean tone of the sentences about
// them (pale bar), with 95% intervals and n under each bar.
func portrayalFigure(g *aggregate, leaders []string) (*figure, error) {
	if len(leaders) == 0 {
		return emptyFigure(portrayalTitle, "No people were found in the articles, so there is no one to compare."), nil
	}
	rows := g.leaderTable(leaders).rows
	var vals []float64
	for _, r := range rows {
		vals = append(vals, r.Own.Mean, r.Own.Low, r.Own.High, r.Portrayed.Mean, r.Portrayed.Low, r.Portrayed.High)
	}
	limit := toneLimit(vals...)
	n := float64(len(rows))
	p := newPlot()
	p.X.Tick.Label.Font.Size = 12
	toneAxes(p, "Mean tone (−1 negative … +1 positive)", n, limit)

	// The data area is about 1100 pixels wide: a slot per leader.
	slot := 1100 / (p.X.Max - p.X.Min)
	const half, width = 0.21, 0.36
	words := slot*2*half >= 84
	var bars rects
	var ws whiskers
	var ls labels
	var ticks []plot.Tick
	valStyle := sans(10.5, colourSubtle)
	for i, r := range rows {
		c := leaderColour(i)
		for k, side := range []struct {
			iv   interval
			fill color.Color
			line color.Color
			what string
		}{{r.Own, c, nil, "own"}, {r.Portrayed, tint(c, 0.6), c, "portrayed"}} {
			x := float64(i) + half*float64(2*k-1)
			lbl := fmt.Sprintf("n=%d", side.iv.N)
			if words {
				lbl = side.what + "\n" + lbl
			}
			ticks = append(ticks, plot.Tick{Value: x, Label: lbl})
			if side.iv.N == 0 {
				ls = append(ls, label{x: x, y: 0, dy: 4, text: "none", style: aligned(valStyle, draw.XCenter, draw.YBottom)})
				continue
			}
			m := side.iv.Mean
			bars = append(bars, rect{x0: x - width/2, x1: x + width/2, y0: 0, y1: m, fill: side.fill, line: side.line})
			end := m
			if !math.IsNaN(side.iv.Low) {
				ws = append(ws, whisker{pos: x, lo: side.iv.Low, hi: side.iv.High})
				end = side.iv.High
				if m < 0 {
					end = side.iv.Low
				}
			}
			if m >= 0 {
				ls = append(ls, label{x: x, y: end, dy: 3, text: fmtTone(m), style: aligned(valStyle, draw.XCenter, draw.YBottom)})
			} else {
				ls = append(ls, label{x: x, y: end, dy: -3, text: fmtTone(m), style: aligned(valStyle, draw.XCenter, draw.YTop)})
			}
		}
		name := wrap(r.Leader, p.X.Tick.Label, slot*0.95)
		if words {
			name = "\n\n" + name
		} else {
			name = "\n" + name
		}
		ticks = append(ticks, plot.Tick{Value: float64(i), Label: name})
	}
	p.Add(bars, ws, ls)
	labelSlots(p, ticks)
	return &figure{
		title:    portrayalTitle,
		subtitle: "Bars: mean tone, in each leader's colour. Whiskers: 95% interval, whole articles resampled. n: quotations / sentences behind each bar.",
		legend:   legendOwnPortrayed,
		note:     fmt.Sprintf("%s. %s An interval needs at least %d articles and as many items. Differences and their verdicts: leader_differences.csv.", corpusNote(g), shadingNote(), minN),
		body:     p.Draw,
	}, nil
}

// toneAxes sets up a vertical tone axis from -limit to +limit over n
// slots along x, with the tone bands and the zero line.
func toneAxes(p *plot.Plot, label string, n, limit float64) {
	p.Y.Label.Text = label
	p.Y.Tick.Marker = signedTicks{toneStep(limit)}
	p.X.Min, p.X.Max = widen(-0.55, n-0.45, 3.1)
	p.Y.Min, p.Y.Max = -limit, limit
	p.Add(toneBands(-limit, limit, p.X.Min, p.X.Max, true), zeroLine(p.X.Min, p.X.Max, true))
}

// labelSlots names the slots along x with ticks of no length, labels hanging below.
func labelSlots(p *plot.Plot, ticks []plot.Tick) {
	p.X.Tick.Marker = plot.ConstantTicks(ticks)
	p.X.Tick.Length = 0
	p.X.Tick.Label.YAlign = draw.YTop
}
