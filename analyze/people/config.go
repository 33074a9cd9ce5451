package people

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// peopleFile is the YAML layout of a --people file:
//
//	leaders: [Donald Trump, Vladimir Putin]
//	people:
//	  Donald Trump:
//	    aliases: [the US president, Mr Trump, POTUS]
type peopleFile struct {
	Leaders []string `yaml:"leaders"`
	People  map[string]struct {
		Aliases []string `yaml:"aliases"`
	} `yaml:"people"`
}

// Config is what a user tells portray about people up front: extra
// aliases and roles for a canonical name, and the leaders to compare.
type Config struct {
	// Aliases maps each canonical name to other names and role phrases that
	// refer to it ("the US president").
	Aliases map[string][]string
	// Leaders lists the people to compare as the file names them (see the
	// function Leaders); empty means the most prominent.
	Leaders []string
}

// Read reads a people file: canonical names with their aliases and
// roles, and optionally the leaders to compare. name is used in errors.
func Read(name string, r io.Reader) (*Config, error) {
	var f peopleFile
	dec := yaml.NewDecoder(r)
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil && err != io.EOF {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	cfg := &Config{Aliases: map[string][]string{}}
	names := make([]string, 0, len(f.People))
	for n := range f.People {
		names = append(names, n)
	}
	sort.Strings(names)
	seen := map[string]string{}
	for _, n := range names {
		canon := strings.Join(strings.Fields(n), " ")
		if canon == "" {
			return nil, fmt.Errorf("read %s: a person with an empty name", name)
		}
		for _, a := range f.People[n].Aliases {
			key := aliasKey(a)
			if key == "" {
				continue
			}
			if other, ok := seen[key]; ok && other != canon {
				return nil, fmt.Errorf("read %s: alias %q given to both %s and %s", name, a, other, canon)
			}
			seen[key] = canon
			cfg.Aliases[canon] = append(cfg.Aliases[canon], a)
		}
		if _, ok := cfg.Aliases[canon]; !ok {
			cfg.Aliases[canon] = nil
		}
	}
	for _, l := range f.Leaders {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			cfg.Leaders = append(cfg.Leaders, l)
		}
	}
	return cfg, nil
}

// aliasKey normalises a name or role phrase for lookup: lower case, single
// spaces, curly apostrophes straight, possessive 's dropped, without a
// leading "the".
func aliasKey(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(s, "’", "'")), " "))
	s = strings.ReplaceAll(s+" ", "'s ", " ") // "kremlin's spokesman" reads as the role phrase "kremlin spokesman"
	return strings.TrimPrefix(strings.TrimSpace(s), "the ")
}

// Leaders returns the people to compare, each by its canonical name: those
// named (on the command line) or, when none is, the people file's leaders.
// A name that is one of cfg's aliases ("Putin", "the US president") stands
// for its person, so a leader is compared under the name portray gives
// that person's rows; each person is listed once. cfg may be nil.
func Leaders(cfg *Config, named []string) []string {
	if len(named) == 0 && cfg != nil {
		named = cfg.Leaders
	}
	canon := map[string]string{}
	if cfg != nil {
		for c, aliases := range cfg.Aliases {
			canon[aliasKey(c)] = c
			for _, a := range aliases {
				if _, ok := canon[aliasKey(a)]; !ok {
					canon[aliasKey(a)] = c
				}
			}
		}
	}
	var out []string
	seen := map[string]bool{}
	for _, n := range named {
		n = strings.Join(strings.Fields(n), " ")
		if c, ok := canon[aliasKey(n)]; ok {
			n = c
		}
		if n != "" && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}
