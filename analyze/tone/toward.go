package tone

import (
	"unicode/utf8"

	"portray/analyze/nlp"
)

// ScoreToward scores the tone of a sentence toward the person mentioned at
// byte offsets [from, to) (end exclusive; offsets outside the sentence are
// clamped): how the sentence, and above all the mention's clause, speaks
// of that person. The sentence is read as one: splitting text into
// sentences is the caller's (nlp.Sentences). In "Putin praised Trump while attacking Zelensky" the tone toward
// Trump is positive and toward Zelensky negative. Vader and NB are those of
// the mention's sentence; Lex is the lexicon score of its clause.
func (s *Scorer) ScoreToward(sentence string, from, to int) Scores {
	return (&Session{s: s}).ScoreToward(sentence, from, to)
}

// ScoreTowardName scores the tone of text, made of the given sentences
// (spans of text, as nlp.Sentences gives them), toward the person called
// name ("Vladimir Putin"). Every mention of a word of the name (three letters
// or more, titles left out, capitalised in the text) counts; a sentence
// without one but with a third-person pronoun (he, she, his, her...) counts
// the pronoun as a mention, so "Putin arrived. He was praised." is about
// Putin twice. A text that never names the person is read sentence by
// sentence as a whole. The tone is the mean over mentions.
func (s *Scorer) ScoreTowardName(text string, sentences []nlp.Span, name string) Scores {
	ms := FindMentions(text, sentences, name)
	if len(ms) == 0 {
		return Scores{Label: Label(0)}
	}
	return s.scoreMentions(nil, nil, text, ms)
}

// Mention is where a text speaks of a person.
type Mention struct {
	// From and To are the mention's byte offsets in the text, end exclusive;
	// they are equal when a sentence is read as a whole.
	From, To int
	// Sentence is the byte span of the mention's sentence.
	Sentence nlp.Span
}

// pronouns of the third person singular stand for the person in a
// sentence that does not name them.
var pronouns = map[string]bool{"he": true, "him": true, "his": true, "she": true, "her": true, "hers": true}

// FindMentions finds the mentions of the person called name in the
// sentences (spans) of text: capitalised words of the name, three letters
// or more and not a title (consecutive ones make one mention), then, in
// sentences without one, the first third-person pronoun. A text with no
// mention at all gives one whole-sentence Mention per sentence.
func FindMentions(text string, sentences []nlp.Span, name string) []Mention {
	words := map[string]bool{}
	for _, t := range tokenize(name) {
		if t.word && utf8.RuneCountInString(t.norm) >= 3 && !nlp.IsTitle(t.norm) && t.norm != "the" {
			words[t.norm] = true
		}
	}
	var out []Mention
	var pron []Mention
	for _, sp := range sentences {
		toks := tokenize(text[sp.Start:sp.End])
		found := false
		for k := 0; k < len(toks); k++ {
			t := toks[k]
			if !t.word || !t.proper || !words[t.norm] {
				continue
			}
			end := k + 1
			for end < len(toks) && toks[end].word && toks[end].proper && words[toks[end].norm] {
				end++
			}
			out = append(out, Mention{From: sp.Start + int(t.start), To: sp.Start + int(toks[end-1].end), Sentence: sp})
			found = true
			k = end - 1
		}
		if found {
			continue
		}
		for _, t := range toks {
			if t.word && pronouns[t.norm] {
				pron = append(pron, Mention{From: sp.Start + int(t.start), To: sp.Start + int(t.end), Sentence: sp})
				break
			}
		}
	}
	out = append(out, pron...)
	if len(out) == 0 {
		for _, sp := range sentences {
			out = append(out, Mention{From: sp.Start, To: sp.Start, Sentence: sp})
		}
	}
	// Mentions in text order.
	sortMentions(out)
	return out
}

func sortMentions(ms []Mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].From < ms[j-1].From; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// scoreMentions averages the target head's reading of every mention.
func (s *Scorer) scoreMentions(c sentCache, scratch *termScratch, text string, ms []Mention) Scores {
	h := &s.model.Target
	n := float64(len(ms))
	fs := make([]Features, len(ms))
	mean := make([]float64, len(h.Weights))
	var v []float64
	var sc Scores
	for i, m := range ms {
		st := text[m.Sentence.Start:m.Sentence.End]
		si := s.sentence(c, st)
		bags := scratch // the features of one mention may use the scratch's bags
		if len(ms) > 1 {
			bags = nil
		}
		fs[i] = s.targetFeatures(st, si.toks, m.From-m.Sentence.Start, m.To-m.Sentence.Start, si.vader.Compound, si.nb, bags)
		v = fs[i].appendLexVector(v[:0])
		for k, x := range v {
			mean[k] += x / n
		}
	}
	sc.Vader = mean[0]
	sc.NB = mean[2]
	sc.Lex = mean[len(TargetFixed)+1]
	sc.Tone = clamp(h.Tone(h.Linear(mean)))
	sc.Label = Label(sc.Tone)
	sc.Terms = s.terms(fs, h, scratch)
	if len(fs) == 1 {
		scratch.reuse(fs[0])
	}
	return sc
}
