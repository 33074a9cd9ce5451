// Package attrib reads who says what, and about whom, in an article's
// paragraphs: it gives each quotation a kind (direct, partial,
// continuation, term) and a speaker found by a named rule (Rule*), finds
// reported speech without quotation marks, and lists the references to
// people (names, surnames, roles, pronouns) with the text the tone toward
// each is read on.
//
// Attribute is its one entry point: paragraphs in (from package input),
// quotations, mentions and the article's people out, read in order, since a
// pronoun or a continued quotation refers back to what came before. The
// quotation marks come from package quote, the units of text from nlp, and
// the person registry from people. It scores no tone: the Tone fields of
// Quote and Mention are left for the pipeline (package analyze) to fill.
package attrib
