// Package tone scores the tone of news text on one scale, -1 (negative) to
// +1 (positive), with a label: negative at or below -Threshold, positive at
// or above +Threshold, neutral between. Threshold is 0.05.
//
// Two kinds of score share the scale:
//
//   - Score: the tone of a text (a sentence, quote, paragraph, article),
//     read sentence by sentence and averaged by length;
//   - ScoreToward and ScoreTowardName: the tone toward one person, read
//     from the clause and sentence around each mention, so that "Putin
//     praised Trump while attacking Zelensky" is positive toward Trump and
//     negative toward Zelensky.
//
// Each signal is kept so a reader can see where a number comes from:
//
//   - NB: the Naive Bayes model of github.com/cdipaolo/sentiment (trained on
//     movie reviews) read as a graded log-odds rather than its 0/1 class;
//   - Vader: VADER through github.com/jonreiter/govader, sentence by
//     sentence, with whitespace and apostrophes normalised;
//   - Lex: a news lexicon learned from NYT editorial sentences and NewsMTSC
//     (ridge regression), read with negation ("not good": a negated word
//     weighs -0.74), contrast (words after "but" weigh 1.5, before 0.5) and
//     names left out (a capitalised word inside a sentence is no evidence);
//   - Tone: a linear combination learned from the same data (least squares
//     for a text's tone, ordinal logistic regression for the tone toward a
//     person; see package train), with its label boundaries chosen for
//     macro-F1;
//   - Terms: the words that moved the score most, with their weights.
//
// The weights are in weights.json, embedded in the binary and written by
// cmd/portray-train ("make train EVAL=DIR" reproduces them bit for bit).
// A Scorer is safe for concurrent use.
package tone
