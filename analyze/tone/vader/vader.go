package vader

import (
	"bytes"
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jonreiter/govader"
)

// The constants of VADER, as govader spells them.
const (
	boostCaps     = 0.733 // an ALL-CAPS word among others that are not
	negScalar     = -0.74 // a negated word's valence is multiplied by this
	scalarScale1  = 0.95  // a booster two words back
	scalarScale2  = 0.9   // a booster three words back
	neverScale    = 1.25  // "never so good", "never this good"
	beforeBut     = 0.5   // words before the first "but"
	afterBut      = 1.5   // words after it
	bangScale     = 0.292 // each "!" up to maxBangs
	maxBangs      = 4
	questionScale = 0.18 // each "?" when there are two or three
	maxQuestion   = 0.96 // four or more "?"
	alpha         = 15.0 // normalisation of the compound score
)

// Flags of a word in the vocabulary.
const (
	inLexicon  uint8 = 1 << iota // has a lexicon valence
	isBooster                    // a one-word booster or dampener
	isNegation                   // in the negation list
	inPhrase                     // part of a multi-word idiom or booster
)

// The words the rules look at by name.
const (
	kindNone uint8 = iota
	kindNo
	kindOr
	kindNor
	kindKind
	kindOf
	kindNever
	kindSo
	kindThis
	kindWithout
	kindDoubt
	kindLeast
	kindAt
	kindVery
	kindBut
)

var namedWords = map[string]uint8{
	"no": kindNo, "or": kindOr, "nor": kindNor, "kind": kindKind, "of": kindOf,
	"never": kindNever, "so": kindSo, "this": kindThis, "without": kindWithout,
	"doubt": kindDoubt, "least": kindLeast, "at": kindAt, "very": kindVery,
	"but": kindBut,
}

// word is what the rules need to know about one lower-case word.
type word struct {
	valence float64 // lexicon valence, when flags has inLexicon
	boost   float64 // booster value, when flags has isBooster
	flags   uint8
	kind    uint8
}

// Flags of a token of the text being scored.
const (
	tokUpper   uint8 = 1 << iota // ALL CAPS: an ASCII capital and no ASCII small letter
	tokExact                     // the token equals its lower-case form
	tokNegated                   // a negation word, or its lower-case form contains "n't"
	tokOrigLex                   // the token as written (not lower-cased) is a lexicon key
)

type token struct {
	id    int32 // index in Analyzer.words of the lower-case form; 0 if unknown
	flags uint8
}

type pair [2]int32
type triple [3]int32

// Analyzer scores text as govader does. Build it with New or NewFrom; it
// holds no mutable state, so one Analyzer may be used by any number of
// goroutines at once.
type Analyzer struct {
	ids   map[string]int32 // word -> index in words
	words []word           // words[0] stands for every word not in ids

	casedLexicon bool // some lexicon key is not its own lower-case form

	emoji      map[rune]string // one-rune emoji -> description
	emojiBits  []uint64        // bit r set when emoji has rune r
	emojiASCII bool            // some emoji key is an ASCII character

	punct      [256]bool // bytes stripped from the ends of a token
	cutset     string    // the characters to strip (trimmed as runes when not all ASCII)
	asciiPunct bool      // cutset is ASCII, so punct applies

	special2 map[pair]float64   // special-case idioms of two words
	special3 map[triple]float64 // and of three
	boost2   map[pair]float64   // booster phrases of two words
	boost3   map[triple]float64 // and of three

	pool sync.Pool // *scratch
}

// scratch holds the buffers of one call of Polarity.
type scratch struct {
	text   []byte
	lower  []byte
	tokens []token
	vals   []float64
}

// maxKeep bounds the token capacity of a scratch returned to the pool, so
// that one huge text does not keep its buffers alive.
const maxKeep = 1 << 16

// New returns an Analyzer with govader's data: its lexicon, emoji
// descriptions, booster words, negation list and special-case idioms, read
// from a fresh govader.NewSentimentIntensityAnalyzer().
func New() *Analyzer {
	return NewFrom(govader.NewSentimentIntensityAnalyzer())
}

// NewFrom returns an Analyzer that scores as sia does, with sia's Lexicon,
// EmojiDict, Constants.NegateList, Constants.BoosterDict,
// Constants.SpecialCaseIdioms and Constants.Regex.PunctuationString as they
// are now (later changes to sia are not seen). Constants.LadenIdioms is not
// used, as govader does not use it. The letter classes of Constants.Regex
// are assumed to be govader's ([a-z] and [A-Z]).
func NewFrom(sia *govader.SentimentIntensityAnalyzer) *Analyzer {
	a := &Analyzer{
		ids:      make(map[string]int32, len(sia.Lexicon)+256),
		words:    make([]word, 1, len(sia.Lexicon)+256),
		emoji:    make(map[rune]string),
		special2: make(map[pair]float64),
		special3: make(map[triple]float64),
		boost2:   make(map[pair]float64),
		boost3:   make(map[triple]float64),
	}
	for k, v := range sia.Lexicon {
		w := a.entry(k)
		w.valence = v
		w.flags |= inLexicon
		if strings.ToLower(k) != k {
			a.casedLexicon = true
		}
	}
	for s, kind := range namedWords {
		a.entry(s).kind = kind
	}
	var tc govader.TermConstants
	if sia.Constants != nil {
		tc = *sia.Constants
	}
	for _, s := range tc.NegateList {
		a.entry(s).flags |= isNegation
	}
	for k, v := range tc.BoosterDict {
		a.phrase(k, v, a.boost2, a.boost3, func(w *word) {
			w.boost = v
			w.flags |= isBooster
		})
	}
	for k, v := range tc.SpecialCaseIdioms {
		a.phrase(k, v, a.special2, a.special3, nil)
	}

	for k, d := range sia.EmojiDict {
		r, size := utf8.DecodeRuneInString(k)
		if size != len(k) || (r == utf8.RuneError && size <= 1) {
			continue // only a single valid rune is ever looked up
		}
		a.emoji[r] = d
		if r < utf8.RuneSelf {
			a.emojiASCII = true
		}
		for int(r)/64 >= len(a.emojiBits) {
			a.emojiBits = append(a.emojiBits, 0)
		}
		a.emojiBits[r/64] |= 1 << (r % 64)
	}

	a.cutset = `"!#$%&\'()*+,-./:;<=>?@[\\]^_` + "`{|}~"
	if tc.Regex != nil {
		a.cutset = tc.Regex.PunctuationString
	}
	a.asciiPunct = true
	for i := 0; i < len(a.cutset); i++ {
		if a.cutset[i] >= utf8.RuneSelf {
			a.asciiPunct = false
		}
		a.punct[a.cutset[i]] = true
	}

	a.pool.New = func() any { return new(scratch) }
	return a
}

// entry returns the vocabulary entry of s, adding it if needed.
func (a *Analyzer) entry(s string) *word {
	id, ok := a.ids[s]
	if !ok {
		id = int32(len(a.words))
		a.ids[s] = id
		a.words = append(a.words, word{})
	}
	return &a.words[id]
}

// phrase files a dictionary key: a key of one word goes to single (when not
// nil), keys of two and three words (split on single spaces, as govader
// joins tokens) go to the maps. Longer keys can never match.
func (a *Analyzer) phrase(k string, v float64, two map[pair]float64, three map[triple]float64, single func(*word)) {
	parts := strings.Split(k, " ")
	switch len(parts) {
	case 1:
		if single != nil {
			single(a.entry(k))
		}
	case 2, 3:
		var ids triple
		for i, p := range parts {
			w := a.entry(p)
			w.flags |= inPhrase
			ids[i] = a.ids[p]
		}
		if len(parts) == 2 {
			two[pair{ids[0], ids[1]}] = v
		} else {
			three[ids] = v
		}
	}
}

// isEmoji reports whether rune r has an emoji description.
func (a *Analyzer) isEmoji(r rune) bool {
	i := int(r) / 64
	return r >= 0 && i < len(a.emojiBits) && a.emojiBits[i]&(1<<(uint(r)%64)) != 0
}

// needsRewrite reports whether the emoji pass would change text: it has an
// emoji rune or a byte that is not valid UTF-8.
func (a *Analyzer) needsRewrite(text string) bool {
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if a.emojiASCII && a.isEmoji(rune(c)) {
				return true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if (r == utf8.RuneError && size == 1) || a.isEmoji(r) {
			return true
		}
		i += size
	}
	return false
}

// rewrite appends to dst the text with each emoji rune replaced by its
// description (after a space unless the previous rune was a space) and
// every invalid byte by U+FFFD.
func (a *Analyzer) rewrite(dst []byte, text string) []byte {
	afterSpace := true
	for _, r := range text {
		if a.isEmoji(r) {
			if !afterSpace {
				dst = append(dst, ' ')
			}
			dst = append(dst, a.emoji[r]...)
			afterSpace = false
			continue
		}
		dst = utf8.AppendRune(dst, r)
		afterSpace = r == ' '
	}
	return dst
}

// strip trims the punctuation from both ends of a token, unless fewer than
// three bytes would be left.
func (a *Analyzer) strip(tok string) string {
	var s string
	if a.asciiPunct {
		i, j := 0, len(tok)
		for i < j && a.punct[tok[i]] {
			i++
		}
		for j > i && a.punct[tok[j-1]] {
			j--
		}
		s = tok[i:j]
	} else {
		s = strings.Trim(tok, a.cutset)
	}
	if len(s) < 3 {
		return tok
	}
	return s
}

// Byte classes for the scan of a token.
const (
	clsLower uint8 = 1 << iota
	clsUpper
	clsHigh
	clsQuote
)

var byteClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = clsLower
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = clsUpper
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = clsHigh
	}
	t['\''] = clsQuote
	return
}()

var nt = []byte("n't")

// tokenize splits s on single spaces into sc.tokens and reports whether
// some but not all tokens are ALL CAPS.
func (a *Analyzer) tokenize(sc *scratch, s string) (toks []token, capDiff bool) {
	toks = sc.tokens[:0]
	upper := 0
	for {
		end := strings.IndexByte(s, ' ')
		raw := s
		if end >= 0 {
			raw = s[:end]
		}
		tok := a.strip(raw)

		var cls uint8
		for i := 0; i < len(tok); i++ {
			cls |= byteClass[tok[i]]
		}
		var t token
		if cls&(clsLower|clsUpper) == clsUpper {
			t.flags |= tokUpper
			upper++
		}
		var w *word
		if cls&(clsUpper|clsHigh) == 0 {
			// Already lower case.
			t.id = a.ids[tok]
			t.flags |= tokExact
			w = &a.words[t.id]
			if cls&clsQuote != 0 && strings.Contains(tok, "n't") {
				t.flags |= tokNegated
			}
		} else {
			low := sc.lower[:0]
			if cls&clsHigh == 0 {
				for i := 0; i < len(tok); i++ {
					c := tok[i]
					if 'A' <= c && c <= 'Z' {
						c += 'a' - 'A'
					}
					low = append(low, c)
				}
			} else {
				for _, r := range tok {
					low = utf8.AppendRune(low, unicode.ToLower(r))
				}
			}
			sc.lower = low
			t.id = a.ids[string(low)]
			w = &a.words[t.id]
			if string(low) == tok {
				t.flags |= tokExact
			}
			if cls&clsQuote != 0 && bytes.Contains(low, nt) {
				t.flags |= tokNegated
			}
		}
		if w.flags&isNegation != 0 {
			t.flags |= tokNegated
		}
		if t.flags&tokExact != 0 {
			if w.flags&inLexicon != 0 {
				t.flags |= tokOrigLex
			}
		} else if a.casedLexicon && a.words[a.ids[tok]].flags&inLexicon != 0 {
			t.flags |= tokOrigLex
		}
		toks = append(toks, t)

		if end < 0 {
			break
		}
		s = s[end+1:]
	}
	sc.tokens = toks
	return toks, upper > 0 && upper < len(toks)
}

// Polarity returns the VADER scores of text, equal to what govader's
// PolarityScores returns for it.
func (a *Analyzer) Polarity(text string) govader.Sentiment {
	sc := a.pool.Get().(*scratch)
	s := text
	if a.needsRewrite(text) {
		sc.text = a.rewrite(sc.text[:0], text)
		s = string(sc.text)
	}
	s = strings.TrimSpace(s)

	toks, capDiff := a.tokenize(sc, s)
	vals := sc.vals[:0]
	for i := range toks {
		w := &a.words[toks[i].id]
		v := 0.0
		switch {
		case w.flags&isBooster != 0:
		case w.kind == kindKind && i+1 < len(toks) && a.words[toks[i+1].id].kind == kindOf:
		case w.flags&inLexicon != 0:
			v = a.valence(toks, i, capDiff)
		}
		vals = append(vals, v)
	}

	for b := range toks {
		if a.words[toks[b].id].kind != kindBut {
			continue
		}
		for i := range vals {
			if i < b {
				vals[i] = beforeBut * vals[i]
			} else if i > b {
				vals[i] = afterBut * vals[i]
			}
		}
		break
	}

	out := score(vals, s)
	sc.vals = vals
	if cap(sc.tokens) <= maxKeep && cap(sc.text) <= 16*maxKeep {
		a.pool.Put(sc)
	}
	return out
}

// valence is the valence of lexicon word i after the rules on the words
// around it.
func (a *Analyzer) valence(toks []token, i int, capDiff bool) float64 {
	kind := func(j int) uint8 { return a.words[toks[j].id].kind }
	w := &a.words[toks[i].id]

	v := w.valence
	if w.kind == kindNo && i+1 < len(toks) && a.words[toks[i+1].id].flags&inLexicon != 0 {
		v = 0
	}
	if (i > 0 && kind(i-1) == kindNo) || (i > 1 && kind(i-2) == kindNo) ||
		(i > 2 && kind(i-3) == kindNo && (kind(i-1) == kindOr || kind(i-1) == kindNor)) {
		v = w.valence * negScalar
	}
	if toks[i].flags&tokUpper != 0 && capDiff {
		if v > 0 {
			v += boostCaps
		} else {
			v -= boostCaps
		}
	}

	for back := 1; back <= 3 && back <= i; back++ {
		j := i - back
		if toks[j].flags&tokOrigLex != 0 {
			continue
		}
		s := a.scalar(toks[j], v, capDiff)
		if back == 2 && s != 0 {
			s = s * scalarScale1
		}
		if back == 3 && s != 0 {
			s = s * scalarScale2
		}
		v = v + s

		switch back {
		case 1:
			if toks[j].flags&tokNegated != 0 {
				v = v * negScalar
			}
		case 2:
			k1, k2 := kind(i-1), kind(i-2)
			switch {
			case k2 == kindNever && (k1 == kindSo || k1 == kindThis):
				v = v * neverScale
			case k2 == kindWithout && k1 == kindDoubt:
			case toks[j].flags&tokNegated != 0:
				v = v * negScalar
			}
		case 3:
			k1, k2, k3 := kind(i-1), kind(i-2), kind(i-3)
			switch {
			case k3 == kindNever && (k2 == kindSo || k2 == kindThis || k1 == kindSo || k1 == kindThis):
				v = v * neverScale
			case k3 == kindWithout && (k2 == kindDoubt || k1 == kindDoubt):
			case toks[j].flags&tokNegated != 0:
				v = v * negScalar
			}
			v = a.idioms(toks, i, v)
		}
	}

	// "least" before the word negates it, but not "at least" or "very
	// least"; these words are compared as written, not lower-cased.
	if i > 0 && a.isWritten(toks[i-1], kindLeast) && toks[i-1].flags&tokOrigLex == 0 {
		if i == 1 || (!a.isWritten(toks[i-2], kindAt) && !a.isWritten(toks[i-2], kindVery)) {
			v = v * negScalar
		}
	}
	return v
}

// isWritten reports whether token t, as written, is the named word kind.
func (a *Analyzer) isWritten(t token, kind uint8) bool {
	return t.flags&tokExact != 0 && a.words[t.id].kind == kind
}

// scalar is what a booster or dampener t adds to valence v.
func (a *Analyzer) scalar(t token, v float64, capDiff bool) float64 {
	w := &a.words[t.id]
	if w.flags&isBooster == 0 {
		return 0
	}
	s := w.boost
	if v < 0 {
		s *= -1
	}
	if t.flags&tokUpper != 0 && capDiff {
		if v > 0 {
			s += boostCaps
		} else {
			s -= boostCaps
		}
	}
	return s
}

// idioms applies the special-case idioms around word i (i >= 3) and the
// booster phrases just before it.
func (a *Analyzer) idioms(toks []token, i int, v float64) float64 {
	n := len(toks)
	w3, w2, w1, w0 := toks[i-3].id, toks[i-2].id, toks[i-1].id, toks[i].id
	if val, ok := a.lookup2(a.special2, w1, w0); ok {
		v = val
	} else if val, ok := a.lookup3(a.special3, w2, w1, w0); ok {
		v = val
	} else if val, ok := a.lookup2(a.special2, w2, w1); ok {
		v = val
	} else if val, ok := a.lookup3(a.special3, w3, w2, w1); ok {
		v = val
	} else if val, ok := a.lookup2(a.special2, w3, w2); ok {
		v = val
	}
	if n-1 > i {
		if val, ok := a.lookup2(a.special2, w0, toks[i+1].id); ok {
			v = val
		}
	}
	if n-1 > i+1 {
		if val, ok := a.lookup3(a.special3, w0, toks[i+1].id, toks[i+2].id); ok {
			v = val
		}
	}
	if val, ok := a.lookup3(a.boost3, w3, w2, w1); ok {
		v = v + val
	}
	if val, ok := a.lookup2(a.boost2, w3, w2); ok {
		v = v + val
	}
	if val, ok := a.lookup2(a.boost2, w2, w1); ok {
		v = v + val
	}
	return v
}

func (a *Analyzer) lookup2(m map[pair]float64, x, y int32) (float64, bool) {
	if a.words[x].flags&a.words[y].flags&inPhrase == 0 || len(m) == 0 {
		return 0, false
	}
	v, ok := m[pair{x, y}]
	return v, ok
}

func (a *Analyzer) lookup3(m map[triple]float64, x, y, z int32) (float64, bool) {
	if a.words[x].flags&a.words[y].flags&a.words[z].flags&inPhrase == 0 || len(m) == 0 {
		return 0, false
	}
	v, ok := m[triple{x, y, z}]
	return v, ok
}

// score turns the valences into govader's four numbers; text is the
// trimmed text, whose "!" and "?" add emphasis.
func score(vals []float64, text string) govader.Sentiment {
	var sum float64
	for _, v := range vals {
		sum += v
	}
	bangs := strings.Count(text, "!")
	if bangs > maxBangs {
		bangs = maxBangs
	}
	questions := 0.0
	if q := strings.Count(text, "?"); q > 3 {
		questions = maxQuestion
	} else if q > 1 {
		questions = float64(q) * questionScale
	}
	emphasis := float64(bangs)*bangScale + questions
	if sum > 0 {
		sum += emphasis
	} else if sum < 0 {
		sum -= emphasis
	}
	compound := sum / math.Sqrt((sum*sum)+alpha)
	if compound < -1 {
		compound = -1
	} else if compound > 1 {
		compound = 1
	}

	pos, neg, neutral := 0.0, 0.0, 0
	for _, v := range vals {
		if v > 0 {
			pos += v + 1
		}
		if v < 0 {
			neg += v - 1
		}
		if v == 0 {
			neutral++
		}
	}
	if pos > math.Abs(neg) {
		pos += emphasis
	} else if pos < math.Abs(neg) {
		neg -= emphasis
	}
	total := pos + math.Abs(neg) + float64(neutral)
	return govader.Sentiment{
		Negative: math.Abs(neg / total),
		Neutral:  math.Abs(float64(neutral) / total),
		Positive: math.Abs(pos / total),
		Compound: compound,
	}
}
