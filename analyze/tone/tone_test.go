package tone

import (
	"math"
	"strings"
	"sync"
	"testing"
)

var (
	scorerOnce sync.Once
	shared     *Scorer
	sharedErr  error
)

func scorer(t testing.TB) *Scorer {
	t.Helper()
	scorerOnce.Do(func() { shared, sharedErr = New() })
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	return shared
}

func TestLabel(t *testing.T) {
	for _, c := range []struct {
		tone float64
		want string
	}{{-1, "negative"}, {-Threshold, "negative"}, {-0.049, "neutral"}, {0, "neutral"}, {0.049, "neutral"}, {Threshold, "positive"}, {1, "positive"}} {
		if got := Label(c.tone); got != c.want {
			t.Errorf("Label(%v) = %q, want %q", c.tone, got, c.want)
		}
	}
}

func TestScoreDirection(t *testing.T) {
	s := scorer(t)
	for _, c := range []struct {
		text string
		sign int
	}{
		{"The summit was a great success and a wonderful moment of hope.", 1},
		{"The attack was a horrific, deadly disaster and a shameful failure.", -1},
		{"The meeting is on Tuesday.", 0},
		{"The plan isn’t good.", -1},         // curly apostrophe in a negation
		{"The plan isn't good.", -1},         // straight apostrophe
		{"The talks were not a failure.", 1}, // negated negative
	} {
		got := s.Score(c.text)
		if sign(got.Tone) != c.sign {
			t.Errorf("%q: tone %.3f (vader %.3f, nb %.3f), want sign %d", c.text, got.Tone, got.Vader, got.NB, c.sign)
		}
		if got.Label != Label(got.Tone) {
			t.Errorf("%q: label %q does not match tone %.3f", c.text, got.Label, got.Tone)
		}
	}
}

func sign(x float64) int {
	switch {
	case x >= Threshold:
		return 1
	case x <= -Threshold:
		return -1
	}
	return 0
}

// TestScoreWhitespace checks that newlines and runs of spaces do not change
// the score: both models split on single spaces.
func TestScoreWhitespace(t *testing.T) {
	s := scorer(t)
	a := s.Score("The result was awful. Terrible, really.")
	b := s.Score("The result was\nawful.   Terrible,\treally.")
	if a != b {
		t.Errorf("whitespace changed the score: %+v vs %+v", a, b)
	}
}

func TestScoreEmptyAndLong(t *testing.T) {
	s := scorer(t)
	if got := s.Score(); got.Tone != 0 || got.Label != "neutral" {
		t.Errorf("no sentences: %+v", got)
	}
	if got := s.Score("", "   "); got.Tone != 0 || got.Label != "neutral" {
		t.Errorf("empty sentences: %+v", got)
	}
	long := strings.Repeat("The talks were productive and friendly. ", 5000)
	got := s.Score(long)
	if math.IsNaN(got.Tone) || got.Tone <= 0 || got.Tone > 1 || math.IsNaN(got.NB) {
		t.Errorf("long text: %+v", got)
	}
}

// TestScoreWeightsSentencesByLength checks that a paragraph's score is the
// length-weighted mean of its sentences' scores.
func TestScoreWeightsSentencesByLength(t *testing.T) {
	s := scorer(t)
	a, b := "A wonderful day.", "The committee met again on Thursday afternoon in the old hall to discuss the budget."
	both := s.Score(a, b)
	sa, sb := s.Score(a), s.Score(b)
	na, nb := float64(len(strings.Fields(a))), float64(len(strings.Fields(b)))
	want := (na*sa.Vader + nb*sb.Vader) / (na + nb)
	if math.Abs(both.Vader-want) > 1e-12 {
		t.Errorf("vader %.6f, want weighted mean %.6f", both.Vader, want)
	}
}

func BenchmarkScoreSentence(b *testing.B) {
	s := scorer(b)
	text := "Putin claimed the pair had come to an understanding on the conflict, but Trump told reporters afterwards there is no deal until there is a deal."
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		s.Score(text)
	}
}
