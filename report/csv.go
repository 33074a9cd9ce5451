package report

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/go-gota/gota/dataframe"
	"github.com/go-gota/gota/series"
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

// table is the one CSV writer of the report: every file, the row files
// streamed as articles are added and the aggregate frames (writeFrame),
// goes through it and so through its formula guard (appendField).
//
// It writes one CSV file row by row, in the format of encoding/csv
// (comma-separated, LF line ends, a field quoted when it holds a comma, a
// quotation mark or a line break, or begins with white space). A row is
// built cell by cell in one buffer (str, int, num, then end), so numbers
// and texts are appended where they go without a string of their own.
type table struct {
	cols []column
	w    *bufio.Writer
	buf  []byte // the row being built
	n    int    // cells in it

	scratch []byte // a cell built before it is appended
}

func newTable(w io.Writer, excel bool, cs []column) (*table, error) {
	bw, ok := w.(*bufio.Writer)
	if !ok {
		bw = bufio.NewWriter(w)
	}
	if excel {
		if _, err := bw.WriteString("\ufeff"); err != nil {
			return nil, err
		}
	}
	t := &table{cols: cs, w: bw}
	for _, c := range cs {
		t.buf = appendField(t.comma(), c.name, false)
		t.n++
	}
	return t, t.end()
}

// comma starts the next cell: the buffer with a comma unless the cell is
// the row's first.
func (t *table) comma() []byte {
	if t.n > 0 {
		return append(t.buf, ',')
	}
	return t.buf
}

// text reports whether the next cell's column holds free text.
func (t *table) text() bool {
	return t.n < len(t.cols) && t.cols[t.n].text
}

// str appends a cell.
func (t *table) str(s string) *table {
	t.buf = appendField(t.comma(), s, t.text())
	t.n++
	return t
}

// int appends an integer cell.
func (t *table) int(v int) *table {
	var b [24]byte
	t.buf = appendField(t.comma(), strconv.AppendInt(b[:0], int64(v), 10), t.text())
	t.n++
	return t
}

// num appends a number with fixed decimals (see num).
func (t *table) num(f float64, decimals int) *table {
	var b [40]byte
	t.buf = appendField(t.comma(), appendNum(b[:0], f, decimals), t.text())
	t.n++
	return t
}

// end writes the row built since the last end; it must have one cell per
// column.
func (t *table) end() error {
	t.buf = append(t.buf, '\n')
	n := t.n
	row := t.buf
	t.buf, t.n = t.buf[:0], 0
	if n != len(t.cols) {
		return fmt.Errorf("row has %d cells for %d columns", n, len(t.cols))
	}
	_, err := t.w.Write(row)
	return err
}

// row writes one row of cells; it must have one cell per column.
func (t *table) row(cells ...string) error {
	for _, c := range cells {
		t.str(c)
	}
	return t.end()
}

func (t *table) flush() error {
	return t.w.Flush()
}

// frameDecimals is how many decimals a frame's Float cells get.
const frameDecimals = 3

// writeFrame writes a Gota frame as a CSV file: its String columns are
// free text, its Int and Float columns numbers (Float with frameDecimals
// decimals, a missing value as an empty cell). Gota's own WriteCSV is not
// used: it writes every float with six decimals and a missing one as
// "NaN", and guards no formula (TestGotaWriteCSV).
func writeFrame(w io.Writer, excel bool, df dataframe.DataFrame) error {
	t, err := newFrameTable(w, excel, df)
	if err != nil {
		return err
	}
	if err := t.frame(df); err != nil {
		return err
	}
	return t.flush()
}

// newFrameTable starts a table with df's columns: the header row, and
// which columns hold text.
func newFrameTable(w io.Writer, excel bool, df dataframe.DataFrame) (*table, error) {
	if df.Err != nil {
		return nil, df.Err
	}
	names, types := df.Names(), df.Types()
	cs := make([]column, len(names))
	for i, name := range names {
		cs[i] = column{name: name, text: types[i] == series.String}
	}
	return newTable(w, excel, cs)
}

// frame writes the rows of df, whose columns must be the table's. Cells
// are read in place (df.Elem), as a Float, an Int or a text by the
// column's type.
func (t *table) frame(df dataframe.DataFrame) error {
	if df.Err != nil {
		return df.Err
	}
	names, types := df.Names(), df.Types()
	if len(names) != len(t.cols) {
		return fmt.Errorf("frame has %d columns for %d", len(names), len(t.cols))
	}
	for i, c := range t.cols {
		switch {
		case names[i] != c.name:
			return fmt.Errorf("frame column %d is %s, want %s", i+1, names[i], c.name)
		case types[i] != series.String && types[i] != series.Int && types[i] != series.Float:
			return fmt.Errorf("column %s: type %s", c.name, types[i])
		case c.text != (types[i] == series.String):
			return fmt.Errorf("column %s: type %s in a table column of the other kind", c.name, types[i])
		}
	}
	for r := range df.Nrow() {
		for i, typ := range types {
			e := df.Elem(r, i)
			switch typ {
			case series.String:
				t.str(e.String())
			case series.Int:
				v, err := e.Int()
				if err != nil {
					return fmt.Errorf("column %s, row %d: %w", names[i], r+1, err)
				}
				t.int(v)
			default:
				t.num(e.Float(), frameDecimals)
			}
		}
		if err := t.end(); err != nil {
			return err
		}
	}
	return nil
}

// appendField appends one field to dst as encoding/csv writes it. A free
// text field that begins like a formula (isFormulaStart) gets a leading
// apostrophe: this is the formula guard of every CSV the report writes.
func appendField[T ~string | ~[]byte](dst []byte, s T, text bool) []byte {
	neutral := text && len(s) > 0 && isFormulaStart(s[0])
	quote := false
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == ',' || c == '"' || c == '\n' || c == '\r' {
			quote = true
			break
		}
	}
	if !quote && !neutral && len(s) > 0 {
		// encoding/csv also quotes `\.` and a field that begins with white space.
		if string(s) == `\.` {
			quote = true
		} else if c := s[0]; c < utf8.RuneSelf {
			quote = c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
		} else {
			r, _ := utf8.DecodeRuneInString(string(s[:min(len(s), utf8.UTFMax)]))
			quote = unicode.IsSpace(r)
		}
	}
	if !quote {
		if neutral {
			dst = append(dst, '\'')
		}
		return append(dst, s...)
	}
	dst = append(dst, '"')
	if neutral {
		dst = append(dst, '\'')
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '"' {
			dst = append(dst, '"')
		}
		dst = append(dst, s[i])
	}
	return append(dst, '"')
}

// isFormulaStart reports whether a text cell beginning with c could be
// run as a formula by a spreadsheet: = + - @, a tab or a carriage return.
// Such a cell is written with a leading apostrophe, so it is shown as text.
func isFormulaStart(c byte) bool {
	switch c {
	case '=', '+', '-', '@', '\t', '\r':
		return true
	}
	return false
}

// num formats a number with fixed decimals; NaN and infinities are empty.
func num(f float64, decimals int) string {
	return string(appendNum(nil, f, decimals))
}

// appendNum appends f with fixed decimals, without the sign of a value
// that rounds to zero (no "-0.000"); NaN and infinities append nothing.
func appendNum(dst []byte, f float64, decimals int) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return dst
	}
	start := len(dst)
	dst = strconv.AppendFloat(dst, f, 'f', decimals, 64)
	if dst[start] == '-' {
		zero := true
		for _, c := range dst[start+1:] {
			if c != '0' && c != '.' {
				zero = false
				break
			}
		}
		if zero {
			dst = append(dst[:start], dst[start+1:]...)
		}
	}
	return dst
}

func itoa(n int) string { return strconv.Itoa(n) }
