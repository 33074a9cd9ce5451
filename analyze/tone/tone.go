package tone

import (
	"fmt"
	"math"
	"strings"
	"unicode"

	"github.com/cdipaolo/goml/text"
	"github.com/cdipaolo/sentiment"
	"github.com/jonreiter/govader"
)

// Threshold is the tone at or beyond which text is labelled positive or
// negative (VADER's published cut-off for its compound score).
const Threshold = 0.05

// Weights of the combination, a first pass chosen by measuring on the NYT
// editorial sentences: VADER alone reaches Pearson r 0.495 there, and giving
// the Naive Bayes signal a fifth of the weight raises it to 0.500.
const (
	weightVader = 0.8
	weightNB    = 0.2
	// nbScale divides the summed log-odds, over the square root of the
	// number of known words, before tanh maps it into -1..1.
	nbScale = 6
)

// Scores is the tone of one piece of text.
type Scores struct {
	// NB is the graded Naive Bayes tone in -1..1.
	NB float64
	// Vader is the mean VADER compound score of the text's sentences, -1..1.
	Vader float64
	// Tone is the combined tone in -1..1 used everywhere else.
	Tone float64
	// Label is negative, neutral or positive, from Tone and Threshold.
	Label string
}

// Scorer scores text with every signal. Build one with New and share it.
type Scorer struct {
	nb    *text.NaiveBayes
	vader *govader.SentimentIntensityAnalyzer
}

// New loads the models. Loading takes a few hundred milliseconds; do it once.
func New() (*Scorer, error) {
	models, err := sentiment.Restore()
	if err != nil {
		return nil, fmt.Errorf("tone: load naive bayes model: %w", err)
	}
	nb, ok := models["en"]
	if !ok {
		return nil, fmt.Errorf("tone: naive bayes model has no English model")
	}
	return &Scorer{nb: nb, vader: govader.NewSentimentIntensityAnalyzer()}, nil
}

// Label names the class of a tone: negative, neutral or positive.
func Label(tone float64) string {
	switch {
	case tone <= -Threshold:
		return "negative"
	case tone >= Threshold:
		return "positive"
	}
	return "neutral"
}

// Score scores a text made of the given sentences. Each sentence is scored on
// its own and the scores are averaged, weighted by length in words, so a long
// paragraph does not saturate. Empty input scores neutral 0.
func (s *Scorer) Score(sentences ...string) Scores {
	var sc Scores
	var wsum, nbSum, vSum float64
	for _, sent := range sentences {
		words := strings.Fields(sent)
		if len(words) == 0 {
			continue
		}
		w := float64(len(words))
		// VADER splits on single spaces only and knows negations with a
		// straight apostrophe only ("isn't", not "isn’t").
		clean := strings.ReplaceAll(strings.Join(words, " "), "’", "'")
		vSum += w * s.vader.PolarityScores(clean).Compound
		nbSum += w * s.nbTone(sent)
		wsum += w
	}
	if wsum > 0 {
		sc.Vader = vSum / wsum
		sc.NB = nbSum / wsum
	}
	sc.Tone = clamp(weightVader*sc.Vader + weightNB*sc.NB)
	sc.Label = Label(sc.Tone)
	return sc
}

// NBLogOdds is the Naive Bayes model's log-odds that a text is positive:
// the sum over known words of log((positive count + 1) / (negative count + 1)),
// and the number of known words.
func (s *Scorer) NBLogOdds(t string) (float64, int) {
	var sum float64
	n := 0
	for _, w := range nbWords(t) {
		word, ok := s.nb.Words.Get(w)
		if !ok || len(word.Count) < 2 {
			continue
		}
		sum += math.Log(float64(word.Count[1]+1) / float64(word.Count[0]+1))
		n++
	}
	return sum, n
}

// nbTone maps the model's log-odds into -1..1: tanh(sum / (nbScale·√n)).
func (s *Scorer) nbTone(t string) float64 {
	sum, n := s.NBLogOdds(t)
	if n == 0 {
		return 0
	}
	return math.Tanh(sum / (nbScale * math.Sqrt(float64(n))))
}

// nbWords splits text the way the model was trained: letters only, lower
// case, apostrophes dropped inside words (didn’t -> didnt).
func nbWords(t string) []string {
	t = strings.NewReplacer("’", "", "'", "").Replace(t)
	return strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return !unicode.IsLetter(r) })
}

func clamp(x float64) float64 {
	return math.Max(-1, math.Min(1, x))
}
