package analyze

import (
	"strings"
	"testing"

	"portray/analyze/input"
)

func TestReadPeople(t *testing.T) {
	cfg, err := ReadPeople("people.yaml", strings.NewReader(`
leaders: [Elena Varga, Idris Calloway]
people:
  Elena Varga:
    aliases: [the president, "President Varga"]
  Idris Calloway:
    aliases: [the Kremlin's spokesman]
`))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(cfg.Leaders, "|") != "Elena Varga|Idris Calloway" {
		t.Errorf("leaders = %v", cfg.Leaders)
	}
	if len(cfg.Aliases["Elena Varga"]) != 2 {
		t.Errorf("aliases = %v", cfg.Aliases)
	}
	for _, bad := range []string{
		"people:\n  A B:\n    aliases: [x]\n  C D:\n    aliases: [X]\n", // one alias, two people
		"leaders: [A]\nunknown: 1\n",                                    // a misspelt key
		"people: [1, 2",                                                 // not YAML
	} {
		if _, err := ReadPeople("people.yaml", strings.NewReader(bad)); err == nil || !strings.Contains(err.Error(), "people.yaml") {
			t.Errorf("%q: error %v, want one naming the file", bad, err)
		}
	}
}

// TestPeopleAliases checks that a people file ties roles and surnames the
// article never spells out to the canonical name.
func TestPeopleAliases(t *testing.T) {
	cfg, err := ReadPeople("p.yaml", strings.NewReader("people:\n  Vladimir Putin:\n    aliases: [the Russian president]\n"))
	if err != nil {
		t.Fatal(err)
	}
	an := *analyzer(t)
	an.People = cfg
	res := an.Analyze(input.Article{ID: "t.txt", Text: "Donald Trump met Putin.\n“We talked,” the Russian president said."})
	if len(res.Quotes) != 1 || res.Quotes[0].Speaker != "Vladimir Putin" {
		t.Errorf("quotes = %+v, want one by Vladimir Putin", res.Quotes)
	}
	found := false
	for _, m := range res.Mentions {
		found = found || m.Person == "Vladimir Putin" && m.Words == "Putin"
	}
	if !found {
		t.Errorf("the surname Putin was not tied to Vladimir Putin: %+v", res.Mentions)
	}
}
