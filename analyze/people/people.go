package people

import (
	"sort"
	"strings"
)

// Person is someone an article names, under one canonical name.
type Person struct {
	// Name is the canonical name: the fullest form the article uses, titles removed.
	Name string
	// Gender is "m" or "f" when a title or role tells it, empty otherwise.
	Gender string
	// Group marks a collective speaker such as "reporters".
	Group bool
	// Org marks an organisation, outlet or country speaking as one ("the Kremlin said").
	Org bool
	// Unnamed marks a speaker the article describes without naming
	// ("a senior official", "the campaign", the author's own "I").
	Unnamed bool
	// Mentions counts the references to the person outside quotations.
	Mentions int

	parts   []string // lower-case name words
	lastRef int      // position of the latest reference, for recency
}

// NameWords is the number of words of the name p was registered under; 0
// for a speaker that is not a named person (a group, an organisation, an
// unnamed speaker).
func (p *Person) NameWords() int { return len(p.parts) }

// Registry is the people of one article: the named persons, each under one
// canonical name, the role phrases tied to them, and the speakers that are
// not named persons. Its zero value is not usable; call NewRegistry.
type Registry struct {
	list      []*Person
	byName    map[string]*Person   // lower-case full name -> person
	byPart    map[string][]*Person // lower-case surname or given name -> persons
	roles     map[string]*Person   // lower-case role phrase -> person; nil value means ambiguous
	aliases   map[string]string    // alias key -> canonical name, from the user's config
	canonical []string             // the config's canonical names, sorted
	groups    map[string]*Person
	clock     int // references recorded so far (Mentioned)
}

// NewRegistry returns an empty registry that knows the aliases of cfg (nil
// for none).
func NewRegistry(cfg *Config) *Registry {
	p := &Registry{byName: map[string]*Person{}, byPart: map[string][]*Person{}, roles: map[string]*Person{},
		aliases: map[string]string{}, groups: map[string]*Person{}}
	if cfg != nil {
		names := make([]string, 0, len(cfg.Aliases))
		for n := range cfg.Aliases {
			names = append(names, n)
		}
		sort.Strings(names)
		p.canonical = names
		for _, n := range names {
			p.aliases[aliasKey(n)] = n
			for _, a := range cfg.Aliases[n] {
				p.aliases[aliasKey(a)] = n
			}
		}
	}
	return p
}

// alias returns the canonical name the user's config gives s, if any; with
// no config (the usual run) it costs no look-up key.
func (p *Registry) alias(s string) (string, bool) {
	if len(p.aliases) == 0 {
		return "", false
	}
	canon, ok := p.aliases[aliasKey(s)]
	return canon, ok
}

// Add registers a person under a full name (two or more words) and
// returns it: the person already registered under that name or an alias
// of it, or a new one. A gender given fills in an unknown one.
func (p *Registry) Add(words []string, gender string) *Person {
	name := strings.Join(words, " ")
	key := strings.ToLower(name)
	if canon, ok := p.alias(name); ok {
		name, key = canon, strings.ToLower(canon)
	}
	if per, ok := p.byName[key]; ok {
		if per.Gender == "" {
			per.Gender = gender
		}
		return per
	}
	per := &Person{Name: name, Gender: gender, parts: strings.Fields(key)}
	p.list = append(p.list, per)
	p.byName[key] = per
	if len(per.parts) > 1 {
		last, first := per.parts[len(per.parts)-1], per.parts[0]
		p.byPart[last] = append(p.byPart[last], per)
		if first != last {
			p.byPart[first] = append(p.byPart[first], per)
		}
	}
	return per
}

// Kinds of speakers that are not a named person.
const (
	kindGroup   = "group"   // a plural noun: "reporters", "protesters"
	kindOrg     = "org"     // an organisation, outlet or country: "the Kremlin"
	kindUnnamed = "unnamed" // a description: "a senior official", the author's "I"
)

// Group returns the one group speaker of that name ("reporters"), kept in
// lower case, creating it on first use.
func (p *Registry) Group(name string) *Person { return p.speakerOf(kindGroup, name) }

// Org returns the one organisation, outlet or country of that name ("the
// Kremlin"), creating it on first use.
func (p *Registry) Org(name string) *Person { return p.speakerOf(kindOrg, name) }

// Unnamed returns the one speaker described by those words ("senior
// official", "the author"), creating it on first use.
func (p *Registry) Unnamed(words string) *Person { return p.speakerOf(kindUnnamed, words) }

// speakerOf returns the one speaker of a kind (kindGroup, kindOrg,
// kindUnnamed) and name, creating it on first use.
func (p *Registry) speakerOf(kind, name string) *Person {
	if kind == kindGroup {
		name = strings.ToLower(name)
	}
	key := kind + ":" + strings.ToLower(name)
	if g, ok := p.groups[key]; ok {
		return g
	}
	g := &Person{Name: name, Group: kind == kindGroup, Org: kind == kindOrg, Unnamed: kind == kindUnnamed}
	p.groups[key] = g
	return g
}

// SpeakerType names the kind of speaker: person, group, organisation or
// unnamed (described but not named).
func (p *Person) SpeakerType() string {
	switch {
	case p.Group:
		return "group"
	case p.Org:
		return "organisation"
	case p.Unnamed:
		return "unnamed"
	}
	return "person"
}

// Lookup finds the person a name refers to: a full name, an alias, or one
// word of a registered name (a surname, most often). Where several people
// share the word (Bill and Hillary Clinton) the latest referred to wins.
// It returns nil for a name it cannot tie to anyone.
func (p *Registry) Lookup(words []string) *Person {
	key := strings.ToLower(strings.Join(words, " "))
	if canon, ok := p.alias(key); ok {
		return p.Add(strings.Fields(canon), "")
	}
	if per, ok := p.byName[key]; ok {
		return per
	}
	if len(words) == 1 {
		cands := p.byPart[key]
		// a surname beats a given name
		var best *Person
		for _, c := range cands {
			if c.parts[len(c.parts)-1] != key {
				continue
			}
			if best == nil || c.lastRef > best.lastRef {
				best = c
			}
		}
		if best == nil {
			for _, c := range cands {
				if best == nil || c.lastRef > best.lastRef {
					best = c
				}
			}
		}
		if best == nil {
			// A surname of someone the user's people file names in full.
			for _, canon := range p.canonical {
				f := strings.Fields(strings.ToLower(canon))
				if len(f) > 1 && f[len(f)-1] == key {
					return p.Add(strings.Fields(canon), "")
				}
			}
		}
		return best
	}
	// "Keir Starmer" when "Sir Keir Starmer" was registered differently, or a
	// middle name dropped: match on the last word and the first.
	last := strings.ToLower(words[len(words)-1])
	for _, c := range p.byPart[last] {
		if c.parts[0] == strings.ToLower(words[0]) {
			return c
		}
	}
	return nil
}

// Sharing returns the persons one name word may refer to when it is the
// surname of several people of the article ("Clinton" for Bill and Hillary
// Clinton), a person registered under that word alone included; nil when
// the word is the surname of one person or of none, or an alias from the
// user's people file. Two registered names with the same first and last
// word ("Donald Trump", "Donald J. Trump") count once, as the first.
func (p *Registry) Sharing(word string) []*Person {
	key := strings.ToLower(word)
	if len(p.byPart[key]) == 0 {
		return nil
	}
	if _, ok := p.alias(key); ok {
		return nil
	}
	var out []*Person
	if per, ok := p.byName[key]; ok {
		out = append(out, per)
	}
next:
	for _, c := range p.byPart[key] {
		if c.parts[len(c.parts)-1] != key {
			continue
		}
		for _, o := range out {
			if len(o.parts) > 1 && o.parts[0] == c.parts[0] {
				continue next
			}
		}
		out = append(out, c)
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// SetRole records that a role phrase ("ukrainian president") named per; a
// phrase seen with two different people becomes ambiguous.
func (p *Registry) SetRole(role string, per *Person) {
	role = strings.ToLower(strings.TrimSpace(role))
	if role == "" {
		return
	}
	if old, ok := p.roles[role]; ok && old != per {
		p.roles[role] = nil
		return
	}
	p.roles[role] = per
}

// Role finds the person a role phrase refers to, when the article or the
// user's config tied that phrase to one person; nil otherwise.
func (p *Registry) Role(phrase string) *Person {
	phrase = strings.ToLower(phrase)
	if canon, ok := p.alias(phrase); ok {
		return p.Add(strings.Fields(canon), "")
	}
	if per, ok := p.roles[phrase]; ok && per != nil {
		return per
	}
	return nil
}

// Mentioned records a reference to per outside quotations: it counts the
// mention and makes per the person referred to most recently.
func (p *Registry) Mentioned(per *Person) {
	p.clock++
	per.lastRef = p.clock
	per.Mentions++
}

// Latest returns, of the named persons referred to so far (Mentioned) that
// ok accepts, the one referred to most recently; nil when there is none.
func (p *Registry) Latest(ok func(*Person) bool) *Person {
	var best *Person
	for _, per := range p.list {
		if ok(per) && per.lastRef > 0 && (best == nil || per.lastRef > best.lastRef) {
			best = per
		}
	}
	return best
}

// Persons returns the named persons, most mentioned first (in the order
// they were registered where the counts are equal).
func (p *Registry) Persons() []Person {
	out := make([]Person, 0, len(p.list))
	for _, per := range p.list {
		out = append(out, *per)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Mentions > out[j].Mentions })
	return out
}
