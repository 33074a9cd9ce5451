package tone

import (
	"fmt"
	"math"
	"strconv"

	"github.com/jonreiter/govader"
	"golang.org/x/sync/errgroup"

	"portray/analyze/tone/vader"
)

// Threshold is the tone at or beyond which text is labelled positive or
// negative (VADER's published cut-off for its compound score). The learned
// heads place their class boundaries exactly here.
const Threshold = 0.05

// nbScale divides the Naive Bayes summed log-odds, over the square root of
// the number of known words, before tanh maps it into -1..1.
const nbScale = 6

// Scores is the tone of one piece of text, or of a text toward a person.
type Scores struct {
	// NB is the graded Naive Bayes tone in -1..1.
	NB float64
	// Vader is the mean VADER compound score of the text's sentences, -1..1.
	Vader float64
	// Lex is the learned news lexicon's score of the words (toward a
	// person: of the words of the clause around the mentions).
	Lex float64
	// Tone is the learned combination in -1..1 used everywhere else.
	Tone float64
	// Label is negative, neutral or positive, from Tone and Threshold.
	Label string
	// Terms are the few words that moved the score most, strongest first,
	// each with its share of the head's linear score.
	Terms []Term
}

// Scorer scores text with every signal. Build one with New and share it.
type Scorer struct {
	words map[string]wordEntry // see loadWords and setLexicons
	fast  *vader.Analyzer      // govader's scores, computed faster
	model *Model
}

// Option changes what New and NewWithModel load.
type Option func(*options)

// options are what the Options ask for.
type options struct {
	nb []byte // the Naive Bayes model file; nil: the one compiled in
}

// WithNaiveBayes makes the scorer read its Naive Bayes model from data, a
// model file as github.com/cdipaolo/sentiment writes it
// ({"en":{"words":{"w":{"Count":[n,p],"Seen":s},...}}}), instead of the
// one that package compiles in.
func WithNaiveBayes(data []byte) Option {
	return func(o *options) { o.nb = data }
}

// New loads the models, with the weights shipped in the binary, and returns
// when they are ready, or the error of a model that cannot be read, naming
// it. The models are read side by side, in a few hundred milliseconds; do
// it once.
func New(opts ...Option) (*Scorer, error) {
	var m *Model
	var g errgroup.Group
	g.Go(func() (err error) {
		m, err = parseModel(weightsJSON)
		return err
	})
	s, err := loadSignals(opts)
	if werr := g.Wait(); werr != nil {
		return nil, fmt.Errorf("tone: load weights.json: %w", werr)
	}
	if err != nil {
		return nil, err
	}
	return s.setModel(m), nil
}

// NewWithModel loads the signals' models, as New does, and uses m for the
// combination.
func NewWithModel(m *Model, opts ...Option) (*Scorer, error) {
	s, err := loadSignals(opts)
	if err != nil {
		return nil, err
	}
	return s.setModel(m), nil
}

// loadSignals loads the models of the signals (VADER and Naive Bayes) into
// a scorer without a model.
func loadSignals(opts []Option) (*Scorer, error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	words, err := loadWords(o.nb)
	if err != nil {
		return nil, fmt.Errorf("tone: load naive bayes model: %w", err)
	}
	return &Scorer{words: words, fast: vader.NewFrom(vaderData())}, nil
}

// setModel makes m (nil: none) s's model, its lexicons in s's own word
// table, and returns s.
func (s *Scorer) setModel(m *Model) *Scorer {
	s.model = m
	setLexicons(s.words, m)
	return s
}

// WithModel returns a scorer that shares s's signals and uses m for the
// combination. A trainer that only reads features may pass nil.
func (s *Scorer) WithModel(m *Model) *Scorer {
	c := *s
	c.model = m
	c.words = withLexicons(s.words, m)
	return &c
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

// Score scores a text made of the given sentences. Each sentence is read on
// its own and the signals are averaged, weighted by length in words, so a
// long paragraph does not saturate; the model's sentence head combines them.
// Empty input scores neutral 0.
func (s *Scorer) Score(sentences ...string) Scores {
	return s.score(nil, nil, sentences, true)
}

// termScratch is the working lists of terms, kept between calls by a
// Session: the explanation's list and index, and the bags of the last
// features read (a score's features live only until it returns).
type termScratch struct {
	out   []Term
	index map[string]int
	bags  [][]Term
}

// bag is an empty bag with the memory of bag i of the last features
// returned with reuse; nil on a nil scratch.
func (sc *termScratch) bag(i int) []Term {
	if sc == nil || i >= len(sc.bags) {
		return nil
	}
	return sc.bags[i][:0]
}

// reuse keeps the memory of f's bags for the next features. f must not be
// read after.
func (sc *termScratch) reuse(f Features) {
	if sc == nil {
		return
	}
	for len(sc.bags) < len(f.Bags) {
		sc.bags = append(sc.bags, nil)
	}
	for i, b := range f.Bags {
		if cap(b) > cap(sc.bags[i]) {
			sc.bags[i] = b[:0]
		}
	}
}

func (s *Scorer) score(c sentCache, scratch *termScratch, sentences []string, explain bool) Scores {
	f := s.sentenceFeatures(c, sentences, explain, scratch)
	defer scratch.reuse(f)
	if f.empty() {
		return Scores{Label: Label(0)}
	}
	sc := Scores{Vader: f.Fixed[0], NB: f.Fixed[3]}
	var buf [8]float64
	v := f.appendLexVector(buf[:0])
	sc.Lex = v[len(SentenceFixed)]
	h := &s.model.Sentence
	sc.Tone = clamp(h.Tone(h.Linear(v)))
	sc.Label = Label(sc.Tone)
	if explain {
		sc.Terms = s.terms([]Features{f}, h, scratch)
	}
	return sc
}

// empty reports whether sentence features hold no words.
func (f Features) empty() bool {
	return !f.Target && f.terms == 0 && f.Fixed[0] == 0 && f.Fixed[3] == 0
}

// maxTerms is how many words Scores.Terms holds at most.
const maxTerms = 5

// terms lists the words that moved a head's linear score most, summed over
// the features of every mention (each weighing 1/len(fs)), which are the
// scorer's own (their terms carry its lexicon weights). sc holds the
// working lists between calls (nil: none).
func (s *Scorer) terms(fs []Features, h *Head, sc *termScratch) []Term {
	if sc == nil {
		sc = &termScratch{}
	}
	// Each word's shares are summed in the order they come.
	out := sc.out[:0]
	indexed := false // words are found through sc.index, for long texts
	add := func(w string, c float64) {
		if !indexed && len(out) >= 16 {
			if sc.index == nil {
				sc.index = make(map[string]int, 64)
			}
			clear(sc.index)
			for k, t := range out {
				sc.index[t.Word] = k
			}
			indexed = true
		}
		if indexed {
			if k, ok := sc.index[w]; ok {
				out[k].Weight += c
				return
			}
			sc.index[w] = len(out)
		} else {
			for k := range out {
				if out[k].Word == w {
					out[k].Weight += c
					return
				}
			}
		}
		out = append(out, Term{Word: w, Weight: c})
	}
	share := 1 / float64(len(fs))
	for _, f := range fs {
		nf := len(f.Fixed)
		for bi, b := range f.Bags {
			coef := h.Weights[nf+bi]
			if f.Target {
				for ii, in := range targetInteractions {
					if in[1] == bi {
						coef += h.Weights[nf+len(f.Bags)+ii] * f.Fixed[in[0]]
					}
				}
			}
			for _, t := range b {
				if c := share * coef * t.Weight * t.lex; c != 0 {
					add(t.Word, c)
				}
			}
		}
	}
	sc.out = out[:0]
	return topTerms(out)
}

// topTerms keeps the maxTerms largest terms of at least 0.005 in size,
// largest first, ties by word (words are distinct): an insertion into a
// short list, not a sort of every word. The result is a new slice, nil
// when no term is kept.
func topTerms(terms []Term) []Term {
	before := func(a, b Term) bool {
		if x, y := math.Abs(a.Weight), math.Abs(b.Weight); x != y {
			return x > y
		}
		return a.Word < b.Word
	}
	var top [maxTerms]Term
	k := 0
	for _, t := range terms {
		if math.Abs(t.Weight) < 0.005 || k == maxTerms && !before(t, top[k-1]) {
			continue
		}
		j := min(k, maxTerms-1)
		k = min(k+1, maxTerms)
		for j > 0 && before(t, top[j-1]) {
			top[j] = top[j-1]
			j--
		}
		top[j] = t
	}
	if k == 0 {
		return nil
	}
	return append([]Term(nil), top[:k]...)
}

// FormatTerms writes terms as "word:+0.31 word:-0.20".
func FormatTerms(terms []Term) string {
	return string(AppendTerms(nil, terms))
}

// AppendTerms appends terms to dst as FormatTerms writes them.
func AppendTerms(dst []byte, terms []Term) []byte {
	for i, t := range terms {
		if i > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, t.Word...)
		dst = append(dst, ':')
		if t.Weight >= 0 {
			dst = append(dst, '+')
		}
		dst = strconv.AppendFloat(dst, t.Weight, 'f', 2, 64)
	}
	return dst
}

// nbToneOf maps the Naive Bayes log-odds sum of n known words into -1..1:
// tanh(sum / (nbScale·√n)).
func nbToneOf(sum float64, n int) float64 {
	if n == 0 {
		return 0
	}
	return math.Tanh(sum / (nbScale * math.Sqrt(float64(n))))
}

// polarity is VADER's reading of an already cleaned text.
func (s *Scorer) polarity(clean string) govader.Sentiment {
	return s.fast.Polarity(clean)
}

func clamp(x float64) float64 {
	return math.Max(-1, math.Min(1, x))
}
