package report

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"math"
	"os"
	"slices"
	"strconv"
	"testing"

	"portray/analyze/attrib"
)

// TestArticleLogSpill checks the per-article table: the same bytes whether
// the article log is in memory or in a temporary file, one group of rows
// per article in input order with each article's own numbers, and only
// the first maxHeatRows articles kept in the aggregate's maps.
func TestArticleLogSpill(t *testing.T) {
	const n = maxHeatRows + 25
	build := func(spill bool) (*aggregate, string) {
		g := newAggregate()
		if spill {
			if err := g.spillArticles(t.TempDir()); err != nil {
				t.Fatal(err)
			}
			defer g.release()
		}
		for i := range n {
			tone := float64(i%7)/10 - 0.3
			g.add(result(fmt.Sprintf("a%03d.txt", i),
				[]attrib.Quote{quote("Ada Brill", "words", tone), quote("Bo Lind", "more words", -tone)},
				[]attrib.Mention{mention("Ada Brill", tone), mention("Ada Brill", tone/2), mention("Bo Lind", 0.1)}))
		}
		var buf bytes.Buffer
		if err := writeLeadersBy(t.Context(), &buf, g, byArticle, []string{"Ada Brill", "Bo Lind"}, false, 0); err != nil {
			t.Fatal(err)
		}
		return g, buf.String()
	}
	g, mem := build(false)
	_, file := build(true)
	if mem != file {
		t.Fatalf("spilled table differs from the in-memory one:\n%s\nvs\n%s", file, mem)
	}
	rows, err := csv.NewReader(bytes.NewBufferString(mem)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1+2*n {
		t.Fatalf("%d rows, want a header and %d", len(rows), 2*n)
	}
	own := slices.Index(rows[0], "own_tone")
	for i := range n {
		ada := rows[1+2*i]
		want := float64(i%7)/10 - 0.3
		got, err := strconv.ParseFloat(ada[own], 64)
		if ada[0] != fmt.Sprintf("a%03d.txt", i) || ada[1] != "Ada Brill" || err != nil || math.Abs(got-want) > 0.0005 {
			t.Errorf("row %d: %v, want article a%03d.txt, Ada Brill, own tone %.3f", 1+2*i, ada[:own+1], i, want)
		}
	}
	if gr := g.Groups[byArticle]; gr.Total != n || len(gr.Order) != maxHeatRows || len(gr.Tallies) != maxHeatRows {
		t.Errorf("article group: total %d, %d kept in order, %d tallies; want %d, %d, %d", gr.Total, len(gr.Order), len(gr.Tallies), n, maxHeatRows, maxHeatRows)
	}
}

// TestArticleLogLeavesNoFile checks that the spilled log has no name in
// its folder, even before it is released.
func TestArticleLogLeavesNoFile(t *testing.T) {
	dir := t.TempDir()
	g := newAggregate()
	if err := g.spillArticles(dir); err != nil {
		t.Fatal(err)
	}
	g.add(result("a.txt", []attrib.Quote{quote("Ada Brill", "words", 0.2)}, nil))
	if es, _ := os.ReadDir(dir); len(es) != 0 {
		t.Errorf("folder holds %d entries while the log is open", len(es))
	}
	g.release()
	if err := g.spillArticles(dir); err == nil {
		t.Errorf("spilling after the first article was accepted")
	}
}
