// Package vader scores text with VADER (Valence Aware Dictionary and
// sEntiment Reasoner) and reproduces, to the last bit, the scores of
// github.com/jonreiter/govader's (*SentimentIntensityAnalyzer).PolarityScores,
// quirks included, several times faster and without allocating in the
// common case.
//
// The data (lexicon, emoji descriptions, booster and dampener words,
// negations, special-case idioms) are taken from govader's exported values
// when an Analyzer is built; none is copied into this package. At build time
// every word that matters is given a small integer, with what it means
// (lexicon valence, booster value, negation, one of the few words the rules
// look at by name such as "no", "never" or "but", part of a multi-word
// idiom). Polarity then reads the text once: it splits it on single spaces,
// strips the punctuation around each token, lower-cases it once into a
// scratch buffer and looks it up once; the rules then run on those integers.
//
// Behaviours of govader kept on purpose, where it differs from the Python
// reference or from what one might expect:
//
//   - the text is split on single spaces only (tabs and newlines stay inside
//     tokens, two spaces make an empty token, which counts as neutral);
//   - an empty or all-white-space text scores as one neutral token
//     (Neutral 1);
//   - each emoji rune is replaced by its description, preceded by a space
//     unless it follows a space, but with no space after it; bytes that are
//     not valid UTF-8 become U+FFFD first;
//   - whether a preceding word is in the lexicon (which stops it from
//     boosting or negating) is looked up with its original case, and so is
//     the "least" check;
//   - only the ASCII apostrophe makes an "n't" negation (not ’);
//   - the sentiment-laden idioms ("cut the mustard", ...) are not used, as
//     in govader;
//   - "!" and "?" are counted after the emoji replacement, so an emoji whose
//     description has an exclamation mark adds emphasis.
//
// The arithmetic follows govader's operation by operation, so on an
// architecture where the compiler does not fuse multiply-adds (amd64 by
// default) the results are identical, not only close.
package vader
