package input

// Article is one news article as read from an input file, before analysis.
type Article struct {
	// ID names the article in every output row: the file's path under the
	// input folder with forward slashes, plus "#id" for a line of a JSON-lines feed.
	ID string
	// Format is the reader that produced the article: txt, md, html or jsonl.
	Format string
	// Title is the headline, when the input carries one.
	Title string
	// Source is the outlet, when the input carries one.
	Source string
	// Date is the publication date in ISO 8601 at the precision the input
	// gives (YYYY-MM-DD, YYYY-MM or YYYY); empty when the input gives none
	// or one that cannot be read.
	Date string
	// DateGiven is the date as the input gives it, read or not.
	DateGiven string
	// Byline names the author, when the input carries one.
	Byline string
	// URL is the article's address, when the input carries one.
	URL string
	// Text is the article body, paragraphs separated by newlines; boilerplate is still in it.
	Text string
}

// Status says what became of an input: it was analysed, skipped or failed.
type Status string

// The statuses an input can end with.
const (
	StatusOK      Status = "ok"
	StatusSkipped Status = "skipped"
	StatusFailed  Status = "failed"
)

// Input is one entry of the batch: an article ready for analysis, or a file
// (or JSON line) that was skipped or failed, with the reason.
type Input struct {
	// Article is the article to analyse; for skipped or failed inputs only ID is set.
	Article Article
	// Status is ok for an article to analyse, skipped or failed otherwise.
	Status Status
	// Reason explains a skipped or failed input; empty when Status is ok.
	Reason string
}
