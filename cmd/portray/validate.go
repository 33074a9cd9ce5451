package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"

	"portray/analyze/agree"
	"portray/analyze/input"
	"portray/analyze/nlp"
	"portray/analyze/tone"
)

// validateAbout is the text of "portray validate -h" between the usage
// line and the options.
const validateAbout = `Compares a hand-coded sample with the tool. CODED.csv (separated by
commas, semicolons or tabs) has a header and the columns text and label (negative, neutral, positive) or score (a number;
with both, label gives the classes), and optionally target (a person's
name: the row is then scored for the tone toward that person, as in
"portray score --jsonl"). Prints the number of rows, Pearson r between the
scores and the tool's tone (when there are scores), macro-F1 over the
three classes, Krippendorff's alpha for ordinal data over the three
classes (negative < neutral < positive; human and tool as two coders),
and the confusion matrix (rows: human, columns: tool).

Then, for a coding whose idea of neutral differs from the tool's, the cut
points on the tool's tone that would agree best with it (best_cut_low and
best_cut_high; the tool's own are -0.05 and +0.05) and the macro-F1 they
give. They are chosen on the sample itself, so that figure is optimistic:
check it on rows that were not used to choose them.

Without a label column, a score above +X is positive and below -X is
negative (X is --cut, default 0.5, as for the NYT ratings on -4..4).

Example:
  portray validate coded-sample.csv
`

// validateFlags returns the flag set of validate, filling cut.
func validateFlags(cut *float64, stderr io.Writer) *flag.FlagSet {
	fs := newFlags(commandValidate, stderr)
	fs.Float64Var(cut, "cut", 0.5, "score beyond ±`X` is positive or negative (without a label column)")
	return fs
}

// classes are the three labels in ordinal order.
var classes = [3]string{"negative", "neutral", "positive"}

func runValidate(args []string, stdout, stderr io.Writer) error {
	var cut float64
	fs := validateFlags(&cut, stderr)
	files, err := parseAnywhere(fs, args)
	if err != nil {
		return err
	}
	if len(files) != 1 {
		fs.Usage()
		return fmt.Errorf("validate: one CODED.csv file, got %d", len(files))
	}
	path := files[0]
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("validate: %w", err)
	}
	defer f.Close()
	rows, err := readCoded(f, cut)
	if err != nil {
		return fmt.Errorf("validate: read %s: %w", path, err)
	}
	scorer, err := newScorer()
	if err != nil {
		return err
	}
	tool := make([]float64, len(rows))
	toolClass := make([]int, len(rows))
	for i, r := range rows {
		var s tone.Scores
		if r.target != "" {
			s = scorer.ScoreTowardName(r.text, nlp.Sentences(r.text), r.target)
		} else {
			s = scorer.Score(sentencesOf(r.text)...)
		}
		tool[i], toolClass[i] = s.Tone, classIndex(s.Label)
	}
	human := make([]int, len(rows))
	var scores []float64
	for i, r := range rows {
		human[i] = r.class
		if r.hasScore {
			scores = append(scores, r.score)
		}
	}
	fmt.Fprintf(stdout, "rows %d\n", len(rows))
	if len(scores) == len(rows) {
		fmt.Fprintf(stdout, "pearson_r %.3f\n", agree.Pearson(scores, tool))
	}
	present := presentClasses(human, toolClass)
	if len(present) < len(classes) {
		var names []string
		for _, c := range present {
			names = append(names, classes[c])
		}
		fmt.Fprintf(stdout, "classes %s (macro-F1 is over these: a class neither the coding nor the tool gives is not scored)\n", strings.Join(names, ", "))
	}
	fmt.Fprintf(stdout, "macro_f1 %.3f\n", agree.MacroF1(human, toolClass, present...))
	fmt.Fprintf(stdout, "krippendorff_alpha_ordinal %.3f\n", alphaOrdinal(human, toolClass))
	m := confusion(human, toolClass)
	fmt.Fprintf(stdout, "confusion (rows: human, columns: tool)\n%-10s %9s %9s %9s\n", "", classes[0], classes[1], classes[2])
	for c := range classes {
		fmt.Fprintf(stdout, "%-10s %9d %9d %9d\n", classes[c], m[c][0], m[c][1], m[c][2])
	}
	low, high, f1 := bestCuts(human, tool)
	fmt.Fprintf(stdout, "best_cut_low %.3f\nbest_cut_high %.3f\nmacro_f1_best_cuts %.3f\n", low, high, f1)
	return nil
}

// bestCuts are the cut points on the tool's tones that agree best with
// the human classes (0, 1, 2), and the macro-F1 they give: at or below
// low is negative, at or above high positive.
func bestCuts(human []int, tool []float64) (low, high, f1 float64) {
	class := make([]int, len(human))
	for i, h := range human {
		class[i] = h - 1
	}
	low, high = agree.BestCuts(tool, class)
	pred := make([]int, len(tool))
	for i, t := range tool {
		switch {
		case t <= low:
			pred[i] = 0
		case t >= high:
			pred[i] = 2
		default:
			pred[i] = 1
		}
	}
	return low, high, agree.MacroF1(human, pred, presentClasses(human, pred)...)
}

// presentClasses are the classes (0, 1, 2) that the human coding or the
// tool gives at least once: a class absent from both has no F1 to count.
func presentClasses(human, tool []int) []int {
	var seen [3]bool
	for i := range human {
		seen[human[i]], seen[tool[i]] = true, true
	}
	var out []int
	for c, ok := range seen {
		if ok {
			out = append(out, c)
		}
	}
	return out
}

// codedRow is one hand-coded row.
type codedRow struct {
	text, target string
	class        int // 0 negative, 1 neutral, 2 positive
	score        float64
	hasScore     bool
}

// readCoded reads a coded CSV: text, and label or score, optional target.
func readCoded(r io.Reader, cut float64) ([]codedRow, error) {
	br := bufio.NewReader(r)
	peek, _ := br.Peek(64 << 10)
	cr := csv.NewReader(br)
	cr.Comma = input.SniffDelimiter(bytes.TrimPrefix(peek, []byte("\ufeff")), ',')
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("header: %w", err)
	}
	col := map[string]int{}
	for i, h := range head {
		k := strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		if _, dup := col[k]; !dup {
			col[k] = i
		}
	}
	found := func() string {
		var q []string
		for _, h := range head {
			q = append(q, strconv.Quote(strings.TrimPrefix(h, "\ufeff")))
		}
		return fmt.Sprintf("the header (line 1, split at %s) has %s", map[rune]string{',': "commas", ';': "semicolons", '\t': "tabs"}[cr.Comma], strings.Join(q, ", "))
	}
	ti, ok := col["text"]
	if !ok {
		return nil, fmt.Errorf("no text column: %s", found())
	}
	li, hasLabel := col["label"]
	si, hasScore := col["score"]
	gi, hasTarget := col["target"]
	if !hasLabel && !hasScore {
		return nil, fmt.Errorf("no label or score column: %s", found())
	}
	field := func(rec []string, i int) string {
		if i < len(rec) {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	var rows []codedRow
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		line, _ := cr.FieldPos(0) // the file's line, past quoted line breaks
		row := codedRow{text: field(rec, ti)}
		if hasTarget {
			row.target = field(rec, gi)
		}
		if hasScore {
			v, err := strconv.ParseFloat(field(rec, si), 64)
			if err != nil || math.IsNaN(v) {
				return nil, fmt.Errorf("line %d: score %q is not a number", line, field(rec, si))
			}
			row.score, row.hasScore = v, true
			row.class = 1
			if v > cut {
				row.class = 2
			} else if v < -cut {
				row.class = 0
			}
		}
		if hasLabel {
			c := parseClass(field(rec, li))
			if c < 0 {
				return nil, fmt.Errorf("line %d: label %q is not negative, neutral or positive", line, field(rec, li))
			}
			row.class = c
		}
		rows = append(rows, row)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("no rows")
	}
	return rows, nil
}

// parseClass reads a label: negative/neutral/positive, their first three
// letters, or -1/0/1. It returns -1 when the label is none of these.
func parseClass(s string) int {
	switch strings.ToLower(s) {
	case "negative", "neg", "-1":
		return 0
	case "neutral", "neu", "0":
		return 1
	case "positive", "pos", "1", "+1":
		return 2
	}
	return -1
}

// classIndex is the index in classes of a tone label.
func classIndex(label string) int {
	return max(0, parseClass(label))
}

// confusion counts rows by human class (first index) and tool class.
func confusion(human, tool []int) [3][3]int {
	var m [3][3]int
	for i := range human {
		m[human[i]][tool[i]]++
	}
	return m
}

// alphaOrdinal is Krippendorff's alpha for two coders with no missing
// values and the ordinal metric over the three classes: 1 - (n-1) Σ o_ck
// δ²_ck / Σ n_c n_k δ²_ck, where o is the coincidence matrix (each unit
// adds one to o[a][b] and one to o[b][a]), n_c its margins, n = 2 × units,
// and δ_ck = Σ_{g=c..k} n_g - (n_c + n_k)/2. It is 1 for perfect agreement,
// 0 for agreement at chance, and 1 too (by convention) when every value is
// the same class.
func alphaOrdinal(a, b []int) float64 {
	var o [3][3]float64
	for i := range a {
		o[a[i]][b[i]]++
		o[b[i]][a[i]]++
	}
	var nc [3]float64
	var n float64
	for c := 0; c < 3; c++ {
		for k := 0; k < 3; k++ {
			nc[c] += o[c][k]
		}
		n += nc[c]
	}
	delta2 := func(c, k int) float64 {
		if c > k {
			c, k = k, c
		}
		var s float64
		for g := c; g <= k; g++ {
			s += nc[g]
		}
		d := s - (nc[c]+nc[k])/2
		return d * d
	}
	var do, de float64
	for c := 0; c < 3; c++ {
		for k := 0; k < 3; k++ {
			d := delta2(c, k)
			do += o[c][k] * d
			de += nc[c] * nc[k] * d
		}
	}
	if de == 0 {
		return 1
	}
	return 1 - (n-1)*do/de
}
