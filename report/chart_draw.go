package report

import (
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"portray/analyze/tone"
)

// The small plotters below draw in data units, with a colour per item,
// which gonum's bar charts (one colour per chart) do not offer.

// rect is a filled rectangle in data units, optionally outlined.
type rect struct {
	x0, y0, x1, y1 float64
	fill           color.Color
	line           color.Color
	// hatch draws white diagonal lines over the fill: no data.
	hatch bool
}

// rects draws rectangles.
type rects []rect

// Plot implements plot.Plotter.
func (rs rects) Plot(c draw.Canvas, p *plot.Plot) {
	tx, ty := p.Transforms(&c)
	for _, r := range rs {
		if anyNaN(r.x0, r.x1, r.y0, r.y1) {
			continue
		}
		pts := []vg.Point{{X: tx(r.x0), Y: ty(r.y0)}, {X: tx(r.x1), Y: ty(r.y0)}, {X: tx(r.x1), Y: ty(r.y1)}, {X: tx(r.x0), Y: ty(r.y1)}}
		if r.fill != nil {
			c.FillPolygon(r.fill, pts)
		}
		if r.hatch {
			hatch(c, vg.Rectangle{Min: vg.Point{X: min(pts[0].X, pts[2].X), Y: min(pts[0].Y, pts[2].Y)},
				Max: vg.Point{X: max(pts[0].X, pts[2].X), Y: max(pts[0].Y, pts[2].Y)}})
		}
		if r.line != nil {
			c.StrokeLines(draw.LineStyle{Color: r.line, Width: px(1.5)}, append(pts, pts[0]))
		}
	}
}

// hatch strokes white diagonal lines across r.
func hatch(c draw.Canvas, r vg.Rectangle) {
	clip := draw.Canvas{Canvas: c.Canvas, Rectangle: r}
	sty := draw.LineStyle{Color: color.White, Width: px(2)}
	step := px(9)
	h := r.Max.Y - r.Min.Y
	for x := r.Min.X - h; x < r.Max.X; x += step {
		for _, l := range clip.ClipLinesXY([]vg.Point{{X: x, Y: r.Min.Y}, {X: x + h, Y: r.Max.Y}}) {
			c.StrokeLines(sty, l)
		}
	}
}

// whisker is a 95% interval: a line from lo to hi at pos, with caps.
type whisker struct {
	pos, lo, hi float64
	// horizontal runs the interval along x at y = pos.
	horizontal bool
}

// whiskers draws intervals in dark grey.
type whiskers []whisker

// Plot implements plot.Plotter.
func (ws whiskers) Plot(c draw.Canvas, p *plot.Plot) {
	tx, ty := p.Transforms(&c)
	sty := draw.LineStyle{Color: colourText, Width: px(1.6)}
	capW := px(5)
	for _, w := range ws {
		if anyNaN(w.pos, w.lo, w.hi) {
			continue
		}
		if w.horizontal {
			y, a, b := ty(w.pos), tx(w.lo), tx(w.hi)
			c.StrokeLine2(sty, a, y, b, y)
			c.StrokeLine2(sty, a, y-capW, a, y+capW)
			c.StrokeLine2(sty, b, y-capW, b, y+capW)
			continue
		}
		x, a, b := tx(w.pos), ty(w.lo), ty(w.hi)
		c.StrokeLine2(sty, x, a, x, b)
		c.StrokeLine2(sty, x-capW, a, x+capW, a)
		c.StrokeLine2(sty, x-capW, b, x+capW, b)
	}
}

// label is a text at a point in data units, moved by dx, dy pixels.
type label struct {
	x, y   float64
	dx, dy float64
	text   string
	style  text.Style
}

// labels draws texts.
type labels []label

// Plot implements plot.Plotter.
func (ls labels) Plot(c draw.Canvas, p *plot.Plot) {
	tx, ty := p.Transforms(&c)
	for _, l := range ls {
		if anyNaN(l.x, l.y) || l.text == "" {
			continue
		}
		c.FillText(l.style, vg.Point{X: tx(l.x) + px(l.dx), Y: ty(l.y) + px(l.dy)}, l.text)
	}
}

// dot is a round marker in data units.
type dot struct {
	x, y   float64
	colour color.Color
	// radius in pixels.
	radius float64
	// ring outlines the marker in white so that overlapping dots stay apart.
	ring bool
}

// dots draws markers.
type dots []dot

// Plot implements plot.Plotter.
func (ds dots) Plot(c draw.Canvas, p *plot.Plot) {
	tx, ty := p.Transforms(&c)
	for _, d := range ds {
		if anyNaN(d.x, d.y) {
			continue
		}
		pt := vg.Point{X: tx(d.x), Y: ty(d.y)}
		if d.ring {
			c.DrawGlyph(draw.GlyphStyle{Color: color.White, Radius: px(d.radius + 1.5), Shape: draw.CircleGlyph{}}, pt)
		}
		c.DrawGlyph(draw.GlyphStyle{Color: d.colour, Radius: px(d.radius), Shape: draw.CircleGlyph{}}, pt)
	}
}

// line is a straight line in data units.
type line struct {
	x0, y0, x1, y1 float64
	style          draw.LineStyle
}

// lines draws straight lines.
type lines []line

// Plot implements plot.Plotter.
func (ls lines) Plot(c draw.Canvas, p *plot.Plot) {
	tx, ty := p.Transforms(&c)
	for _, l := range ls {
		if anyNaN(l.x0, l.y0, l.x1, l.y1) {
			continue
		}
		c.StrokeLine2(l.style, tx(l.x0), ty(l.y0), tx(l.x1), ty(l.y1))
	}
}

// toneBands shades a tone axis: faint red below the neutral band, faint
// grey within it, faint blue above. vertical means tone runs along y.
func toneBands(lo, hi, across0, across1 float64, vertical bool) rects {
	th := tone.Threshold
	bands := []struct {
		a, b float64
		c    color.RGBA
	}{{lo, -th, tint(toneStops[0], 0.93)}, {-th, th, color.RGBA{R: 0xf3, G: 0xf3, B: 0xf3, A: 0xff}}, {th, hi, tint(toneStops[4], 0.93)}}
	var rs rects
	for _, b := range bands {
		if b.b <= b.a {
			continue
		}
		if vertical {
			rs = append(rs, rect{x0: across0, x1: across1, y0: b.a, y1: b.b, fill: b.c})
		} else {
			rs = append(rs, rect{x0: b.a, x1: b.b, y0: across0, y1: across1, fill: b.c})
		}
	}
	return rs
}

// shadingNote explains toneBands.
func shadingNote() string {
	th := fmtTone(tone.Threshold)[1:]
	return fmt.Sprintf("Shading: red at −%s or below (negative), grey for neutral, blue at +%s or above (positive).", th, th)
}

// zeroLine is the line at tone 0.
func zeroLine(from, to float64, vertical bool) lines {
	sty := draw.LineStyle{Color: colourSubtle, Width: px(1.2)}
	if vertical {
		return lines{{x0: from, x1: to, style: sty}}
	}
	return lines{{y0: from, y1: to, style: sty}}
}

func anyNaN(vs ...float64) bool {
	for _, v := range vs {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return true
		}
	}
	return false
}

// aligned is a text style with the given alignment.
func aligned(s text.Style, x draw.XAlignment, y draw.YAlignment) text.Style {
	s.XAlign, s.YAlign = x, y
	return s
}
