// Command portray-gen makes article corpora for speed and scale tests of
// portray: N articles, or as many as fit in a size, picked at random from a
// folder of articles, or K copies of a folder, every article distinct.
// See "portray-gen -h" and package corpus.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
