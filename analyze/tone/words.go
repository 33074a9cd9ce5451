package tone

import (
	"sync"

	"github.com/jonreiter/govader"
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
	}{{negators, negator}, {contrasts, contrast}, {clauseBreaks, clauseBreak}, {reporting, reportingWord}, {shifters, shifter}} {
		for w := range set.words {
			wi := out[w]
			wi.class |= set.class
			out[w] = wi
		}
	}
	return out
})

// lookupWord is a normalised word's classes and valence.
func lookupWord(norm string) wordInfo {
	return wordTable()[norm]
}

// wordValence is VADER's valence of a word, or of its stem when VADER
// lists only the stem ("attacking", "praised": "attack", "praise").
func wordValence(w string) float64 {
	return wordTable()[w].val
}
