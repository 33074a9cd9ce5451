package train

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"portray/analyze/tone"
)

const nytSample = "1_1\t2.1\tThe rescue was a wonderful success and a moment of hope.\n" +
	"1_2\t-2.4\tThe attack was a horrible disaster and a shameful failure.\n" +
	"1_3\t0.1\tThe committee meets on Tuesday.\n" +
	"1_4\t1.8\tVolunteers did wonderful work and brought hope.\n" +
	"1_5\t-1.9\tThe scandal was a disaster for the city.\n" +
	"1_6\t-0.2\tThe report has four chapters.\n" +
	"1_7\t1.5\tA success for peace.\n" +
	"1_8\t-2.0\tA shameful attack on voters.\n" +
	"1_9\t0.0\tThe office opens at nine.\n" +
	"1_10\t2.2\tHope and success at last.\n"

const mtscSample = `{"sentence_normalized": "Critics slammed Varga over the scandal.", "targets": [{"from": 16, "to": 21, "polarity": 2.0}]}
{"sentence_normalized": "Voters praised Varga for her courage.", "targets": [{"from": 15, "to": 20, "polarity": 6.0}]}
{"sentence_normalized": "Varga will visit Berlin on Tuesday.", "targets": [{"from": 0, "to": 5, "polarity": 4.0}]}
{"sentence_normalized": "Lee praised Kim while attacking Park.", "targets": [{"from": 12, "to": 15, "polarity": 6.0}, {"from": 32, "to": 36, "polarity": 2.0}]}
{"sentence_normalized": "Critics slammed Ortiz for the failure.", "targets": [{"from": 16, "to": 21, "polarity": 2.0}]}
{"sentence_normalized": "Fans praised Ortiz for the rescue.", "targets": [{"from": 13, "to": 18, "polarity": 6.0}]}
{"sentence_normalized": "Ortiz met the committee on Monday.", "targets": [{"from": 0, "to": 5, "polarity": 4.0}]}
{"sentence_normalized": "Reporters asked Ortiz about the budget.", "targets": [{"from": 16, "to": 21, "polarity": 4.0}]}
{"sentence_normalized": "Critics attacked Kim over the scandal.", "targets": [{"from": 17, "to": 20, "polarity": 2.0}]}
{"sentence_normalized": "Voters praised Park for the success.", "targets": [{"from": 15, "to": 19, "polarity": 6.0}]}
`

func sampleSet(t *testing.T) (*tone.Scorer, *Set) {
	t.Helper()
	rated, err := ReadNYT(strings.NewReader(nytSample))
	if err != nil {
		t.Fatal(err)
	}
	targeted, err := ReadNewsMTSC(strings.NewReader(mtscSample))
	if err != nil {
		t.Fatal(err)
	}
	if len(rated) != 10 || len(targeted) != 11 {
		t.Fatalf("read %d rated, %d targeted", len(rated), len(targeted))
	}
	if tg := targeted[4]; tg.Text[tg.From:tg.To] != "Park" || tg.Group != targeted[3].Group {
		t.Fatalf("target %+v", tg)
	}
	s, err := tone.NewWithModel(nil)
	if err != nil {
		t.Fatal(err)
	}
	return s, NewSet(s, rated, targeted)
}

// TestTrainDeterministic checks that training twice gives the same bytes,
// and that the model learns the obvious words.
func TestTrainDeterministic(t *testing.T) {
	s, d := sampleSet(t)
	opt := Options{Folds: 2, MinCount: 2, Data: "inline"}
	m1, err := Train(d, opt)
	if err != nil {
		t.Fatal(err)
	}
	m2, err := Train(NewSet(s, d.Rated, d.Targeted), opt)
	if err != nil {
		t.Fatal(err)
	}
	b1, _ := tone.MarshalModel(m1)
	b2, _ := tone.MarshalModel(m2)
	if !bytes.Equal(b1, b2) {
		t.Fatal("two trainings gave different models")
	}
	if _, err := tone.ParseModel(b1); err != nil {
		t.Fatalf("trained model does not load: %v", err)
	}
	// The default sentence lexicon is fitted beside VADER, which already
	// knows these words; the joint fit's must learn them.
	opt.PlainSentenceLexicon = true
	mp, err := Train(d, opt)
	if err != nil {
		t.Fatal(err)
	}
	if !(mp.Lexicon["success"] > 0 && mp.Lexicon["disaster"] < 0) {
		t.Errorf("lexicon success %v, disaster %v", mp.Lexicon["success"], mp.Lexicon["disaster"])
	}
	if !(m1.TargetLexicon["praised"] > 0 && m1.TargetLexicon["slammed"] < 0) {
		t.Errorf("target lexicon praised %v, slammed %v", m1.TargetLexicon["praised"], m1.TargetLexicon["slammed"])
	}
	for _, w := range []string{"varga", "ortiz", "the", "will"} {
		if _, ok := m1.TargetLexicon[w]; ok {
			t.Errorf("name or function word %q in the lexicon", w)
		}
	}
}

func TestConjugateGradient(t *testing.T) {
	// [4 1; 1 3] x = [1 2] has x = [1/11, 7/11].
	apply := func(dst, x []float64) {
		dst[0] = 4*x[0] + x[1]
		dst[1] = x[0] + 3*x[1]
	}
	x := conjugateGradient(apply, []float64{1, 2}, 1e-12, 10)
	if math.Abs(x[0]-1.0/11) > 1e-9 || math.Abs(x[1]-7.0/11) > 1e-9 {
		t.Errorf("x = %v", x)
	}
}

func TestReadErrors(t *testing.T) {
	if _, err := ReadNYT(strings.NewReader("1\tx\ttext\n")); err == nil {
		t.Error("bad rating: no error")
	}
	for _, bad := range []string{`{`, `{"sentence_normalized": "ab", "targets": [{"from": 0, "to": 9, "polarity": 2.0}]}`, `{"sentence_normalized": "ab", "targets": [{"from": 0, "to": 1, "polarity": 3.0}]}`} {
		if _, err := ReadNewsMTSC(strings.NewReader(bad)); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}

// TestOrdinalLogistic checks that the ordinal head orders the classes
// along a feature that separates them and ignores one that does not.
func TestOrdinalLogistic(t *testing.T) {
	var X [][]float64
	var class []int
	for i := 0; i < 90; i++ {
		c := i%3 - 1
		noise := float64(i%7) - 3
		X = append(X, []float64{float64(c) + 0.3*noise/3, noise})
		class = append(class, c)
	}
	w, b, err := ordinalLogistic(X, class, func(int) bool { return true }, 1e-3)
	if err != nil {
		t.Fatal(err)
	}
	if w[0] <= 0 || math.Abs(w[1]) > w[0]/5 {
		t.Errorf("weights %v, want a large positive first and a small second", w)
	}
	lo, hi := dot(w, []float64{-1, 0})+b, dot(w, []float64{1, 0})+b
	if !(lo < 0 && hi > 0) {
		t.Errorf("linear scores %g, %g for classes -1, 1: not centred", lo, hi)
	}
}

// TestStemOf checks that inflections of a word meet on one stem and that
// short words, numbers and words ending in -ss keep apart.
func TestStemOf(t *testing.T) {
	for _, group := range [][]string{
		{"attack", "attacks", "attacked", "attacking"},
		{"praise", "praised", "praises", "praising"},
		{"stop", "stopped", "stopping"},
		{"ministry", "ministries"},
		{"kill", "killed", "killing"},
	} {
		want := stemOf(group[0])
		if want == "" {
			t.Fatalf("stemOf(%q) is empty", group[0])
		}
		for _, w := range group[1:] {
			if got := stemOf(w); got != want {
				t.Errorf("stemOf(%q) = %q, want %q as for %q", w, got, want, group[0])
			}
		}
	}
	for _, w := range []string{"war", "not", "0", "9th"} {
		if got := stemOf(w); got != "" {
			t.Errorf("stemOf(%q) = %q, want none", w, got)
		}
	}
	if b, l := stemOf("business"), stemOf("less"); b != "business" || l != "less" {
		t.Errorf("stemOf cuts the s of -ss words: business %q, less %q", b, l)
	}
}

// TestStemsShareWeight checks that an inflection seen too rarely for a
// weight of its own still gets its stem's weight, and PlainWords none.
func TestStemsShareWeight(t *testing.T) {
	_, d := sampleSet(t)
	rows := []lexRow{
		{bag: []tone.Term{{Word: "attacked", Weight: 1}}, y: -1},
		{bag: []tone.Term{{Word: "attacked", Weight: 1}}, y: -1},
		{bag: []tone.Term{{Word: "attacking", Weight: 1}}, y: -1},
		{bag: []tone.Term{{Word: "calm", Weight: 1}}, y: 0},
		{bag: []tone.Term{{Word: "calm", Weight: 1}}, y: 0},
		{bag: []tone.Term{{Word: "calm", Weight: 1}}, y: 0},
	}
	opt := Options{MinCount: 2}.withDefaults()
	sent, _ := d.solveLexicon(rows, 1e-2, opt)
	if sent["attacking"] >= 0 || sent["attacked"] >= sent["attacking"] {
		t.Errorf("with stems: attacked %v, attacking %v; want both negative, attacked more", sent["attacked"], sent["attacking"])
	}
	opt.PlainWords = true
	sent, _ = d.solveLexicon(rows, 1e-2, opt)
	if _, ok := sent["attacking"]; ok || sent["attacked"] >= 0 {
		t.Errorf("plain words: attacked %v, attacking %v; want attacked negative, attacking absent", sent["attacked"], sent["attacking"])
	}
}
