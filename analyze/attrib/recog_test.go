package attrib

import (
	"slices"
	"strings"
	"testing"

	"portray/analyze/input"
)

// personNames lists the names of the persons (not groups or organisations)
// attribution finds in text, and the persons its mentions name.
func personNames(text string) (persons, mentioned []string) {
	res := attribute(text, nil)
	for _, p := range res.People {
		if p.SpeakerType() == "person" {
			persons = append(persons, p.Name)
		}
	}
	for _, m := range res.Mentions {
		mentioned = append(mentioned, m.Person)
	}
	return persons, mentioned
}

func TestPersonRecognition(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want, not  []string // persons that must be and must not be found
	}{
		{"Title Case headline",
			"Struggling Donald Trump Drops Her Claim Against Hammering Hillary Clinton\n\nDonald Trump said on Monday that he would keep campaigning. Mr. Trump spoke in Ohio.",
			[]string{"Donald Trump"}, []string{"Struggling Donald Trump Drops Her Claim Against Hammering Hillary Clinton",
				"Struggling Donald Trump", "Drops Her Claim", "Hammering Hillary Clinton", "Hillary Clinton"}},
		{"Title Case headlines with a verb",
			"Podesta Instructed Clinton Aide To Delete Emails\n\nJohn Podesta, the campaign chairman, said on Monday the emails were old. Hillary Clinton said nothing.",
			[]string{"John Podesta", "Hillary Clinton"}, []string{"Podesta Instructed Clinton Aide To Delete Emails", "Podesta Instructed Clinton Aide To"}},
		{"Title Case headline with an epithet",
			"Demogorgon Trump Haunts The Debate\n\nDonald Trump said on Monday that he would keep campaigning.",
			[]string{"Donald Trump"}, []string{"Demogorgon Trump Haunts The Debate", "Demogorgon Trump"}},
		{"headline of names the body names",
			"Theresa May Meets Keir Starmer\n\nTheresa May met Keir Starmer in London on Tuesday, aides said.",
			[]string{"Theresa May", "Keir Starmer"}, nil},
		{"organisation after a surname",
			"Hillary Clinton spoke on Monday. Donors to Clinton Global Initiative gave more this year, Clinton Global Initiative said.",
			[]string{"Hillary Clinton"}, []string{"Clinton Global Initiative"}},
		{"a city after a title-like word",
			"The rally in St. Louis drew thousands. Speakers in St. Louis said the mood was good.",
			nil, []string{"Louis", "St. Louis"}},
		{"names glued in a list",
			"The letter was signed by Sen. Kelly AyotteRep. Bradley Byrne and others. Kelly Ayotte said it mattered.",
			[]string{"Kelly Ayotte", "Bradley Byrne"}, []string{"Kelly AyotteRep", "Kelly AyotteRep. Bradley Byrne"}},
		{"byline",
			"Leaders Clash Over Budget\n\nBy Jason Groves Political Editor\n\nThe prime minister, Keir Starmer, said the budget was fair.",
			[]string{"Keir Starmer"}, []string{"Jason Groves", "Jason Groves Political Editor", "Jason Groves Political"}},
		{"dash byline and wire byline",
			"- By Anna Kovacs\n\nNgozi Okonjo-Iweala said trade would recover.\n\nBy Tom Reed and Lisa Moor, Reuters",
			[]string{"Ngozi Okonjo-Iweala"}, []string{"Anna Kovacs", "Tom Reed", "Lisa Moor"}},
		{"persons stay persons",
			"Keir Starmer said on Monday the vote would go ahead. Mr Trump told reporters he agreed. Ngozi Okonjo-Iweala said trade would recover, and Theresa May said she was hopeful.",
			[]string{"Keir Starmer", "Trump", "Ngozi Okonjo-Iweala", "Theresa May"}, nil},
		{"a name opening a sentence, of words the vectors do not know",
			"Recep Tayyip Erdoğan spoke in Ankara on Monday. Erdoğan thanked the crowd.",
			[]string{"Recep Tayyip Erdoğan"}, []string{"Ankara", "Erdoğan"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			persons, mentioned := personNames(c.text)
			for _, w := range c.want {
				if !slices.Contains(persons, w) {
					t.Errorf("%q is not a person; persons: %q", w, persons)
				}
			}
			for _, n := range c.not {
				if slices.Contains(persons, n) || slices.Contains(mentioned, n) {
					t.Errorf("%q is a person; persons: %q, mentioned: %q", n, persons, mentioned)
				}
			}
		})
	}
}

func TestFurniture(t *testing.T) {
	for _, c := range []struct {
		text string
		para int
		want int
	}{
		{"Struggling Donald Trump Drops Her Claim", 1, furnHeadline},
		{"Mexico Could Do When Up Against Trump", 1, furnHeadline},
		{"Donald Trump said on Monday that he would win.", 1, furnNone},
		{"Trump wins the vote", 1, furnNone},
		{"Struggling Donald Trump Drops Her Claim", 5, furnNone},
		{"By Jason Groves Political Editor", 2, furnByline},
		{"- By Jason Groves", 2, furnByline},
		{"By Tom Reed and Lisa Moor, Reuters", 9, furnByline},
		{"By Monday, the talks had stalled.", 2, furnNone},
		{"By then Trump had left", 2, furnNone},
	} {
		pp := parsePara(inputPara(c.para, c.text))
		if got := furnitureOf(pp); got != c.want {
			t.Errorf("%q (paragraph %d): furniture %d, want %d", c.text, c.para, got, c.want)
		}
	}
}

func TestEmbeddedRecogniser(t *testing.T) {
	m, err := ParseRecogniser(recogJSON)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(m.About, "GUM") || m.Threshold <= 0 || m.Threshold >= 1 || len(m.Words) == 0 || len(givenNames()) < 1000 {
		t.Errorf("recog.json looks empty or unattributed: threshold %v, %d words, %d given names", m.Threshold, len(m.Words), len(givenNames()))
	}
}

func inputPara(index int, text string) input.Paragraph {
	return input.Paragraph{Index: index, Line: index, Text: text}
}
