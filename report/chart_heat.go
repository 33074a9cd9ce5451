package report

import (
	"fmt"
	"image/color"
	"math"
	"sort"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg/draw"
)

// maxHeatRows is how many articles, sources or dates a heat map shows at
// most: those with the most sentences about the leaders compared.
const maxHeatRows = 30

// heatLine is one row of a heat map: its label and a cell per leader
// (the mean tone of the sentences about the leader, and their number).
type heatLine struct {
	label string
	cells []interval
	// sentences is the row's sentences about all the leaders.
	sentences int
}

// heatLines returns the rows of a heat map of one group kind: every
// article, source or date with a sentence about a leader compared, and
// the total of such sentences over all of them.
func heatLines(g *aggregate, leaders []string, kind string) ([]heatLine, int) {
	var out []heatLine
	total := 0
	add := func(l heatLine) {
		for _, c := range l.cells {
			l.sentences += c.N
		}
		if l.sentences > 0 {
			out = append(out, l)
			total += l.sentences
		}
	}
	if kind == byArticle {
		g.leaderTable(leaders) // reads the study if not yet read
		s := g.study
		lines := make([]heatLine, len(s.id))
		for i := range lines {
			lines[i] = heatLine{label: s.id[i], cells: make([]interval, len(leaders))}
			for k := range leaders {
				lines[i].cells[k] = interval{Mean: nanValue}
			}
		}
		for k := range leaders {
			for _, o := range s.obs[k] {
				lines[o.Article].cells[k] = interval{N: int(o.PortN), Mean: ratio(o.PortSum, o.PortN)}
			}
		}
		for _, l := range lines {
			add(l)
		}
		return out, total
	}
	for _, v := range groupOrder(g, kind) {
		rows := g.groupTable(kind, v, leaders).rows
		l := heatLine{label: v, cells: make([]interval, len(rows))}
		for k, r := range rows {
			l.cells[k] = r.Portrayed
		}
		add(l)
	}
	return out, total
}

// heatScale is the half-span of a heat map's colour scale: the largest
// |mean| of the cells resting on minN sentences or more (all cells when
// none does), rounded up to a step of a readable scale, so that the
// colours spread over the values there are instead of a faint tint of
// the −1..+1 range. Means on fewer sentences beyond it take the end
// colours.
func heatScale(lines []heatLine) float64 {
	top, any := 0.0, false
	for pass := 0; pass < 2 && !any; pass++ {
		for _, l := range lines {
			for _, c := range l.cells {
				if c.N > 0 && (c.N >= minN || pass == 1) {
					top, any = math.Max(top, math.Abs(c.Mean)), true
				}
			}
		}
	}
	for _, step := range []float64{0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.8} {
		if top <= step {
			return step
		}
	}
	return 1
}

// heatFigure: rows of groups (articles, sources or dates), a column per
// leader, each cell coloured by the mean tone of the sentences about the
// leader in that group on a diverging scale fitted to the cells (see
// heatScale), with the value and n printed in an ink readable on the
// cell; grey where nothing was written. With more groups than
// maxHeatRows the most covered are shown and the note says how much is
// left out.
func heatFigure(g *aggregate, leaders []string, kind string) (*figure, error) {
	what := map[string]string{byArticle: "article", bySource: "source", byDate: "date"}[kind]
	title := fmt.Sprintf("How each leader is portrayed, %s by %s", what, what)
	gr := g.Groups[kind]
	if len(leaders) == 0 {
		return emptyFigure(title, "No people were found in the articles, so there is no one to compare."), nil
	}
	if gr == nil || gr.Total == 0 {
		return emptyFigure(title, fmt.Sprintf("No article names its %s.", what)), nil
	}
	lines, total := heatLines(g, leaders, kind)
	if len(lines) == 0 {
		return emptyFigure(title, fmt.Sprintf("No %s has a sentence about the leaders compared.", what)), nil
	}
	shown := lines
	if len(lines) > maxHeatRows {
		shown = append([]heatLine(nil), lines...)
		sort.SliceStable(shown, func(i, j int) bool { return shown[i].sentences > shown[j].sentences })
		shown = shown[:maxHeatRows]
		if kind == byDate {
			sort.SliceStable(shown, func(i, j int) bool { return shown[i].label < shown[j].label })
		}
	}
	limit := heatScale(shown)
	nr, nc := len(shown), len(leaders)
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
	kept := 0
	for i, l := range shown {
		y := float64(nr - 1 - i)
		yTicks[i] = plot.Tick{Value: y, Label: fit(l.label, p.Y.Tick.Label, 270)}
		rowCells, rowLabels := heatRow(l.cells, y, limit)
		cells, ls = append(cells, rowCells...), append(ls, rowLabels...)
		kept += l.sentences
	}
	p.Add(cells, ls, marks)
	p.X.Tick.Marker = plot.ConstantTicks(xTicks)
	p.Y.Tick.Marker = plot.ConstantTicks(yTicks)
	p.X.Tick.Length, p.Y.Tick.Length = 0, 0
	p.X.LineStyle.Width, p.Y.LineStyle.Width = 0, 0
	note := fmt.Sprintf("%s with sentences about the leaders compared", count(len(lines), what))
	if len(lines) > nr {
		order := "most covered first"
		if kind == byDate {
			order = "in date order"
		}
		note = fmt.Sprintf("The %d of %d %ss with the most sentences about the leaders compared (%s); the %d left out hold %d of the %d sentences (%.0f%%)",
			nr, len(lines), what, order, len(lines)-nr, total-kept, total, 100*float64(total-kept)/float64(total))
	}
	note += fmt.Sprintf(". Cells: mean tone of the writer's sentences about the leader, n: sentences. Means on fewer than %d sentences are fragile.", minN)
	return &figure{
		title: title,
		subtitle: fmt.Sprintf("Colour: mean tone on a scale fitted to these cells, from %s (red) through 0 (grey) to %s (blue), not the full −1…+1; a mean beyond takes the end colour.",
			fmtTone(-limit), fmtTone(limit)),
		legend: heatLegend(limit),
		note:   note,
		height: height,
		body:   p.Draw,
	}, nil
}

// heatRow is one row of cells at y, a cell per leader coloured by the
// mean tone of the sentences about the leader on the scale ±limit, with
// the mean and n printed in an ink readable on it; hatched grey where
// nothing was written.
func heatRow(row []interval, y, limit float64) (rects, labels) {
	var cells rects
	var ls labels
	for j, iv := range row {
		c := toneColour(iv.Mean / limit)
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

// heatLegend shows the scale ±limit at a few tones, and the cell of no
// data.
func heatLegend(limit float64) []legendEntry {
	var legend []legendEntry
	for _, f := range []float64{-1, -0.5, 0, 0.5, 1} {
		label := fmtTone(f * limit)
		if v := math.Abs(f * limit * 100); math.Abs(v-math.Round(v)) > 1e-9 {
			// A step such as 0.025 needs its third decimal.
			label = strings.Replace(fmt.Sprintf("%+.3f", f*limit), "-", "−", 1)
		}
		legend = append(legend, legendEntry{label: label, fill: toneColour(f), line: colourGrid})
	}
	return append(legend, legendEntry{label: "no sentences about the leader", fill: colourMissing, hatch: true})
}
