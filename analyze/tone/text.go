package tone

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"portray/analyze/nlp"
)

// token is one word or punctuation mark of a text. A Scorer fills in what
// it knows of the word (annotate); tokenize leaves those fields zero.
type token struct {
	norm       string     // lower case, straight apostrophes, possessive dropped
	val        float64    // VADER's valence (see wordValence)
	lex        [2]float64 // the model's lexicon weights (sentenceLex, targetLex)
	start, end int32      // byte offsets in the text
	class      wordClass
	word       bool // a word (letters or digits), not punctuation
	proper     bool // the word starts with a capital letter
	plain      bool // a word of letters only: no digit, no apostrophe
}

// is reports whether the token, unless blanked, has the word class f.
func (t *token) is(f wordClass) bool {
	return t.class&f != 0 && t.norm != ""
}

// tokenize splits text into words and punctuation marks (nlp.Tokens, with
// hyphenated compounds read as their parts: nlp.SplitCompounds) and
// normalises each word for the word table (normWord). Curly
// apostrophes count as straight ones, so "isn’t" and "isn't" are the same
// word, and every word ending in n't becomes "not".
func tokenize(text string) []token {
	units := nlp.SplitCompounds(text, nlp.Tokens(text, nil))
	toks := make([]token, len(units))
	for k, u := range units {
		w := text[u.Start:u.End]
		t := token{norm: w, start: int32(u.Start), end: int32(u.End), word: u.Word}
		if u.Word {
			t.norm, t.proper, t.plain = normWord(w), nlp.StartsUpper(w), lettersOnly(w)
		} else if len(w) == 1 && w[0] >= utf8.RuneSelf {
			t.norm = string(utf8.RuneError) // not UTF-8
		}
		toks[k] = t
	}
	return toks
}

// lettersOnly reports whether a word is made of letters only: no digit,
// apostrophe or hyphen.
func lettersOnly(w string) bool {
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c < utf8.RuneSelf {
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
				return false
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(w[k:])
		if !unicode.IsLetter(r) {
			return false
		}
		k += n - 1
	}
	return true
}

// normWord lower-cases a word, straightens apostrophes, drops a possessive
// 's, turns n't words into "not" and numbers into "0".
func normWord(w string) string {
	w = nlp.Lower(w)
	if strings.HasSuffix(w, "n't") || w == "cannot" {
		return "not"
	}
	w = strings.TrimSuffix(w, "'s")
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		return "0"
	}
	return w
}

// negators open a negation scope over the next few words.
var negators = map[string]bool{
	"not": true, "no": true, "never": true, "nor": true, "neither": true, "without": true,
	"hardly": true, "barely": true, "nothing": true, "nobody": true, "none": true, "nowhere": true,
}

// shifters lessen or undo what follows them: in "reduce crime" or "prevent
// deaths" the bad words make good news. In a text's bag (not in the bags
// around a person) they open a scope like a negator's: 5-fold CV on NYT
// with three fold seeds, r 0.562, 0.560, 0.555 -> 0.568, 0.566, 0.561;
// NewsMTSC train CV and dev about the same.
var shifters = map[string]bool{
	"reduce": true, "reduces": true, "reduced": true, "reducing": true,
	"decrease": true, "decreases": true, "decreased": true, "decreasing": true,
	"prevent": true, "prevents": true, "prevented": true, "preventing": true,
	"avoid": true, "avoids": true, "avoided": true, "avoiding": true,
	"curb": true, "curbs": true, "curbed": true, "curbing": true,
	"lower": true, "lowers": true, "lowered": true, "lowering": true, "fewer": true,
}

// contrasts mark a turn in a sentence ("good but late"): the part after
// weighs more than the part before, as in VADER.
var contrasts = map[string]bool{"but": true, "however": true, "yet": true}

// clauseBreaks end the clause around a target: a person praised in one
// clause can be attacked in the next ("praised Trump while attacking Zelensky").
var clauseBreaks = map[string]bool{
	"but": true, "while": true, "whereas": true, "although": true, "though": true, "however": true,
	"yet": true, "meanwhile": true, "whilst": true, ";": true, ":": true, "(": true, ")": true,
	"—": true, "–": true,
}

// Constants of the term bags. They are part of the model's definition: the
// trainer and the scorer read text the same way through them.
const (
	negScope   = 3     // words a negator reaches
	negFactor  = -0.74 // a negated word's weight (VADER's scalar)
	beforeTurn = 0.5   // weight of words before a contrast word
	afterTurn  = 1.5   // weight of words after it
	nearWords  = 3     // words on each side of a target counted as near
)

// bag turns the words of toks[a:b] into weighted terms: negated words
// weigh negFactor, words before a contrast word beforeTurn and after it
// afterTurn, and every weight is divided by the square root of the number of
// words, so that the bag's lexicon score grows slowly with length. scale
// multiplies every weight. It also returns the bag's valence: the sum of
// its weights times VADER's word valences (see wordValence), over 4 to
// bring it to about -1..1.
func bag(toks []token, a, b int, scale float64, out *bagAcc, li int) float64 {
	return shiftedBag(toks, a, b, scale, out, li, false)
}

// bagAcc collects a bag: its terms, when keep is set (an explanation or a
// trainer reads them), and always the number of terms and the running sum
// of each term's weight times its lexicon weight, added in term order so
// it is exactly the sum over the kept terms.
type bagAcc struct {
	terms []Term
	keep  bool
	n     int
	lex   float64
}

// shiftedBag is bag where, with shift, shifters open a negation scope too.
// Each term carries its token's lexicon weight lex[li].
func shiftedBag(toks []token, a, b int, scale float64, out *bagAcc, li int, shift bool) float64 {
	if a < 0 {
		a = 0
	}
	if b > len(toks) {
		b = len(toks)
	}
	n, turn := 0, -1
	for k := a; k < b; k++ {
		if toks[k].word {
			n++
			if turn < 0 && toks[k].is(contrast) && k > a {
				turn = k
			}
		}
	}
	if n == 0 {
		return 0
	}
	if out.keep {
		out.terms = slices.Grow(out.terms, n)
	}
	var val float64
	norm := scale / math.Sqrt(float64(n))
	scope := 0
	opens := negator
	if shift {
		opens |= shifter
	}
	for k := a; k < b; k++ {
		t := &toks[k]
		if !t.word {
			if t.norm != "'" && t.norm != "\"" {
				scope = 0
			}
			continue
		}
		if t.norm == "" {
			continue // a name or the target itself
		}
		w := norm
		if turn >= 0 {
			if k < turn {
				w *= beforeTurn
			} else if k > turn {
				w *= afterTurn
			}
		}
		if scope > 0 {
			w *= negFactor
			scope--
		}
		if t.is(opens) {
			scope = negScope
		}
		lex := t.lex[li]
		if out.keep {
			out.terms = append(out.terms, Term{Word: t.norm, Weight: w, lex: lex})
		}
		out.n++
		out.lex += w * lex
		val += w * t.val
	}
	return val / 4
}

// wordCount is the number of words in toks.
func wordCount(toks []token) int {
	n := 0
	for _, t := range toks {
		if t.word {
			n++
		}
	}
	return n
}

// clean normalises whitespace and apostrophes for VADER, which splits on
// single spaces and knows negations with a straight apostrophe only.
func clean(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case space:
			b.WriteByte(' ')
			space = false
		}
		if r == '’' {
			r = '\''
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isClean reports whether clean would return s unchanged: single ASCII
// spaces between words, none at the ends, no curly apostrophe.
func isClean(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if s[i+1] == ' ' {
				return false
			}
		case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' || c >= 0x80 && !cleanNonASCII(s, i):
			return false
		}
	}
	return true
}

// cleanNonASCII reports whether the multi-byte character starting or
// continuing at s[i] is neither a space nor a curly apostrophe.
func cleanNonASCII(s string, i int) bool {
	if !utf8.RuneStart(s[i]) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r != '’' && !unicode.IsSpace(r)
}

// Words lists the words of text as the lexicon sees them: lower case,
// straight apostrophes, n't as "not", numbers as "0".
func Words(text string) []string {
	var out []string
	for _, t := range tokenize(text) {
		if t.word {
			out = append(out, t.norm)
		}
	}
	return out
}
