package report

import (
	"bytes"
	"fmt"
	"runtime"
	"sync"
)

// RenderedChart is one chart file in memory.
type RenderedChart struct {
	// Name is the file name ("portrayal.png", "portrayal.svg").
	Name string
	// Data is the file's content.
	Data []byte
}

// RenderCharts draws every chart of ChartNames as PNG and SVG, a few at a
// time, and returns them in ChartNames order, PNG before SVG; the first
// error in that order wins.
func RenderCharts(g *Aggregate, leaders []string) ([]RenderedChart, error) {
	names := ChartNames(g)
	formats := []string{PNG, SVG}
	out := make([]RenderedChart, len(names)*len(formats))
	errs := make([]error, len(out))
	figs := make([]Figure, len(names))
	for i, name := range names {
		f, err := BuildChart(name, g, leaders)
		if err != nil {
			return nil, err
		}
		figs[i] = f
	}
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i := range out {
		fig, format := figs[i/len(formats)], formats[i%len(formats)]
		out[i].Name = names[i/len(formats)] + "." + format
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			var buf bytes.Buffer
			errs[i] = fig.Write(&buf, format)
			out[i].Data = buf.Bytes()
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("%s: %w", out[i].Name, err)
		}
	}
	return out, nil
}
