package report

import (
	"bytes"
	"context"
	"fmt"

	"portray/analyze/pool"
)

// RenderedChart is one chart file in memory.
type RenderedChart struct {
	// Name is the file name ("portrayal.png", "portrayal.svg").
	Name string
	// Data is the file's content.
	Data []byte

	fig    Figure
	format string
}

// render draws the chart into Data.
func (c *RenderedChart) render() error {
	var buf bytes.Buffer
	if err := c.fig.Write(&buf, c.format); err != nil {
		return fmt.Errorf("%s: %w", c.Name, err)
	}
	c.Data = buf.Bytes()
	return nil
}

// layoutCharts lays out every chart of ChartNames once and returns its
// files in ChartNames order, PNG before SVG, not yet rendered.
func layoutCharts(g *Aggregate, leaders []string) ([]RenderedChart, error) {
	var out []RenderedChart
	for _, name := range ChartNames(g) {
		f, err := BuildChart(name, g, leaders)
		if err != nil {
			return nil, err
		}
		for _, format := range []string{PNG, SVG} {
			out = append(out, RenderedChart{Name: name + "." + format, fig: f, format: format})
		}
	}
	return out, nil
}

// RenderCharts draws every chart of ChartNames as PNG and SVG on at most
// workers goroutines (pool.Workers) and returns them in ChartNames order,
// PNG before SVG.
func RenderCharts(ctx context.Context, workers int, g *Aggregate, leaders []string) ([]RenderedChart, error) {
	out, err := layoutCharts(g, leaders)
	if err != nil {
		return nil, err
	}
	err = pool.Each(ctx, workers, len(out), func(_ context.Context, i int) error { return out[i].render() })
	if err != nil {
		return nil, err
	}
	return out, nil
}
