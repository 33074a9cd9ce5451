// Command portray reads a folder of news articles and shows, with numbers
// and charts, how each political leader is portrayed: what each one says
// and how the text speaks about them. See "portray help".
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	// The first Ctrl-C (or SIGTERM) cancels the run, which then stops
	// cleanly and leaves the previous outputs as they were; a second one
	// ends the program at once.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop()
	}()
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
