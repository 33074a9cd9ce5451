package tone

import (
	"sync"

	"github.com/jonreiter/govader"
	"golang.org/x/sync/errgroup"
)

// vaderData is govader's analyzer, whose lexicon and rules the VADER
// signals read; it is built once.
var vaderData = sync.OnceValue(govader.NewSentimentIntensityAnalyzer)

// wordClass marks the words the bags and target features look for.
type wordClass uint8

const (
	negator       wordClass = 1 << iota // opens a negation scope
	contrast                            // turns a sentence ("but")
	clauseBreak                         // ends a clause around a target
	reportingWord                       // makes a mention a speaker ("said")
	shifter                             // lessens what follows ("reduce"), in a text's bag
)

// wordInfo is what the tone features need to know of a word: its classes
// and VADER's valence (see wordValence). Tokens carry it, so each word is
// looked up once per sentence, not once per bag.
type wordInfo struct {
	val   float64
	class wordClass
}

// wordTable holds every word with a class or a valence.
var wordTable = sync.OnceValue(func() map[string]wordInfo {
	vals := valenceTable(vaderData().Lexicon)
	out := make(map[string]wordInfo, len(vals)+64)
	for w, v := range vals {
		out[w] = wordInfo{val: v}
	}
	for _, set := range []struct {
		words map[string]bool
		class wordClass
	}{{negators, negator}, {contrasts, contrast}, {clauseBreaks, clauseBreak}, {reportingWords(), reportingWord}, {shifters, shifter}} {
		for w := range set.words {
			wi := out[w]
			wi.class |= set.class
			out[w] = wi
		}
	}
	return out
})

// wordValence is VADER's valence of a word, or of its stem when VADER
// lists only the stem ("attacking", "praised": "attack", "praise").
func wordValence(w string) float64 {
	return wordTable()[w].val
}

// wordEntry is everything a Scorer knows of a normalised word: its classes,
// VADER valence, Naive Bayes log-odds (when nbOK) and the model's weights
// in the sentence and target lexicons.
type wordEntry struct {
	val   float64
	lex   [2]float64 // sentenceLex, targetLex
	nb    float64
	class wordClass
	nbOK  bool
}

// Indexes of wordEntry.lex and token.lex.
const (
	sentenceLex = 0
	targetLex   = 1
)

// loadWords builds a Scorer's table of wordEntry, without lexicons (see
// setLexicons), so each token of a sentence is looked up once for every
// signal. It reads the Naive Bayes model from nbData (nil: the one
// github.com/cdipaolo/sentiment compiles in) while the word classes and
// valences are worked out, and returns that model's error, if any.
func loadWords(nbData []byte) (map[string]wordEntry, error) {
	var nb map[string]float64
	var g errgroup.Group
	g.Go(func() (err error) {
		nb, err = readNB(nbData)
		return err
	})
	wordTable()
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return buildWords(nb), nil
}

// buildWords merges the word classes and valences and the Naive Bayes
// log-odds into one table.
func buildWords(nb map[string]float64) map[string]wordEntry {
	wt := wordTable()
	out := make(map[string]wordEntry, len(nb)+len(wt))
	for w, wi := range wt {
		out[w] = wordEntry{val: wi.val, class: wi.class}
	}
	for w, v := range nb {
		e := out[w]
		e.nb, e.nbOK = v, true
		out[w] = e
	}
	return out
}

// withLexicons is a copy of words whose lexicon weights are m's (none
// when m is nil).
func withLexicons(words map[string]wordEntry, m *Model) map[string]wordEntry {
	out := make(map[string]wordEntry, len(words))
	for w, e := range words {
		e.lex = [2]float64{}
		out[w] = e
	}
	setLexicons(out, m)
	return out
}

// setLexicons sets the lexicon weights of m (nil: none) in words, adding
// the words only m knows.
func setLexicons(words map[string]wordEntry, m *Model) {
	if m == nil {
		return
	}
	for i, lex := range [2]map[string]float64{m.Lexicon, m.TargetLexicon} {
		for w, v := range lex {
			e := words[w]
			e.lex[i] = v
			words[w] = e
		}
	}
}
