// Package input finds, reads and cleans the articles a batch analyses.
//
// Walk lists the files under the paths given, in a fixed order; ReadFile
// reads one into Inputs (one per article: a text, Markdown or HTML file
// holds one, a JSON-lines feed one per line); Clean strips page
// boilerplate from an article's text and splits it into Paragraphs.
//
// Reading never stops a batch: a file that is not read comes back as an
// Input with status skipped or failed and a reason a person can act on;
// only a failure of the reader itself is an error. All text handed on is
// valid UTF-8 with "\n" line ends and no control characters but tabs.
//
// The package knows nothing of quotations, people or tone, and imports no
// other package of portray.
package input
