package report

import (
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg/draw"

	"portray/analyze/tone"
)

const toneMixTitle = "Negative, neutral and positive: the mix of tone per leader"

// labelLegend explains the three label colours; format names the items
// ("%s paragraph" gives "negative paragraph").
func labelLegend(format string) []legendEntry {
	th := fmtTone(tone.Threshold)[1:]
	return []legendEntry{
		{label: fmt.Sprintf(format+" (−%s or below)", "negative", th), fill: colourNeg},
		{label: fmt.Sprintf(format, "neutral"), fill: colourNeu},
		{label: fmt.Sprintf(format+" (+%s or above)", "positive", th), fill: colourPos},
	}
}

// mix counts items by tone label.
type mix struct{ neg, neu, pos int }

func (m mix) n() int { return m.neg + m.neu + m.pos }

// portrayedMix labels the tones of the sentences about a leader.
func portrayedMix(s *sample) mix {
	return mix{s.Labels[0], s.Labels[1], s.Labels[2]}
}

// toneMixFigure: per leader, diverging stacked bars of the shares of
// negative, neutral and positive items, for their own quotations and for
// the sentences about them. Neutral straddles zero, negative runs left,
// positive right.
func toneMixFigure(g *aggregate, leaders []string) (*figure, error) {
	if len(leaders) == 0 {
		return emptyFigure(toneMixTitle, "No people were found in the articles, so there is no one to compare."), nil
	}
	n := len(leaders)
	p := newPlot()
	p.X.Label.Text = "Share of items (negative to the left of 0, positive to the right; neutral straddles 0)"
	p.X.Min, p.X.Max = -1, 1
	p.X.Tick.Marker = percentTicks{0.25}
	// Two rows per leader and a gap: row y = 3(n-1-i)+1 (own), 3(n-1-i) (portrayed).
	p.Y.Min, p.Y.Max = widen(-0.7, float64(3*n)-1.3, 8)
	var bars rects
	var ls labels
	var marks dots
	var ws whiskers
	var ticks []plot.Tick
	noneStyle := aligned(sans(11, colourSubtle), draw.XCenter, draw.YCenter)
	table := g.leaderTable(leaders).rows
	for i, name := range leaders {
		t := g.All[name]
		if t == nil {
			t = &tally{}
		}
		base := float64(3 * (n - 1 - i))
		sh := table[i].Shares
		rows := []struct {
			m        mix
			what     string
			y        float64
			neg, pos estimate
		}{{mix{t.Negative, t.Neutral, t.Positive}, "own words", base + 1, sh.OwnNeg, sh.OwnPos}, {portrayedMix(&t.Portrayed), "portrayed", base, sh.PortNeg, sh.PortPos}}
		for k, r := range rows {
			lbl := fmt.Sprintf("%s  n=%d", r.what, r.m.n())
			if k == 0 {
				lbl = fmt.Sprintf("%s · %s", fit(name, p.Y.Tick.Label, 190), lbl)
			}
			ticks = append(ticks, plot.Tick{Value: r.y, Label: lbl})
			if r.m.n() == 0 {
				what := "no quotations"
				if k == 1 {
					what = "no sentences about them"
				}
				ls = append(ls, label{x: 0, y: r.y, text: what, style: noneStyle})
				continue
			}
			segs, segLabels, segWs := mixBar(r.m, r.y, r.neg, r.pos)
			bars, ls, ws = append(bars, segs...), append(ls, segLabels...), append(ws, segWs...)
		}
		marks = append(marks, dot{x: -0.975, y: base + 0.5, colour: leaderColour(i), radius: 6})
	}
	grid := lines{}
	for _, x := range []float64{-0.5, 0.5} {
		grid = append(grid, line{x0: x, x1: x, y0: p.Y.Min, y1: p.Y.Max, style: draw.LineStyle{Color: colourGrid, Width: px(1)}})
	}
	p.Add(grid, bars, zeroLine(p.Y.Min, p.Y.Max, false), ws, ls, marks)
	p.Y.Tick.Marker = plot.ConstantTicks(ticks)
	p.Y.Tick.Length = 0
	height := math.Max(675, 200+56*float64(n))
	return &figure{
		title:    toneMixTitle,
		subtitle: "For each leader: their own quotations, and the writer's sentences about them, split by tone label. Whiskers and brackets: 95% intervals of the negative and positive shares.",
		legend:   labelLegend("%s"),
		note:     fmt.Sprintf("%s. n: quotations or sentences. Intervals resample whole articles (5 articles at least; the whisker moves the end of the bar, the neutral part held). A dot in the leader's colour marks each pair of bars.", corpusNote(g)),
		height:   height,
		body:     p.Draw,
	}, nil
}

// mixBar is one diverging stacked bar at y of the shares of m: neutral
// straddles zero, negative runs left, positive right; a share of 6% or
// more is printed on its segment. The intervals of the negative and
// positive shares (in percent) are whiskers at the bar's two ends, with
// their bounds printed beyond them.
func mixBar(m mix, y float64, negIv, posIv estimate) (rects, labels, whiskers) {
	var bars rects
	var ls labels
	var ws whiskers
	total := float64(m.n())
	neg, neu, pos := float64(m.neg)/total, float64(m.neu)/total, float64(m.pos)/total
	segs := []struct {
		a, b  float64
		c     color.RGBA
		share float64
	}{{-neu/2 - neg, -neu / 2, colourNeg, neg}, {-neu / 2, neu / 2, colourNeu, neu}, {neu / 2, neu/2 + pos, colourPos, pos}}
	for _, s := range segs {
		if s.share == 0 {
			continue
		}
		bars = append(bars, rect{x0: s.a, x1: s.b, y0: y - 0.42, y1: y + 0.42, fill: s.c})
		if s.share >= 0.06 {
			st := aligned(sans(11, colourText), draw.XCenter, draw.YCenter)
			st.Color = inkOn(s.c)
			ls = append(ls, label{x: (s.a + s.b) / 2, y: y, text: fmt.Sprintf("%.0f%%", math.Round(100*s.share)), style: st})
		}
	}
	bound := sans(10, colourSubtle)
	if negIv.ok() {
		lo, hi := -neu/2-negIv.High/100, -neu/2-negIv.Low/100
		ws = append(ws, whisker{pos: y, lo: lo, hi: hi, horizontal: true})
		ls = append(ls, label{x: lo, y: y, dx: -6, text: fmt.Sprintf("%.0f–%.0f%%", negIv.Low, negIv.High), style: aligned(bound, draw.XRight, draw.YCenter)})
	}
	if posIv.ok() {
		lo, hi := neu/2+posIv.Low/100, neu/2+posIv.High/100
		ws = append(ws, whisker{pos: y, lo: lo, hi: hi, horizontal: true})
		ls = append(ls, label{x: hi, y: y, dx: 6, text: fmt.Sprintf("%.0f–%.0f%%", posIv.Low, posIv.High), style: aligned(bound, draw.XLeft, draw.YCenter)})
	}
	return bars, ls, ws
}
