// Package report turns analysis results into the files people open: row
// level CSVs streamed as articles finish, aggregate tables built as Gota
// data frames, and charts drawn with gonum/plot.
//
// Every file of a run is first written into a temporary folder inside the
// output folder and moved into place only when the whole run has succeeded,
// so a failed run never leaves a half-written file behind.
//
// CSV conventions: UTF-8, RFC 4180 quoting, a header row, fixed decimal
// places, an empty cell (never "NaN") for a missing value, and text cells
// that begin with = + - @ prefixed with an apostrophe so that no spreadsheet
// runs them as formulas.
package report
