package report

import (
	"bytes"
	"context"
	"fmt"

	"portray/analyze/pool"
)

// renderedChart is one chart file in memory.
type renderedChart struct {
	// name is the file name ("portrayal.png", "portrayal.svg").
	name string
	// data is the file's content.
	data []byte

	fig    *figure
	format string
}

// render draws the chart into Data.
func (c *renderedChart) render() error {
	var buf bytes.Buffer
	if err := c.fig.write(&buf, c.format); err != nil {
		return fmt.Errorf("%s: %w", c.name, err)
	}
	c.data = buf.Bytes()
	return nil
}

// layoutCharts lays out every chart of chartNames once and returns its
// files in chartNames order, PNG before SVG, not yet rendered.
func layoutCharts(g *aggregate, leaders []string) ([]renderedChart, error) {
	var out []renderedChart
	for _, name := range chartNames(g) {
		f, err := buildChart(name, g, leaders)
		if err != nil {
			return nil, err
		}
		for _, format := range []string{pngFormat, svgFormat} {
			out = append(out, renderedChart{name: name + "." + format, fig: f, format: format})
		}
	}
	return out, nil
}

// renderCharts draws every chart of chartNames as PNG and SVG on at most
// workers goroutines (pool.Workers) and returns them in chartNames order,
// PNG before SVG.
func renderCharts(ctx context.Context, workers int, g *aggregate, leaders []string) ([]renderedChart, error) {
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
