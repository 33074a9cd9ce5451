package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"portray/analyze/tone"
)

// TestBatchBrokenModel runs a batch whose Naive Bayes model cannot be read:
// one fatal error that names the model (exit 2) before any article is
// analysed, not every article failed; the outputs of an earlier run are
// left as they were, and a new output folder is taken away again.
func TestBatchBrokenModel(t *testing.T) {
	earlier := t.TempDir()
	if code, _, stderr := runBatchIn(t, "-o", earlier, articles); code != exitOK {
		t.Fatalf("earlier run: exit %d: %s", code, stderr)
	}
	before := readAll(t, earlier)
	for _, out := range []string{earlier, filepath.Join(t.TempDir(), "out")} {
		var stdout, stderr bytes.Buffer
		c, err := parseBatch([]string{"-o", out, articles}, &stderr)
		if err != nil {
			t.Fatal(err)
		}
		c.tone = []tone.Option{tone.WithNaiveBayes([]byte(`{"en":{"words":{"peace":{"Count":[1,`))}
		code := c.run(context.Background(), &stdout, &stderr)
		want := "portray: tone: load naive bayes model: unexpected end of JSON input (the tone models are built into portray: rebuild or reinstall it)\n"
		if code != exitFatal || stderr.String() != want || stdout.Len() != 0 {
			t.Errorf("-o %s: exit %d, stdout %q, stderr %q; want exit %d and only\n%s", out, code, stdout.String(), stderr.String(), exitFatal, want)
		}
		if out == earlier {
			after := readAll(t, out)
			if len(after) != len(before) {
				t.Errorf("the folder holds %d entries, the earlier run left %d", len(after), len(before))
			}
			for name, data := range before {
				if !bytes.Equal(data, after[name]) {
					t.Errorf("%s changed", name)
				}
			}
		} else if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("the output folder the run created is still there: %v", err)
		}
	}
}
