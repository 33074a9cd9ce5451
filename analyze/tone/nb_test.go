package tone

import (
	"encoding/json"
	"math"
	"os"
	"strings"
	"testing"
	"unicode"

	"github.com/cdipaolo/sentiment"
)

// TestNBLogOddsMatchesModel checks the word table against the model as the
// sentiment package restores it: the same words are known and the log-odds
// sum to the same value, whatever the case, apostrophes and punctuation.
func TestNBLogOddsMatchesModel(t *testing.T) {
	s := scorer(t)
	models, err := sentiment.Restore()
	if err != nil {
		t.Fatal(err)
	}
	en := models["en"]
	reference := func(text string) (float64, int) {
		text = strings.NewReplacer("’", "", "'", "").Replace(text)
		var sum float64
		n := 0
		for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
			word, ok := en.Words.Get(w)
			if !ok || len(word.Count) < 2 {
				continue
			}
			sum += math.Log(float64(word.Count[1]+1) / float64(word.Count[0]+1))
			n++
		}
		return sum, n
	}
	for _, text := range []string{
		"",
		"A wonderful, brilliant film.",
		"It was awful.\nTerrible!",
		"He didn’t say it wasn't GREAT; the talks were a disaster.",
		"Zelensky’s café résumé: ÉLAN, naïve 2025 figures",
		"...!!! 123 ---",
		strings.Repeat("hope and fear ", 200),
	} {
		gotSum, gotN := s.NBLogOdds(text)
		wantSum, wantN := reference(text)
		if gotN != wantN || math.Abs(gotSum-wantSum) > 1e-12 {
			t.Errorf("NBLogOdds(%.40q) = %v, %d; the model gives %v, %d", text, gotSum, gotN, wantSum, wantN)
		}
	}
}

// TestAnnotateNB checks that the Naive Bayes log-odds read from a
// sentence's tokens are exactly NBLogOdds of its text: the same words, the
// same sum in the same order, whatever the apostrophes, digits and marks
// between words (the model joins letters across two apostrophes where
// tokens do not).
func TestAnnotateNB(t *testing.T) {
	s := scorer(t)
	texts := []string{
		"",
		"Cannot, CANNOT, can not, not, NOT.",
		"He didn’t say it wasn't GREAT; the talks were a disaster.",
		"Trump's and Putin’s rock'n'roll O'Neill dogs' bowls",
		"said''the ''Good'' word’’s end'' '' x''9y 80's '90s G20summit 3rd 2x4",
		"Zelensky’s café résumé: ÉLAN, naïve Ⅻ ٣٤ figureśe",
		"good'’bad great‘’ ’’awful' 'fine",
		"bad\xffword \x80 wonderful",
		strings.Repeat("hope and fear ", 50),
	}
	raw, err := os.ReadFile("../../testdata/articles/alaska-summit.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts = append(texts, strings.Split(string(raw), "\n")...)
	for _, text := range texts {
		gotSum, gotN := s.annotate(text, tokenize(text))
		wantSum, wantN := s.NBLogOdds(text)
		if gotSum != wantSum || gotN != wantN {
			t.Errorf("annotate(%.60q) gives log-odds %v of %d words; NBLogOdds %v of %d", text, gotSum, gotN, wantSum, wantN)
		}
	}
}

// TestAnnotateWords checks that annotate gives each token the classes and
// valence of the word tables and the weights of the scorer's lexicons.
func TestAnnotateWords(t *testing.T) {
	s := scorer(t)
	text := "But the deal, however good, did not reduce fear; Putin said: \"peace\" — calm."
	toks := tokenize(text)
	s.annotate(text, toks)
	for _, tok := range toks {
		wi := wordTable()[tok.norm]
		if tok.class != wi.class || tok.val != wi.val {
			t.Errorf("%q: class %b valence %v, the word table has %b %v", tok.norm, tok.class, tok.val, wi.class, wi.val)
		}
		if want := [2]float64{s.model.Lexicon[tok.norm], s.model.TargetLexicon[tok.norm]}; tok.lex != want {
			t.Errorf("%q: lexicon weights %v, the model has %v", tok.norm, tok.lex, want)
		}
	}
	for _, w := range []string{"but", "not", "reduce", "said", ";", "—"} {
		found := false
		for _, tok := range toks {
			found = found || tok.norm == w && tok.class != 0
		}
		if !found {
			t.Errorf("%q has no class in %q", w, text)
		}
	}
}

// BenchmarkNBLogOdds reads every line of the sample articles.
func BenchmarkNBLogOdds(b *testing.B) {
	s := scorer(b)
	var lines []string
	size := 0
	for _, name := range []string{"alaska-summit.txt"} {
		raw, err := os.ReadFile("../../testdata/articles/" + name)
		if err != nil {
			b.Fatal(err)
		}
		for _, l := range strings.Split(string(raw), "\n") {
			lines = append(lines, l)
			size += len(l)
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			s.NBLogOdds(l)
		}
	}
}

// TestWithModelLexicon checks that a scorer made with WithModel reads the
// new model's lexicons, and that the scorer it came from keeps its own.
func TestWithModelLexicon(t *testing.T) {
	s := scorer(t)
	m := *s.model
	m.Lexicon = map[string]float64{"ceasefire": 2}
	m.TargetLexicon = map[string]float64{"ceasefire": -3}
	text := "The ceasefire held."
	for _, c := range []struct {
		sc   *Scorer
		want [2]float64
	}{
		{s.WithModel(&m), [2]float64{2, -3}},
		{s, [2]float64{s.model.Lexicon["ceasefire"], s.model.TargetLexicon["ceasefire"]}},
	} {
		toks := tokenize(text)
		c.sc.annotate(text, toks)
		if toks[1].norm != "ceasefire" || toks[1].lex != c.want {
			t.Errorf("%q: lexicon weights %v, want %v", toks[1].norm, toks[1].lex, c.want)
		}
		if got := c.sc.words["held"].lex; got != ([2]float64{c.sc.model.Lexicon["held"], c.sc.model.TargetLexicon["held"]}) {
			t.Errorf("held: lexicon weights %v, not the model's", got)
		}
	}
	if s.model.Lexicon["ceasefire"] == 2 {
		t.Fatal("the test's model is the shared one")
	}
}

// TestTargetBagsCount checks that targetFeatures fills one bag per name in
// TargetBags.
func TestTargetBagsCount(t *testing.T) {
	f := scorer(t).TargetFeatures("Putin praised Trump while attacking Zelensky.", 14, 19)
	var bags [5]bagAcc // as in targetFeatures
	if len(TargetBags) != len(bags) || len(f.Bags) != len(bags) || len(f.lexSums) != len(bags) {
		t.Fatalf("%d target bag names, %d bags, %d sums; targetFeatures fills %d", len(TargetBags), len(f.Bags), len(f.lexSums), len(bags))
	}
}

// TestScanNBCounts checks the one-pass reader of the model file against the
// general JSON decoder on the file itself, and that it gives up on any
// other layout.
func TestScanNBCounts(t *testing.T) {
	data, err := sentiment.Asset("model.json")
	if err != nil {
		t.Fatal(err)
	}
	var models map[string]struct {
		Words map[string]struct{ Count [2]uint64 } `json:"words"`
	}
	if err := json.Unmarshal(data, &models); err != nil {
		t.Fatal(err)
	}
	want := models["en"].Words
	got := map[string][2]uint64{}
	if !scanNBCounts(data, func(w string, neg, pos uint64) { got[w] = [2]uint64{neg, pos} }) {
		t.Fatal("scanNBCounts does not read the model file")
	}
	if len(got) != len(want) || len(want) < 100000 {
		t.Fatalf("scanNBCounts read %d words, the decoder %d", len(got), len(want))
	}
	for w, c := range want {
		if got[w] != c.Count {
			t.Fatalf("%q: counts %v, the decoder %v", w, got[w], c.Count)
		}
	}
	for _, doc := range []string{
		`{"en":{"words":{"a":{"Count":[1,2],"Seen":3}}}}`,
		`{"en":{"words":{}}}`,
	} {
		if !scanNBCounts([]byte(doc), func(string, uint64, uint64) {}) {
			t.Errorf("scanNBCounts gives up on %s", doc)
		}
	}
	for _, doc := range []string{
		``, `{}`, `{"en": {"words":{}}}`,
		`{"en":{"words":{"a\u00e9":{"Count":[1,2],"Seen":3}}}}`,
		`{"en":{"words":{"a":{"Seen":3,"Count":[1,2]}}}}`,
		`{"en":{"words":{"a":{"Count":[1,2,3],"Seen":3}}}}`,
		`{"en":{"words":{"a":{"Count":[-1,2],"Seen":3}}}}`,
		`{"en":{"words":{"a":{"Count":[1,2],"Seen":3}`,
		`{"en":{"words":{"a":{"Count":[1,2],"Seen":3}"b"`,
		`{"en":{"words":{"a":{"Count":[123456789012345678901,2],"Seen":3}}}}`,
	} {
		if scanNBCounts([]byte(doc), func(string, uint64, uint64) {}) {
			t.Errorf("scanNBCounts reads %s", doc)
		}
	}
}
