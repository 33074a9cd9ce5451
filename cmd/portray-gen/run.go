package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"portray/cmd/portray-gen/corpus"
)

const help = `Usage: portray-gen -o DIR [-n N] [--size SIZE] [--seed S] [SRC...]
       portray-gen -o DIR --copies K SRC

Makes a corpus for speed and scale tests of portray, in DIR (which must be
empty or not exist yet).

With -n or --size, writes N articles, or as many as fit in SIZE (1GB,
500MB, 64MiB...), each a copy of an article picked at random from SRC
(default testdata/articles; a JSON-lines feed gives one article per line)
with a line of its own added, "(generated article 123, seed 1)", so no
two are the same. The same seed gives the same corpus. Files go a thousand
to a folder: DIR/0000/0000001-alaska-summit.txt.

With --copies, writes K copies of every file under SRC, keeping its folders:
copy 3 of sub/a.txt is DIR/sub/c3-a.txt, with the line "(corpus copy 3 of
K)" added to each article.

Only the sources are held in memory; articles are written one by one.

Examples:
  portray-gen -o /tmp/big-corpus --size 1GB
  portray-gen -o /tmp/c8 --copies 8 ../shared/eval/polnear/train/text
`

// Exit codes.
const (
	exitOK    = 0
	exitFatal = 2
)

// run is the whole program: it parses args, writes the corpus, prints what
// it wrote and returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("portray-gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, help, "\nOptions:\n")
		fs.PrintDefaults()
	}
	out := fs.String("o", "", "output `DIR` (required; empty or new)")
	n := fs.Int("n", 0, "number of articles to generate")
	size := fs.String("size", "", "stop before the total size goes beyond `SIZE` (1GB, 500MB, 64MiB)")
	seed := fs.Uint64("seed", 1, "seed for picking the sources")
	copies := fs.Int("copies", 0, "write `K` copies of SRC instead of generating")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitFatal
	}
	srcs := fs.Args()
	fail := func(err error) int {
		fmt.Fprintln(stderr, "portray-gen:", err)
		return exitFatal
	}
	if *out == "" {
		fs.Usage()
		return fail(errors.New("no output folder: give -o DIR"))
	}
	var st corpus.Stats
	var err error
	if *copies > 0 {
		if len(srcs) != 1 || *n != 0 || *size != "" {
			return fail(errors.New("--copies takes one SRC folder and neither -n nor --size"))
		}
		st, err = corpus.Copy(*out, srcs[0], *copies)
	} else {
		opt := corpus.Options{Articles: *n, Seed: *seed}
		if *size != "" {
			if opt.Size, err = corpus.ParseSize(*size); err != nil {
				return fail(err)
			}
		}
		if opt.Articles < 0 || opt.Articles == 0 && opt.Size == 0 {
			return fail(errors.New("give -n N (at least 1), --size SIZE or --copies K"))
		}
		if len(srcs) == 0 {
			srcs = []string{"testdata/articles"}
		}
		var sources []corpus.Source
		if sources, err = corpus.LoadSources(srcs); err == nil {
			st, err = corpus.Generate(*out, sources, opt)
		}
	}
	if err != nil {
		return fail(err)
	}
	fmt.Fprintf(stdout, "wrote %d files, %.1f MB, in %s\n", st.Files, float64(st.Bytes)/1e6, *out)
	return exitOK
}
