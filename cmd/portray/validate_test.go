package main

import (
	"math"
	"os"
	"strings"
	"testing"
)

func TestAlphaOrdinal(t *testing.T) {
	for _, c := range []struct {
		name string
		a, b []int
		want float64
	}{
		{"perfect", []int{0, 1, 2, 2}, []int{0, 1, 2, 2}, 1},
		// n = 8, n_c = 2,3,3; one neutral/positive disagreement: D_o = 2·9 = 18,
		// D_e = 2·(2·3·6.25 + 2·3·30.25 + 3·3·9) = 600; α = 1 − 7·18/600.
		{"one off by one", []int{0, 1, 2, 2}, []int{0, 1, 2, 1}, 0.79},
		// Opposite ends every time: D_o = 2·2·4 = 16, D_e = 2·2·2·4 = 32; α = 1 − 3·16/32.
		{"opposed", []int{0, 2}, []int{2, 0}, -0.5},
		{"all one class", []int{1, 1, 1}, []int{1, 1, 1}, 1},
	} {
		if got := alphaOrdinal(c.a, c.b); math.Abs(got-c.want) > 1e-12 {
			t.Errorf("%s: alpha %.6f, want %.6f", c.name, got, c.want)
		}
	}
}

func TestConfusion(t *testing.T) {
	human := []int{0, 0, 1, 2}
	tool := []int{0, 1, 1, 2}
	m := confusion(human, tool)
	if m != [3][3]int{{1, 1, 0}, {0, 1, 0}, {0, 0, 1}} {
		t.Errorf("confusion %v", m)
	}
}

func TestReadCoded(t *testing.T) {
	rows, err := readCoded(strings.NewReader("Text,Score,target\n\"Good, really.\",1.2,\nBad.,-0.7,Ann Lee\nSo-so.,0.1,\n"), 0.5)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 || rows[0].class != 2 || rows[1].class != 0 || rows[2].class != 1 || rows[1].target != "Ann Lee" || !rows[0].hasScore {
		t.Errorf("rows %+v", rows)
	}
	for _, bad := range []string{"text\nx\n", "label\npositive\n", "text,label\nx,great\n", "text,score\nx,abc\n", "text,label\n"} {
		if _, err := readCoded(strings.NewReader(bad), 0.5); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func TestValidateCommand(t *testing.T) {
	dir := t.TempDir()
	path := dir + "/coded.csv"
	data := "text,label,target\nThe summit was a great success.,positive,\nCritics slammed Varga for the failure.,negative,Elena Varga\nThe meeting is on Tuesday.,neutral,\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb strings.Builder
	if code := run(t.Context(), []string{"validate", path}, strings.NewReader(""), &out, &errb); code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for _, want := range []string{"rows 3", "macro_f1 ", "krippendorff_alpha_ordinal ", "confusion (rows: human, columns: tool)", "best_cut_low ", "best_cut_high ", "macro_f1_best_cuts "} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if code := run(t.Context(), []string{"validate"}, strings.NewReader(""), &out, &errb); code != exitFatal {
		t.Errorf("no file: exit %d, want %d", code, exitFatal)
	}
}

// TestBestCuts checks that a coding with a wider neutral band than the
// tool's gets cut points that widen it, and that they reproduce the coding.
func TestBestCuts(t *testing.T) {
	tool := []float64{-0.3, -0.08, -0.02, 0, 0.07, 0.4}
	human := []int{0, 1, 1, 1, 1, 2}
	low, high, f1 := bestCuts(human, tool)
	if !(low > -0.3 && low < -0.08 && high > 0.07 && high < 0.4) {
		t.Errorf("cuts %.3f, %.3f: want low in (-0.3, -0.08), high in (0.07, 0.4)", low, high)
	}
	if f1 != 1 {
		t.Errorf("macro-F1 with the best cuts %.3f, want 1", f1)
	}
}
