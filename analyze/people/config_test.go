package people

import (
	"slices"
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

func TestLeaders(t *testing.T) {
	cfg, err := Read("people.yaml", strings.NewReader(`leaders: [Donald Trump, "  Putin "]
people:
  Donald Trump:
    aliases: [Mr Trump, the US president]
  Vladimir Putin:
    aliases: [Putin, the Russian president]
`))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name  string
		cfg   *Config
		named []string
		want  []string
	}{
		{"the file's leaders, aliases resolved", cfg, nil, []string{"Donald Trump", "Vladimir Putin"}},
		{"named ones win over the file's", cfg, []string{"the US president"}, []string{"Donald Trump"}},
		{"a person named twice is listed once", cfg, []string{"Mr Trump", "Donald  Trump", "Putin"}, []string{"Donald Trump", "Vladimir Putin"}},
		{"a name the file does not know is kept", cfg, []string{"Keir Starmer"}, []string{"Keir Starmer"}},
		{"no people file", nil, []string{" Keir  Starmer ", ""}, []string{"Keir Starmer"}},
		{"nothing named, no file", nil, nil, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := Leaders(tt.cfg, tt.named); !slices.Equal(got, tt.want) {
				t.Errorf("Leaders(%v) = %q, want %q", tt.named, got, tt.want)
			}
		})
	}
}
