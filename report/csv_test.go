package report

import (
	"bytes"
	"encoding/csv"
	"io"
	"math"
	"strings"
	"testing"

	"github.com/go-gota/gota/dataframe"
	"github.com/go-gota/gota/series"
)

// guarded is a text cell as the formula guard leaves it.
func guarded(s string) string {
	if s != "" && isFormulaStart(s[0]) {
		return "'" + s
	}
	return s
}

// TestTableMatchesEncodingCSV checks that a table writes, byte for byte,
// what encoding/csv writes for the same cells, guarded on the text
// columns: quoting, doubled quotation marks, line breaks, leading white
// space, `\.`, formula starts, numbers and the byte-order mark.
func TestTableMatchesEncodingCSV(t *testing.T) {
	fields := []string{
		"", "plain", "a,b", `say "hi"`, "line\nbreak", "cr\rhere", " leading", "\tTab", "\u00a0nbsp", "\u2003em space",
		`\.`, `\.x`, "=SUM(A1)", "+1", "-2", "@x", "'quoted", "trailing ", "naïve", "\"", ",", "x\"", "=a,b", "-\"q\"",
		"\xff\xfe", "über", "\u0085next",
	}
	cs := cols(textCols("text"), numCols("number"))
	for _, excel := range []bool{false, true} {
		var got, want bytes.Buffer
		tb, err := newTable(&got, excel, cs)
		if err != nil {
			t.Fatal(err)
		}
		if excel {
			want.WriteString("\ufeff")
		}
		ref := csv.NewWriter(&want)
		ref.Write([]string{"text", "number"})
		for _, f := range fields {
			if err := tb.row(f, f); err != nil {
				t.Fatal(err)
			}
			ref.Write([]string{guarded(f), f})
		}
		for _, x := range []float64{0, -0.0004, 0.0004, -1.23456, 12345.6789, math.NaN(), math.Inf(1), -0.5} {
			tb.str("n").num(x, 3)
			if err := tb.end(); err != nil {
				t.Fatal(err)
			}
			ref.Write([]string{"n", num(x, 3)})
			tb.int(-7).int(42)
			if err := tb.end(); err != nil {
				t.Fatal(err)
			}
			ref.Write([]string{"'-7", "42"})
		}
		if err := tb.flush(); err != nil {
			t.Fatal(err)
		}
		ref.Flush()
		if got.String() != want.String() {
			gl, wl := strings.Split(got.String(), "\n"), strings.Split(want.String(), "\n")
			for i := range min(len(gl), len(wl)) {
				if gl[i] != wl[i] {
					t.Fatalf("excel %v, line %d:\n got %q\nwant %q", excel, i+1, gl[i], wl[i])
				}
			}
			t.Fatalf("excel %v: %d lines, want %d", excel, len(gl), len(wl))
		}
	}
}

// TestTableCellCount checks that a row with too few or too many cells is
// refused and that the next row starts clean.
func TestTableCellCount(t *testing.T) {
	var b bytes.Buffer
	tb, err := newTable(&b, false, numCols("a", "b"))
	if err != nil {
		t.Fatal(err)
	}
	if err := tb.row("1"); err == nil {
		t.Error("one cell for two columns: no error")
	}
	if err := tb.row("1", "2", "3"); err == nil {
		t.Error("three cells for two columns: no error")
	}
	if err := tb.row("1", "2"); err != nil {
		t.Fatal(err)
	}
	tb.flush()
	if b.String() != "a,b\n1,2\n" {
		t.Errorf("wrote %q", b.String())
	}
}

// TestFormulaGuard checks the report's one formula guard: a text cell
// that begins with = + - @, a tab or a carriage return gets a leading
// apostrophe, in a streamed row and in a frame alike, and a number is
// never touched.
func TestFormulaGuard(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain", "plain"},
		{"=SUM(A1:A9)", "'=SUM(A1:A9)"},
		{"+1 555", "'+1 555"},
		{"-2 dead", "'-2 dead"},
		{"@everyone", "'@everyone"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"=a,b", "'=a,b"},
		{"a = b", "a = b"},
		{" =1", " =1"},
		{"'quoted", "'quoted"},
		{"“=HYPERLINK(...)”", "“=HYPERLINK(...)”"},
	}
	write := map[string]func(w io.Writer, text string) error{
		"row": func(w io.Writer, text string) error {
			tb, err := newTable(w, false, cols(textCols("text"), numCols("number")))
			if err != nil {
				return err
			}
			if err := tb.str(text).num(-0.5, 3).end(); err != nil {
				return err
			}
			return tb.flush()
		},
		"frame": func(w io.Writer, text string) error {
			return writeFrame(w, false, dataframe.New(series.New([]string{text}, series.String, "text"),
				series.New([]float64{-0.5}, series.Float, "number")))
		},
	}
	for _, tt := range tests {
		for how, f := range write {
			var b bytes.Buffer
			if err := f(&b, tt.in); err != nil {
				t.Fatalf("%s %q: %v", how, tt.in, err)
			}
			rows, err := csv.NewReader(&b).ReadAll()
			if err != nil {
				t.Fatalf("%s %q: %v", how, tt.in, err)
			}
			if got := rows[1]; got[0] != tt.want || got[1] != "-0.500" {
				t.Errorf("%s %q: cells %q, want %q and -0.500", how, tt.in, got, tt.want)
			}
		}
	}
}

func TestNumAndWordCount(t *testing.T) {
	for _, c := range []struct {
		f    float64
		dec  int
		want string
	}{{-0.0004, 3, "0.000"}, {-0.0005, 3, "-0.001"}, {0.5, 0, "0"}, {-0.4, 0, "0"}, {-1.5, 1, "-1.5"}, {math.NaN(), 2, ""}} {
		if got := num(c.f, c.dec); got != c.want {
			t.Errorf("num(%v, %d) = %q, want %q", c.f, c.dec, got, c.want)
		}
	}
	for _, s := range []string{"", "  ", "one", " two  words ", "tab\tand\nline", "nb\u00a0sp", "\xffbad utf8 \xfe"} {
		if got, want := wordCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", s, got, want)
		}
	}
}
