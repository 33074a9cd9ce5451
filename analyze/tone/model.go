package tone

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"slices"
)

// weightsJSON is the model shipped in the binary, written by portray-train.
//
//go:embed weights.json
var weightsJSON []byte

// Model is a trained tone model: a lexicon of news words and two heads, one
// for the tone of a text and one for the tone toward a person.
type Model struct {
	// Version is the version of the feature definitions the model was
	// trained with; a model of another version is refused.
	Version int `json:"version"`
	// Data describes the training data, for the record.
	Data string `json:"data"`
	// Lexicon maps a word to its learned weight for the tone of a text,
	// positive for words of favourable news.
	Lexicon map[string]float64 `json:"lexicon"`
	// TargetLexicon maps a word to its learned weight for the tone toward
	// a person mentioned near it.
	TargetLexicon map[string]float64 `json:"target_lexicon"`
	// Sentence is the head for the tone of a text (Score).
	Sentence Head `json:"sentence"`
	// Target is the head for the tone toward a person (ScoreToward).
	Target Head `json:"target"`
}

// ModelVersion is the version of the feature definitions in this package.
const ModelVersion = 1

// Head is a linear score over a Features vector and the curve that turns it
// into a tone: tone = tanh(k·(linear − (Low+High)/2)), with k set so that
// Low and High, the linear scores where the labels change, map exactly to
// -Threshold and +Threshold. Near the boundaries the curve is almost
// straight, so the tone keeps the linear score's order and spacing.
type Head struct {
	// Names are the names of the weights, as FeatureNames gives them.
	Names []string `json:"names"`
	// Weights multiply the features.
	Weights []float64 `json:"weights"`
	// Bias is added to the weighted sum.
	Bias float64 `json:"bias"`
	// Low is the linear score at or below which text is negative.
	Low float64 `json:"low"`
	// High is the linear score at or above which text is positive.
	High float64 `json:"high"`
}

// Linear is the head's linear score of a feature vector.
func (h *Head) Linear(v []float64) float64 {
	s := h.Bias
	for i, x := range v {
		s += h.Weights[i] * x
	}
	return s
}

// atanhThreshold is atanh(Threshold).
var atanhThreshold = math.Atanh(Threshold)

// Tone maps a linear score into -1..1 so that Label cuts it at Low and High.
func (h *Head) Tone(linear float64) float64 {
	mid, half := (h.Low+h.High)/2, (h.High-h.Low)/2
	if half <= 0 {
		half = 1e-9
	}
	t := math.Tanh(atanhThreshold * (linear - mid) / half)
	// Rounding must not move a boundary score across the cut.
	switch {
	case linear >= h.High && t < Threshold:
		t = Threshold
	case linear <= h.Low && t > -Threshold:
		t = -Threshold
	case linear > h.Low && linear < h.High:
		t = max(-Threshold/(1+1e-12), min(Threshold/(1+1e-12), t))
	}
	return t
}

// ParseModel reads a model written by portray-train and checks it against
// this package's features.
func ParseModel(data []byte) (*Model, error) {
	m, err := parseModel(data)
	if err != nil {
		return nil, fmt.Errorf("tone: %w", err)
	}
	return m, nil
}

// parseModel is ParseModel with errors that do not name the package.
func parseModel(data []byte) (*Model, error) {
	var m Model
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("parse model: %w", err)
	}
	if err := m.check(); err != nil {
		return nil, err
	}
	return &m, nil
}

func (m *Model) check() error {
	if m.Version != ModelVersion {
		return fmt.Errorf("model version %d, want %d: retrain with make train", m.Version, ModelVersion)
	}
	for _, h := range []struct {
		name   string
		head   *Head
		target bool
	}{{"sentence", &m.Sentence, false}, {"target", &m.Target, true}} {
		want := FeatureNames(h.target)
		if !slices.Equal(h.head.Names, want) || len(h.head.Weights) != len(want) {
			return fmt.Errorf("model's %s head has features %v, want %v: retrain with make train", h.name, h.head.Names, want)
		}
		if !(h.head.Low < h.head.High) {
			return fmt.Errorf("model's %s head has bad boundaries (low %g, high %g)", h.name, h.head.Low, h.head.High)
		}
	}
	return nil
}

// MarshalModel writes a model as indented JSON with sorted keys, the same
// bytes for the same model.
func MarshalModel(m *Model) ([]byte, error) {
	b, err := json.MarshalIndent(m, "", " ")
	if err != nil {
		return nil, fmt.Errorf("tone: write model: %w", err)
	}
	return append(b, '\n'), nil
}
