package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusOf writes one article per text into a new folder.
func corpusOf(t *testing.T, texts ...string) string {
	t.Helper()
	dir := t.TempDir()
	for i, s := range texts {
		if err := os.WriteFile(filepath.Join(dir, string(rune('a'+i))+".txt"), []byte(s+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

var clintonsAndTrumps = []string{
	"Hillary Clinton spoke in Iowa on Monday.\n\n“We will win this state,” Hillary Clinton said.",
	"Hillary Clinton campaigned in Ohio.\n\n“Ohio matters,” Hillary Clinton said.",
	"Bill Clinton visited a school in Arkansas.\n\n“Teachers matter,” Bill Clinton said.",
	"Donald J. Trump held a rally in Florida.\n\n“We will build it,” Donald J. Trump said.",
	"Donald Trump held a rally in Texas.\n\n“Nobody knows more,” Donald Trump said.",
}

// TestBatchOnePersonOneRow: the corpus's forms of one person give one
// row everywhere, the mention as written stays, --leaders finds the
// person a bare surname stands for and says so.
func TestBatchOnePersonOneRow(t *testing.T) {
	in, out := corpusOf(t, clintonsAndTrumps...), t.TempDir()
	code, _, stderr := runBatchIn(t, "-o", out, "--leaders", "Trump,Clinton", in)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "--leaders Clinton: taken as Hillary Clinton (also in the corpus: Bill Clinton)") {
		t.Errorf("stderr does not say how Clinton was taken: %s", stderr)
	}
	leaders := readCSV(t, filepath.Join(out, "leaders.csv"))
	if len(leaders) != 3 || leaders[1][0] != "Donald Trump" || leaders[1][1] != "2" || leaders[2][0] != "Hillary Clinton" {
		t.Errorf("leaders.csv: %v", leaders)
	}
	quotes := readCSV(t, filepath.Join(out, "quotes.csv"))
	spk, mention := col(quotes, "speaker"), col(quotes, "speaker_mention")
	for _, r := range quotes[1:] {
		if r[spk] == "Donald J. Trump" {
			t.Errorf("quotes.csv keeps the form as speaker: %v", r)
		}
		if strings.HasPrefix(r[0], "d.txt") && r[mention] != "Donald J. Trump" {
			t.Errorf("quotes.csv lost the mention as written: %v", r)
		}
	}
	for _, r := range readCSV(t, filepath.Join(out, "mentions.csv"))[1:] {
		if r[3] == "Donald J. Trump" {
			t.Errorf("mentions.csv keeps the form as person: %v", r)
		}
	}
	people, err := os.ReadFile(filepath.Join(out, "people.csv"))
	if err != nil || !bytes.Contains(people, []byte("\nDonald Trump,person,2,")) || !bytes.Contains(people, []byte("; Donald J. Trump ")) {
		t.Errorf("people.csv does not list the forms merged: %s", people)
	}
}

// TestBatchLeaderMatchesNobody: a leader that matches nobody stops the
// run with the closest names (exit 2) and leaves the outputs as they were.
func TestBatchLeaderMatchesNobody(t *testing.T) {
	in, out := corpusOf(t, clintonsAndTrumps...), t.TempDir()
	if code, _, stderr := runBatchIn(t, "-o", out, in); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	before := readAll(t, out)
	code, _, stderr := runBatchIn(t, "-o", out, "--leaders", "Trumpp", in)
	if code != exitFatal {
		t.Fatalf("exit %d, want %d", code, exitFatal)
	}
	if !strings.Contains(stderr, "--leaders Trumpp: no person of that name in the corpus (closest: Donald Trump") {
		t.Errorf("stderr: %s", stderr)
	}
	after := readAll(t, out)
	if len(after) != len(before) {
		t.Fatalf("%d files before, %d after", len(before), len(after))
	}
	for name, b := range before {
		if !bytes.Equal(after[name], b) {
			t.Errorf("%s changed by a run that stopped", name)
		}
	}
}

// col returns the index of a CSV's column, -1 when it has none.
func col(rows [][]string, name string) int {
	for i, c := range rows[0] {
		if c == name {
			return i
		}
	}
	return -1
}
