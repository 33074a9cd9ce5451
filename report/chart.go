package report

import (
	"errors"
	"fmt"
	"image/color"
	"image/png"
	"io"
	"math"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"

	"portray/analyze/tone"
)

// Chart size: 1200 pixels wide at 96 dots per inch, 675 high unless a
// chart needs more rows.
const (
	chartDPI    = 96
	chartWidth  = 1200 * vg.Inch / chartDPI
	chartHeight = 675 * vg.Inch / chartDPI
)

// px converts pixels of the 96-dpi PNG into lengths.
func px(n float64) vg.Length { return vg.Length(n) * vg.Inch / chartDPI }

// The names of the charts, in the order the report page shows them.
const (
	chartPortrayal    = "portrayal"
	chartToneMix      = "tone_mix"
	chartDistribution = "quote_tone_distribution"
	chartSpeakers     = "tone_by_speaker"
	chartVoice        = "share_of_voice"
	chartFraming      = "framing"
	chartByArticle    = "leader_by_article"
	chartBySource     = "leader_by_source"
	chartFlow         = "article_flow"
)

// builders maps a chart name to the function that lays it out.
var builders = map[string]func(g *aggregate, leaders []string) (*figure, error){
	chartPortrayal:    portrayalFigure,
	chartToneMix:      toneMixFigure,
	chartDistribution: distributionFigure,
	chartSpeakers:     speakersFigure,
	chartVoice:        voiceFigure,
	chartFraming:      framingFigure,
	chartByArticle:    func(g *aggregate, l []string) (*figure, error) { return heatFigure(g, l, byArticle) },
	chartBySource:     func(g *aggregate, l []string) (*figure, error) { return heatFigure(g, l, bySource) },
	chartFlow:         flowFigure,
}

// chartNames lists the charts an aggregate has, in page order: the
// by-source heat map only when the articles name their sources.
func chartNames(g *aggregate) []string {
	names := []string{chartPortrayal, chartToneMix, chartDistribution, chartSpeakers, chartVoice, chartFraming, chartByArticle}
	if gr := g.Groups[bySource]; gr != nil && len(gr.Order) > 0 {
		names = append(names, chartBySource)
	}
	return append(names, chartFlow)
}

// Chart formats.
const (
	pngFormat = "png"
	svgFormat = "svg"
)

// drawChart writes the named chart (one of chartNames) of the given
// leaders as PNG or SVG; the SVG carries its fonts.
func drawChart(w io.Writer, name, format string, g *aggregate, leaders []string) error {
	f, err := buildChart(name, g, leaders)
	if err != nil {
		return err
	}
	return f.write(w, format)
}

// buildChart lays out the named chart once, so that it can be written in
// several formats.
func buildChart(name string, g *aggregate, leaders []string) (*figure, error) {
	b := builders[name]
	if b == nil {
		return nil, fmt.Errorf("chart %q: no such chart", name)
	}
	f, err := b(g, leaders)
	if err != nil {
		return nil, fmt.Errorf("%s chart: %w", name, err)
	}
	return f, nil
}

// Colours. Tone runs on a diverging scale, red for negative through grey
// to blue for positive; leaders have categorical colours that avoid both.
var (
	colourText    = color.RGBA{R: 0x22, G: 0x22, B: 0x22, A: 0xff}
	colourSubtle  = color.RGBA{R: 0x55, G: 0x55, B: 0x55, A: 0xff}
	colourGrid    = color.Gray{Y: 0xdd}
	colourMissing = color.RGBA{R: 0xd0, G: 0xd0, B: 0xd0, A: 0xff} // darker than the scale's neutral, hatched where it can be
	colourOther   = color.RGBA{R: 0x70, G: 0x70, B: 0x70, A: 0xff} // speakers who are not leaders
	colourNeg     = color.RGBA{R: 0xc9, G: 0x4a, B: 0x3f, A: 0xff}
	colourNeu     = color.RGBA{R: 0xb8, G: 0xb8, B: 0xb8, A: 0xff}
	colourPos     = color.RGBA{R: 0x3a, G: 0x7d, B: 0xbd, A: 0xff}

	// toneStops is the diverging scale from −1 to +1.
	toneStops = []color.RGBA{
		{R: 0xb2, G: 0x18, B: 0x2b, A: 0xff},
		{R: 0xe0, G: 0x7b, B: 0x6a, A: 0xff},
		{R: 0xf2, G: 0xf2, B: 0xf2, A: 0xff},
		{R: 0x6f, G: 0xa6, B: 0xd6, A: 0xff},
		{R: 0x21, G: 0x66, B: 0xac, A: 0xff},
	}

	// leaderPalette gives each leader compared a colour, in the order of
	// the leaders; it is the same in every chart of a run.
	leaderPalette = []color.RGBA{
		{R: 0x1b, G: 0x9e, B: 0x77, A: 0xff}, // teal
		{R: 0xd9, G: 0x7a, B: 0x00, A: 0xff}, // orange
		{R: 0x75, G: 0x70, B: 0xb3, A: 0xff}, // violet
		{R: 0xc2, G: 0x3b, B: 0x8c, A: 0xff}, // magenta
		{R: 0x66, G: 0x8f, B: 0x1e, A: 0xff}, // green
		{R: 0x8c, G: 0x5a, B: 0x2b, A: 0xff}, // brown
		{R: 0x00, G: 0x8b, B: 0x9a, A: 0xff}, // cyan
		{R: 0xb5, G: 0x9a, B: 0x00, A: 0xff}, // ochre
	}
)

// leaderColour is the colour of the i-th leader compared.
func leaderColour(i int) color.RGBA { return leaderPalette[i%len(leaderPalette)] }

// speakerColour is a leader's colour, or grey for anyone else.
func speakerColour(leaders []string, name string) color.RGBA {
	for i, l := range leaders {
		if l == name {
			return leaderColour(i)
		}
	}
	return colourOther
}

// tint mixes c with white; f = 1 gives white.
func tint(c color.RGBA, f float64) color.RGBA {
	mix := func(v uint8) uint8 { return uint8(math.Round(float64(v) + (255-float64(v))*f)) }
	return color.RGBA{R: mix(c.R), G: mix(c.G), B: mix(c.B), A: 0xff}
}

// shade mixes c with black; f = 1 gives black.
func shade(c color.RGBA, f float64) color.RGBA {
	mix := func(v uint8) uint8 { return uint8(math.Round(float64(v) * (1 - f))) }
	return color.RGBA{R: mix(c.R), G: mix(c.G), B: mix(c.B), A: 0xff}
}

// toneColour places a tone on the diverging scale, fixed at −1..+1; a
// missing tone is grey.
func toneColour(t float64) color.RGBA {
	if math.IsNaN(t) {
		return colourMissing
	}
	x := (math.Max(-1, math.Min(1, t)) + 1) / 2 * float64(len(toneStops)-1)
	i := min(int(x), len(toneStops)-2)
	f := x - float64(i)
	a, b := toneStops[i], toneStops[i+1]
	mix := func(u, v uint8) uint8 { return uint8(math.Round(float64(u) + (float64(v)-float64(u))*f)) }
	return color.RGBA{R: mix(a.R, b.R), G: mix(a.G, b.G), B: mix(a.B, b.B), A: 0xff}
}

// labelColour is the colour of a tone's label: red for negative, grey for
// neutral, blue for positive (tone.Threshold apart).
func labelColour(t float64) color.RGBA {
	switch tone.Label(t) {
	case "negative":
		return colourNeg
	case "positive":
		return colourPos
	}
	return colourNeu
}

// inkOn is black or white, whichever reads better on c.
func inkOn(c color.Color) color.Color {
	r, g, b, _ := c.RGBA()
	if 0.299*float64(r)+0.587*float64(g)+0.114*float64(b) < 0.55*0xffff {
		return color.White
	}
	return colourText
}

// chartFont is the typeface of every chart text: Liberation Sans, which
// is compiled into gonum/plot.
var chartFont = font.Font{Typeface: "Liberation", Variant: "Sans"}

// sans is a Liberation Sans text style of the given size in points.
func sans(size float64, c color.Color) text.Style {
	return text.Style{Color: c, Font: font.From(chartFont, vg.Length(size)), Handler: plot.DefaultTextHandler}
}

// legendEntry is one swatch and its label in a chart's header.
type legendEntry struct {
	label string
	fill  color.Color
	// line outlines the swatch when set.
	line color.Color
	// dot draws a round swatch (a marker) instead of a square.
	dot bool
	// hatch marks the swatch as "no data".
	hatch bool
}

// figure is a chart's frame: a title, a subtitle, a legend row and a note
// around a body that draws the plot.
type figure struct {
	title, subtitle, note string
	legend                []legendEntry
	// height in pixels; 0 means 675.
	height float64
	body   func(c draw.Canvas)
}

func (f *figure) size() (vg.Length, vg.Length) {
	h := chartHeight
	if f.height > 0 {
		h = px(f.height)
	}
	return chartWidth, h
}

// write writes the figure as PNG or SVG. A panic in the plotting library
// becomes an error.
func (f *figure) write(w io.Writer, format string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("draw %s: %v", f.title, r)
		}
	}()
	wd, ht := f.size()
	switch format {
	case pngFormat:
		c := vgimg.NewWith(vgimg.UseWH(wd, ht), vgimg.UseDPI(chartDPI), vgimg.UseBackgroundColor(color.White))
		f.draw(draw.New(c))
		// Charts are flat colours: the fastest compression is nearly as small.
		err = (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(w, c.Image())
	case svgFormat:
		c := vgsvg.NewWith(vgsvg.UseWH(wd, ht), vgsvg.EmbedFonts(true))
		dc := draw.New(c)
		dc.SetColor(color.White)
		dc.Fill(dc.Rectangle.Path())
		f.draw(dc)
		_, err = c.WriteTo(w)
	default:
		err = errors.New("format must be png or svg")
	}
	return err
}

// draw lays the header, the note and the body on c.
func (f *figure) draw(c draw.Canvas) {
	pad := px(18)
	x, y := c.Min.X+pad, c.Max.Y-px(14)
	// A subtitle or a note too long for one line takes two.
	width := float64((c.Max.X-c.Min.X-2*pad)/vg.Inch) * chartDPI
	put := func(sty text.Style, s string) {
		if s == "" {
			return
		}
		s = wrap(s, sty, width)
		sty.XAlign, sty.YAlign = draw.XLeft, draw.YTop
		c.FillText(sty, vg.Point{X: x, Y: y}, s)
		y -= sty.Height(s) + px(4)
	}
	put(sans(19, colourText), f.title)
	put(sans(12.5, colourSubtle), f.subtitle)
	if len(f.legend) > 0 {
		y -= px(4)
		y = drawLegend(c, f.legend, x, y, c.Max.X-pad)
	}
	bottom := px(10)
	if f.note != "" {
		sty := sans(10.5, colourSubtle)
		sty.XAlign, sty.YAlign = draw.XLeft, draw.YBottom
		note := wrap(f.note, sty, width)
		c.FillText(sty, vg.Point{X: c.Min.X + pad, Y: c.Min.Y + px(8)}, note)
		bottom += sty.Height(note) + px(6)
	}
	if f.body != nil {
		f.body(draw.Crop(c, px(8), -pad, bottom, -(c.Max.Y - y + px(6))))
	}
}

// drawLegend lays the entries in rows from (x, y) leftwards to maxX and
// returns the y below them.
func drawLegend(c draw.Canvas, entries []legendEntry, x, y, maxX vg.Length) vg.Length {
	sty := sans(12, colourText)
	sty.XAlign, sty.YAlign = draw.XLeft, draw.YCenter
	sw, gap := px(15), px(22)
	rowH := px(22)
	cx, cy := x, y-rowH/2
	for _, e := range entries {
		w := sw + px(6) + sty.Width(e.label)
		if cx > x && cx+w > maxX {
			cx, cy = x, cy-rowH
		}
		r := vg.Rectangle{Min: vg.Point{X: cx, Y: cy - sw/2}, Max: vg.Point{X: cx + sw, Y: cy + sw/2}}
		if e.dot {
			c.DrawGlyph(draw.GlyphStyle{Color: e.fill, Radius: sw / 2.6, Shape: draw.CircleGlyph{}}, vg.Point{X: cx + sw/2, Y: cy})
		} else {
			c.FillPolygon(e.fill, []vg.Point{r.Min, {X: r.Max.X, Y: r.Min.Y}, r.Max, {X: r.Min.X, Y: r.Max.Y}})
			if e.hatch {
				hatch(c, r)
			}
			if e.line != nil {
				c.StrokeLines(draw.LineStyle{Color: e.line, Width: px(1.5)},
					[]vg.Point{r.Min, {X: r.Max.X, Y: r.Min.Y}, r.Max, {X: r.Min.X, Y: r.Max.Y}, r.Min})
			}
		}
		c.FillText(sty, vg.Point{X: cx + sw + px(6), Y: cy}, e.label)
		cx += w + gap
	}
	return cy - rowH/2
}

// newPlot is a plot with the house style: no title (the figure has one),
// Liberation Sans, readable tick labels. The font is set on this plot's
// own text styles: gonum/plot's package defaults are left as they are.
func newPlot() *plot.Plot {
	p := plot.New()
	p.BackgroundColor = color.Transparent
	for _, s := range []*text.Style{&p.Title.TextStyle, &p.Legend.TextStyle,
		&p.X.Label.TextStyle, &p.Y.Label.TextStyle, &p.X.Tick.Label, &p.Y.Tick.Label} {
		s.Font = font.From(chartFont, s.Font.Size)
	}
	// Keep gonum's alignments and rotations; set size and ink only.
	for _, s := range []*text.Style{&p.X.Label.TextStyle, &p.Y.Label.TextStyle, &p.X.Tick.Label, &p.Y.Tick.Label} {
		s.Font.Size, s.Color = 12, colourText
	}
	p.X.Label.TextStyle.Font.Size, p.Y.Label.TextStyle.Font.Size = 13, 13
	p.X.LineStyle.Color, p.Y.LineStyle.Color = colourSubtle, colourSubtle
	p.X.Tick.LineStyle.Color, p.Y.Tick.LineStyle.Color = colourSubtle, colourSubtle
	return p
}

// emptyFigure is a chart that says why it has nothing to show.
func emptyFigure(title, why string) *figure {
	return &figure{title: title, body: func(c draw.Canvas) {
		sty := sans(16, colourSubtle)
		sty.XAlign, sty.YAlign = draw.XCenter, draw.YCenter
		c.FillText(sty, c.Center(), why)
	}}
}

// shorten cuts a long name at a word boundary, marking the cut with "…".
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	if n < 2 {
		return "…"
	}
	cut := string(r[:n-1])
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:-") + "…"
}

// fit shortens s until it is at most w pixels wide in style sty.
func fit(s string, sty text.Style, w float64) string {
	n := len([]rune(s))
	out := s
	for n > 1 && sty.Width(out) > px(w) {
		n--
		out = shorten(s, n)
	}
	return out
}

// wrap fits s in w pixels on one line, or on two split at a space, and
// shortens what still does not fit.
func wrap(s string, sty text.Style, w float64) string {
	if sty.Width(s) <= px(w) {
		return s
	}
	for i := len(s) - 1; i > 0; i-- {
		if s[i] == ' ' && sty.Width(s[:i]) <= px(w) {
			return s[:i] + "\n" + fit(s[i+1:], sty, w)
		}
	}
	return fit(s, sty, w)
}

// count is "1 article", "2 articles".
func count(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// fmtTone formats a tone with its sign and a true minus, "0.00" for a tone
// that rounds to zero and "–" when missing.
func fmtTone(t float64) string {
	switch {
	case math.IsNaN(t):
		return "–"
	case math.Abs(t) < 0.005:
		return "0.00"
	case t < 0:
		return fmt.Sprintf("−%.2f", -t)
	}
	return fmt.Sprintf("+%.2f", t)
}

// signedTicks marks a tone axis from −limit to +limit with signed labels.
type signedTicks struct{ step float64 }

// Ticks implements plot.Ticker.
func (t signedTicks) Ticks(lo, hi float64) []plot.Tick {
	var ts []plot.Tick
	for v := math.Ceil(lo/t.step-1e-9) * t.step; v <= hi+1e-9; v += t.step {
		v := math.Round(v/t.step) * t.step
		l := strings.Replace(fmt.Sprintf("%+.1f", v), "-", "−", 1)
		if math.Abs(v) < 1e-9 {
			l = "0"
		}
		ts = append(ts, plot.Tick{Value: v, Label: l})
	}
	return ts
}

// toneStep picks a tick step for a tone axis spanning ±limit.
func toneStep(limit float64) float64 {
	switch {
	case limit <= 0.35:
		return 0.1
	case limit <= 0.8:
		return 0.2
	}
	return 0.5
}

// toneLimit is the half-span of a symmetric tone axis that shows every
// value with a margin: at least ±0.25, at most ±1.05.
func toneLimit(vs ...float64) float64 {
	l := 0.25
	for _, v := range vs {
		if !math.IsNaN(v) {
			l = math.Max(l, math.Abs(v)*1.12)
		}
	}
	return math.Min(l, 1.05)
}

// percentTicks marks a share axis in per cent, absolute on both sides of 0.
type percentTicks struct{ step float64 }

// Ticks implements plot.Ticker.
func (t percentTicks) Ticks(lo, hi float64) []plot.Tick {
	var ts []plot.Tick
	for v := math.Ceil(lo/t.step-1e-9) * t.step; v <= hi+1e-9; v += t.step {
		ts = append(ts, plot.Tick{Value: v, Label: fmt.Sprintf("%.0f%%", math.Abs(100*v))})
	}
	return ts
}

// widen stretches lo..hi about its middle to span at least minSpan, so that
// one or two bars do not fill the whole chart.
func widen(lo, hi, minSpan float64) (float64, float64) {
	if d := minSpan - (hi - lo); d > 0 {
		return lo - d/2, hi + d/2
	}
	return lo, hi
}

// corpusNote counts the articles a chart is drawn from, and says what
// became of the copies of other articles.
func corpusNote(g *aggregate) string {
	s := count(g.Articles, "article")
	switch {
	case g.Duplicates == 1 && !g.keepDuplicates:
		s += " (1 copy of an earlier article left out)"
	case g.Duplicates > 1 && !g.keepDuplicates:
		s += fmt.Sprintf(" (%d copies of earlier articles left out)", g.Duplicates)
	case g.Duplicates > 0:
		s += fmt.Sprintf(" (of which %d copy earlier ones)", g.Duplicates)
	}
	return s
}
