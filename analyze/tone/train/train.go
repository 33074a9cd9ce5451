// Package train fits the tone model of package tone from labelled news:
// sentences rated for tone (the NYT editorial snippets) and persons in
// sentences labelled for how they are portrayed (NewsMTSC). It is
// deterministic: the same data and options give the same bytes.
//
// The model has three parts, fitted in turn:
//
//   - a lexicon: ridge regression (conjugate gradients with gonum/floats) of the rating on
//     the words of each sentence, and of the polarity on the words of the
//     clause around each person, with negation and contrast weighting; the
//     sentence lexicon is then refitted beside VADER and Naive Bayes, so it
//     learns what they miss; words that share a stem ("attacked",
//     "attacking") also share part of their weight, so rare inflections
//     borrow from common ones; with word vectors (Options.Embed), each
//     lexicon also fits a linear map from a word's vector to its weight,
//     which gives a weight to frequent words the data never show;
//   - a sentence head: least squares (gonum/mat) of the NYT rating on VADER,
//     Naive Bayes and lexicon signals;
//   - a target head: ordinal logistic regression (proportional odds) of the
//     NewsMTSC polarity on signals around the mention; its linear score is
//     cut like the sentence head's.
//
// The heads see lexicon signals computed out of fold (cross-fitting), so
// they weigh the lexicon as it behaves on text it was not fitted on. Each
// head's class boundaries (Low, High) are chosen to maximise macro-F1 on
// out-of-fold predictions.
package train

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"

	"portray/analyze/agree"
	"portray/analyze/nlp"
	"portray/analyze/tone"
)

// Rated is a text with a human tone rating (NYT: mean of 20 raters, -4..4).
type Rated struct {
	// Text is the sentence.
	Text string
	// Rating is the mean human rating.
	Rating float64
}

// Targeted is a person in a sentence with the polarity of its portrayal.
type Targeted struct {
	// Text is the sentence.
	Text string
	// From and To are the person's byte offsets in Text, end exclusive.
	From, To int
	// Polarity is -1 negative, 0 neutral, +1 positive.
	Polarity float64
	// Group numbers the sentence: targets of one sentence share a fold.
	Group int
	// Further marks a further mention of a target (often a pronoun),
	// labelled with the target's polarity: training rows only, never
	// measured.
	Further bool
}

// ReadNYT reads the NYT snippets: tab-separated id, mean rating, sentence.
func ReadNYT(r io.Reader) ([]Rated, error) {
	var out []Rated
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
	for n := 1; sc.Scan(); n++ {
		p := strings.Split(strings.TrimRight(sc.Text(), "\r"), "\t")
		if len(p) < 3 {
			continue
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(p[1]), 64)
		if err != nil {
			return nil, fmt.Errorf("line %d: rating %q: %w", n, p[1], err)
		}
		out = append(out, Rated{Text: strings.ReplaceAll(p[2], "\r", " "), Rating: v})
	}
	return out, sc.Err()
}

// ReadNewsMTSC reads NewsMTSC JSON lines (sentence_normalized, targets with
// code point offsets from/to and polarity 2, 4 or 6).
func ReadNewsMTSC(r io.Reader) ([]Targeted, error) {
	var out []Targeted
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var d struct {
			Sentence  string `json:"sentence_normalized"`
			Sentence0 string `json:"sentence"`
			Targets   []struct {
				From, To int
				Polarity float64
				Further  []struct{ From, To int } `json:"further_mentions"`
			} `json:"targets"`
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		text := d.Sentence
		if text == "" {
			text = d.Sentence0
		}
		spans := nlp.Sentences(text)
		for _, t := range d.Targets {
			from, to := nlp.ByteOffset(text, t.From), nlp.ByteOffset(text, t.To)
			if from < 0 || to < from {
				return nil, fmt.Errorf("line %d: offsets %d..%d outside the sentence", n, t.From, t.To)
			}
			p := map[float64]float64{2: -1, 4: 0, 6: 1}
			pol, ok := p[t.Polarity]
			if !ok {
				return nil, fmt.Errorf("line %d: polarity %v", n, t.Polarity)
			}
			out = append(out, targetedIn(text, spans, from, to, Targeted{Polarity: pol, Group: n}))
			for _, fm := range t.Further {
				from, to := nlp.ByteOffset(text, fm.From), nlp.ByteOffset(text, fm.To)
				if from < 0 || to < from {
					return nil, fmt.Errorf("line %d: offsets %d..%d outside the sentence", n, fm.From, fm.To)
				}
				out = append(out, targetedIn(text, spans, from, to, Targeted{Polarity: pol, Group: n, Further: true}))
			}
		}
	}
	return out, sc.Err()
}

// targetedIn completes row t with the sentence of text (split into spans)
// that holds the target at [from, to), and the target's offsets in it: the
// tone model reads one sentence around a person, as the batch scores it.
func targetedIn(text string, spans []nlp.Span, from, to int, t Targeted) Targeted {
	sp := nlp.Containing(spans, from, len(text))
	t.Text, t.From, t.To = text[sp.Start:sp.End], from-sp.Start, min(to, sp.End)-sp.Start
	return t
}

// sentences splits text into its sentences' strings.
func sentences(text string) []string {
	return nlp.Strings(text, nlp.Sentences(text))
}

// Options are the training settings. Zero values take the defaults.
type Options struct {
	// Folds is the number of cross-fitting folds (default 5).
	Folds int
	// Lambda is the lexicon's ridge penalty per word (default 3e-4, chosen
	// by cross-validation on NYT and NewsMTSC train and by NewsMTSC dev).
	Lambda float64
	// MinCount is how many training texts a word must occur in (default 3).
	MinCount int
	// Seed seeds the fold assignment (default 1).
	Seed uint64
	// Data describes the data, stored in the model.
	Data string
	// TargetHead is how the target head is fitted: "ordinal" (ordinal
	// logistic regression) or "ols" (least squares).
	TargetHead string
	// HeadL2 is the ordinal head's penalty on standardised weights.
	HeadL2 float64
	// PlainSentenceLexicon keeps the sentence lexicon of the joint fit.
	// By default the sentence lexicon is fitted a second time, beside the
	// NYT sentences' fixed signals (VADER, Naive Bayes...), so that its
	// words learn what those signals miss (5-fold CV on NYT: r 0.545 ->
	// 0.560); the target lexicon is always the joint fit's.
	PlainSentenceLexicon bool
	// SentLambda is the ridge penalty of that second fit (default 5e-4,
	// chosen by cross-validation on NYT with word vectors; 2e-4 without).
	SentLambda float64
	// PlainWords gives each word its own lexicon weight only. By default
	// words that share a stem also share a weight (see stemOf): 5-fold CV
	// on NYT r 0.560 -> 0.562, NewsMTSC train macro-F1 0.593 -> 0.595, dev-rw
	// 0.642 -> 0.649, dev-mt 0.567 -> 0.578.
	PlainWords bool
	// Further is what NewsMTSC's further mentions of a target train:
	// "none", "lexicon" (the target lexicon) or "all" (lexicon and head).
	Further string
	// Embed, when set, are word vectors the lexicon also learns from (see
	// Embeddings): each lexicon gets a linear map from a word's vector to
	// its weight, penalised by EmbedLambda.
	Embed *Embeddings
	// EmbedLambda is the ridge penalty on the vector maps (default 1e-3).
	EmbedLambda float64
	// EmbedWords is how many of the most frequent vector words get a
	// lexicon weight from their vector alone, when the data never show
	// them (default 50000).
	EmbedWords int
}

func (o Options) withDefaults() Options {
	if o.Folds == 0 {
		o.Folds = 5
	}
	if o.Lambda == 0 {
		o.Lambda = 3e-4
	}
	if o.MinCount == 0 {
		o.MinCount = 3
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.TargetHead == "" {
		o.TargetHead = "ordinal"
	}
	if o.SentLambda == 0 {
		o.SentLambda = 5e-4
	}
	if o.Further == "" {
		o.Further = "none"
	}
	if o.HeadL2 == 0 {
		o.HeadL2 = 1e-3
	}
	if o.EmbedLambda == 0 {
		o.EmbedLambda = 1e-3
	}
	if o.EmbedWords == 0 {
		o.EmbedWords = 50000
	}
	return o
}

// Set is training data turned into features once; fitting on subsets
// reuses them.
type Set struct {
	// Rated are the sentence rows with their features.
	Rated []Rated
	// Targeted are the person rows with their features.
	Targeted []Targeted

	sentF []tone.Features
	targF []tone.Features
	names map[string]int // times a word was seen capitalised inside a sentence
	words map[string]int // times a word was seen

	nameLike     func(string) bool // see looksLikeName
	nameLikeFrom *Embeddings
}

// NewSet reads the features of every row with s (its model is not used).
func NewSet(s *tone.Scorer, rated []Rated, targeted []Targeted) *Set {
	d := &Set{Rated: rated, Targeted: targeted, names: map[string]int{}, words: map[string]int{}}
	for _, r := range rated {
		d.sentF = append(d.sentF, s.SentenceFeatures(sentences(r.Text)...))
		d.countCaps(r.Text)
	}
	last := ""
	for _, t := range targeted {
		d.targF = append(d.targF, s.TargetFeatures(t.Text, t.From, t.To))
		if t.Text != last {
			d.countCaps(t.Text)
			last = t.Text
		}
	}
	return d
}

func (d *Set) countCaps(text string) {
	for _, w := range tone.CapitalisedWords(sentences(text)...) {
		d.names[w]++
	}
	for _, w := range tone.Words(text) {
		d.words[w]++
	}
}

// lexRow is one lexicon training example: a bag and a target value.
type lexRow struct {
	bag    []tone.Term
	y      float64
	source int
	cov    []float64 // fixed signals the lexicon is fitted beside, unpenalised
}

// Train fits a model on every row of the set.
func Train(d *Set, opt Options) (*tone.Model, error) {
	opt = opt.withDefaults()
	all := func(int) bool { return true }
	return fit(d, all, all, opt)
}

// fit fits a model on the rated rows where useR holds and the targeted rows
// where useT holds.
func fit(d *Set, useR, useT func(int) bool, opt Options) (*tone.Model, error) {
	var ri, ti []int
	for i := range d.Rated {
		if useR(i) {
			ri = append(ri, i)
		}
	}
	for i := range d.Targeted {
		if useT(i) && (opt.Further != "none" || !d.Targeted[i].Further) {
			ti = append(ti, i)
		}
	}
	rfold := folds(len(ri), opt.Folds, opt.Seed, nil)
	groups := make([]int, len(ti))
	for k, i := range ti {
		groups[k] = d.Targeted[i].Group
	}
	tfold := folds(len(ti), opt.Folds, opt.Seed+1, groups)

	// Out-of-fold lexicon signals for the heads.
	sentX := make([][]float64, len(ri))
	targX := make([][]float64, len(ti))
	for k := 0; k < opt.Folds; k++ {
		lex, tlex, err := d.fitLexicon(ri, ti, func(j int) bool { return rfold[j] != k }, func(j int) bool { return tfold[j] != k }, opt)
		if err != nil {
			return nil, err
		}
		for j, i := range ri {
			if rfold[j] == k {
				sentX[j] = d.sentF[i].Vector(lex)
			}
		}
		for j, i := range ti {
			if tfold[j] == k {
				targX[j] = d.targF[i].Vector(tlex)
			}
		}
	}
	m := &tone.Model{Version: tone.ModelVersion, Data: opt.Data}
	sy := make([]float64, len(ri))
	sc := make([]int, len(ri))
	for j, i := range ri {
		sy[j] = d.Rated[i].Rating
		sc[j] = classOf(d.Rated[i].Rating, 0.5)
	}
	// The head learns from first mentions only, unless told otherwise.
	var hx [][]float64
	var ty []float64
	var tc, hfold []int
	for j, i := range ti {
		if opt.Further == "all" || !d.Targeted[i].Further {
			hx = append(hx, targX[j])
			ty = append(ty, d.Targeted[i].Polarity)
			tc = append(tc, int(d.Targeted[i].Polarity))
			hfold = append(hfold, tfold[j])
		}
	}
	var err error
	if m.Sentence, err = fitHead(sentX, sy, sc, rfold, opt.Folds, false, leastSquaresFit); err != nil {
		return nil, err
	}
	tfit := leastSquaresFit
	if opt.TargetHead == "ordinal" {
		tfit = func(X [][]float64, y []float64, class []int, use func(int) bool) ([]float64, float64, error) {
			return ordinalLogistic(X, class, use, opt.HeadL2)
		}
	}
	if m.Target, err = fitHead(hx, ty, tc, hfold, opt.Folds, true, tfit); err != nil {
		return nil, err
	}
	all := func(int) bool { return true }
	lex, tlex, err := d.fitLexicon(ri, ti, all, all, opt)
	if err != nil {
		return nil, err
	}
	m.Lexicon, m.TargetLexicon = lex, tlex
	return m, nil
}

// classOf cuts a rating into -1, 0, +1 at ±cut.
func classOf(v, cut float64) int {
	switch {
	case v > cut:
		return 1
	case v < -cut:
		return -1
	}
	return 0
}

// folds assigns n rows to k folds after a seeded shuffle; rows of one
// group (when groups is not nil) share a fold.
func folds(n, k int, seed uint64, groups []int) []int {
	rng := rand.New(rand.NewPCG(seed, 0x70727479))
	out := make([]int, n)
	if groups == nil {
		perm := rng.Perm(n)
		for pos, i := range perm {
			out[i] = pos % k
		}
		return out
	}
	var ids []int
	seen := map[int]bool{}
	for _, g := range groups {
		if !seen[g] {
			seen[g] = true
			ids = append(ids, g)
		}
	}
	slices.Sort(ids)
	fold := map[int]int{}
	for pos, i := range rng.Perm(len(ids)) {
		fold[ids[i]] = pos % k
	}
	for i, g := range groups {
		out[i] = fold[g]
	}
	return out
}

// fitLexicon fits word weights by ridge regression: NYT sentences (rating
// / 2, clipped to -1..1) and the clauses around NewsMTSC persons (polarity),
// each source with its own intercept. Each word has a shared weight and one
// weight per source (feature augmentation), so the sentence lexicon (shared
// + NYT) and the target lexicon (shared + NewsMTSC) learn from both sources
// and still differ where the tasks do. Words seen in fewer than MinCount
// rows, or mostly capitalised inside sentences (names), are left out.
// Weights are rounded to 4 decimals.
func (d *Set) fitLexicon(ri, ti []int, useR, useT func(int) bool, opt Options) (sent, target map[string]float64, err error) {
	var rows []lexRow
	for j, i := range ri {
		if useR(j) {
			rows = append(rows, lexRow{d.sentF[i].Bags[0], max(-1, min(1, d.Rated[i].Rating/2)), 0, nil})
		}
	}
	for j, i := range ti {
		if useT(j) {
			rows = append(rows, lexRow{d.targF[i].Bags[1], d.Targeted[i].Polarity, 1, nil})
		}
	}
	sent, target = d.solveLexicon(rows, opt.Lambda, opt)
	if !opt.PlainSentenceLexicon {
		// The sentence lexicon again, beside the sentence's fixed signals.
		k := 0
		for j, i := range ri {
			if useR(j) {
				rows[k].cov = d.sentF[i].Fixed
				k++
			}
		}
		sent, _ = d.solveLexicon(rows, opt.SentLambda, opt)
	}
	return sent, target, nil
}

// solveLexicon solves the lexicon's ridge regression on rows with penalty
// lambda per word and returns the sentence and target lexicons. Unless
// opt.PlainWords, words that share a stem (see stemOf) also share a stem
// weight, penalised like a word's; a word's weight in the lexicons is its
// own plus its stem's, and every word seen in the rows whose stem is in the
// vocabulary gets one, so a rare inflection borrows from common ones.
func (d *Set) solveLexicon(rows []lexRow, lambda float64, opt Options) (sent, target map[string]float64) {
	df := docFreq(rows)
	vocab := d.vocabulary(rows, df, opt)
	p := d.newLexProblem(rows, vocab, lambda, opt)
	w := conjugateGradient(p.apply, p.rhs(), 1e-10, 5*p.dim)
	return d.readLexicons(p, w, d.lexiconWords(df, vocab, opt), opt)
}

// docFreq counts the rows each word occurs in.
func docFreq(rows []lexRow) map[string]int {
	df := map[string]int{}
	for _, r := range rows {
		seen := map[string]bool{}
		for _, t := range r.bag {
			if !seen[t.Word] {
				seen[t.Word] = true
				df[t.Word]++
			}
		}
	}
	return df
}

// eligible reports whether a word may have a weight of its own: it is not
// mostly capitalised inside sentences (a name) nor a function word.
func (d *Set) eligible(w string) bool {
	return 2*d.names[w] < d.words[w] && !functionWords[w]
}

// vocabulary lists, sorted, the lexicon's columns: the eligible words in
// opt.MinCount rows or more, and unless opt.PlainWords the stems (as
// stemKey+stem) of two or more eligible words, in MinCount rows or more.
func (d *Set) vocabulary(rows []lexRow, df map[string]int, opt Options) []string {
	var vocab []string
	for w, n := range df {
		if n >= opt.MinCount && d.eligible(w) {
			vocab = append(vocab, w)
		}
	}
	if !opt.PlainWords {
		forms := map[string]int{}
		for w := range df {
			if st := stemOf(w); st != "" && d.eligible(w) {
				forms[st]++
			}
		}
		sdf := map[string]int{}
		for _, r := range rows {
			seen := map[string]bool{}
			for _, t := range r.bag {
				if st := stemOf(t.Word); st != "" && forms[st] >= 2 && d.eligible(t.Word) && !seen[st] {
					seen[st] = true
					sdf[st]++
				}
			}
		}
		for st, n := range sdf {
			if n >= opt.MinCount {
				vocab = append(vocab, stemKey+st)
			}
		}
	}
	slices.Sort(vocab)
	return vocab
}

// lexCell is a word's weight in a row, in a vocabulary column.
type lexCell struct {
	j int
	v float64
}

// lexProblem is the lexicon's ridge regression. Its unknowns are, in
// order: the shared, NYT and NewsMTSC weights of each vocabulary column
// (nw each), one intercept per source, each source's fixed signals when the
// lexicon is fitted beside them (from covOff[source]), then the shared,
// NYT and NewsMTSC maps from word vectors (K each, from embOff).
type lexProblem struct {
	d          *Set
	rows       []lexRow
	index      map[string]int // a vocabulary column by word or stemKey+stem
	plainWords bool           // no stem columns
	X          [][]lexCell    // each row's vocabulary columns
	dense      [][]float64    // each row's sum of its words' vectors, weighted like the words (K > 0)
	nw, K      int
	covOff     [2]int
	embOff     int
	dim        int
	lambda     float64 // penalty on the word weights
	embLambda  float64 // penalty on the vector maps
}

// newLexProblem lays out the regression of rows on the vocabulary.
func (d *Set) newLexProblem(rows []lexRow, vocab []string, lambda float64, opt Options) *lexProblem {
	p := &lexProblem{d: d, rows: rows, index: make(map[string]int, len(vocab)), plainWords: opt.PlainWords,
		nw: len(vocab), lambda: lambda, embLambda: opt.EmbedLambda}
	for i, w := range vocab {
		p.index[w] = i
	}
	p.X = make([][]lexCell, len(rows))
	var buf []int
	for i, r := range rows {
		for _, t := range r.bag {
			buf = p.cols(t.Word, buf[:0])
			for _, j := range buf {
				p.X[i] = append(p.X[i], lexCell{j, t.Weight})
			}
		}
	}
	if opt.Embed != nil {
		p.K = opt.Embed.Dim
		p.dense = make([][]float64, len(rows))
		for i, r := range rows {
			dv := make([]float64, p.K)
			for _, t := range r.bag {
				if v := opt.Embed.Vec[t.Word]; v != nil && d.eligible(t.Word) {
					floats.AddScaled(dv, t.Weight, v)
				}
			}
			p.dense[i] = dv
		}
	}
	p.covOff[0] = 3*p.nw + 2
	p.covOff[1] = p.covOff[0]
	for _, r := range rows {
		if r.source == 0 {
			p.covOff[1] = p.covOff[0] + len(r.cov)
			break
		}
	}
	p.dim = p.covOff[1]
	for _, r := range rows {
		if r.source == 1 {
			p.dim += len(r.cov)
			break
		}
	}
	p.embOff = p.dim
	p.dim += 3 * p.K
	return p
}

// cols appends to dst the vocabulary columns of a word: its own, its
// stem's.
func (p *lexProblem) cols(w string, dst []int) []int {
	if j, ok := p.index[w]; ok {
		dst = append(dst, j)
	}
	if !p.plainWords && p.d.eligible(w) {
		if st := stemOf(w); st != "" {
			if j, ok := p.index[stemKey+st]; ok {
				dst = append(dst, j)
			}
		}
	}
	return dst
}

// vecMaps are, within v, the shared map's weights and those of source's
// own map.
func (p *lexProblem) vecMaps(v []float64, source int) (shared, own []float64) {
	return v[p.embOff : p.embOff+p.K], v[p.embOff+p.K*(1+source) : p.embOff+p.K*(2+source)]
}

// apply sets dst to the left side of the normal equations, (XᵀX/n + Λ) w,
// with Λ = λ on the words, the embedding penalty on the vector maps, a
// trace on the fixed signals and 0 on the intercepts.
func (p *lexProblem) apply(dst, w []float64) {
	nw, n := p.nw, float64(len(p.rows))
	for j := range dst {
		dst[j] = 0
	}
	for i, r := range p.rows {
		off := nw * (1 + r.source)
		e := w[3*nw+r.source]
		for _, c := range p.X[i] {
			e += (w[c.j] + w[off+c.j]) * c.v
		}
		co := p.covOff[r.source]
		for j, x := range r.cov {
			e += w[co+j] * x
		}
		if p.K > 0 {
			shared, own := p.vecMaps(w, r.source)
			e += floats.Dot(shared, p.dense[i]) + floats.Dot(own, p.dense[i])
		}
		e /= n
		for _, c := range p.X[i] {
			dst[c.j] += e * c.v
			dst[off+c.j] += e * c.v
		}
		dst[3*nw+r.source] += e
		for j, x := range r.cov {
			dst[co+j] += e * x
		}
		if p.K > 0 {
			shared, own := p.vecMaps(dst, r.source)
			floats.AddScaled(shared, e, p.dense[i])
			floats.AddScaled(own, e, p.dense[i])
		}
	}
	for j := 0; j < 3*nw; j++ {
		dst[j] += p.lambda * w[j]
	}
	for j := 3*nw + 2; j < p.embOff; j++ {
		dst[j] += 1e-6 * w[j]
	}
	for j := p.embOff; j < p.dim; j++ {
		dst[j] += p.embLambda * w[j]
	}
}

// rhs is the right side of the normal equations, Xᵀy/n.
func (p *lexProblem) rhs() []float64 {
	nw, n := p.nw, float64(len(p.rows))
	rhs := make([]float64, p.dim)
	for i, r := range p.rows {
		off := nw * (1 + r.source)
		for _, c := range p.X[i] {
			rhs[c.j] += r.y * c.v / n
			rhs[off+c.j] += r.y * c.v / n
		}
		rhs[3*nw+r.source] += r.y / n
		for j, x := range r.cov {
			rhs[p.covOff[r.source]+j] += r.y * x / n
		}
		if p.K > 0 {
			shared, own := p.vecMaps(rhs, r.source)
			floats.AddScaled(shared, r.y/n, p.dense[i])
			floats.AddScaled(own, r.y/n, p.dense[i])
		}
	}
	return rhs
}

// lexiconWords lists, sorted, the words the lexicons may give a weight:
// the vocabulary's words, or with stems every word seen; with word vectors
// also the most frequent vector words the data never show that are plain
// lower-case words, not function words and do not look like names.
func (d *Set) lexiconWords(df map[string]int, vocab []string, opt Options) []string {
	words := vocab
	if !opt.PlainWords {
		words = make([]string, 0, len(df))
		for w := range df {
			words = append(words, w)
		}
		slices.Sort(words)
	}
	if opt.Embed == nil {
		return words
	}
	seen := make(map[string]bool, len(words))
	for _, word := range words {
		seen[word] = true
	}
	if opt.PlainWords {
		for word := range df {
			seen[word] = true
		}
	}
	nameLike := d.looksLikeName(opt.Embed)
	for _, word := range opt.Embed.Words[:min(len(opt.Embed.Words), opt.EmbedWords)] {
		if !seen[word] && plainLower(word) && !functionWords[word] && !nameLike(word) {
			words = append(words, word)
		}
	}
	slices.Sort(words)
	return words
}

// readLexicons reads the sentence and target weights of words from the
// solution w: a word's columns, shared plus the source's own, and, with
// word vectors, the maps' reading of its vector (for a word the data show,
// only when it is eligible); rounded to 4 decimals, zeros left out.
func (d *Set) readLexicons(p *lexProblem, w []float64, words []string, opt Options) (sent, target map[string]float64) {
	nw := p.nw
	sent, target = make(map[string]float64, nw), make(map[string]float64, nw)
	var mapS, mapT []float64
	if p.K > 0 {
		mapS, mapT = make([]float64, p.K), make([]float64, p.K)
		shared, nyt := p.vecMaps(w, 0)
		_, mtsc := p.vecMaps(w, 1)
		floats.AddTo(mapS, shared, nyt)
		floats.AddTo(mapT, shared, mtsc)
	}
	var buf []int
	for _, word := range words {
		buf = p.cols(word, buf[:0])
		var vs, vt float64
		for _, j := range buf {
			vs += w[j] + w[nw+j]
			vt += w[j] + w[2*nw+j]
		}
		if v := opt.Embed.vec(word); v != nil && (d.words[word] == 0 || d.eligible(word)) {
			vs += floats.Dot(mapS, v)
			vt += floats.Dot(mapT, v)
		}
		if v := math.Round(vs*1e4) / 1e4; v != 0 {
			sent[word] = v
		}
		if v := math.Round(vt*1e4) / 1e4; v != 0 {
			target[word] = v
		}
	}
	return sent, target
}

// stemKey marks a stem in the lexicon's vocabulary; no word starts with it.
const stemKey = "~"

// stemOf is the stem a word shares lexicon weight under: a plural, past,
// -ing or -ly ending taken off when four letters or more remain, then a
// final e or y and a doubled final consonant dropped, so that "attack",
// "attacks", "attacked" and "attacking" meet, as do "praise", "praised"
// and "praising", or "stop" and "stopped". It is "" for words shorter than
// four letters and for numbers.
func stemOf(w string) string {
	if len(w) < 4 || w[0] < 'a' || w[0] > 'z' {
		return ""
	}
	for _, suf := range [...]string{"ingly", "edly", "ings", "ing", "ies", "ied", "es", "ed", "ly", "s"} {
		if st, ok := strings.CutSuffix(w, suf); ok && len(st) >= 4 {
			if suf == "s" && strings.HasSuffix(st, "s") {
				break // "less", "across"
			}
			w = st
			break
		}
	}
	w = strings.TrimSuffix(w, "e")
	w = strings.TrimSuffix(w, "y")
	if n := len(w); n >= 2 && w[n-1] == w[n-2] && w[n-1] != 'l' && w[n-1] != 's' {
		w = w[:n-1]
	}
	return w
}

// conjugateGradient solves A x = b for a symmetric positive definite A
// given as a function, from x = 0, until the residual's norm falls below
// tol times b's or after maxIter steps.
func conjugateGradient(apply func(dst, x []float64), b []float64, tol float64, maxIter int) []float64 {
	x := make([]float64, len(b))
	r := slices.Clone(b)
	p := slices.Clone(b)
	ap := make([]float64, len(b))
	rr := floats.Dot(r, r)
	stop := tol * tol * rr
	for it := 0; it < maxIter && rr > stop; it++ {
		apply(ap, p)
		alpha := rr / floats.Dot(p, ap)
		floats.AddScaled(x, alpha, p)
		floats.AddScaled(r, -alpha, ap)
		next := floats.Dot(r, r)
		floats.AddScaledTo(p, r, next/rr, p)
		rr = next
	}
	return x
}

// functionWords carry no tone of their own; left in, the lexicon learns
// the habits of its training data from them ("will" in hopeful stories,
// "said" in neutral ones) and reads tone into plain sentences. Negators and
// contrast words are not among them.
var functionWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or of to in on at by for from with as into onto about
		this that these those it its it's he she they them his her their him we us our you your i me my
		is are was were be been being am has have had having do does did will would shall should can could
		may might must said says say told tells according
		who whom whose which what when where why how than then there here so such also just
		very too up down out over under again further once all any both each few more most other some
		own same s t 0 mr mrs ms`) {
		m[w] = true
	}
	return m
}()

// fitHead fits a head by least squares with a light ridge penalty, then
// chooses its class boundaries from out-of-fold predictions.
func fitHead(X [][]float64, y []float64, class []int, fold []int, k int, target bool, fitW headFitter) (tone.Head, error) {
	h := tone.Head{Names: tone.FeatureNames(target)}
	oof := make([]float64, len(y))
	for f := 0; f < k; f++ {
		w, b, err := fitW(X, y, class, func(i int) bool { return fold[i] != f })
		if err != nil {
			return h, err
		}
		for i := range y {
			if fold[i] == f {
				oof[i] = dot(w, X[i]) + b
			}
		}
	}
	w, b, err := fitW(X, y, class, func(int) bool { return true })
	if err != nil {
		return h, err
	}
	h.Weights, h.Bias = w, b
	h.Low, h.High = agree.BestCuts(oof, class)
	return h, nil
}

// headFitter fits a head's weights and bias on the rows where use holds.
type headFitter func(X [][]float64, y []float64, class []int, use func(int) bool) ([]float64, float64, error)

func leastSquaresFit(X [][]float64, y []float64, _ []int, use func(int) bool) ([]float64, float64, error) {
	return leastSquares(X, y, use)
}

func dot(a, b []float64) float64 {
	var s float64
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// leastSquares solves ridge-regularised least squares over the rows where
// use holds, with an unpenalised intercept.
func leastSquares(X [][]float64, y []float64, use func(int) bool) ([]float64, float64, error) {
	p := len(X[0]) + 1
	A := mat.NewSymDense(p, nil)
	bv := mat.NewVecDense(p, nil)
	row := make([]float64, p)
	n := 0
	for i := range X {
		if !use(i) {
			continue
		}
		n++
		copy(row, X[i])
		row[p-1] = 1
		for a := 0; a < p; a++ {
			for c := a; c < p; c++ {
				A.SetSym(a, c, A.At(a, c)+row[a]*row[c])
			}
			bv.SetVec(a, bv.AtVec(a)+row[a]*y[i])
		}
	}
	for a := 0; a < p-1; a++ {
		A.SetSym(a, a, A.At(a, a)+1e-3*float64(n))
	}
	var ch mat.Cholesky
	if !ch.Factorize(A) {
		return nil, 0, fmt.Errorf("train: least squares: matrix not positive definite")
	}
	var w mat.VecDense
	if err := ch.SolveVecTo(&w, bv); err != nil {
		return nil, 0, fmt.Errorf("train: least squares: %w", err)
	}
	out := make([]float64, p-1)
	for a := range out {
		out[a] = w.AtVec(a)
	}
	return out, w.AtVec(p - 1), nil
}

// labelClass turns a label into -1, 0 or 1.
func labelClass(label string) int {
	switch label {
	case "negative":
		return -1
	case "positive":
		return 1
	}
	return 0
}

// Figures are a model's accuracy on rated and targeted rows.
type Figures struct {
	// Pearson is r between tone and rating on the rated rows.
	Pearson float64
	// RatedF1 is macro-F1 on the rated rows (rating cut at ±0.5).
	RatedF1 float64
	// TargetF1 is macro-F1 on the targeted rows.
	TargetF1 float64
}

// Evaluate scores rows with the model through the scorer's public methods,
// as portray score does.
func Evaluate(s *tone.Scorer, m *tone.Model, rated []Rated, targeted []Targeted) Figures {
	s = s.WithModel(m)
	var f Figures
	if len(rated) > 0 {
		t, y := make([]float64, len(rated)), make([]float64, len(rated))
		g, p := make([]int, len(rated)), make([]int, len(rated))
		for i, r := range rated {
			sc := s.Score(sentences(r.Text)...)
			t[i], y[i] = sc.Tone, r.Rating
			g[i], p[i] = classOf(r.Rating, 0.5), labelClass(sc.Label)
		}
		f.Pearson, f.RatedF1 = agree.Pearson(t, y), agree.MacroF1(g, p, -1, 0, 1)
	}
	if len(targeted) > 0 {
		var g, p []int
		for _, r := range targeted {
			if !r.Further {
				g = append(g, int(r.Polarity))
				p = append(p, labelClass(s.ScoreToward(r.Text, r.From, r.To).Label))
			}
		}
		f.TargetF1 = agree.MacroF1(g, p, -1, 0, 1)
	}
	return f
}

// CrossValidate fits a model Folds times, each time without one fold of
// the rated and of the targeted rows, and measures it on that fold. The
// figures are pooled over the held-out folds.
func CrossValidate(s *tone.Scorer, d *Set, opt Options) (Figures, error) {
	opt = opt.withDefaults()
	rfold := folds(len(d.Rated), opt.Folds, opt.Seed+100, nil)
	groups := make([]int, len(d.Targeted))
	for i, t := range d.Targeted {
		groups[i] = t.Group
	}
	tfold := folds(len(d.Targeted), opt.Folds, opt.Seed+101, groups)
	tone_ := make([]float64, len(d.Rated))
	rp := make([]int, len(d.Rated))
	tp := make([]int, len(d.Targeted))
	for k := 0; k < opt.Folds; k++ {
		m, err := fit(d, func(i int) bool { return rfold[i] != k }, func(i int) bool { return tfold[i] != k }, opt)
		if err != nil {
			return Figures{}, err
		}
		sk := s.WithModel(m)
		for i, r := range d.Rated {
			if rfold[i] == k {
				sc := sk.Score(sentences(r.Text)...)
				tone_[i], rp[i] = sc.Tone, labelClass(sc.Label)
			}
		}
		for i, t := range d.Targeted {
			if tfold[i] == k && !t.Further {
				tp[i] = labelClass(sk.ScoreToward(t.Text, t.From, t.To).Label)
			}
		}
	}
	y := make([]float64, len(d.Rated))
	rg := make([]int, len(d.Rated))
	for i, r := range d.Rated {
		y[i], rg[i] = r.Rating, classOf(r.Rating, 0.5)
	}
	var tg, tpFirst []int
	for i, t := range d.Targeted {
		if !t.Further {
			tg = append(tg, int(t.Polarity))
			tpFirst = append(tpFirst, tp[i])
		}
	}
	return Figures{Pearson: agree.Pearson(tone_, y), RatedF1: agree.MacroF1(rg, rp, -1, 0, 1), TargetF1: agree.MacroF1(tg, tpFirst, -1, 0, 1)}, nil
}
