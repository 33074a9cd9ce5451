package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runIn runs portray with args and returns the exit code, stdout and stderr.
func runIn(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb strings.Builder
	code := run(t.Context(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// TestValidateInputs checks validate on the CSVs people save: separated
// by semicolons or tabs, with a header that lacks a column, and with a
// class that neither the coding nor the tool gives.
func TestValidateInputs(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name, data string
		code       int
		want       []string // in stdout, or in stderr for a failure
	}{
		{"semicolons", "text;label\nThe summit was a great success.;positive\nCritics slammed Varga for the failure.;negative\n", exitOK,
			[]string{"rows 2", "classes negative, positive", "macro_f1 1.000"}},
		{"tabs", "text\tlabel\nThe summit was a great success.\tpositive\nCritics slammed Varga for the failure.\tnegative\n", exitOK,
			[]string{"rows 2", "macro_f1 1.000"}},
		{"every class", "text,label\nThe summit was a great success.,positive\nCritics slammed Varga for the failure.,negative\nThe meeting is on Tuesday.,neutral\n", exitOK,
			[]string{"rows 3", "macro_f1 "}},
		{"no text column", "sentence;label\nGood.;positive\n", exitFatal,
			[]string{"coded.csv", "no text column", `split at semicolons) has "sentence", "label"`}},
		{"no label column", "text,stance\nGood.,pro\n", exitFatal,
			[]string{"coded.csv", "no label or score column", `"text", "stance"`}},
		{"bad label", "text,label\nGood.,great\n", exitFatal,
			[]string{"coded.csv", "line 2", `label "great"`}},
		{"bad score after a quoted line break", "text,score\n\"Two\nlines.\",1\nBad.,abc\n", exitFatal,
			[]string{"coded.csv", "line 4", `score "abc"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, "coded.csv")
			if err := os.WriteFile(path, []byte(tc.data), 0o644); err != nil {
				t.Fatal(err)
			}
			code, stdout, stderr := runIn(t, "", "validate", path)
			if code != tc.code {
				t.Fatalf("exit %d, want %d: %s", code, tc.code, stderr)
			}
			got := stdout
			if code != exitOK {
				got = stderr
			}
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("output lacks %q:\n%s", w, got)
				}
			}
			if tc.name == "every class" && strings.Contains(stdout, "classes ") {
				t.Errorf("a note on absent classes when every class is there:\n%s", stdout)
			}
		})
	}
}

// TestScoreJSONLGoesOn checks that score --jsonl reports a bad line with
// its number, scores the lines after it and exits 1, as batch does.
func TestScoreJSONLGoesOn(t *testing.T) {
	in := `{"text":"A fine day."}` + "\n" + `{"text": broken` + "\n" + `{"text":"Critics slammed Varga.","targets":[{"name":""}]}` + "\n" + `{"text":"A bad day."}` + "\n"
	code, stdout, stderr := runIn(t, in, "score", "--jsonl")
	if code != exitInputs {
		t.Errorf("exit %d, want %d", code, exitInputs)
	}
	for _, w := range []string{"standard input line 2: invalid JSON", "standard input line 3 target 0", "2 of the lines"} {
		if !strings.Contains(stderr, w) {
			t.Errorf("stderr lacks %q:\n%s", w, stderr)
		}
	}
	if !strings.Contains(stdout, "\n1,,") || !strings.Contains(stdout, "\n4,,") || strings.Contains(stdout, "\n2,") {
		t.Errorf("want rows for lines 1 and 4 and none for line 2:\n%s", stdout)
	}
}

// TestBatchUsageMessages checks that options out of range are refused
// with a message naming them.
func TestBatchUsageMessages(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--top", "0", articles}, "--top must be at least 1, got 0"},
		{[]string{"-j", "0", articles}, "-j must be at least 1"},
		{[]string{"--field", "colour=x", articles}, `unknown field "colour"`},
		{[]string{"--field", "text", articles}, `"text" is not PART=NAME`},
		{[]string{"--people", "/no/such.yaml", articles}, "/no/such.yaml"},
		{[]string{"/no/such/folder"}, "input /no/such/folder: no such file or folder"},
	} {
		code, _, stderr := runBatchIn(t, append([]string{"-o", t.TempDir()}, tc.args...)...)
		if code != exitFatal || !strings.Contains(stderr, tc.want) {
			t.Errorf("%q: exit %d, stderr %q; want %d with %q", tc.args, code, stderr, exitFatal, tc.want)
		}
	}
}

// TestBatchPeopleFileError checks that a people file with the wrong
// layout stops the run with its name and line, without Go's types.
func TestBatchPeopleFileError(t *testing.T) {
	p := filepath.Join(t.TempDir(), "people.yaml")
	if err := os.WriteFile(p, []byte("people:\n  - Elena Varga\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runBatchIn(t, "-o", t.TempDir(), "--people", p, articles)
	if code != exitFatal || !strings.Contains(stderr, p) || !strings.Contains(stderr, "line 2") || strings.Contains(stderr, "!!seq") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}
