package report

import (
	"fmt"
	"math"
	"sort"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg/draw"
)

const distributionTitle = "How the tone of each leader's quotations is spread"

// distributionFigure: per leader, a box plot of the tones of their own
// quotations with every quotation as a dot, in the leader's colour.
func distributionFigure(g *aggregate, leaders []string) (*figure, error) {
	if len(leaders) == 0 {
		return emptyFigure(distributionTitle, "No people were found in the articles, so there is no one to compare."), nil
	}
	quoted := 0
	var all []float64
	for _, name := range leaders {
		if t := g.All[name]; t != nil && t.Own.N > 0 {
			quoted++
			all = append(all, t.Own.Values...)
		}
	}
	if quoted == 0 {
		return emptyFigure(distributionTitle, "None of the leaders compared is quoted in the articles."), nil
	}
	limit := toneLimit(all...)
	n := float64(len(leaders))
	p := newPlot()
	toneAxes(p, "Tone of each quotation (−1 negative … +1 positive)", n, limit)
	slot := 1100 / (p.X.Max - p.X.Min)
	const width = 0.5
	var boxes rects
	var ls lines
	var pts dots
	var notes labels
	var ticks []plot.Tick
	sampled := false
	for i, name := range leaders {
		x := float64(i)
		var own []float64
		nq := 0
		if t := g.All[name]; t != nil {
			own, nq = t.Own.Values, t.Own.N
			sampled = sampled || nq > len(own)
		}
		ticks = append(ticks, plot.Tick{Value: x, Label: fmt.Sprintf("%s\nn=%d", wrap(name, p.X.Tick.Label, slot*0.95), nq)})
		c := leaderColour(i)
		if len(own) == 0 {
			notes = append(notes, label{x: x, y: 0, dy: 5, text: "not quoted", style: aligned(sans(11, colourSubtle), draw.XCenter, draw.YBottom)})
			continue
		}
		// A box needs a few values to mean anything; below that, dots only.
		if len(own) >= 4 {
			q1, med, q3, lo, hi := fiveNumbers(own)
			boxes = append(boxes, rect{x0: x - width/2, x1: x + width/2, y0: q1, y1: q3, fill: tint(c, 0.7), line: c})
			sty := draw.LineStyle{Color: shade(c, 0.35), Width: px(3)}
			ls = append(ls, line{x0: x - width/2, x1: x + width/2, y0: med, y1: med, style: sty})
			wsty := draw.LineStyle{Color: c, Width: px(1.5)}
			ls = append(ls, line{x0: x, x1: x, y0: q3, y1: hi, style: wsty}, line{x0: x, x1: x, y0: lo, y1: q1, style: wsty},
				line{x0: x - width/5, x1: x + width/5, y0: hi, y1: hi, style: wsty}, line{x0: x - width/5, x1: x + width/5, y0: lo, y1: lo, style: wsty})
		}
		for k, v := range own {
			pts = append(pts, dot{x: x + jitter(k)*width*0.8, y: v, colour: shade(c, 0.1), radius: 3.5, ring: true})
		}
	}
	p.Add(boxes, ls, pts, notes)
	labelSlots(p, ticks)
	return &figure{
		title:    distributionTitle,
		subtitle: distributionSubtitle(sampled),
		note: fmt.Sprintf("%s. n: quotations; boxes need at least 4. %s",
			corpusNote(g), shadingNote()),
		body: p.Draw,
	}, nil
}

// fiveNumbers returns the quartiles and the whisker ends (the most extreme
// values within 1.5 interquartile ranges of the box) of xs, which is not empty.
func fiveNumbers(xs []float64) (q1, med, q3, lo, hi float64) {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	q := func(f float64) float64 {
		pos := f * float64(len(s)-1)
		i := int(pos)
		if i+1 >= len(s) {
			return s[len(s)-1]
		}
		return s[i] + (s[i+1]-s[i])*(pos-float64(i))
	}
	q1, med, q3 = q(0.25), q(0.5), q(0.75)
	iqr := q3 - q1
	lo, hi = q1, q3
	for _, v := range s {
		if v >= q1-1.5*iqr && v < lo {
			lo = v
		}
		if v <= q3+1.5*iqr && v > hi {
			hi = v
		}
	}
	return q1, med, q3, lo, hi
}

// jitter spreads the k-th dot across −0.5..0.5 by the golden ratio, so
// the same data always gives the same picture.
func jitter(k int) float64 {
	f := math.Mod(float64(k+1)*0.6180339887498949, 1)
	return f - 0.5
}

// distributionSubtitle explains the boxes and dots; when a leader has more
// quotations than a sample keeps, it says both come from a random sample.
func distributionSubtitle(sampled bool) string {
	if !sampled {
		return "Box: the middle half of the quotations, thick line: median, whiskers: the rest within 1.5 box-lengths. Dots: every quotation."
	}
	return fmt.Sprintf("Box: the middle half, thick line: median, whiskers: the rest within 1.5 box-lengths. Box and dots: a random %d where a leader has more.", normalAbove)
}
