package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	src := "../../testdata/articles"
	for _, c := range []struct {
		args []string
		code int
		out  string // in stdout, or in stderr when code is not 0
	}{
		{[]string{"-o", filepath.Join(dir, "n"), "-n", "20", "--seed", "3", src}, 0, "wrote 20 files"},
		{[]string{"-o", filepath.Join(dir, "s"), "--size", "50KB", src}, 0, "wrote "},
		{[]string{"-o", filepath.Join(dir, "k"), "--copies", "2", src}, 0, "wrote 14 files"},
		{[]string{"-o", filepath.Join(dir, "n"), "-n", "1", src}, 2, "not empty"},
		{[]string{"-n", "1", src}, 2, "give -o DIR"},
		{[]string{"-o", filepath.Join(dir, "x"), src}, 2, "give -n N"},
		{[]string{"-o", filepath.Join(dir, "x"), "--size", "lots", src}, 2, `size "lots"`},
		{[]string{"-o", filepath.Join(dir, "x"), "--copies", "2", "-n", "3", src}, 2, "--copies takes one SRC"},
		{[]string{"-o", filepath.Join(dir, "x"), "-n", "1", "no-such-folder"}, 2, "no-such-folder"},
		{[]string{"-h"}, 0, ""},
		{[]string{"--bogus"}, 2, "flag provided but not defined"},
	} {
		var stdout, stderr bytes.Buffer
		code := run(c.args, &stdout, &stderr)
		got := stdout.String()
		if c.code != 0 {
			got = stderr.String()
		}
		if code != c.code || !strings.Contains(got, c.out) {
			t.Errorf("portray-gen %s: exit %d, want %d\nstdout: %s\nstderr: %s", strings.Join(c.args, " "), code, c.code, stdout.String(), stderr.String())
		}
	}
	entries, err := os.ReadDir(filepath.Join(dir, "n", "0000"))
	if err != nil || len(entries) != 20 {
		t.Errorf("-n 20 wrote %d files: %v", len(entries), err)
	}
}
