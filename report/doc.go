// Package report turns analysis results into the files people open: row
// level CSVs streamed as articles finish, aggregate tables built, filtered
// and sorted as Gota data frames of typed columns, charts drawn with
// gonum/plot, and a page that embeds the charts. Its one entry point is a
// Writer: NewWriter, Add and AddInput per input, then CloseContext.
//
// Every file of a run is first written into a temporary folder inside the
// output folder and moved into place only when the whole run has succeeded,
// so a failed run never leaves a half-written file behind.
//
// CSV conventions: UTF-8, RFC 4180 quoting, a header row, fixed decimal
// places, an empty cell (never "NaN") for a missing value, and text cells
// that begin with = + - @ prefixed with an apostrophe so that no spreadsheet
// runs them as formulas. Every CSV file, streamed or from a frame, goes
// through one writer (table) and so through one formula guard.
//
// Every stage of the end of a run (tables, per-article intervals, charts)
// runs on the pool package with Options.Workers goroutines; the files do
// not depend on that number.
package report
