package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBatchNoArticle checks that a run that analyses no article exits 1,
// says why, and leaves the previous outputs as they were.
func TestBatchNoArticle(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  string // in stderr
	}{
		{"empty folder", nil, "no article analysed (0 skipped, 0 failed)"},
		{"only unread files", map[string]string{"a.docx": "x", "b.pdf": "y"}, "no article analysed (2 skipped, 0 failed)"},
		{"only failing files", map[string]string{"a.txt": "", "b.md": "\n\n"}, "no article analysed (0 skipped, 2 failed)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := t.TempDir()
			for name, body := range tc.files {
				if err := os.WriteFile(filepath.Join(in, name), []byte(body), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			out := filepath.Join(t.TempDir(), "out")
			if code, _, stderr := runBatchIn(t, "-o", out, articles); code != exitOK {
				t.Fatalf("first run: exit %d: %s", code, stderr)
			}
			before := readAll(t, out)
			code, stdout, stderr := runBatchIn(t, "-o", out, in)
			if code != exitInputs {
				t.Errorf("exit %d, want %d", code, exitInputs)
			}
			if !strings.Contains(stderr, tc.want) || !strings.Contains(stderr, "previous results") {
				t.Errorf("stderr %q does not say %q and that the previous results are kept", stderr, tc.want)
			}
			if strings.Contains(stdout, "results in") {
				t.Errorf("stdout claims results: %q", stdout)
			}
			after := readAll(t, out)
			if len(after) != len(before) {
				t.Errorf("%d files before, %d after", len(before), len(after))
			}
			for name, b := range before {
				if string(after[name]) != string(b) {
					t.Errorf("%s changed", name)
				}
			}
			// Into a new folder: none is left behind.
			fresh := filepath.Join(t.TempDir(), "new")
			if code, _, _ := runBatchIn(t, "-o", fresh, in); code != exitInputs {
				t.Errorf("new folder: exit %d, want %d", code, exitInputs)
			}
			if _, err := os.Stat(fresh); !os.IsNotExist(err) {
				t.Errorf("new output folder left behind: %v", err)
			}
		})
	}
}
