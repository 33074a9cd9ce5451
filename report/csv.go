package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// column describes one CSV column: its name and whether it holds free text
// (which is neutralised against formulas) or a number.
type column struct {
	name string
	text bool
}

func textCols(names ...string) []column {
	out := make([]column, len(names))
	for i, n := range names {
		out[i] = column{n, true}
	}
	return out
}

func numCols(names ...string) []column {
	out := make([]column, len(names))
	for i, n := range names {
		out[i] = column{n, false}
	}
	return out
}

func cols(parts ...[]column) []column {
	var out []column
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// table writes one CSV file row by row.
type table struct {
	cols []column
	w    *csv.Writer
}

func newTable(w io.Writer, excel bool, cs []column) (*table, error) {
	if excel {
		if _, err := io.WriteString(w, "\ufeff"); err != nil {
			return nil, err
		}
	}
	t := &table{cols: cs, w: csv.NewWriter(w)}
	head := make([]string, len(cs))
	for i, c := range cs {
		head[i] = c.name
	}
	return t, t.w.Write(head)
}

// row writes one row; it must have one cell per column.
func (t *table) row(cells ...string) error {
	if len(cells) != len(t.cols) {
		return fmt.Errorf("row has %d cells for %d columns", len(cells), len(t.cols))
	}
	for i, c := range t.cols {
		if c.text {
			cells[i] = Neutralise(cells[i])
		}
	}
	return t.w.Write(cells)
}

func (t *table) flush() error {
	t.w.Flush()
	return t.w.Error()
}

// Neutralise makes a text cell safe to open in a spreadsheet: a cell that
// begins with = + - @ (or a tab or carriage return) gets a leading
// apostrophe, so it is shown as text and never evaluated as a formula.
func Neutralise(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}

// num formats a number with fixed decimals; NaN and infinities are empty.
func num(f float64, decimals int) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return ""
	}
	s := strconv.FormatFloat(f, 'f', decimals, 64)
	if strings.Trim(s, "-0.") == "" {
		s = strings.TrimPrefix(s, "-") // no "-0.000"
	}
	return s
}

func itoa(n int) string { return strconv.Itoa(n) }
