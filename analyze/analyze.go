package analyze

import (
	"strings"

	"portray/analyze/input"
	"portray/analyze/nlp"
	"portray/analyze/people"
	"portray/analyze/quote"
	"portray/analyze/tone"
)

// Quote kinds.
const (
	KindDirect       = "direct"       // a whole quoted statement
	KindPartial      = "partial"      // a few quoted words inside the writer's sentence
	KindContinuation = "continuation" // a quoted paragraph carried on from the previous speaker
	KindIndirect     = "indirect"     // reported speech without quotation marks
	KindTerm         = "term"         // quotation marks around a term or title, not speech
)

// Quote is one quotation (or one piece of reported speech) and who said it.
type Quote struct {
	// Paragraph is the 1-based index of the paragraph holding the quotation.
	Paragraph int
	// Line is the input line where that paragraph starts.
	Line int
	// Start and End are the byte offsets of the quoted words in the paragraph's text.
	Start, End int
	// Text is the quoted words without the marks.
	Text string
	// Kind is direct, partial, continuation, indirect or term.
	Kind string
	// Speaker is the canonical name of the speaker, empty when unknown or a term.
	Speaker string
	// SpeakerType is person, group or organisation; empty without a speaker.
	SpeakerType string
	// SpeakerMention is the words that named the speaker ("he", "the Russian president").
	SpeakerMention string
	// Cue is the reporting verb, in its base form ("say", "tell").
	Cue string
	// Attribution names the rule that chose the speaker.
	Attribution string
	// Confidence is how sure that rule is, 0..1.
	Confidence float64
	// Tone is the tone of the quoted words.
	Tone tone.Scores
}

// Mention is a sentence that names or refers to a person.
type Mention struct {
	// Paragraph is the 1-based index of the paragraph.
	Paragraph int
	// Sentence is the 1-based index of the sentence within the paragraph.
	Sentence int
	// Person is the canonical name of the person referred to.
	Person string
	// Words are the words that refer to the person ("Mr Trump", "the US president").
	Words string
	// Kind is how the person is referred to: name, surname, role or pronoun.
	Kind string
	// QuotedBy is the speaker when the reference lies inside someone's quotation, else empty.
	QuotedBy string
	// Text is the sentence.
	Text string
	// Tone is the tone toward the person of the sentence with quoted words
	// left out (or of the quotation, when the reference lies inside one).
	Tone tone.Scores
}

// ParagraphResult is a paragraph with its tone.
type ParagraphResult struct {
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
	Quotes []Quote
	// Mentions are the references to people, in reading order.
	Mentions []Mention
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
	d, parsed := an.discourse(paras)
	ts := an.Tone.Session()
	var allSents []string
	for _, pp := range parsed {
		quotes, mentions := d.attribute(pp)
		sents := make([]string, len(pp.sents))
		for i, s := range pp.sents {
			sents[i] = pp.text[s.Start:s.End]
		}
		allSents = append(allSents, sents...)
		res.Paragraphs = append(res.Paragraphs, ParagraphResult{Paragraph: pp.Paragraph, Sentences: len(sents), Tone: ts.Score(sents...)})
		for i := range quotes {
			quotes[i].Tone = ts.Score(quoteSentences(quotes[i].Text)...)
		}
		for i := range mentions {
			m := mentions[i]
			mentions[i].Tone = ts.ScoreToward(m.scoreText, m.from, m.to)
		}
		res.Quotes = append(res.Quotes, quotes...)
		for _, m := range mentions {
			res.Mentions = append(res.Mentions, m.Mention)
		}
	}
	res.Tone = ts.ScoreUnexplained(allSents...)
	res.People = d.p.Persons()
	return res
}

// discourse parses the paragraphs (quotations, tokens, sentences) and
// registers the article's people: everything attribution needs.
func (an *Analyzer) discourse(paras []input.Paragraph) (*discourse, []*parsedPara) {
	d := newDiscourse(an.People)
	parsed := make([]*parsedPara, len(paras))
	for i, p := range paras {
		parsed[i] = parsePara(p)
	}
	d.common = lowerWords(parsed)
	for _, pp := range parsed {
		pp.runs = findNameRuns(pp, d.common)
		d.register(pp)
	}
	d.finishRegistry(parsed)
	return d, parsed
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

// unquoted is a sentence with its quoted words replaced by a space, and
// where each kept piece of the sentence landed.
type unquoted struct {
	text   string
	pieces [][3]int // start and end in the paragraph, start in text
}

// at maps a paragraph offset outside quotations to its offset in text, -1
// when it lies in a quotation.
func (u unquoted) at(pos int) int {
	for _, p := range u.pieces {
		if pos >= p[0] && pos <= p[1] {
			return p[2] + pos - p[0]
		}
	}
	return -1
}

// outsideQuotes returns sentence s of a paragraph with its quoted words
// left out.
func outsideQuotes(text string, s nlp.Span, quotes []quote.Span) unquoted {
	var u unquoted
	var b strings.Builder
	keep := func(from, to int) {
		u.pieces = append(u.pieces, [3]int{from, to, b.Len()})
		b.WriteString(text[from:to])
	}
	at := s.Start
	for _, q := range quotes {
		if q.Close.End <= s.Start || q.Open.Start >= s.End {
			continue
		}
		if q.Open.Start > at {
			keep(at, q.Open.Start)
		}
		b.WriteString(" ")
		at = max(at, min(q.Close.End, s.End))
	}
	if at < s.End {
		keep(at, s.End)
	}
	u.text = b.String()
	return u
}
