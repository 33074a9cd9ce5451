// Command portray-bench times the whole portray batch on 1 and 8 copies of
// a folder of real news (PolNeAR train, from the labelled-data folder) and
// reference VADER (Python, NLTK) on the same 8 copies, and prints MB/s, the
// ratio of the two, and how time and peak memory grow from 1 copy to 8,
// against the targets. "make bench" runs it; see "portray-bench -h".
package main

import (
	"context"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
