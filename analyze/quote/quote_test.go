package quote

import (
	"reflect"
	"testing"

	"portray/analyze/nlp"
)

// quoted returns the words of each quotation Find finds, with "…" appended to unclosed ones.
func quoted(text string) []string {
	var out []string
	for _, q := range Find(text) {
		s := text[q.Content.Start:q.Content.End]
		if !q.Closed {
			s += "…"
		}
		out = append(out, s)
	}
	return out
}

func TestFind(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"curly double", `“We are ready,” she said.`, []string{"We are ready,"}},
		{"straight double", `"We are ready," she said. "Now."`, []string{"We are ready,", "Now."}},
		{"british single with apostrophes", `‘We didn’t get there, but Trump’s team did,’ he added.`, []string{"We didn’t get there, but Trump’s team did,"}},
		{"partial inside a sentence", `She called it ‘a breakthrough’ on Friday.`, []string{"a breakthrough"}},
		{"nested", `He said: “They called it ‘theft’, and I agreed.”`, []string{"They called it ‘theft’, and I agreed."}},
		{"nested straight", `"They told us, 'Double it or don't bother,'" Ms. Hollis said.`, []string{"They told us, 'Double it or don't bother,'"}},
		{"right mark typed as opener", `Trump said he would end the war within ’24 hours’ of taking office.`, []string{"24 hours"}},
		{"plural possessive inside", `‘The leaders’ meeting was long,’ he said.`, []string{"The leaders’ meeting was long,"}},
		{"plural possessive outside", `The leaders’ meeting was long.`, nil},
		{"plural then conjunction closes", `He ‘didn’t answer questions about rents’ and was ‘asking for patience’.`, []string{"didn’t answer questions about rents", "asking for patience"}},
		{"elision is no quote", `It was the ’90s and rock ’n’ roll was loud.`, nil},
		{"apostrophes only", `Putin’s aircraft didn’t move; it’s Russia’s.`, nil},
		{"double right single closes", `“We will win this seat’’, she said.`, []string{"We will win this seat"}},
		{"doubled left singles open", `‘‘We will win,’’ she said.`, []string{"We will win,"}},
		{"typewriter double marks", "``We will win,'' she said.", []string{"We will win,"}},
		{"low and high marks", `„Wir schaffen das“, sagte sie.`, []string{"Wir schaffen das"}},
		{"single quotations ending together", `‘They called it ‘theft’’ on air.`, []string{"They called it ‘theft’"}},
		{"unclosed runs to the end", `‘And I have every reason to believe`, []string{"And I have every reason to believe…"}},
		{"unclosed straight", `He said "this goes on`, []string{"this goes on…"}},
		{"guillemets", `Il a dit «non» hier.`, []string{"non"}},
		{"left mark typed as the closing mark", `“We are ready,“ she said. “Now.”`, []string{"We are ready,", "Now."}},
		{"left mark typed as the closing mark at the end", `She said “we are ready.“`, []string{"we are ready."}},
		{"double marks nested wrongly still nest", `“I’d rather live in what he calls “hell” than that,” she said.`, []string{"I’d rather live in what he calls “hell” than that,"}},
		{"unclosed then a closed quotation: the first runs to the end", `“It goes on. Later “a word” came.`, []string{"It goes on. Later “a word” came.…"}},
		{"empty", ``, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := quoted(c.text); !reflect.DeepEqual(got, c.want) {
				t.Errorf("Find(%q)\n got  %q\n want %q", c.text, got, c.want)
			}
		})
	}
}

func BenchmarkFindParagraph(b *testing.B) {
	text := `‘I agree with Trump that the security of Ukraine must be secured, and of course, we are ready to work on that,’ he said, after Putin’s aides’ briefing on the ’24 hours’ claim.`
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text)
	}
}

func TestFindDoubledSingles(t *testing.T) {
	text := `''A museum alone will not do it,'' he said. ''It won't.''`
	want := []string{"A museum alone will not do it,", "It won't."}
	if got := quoted(text); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"",
		"“We didn’t get there,” he said.",
		"‘We didn’t get there, but we have a very good chance,’ he added.",
		"He said \"it is over\" and 'done' too.",
		"Trump said he would end the war within ’24 hours’ of being re-elected.",
		"The leaders’ meeting was ‘constructive’.",
		"Back in the ’90s, rock ’n’ roll ruled.",
		"“Outer ‘inner’ still outer” after.",
		"«Bonjour», dit-il.",
		"„Guten Tag“, sagte er.",
		"“This quotation runs on into the next paragraph",
		"‘unclosed",
		"”Backwards” marks.",
		"Mismatched “double’ and ‘single”.",
		"'''\"\"\"’’’”””",
		"It’s the Smiths’ house, isn’t it?",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		qs := Find(text)
		prevEnd := 0
		for i, q := range qs {
			for _, s := range []nlp.Span{q.Open, q.Content, q.Close} {
				if s.Start < 0 || s.End > len(text) || s.Start > s.End {
					t.Fatalf("quote %d: span %+v outside [0,%d] or reversed in %q", i, s, len(text), text)
				}
			}
			if q.Open.Start < prevEnd {
				t.Errorf("quote %d %+v starts before the previous quote ends (%d) in %q", i, q, prevEnd, text)
			}
			if q.Open.End <= q.Open.Start {
				t.Errorf("quote %d: empty opening mark %+v in %q", i, q.Open, text)
			}
			if q.Open.End != q.Content.Start {
				t.Errorf("quote %d: Open.End %d != Content.Start %d in %q", i, q.Open.End, q.Content.Start, text)
			}
			if q.Content.End != q.Close.Start {
				t.Errorf("quote %d: Content.End %d != Close.Start %d in %q", i, q.Content.End, q.Close.Start, text)
			}
			if q.Closed {
				if q.Close.End <= q.Close.Start {
					t.Errorf("quote %d: closed with an empty closing mark %+v in %q", i, q.Close, text)
				}
			} else {
				if q.Content.End != len(text) || q.Close.Start != len(text) || q.Close.End != len(text) {
					t.Errorf("quote %d: unclosed but ends at %d, not %d, in %q", i, q.Content.End, len(text), text)
				}
				if i != len(qs)-1 {
					t.Errorf("quote %d: unclosed but not the last of %d in %q", i, len(qs), text)
				}
			}
			prevEnd = q.Close.End
		}
	})
}
