package attrib

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"portray/analyze/input"
	"portray/analyze/people"
)

// result is what attribution finds in an article's text, flattened.
type result struct {
	Quotes   []Quote
	Mentions []Mention
	People   []people.Person
}

// attribute cleans text and attributes its paragraphs with the user's
// people file cfg (nil for none).
func attribute(text string, cfg *people.Config) result {
	paras, _ := input.Clean(text)
	found, persons := Attribute(paras, cfg)
	res := result{People: persons}
	for _, f := range found {
		res.Quotes = append(res.Quotes, f.Quotes...)
		for _, r := range f.Mentions {
			res.Mentions = append(res.Mentions, r.Mention)
		}
	}
	return res
}

// want is an expected quotation: its first words, speaker, kind and rule.
type want struct {
	prefix, speaker, kind, rule string
}

func TestAttribution(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []want
	}{
		{"X said", "Mayor Ada Brill spoke on Monday.\n“The bridge will reopen,” Brill said.",
			[]want{{"The bridge", "Ada Brill", KindDirect, RuleCueAfter}}},
		{"said X", "“The bridge will reopen,” said Ada Brill, the mayor.",
			[]want{{"The bridge", "Ada Brill", KindDirect, RuleCueAfter}}},
		{"appositive", "“We will not move,” Hugh Hill, a doctor at the clinic, told reporters.",
			[]want{{"We will not", "Hugh Hill", KindDirect, RuleCueAfter}}},
		{"X said colon", "Ada Brill said: “We are ready.”",
			[]want{{"We are ready", "Ada Brill", KindDirect, RuleCueBefore}}},
		{"X told reporters partial", "Ada Brill told reporters the plan was ‘dead in the water’ and left.",
			[]want{{"dead in the water", "Ada Brill", KindPartial, RuleCueBefore}}},
		{"colon lead-in", "Ada Brill was blunt: “Nobody wins this.”",
			[]want{{"Nobody wins", "Ada Brill", KindDirect, RuleColonLeadIn}}},
		{"according to", "“Prices will fall,” according to Omar Castellanos.",
			[]want{{"Prices will fall", "Omar Castellanos", KindDirect, RuleAccordingTo}}},
		{"pronoun after the speaker's paragraph", "Ada Brill said the works were over.\n“We are done,” she added.",
			[]want{{"the works were over", "Ada Brill", KindIndirect, RuleReported}, {"We are done", "Ada Brill", KindDirect, RuleCueAfter}}},
		{"role noun from a title", "Prime Minister Idris Calloway met unions.\nLena Marsh spoke first.\n“We will talk again,” the prime minister said.",
			[]want{{"We will talk", "Idris Calloway", KindDirect, RuleCueAfter}}},
		{"continuation", "“We tried,” Ada Brill said.\n“We will try again next year.”",
			[]want{{"We tried", "Ada Brill", KindDirect, RuleCueAfter}, {"We will try", "Ada Brill", KindContinuation, RuleContinuation}}},
		{"quote over two paragraphs", "Ada Brill said: “The first thing is money.\n“The second is time.”",
			[]want{{"The first thing", "Ada Brill", KindDirect, RuleCueBefore}, {"The second", "Ada Brill", KindContinuation, RuleContinuation}}},
		{"same paragraph", "“We tried,” Ada Brill said. “It was not enough.”",
			[]want{{"We tried", "Ada Brill", KindDirect, RuleCueAfter}, {"It was not", "Ada Brill", KindDirect, RuleSameParagraph}}},
		{"word as word", "Neither leader used the word ‘ceasefire’ all day.",
			[]want{{"ceasefire", "", KindTerm, RuleTerm}}},
		{"so-called", "Ada Brill defended the so-called “reset” at length.",
			[]want{{"reset", "", KindTerm, RuleTerm}}},
		{"quoted modifier", "Ada Brill left the ‘bilateral’ meeting early.",
			[]want{{"bilateral", "", KindTerm, RuleTerm}}},
		{"title, no speech", "They drove off in the limo ‘the Beast’ together.",
			[]want{{"the Beast", "", KindTerm, RuleTerm}}},
		{"group speaker", "Reporters shouted, “Will you resign?” as she left.",
			[]want{{"Will you resign", "reporters", KindDirect, RuleCueBefore}}},
		{"subject of a partial quote", "Ada Brill is not pleased, and has raised concerns that talks ‘will not achieve anything’ soon.",
			[]want{{"will not achieve", "Ada Brill", KindPartial, RuleSubject}}},
		{"possessive is not the speaker", "The next day, he was calling out Putin’s ‘lies’ on air.\n",
			nil},
		{"two Clintons stay apart", "Bill Clinton and Hillary Clinton arrived.\n“I am glad,” Hillary Clinton said.\n“So am I,” Bill Clinton said.",
			[]want{{"I am glad", "Hillary Clinton", KindDirect, RuleCueAfter}, {"So am I", "Bill Clinton", KindDirect, RuleCueAfter}}},
		{"reported speech", "Omar Castellanos said that the vote would be held in May.",
			[]want{{"the vote would", "Omar Castellanos", KindIndirect, RuleReported}}},
		{"organisation", "“We stand by the story,” the Kremlin said.",
			[]want{{"We stand by", "Kremlin", KindDirect, RuleCueAfter}}},
		{"unnamed after said", "“Money is not a problem,” said one Republican involved in the planning.",
			[]want{{"Money is not", "one Republican", KindDirect, RuleCueAfter}}},
		{"adverb before the verb", "“Cruz folded,” the editorial board recently wrote.",
			[]want{{"Cruz folded", "editorial board", KindDirect, RuleCueAfter}}},
		{"unregistered role", "In a statement, the business mogul announced that he was “consolidating the functions” of the campaign.",
			[]want{{"consolidating the functions", "business mogul", KindPartial, RuleCueBefore}}},
		{"signature", "“He represents our greatest shame.” ― Sonya Herridge",
			[]want{{"He represents", "Sonya Herridge", KindDirect, RuleSignature}}},
		{"transcript label", "“PENCE: Well, look, this is serious business.”",
			[]want{{"PENCE: Well", "Pence", KindDirect, RuleLabel}}},
		{"colon ending the previous paragraph", "Ada Brill wrote to the paper, and the Courier responded:\n“We stand by every word.”",
			[]want{{"We stand by", "Courier", KindDirect, RuleColonLeadIn}}},
		{"continued before the quotation", "Ada Brill spoke first.\nShe continued, “The bridge is safe.”",
			[]want{{"The bridge is safe", "Ada Brill", KindDirect, RuleCueBefore}}},
		{"it added", "“We had no part in it,” the company wrote.\nIt added, “We want none.”",
			[]want{{"We had no part", "company", KindDirect, RuleCueAfter}, {"We want none", "company", KindDirect, RuleCueBefore}}},
		{"relative pronoun", "Ada Brill praised a retired general who said that the camps should “stay open” for now.",
			[]want{{"stay open", "retired general", KindPartial, RuleCueBefore}}},
		{"name before a long appositive", "Mary Susan, clad in a cape that spelled the name Brill, said the night was “a triumph” for all.",
			[]want{{"a triumph", "Mary Susan", KindPartial, RuleCueBefore}}},
		{"object of a preposition", "Ada Brill answered a question on Facebook writing, “Yes, I will.”",
			[]want{{"Yes, I will", "Ada Brill", KindDirect, RuleCueBefore}}},
		{"with X saying", "Both leaders smiled, with Ada Brill simply saying it was “a good day”.",
			[]want{{"a good day", "Ada Brill", KindPartial, RuleCueBefore}}},
		{"doubled apostrophes as marks", "''A museum alone will not do it,'' Ada Brill said.",
			[]want{{"A museum alone", "Ada Brill", KindDirect, RuleCueAfter}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := attribute(c.text, nil)
			var got []want
			for _, q := range res.Quotes {
				got = append(got, want{q.Text, q.Speaker, q.Kind, q.Attribution})
			}
			if c.want == nil {
				for _, q := range res.Quotes {
					if q.Speaker == "Putin" {
						t.Errorf("a possessive was taken as the speaker: %+v", q)
					}
				}
				return
			}
			if len(got) != len(c.want) {
				t.Fatalf("got %d quotes %+v, want %d %+v", len(got), got, len(c.want), c.want)
			}
			for i, w := range c.want {
				g := got[i]
				if !strings.HasPrefix(g.prefix, w.prefix) || g.speaker != w.speaker || g.kind != w.kind || g.rule != w.rule {
					t.Errorf("quote %d: got %+v, want %+v", i, g, w)
				}
			}
		})
	}
}

// TestPeople checks canonical names: titles out, surnames merged, distinct people apart.
func TestPeople(t *testing.T) {
	text := "Sir Keir Starmer met President Donald Trump and Foreign Minister Sergey Lavrov.\n" +
		"Later Mr Trump spoke to Starmer. Joining them was Lavrov.\n" +
		"The Kremlin said nothing. Officials at the White House were silent."
	res := attribute(text, nil)
	names := map[string]int{}
	for _, p := range res.People {
		names[p.Name] = p.Mentions
	}
	for _, n := range []string{"Keir Starmer", "Donald Trump", "Sergey Lavrov"} {
		if names[n] < 2 {
			t.Errorf("%s: %d mentions, want 2 or more (people: %v)", n, names[n], names)
		}
	}
	for n := range names {
		if strings.Contains(n, "Sir") || strings.Contains(n, "President") || strings.Contains(n, "Kremlin") || strings.Contains(n, "White House") || n == "Joining" {
			t.Errorf("%q should not be a person", n)
		}
	}
}

// TestPeopleAliases checks that a people file ties roles and surnames the
// article never spells out to the canonical name.
func TestPeopleAliases(t *testing.T) {
	cfg, err := people.Read("p.yaml", strings.NewReader("people:\n  Vladimir Putin:\n    aliases: [the Russian president]\n"))
	if err != nil {
		t.Fatal(err)
	}
	res := attribute("Donald Trump met Putin.\n“We talked,” the Russian president said.", cfg)
	if len(res.Quotes) != 1 || res.Quotes[0].Speaker != "Vladimir Putin" {
		t.Errorf("quotes = %+v, want one by Vladimir Putin", res.Quotes)
	}
	found := false
	for _, m := range res.Mentions {
		found = found || m.Person == "Vladimir Putin" && m.Words == "Putin"
	}
	if !found {
		t.Errorf("the surname Putin was not tied to Vladimir Putin: %+v", res.Mentions)
	}
}

// TestUnclosedQuoteStaysInItsParagraph analyses articles whose quotation is
// never closed: it ends with its paragraph, and the next paragraph's
// quotation (reopened, as news style carries a quotation over paragraphs)
// is its own.
func TestUnclosedQuoteStaysInItsParagraph(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // each quotation's paragraph and words
	}{
		{"never closed", "Mayor Ada Brill spoke on Monday.\n“The bridge will reopen, she said.\nThe council met later. Nobody else spoke.\n",
			[]string{"2 The bridge will reopen, she said."}},
		{"carried over two paragraphs", "Mayor Ada Brill spoke on Monday.\n“The bridge will reopen soon.\n“It will be finished by May,” Brill said.\nThe council met later.\n",
			[]string{"2 The bridge will reopen soon.", "3 It will be finished by May,"}},
		{"never closed, straight marks", "Ada Brill said \"the bridge will reopen.\nThe council met later.\n",
			[]string{"1 the bridge will reopen."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := attribute(tt.text, nil)
			var got []string
			for _, q := range res.Quotes {
				if q.Kind == KindIndirect {
					continue
				}
				got = append(got, fmt.Sprintf("%d %s", q.Paragraph, q.Text))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
