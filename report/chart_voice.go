package report

import (
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg/draw"
)

const voiceTitle = "Share of voice: who gets to speak, and who is spoken about"

// voiceFigure: per leader, their share of the words quoted from all the
// leaders compared (solid) beside their share of the sentences about them (pale).
func voiceFigure(g *aggregate, leaders []string) (*figure, error) {
	if len(leaders) == 0 {
		return emptyFigure(voiceTitle, "No people were found in the articles, so there is no one to compare."), nil
	}
	rows := g.leaderTable(leaders).rows
	words, sentences := 0, 0
	for _, r := range rows {
		words += r.WordsQuoted
		sentences += r.Portrayed.N
	}
	if words == 0 && sentences == 0 {
		return emptyFigure(voiceTitle, "The leaders compared are neither quoted nor written about in the articles."), nil
	}
	top := 0.0
	for _, r := range rows {
		for _, v := range []float64{r.VoiceShare, r.MentionShare, r.Shares.Voice.High, r.Shares.Mention.High} {
			if !math.IsNaN(v) {
				top = math.Max(top, v)
			}
		}
	}
	// Room on the right for the labels at the bars' ends, in a data area
	// about 900 pixels wide.
	xmax := math.Max(0.1, top/(1-300.0/900))
	n := len(rows)
	p := newPlot()
	p.X.Label.Text = "Share among the leaders compared"
	p.X.Min, p.X.Max = 0, xmax
	step := 0.1
	if xmax > 0.6 {
		step = 0.2
	}
	p.X.Tick.Marker = percentTicks{step}
	p.Y.Min, p.Y.Max = widen(-0.7, float64(3*n)-1.3, 8)
	var bars rects
	var ls labels
	var ws whiskers
	var ticks []plot.Tick
	lblStyle := aligned(sans(11, colourText), draw.XLeft, draw.YCenter)
	for i, r := range rows {
		c := leaderColour(i)
		base := float64(3 * (n - 1 - i))
		ticks = append(ticks, plot.Tick{Value: base + 0.5, Label: fit(r.Leader, p.Y.Tick.Label, 260)})
		for _, b := range []struct {
			share      float64
			iv         estimate
			y          float64
			fill, line color.Color
			text       string
		}{
			{r.VoiceShare, r.Shares.Voice, base + 1, c, nil, shareText(r.VoiceShare, r.Shares.Voice, r.WordsQuoted, "words quoted")},
			{r.MentionShare, r.Shares.Mention, base, tint(c, 0.6), c, shareText(r.MentionShare, r.Shares.Mention, r.Portrayed.N, "sentences")},
		} {
			v := b.share
			if math.IsNaN(v) {
				v = 0
			}
			if v > 0 {
				bars = append(bars, rect{x0: 0, x1: v, y0: b.y - 0.42, y1: b.y + 0.42, fill: b.fill, line: b.line})
			}
			end := v
			if b.iv.ok() {
				ws = append(ws, whisker{pos: b.y, lo: b.iv.Low, hi: b.iv.High, horizontal: true})
				end = math.Max(v, b.iv.High)
			}
			ls = append(ls, label{x: end, y: b.y, dx: 6, text: b.text, style: lblStyle})
		}
	}
	p.Add(bars, ws, ls)
	p.Y.Tick.Marker = plot.ConstantTicks(ticks)
	p.Y.Tick.Length = 0
	grey := tint(colourText, 0.2)
	return &figure{
		title:    voiceTitle,
		subtitle: "For each leader: their share of all the words quoted from the leaders, and of all the writer's sentences about them. Whiskers and brackets: 95% intervals.",
		legend: []legendEntry{
			{label: "Voice: words quoted", fill: grey},
			{label: "Mentions: sentences about the leader", fill: tint(grey, 0.6), line: grey},
		},
		note:   fmt.Sprintf("%s: %d words quoted from the leaders compared, %d sentences about them. Intervals resample whole articles. Each bar is in the leader's colour.", corpusNote(g), words, sentences),
		height: math.Max(675, 200+56*float64(n)),
		body:   p.Draw,
	}, nil
}

// shareText labels a bar: "34% [28–41] of words quoted (183)", or "no
// words quoted" when there are none.
func shareText(share float64, iv estimate, k int, of string) string {
	if k == 0 || math.IsNaN(share) {
		return "no " + of
	}
	if iv.ok() {
		return fmt.Sprintf("%.0f%% [%.0f–%.0f] of %s (%d)", 100*share, 100*iv.Low, 100*iv.High, of, k)
	}
	return fmt.Sprintf("%.0f%% of %s (%d)", 100*share, of, k)
}
