package train

import (
	"math"
	"strings"
	"testing"

	"portray/analyze/tone"
)

// vectorsJSON holds five words: two pairs that point the same way, an
// extra value past the dimensions (as the packaged files carry) and a zero
// vector, which cannot be scaled to unit length and is left out.
const vectorsJSON = `{"dimensions": 2, "words": ["attacked", "ambushed", "praised", "lauded", "zero"],
 "vectors": {"attacked": [3, 4, 9], "ambushed": [0.6, 0.7, 9], "praised": [-4, 3, 9], "lauded": [-0.8, 0.7, 9], "zero": [0, 0, 9]}}`

func TestReadEmbeddings(t *testing.T) {
	e, err := ReadEmbeddings(strings.NewReader(vectorsJSON), 0)
	if err != nil {
		t.Fatal(err)
	}
	if e.Dim != 2 || strings.Join(e.Words, " ") != "attacked ambushed praised lauded" {
		t.Fatalf("dim %d, words %v", e.Dim, e.Words)
	}
	if v := e.Vec["attacked"]; len(v) != 2 || math.Abs(v[0]-0.6) > 1e-12 || math.Abs(v[1]-0.8) > 1e-12 {
		t.Errorf("attacked = %v, want the unit vector [0.6 0.8]", v)
	}
	top, err := ReadEmbeddings(strings.NewReader(vectorsJSON), 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(top.Words) != 2 || top.Vec["praised"] != nil {
		t.Errorf("max 2 kept %v", top.Words)
	}
	for _, bad := range []string{`{`, `{"dimensions": 0, "words": ["a"], "vectors": {}}`, `{"dimensions": 3, "words": ["a"], "vectors": {"a": [1, 2]}}`} {
		if _, err := ReadEmbeddings(strings.NewReader(bad), 0); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}

// TestVectorsGiveUnseenWordsWeight checks that a word the rows never show
// gets the weight of the seen word its vector is close to, that a word
// seen in the rows keeps a weight of the right sign, and that without
// vectors the unseen word has none.
func TestVectorsGiveUnseenWordsWeight(t *testing.T) {
	_, d := sampleSet(t)
	e, err := ReadEmbeddings(strings.NewReader(vectorsJSON), 0)
	if err != nil {
		t.Fatal(err)
	}
	var rows []lexRow
	for range 4 {
		rows = append(rows,
			lexRow{bag: []tone.Term{{Word: "attacked", Weight: 1}}, y: -1},
			lexRow{bag: []tone.Term{{Word: "praised", Weight: 1}}, y: 0.5})
	}
	opt := Options{MinCount: 2, Embed: e, EmbedLambda: 1e-3}.withDefaults()
	sent, _ := d.solveLexicon(rows, 1e-2, opt)
	if !(sent["attacked"] < 0 && sent["ambushed"] < 0 && sent["praised"] > 0 && sent["lauded"] > 0) {
		t.Errorf("with vectors: attacked %v ambushed %v praised %v lauded %v; want the first two negative, the others positive",
			sent["attacked"], sent["ambushed"], sent["praised"], sent["lauded"])
	}
	opt.Embed = nil
	sent, _ = d.solveLexicon(rows, 1e-2, opt)
	if _, ok := sent["ambushed"]; ok {
		t.Errorf("without vectors, the unseen word has weight %v", sent["ambushed"])
	}
}
