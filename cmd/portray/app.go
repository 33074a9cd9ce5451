package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"portray/analyze/tone"
)

// Exit codes.
const (
	exitOK     = 0 // everything went fine: every input read (or skipped as not an article)
	exitInputs = 1 // the run finished but some inputs failed
	exitFatal  = 2 // usage error, or the run stopped: output folder not writable, a tone model unreadable, interrupted
)

// version and commit are set at build time with -ldflags "-X
// main.version=... -X main.commit=..." ("make build" does); without them
// the module version and commit recorded in the binary are used.
var version, commit = "", ""

// run is the whole program: it parses args, runs a command and returns the exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage())
		return exitFatal
	}
	var err error
	switch args[0] {
	case "batch":
		return runBatch(ctx, args[1:], stdout, stderr)
	case "score":
		err = runScore(args[1:], stdin, stdout, stderr)
	case "validate":
		err = runValidate(args[1:], stdout, stderr)
	case "version", "--version", "-version":
		fmt.Fprintln(stdout, "portray", thisBuild())
		return exitOK
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage())
		return exitOK
	default:
		fmt.Fprintf(stderr, "portray: unknown command %q\n\n%s", args[0], usage())
		return exitFatal
	}
	var partial *inputsFailed
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.As(err, &partial):
		fmt.Fprintln(stderr, "portray:", err)
		return exitInputs
	}
	fmt.Fprintln(stderr, "portray:", err)
	return exitFatal
}

// newScorer loads the tone models. They are built into the binary, so one
// that cannot be read is a broken build, which the error says.
func newScorer(opts ...tone.Option) (*tone.Scorer, error) {
	s, err := tone.New(opts...)
	if err != nil {
		return nil, fmt.Errorf("%w (the tone models are built into portray: rebuild or reinstall it)", err)
	}
	return s, nil
}
