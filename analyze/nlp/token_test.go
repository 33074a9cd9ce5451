package nlp

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// tokenTexts renders tokens as their text, punctuation marks in brackets.
func tokenTexts(s string, toks []Token) []string {
	var out []string
	for _, t := range toks {
		w := s[t.Start:t.End]
		if !t.Word {
			w = "[" + w + "]"
		}
		out = append(out, w)
	}
	return out
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string // tokens joined by spaces, punctuation in brackets
	}{
		{"empty", "", ""},
		{"words and stops", "The council met.", "The council met [.]"},
		{"apostrophes inside", "Didn’t O'Brien say it's fine?", "Didn’t O'Brien say it's fine [?]"},
		{"apostrophe at the end", "the players’ union", "the players [’] union"},
		{"possessive", "Trump’s plan", "Trump’s plan"},
		{"hyphens", "a mail-in vote in mid-2016", "a mail-in vote in mid-2016"},
		{"hyphen before a space", "pre- and post-war", "pre [-] and post-war"},
		{"dotted acronym", "the U.S. and D.C. officials", "the U.S [.] and D.C [.] officials"},
		{"no dot join after a long word", "end.The", "end [.] The"},
		{"decimal", "2.5 per cent", "2 [.] 5 per cent"},
		{"censored word", "a f*** joke * here", "a f*** joke [*] here"},
		{"dashes and quotes", "“Yes”—she said", "[“] Yes [”] [—] she said"},
		{"non-Latin letters", "Зеленский сказал", "Зеленский сказал"},
		{"non-breaking space", "a\u00a0b", "a b"},
		{"bad UTF-8", "a\xffb", "a [\xff] b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(tokenTexts(tt.text, Tokens(tt.text, nil)), " ")
			if got != tt.want {
				t.Errorf("Tokens(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestTokensSkipMarks(t *testing.T) {
	// The quotation marks of ‘don't’ and 'it' are marks: neither tokens
	// nor inside a word, though a letter follows the straight one.
	s := "He said 'it's' and ‘no’."
	marks := []Span{{8, 9}, {13, 14}, {19, 22}, {24, 27}}
	got := tokenTexts(s, Tokens(s, marks))
	want := []string{"He", "said", "it's", "and", "no", "[.]"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Tokens(%q, marks)\n got %q\nwant %q", s, got, want)
	}
	// A mark right after a word's apostrophe ends the word there.
	s = "rock'n'roll"
	got = tokenTexts(s, Tokens(s, []Span{{6, 7}}))
	want = []string{"rock'n", "roll"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Tokens(%q, mark at 6)\n got %q\nwant %q", s, got, want)
	}
}

func TestWordShape(t *testing.T) {
	for _, tt := range []struct {
		w                        string
		lower                    string
		startsUpper, capitalised bool
	}{
		{"Trump", "trump", true, true},
		{"NATO", "nato", true, false},
		{"I", "i", true, false},
		{"McCain", "mccain", true, true},
		{"Émile", "émile", true, true},
		{"didn’t", "didn't", false, false},
		{"eBay", "ebay", false, false},
		{"", "", false, false},
	} {
		if got := Lower(tt.w); got != tt.lower {
			t.Errorf("Lower(%q) = %q, want %q", tt.w, got, tt.lower)
		}
		if got := StartsUpper(tt.w); got != tt.startsUpper {
			t.Errorf("StartsUpper(%q) = %v, want %v", tt.w, got, tt.startsUpper)
		}
		if got := Capitalised(tt.w); got != tt.capitalised {
			t.Errorf("Capitalised(%q) = %v, want %v", tt.w, got, tt.capitalised)
		}
	}
}

func FuzzTokens(f *testing.F) {
	for _, s := range []string{"", "The U.S. said no.", "didn’t mail-in f***", "a\xffb", "“Yes”—she"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		end := 0
		for i, tok := range Tokens(s, nil) {
			if tok.Start < end || tok.End <= tok.Start || tok.End > len(s) {
				t.Fatalf("token %d %+v overlaps the previous one (end %d), is empty or leaves the text in %q", i, tok, end, s)
			}
			if strings.TrimSpace(s[tok.Start:tok.End]) == "" {
				t.Fatalf("token %d %+v is white space in %q", i, tok, s)
			}
			end = tok.End
		}
	})
}

func BenchmarkTokens(b *testing.B) {
	s := strings.Repeat("The U.S. president didn’t say whether the mail-in vote, due on Jan. 5, would go ahead. ", 50)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Tokens(s, nil)
	}
}

func TestSplitCompounds(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"a mail-in vote", "a mail [-] in vote"},
		{"the anti-war, pro-EU mid-2016 push", "the anti [-] war [,] pro [-] EU mid [-] 2016 push"},
		{"Ocasio-Cortez-Smith said", "Ocasio [-] Cortez [-] Smith said"},
		{"no compounds - here", "no compounds [-] here"},
	} {
		toks := Tokens(tt.text, nil)
		before := slices.Clone(toks)
		got := strings.Join(tokenTexts(tt.text, SplitCompounds(tt.text, toks)), " ")
		if got != tt.want {
			t.Errorf("SplitCompounds(%q)\n got %q\nwant %q", tt.text, got, tt.want)
		}
		if !slices.Equal(toks, before) {
			t.Errorf("SplitCompounds(%q) changed its input", tt.text)
		}
	}
}
