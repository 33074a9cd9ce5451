package nlp

import "testing"

func TestReportingVerbs(t *testing.T) {
	for _, tt := range []struct {
		form   string
		lemma  string // "" when not a cue
		speech bool
	}{
		{"said", "say", true},
		{"says", "say", true},
		{"told", "tell", true},
		{"claimed", "claim", true},
		{"claim", "", false},  // also a noun: only past and -ing forms cue
		{"claims", "", false}, // a cue only before "that" (NounVerb)
		{"asked", "ask", true},
		{"ask", "ask", false},
		{"described", "describe", false},
		{"replied", "reply", true},
		{"tweeted", "tweet", true},
		{"emphasising", "emphasise", true},
		{"table", "", false},
	} {
		lemma, ok := ReportingVerb(tt.form)
		if lemma != tt.lemma || ok != (tt.lemma != "") || IsReportingVerb(tt.form) != ok {
			t.Errorf("ReportingVerb(%q) = %q, %v; want %q", tt.form, lemma, ok, tt.lemma)
		}
		if got := SpeechVerb(tt.form); got != tt.speech {
			t.Errorf("SpeechVerb(%q) = %v, want %v", tt.form, got, tt.speech)
		}
	}
	if l, ok := NounVerb("claims"); !ok || l != "claim" || !IsNounVerb("claims") {
		t.Errorf(`NounVerb("claims") = %q, %v; want "claim", true`, l, ok)
	}
	if IsNounVerb("stress") {
		t.Error(`IsNounVerb("stress") = true; a -ss word is not an -s form`)
	}
}

// TestFramedVerbsAreReportingVerbs: a framing for a verb the attribution
// never reads as a cue would never count.
func TestFramedVerbsAreReportingVerbs(t *testing.T) {
	lemmas := map[string]bool{}
	for _, l := range verbs.cues {
		lemmas[l] = true
	}
	for _, l := range verbs.nounForms {
		lemmas[l] = true
	}
	for _, set := range []map[string]bool{neutralVerbs, loadedVerbs} {
		for v := range set {
			if !lemmas[v] {
				t.Errorf("%q has a framing but is not a reporting verb", v)
			}
			if neutralVerbs[v] && loadedVerbs[v] {
				t.Errorf("%q is both neutral and loaded", v)
			}
		}
	}
	if FramingOf("say") != Neutral || FramingOf("claim") != Loaded || FramingOf("urge") != Unframed {
		t.Error("FramingOf: say, claim, urge should be neutral, loaded, unframed")
	}
}

func TestWordLists(t *testing.T) {
	for _, w := range []string{"mr", "president", "sir", "former"} {
		if !IsTitle(w) {
			t.Errorf("IsTitle(%q) = false", w)
		}
	}
	for _, w := range []string{"trump", "the"} {
		if IsTitle(w) {
			t.Errorf("IsTitle(%q) = true", w)
		}
	}
	if !IsSentenceStarter("while") || IsSentenceStarter("president") {
		t.Error(`IsSentenceStarter: "while" should be one, "president" not`)
	}
}
