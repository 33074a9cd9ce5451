package people

import (
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	cfg, err := Read("people.yaml", strings.NewReader(`
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
		if _, err := Read("people.yaml", strings.NewReader(bad)); err == nil || !strings.Contains(err.Error(), "people.yaml") {
			t.Errorf("%q: error %v, want one naming the file", bad, err)
		}
	}
}
