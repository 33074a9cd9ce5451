package report

import (
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg/draw"
)

const framingTitle = "Framing: the verbs that introduce each leader's words"

var (
	colourNeutralVerb = color.RGBA{R: 0xd4, G: 0xd4, B: 0xd4, A: 0xff}
	colourOtherVerb   = color.RGBA{R: 0xf0, G: 0xf0, B: 0xf0, A: 0xff}
)

// framingFigure: per leader, one 100% bar of the reporting verbs that
// introduced their words: loaded verbs (in the leader's colour) from the
// left, then other verbs, then neutral verbs such as "said"; the loaded
// verbs used are listed at the right.
func framingFigure(g *aggregate, leaders []string) (*figure, error) {
	if len(leaders) == 0 {
		return emptyFigure(framingTitle, "No people were found in the articles, so there is no one to compare."), nil
	}
	totals, some := verbTotals(g, leaders)
	if !some {
		return emptyFigure(framingTitle, "No reporting verb introduces the words of the leaders compared."), nil
	}
	n := len(leaders)
	p := newPlot()
	p.X.Label.Text = "Share of the reporting verbs that introduce the leader's quotations and reported speech"
	// Bars fill 0..1; the list of loaded verbs sits to their right.
	p.X.Min, p.X.Max = 0, 1.5
	p.X.Tick.Marker = shareTicks{}
	p.Y.Min, p.Y.Max = widen(-0.6, float64(n)-0.4, 5)
	var bars rects
	var ls labels
	var ws whiskers
	var ticks []plot.Tick
	table := g.leaderTable(leaders).rows
	for i, name := range leaders {
		y := float64(n - 1 - i)
		ticks = append(ticks, plot.Tick{Value: y, Label: fit(name, p.Y.Tick.Label, 230) + "\nn=" + count(totals[i], "verb")})
		if totals[i] == 0 {
			ls = append(ls, label{x: 0.5, y: y, text: "no reporting verbs", style: aligned(sans(11, colourSubtle), draw.XCenter, draw.YCenter)})
			continue
		}
		rowBars, rowLabels := framingBar(g.All[name].Cues, table[i].Shares.Loaded, leaderColour(i), y)
		bars, ls = append(bars, rowBars...), append(ls, rowLabels...)
		if iv := table[i].Shares.Loaded; iv.ok() && iv.High > iv.Low {
			// Low in the bar, clear of the percentages printed on it.
			ws = append(ws, whisker{pos: y - 0.22, lo: iv.Low, hi: iv.High, horizontal: true})
		}
	}
	p.Add(bars, ws, ls)
	p.Y.Tick.Marker = plot.ConstantTicks(ticks)
	p.Y.Tick.Length = 0
	return &figure{
		title:    framingTitle,
		subtitle: "Loaded verbs (claimed, insisted, admitted …) colour or cast doubt on the words they introduce; neutral verbs (said, told …) only report.",
		legend: []legendEntry{
			{label: "loaded verb (bar in the leader's colour)", fill: color.RGBA{R: 0x44, G: 0x44, B: 0x44, A: 0xff}},
			{label: "other verb", fill: colourOtherVerb, line: shade(colourOtherVerb, 0.15)},
			{label: "neutral verb (said, told …)", fill: colourNeutralVerb, line: shade(colourNeutralVerb, 0.15)},
		},
		note:   fmt.Sprintf("%s. n: reporting verbs found for the leader. Whisker and brackets: 95%% interval of the loaded share, over articles (from 5 articles). Other verbs are in neither list (hope, urge …).", corpusNote(g)),
		height: math.Max(675, 190+60*float64(n)),
		body:   p.Draw,
	}, nil
}

// verbTotals counts the reporting verbs that introduced each leader's
// words, and says whether there are any.
func verbTotals(g *aggregate, leaders []string) (totals []int, some bool) {
	totals = make([]int, len(leaders))
	for i, name := range leaders {
		if t := g.All[name]; t != nil {
			for _, k := range t.Cues {
				totals[i] += k
			}
		}
		some = some || totals[i] > 0
	}
	return totals, some
}

// framingBar is one leader's 100% bar at y: loaded verbs in colour c from
// the left, then other verbs, then neutral verbs, a share of 7% or more
// printed on its segment, and the loaded verbs listed to the right with
// the loaded share's interval.
func framingBar(cues map[string]int, loadedIv estimate, c color.RGBA, y float64) (rects, labels) {
	var bars rects
	var ls labels
	pctStyle := aligned(sans(11, colourText), draw.XCenter, draw.YCenter)
	listStyle := aligned(sans(11, colourText), draw.XLeft, draw.YCenter)
	neutral, loaded, list := framing(cues)
	other := 1 - neutral - loaded
	x := 0.0
	for _, s := range []struct {
		share float64
		fill  color.RGBA
	}{{loaded, c}, {other, colourOtherVerb}, {neutral, colourNeutralVerb}} {
		if s.share <= 1e-9 {
			continue
		}
		bars = append(bars, rect{x0: x, x1: x + s.share, y0: y - 0.34, y1: y + 0.34, fill: s.fill, line: shade(s.fill, 0.15)})
		if s.share >= 0.07 {
			st := pctStyle
			st.Color = inkOn(s.fill)
			ls = append(ls, label{x: x + s.share/2, y: y, text: fmt.Sprintf("%.0f%%", math.Round(100*s.share)), style: st})
		}
		x += s.share
	}
	if list == "" {
		list = "no loaded verbs"
	} else {
		interval := ""
		if loadedIv.ok() {
			interval = fmt.Sprintf(" [%.0f–%.0f]", 100*loadedIv.Low, 100*loadedIv.High)
		}
		list = fmt.Sprintf("%.0f%%%s loaded: %s", math.Round(100*loaded), interval, list)
	}
	return bars, append(ls, label{x: 1, y: y, dx: 8, text: fit(list, listStyle, 290), style: listStyle})
}

// shareTicks marks 0..100% on an axis that runs further.
type shareTicks struct{}

// Ticks implements plot.Ticker.
func (shareTicks) Ticks(lo, hi float64) []plot.Tick {
	var ts []plot.Tick
	for v := 0.0; v <= math.Min(1, hi)+1e-9; v += 0.25 {
		ts = append(ts, plot.Tick{Value: v, Label: fmt.Sprintf("%.0f%%", 100*v)})
	}
	return ts
}
