package tone

import (
	"encoding/json"
	"fmt"
	"math"
	"unicode"
	"unicode/utf8"

	"github.com/cdipaolo/sentiment"
)

// nbTable is the Naive Bayes model of github.com/cdipaolo/sentiment reduced
// to what a graded score needs: each word's evidence log((positive count +
// 1) / (negative count + 1)). It is read from the package's own model file
// in the background, so loading overlaps with walking and reading the input;
// the first score waits for it.
type nbTable struct {
	ready   chan struct{}
	logOdds map[string]float64
	err     error
}

// loadNB starts reading the model and returns at once.
func loadNB() *nbTable {
	t := &nbTable{ready: make(chan struct{})}
	go func() {
		defer close(t.ready)
		t.logOdds, t.err = readNB()
	}()
	return t
}

// wait blocks until the model is read and returns its table.
func (t *nbTable) wait() (map[string]float64, error) {
	<-t.ready
	return t.logOdds, t.err
}

// readNB decodes the English model's word counts.
func readNB() (map[string]float64, error) {
	data, err := sentiment.Asset("model.json")
	if err != nil {
		return nil, fmt.Errorf("tone: load naive bayes model: %w", err)
	}
	var models map[string]struct {
		Words map[string]struct{ Count [2]uint64 } `json:"words"`
	}
	if err := json.Unmarshal(data, &models); err != nil {
		return nil, fmt.Errorf("tone: load naive bayes model: %w", err)
	}
	en, ok := models["en"]
	if !ok || len(en.Words) == 0 {
		return nil, fmt.Errorf("tone: naive bayes model has no English words")
	}
	out := make(map[string]float64, len(en.Words))
	for w, c := range en.Words {
		out[w] = math.Log(float64(c.Count[1]+1) / float64(c.Count[0]+1))
	}
	return out, nil
}

// NBLogOdds is the Naive Bayes model's log-odds that a text is positive:
// the sum over known words of log((positive count + 1) / (negative count + 1)),
// and the number of known words. Words are read the way the model was
// trained: letters only, lower case, apostrophes dropped inside words
// (didn’t -> didnt).
func (s *Scorer) NBLogOdds(t string) (float64, int) {
	table, err := s.nb.wait()
	if err != nil {
		// The model is compiled into the binary: failing to read it means
		// a broken build, not bad input.
		panic(err)
	}
	var sum float64
	n := 0
	var buf [64]byte
	w := buf[:0]
	flush := func() {
		if len(w) == 0 {
			return
		}
		if v, ok := table[string(w)]; ok {
			sum += v
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
