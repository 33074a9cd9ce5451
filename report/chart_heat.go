package report

import (
	"fmt"
	"image/color"
	"math"
	"sort"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg/draw"
)

// maxHeatRows is how many articles, sources or dates a heat map shows: the first ones.
const maxHeatRows = 30

// heatFigure: rows of groups (articles or sources), a column per leader,
// each cell coloured by the mean tone of the sentences about the leader in
// that group on the fixed −1..+1 diverging scale, with the value and n
// printed in an ink readable on the cell; grey where nothing was written.
func heatFigure(g *aggregate, leaders []string, kind string) (*figure, error) {
	what := map[string]string{byArticle: "article", bySource: "source", byDate: "date"}[kind]
	title := fmt.Sprintf("How each leader is portrayed, %s by %s", what, what)
	gr := g.Groups[kind]
	if len(leaders) == 0 {
		return emptyFigure(title, "No people were found in the articles, so there is no one to compare."), nil
	}
	if gr == nil || len(gr.Order) == 0 {
		return emptyFigure(title, fmt.Sprintf("No article names its %s.", what)), nil
	}
	order := append([]string(nil), gr.Order...)
	if kind == byDate {
		sort.Strings(order)
	}
	total := gr.Total
	if len(order) > maxHeatRows {
		order = order[:maxHeatRows]
	}
	nr, nc := len(order), len(leaders)
	p := newPlot()
	p.X.Min, p.X.Max = widen(-0.5, float64(nc)-0.5, 3)
	// Rows of about 40 pixels, never fewer than fit 675 pixels; a strip of
	// about 30 pixels above the cells holds a dot in each leader's colour.
	height := math.Max(675, 230+40*float64(nr))
	strip := 30 / ((height - 250) / float64(nr))
	p.Y.Min, p.Y.Max = -0.5, float64(nr)-0.5+strip
	var cells rects
	var ls labels
	var marks dots
	xTicks := make([]plot.Tick, nc)
	colW := 880 / (p.X.Max - p.X.Min)
	for j, name := range leaders {
		xTicks[j] = plot.Tick{Value: float64(j), Label: wrap(name, p.X.Tick.Label, colW*0.95)}
		marks = append(marks, dot{x: float64(j), y: float64(nr) - 0.5 + strip/2, colour: leaderColour(j), radius: 6})
	}
	yTicks := make([]plot.Tick, nr)
	for i, v := range order {
		y := float64(nr - 1 - i)
		yTicks[i] = plot.Tick{Value: y, Label: fit(v, p.Y.Tick.Label, 270)}
		rowCells, rowLabels := heatRow(leaderRows(gr.Tallies[v], leaders, kind+"|"+v), y)
		cells, ls = append(cells, rowCells...), append(ls, rowLabels...)
	}
	p.Add(cells, ls, marks)
	p.X.Tick.Marker = plot.ConstantTicks(xTicks)
	p.Y.Tick.Marker = plot.ConstantTicks(yTicks)
	p.X.Tick.Length, p.Y.Tick.Length = 0, 0
	p.X.LineStyle.Width, p.Y.LineStyle.Width = 0, 0
	note := count(total, what)
	if total > nr {
		note = fmt.Sprintf("The first %d of %d %ss", nr, total, what)
	}
	note += fmt.Sprintf(". Cells: mean tone of the writer's sentences about the leader, n: sentences. Means on fewer than %d sentences are fragile.", minN)
	return &figure{
		title:    title,
		subtitle: "Colour: tone on a fixed scale from −1 (red, negative) through 0 (grey) to +1 (blue, positive).",
		legend:   heatLegend(),
		note:     note,
		height:   height,
		body:     p.Draw,
	}, nil
}

// heatRow is one row of cells at y, a cell per leader row coloured by the
// mean tone of the sentences about the leader, with the mean and n printed
// in an ink readable on it; hatched grey where nothing was written.
func heatRow(rows []leaderRow, y float64) (rects, labels) {
	var cells rects
	var ls labels
	for j, r := range rows {
		iv := r.Portrayed
		c := toneColour(iv.Mean)
		x := float64(j)
		cells = append(cells, rect{x0: x - 0.5, x1: x + 0.5, y0: y - 0.5, y1: y + 0.5, fill: c, line: color.White, hatch: iv.N == 0})
		if iv.N == 0 {
			continue
		}
		vs, ns := aligned(sans(12, colourText), draw.XCenter, draw.YBottom), aligned(sans(10, colourText), draw.XCenter, draw.YTop)
		vs.Color, ns.Color = inkOn(c), inkOn(c)
		ls = append(ls, label{x: x, y: y, dy: -1, text: fmtTone(iv.Mean), style: vs}, label{x: x, y: y, dy: -2, text: fmt.Sprintf("n=%d", iv.N), style: ns})
	}
	return cells, ls
}

// heatLegend shows the scale at a few tones, and the cell of no data.
func heatLegend() []legendEntry {
	var legend []legendEntry
	for _, v := range []float64{-1, -0.5, -0.2, 0, 0.2, 0.5, 1} {
		legend = append(legend, legendEntry{label: fmtTone(v), fill: toneColour(v), line: colourGrid})
	}
	return append(legend, legendEntry{label: "no sentences about the leader", fill: colourMissing, hatch: true})
}
