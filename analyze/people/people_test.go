package people

import (
	"strings"
	"testing"
)

// TestRegistry checks how names, surnames, aliases and roles find their person.
func TestRegistry(t *testing.T) {
	cfg, err := Read("p.yaml", strings.NewReader("people:\n  Vladimir Putin:\n    aliases: [the Russian president]\n"))
	if err != nil {
		t.Fatal(err)
	}
	r := NewRegistry(cfg)
	bill := r.Add([]string{"Bill", "Clinton"}, "m")
	hillary := r.Add([]string{"Hillary", "Clinton"}, "")
	if again := r.Add([]string{"Bill", "Clinton"}, ""); again != bill {
		t.Errorf("Add of a known name made a second person")
	}
	if bill.NameWords() != 2 || r.Group("Reporters").NameWords() != 0 {
		t.Errorf("NameWords: %d and %d, want 2 and 0", bill.NameWords(), r.Group("Reporters").NameWords())
	}
	r.Mentioned(bill)
	r.Mentioned(hillary)
	if got := r.Lookup([]string{"Clinton"}); got != hillary {
		t.Errorf("Clinton = %v, want the latest referred to, Hillary Clinton", got)
	}
	if got := r.Latest(func(p *Person) bool { return p.Gender == "m" }); got != bill {
		t.Errorf("Latest man = %v, want Bill Clinton", got)
	}
	if got := r.Role("the Russian president"); got == nil || got.Name != "Vladimir Putin" {
		t.Errorf("alias role = %v, want Vladimir Putin", got)
	}
	if got := r.Lookup([]string{"Putin"}); got == nil || got.Name != "Vladimir Putin" {
		t.Errorf("surname from the people file = %v, want Vladimir Putin", got)
	}
	r.SetRole("senator", bill)
	r.SetRole("senator", hillary)
	if got := r.Role("senator"); got != nil {
		t.Errorf("a role given to two people = %v, want nil", got)
	}
	if r.Org("Kremlin") != r.Org("Kremlin") || r.Org("Kremlin").SpeakerType() != "organisation" || r.Unnamed("aide").SpeakerType() != "unnamed" {
		t.Errorf("speakers that are not persons are not kept once each with their type")
	}
	r.Mentioned(hillary)
	var names []string
	for _, p := range r.Persons() {
		names = append(names, p.Name)
	}
	if got := strings.Join(names, "|"); got != "Hillary Clinton|Bill Clinton|Vladimir Putin" {
		t.Errorf("Persons = %s, want the most mentioned first", got)
	}
}
