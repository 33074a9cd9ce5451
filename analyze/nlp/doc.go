// Package nlp is portray's one definition of the units of text: spans,
// tokens (words and punctuation marks), sentences, and the word lists more
// than one stage reads (titles, reporting verbs, sentence starters).
//
// Every stage takes its units from here: cleaning and attribution in
// analyze, the tone scorer, the trainer that fits the tone model, and the
// report's framing of reporting verbs. A model trained on units other than
// the ones it scores is quietly wrong, so there is no second splitter or
// tokeniser anywhere else.
//
// Text is UTF-8. Offsets are byte offsets, spans half-open.
package nlp
