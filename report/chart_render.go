package report

import (
	"bytes"
	"fmt"
)

// renderedChart is one chart file in memory.
type renderedChart struct {
	name   string  // the file name ("portrayal.png", "portrayal.svg")
	data   []byte  // the file's content, once rendered
	fig    *figure // the chart laid out
	format string  // pngFormat or svgFormat
}

// render draws the chart into data.
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
