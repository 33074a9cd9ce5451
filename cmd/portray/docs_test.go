package main

import (
	"flag"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

const readme = "../../README.md"

// TestHelpFromOneSource checks that "portray help" lists every command and
// that each command's -h lists every one of its options and outputs, from
// the one list of commands.
func TestHelpFromOneSource(t *testing.T) {
	_, help, _ := runIn(t, "", "help")
	for _, c := range commands() {
		if !strings.Contains(help, c.usageLine()) {
			t.Errorf("help lacks %q", c.usageLine())
		}
		if c.flags == nil {
			continue
		}
		code, _, h := runIn(t, "", c.name, "-h")
		if code != exitOK {
			t.Errorf("%s -h: exit %d", c.name, code)
		}
		c.flags(io.Discard).VisitAll(func(f *flag.Flag) {
			if !strings.Contains(h, "  -"+f.Name+" ") && !strings.Contains(h, "  -"+f.Name+"\n") {
				t.Errorf("%s -h lacks -%s", c.name, f.Name)
			}
		})
		for _, o := range c.outputs {
			if !strings.Contains(h, o.name) {
				t.Errorf("%s -h lacks the output %s", c.name, o.name)
			}
		}
	}
}

// TestOutputsListed checks that every file a batch writes is one of the
// outputs listed (and so in help and the README), and that every output
// listed is written by a run whose articles carry sources and dates.
func TestOutputsListed(t *testing.T) {
	out := t.TempDir()
	if code, _, stderr := runBatchIn(t, "-o", out, articles); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	listed := map[string]bool{}
	for _, o := range batchOutputs {
		stem, exts, ok := strings.Cut(o.name, ", ")
		listed[stem] = true
		if ok {
			base := strings.TrimSuffix(stem, filepath.Ext(stem))
			for _, ext := range strings.Split(exts, ", ") {
				listed[base+ext] = true
			}
		}
	}
	written := map[string]bool{}
	entries, err := os.ReadDir(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		written[e.Name()] = true
		if !listed[e.Name()] {
			t.Errorf("batch writes %s, which batchOutputs does not list", e.Name())
		}
	}
	for name := range listed {
		if !written[name] {
			t.Errorf("batchOutputs lists %s, which the run did not write", name)
		}
	}
}

// generated matches a generated section of the README: its name and content.
var generated = regexp.MustCompile(`(?s)<!-- generated: ([a-z-]+) -->\n(.*?)<!-- end -->`)

// TestREADMETables checks the README's tables of commands, options and
// outputs against the list of commands; -update rewrites them.
func TestREADMETables(t *testing.T) {
	data, err := os.ReadFile(readme)
	if err != nil {
		t.Fatal(err)
	}
	want := markdownTables()
	var seen []string
	text := generated.ReplaceAllStringFunc(string(data), func(m string) string {
		name := generated.FindStringSubmatch(m)[1]
		seen = append(seen, name)
		if w, ok := want[name]; ok {
			return "<!-- generated: " + name + " -->\n" + w + "<!-- end -->"
		}
		t.Errorf("README has a generated section %q that nothing generates", name)
		return m
	})
	for name := range want {
		if !slices.Contains(seen, name) {
			t.Errorf("README lacks the generated section %q (<!-- generated: %s --> ... <!-- end -->)", name, name)
		}
	}
	if text == string(data) {
		return
	}
	if *update {
		if err := os.WriteFile(readme, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("README's generated tables differ from the commands (go test ./cmd/portray -run TestREADMETables -update rewrites them):\n%s", firstDiff(string(data), text))
}
