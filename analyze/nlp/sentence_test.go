package nlp

import (
	"reflect"
	"strings"
	"testing"
)

// sentenceTexts returns the text of each sentence span.
func sentenceTexts(text string, spans []Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"empty", "", nil},
		{"only spaces", "   ", nil},
		{"one sentence", "The council met.", []string{"The council met."}},
		{"no final punctuation", "The council met on Tuesday", []string{"The council met on Tuesday"}},
		{"two sentences", "The council met. It voted.", []string{"The council met.", "It voted."}},
		{"question and exclamation", "Is it over? No! It goes on.", []string{"Is it over?", "No!", "It goes on."}},
		{"several marks", "Really?! Yes.", []string{"Really?!", "Yes."}},
		{"ellipsis character", "He paused… Then he left.", []string{"He paused…", "Then he left."}},
		{"three dots", "He paused... Then he left.", []string{"He paused...", "Then he left."}},
		{"ellipsis before lower case", "He paused… and then left.", []string{"He paused… and then left."}},
		{"multiple spaces", "One.   Two.  Three.", []string{"One.", "Two.", "Three."}},
		{"leading and trailing spaces", "  One. Two.  ", []string{"One.", "Two."}},
		{"Mr.", "Mr. Smith went to Washington. He stayed.", []string{"Mr. Smith went to Washington.", "He stayed."}},
		{"Dr.", "Dr. Jones said it was over. Then she left.", []string{"Dr. Jones said it was over.", "Then she left."}},
		{"No. before a number", "He lives at No. 10 Downing Street.", []string{"He lives at No. 10 Downing Street."}},
		{"Mrs. and Prof. mid-sentence", "It was Mrs. Lee and Prof. Adeyemi who spoke.", []string{"It was Mrs. Lee and Prof. Adeyemi who spoke."}},
		{"Sen. in brackets", "The bill (Sen. Warren's) failed. It was close.", []string{"The bill (Sen. Warren's) failed.", "It was close."}},
		{"U.S. officials", "U.S. officials said the talks were over. Russia disagreed.", []string{"U.S. officials said the talks were over.", "Russia disagreed."}},
		{"U.S. before a capital", "The U.S. Army said it would help. Others did not.", []string{"The U.S. Army said it would help.", "Others did not."}},
		{"U.S. before a quote", "He flew to the U.S. “It was a long trip,” he said.", []string{"He flew to the U.S.", "“It was a long trip,” he said."}},
		{"Jan. 5", "The walkout began on Jan. 5 after talks collapsed. It goes on.", []string{"The walkout began on Jan. 5 after talks collapsed.", "It goes on."}},
		{"Sept. 11", "On Sept. 11 the towers fell.", []string{"On Sept. 11 the towers fell."}},
		{"initials", "J. R. Smith wrote it. He is famous.", []string{"J. R. Smith wrote it.", "He is famous."}},
		{"initial mid-sentence", "The book by George R. R. Martin sold well.", []string{"The book by George R. R. Martin sold well."}},
		{"e.g.", "Some leaders, e.g. Macron, stayed.", []string{"Some leaders, e.g. Macron, stayed."}},
		{"a.m. before lower case", "It began at 10 a.m. and ended late.", []string{"It began at 10 a.m. and ended late."}},
		{"decimal number", "Growth was 2.5 per cent. Prices rose.", []string{"Growth was 2.5 per cent.", "Prices rose."}},
		{"sentence before a number", "Prices rose. 2024 was worse.", []string{"Prices rose.", "2024 was worse."}},
		{"straight quote ends a sentence", `He said "It is over." Then he left.`, []string{`He said "It is over."`, "Then he left."}},
		{"curly quote ends a sentence", "He said: “It is over.” Then he left.", []string{"He said: “It is over.”", "Then he left."}},
		{"quote then new quote", "“We are ready.” “So are we,” she said.", []string{"“We are ready.”", "“So are we,” she said."}},
		{"single quote continues in lower case", "‘We will get a deal.’ he said.", []string{"‘We will get a deal.’ he said."}},
		{"single quote with ellipsis continues", "‘... a deal.’ he said", []string{"‘... a deal.’ he said"}},
		{"question in a quote continues", "“Why now?” she asked.", []string{"“Why now?” she asked."}},
		{"closing bracket", "It ended (at last.) Then silence.", []string{"It ended (at last.)", "Then silence."}},
		{"no space after stop", "Visit example.com.Then leave.", []string{"Visit example.com.Then leave."}},
		{"lower case after stop", "It ended. then silence.", []string{"It ended. then silence."}},
		{"opening bracket starts a sentence", "It ended. (Nobody cried.)", []string{"It ended.", "(Nobody cried.)"}},
		{"Jan. 5. then a name", "Talks began Jan. 5. Trump arrived later.", []string{"Talks began Jan. 5.", "Trump arrived later."}},
		{"initials around no.", "J. Smith said no. A. Jones disagreed.", []string{"J. Smith said no.", "A. Jones disagreed."}},
		{"Messrs.", "Messrs. Smith and Jones left. Others stayed.", []string{"Messrs. Smith and Jones left.", "Others stayed."}},
		{"Univ.", "She teaches at Univ. College London. It is old.", []string{"She teaches at Univ. College London.", "It is old."}},
		{"Ltd. ends a sentence", "He works for Acme Ltd. The firm is small.", []string{"He works for Acme Ltd.", "The firm is small."}},
		{"Ltd. inside a name", "Acme Ltd. Holdings grew.", []string{"Acme Ltd. Holdings grew."}},
		{"U.S. then a new sentence", "He flew back to the U.S. The talks had failed.", []string{"He flew back to the U.S.", "The talks had failed."}},
		{"U.S. before a title", "The U.S. President spoke.", []string{"The U.S. President spoke."}},
		{"month at the end", "The vote is due in Jan. It may slip.", []string{"The vote is due in Jan.", "It may slip."}},
		{"line breaks as spaces", "It ended.\nThen silence.\tMore.", []string{"It ended.", "Then silence.", "More."}},
		{"ellipsis then a capital", "Wait… What?", []string{"Wait…", "What?"}},
		{"accented capital", "It ended. Émile left.", []string{"It ended.", "Émile left."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTexts(tt.text, Sentences(tt.text))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestSentencesAbbreviationAfterCurlyQuote(t *testing.T) {
	// noBreakBefore cuts the word before a full stop at the last space, bracket
	// or quote mark, but steps one byte past a three-byte curly mark, so the
	// word is "\x80\x9cDr" and is not recognised as an abbreviation.
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"“Dr. Jones will decide,” she said.", []string{"“Dr. Jones will decide,” she said."}},
		{"He said ‘Mr. Smith is wrong.’ Then he left.", []string{"He said ‘Mr. Smith is wrong.’", "Then he left."}},
		{"The song “J. Edgar Blues” won.", []string{"The song “J. Edgar Blues” won."}},
	} {
		got := sentenceTexts(tt.text, Sentences(tt.text))
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestSentencesNoEndsSentence(t *testing.T) {
	// "No." is an abbreviation only before a number ("No. 10"), so the
	// word "no" can end a sentence.
	text := "Dr. Jones said no. Then she left."
	want := []string{"Dr. Jones said no.", "Then she left."}
	if got := sentenceTexts(text, Sentences(text)); !reflect.DeepEqual(got, want) {
		t.Errorf("Sentences(%q)\n got %q\nwant %q", text, got, want)
	}
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{
		"",
		"   ",
		"Mr. Smith went to Washington. He stayed.",
		"U.S. officials said the talks were over. Russia disagreed.",
		"The walkout began on Jan. 5 after talks collapsed.",
		"J. R. Smith wrote it. He is famous.",
		"He said “It is over.” Then he left.",
		"‘... a deal.’ he said",
		"Is it over? No! It goes on… Maybe.",
		"One.   Two.  ",
		"...",
		". . .",
		"“Dr. Jones will decide,” she said.",
		"no final punctuation",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prevEnd := 0
		for i, s := range Sentences(text) {
			if s.Start < prevEnd || s.End > len(text) {
				t.Fatalf("sentence %d %+v overlaps the previous one (end %d) or leaves the text (%d) in %q", i, s, prevEnd, len(text), text)
			}
			if s.End <= s.Start {
				t.Fatalf("sentence %d %+v is empty in %q", i, s, text)
			}
			prevEnd = s.End
		}
	})
}

func BenchmarkSentences(b *testing.B) {
	s := strings.Repeat("Mr. Putin met U.S. officials on Jan. 5 in Alaska. “It went well,” he said. Then they left! ", 40)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Sentences(s)
	}
}
