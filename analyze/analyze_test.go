package analyze

import (
	"sync"
	"testing"

	"portray/analyze/input"
	"portray/analyze/tone"
)

var (
	analyzerOnce sync.Once
	testAn       *Analyzer
)

func analyzer(t testing.TB) *Analyzer {
	t.Helper()
	analyzerOnce.Do(func() {
		sc, err := tone.New()
		if err != nil {
			t.Fatal(err)
		}
		testAn = &Analyzer{Tone: sc}
	})
	return testAn
}

// TestMentionsInsideQuotes checks that a reference inside someone's
// quotation is kept and marked with who said it.
func TestMentionsInsideQuotes(t *testing.T) {
	text := "Ada Brill met Omar Castellanos.\n“Castellanos is a liar,” Brill said."
	res := analyzer(t).Analyze(input.Article{ID: "t.txt", Text: text})
	found := false
	for _, m := range res.Mentions {
		if m.Person == "Omar Castellanos" && m.QuotedBy == "Ada Brill" {
			found = true
			if m.Tone.Tone >= 0 {
				t.Errorf("tone of %q toward Castellanos = %.3f, want negative", m.Text, m.Tone.Tone)
			}
		}
	}
	if !found {
		t.Errorf("no mention of Castellanos quoted by Brill in %+v", res.Mentions)
	}
}

// TestMentionToneTowardPerson checks that a mention's tone is the tone
// toward that person, not the sentence's mood.
func TestMentionToneTowardPerson(t *testing.T) {
	res := analyzer(t).Analyze(input.Article{ID: "t.txt", Text: "Vladimir Putin met Donald Trump and Volodymyr Zelensky.\nPutin warmly praised Trump while viciously attacking Zelensky."})
	tone := map[string]float64{}
	for _, m := range res.Mentions {
		if m.Paragraph == 2 {
			tone[m.Person] = m.Tone.Tone
		}
	}
	if !(tone["Donald Trump"] > 0 && tone["Volodymyr Zelensky"] < 0) {
		t.Errorf("tone toward Trump %.3f (want > 0), toward Zelensky %.3f (want < 0)", tone["Donald Trump"], tone["Volodymyr Zelensky"])
	}
}
