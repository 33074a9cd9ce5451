package train

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
)

// Embeddings are word vectors (GloVe-style, lower-case words) that let the
// lexicon give a weight to words the labelled data never show: the
// lexicon's ridge regression also fits a linear map from a word's vector
// to its weight, so a word's weight is its own (when seen often enough)
// plus the map's reading of its vector.
type Embeddings struct {
	// Words are the words in the file's order (most frequent first).
	Words []string
	// Vec maps a word to its vector, scaled to unit length.
	Vec map[string][]float64
	// Dim is the vectors' length.
	Dim int
}

// ReadEmbeddings reads word vectors from a JSON object with "dimensions",
// "words" (most frequent first) and "vectors" (word: its values, then any
// extra values past dimensions, which are ignored). Only the first limit
// words are kept (0: all).
func ReadEmbeddings(r io.Reader, limit int) (*Embeddings, error) {
	var raw struct {
		Dimensions int                  `json:"dimensions"`
		Words      []string             `json:"words"`
		Vectors    map[string][]float64 `json:"vectors"`
	}
	if err := json.NewDecoder(r).Decode(&raw); err != nil {
		return nil, fmt.Errorf("embeddings: %w", err)
	}
	if raw.Dimensions <= 0 || len(raw.Words) == 0 {
		return nil, fmt.Errorf("embeddings: no dimensions or no words")
	}
	e := &Embeddings{Dim: raw.Dimensions, Vec: map[string][]float64{}}
	for _, w := range raw.Words {
		if limit > 0 && len(e.Words) == limit {
			break
		}
		v, ok := raw.Vectors[w]
		if !ok {
			continue
		}
		if len(v) < e.Dim {
			return nil, fmt.Errorf("embeddings: %q has %d values, want %d", w, len(v), e.Dim)
		}
		v = v[:e.Dim:e.Dim]
		var n float64
		for _, x := range v {
			n += x * x
		}
		if n == 0 {
			continue
		}
		n = 1 / math.Sqrt(n)
		for i := range v {
			v[i] *= n
		}
		e.Words = append(e.Words, w)
		e.Vec[w] = v
	}
	return e, nil
}

// vec is w's vector, nil when e is nil or does not know w.
func (e *Embeddings) vec(w string) []float64 {
	if e == nil {
		return nil
	}
	return e.Vec[w]
}

// plainLower reports whether w is two or more lower-case ASCII letters.
func plainLower(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// looksLikeName reports whether a word the training text never shows is
// probably a name, so that the lexicon gives it no weight from its vector
// (the lexicon must hold no opinion of a person or a place). It fits,
// once per set of vectors, least squares from a word's vector to the share
// of its occurrences the text capitalises inside a sentence, over words
// seen at least five times; a word whose vector maps above one half looks
// like a name.
func (d *Set) looksLikeName(e *Embeddings) func(string) bool {
	if d.nameLike != nil && d.nameLikeFrom == e {
		return d.nameLike
	}
	var X [][]float64
	var y []float64
	for _, w := range e.Words {
		if n := d.words[w]; n >= 5 {
			X = append(X, e.Vec[w])
			y = append(y, float64(d.names[w])/float64(n))
		}
	}
	like := func(string) bool { return false }
	if len(X) > 2*e.Dim {
		if w, b, err := leastSquares(X, y, func(int) bool { return true }); err == nil {
			like = func(word string) bool {
				v := e.Vec[word]
				return v != nil && dot(w, v)+b > 0.5
			}
		}
	}
	d.nameLike, d.nameLikeFrom = like, e
	return like
}
