// Package analyze turns news articles into facts: it reads article files,
// strips page boilerplate, splits paragraphs and sentences, finds quotations
// and the people who said them, and scores the tone of each piece of text.
//
// The pipeline is a chain of plain functions over plain structs:
//
//	Read (file -> []Article) -> Analyze (Article -> Result)
//
// Nothing here draws charts or writes CSV files; that is package report.
// Nothing here prints or exits: every failure is returned as an error that
// names the file it concerns.
package analyze
