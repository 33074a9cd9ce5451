package report

import (
	"math"
	"os"
	"path/filepath"
	"testing"
)

// TestSampleMerge: merging two samples gives the count, mean, spread and
// labels of one sample fed both, below and above normalAbove.
func TestSampleMerge(t *testing.T) {
	for _, n := range [][2]int{{3, 4}, {300, 250}, {900, 50}} {
		var a, b, all sample
		for i := range n[0] {
			x := math.Sin(float64(i)) / 2
			a.add(x)
			all.add(x)
		}
		for i := range n[1] {
			x := math.Cos(float64(i)) / 3
			b.add(x)
			all.add(x)
		}
		a.merge(b)
		if a.N != all.N || math.Abs(a.mean()-all.mean()) > 1e-12 || math.Abs(a.M2-all.M2) > 1e-9 || a.Labels != all.Labels {
			t.Errorf("%v: merged N %d mean %v M2 %v labels %v; want %d %v %v %v", n, a.N, a.mean(), a.M2, a.Labels, all.N, all.mean(), all.M2, all.Labels)
		}
		if len(a.Values) != min(all.N, normalAbove) {
			t.Errorf("%v: %d values kept", n, len(a.Values))
		}
	}
}

// TestRewriteColumns: only the named columns change, a row without a name
// to change is copied byte for byte, and numbers and guarded text stay.
func TestRewriteColumns(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mentions.csv")
	in := "\ufeffarticle,paragraph,sentence,person,words,mention_kind,quoted_by,sentence_text,tone,tone_vader,tone_nb,tone_lex,label,tone_terms\n" +
		"a.txt,1,1,Donald J. Trump,Donald J. Trump,name,,\"He said, \"\"no\"\"\",-0.100,-0.200,0.000,0.100,negative,'-no:-0.1\n" +
		"a.txt,1,2,Vladimir Putin,Putin,surname,Donald J. Trump,x,0.000,0.000,0.000,0.000,neutral,\n" +
		"b.txt,2,1,Elena Varga,she,pronoun,,\" lead\",0.000,0.000,0.000,0.000,neutral,\n"
	if err := os.WriteFile(path, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	renames := map[string]string{"Donald J. Trump": "Donald Trump"}
	if err := rewriteColumns(path, mentionCols, colIndex(mentionCols, "person", "quoted_by"), renames); err != nil {
		t.Fatal(err)
	}
	want := "\ufeffarticle,paragraph,sentence,person,words,mention_kind,quoted_by,sentence_text,tone,tone_vader,tone_nb,tone_lex,label,tone_terms\n" +
		"a.txt,1,1,Donald Trump,Donald J. Trump,name,,\"He said, \"\"no\"\"\",-0.100,-0.200,0.000,0.100,negative,'-no:-0.1\n" +
		"a.txt,1,2,Vladimir Putin,Putin,surname,Donald Trump,x,0.000,0.000,0.000,0.000,neutral,\n" +
		"b.txt,2,1,Elena Varga,she,pronoun,,\" lead\",0.000,0.000,0.000,0.000,neutral,\n"
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
