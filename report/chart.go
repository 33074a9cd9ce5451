package report

import (
	"fmt"
	"image/color"
	"io"
	"math"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

func init() {
	// Every chart is set in Liberation Sans; it is compiled into gonum/plot.
	plot.DefaultFont = font.Font{Typeface: "Liberation", Variant: "Sans"}
	plotter.DefaultFont = plot.DefaultFont
}

// Chart size: 1200 × 675 pixels at 96 dots per inch.
const (
	chartDPI    = 96
	chartWidth  = 1200 * vg.Inch / chartDPI
	chartHeight = 675 * vg.Inch / chartDPI
)

var (
	colourOwn       = color.RGBA{R: 0x1f, G: 0x5f, B: 0x99, A: 0xff} // own words
	colourPortrayed = color.RGBA{R: 0xd9, G: 0x7a, B: 0x1e, A: 0xff} // portrayed
	colourGrid      = color.Gray{Y: 0xdd}
)

// PortrayalChart draws, per leader, the mean tone of their own quotations
// beside the mean tone of the sentences that speak of them, with 95%
// bootstrap intervals and the number of items under each pair, as a PNG.
func PortrayalChart(w io.Writer, g *Aggregate, leaders []string) error {
	p := plot.New()
	p.Title.Text = "How each leader is portrayed: own words vs. the text about them\nbars: mean tone · whiskers: 95% bootstrap interval · n: quotations / sentences"
	p.Title.TextStyle.Font.Size = 18
	p.Y.Label.Text = "Mean tone (−1 negative … +1 positive)"
	p.Y.Label.TextStyle.Font.Size = 14
	p.Y.Tick.Label.Font.Size = 12
	p.X.Tick.Label.Font.Size = 12
	p.Add(plotter.NewGrid())
	if len(leaders) == 0 {
		return emptyChart(w, p, "No people were found in the articles.")
	}
	rows := LeaderRows(g.All, leaders, "all")
	own, portrayed := make(plotter.Values, len(rows)), make(plotter.Values, len(rows))
	ownErr, porErr := make(plotter.YErrors, len(rows)), make(plotter.YErrors, len(rows))
	names := make([]string, len(rows))
	limit := 0.25
	for i, r := range rows {
		oi, pi := r.Own, r.Portrayed
		own[i], ownErr[i] = barValue(oi)
		portrayed[i], porErr[i] = barValue(pi)
		for _, v := range []float64{oi.Low, oi.High, pi.Low, pi.High, oi.Mean, pi.Mean} {
			if !math.IsNaN(v) {
				limit = math.Max(limit, math.Abs(v))
			}
		}
		names[i] = fmt.Sprintf("%s\nown words n=%d\nportrayed n=%d", shorten(r.Leader, 22), oi.N, pi.N)
	}
	// Pairs of bars sit at ±0.2 around each leader; the axis spans n+0.2
	// units over roughly 820 points, so a bar 0.36 units wide is:
	width := vg.Points(0.36 * 820 / (float64(len(rows)) + 0.2))
	const half = 0.2
	for k, set := range []struct {
		vals   plotter.Values
		errs   plotter.YErrors
		colour color.Color
		label  string
	}{{own, ownErr, colourOwn, "Own words (mean tone of their quotations)"}, {portrayed, porErr, colourPortrayed, "Portrayed (mean tone of sentences about them)"}} {
		bars, err := plotter.NewBarChart(set.vals, width)
		if err != nil {
			return fmt.Errorf("portrayal chart: %w", err)
		}
		bars.Color = set.colour
		bars.LineStyle.Width = 0
		bars.XMin = half * float64(2*k-1)
		p.Add(bars)
		p.Legend.Add(set.label, bars)
		// Whiskers only where there is an interval (two values or more).
		var xys plotter.XYs
		var errs plotter.YErrors
		for i := range set.vals {
			if set.errs[i].Low != 0 || set.errs[i].High != 0 {
				xys = append(xys, plotter.XY{X: float64(i) + bars.XMin, Y: set.vals[i]})
				errs = append(errs, set.errs[i])
			}
		}
		if len(xys) > 0 {
			eb, err := plotter.NewYErrorBars(struct {
				plotter.XYs
				plotter.YErrors
			}{xys, errs})
			if err != nil {
				return fmt.Errorf("portrayal chart: %w", err)
			}
			eb.LineStyle.Width = vg.Points(1.5)
			p.Add(eb)
		}
	}
	zero := plotter.NewFunction(func(float64) float64 { return 0 })
	zero.Color = color.Gray{Y: 0x55}
	p.Add(zero)
	p.NominalX(names...)
	p.X.Tick.Label.YAlign = draw.YTop
	p.Y.Min, p.Y.Max = -limit*1.15, limit*1.15
	p.X.Min, p.X.Max = -0.6, float64(len(rows))-0.4
	p.Legend.Top = true
	p.Legend.Left = true
	p.Legend.TextStyle.Font.Size = 12
	p.Legend.YOffs = vg.Points(28)
	p.Title.Padding = vg.Points(34)
	return writePNG(w, p)
}

// barValue turns an interval into a bar height and its error bar; a
// missing mean draws no bar.
func barValue(iv Interval) (float64, struct{ Low, High float64 }) {
	if math.IsNaN(iv.Mean) {
		return 0, struct{ Low, High float64 }{}
	}
	e := struct{ Low, High float64 }{}
	if !math.IsNaN(iv.Low) {
		e.Low, e.High = iv.Mean-iv.Low, iv.High-iv.Mean
	}
	return iv.Mean, e
}

// shorten cuts a long name at a word boundary, marking the cut with "…".
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n-1])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return cut + "…"
}

// emptyChart renders a chart that explains why it has nothing to show.
func emptyChart(w io.Writer, p *plot.Plot, why string) error {
	p.HideAxes()
	p.Y.Label.Text = ""
	l, err := plotter.NewLabels(plotter.XYLabels{XYs: plotter.XYs{{X: 0.5, Y: 0.5}}, Labels: []string{why}})
	if err != nil {
		return err
	}
	l.TextStyle[0].Font.Size = 16
	l.TextStyle[0].XAlign = draw.XCenter
	p.Add(l)
	p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = 0, 1, 0, 1
	return writePNG(w, p)
}

func writePNG(w io.Writer, p *plot.Plot) error {
	c := vgimg.NewWith(vgimg.UseWH(chartWidth, chartHeight), vgimg.UseDPI(chartDPI), vgimg.UseBackgroundColor(color.White))
	p.Draw(draw.New(c))
	_, err := vgimg.PngCanvas{Canvas: c}.WriteTo(w)
	return err
}
