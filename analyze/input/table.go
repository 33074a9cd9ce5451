package input

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/transform"
)

// readTable reads a CSV or TSV file of one article per row under a header
// row that names the columns (RFC 4180: fields may be quoted and hold
// commas, quotes doubled and line breaks). The delimiter is found from
// the header: a comma, a semicolon (as spreadsheets save in much of
// Europe) or a tab, whichever it holds most outside quotes; a tie goes to
// the extension's (tab for .tsv, comma otherwise). The columns of each
// part of an article are found by name (see mapFields).
//
// Each row becomes one input named "file#id" when there is an id column
// and the row's id is new, "file#row-N" otherwise (N counts the rows
// under the header); a row that cannot be read fails, saying why, at which
// row and line. A table whose header has no text column is one skipped
// input (one failed input when the column was named), whose reason lists
// the columns the header holds. Rows with every cell blank are ignored. The file is UTF-8
// (a byte-order mark is dropped), UTF-16 or UTF-32 with a mark; a byte
// that is not UTF-8 is read as Windows-1252. A row of more than max bytes
// fails.
func readTable(id, format string, r io.Reader, max int64, given FieldNames) ([]Input, error) {
	fail := func(reason string) []Input {
		return []Input{{Article: Article{ID: id, Format: format}, Status: StatusFailed, Reason: reason}}
	}
	br := bufio.NewReaderSize(r, 64<<10)
	head, err := br.Peek(64 << 10)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return nil, err
	}
	if dec, _ := unicodeDecoder(head); dec != nil {
		br = bufio.NewReaderSize(transform.NewReader(br, dec), 64<<10)
		if head, err = br.Peek(64 << 10); err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
			return nil, err
		}
	} else if bytes.IndexByte(head, 0) >= 0 {
		return fail("binary file (contains NUL bytes)"), nil
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(head, bomUTF8))) == 0 {
		return fail("empty file"), nil
	}
	if bytes.HasPrefix(head, bomUTF8) {
		br.Discard(len(bomUTF8))
		head = head[len(bomUTF8):]
	}
	fallback := ','
	if format == "tsv" {
		fallback = '\t'
	}
	comma := SniffDelimiter(head, fallback)
	cr := csv.NewReader(br)
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true // a bare quote inside an unquoted cell is kept as text
	cr.ReuseRecord = false
	header, err := cr.Read()
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return fail(fmt.Sprintf("header (line %d): %v", pe.Line, pe.Err)), nil
		}
		return nil, err
	}
	for i, h := range header {
		h, _, _ = decodeMixed([]byte(h))
		header[i] = oneLine(h)
	}
	m := mapFields(header, given)
	if m.at[FieldText] < 0 {
		// A table without a text column is not one of articles (a list of
		// photos, a code book): skipped, unless its text column was named.
		in := fail(m.missingText(given, "column"))
		if given[FieldText] == "" {
			in[0].Status = StatusSkipped
		}
		return in, nil
	}
	var out []Input
	seen := map[string]bool{}
	for row := 1; ; row++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		rowID := fmt.Sprintf("%s#row-%d", id, row)
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				return nil, err
			}
			out = append(out, Input{Article: Article{ID: rowID, Format: format}, Status: StatusFailed,
				Reason: fmt.Sprintf("row %d (line %d): %v", row, pe.StartLine, pe.Err)})
			continue
		}
		if blankRecord(rec) {
			row--
			continue
		}
		line, _ := cr.FieldPos(0)
		where := fmt.Sprintf("row %d (line %d)", row, line)
		size := 0
		for _, c := range rec {
			size += len(c)
		}
		if int64(size) > max {
			out = append(out, Input{Article: Article{ID: rowID, Format: format}, Status: StatusFailed,
				Reason: where + ": " + tooBigReason(int64(size), max)})
			continue
		}
		out = append(out, tableRow(rec, m, given, id, rowID, format, where, seen))
	}
	if len(out) == 0 {
		return fail(fmt.Sprintf("no rows under the header (columns: %s)", quotedList(header))), nil
	}
	settleDateOrder(out)
	return out, nil
}

// tableRow turns one row of a table into an input.
func tableRow(rec []string, m fieldMap, given FieldNames, id, rowID, format, where string, seen map[string]bool) Input {
	cell := func(f Field) string {
		i := m.at[f]
		if i < 0 || i >= len(rec) {
			return ""
		}
		s, _, _ := decodeMixed([]byte(rec[i]))
		return s
	}
	if v := oneLine(cell(FieldID)); v != "" {
		if len([]rune(v)) > maxIDLength {
			v = string([]rune(v)[:maxIDLength]) + "…"
		}
		if !seen[v] {
			rowID = id + "#" + v
		}
		seen[v] = true
	}
	date := oneLine(cell(FieldDate))
	a := Article{ID: rowID, Format: format, Title: oneLine(cell(FieldTitle)), Source: oneLine(cell(FieldSource)),
		Date: normDate(date), DateGiven: date, URL: oneLine(cell(FieldURL)), Byline: oneLine(cell(FieldByline))}
	failed := func(reason string) Input {
		return Input{Article: a, Status: StatusFailed, Reason: where + ": " + reason}
	}
	ti := m.at[FieldText]
	if ti >= len(rec) {
		return failed(fmt.Sprintf("the row has %d cells, and the text column %q is number %d", len(rec), m.names[ti], ti+1))
	}
	a.Text = normalizeText(cell(FieldText))
	in := checkText(a)
	if in.Status != StatusOK {
		in.Reason = fmt.Sprintf("%s: column %q is empty", where, m.names[ti])
	}
	return in
}

// blankRecord reports whether every cell of a row is blank.
func blankRecord(rec []string) bool {
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// SniffDelimiter picks the delimiter of a table from its first line: the
// one of comma, semicolon and tab found most often outside quotes, or
// fallback on a tie.
func SniffDelimiter(head []byte, fallback rune) rune {
	counts := map[rune]int{}
	quoted := false
	for _, c := range string(head) {
		if c == '"' {
			quoted = !quoted
		}
		if quoted {
			continue
		}
		if c == '\n' {
			break
		}
		counts[c]++
	}
	best := fallback
	for _, c := range []rune{',', ';', '\t'} {
		if counts[c] > counts[best] {
			best = c
		}
	}
	return best
}
