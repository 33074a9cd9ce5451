package attrib

import (
	"strings"
	"testing"
)

// ref is an expected mention: in the sentence that contains sentence, the
// words refer to person; an empty person means no row for those words.
type ref struct {
	sentence, words, person string
}

// TestReferences checks that each reference in an article is tied to the
// person it refers to: surnames several people share, titled surnames,
// pronouns and role nouns.
func TestReferences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []ref
	}{
		{
			name: "bare surname in an article about Hillary after one Bill Clinton",
			text: "Hillary Clinton campaigned in Ohio on Tuesday.\n" +
				"Former President Bill Clinton spoke at a union hall in Iowa the same day.\n" +
				"Clinton told voters in Columbus that she would raise wages.\n" +
				"Clinton also attacked her rival over trade.",
			want: []ref{
				{"Clinton told voters", "Clinton", "Hillary Clinton"},
				{"Clinton also attacked", "Clinton", "Hillary Clinton"},
			},
		},
		{
			name: "Mrs. Trump once, Mr. Trump and Trump otherwise",
			text: "Donald Trump held a rally in Florida on Monday.\n" +
				"His wife, Melania Trump, stayed in New York.\n" +
				"Mr. Trump told the crowd that the polls were wrong.\n" +
				"Mrs. Trump gave an interview about her work.\n" +
				"Trump later attacked the press.",
			want: []ref{
				{"Mr. Trump told", "Mr. Trump", "Donald Trump"},
				{"Mrs. Trump gave", "Mrs. Trump", "Melania Trump"},
				{"Trump later attacked", "Trump", "Donald Trump"},
			},
		},
		{
			name: "President Obama with Michelle Obama present",
			text: "President Obama urged black voters to turn out in November.\n" +
				"Mr. Obama said that his legacy was on the ballot.\n" +
				"The campaign will also use the first lady, Michelle Obama, in Ohio.\n" +
				"Obama will speak in Philadelphia on Tuesday.",
			want: []ref{
				{"President Obama urged", "President Obama", "Obama"},
				{"Mr. Obama said", "Mr. Obama", "Obama"},
				{"Obama will speak", "Obama", "Obama"},
			},
		},
		{
			name: "Mr. Clinton most often, Mrs. Clinton for the woman named after him",
			text: "Donald J. Trump attacked former President Bill Clinton on Monday.\n" +
				"Mr. Trump said Mr. Clinton had abused women.\n" +
				"Hillary Clinton answered on Tuesday.\n" +
				"Mrs. Clinton said the attacks were a distraction.\n" +
				"Mr. Clinton did not respond.",
			want: []ref{
				{"Mrs. Clinton said", "Mrs. Clinton", "Hillary Clinton"},
				{"Mr. Clinton did not", "Mr. Clinton", "Bill Clinton"},
			},
		},
		{
			name: "an undecidable bare surname is left unresolved",
			text: "John Smith and Mary Smith opened the bakery in 1990.\n" +
				"Smith now works there on weekends.",
			want: []ref{
				{"Smith now works", "Smith", ""},
			},
		},
		{
			name: "he after a male subject",
			text: "Donald Trump held a rally in Ohio.\n" +
				"His wife, Melania Trump, stayed in New York, and Mrs. Trump gave an interview there.\n" +
				"Trump spoke for an hour. He said the polls were wrong.",
			want: []ref{
				{"He said the polls", "He", "Donald Trump"},
			},
		},
		{
			name: "the president is the article's president, not the chancellor just named",
			text: "President Emmanuel Macron arrived in Berlin on Monday.\n" +
				"Chancellor Angela Merkel welcomed him at the airport.\n" +
				"The French president said the talks would be hard.",
			want: []ref{
				{"The French president said", "The French president", "Emmanuel Macron"},
			},
		},
		{
			name: "a sentence that refers to a person only by an object pronoun",
			text: "Angela Merkel spoke in Munich on Friday.\n" +
				"The crowd cheered her for ten minutes.",
			want: []ref{
				{"The crowd cheered", "her", "Angela Merkel"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := attribute(tt.text, nil)
			for _, w := range tt.want {
				var got []string
				for _, m := range res.Mentions {
					if strings.Contains(m.Text, w.sentence) && m.Words == w.words {
						got = append(got, m.Person)
					}
				}
				switch {
				case w.person == "" && len(got) > 0:
					t.Errorf("%q in %q: got %v, want no person", w.words, w.sentence, got)
				case w.person != "" && (len(got) != 1 || got[0] != w.person):
					t.Errorf("%q in %q: got %v, want %s\nmentions: %+v", w.words, w.sentence, got, w.person, brief(res.Mentions))
				}
			}
		})
	}
}

// brief lists mentions as words -> person, for failure messages.
func brief(ms []Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Words+" -> "+m.Person)
	}
	return out
}
