package tone

import (
	"math"
	"reflect"
	"strings"
	"sync"
	"testing"

	"portray/analyze/nlp"
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
		{"The plan is good.", 1},
		{"The plan is not good.", -1},                                   // negation
		{"The plan isn’t good.", -1},                                    // curly apostrophe in a negation
		{"The plan isn't good.", -1},                                    // straight apostrophe
		{"The food was fine but the talks were a disaster.", -1},        // contrast: the part after "but" wins
		{"The talks were a disaster but the outcome was excellent.", 1}, // and the other way round
		{"The government said the agreement would bring peace and hope.", 1},
		// Words neither VADER nor the labelled data know, weighed through
		// their word vectors.
		{"Mismanagement and overspending marked the ministry.", -1},
		{"A pioneering milestone for the ministry.", 1},
	} {
		got := s.Score(c.text)
		if sign(got.Tone) != c.sign {
			t.Errorf("%q: tone %.3f (vader %.3f, nb %.3f, lex %.3f), want sign %d", c.text, got.Tone, got.Vader, got.NB, got.Lex, c.sign)
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

// TestNegatedNegative checks that negating a negative word moves the tone
// up: "not a failure" reads better than "a failure" and is not negative.
func TestNegatedNegative(t *testing.T) {
	s := scorer(t)
	neg, not := s.Score("The talks were a failure."), s.Score("The talks were not a failure.")
	if !(not.Tone > neg.Tone) || not.Label == "negative" {
		t.Errorf("not a failure %.3f (%s), a failure %.3f", not.Tone, not.Label, neg.Tone)
	}
}

// TestCurlyApostrophes checks that curly and straight apostrophes read the same.
func TestCurlyApostrophes(t *testing.T) {
	s := scorer(t)
	a, b := s.Score("It isn't good and they don't trust him."), s.Score("It isn’t good and they don’t trust him.")
	if !reflect.DeepEqual(a, b) {
		t.Errorf("curly apostrophes changed the score: %+v vs %+v", a, b)
	}
	if w := Words("isn’t Putin’s"); !reflect.DeepEqual(w, []string{"not", "putin"}) {
		t.Errorf("Words = %q", w)
	}
}

// TestScoreWhitespace checks that newlines and runs of spaces do not change
// the score: both models split on single spaces.
func TestScoreWhitespace(t *testing.T) {
	s := scorer(t)
	a := s.Score("The result was awful. Terrible, really.")
	b := s.Score("The result was\nawful.   Terrible,\treally.")
	if !reflect.DeepEqual(a, b) {
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
	if got := s.ScoreToward("", 0, 0); got.Tone != 0 || got.Label != "neutral" {
		t.Errorf("empty text toward: %+v", got)
	}
	if got := s.ScoreTowardName("  ", nlp.Sentences("  "), "Putin"); got.Tone != 0 || got.Label != "neutral" {
		t.Errorf("empty text toward name: %+v", got)
	}
	long := strings.Repeat("The talks were productive and friendly. ", 5000)
	got := s.Score(long)
	if math.IsNaN(got.Tone) || got.Tone <= 0 || got.Tone > 1 || math.IsNaN(got.NB) {
		t.Errorf("long text: %+v", got)
	}
	many := strings.Split(strings.TrimSpace(long), ". ")
	if got := s.Score(many...); got.Tone <= 0 || got.Tone > 1 {
		t.Errorf("many sentences: %+v", got)
	}
	para := strings.Repeat("Critics praised Varga for the deal. ", 2000)
	if got := s.ScoreTowardName(para, nlp.Sentences(para), "Elena Varga"); math.IsNaN(got.Tone) || got.Tone <= 0 {
		t.Errorf("long text toward: %+v", got)
	}
}

// TestScoreWeightsSentencesByLength checks that a paragraph's signals are
// the length-weighted mean of its sentences' signals.
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

// TestScoreToward checks that the tone follows the person, not the sentence.
func TestScoreToward(t *testing.T) {
	s := scorer(t)
	for _, c := range []struct {
		text, name string
		sign       int
	}{
		{"Putin praised Trump while attacking Zelensky.", "Donald Trump", 1},
		{"Putin praised Trump while attacking Zelensky.", "Volodymyr Zelensky", -1},
		{"Critics slammed Varga for the failure of the talks.", "Elena Varga", -1},
		{"Voters praised Varga for her courage and honesty.", "Elena Varga", 1},
		{"Varga will visit Berlin on Tuesday.", "Elena Varga", 0},
	} {
		got := s.ScoreTowardName(c.text, nlp.Sentences(c.text), c.name)
		if sign(got.Tone) != c.sign {
			t.Errorf("%q toward %s: tone %.3f (%v), want sign %d", c.text, c.name, got.Tone, got.Terms, c.sign)
		}
		if got.Label != Label(got.Tone) {
			t.Errorf("label %q does not match tone %.3f", got.Label, got.Tone)
		}
	}
	// Offsets give the same as the name for a single mention.
	text := "Putin praised Trump while attacking Zelensky."
	i := strings.Index(text, "Zelensky")
	byOffsets := s.ScoreToward(text, i, i+len("Zelensky"))
	byName := s.ScoreTowardName(text, nlp.Sentences(text), "Zelensky")
	if byOffsets.Tone != byName.Tone {
		t.Errorf("offsets %.4f, name %.4f", byOffsets.Tone, byName.Tone)
	}
	// Offsets past the end are clamped, not a panic.
	_ = s.ScoreToward(text, 10, 1000)
	_ = s.ScoreToward("Ünïcode “quote” — Zelensky", 3, 200)
}

func TestFindMentions(t *testing.T) {
	text := "President Vladimir Putin arrived. He was greeted warmly. The crowd cheered. Mr. Putin left."
	ms := FindMentions(text, nlp.Sentences(text), "Vladimir Putin")
	var got []string
	for _, m := range ms {
		got = append(got, text[m.From:m.To])
	}
	want := []string{"Vladimir Putin", "He", "Putin"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("mentions %q, want %q", got, want)
	}
	// No mention at all: every sentence as a whole.
	if text := "It rained. It stopped."; len(FindMentions(text, nlp.Sentences(text), "Putin")) != 2 {
		t.Errorf("no mention: want one per sentence")
	}
	if ms := FindMentions("It rained. It stopped.", nlp.Sentences("It rained. It stopped."), "Putin"); len(ms) != 2 || ms[0].From != ms[0].To {
		t.Errorf("no mention: %+v", ms)
	}
}

func TestTerms(t *testing.T) {
	s := scorer(t)
	got := s.Score("The deal was a great success, not a failure.")
	if len(got.Terms) == 0 || len(got.Terms) > maxTerms {
		t.Fatalf("terms %v", got.Terms)
	}
	for i := 1; i < len(got.Terms); i++ {
		if math.Abs(got.Terms[i].Weight) > math.Abs(got.Terms[i-1].Weight) {
			t.Errorf("terms not strongest first: %v", got.Terms)
		}
	}
	if f := FormatTerms([]Term{{Word: "good", Weight: 0.314}, {Word: "war", Weight: -0.2}}); f != "good:+0.31 war:-0.20" {
		t.Errorf("FormatTerms = %q", f)
	}
}

// TestHeadTone checks that the tone curve puts the label boundaries exactly
// at the head's Low and High.
func TestHeadTone(t *testing.T) {
	h := Head{Low: -0.3, High: 0.1}
	for _, c := range []struct {
		linear float64
		want   string
	}{{-5, "negative"}, {-0.3, "negative"}, {-0.2999, "neutral"}, {0.0999, "neutral"}, {0.1, "positive"}, {5, "positive"}} {
		if got := Label(h.Tone(c.linear)); got != c.want {
			t.Errorf("linear %v: tone %v label %q, want %q", c.linear, h.Tone(c.linear), got, c.want)
		}
	}
	if a, b := h.Tone(1), h.Tone(2); !(a < b && b < 1) {
		t.Errorf("tone not increasing below 1: %v, %v", a, b)
	}
}

func TestParseModel(t *testing.T) {
	if _, err := ParseModel(weightsJSON); err != nil {
		t.Fatalf("shipped model: %v", err)
	}
	for _, bad := range []string{`{`, `{"version": 99}`, `{"version": 1, "sentence": {"names": ["x"]}}`} {
		if _, err := ParseModel([]byte(bad)); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
	m, _ := ParseModel(weightsJSON)
	b, err := MarshalModel(m)
	if err != nil {
		t.Fatal(err)
	}
	m2, err := ParseModel(b)
	if err != nil || !reflect.DeepEqual(m, m2) {
		t.Errorf("model does not survive a round trip: %v", err)
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

func BenchmarkScoreToward(b *testing.B) {
	s := scorer(b)
	text := "Putin claimed the pair had come to an understanding on the conflict, but Trump told reporters afterwards there is no deal until there is a deal."
	i := strings.Index(text, "Trump")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		s.ScoreToward(text, i, i+5)
	}
}

func BenchmarkScoreTowardName(b *testing.B) {
	s := scorer(b)
	text := "Putin claimed the pair had come to an understanding on the conflict. Trump told reporters afterwards there is no deal until there is a deal. He praised the talks but said more work was needed."
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		s.ScoreTowardName(text, nlp.Sentences(text), "Donald Trump")
	}
}

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestShifters checks that a shifter turns the next words in a text's bag
// ("reduce crime": crime counts the other way), as a negator does, and that
// the bags around a person are left as they were.
func TestShifters(t *testing.T) {
	s := scorer(t)
	weight := func(bag []Term, w string) float64 {
		for _, t := range bag {
			if t.Word == w {
				return t.Weight
			}
		}
		return 0
	}
	for _, c := range []struct {
		text string
		sign float64
	}{
		{"The plan will reduce crime.", -1},
		{"The plan prevented deaths.", -1},
		{"The plan will increase crime.", 1},
		{"The plan will not increase crime.", -1},
	} {
		f := s.SentenceFeatures(c.text)
		w := weight(f.Bags[0], strings.Fields(strings.TrimSuffix(c.text, "."))[len(strings.Fields(c.text))-1])
		if w*c.sign <= 0 {
			t.Errorf("%q: last word weighs %v in the text's bag, want sign %v", c.text, w, c.sign)
		}
	}
	text := "Critics said Varga would reduce crime."
	from := strings.Index(text, "Varga")
	f := s.TargetFeatures(text, from, from+len("Varga"))
	if w := weight(f.Bags[1], "crime"); w <= 0 {
		t.Errorf("%q: crime weighs %v in the clause around Varga, want it unshifted", text, w)
	}
}
