package people

import "testing"

// TestSharing checks which people a surname may refer to.
func TestSharing(t *testing.T) {
	r := NewRegistry(nil)
	bill := r.Add([]string{"Bill", "Clinton"}, "m")
	hillary := r.Add([]string{"Hillary", "Clinton"}, "f")
	r.Add([]string{"Hillary", "Rodham", "Clinton"}, "f")
	r.Add([]string{"Angela", "Merkel"}, "f")
	got := r.Sharing("clinton")
	if len(got) != 2 || got[0] != bill || got[1] != hillary {
		t.Errorf("Sharing(clinton) = %v, want Bill and Hillary Clinton once each", got)
	}
	if got := r.Sharing("Merkel"); got != nil {
		t.Errorf("Sharing(Merkel) = %v, want nil: one person carries it", got)
	}
	obama := r.Add([]string{"Obama"}, "m")
	r.Add([]string{"Michelle", "Obama"}, "f")
	if got := r.Sharing("Obama"); len(got) != 2 || got[0] != obama {
		t.Errorf("Sharing(Obama) = %v, want the person registered as Obama and Michelle Obama", got)
	}
}
