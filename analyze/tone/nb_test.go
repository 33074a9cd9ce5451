package tone

import (
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
