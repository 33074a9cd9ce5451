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

// TestReadLayoutErrors checks that a people file with the wrong layout
// gets an error naming the file and line in words, never Go's types.
func TestReadLayoutErrors(t *testing.T) {
	for _, tc := range []struct {
		yaml string
		want []string
	}{
		{"people:\n  - Elena Varga\n  - Idris Calloway\n", []string{"line 2", "people must be a map of names", "not a list"}},
		{"leaders: Elena Varga\n", []string{"line 1", "leaders must be a list of names", "not a single value"}},
		{"people:\n  Elena Varga: [the president]\n", []string{"line 2", `the entry of "Elena Varga" must be a map with the key aliases`}},
		{"people:\n  Elena Varga:\n    alias: [x]\n", []string{"line 3", `unknown key "alias" under "Elena Varga"`}},
		{"people:\n  Elena Varga:\n    aliases: the president\n", []string{"line 3", `the aliases of "Elena Varga" must be a list`}},
		{"leaders: [A]\nleader: [B]\n", []string{"line 2", `unknown key "leader"`}},
		{"- a\n- b\n", []string{"line 1", "the file must be a map with the keys leaders and people"}},
		{"leaders: [[A, B]]\n", []string{"line 1", "each of leaders must be a name"}},
		{"people: [1, 2", []string{"not valid YAML", "line 1"}},
	} {
		_, err := Read("people.yaml", strings.NewReader(tc.yaml))
		if err == nil {
			t.Errorf("%q: no error", tc.yaml)
			continue
		}
		msg := err.Error()
		for _, w := range append(tc.want, "people.yaml") {
			if !strings.Contains(msg, w) {
				t.Errorf("%q: error %q lacks %q", tc.yaml, msg, w)
			}
		}
		for _, internal := range []string{"!!", "map[", "struct", "unmarshal", "[]string"} {
			if strings.Contains(msg, internal) {
				t.Errorf("%q: error %q shows Go internals (%q)", tc.yaml, msg, internal)
			}
		}
	}
	for _, ok := range []string{"", "leaders:\n", "people:\n  Elena Varga:\n", "people:\n  Elena Varga:\n    aliases:\n"} {
		if _, err := Read("people.yaml", strings.NewReader(ok)); err != nil {
			t.Errorf("%q: %v", ok, err)
		}
	}
}
