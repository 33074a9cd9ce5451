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
	var doc yaml.Node
	if err := yaml.NewDecoder(r).Decode(&doc); err != nil && err != io.EOF {
		return nil, fmt.Errorf("read %s: not valid YAML: %s", name, strings.TrimPrefix(err.Error(), "yaml: "))
	}
	if len(doc.Content) > 0 {
		if err := checkLayout(doc.Content[0]); err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		if err := doc.Content[0].Decode(&f); err != nil {
			return nil, fmt.Errorf("read %s: %s", name, strings.TrimPrefix(err.Error(), "yaml: "))
		}
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

// layoutExample shows the layout of a people file, for errors.
const layoutExample = "leaders: [Elena Varga]\npeople:\n  Elena Varga:\n    aliases: [the president, President Varga]"

// checkLayout checks that a people file has the layout of peopleFile and
// says, with the line, where it does not, in words rather than Go types.
func checkLayout(root *yaml.Node) error {
	kinds := map[yaml.Kind]string{yaml.MappingNode: "a map of keys and values", yaml.SequenceNode: "a list",
		yaml.ScalarNode: "a single value", yaml.AliasNode: "an alias"}
	wrong := func(n *yaml.Node, what, want string) error {
		return fmt.Errorf("line %d: %s must be %s, not %s; a people file looks like:\n%s", n.Line, what, want, kinds[n.Kind], layoutExample)
	}
	isNull := func(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.Tag == "!!null" }
	scalars := func(n *yaml.Node, what string) error {
		if isNull(n) {
			return nil
		}
		if n.Kind != yaml.SequenceNode {
			return wrong(n, what, "a list of names, as [A, B]")
		}
		for _, c := range n.Content {
			if c.Kind != yaml.ScalarNode {
				return wrong(c, "each of "+what, "a name")
			}
		}
		return nil
	}
	if isNull(root) {
		return nil
	}
	if root.Kind != yaml.MappingNode {
		return wrong(root, "the file", "a map with the keys leaders and people")
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		switch k.Value {
		case "leaders":
			if err := scalars(v, "leaders"); err != nil {
				return err
			}
		case "people":
			if isNull(v) {
				continue
			}
			if v.Kind != yaml.MappingNode {
				return wrong(v, "people", "a map of names, each with its aliases")
			}
			for j := 0; j+1 < len(v.Content); j += 2 {
				pk, pv := v.Content[j], v.Content[j+1]
				what := fmt.Sprintf("the entry of %q", pk.Value)
				if pk.Kind != yaml.ScalarNode {
					return wrong(pk, "each name under people", "a name")
				}
				if isNull(pv) {
					continue
				}
				if pv.Kind != yaml.MappingNode {
					return wrong(pv, what, "a map with the key aliases")
				}
				for m := 0; m+1 < len(pv.Content); m += 2 {
					if pv.Content[m].Value != "aliases" {
						return fmt.Errorf("line %d: unknown key %q under %q (a person has only aliases)", pv.Content[m].Line, pv.Content[m].Value, pk.Value)
					}
					if err := scalars(pv.Content[m+1], fmt.Sprintf("the aliases of %q", pk.Value)); err != nil {
						return err
					}
				}
			}
		default:
			return fmt.Errorf("line %d: unknown key %q (a people file has leaders and people)", k.Line, k.Value)
		}
	}
	return nil
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
