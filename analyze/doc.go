// Package analyze turns news articles into facts: it runs the stages of
// the analysis, each a package of its own, on one article at a time.
//
//	input.Clean      text -> paragraphs, boilerplate removed
//	attrib.Attribute paragraphs -> quotations, speakers, mentions, people
//	                 (quote.Find pairs the marks; people keeps the persons)
//	tone.Session     sentences, quotations, mentions -> tone
//
// Analyzer.Analyze wires them: an input.Article in, a Result out. Reading
// files into articles is package input's (Walk, ReadFile), before this.
//
// Nothing here draws charts or writes CSV files; that is package report.
// Nothing here prints or exits: every failure is returned as an error that
// names the file it concerns.
package analyze
