// Command portray reads a folder of news articles and shows, with numbers
// and charts, how each political leader is portrayed: what each one says
// and how the text speaks about them. See "portray help".
package main

import (
	"context"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
