package tone

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/jonreiter/govader"

	"portray/analyze/nlp"
)

// TestSessionSameScores checks that remembering sentences changes no
// score: every paragraph, the whole text, and the tone toward each
// capitalised word, scored twice in one session, equal the Scorer's.
func TestSessionSameScores(t *testing.T) {
	s := scorer(t)
	raw, err := os.ReadFile("../../testdata/articles/alaska-summit.txt")
	if err != nil {
		t.Fatal(err)
	}
	ss := s.Session()
	var all []string
	for _, para := range strings.Split(string(raw), "\n") {
		spans := nlp.Sentences(para)
		if len(spans) == 0 {
			continue
		}
		sents := nlp.Strings(para, spans)
		all = append(all, sents...)
		for round := range 2 {
			if got, want := ss.Score(sents...), s.Score(sents...); !reflect.DeepEqual(got, want) {
				t.Fatalf("round %d: session %+v, scorer %+v for %.60q", round, got, want, para)
			}
			for _, sent := range sents {
				for _, tok := range tokenize(sent) {
					if !tok.proper {
						continue
					}
					from, to := int(tok.start), int(tok.end)
					got, want := ss.ScoreToward(sent, from, to), s.ScoreToward(sent, from, to)
					if !reflect.DeepEqual(got, want) {
						t.Fatalf("round %d: toward %q: session %+v, scorer %+v", round, sent[tok.start:tok.end], got, want)
					}
				}
			}
		}
	}
	if len(all) < 20 {
		t.Fatalf("only %d sentences read", len(all))
	}
	if got, want := ss.Score(all...), s.Score(all...); !reflect.DeepEqual(got, want) {
		t.Errorf("whole text: session %+v, scorer %+v", got, want)
	}
	plain, want := ss.ScoreUnexplained(all...), s.Score(all...)
	if len(want.Terms) == 0 || plain.Terms != nil {
		t.Errorf("terms: explained %v, unexplained %v", want.Terms, plain.Terms)
	}
	want.Terms = nil
	if !reflect.DeepEqual(plain, want) {
		t.Errorf("whole text unexplained: %+v, want %+v", plain, want)
	}
}

// TestClean checks the whitespace and apostrophe normaliser against its
// definition: fields joined by one space, curly apostrophes straightened.
func TestClean(t *testing.T) {
	raw, err := os.ReadFile("../../testdata/articles/alaska-summit.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(raw), "\n")
	for _, in := range append(lines,
		"", " ", "plain text here", "  lead and trail  ", "tab\tand\nnew  line",
		"isn’t it", "no\u00a0break\u2003em space", "café ’’ ok", "x\u0085y", "a\r\nb",
	) {
		want := strings.ReplaceAll(strings.Join(strings.Fields(in), " "), "’", "'")
		if got := clean(in); got != want {
			t.Errorf("clean(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestValenceTable checks the one-look-up valence table against the stem
// rule on every word of the sample articles and on made-up inflections.
func TestValenceTable(t *testing.T) {
	lex := govader.NewSentimentIntensityAnalyzer().Lexicon
	words := []string{"praised", "praising", "attacking", "attacked", "hopes", "loved", "loving", "lovingly", "xyzing", "ing", "bed", "good", "goods"}
	for _, name := range []string{"alaska-summit.txt"} {
		raw, err := os.ReadFile("../../testdata/articles/" + name)
		if err != nil {
			t.Fatal(err)
		}
		words = append(words, Words(string(raw))...)
	}
	nonzero := 0
	for _, w := range words {
		got, want := wordValence(w), stemValence(lex, w)
		if got != want {
			t.Errorf("wordValence(%q) = %v, the stem rule gives %v", w, got, want)
		}
		if got != 0 {
			nonzero++
		}
	}
	if nonzero < 20 {
		t.Errorf("only %d words with a valence", nonzero)
	}
}

// TestTopTerms checks the short-list selection against sorting every term
// by size (ties by word) and cutting small and surplus ones.
func TestTopTerms(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for trial := range 2000 {
		n := rng.IntN(40)
		var terms []Term
		for i := range n {
			w := float64(rng.IntN(21)-10) / 100 // ties and values under 0.005
			terms = append(terms, Term{Word: fmt.Sprintf("w%02d", (i*7+trial)%97), Weight: w})
		}
		// Words must be distinct, as after merging.
		seen := map[string]bool{}
		uniq := terms[:0]
		for _, x := range terms {
			if !seen[x.Word] {
				seen[x.Word] = true
				uniq = append(uniq, x)
			}
		}
		want := slices.Clone(uniq)
		slices.SortFunc(want, func(a, b Term) int {
			if c := cmp.Compare(math.Abs(b.Weight), math.Abs(a.Weight)); c != 0 {
				return c
			}
			return strings.Compare(a.Word, b.Word)
		})
		for len(want) > 0 && math.Abs(want[len(want)-1].Weight) < 0.005 {
			want = want[:len(want)-1]
		}
		want = want[:min(len(want), maxTerms)]
		if got := topTerms(slices.Clone(uniq)); !slices.Equal(got, want) {
			t.Fatalf("topTerms(%v) = %v, want %v", uniq, got, want)
		}
	}
}
