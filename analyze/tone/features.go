package tone

import (
	"slices"
	"strings"
	"unicode/utf8"

	"portray/analyze/nlp"

	"github.com/jonreiter/govader"
)

// Term is a word with a weight. In Scores.Terms the weight is the word's
// share of the model's linear score (before the tone curve); in a Features
// bag it is how much the word counts (negation, contrast, length).
type Term struct {
	// Word is the word, lower case ("not" stands for every n't).
	Word string
	// Weight is the signed weight.
	Weight float64
	// lex is the word's weight in the lexicon of the scorer that read it,
	// for the bag of that scorer's head (see bag).
	lex float64
}

// Features is what a model head reads from a text: fixed signals and bags
// of weighted words whose learned lexicon sums become further signals.
// Trainers build them through SentenceFeatures and TargetFeatures so that
// training and scoring read text the same way.
type Features struct {
	// Target is true for tone toward a person, false for a text's tone.
	Target bool
	// Fixed are the signals that do not depend on the lexicon, in the order
	// of SentenceFixed or TargetFixed.
	Fixed []float64
	// Bags are the word bags, in the order of SentenceBags or TargetBags.
	// A scorer's own features carry its lexicon weight in each term.
	Bags [][]Term
	// lexSums are each bag's lexicon sum with the scorer's lexicon, and
	// terms the number of terms in the bags (kept or not).
	lexSums []float64
	terms   int
}

// Names of the signals, in the order of Features.Fixed and Features.Bags.
// A model's weights follow Vector's order: fixed signals, then one lexicon
// sum per bag, then the interactions.
var (
	// SentenceFixed are a text's fixed signals: VADER compound, VADER's
	// positive and negative proportions, the Naive Bayes tone, and the sum
	// of VADER's word valences with this package's negation and contrast
	// weights (not saturated like the compound).
	SentenceFixed = []string{"vader", "vader_pos", "vader_neg", "nb", "valence"}
	// SentenceBags are a text's bags: all its words.
	SentenceBags = []string{"lex"}
	// TargetFixed are the fixed signals around one mention of a person:
	// VADER compound of the sentence and of the clause, Naive Bayes tone of
	// the sentence, VADER word valences before and after the mention in its
	// clause, and three flags: the mention is inside quotation marks, is a
	// speaker (next to "said"), is the clause's subject (first words); and
	// the VADER valence of the two words just before the mention (the verb
	// that acts on a person: "praised Trump", "attacking Zelensky").
	TargetFixed = []string{"vader_sent", "vader_clause", "nb_sent", "valence_left", "valence_right", "quoted", "speaker", "subject", "valence_before"}
	// TargetBags are the bags around one mention: the rest of the sentence
	// outside the mention's clause, the clause, the clause before and after the mention, and the words near it.
	TargetBags = []string{"lex_rest", "lex_clause", "lex_left", "lex_right", "lex_near"}
	// targetInteractions multiply a fixed flag by a bag's lexicon sum.
	targetInteractions = [][2]int{{6, 1}, {5, 0}, {7, 3}, {7, 2}}
)

// FeatureNames lists the names of Vector's values for sentence or target
// features; a model's weights must be saved with the same names.
func FeatureNames(target bool) []string {
	if !target {
		return append(append([]string{}, SentenceFixed...), SentenceBags...)
	}
	names := append(append([]string{}, TargetFixed...), TargetBags...)
	for _, in := range targetInteractions {
		names = append(names, TargetFixed[in[0]]+"*"+TargetBags[in[1]])
	}
	return names
}

// Vector turns features into the values a head weighs, given a lexicon.
func (f Features) Vector(lex map[string]float64) []float64 {
	v := make([]float64, 0, len(f.Fixed)+len(f.Bags)+len(targetInteractions))
	return f.appendVector(v, lex)
}

func (f Features) appendVector(v []float64, lex map[string]float64) []float64 {
	return f.appendSums(v, func(bi int) float64 { return LexiconSum(f.Bags[bi], lex) })
}

// appendLexVector is appendVector with the lexicon sums the scorer added
// up while reading its own features: the same sums in the same order.
func (f Features) appendLexVector(v []float64) []float64 {
	return f.appendSums(v, func(bi int) float64 { return f.lexSums[bi] })
}

// appendSums appends the fixed signals, each bag's lexicon sum and the
// interactions.
func (f Features) appendSums(v []float64, sum func(bag int) float64) []float64 {
	v = append(v, f.Fixed...)
	nb := len(v)
	for bi := range f.Bags {
		v = append(v, sum(bi))
	}
	if f.Target {
		for _, in := range targetInteractions {
			v = append(v, f.Fixed[in[0]]*v[nb+in[1]])
		}
	}
	return v
}

// LexiconSum is the sum of each term's weight times its lexicon weight.
func LexiconSum(bag []Term, lex map[string]float64) float64 {
	var s float64
	for _, t := range bag {
		s += t.Weight * lex[t.Word]
	}
	return s
}

// sentenceFeatures are the features of a text made of sentences: each
// sentence is read on its own and the signals are averaged, weighted by
// length in words. c remembers sentences already read (nil: none). The
// bag's terms are kept only with keep, in the scratch's bag when given.
func (s *Scorer) sentenceFeatures(c sentCache, sentences []string, keep bool, scratch *termScratch) Features {
	f := Features{Fixed: make([]float64, len(SentenceFixed)), Bags: make([][]Term, 1), lexSums: make([]float64, 1)}
	total := 0
	infos := make([]*sentInfo, len(sentences))
	for i, sent := range sentences {
		infos[i] = s.sentence(c, sent)
		total += infos[i].words
	}
	if total == 0 {
		return f
	}
	acc := bagAcc{keep: keep}
	if keep {
		acc.terms = slices.Grow(scratch.bag(0), total)
	}
	for _, si := range infos {
		if si.words == 0 {
			continue
		}
		w := float64(si.words) / float64(total)
		f.Fixed[0] += w * si.vader.Compound
		f.Fixed[1] += w * si.vader.Positive
		f.Fixed[2] += w * si.vader.Negative
		f.Fixed[3] += w * si.nb
		f.Fixed[4] += shiftedBag(si.toks, 0, len(si.toks), w, &acc, sentenceLex, true)
	}
	f.Bags[0], f.lexSums[0], f.terms = acc.terms, acc.lex, acc.n
	return f
}

// sentInfo is what every score of one sentence shares: its tokens (names
// marked) and its sentence-level signals.
type sentInfo struct {
	toks  []token
	words int
	vader govader.Sentiment
	nb    float64
}

// sentCache remembers the sentences of one article by their text, so that
// a sentence scored for its paragraph, its article and each person it
// names is read once.
type sentCache map[string]*sentInfo

// sentence reads one sentence, or finds it in c.
func (s *Scorer) sentence(c sentCache, st string) *sentInfo {
	if si, ok := c[st]; ok {
		return si
	}
	si := &sentInfo{toks: tokenize(st)}
	si.words = wordCount(si.toks)
	nbSum, nbN := s.annotate(st, si.toks)
	if si.words > 0 {
		si.vader = s.polarity(clean(st))
		si.nb = nbToneOf(nbSum, nbN)
	}
	markProper(si.toks)
	if c != nil {
		c[st] = si
	}
	return si
}

// SentenceFeatures are the features Score reads from a text.
func (s *Scorer) SentenceFeatures(sentences ...string) Features {
	return s.sentenceFeatures(nil, sentences, true, nil)
}

// markProper blanks the words that look like names (capitalised, not the
// first word of the text) so no bag holds them: the lexicon must not learn
// an opinion of a person or a country from its name.
func markProper(toks []token) {
	first := true
	for k := range toks {
		if !toks[k].word {
			continue
		}
		if !first && toks[k].norm != "i" && toks[k].proper {
			toks[k].norm = ""
		}
		first = false
	}
}

// reportingWords next to a mention make it a speaker ("Trump said",
// "according to Trump"): the cue forms of nlp's reporting verbs.
func reportingWords() map[string]bool {
	m := map[string]bool{"according": true}
	for _, w := range nlp.ReportingVerbForms() {
		m[w] = true
	}
	return m
}

// targetFeatures are the features of one mention of a person in its
// sentence. toks are the sentence's tokens (offsets relative to the
// sentence), [from, to) the mention's byte span in the sentence.
func (s *Scorer) targetFeatures(sent string, toks []token, from, to int, vSent, nbSent float64, scratch *termScratch) Features {
	f := Features{Target: true, Fixed: make([]float64, len(TargetFixed)), Bags: make([][]Term, len(TargetBags))}
	ta, tb := len(toks), len(toks)
	for k, t := range toks {
		if int(t.end) > from && int(t.start) < to || from == to && int(t.start) >= from {
			if ta == len(toks) {
				ta = k
			}
			tb = k + 1
			if from == to {
				break
			}
		}
	}
	if from == to {
		tb = ta
	}
	ca, cb := ta, tb
	for ca > 0 && !toks[ca-1].is(clauseBreak) {
		ca--
	}
	for cb < len(toks) && !toks[cb].is(clauseBreak) {
		cb++
	}
	// The mention's own words are no evidence of how it is portrayed.
	saved := make([]string, tb-ta)
	for k := ta; k < tb; k++ {
		saved[k-ta], toks[k].norm = toks[k].norm, ""
	}
	var bags [5]bagAcc // one per TargetBags
	for i := range bags {
		bags[i].keep = true
		bags[i].terms = scratch.bag(i)
	}
	bag(toks, 0, ca, 1, &bags[0], targetLex)
	bag(toks, cb, len(toks), 1, &bags[0], targetLex)
	bag(toks, ca, cb, 1, &bags[1], targetLex)
	f.Fixed[3] = bag(toks, ca, ta, 1, &bags[2], targetLex)
	f.Fixed[4] = bag(toks, tb, cb, 1, &bags[3], targetLex)
	bag(toks, max(ca, ta-nearWords), ta, 1, &bags[4], targetLex)
	bag(toks, tb, min(cb, tb+nearWords), 1, &bags[4], targetLex)
	if from < to {
		f.Fixed[8] = bag(toks, max(ca, ta-2), ta, 1, &bagAcc{}, targetLex)
	}
	f.lexSums = make([]float64, len(bags))
	for i, b := range bags {
		f.Bags[i], f.lexSums[i] = b.terms, b.lex
		f.terms += b.n
	}
	for k := ta; k < tb; k++ {
		toks[k].norm = saved[k-ta]
	}
	f.Fixed[0] = vSent
	if ca == 0 && cb == len(toks) {
		f.Fixed[1] = vSent
	} else if cb > ca {
		f.Fixed[1] = s.polarity(clean(sent[toks[ca].start:toks[cb-1].end])).Compound
	}
	f.Fixed[2] = nbSent
	if from < to {
		f.Fixed[5] = b2f(quoted(sent[:from]))
		f.Fixed[6] = b2f(speaker(toks, ta, tb))
		f.Fixed[7] = b2f(wordCount(toks[ca:ta]) <= 1)
	}
	return f
}

// valenceSuffixes are the endings wordValence strips, in the order tried.
var valenceSuffixes = [...]string{"ing", "ed", "es", "s", "d"}

// stemValence is the rule behind wordValence: the word itself, else the
// first ending whose stem (of three letters or more, or the stem with an
// e for -ing and -ed) VADER lists.
func stemValence(lex map[string]float64, w string) float64 {
	if v, ok := lex[w]; ok {
		return v
	}
	for _, suf := range valenceSuffixes {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || len(stem) < 3 {
			continue
		}
		if v, ok := lex[stem]; ok {
			return v
		}
		if suf == "ing" || suf == "ed" {
			if v, ok := lex[stem+"e"]; ok {
				return v
			}
		}
	}
	return 0
}

// valenceTable lists every word with a non-zero stemValence: the lexicon's
// words and each of them with an ending added (for a stem ending in e,
// also with the e replaced by -ing or -ed). Any other word's stem is not in
// the lexicon, so its valence is 0.
func valenceTable(lex map[string]float64) map[string]float64 {
	out := make(map[string]float64, 6*len(lex))
	add := func(w string) {
		if v := stemValence(lex, w); v != 0 {
			out[w] = v
		}
	}
	for w := range lex {
		add(w)
		for _, suf := range valenceSuffixes {
			add(w + suf)
		}
		if base, ok := strings.CutSuffix(w, "e"); ok {
			add(base + "ing")
			add(base + "ed")
		}
	}
	return out
}

// quoted reports whether a text ends inside a quotation.
func quoted(before string) bool {
	straight := strings.Count(before, `"`)
	return straight%2 == 1 || strings.Count(before, "“") > strings.Count(before, "”")
}

// speaker reports whether a reporting word stands next to toks[ta:tb].
func speaker(toks []token, ta, tb int) bool {
	for k := tb; k < len(toks) && k < tb+3; k++ {
		if toks[k].word {
			return toks[k].is(reportingWord)
		}
	}
	for k := ta - 1; k >= 0 && k >= ta-3; k-- {
		if toks[k].word {
			return toks[k].is(reportingWord)
		}
	}
	return false
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// TargetFeatures are the features ScoreToward reads for the person at
// byte offsets [from, to) of a sentence.
func (s *Scorer) TargetFeatures(sentence string, from, to int) Features {
	from, to = clampSpan(sentence, from, to)
	si := s.sentence(nil, sentence)
	return s.targetFeatures(sentence, si.toks, from, to, si.vader.Compound, si.nb, nil)
}

// clampSpan keeps a byte span inside text and on rune boundaries.
func clampSpan(text string, from, to int) (int, int) {
	from = max(0, min(from, len(text)))
	to = max(from, min(to, len(text)))
	for from > 0 && !utf8.RuneStart(text[from]) {
		from--
	}
	for to < len(text) && !utf8.RuneStart(text[to]) {
		to++
	}
	return from, to
}

// CapitalisedWords lists the words of the sentences that are capitalised
// and not the first word of their sentence, normalised as in the bags.
// Trainers use it to keep names out of the lexicon.
func CapitalisedWords(sentences ...string) []string {
	var out []string
	for _, sent := range sentences {
		toks := tokenize(sent)
		first := true
		for _, t := range toks {
			if !t.word {
				continue
			}
			if !first && t.proper && t.norm != "i" {
				out = append(out, t.norm)
			}
			first = false
		}
	}
	return out
}
