package tone

import (
	"math"
	"strings"
	"testing"
)

// TestNewModelError gives New and NewWithModel a Naive Bayes model that
// cannot be read: they return an error naming that model, not a scorer
// that fails later.
func TestNewModelError(t *testing.T) {
	for _, c := range []struct {
		name, data, want string
	}{
		{"empty", ``, "tone: load naive bayes model: unexpected end of JSON input"},
		{"cut short", `{"en":{"words":{"a":{"Count":[1,2],"Seen":3}`, "tone: load naive bayes model: unexpected end of JSON input"},
		{"not JSON", "\x1f\x8b\x08\x00", "tone: load naive bayes model: invalid character"},
		{"no English words", `{"fr":{"words":{"a":{"Count":[1,2],"Seen":3}}}}`, "tone: load naive bayes model: no English words"},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, err := New(WithNaiveBayes([]byte(c.data)))
			if err == nil || !strings.HasPrefix(err.Error(), c.want) {
				t.Errorf("New: error %v, want one starting %q", err, c.want)
			}
			if s != nil {
				t.Error("New returned a scorer with its error")
			}
			if _, err := NewWithModel(nil, WithNaiveBayes([]byte(c.data))); err == nil || !strings.HasPrefix(err.Error(), c.want) {
				t.Errorf("NewWithModel: error %v, want one starting %q", err, c.want)
			}
		})
	}
}

// TestWithNaiveBayes checks that a scorer reads the Naive Bayes model it is
// given.
func TestWithNaiveBayes(t *testing.T) {
	s, err := New(WithNaiveBayes([]byte(`{"en":{"words":{"good":{"Count":[1,9],"Seen":10}}}}`)))
	if err != nil {
		t.Fatal(err)
	}
	sum, n := s.NBLogOdds("Good news, good people.")
	if want := 2 * math.Log(10.0/2); n != 2 || math.Abs(sum-want) > 1e-12 {
		t.Errorf("NBLogOdds = %v over %d words, want %v over 2", sum, n, want)
	}
	if s.Score("A wonderful day.").Vader <= 0 {
		t.Error("the other signals are not loaded")
	}
}
