package main

import (
	"flag"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestParseAnywhere checks that flags are taken wherever they stand among
// the operands, and that "--" ends them.
func TestParseAnywhere(t *testing.T) {
	for _, tc := range []struct {
		args     []string
		out      string
		j        int
		operands []string
	}{
		{[]string{"news", "-o", "res"}, "res", 0, []string{"news"}},
		{[]string{"-o", "res", "news"}, "res", 0, []string{"news"}},
		{[]string{"a", "-j", "3", "b", "--o=res", "c"}, "res", 3, []string{"a", "b", "c"}},
		{[]string{"a", "--", "-o", "b"}, "", 0, []string{"a", "-o", "b"}},
		{[]string{"-", "-j", "2"}, "", 2, []string{"-"}},
		{nil, "", 0, nil},
	} {
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		out := fs.String("o", "", "")
		j := fs.Int("j", 0, "")
		got, err := parseAnywhere(fs, tc.args)
		if err != nil {
			t.Errorf("%q: %v", tc.args, err)
			continue
		}
		if *out != tc.out || *j != tc.j || !reflect.DeepEqual(got, tc.operands) {
			t.Errorf("%q: -o %q -j %d operands %q, want -o %q -j %d operands %q", tc.args, *out, *j, got, tc.out, tc.j, tc.operands)
		}
	}
}

// TestFlagsAfterOperands runs each command with its flags after the
// operand, as people type them.
func TestFlagsAfterOperands(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "res")
	code, _, stderr := runBatchIn(t, articles, "-o", out, "-j", "2")
	if code != exitOK {
		t.Fatalf("batch PATH -o OUT: exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "articles.csv")); err != nil {
		t.Errorf("batch PATH -o OUT wrote no articles.csv in OUT: %v", err)
	}
	lines := filepath.Join(dir, "lines.txt")
	if err := os.WriteFile(lines, []byte(`{"text":"A fine day."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var so, se strings.Builder
	if code := run(t.Context(), []string{"score", lines, "--jsonl"}, strings.NewReader(""), &so, &se); code != exitOK {
		t.Fatalf("score FILE --jsonl: exit %d: %s", code, se.String())
	}
	if !strings.Contains(so.String(), "\n1,,") {
		t.Errorf("score FILE --jsonl did not read JSON lines:\n%s", so.String())
	}
	coded := filepath.Join(dir, "coded.csv")
	if err := os.WriteFile(coded, []byte("text,score\nA wonderful success.,0.8\nA terrible disaster.,-0.9\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	so.Reset()
	se.Reset()
	if code := run(t.Context(), []string{"validate", coded, "--cut", "0.1"}, strings.NewReader(""), &so, &se); code != exitOK {
		t.Fatalf("validate FILE --cut: exit %d: %s", code, se.String())
	}
}
