package tone

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"unicode"
	"unicode/utf8"

	"github.com/cdipaolo/sentiment"
)

// readNB reads the Naive Bayes model of github.com/cdipaolo/sentiment
// reduced to what a graded score needs: each English word's evidence
// log((positive count + 1) / (negative count + 1)). data is the model file
// (nil: the one the package compiles in).
func readNB(data []byte) (map[string]float64, error) {
	if data == nil {
		var err error
		if data, err = sentiment.Asset("model.json"); err != nil {
			return nil, err
		}
	}
	out := make(map[string]float64, 1<<17)
	add := func(w string, neg, pos uint64) {
		out[w] = math.Log(float64(pos+1) / float64(neg+1))
	}
	if !scanNBCounts(data, add) {
		// Not the layout scanNBCounts knows: decode it the general way.
		clear(out)
		var models map[string]struct {
			Words map[string]struct{ Count [2]uint64 } `json:"words"`
		}
		if err := json.Unmarshal(data, &models); err != nil {
			return nil, err
		}
		for w, c := range models["en"].Words {
			add(w, c.Count[0], c.Count[1])
		}
	}
	if len(out) == 0 {
		return nil, errors.New("no English words")
	}
	return out, nil
}

// scanNBCounts reads the word counts of the model file as the sentiment
// package writes it, {"en":{"words":{"w":{"Count":[n,p],"Seen":s},...},...}},
// calling add for each word, in a single pass: a general JSON decoder takes
// several times as long on its 4 MB. It reports false, having perhaps
// called add for some words, when the file is laid out any other way.
func scanNBCounts(data []byte, add func(w string, neg, pos uint64)) bool {
	const head = `{"en":{"words":{`
	if !bytes.HasPrefix(data, []byte(head)) {
		return false
	}
	i := len(head)
	expect := func(s string) bool {
		if !bytes.HasPrefix(data[i:], []byte(s)) {
			return false
		}
		i += len(s)
		return true
	}
	number := func() (uint64, bool) {
		start := i
		var n uint64
		for i < len(data) && data[i] >= '0' && data[i] <= '9' && i-start < 19 {
			n = n*10 + uint64(data[i]-'0')
			i++
		}
		return n, i > start
	}
	for {
		if expect("}") {
			return true // the end of "words"
		}
		if len(data)-i < 2 || data[i] != '"' {
			return false
		}
		end := bytes.IndexByte(data[i+1:], '"')
		if end < 0 {
			return false
		}
		key := data[i+1 : i+1+end]
		if bytes.IndexByte(key, '\\') >= 0 {
			return false // an escape: leave it to the general decoder
		}
		i += end + 2
		if !expect(`:{"Count":[`) {
			return false
		}
		neg, ok1 := number()
		ok2 := expect(",")
		pos, ok3 := number()
		if !ok1 || !ok2 || !ok3 || !expect(`],"Seen":`) {
			return false
		}
		if _, ok := number(); !ok || !expect("}") {
			return false
		}
		add(string(key), neg, pos)
		if !expect(",") && (i >= len(data) || data[i] != '}') {
			return false
		}
	}
}

// NBLogOdds is the Naive Bayes model's log-odds that a text is positive:
// the sum over known words of log((positive count + 1) / (negative count + 1)),
// and the number of known words. Words are read the way the model was
// trained: letters only, lower case, apostrophes dropped inside words
// (didn’t -> didnt).
func (s *Scorer) NBLogOdds(t string) (float64, int) {
	return nbScan(t, s.words, 0, 0)
}

// nbScan adds the log-odds of the known words of t to sum and their number
// to n, reading words the model's way (see NBLogOdds).
func nbScan(t string, table map[string]wordEntry, sum float64, n int) (float64, int) {
	var buf [64]byte
	w := buf[:0]
	flush := func() {
		if len(w) == 0 {
			return
		}
		if e := table[string(w)]; e.nbOK {
			sum += e.nb
			n++
		}
		w = w[:0]
	}
	for i := 0; i < len(t); {
		c := t[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'a' && c <= 'z':
				w = append(w, c)
			case c >= 'A' && c <= 'Z':
				w = append(w, c+'a'-'A')
			case c == '\'':
			default:
				flush()
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		i += size
		switch {
		case r == '’':
		case unicode.IsLetter(r):
			w = utf8.AppendRune(w, unicode.ToLower(r))
		default:
			flush()
		}
	}
	flush()
	return sum, n
}

// annotate fills in each token's classes, valence and lexicon weights from
// the scorer's word table, and returns the Naive Bayes log-odds of text
// (whose tokens they are) as NBLogOdds would: summed over the tokens in
// order, from the same table look-up for a word of letters only. The model
// joins letters across apostrophes that tokenize keeps apart (a word, two
// apostrophes and a word with nothing between); such a text is read the
// model's way.
func (s *Scorer) annotate(text string, toks []token) (nbSum float64, nbN int) {
	table := s.words
	joined := false
	after := int32(-1) // end of the last word and any apostrophes right after it
	for k := range toks {
		t := &toks[k]
		e := table[t.norm]
		t.class, t.val, t.lex = e.class, e.val, e.lex
		if !t.word {
			if t.start == after && (t.norm == "'" || t.norm == "’") {
				after = t.end
			} else {
				after = -1
			}
			continue
		}
		joined = joined || t.start == after
		after = t.end
		// A word of letters is its own lower case, but for "cannot" ("not").
		if t.plain && (t.norm != "not" || t.end-t.start == 3) {
			if e.nbOK {
				nbSum += e.nb
				nbN++
			}
			continue
		}
		nbSum, nbN = nbScan(text[t.start:t.end], table, nbSum, nbN)
	}
	if joined {
		return nbScan(text, table, 0, 0)
	}
	return nbSum, nbN
}
