// Package quote finds the quotations of a paragraph: it pairs opening and
// closing quotation marks (curly, straight, angle; nested; mistyped) and
// tells them from apostrophes, returning the span of each top-level
// quotation's marks and words (Find, Span).
//
// It says nothing about who is quoted or whether quoted words are speech;
// that is attribution's job. It reads only the text it is given, with a
// few words of its own and the reporting verbs of package nlp.
package quote
