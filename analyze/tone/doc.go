// Package tone scores the tone of news text on one scale, -1 (negative) to
// +1 (positive), with a label: negative below -Threshold, positive above
// +Threshold, neutral between.
//
// Each signal is kept so a reader can see where a number comes from:
//
//   - NB: the Naive Bayes model of github.com/cdipaolo/sentiment (trained on
//     movie reviews) read as a graded log-odds rather than its 0/1 class;
//   - VADER: the lexicon and rules of VADER through github.com/jonreiter/govader,
//     scored sentence by sentence;
//   - Tone: the combination of the two that the tables and charts use.
//
// A Scorer is safe for concurrent use.
package tone
