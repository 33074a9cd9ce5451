package analyze

import (
	"portray/analyze/attrib"
	"portray/analyze/input"
	"portray/analyze/nlp"
	"portray/analyze/people"
	"portray/analyze/tone"
)

// ParagraphResult is a paragraph with its tone.
type ParagraphResult struct {
	// Paragraph is the paragraph: its index, first line and text.
	input.Paragraph
	// Sentences is the number of sentences in the paragraph.
	Sentences int
	// Tone is the tone of the paragraph, averaged over its sentences.
	Tone tone.Scores
}

// Result is everything portray learns from one article.
type Result struct {
	// Article is the article analysed.
	Article input.Article
	// Boilerplate is the number of boilerplate blocks removed.
	Boilerplate int
	// Paragraphs are the kept paragraphs with their tone.
	Paragraphs []ParagraphResult
	// Quotes are the quotations and reported speech, in reading order.
	Quotes []attrib.Quote
	// Mentions are the references to people, in reading order.
	Mentions []attrib.Mention
	// People are the persons the article names, most mentioned first.
	People []people.Person
	// Tone is the tone of the whole article, averaged over its sentences
	// (without Terms).
	Tone tone.Scores
}

// Analyzer runs the analysis pipeline. Its zero value is not usable; set Tone.
type Analyzer struct {
	// Tone scores text.
	Tone *tone.Scorer
	// People is the user's list of aliases, roles and leaders; nil for none.
	People *people.Config
}

// Analyze runs the pipeline on one article: cleaning, paragraphs, sentences,
// people, quotations and attribution, mentions and tone.
func (an *Analyzer) Analyze(a input.Article) Result {
	paras, removed := input.Clean(a.Text)
	res := Result{Article: a, Boilerplate: removed}
	found, persons := attrib.Attribute(paras, an.People)
	ts := an.Tone.Session()
	var allSents []string
	for pi, f := range found {
		p := paras[pi]
		sents := make([]string, len(f.Sentences))
		for i, s := range f.Sentences {
			sents[i] = p.Text[s.Start:s.End]
		}
		allSents = append(allSents, sents...)
		res.Paragraphs = append(res.Paragraphs, ParagraphResult{Paragraph: p, Sentences: len(sents), Tone: ts.Score(sents...)})
		for i := range f.Quotes {
			f.Quotes[i].Tone = ts.Score(quoteSentences(f.Quotes[i].Text)...)
		}
		res.Quotes = append(res.Quotes, f.Quotes...)
		for _, r := range f.Mentions {
			m := r.Mention
			m.Tone = ts.ScoreToward(r.ToneText, r.From, r.To)
			res.Mentions = append(res.Mentions, m)
		}
	}
	res.Tone = ts.ScoreUnexplained(allSents...)
	res.People = persons
	return res
}

// quoteSentences splits quoted words into sentences for scoring.
func quoteSentences(t string) []string {
	spans := nlp.Sentences(t)
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = t[s.Start:s.End]
	}
	return out
}
