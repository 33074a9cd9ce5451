package tone

import (
	"strings"
)

// ScoreToward scores the tone of text toward the person mentioned at byte
// offsets [from, to) (end exclusive; offsets outside the text are clamped):
// how the mention's sentence, and above all its clause, speaks of that
// person. In "Putin praised Trump while attacking Zelensky" the tone toward
// Trump is positive and toward Zelensky negative. Vader and NB are those of
// the mention's sentence; Lex is the lexicon score of its clause.
func (s *Scorer) ScoreToward(text string, from, to int) Scores {
	return (&Session{s: s}).ScoreToward(text, from, to)
}

// ScoreTowardName scores the tone of text toward the person called name
// ("Vladimir Putin"). Every mention of a word of the name (three letters
// or more, titles left out, capitalised in the text) counts; a sentence
// without one but with a third-person pronoun (he, she, his, her...) counts
// the pronoun as a mention, so "Putin arrived. He was praised." is about
// Putin twice. A text that never names the person is read sentence by
// sentence as a whole. The tone is the mean over mentions.
func (s *Scorer) ScoreTowardName(text, name string) Scores {
	if strings.TrimSpace(text) == "" {
		return Scores{Label: Label(0)}
	}
	return s.scoreMentions(nil, nil, text, FindMentions(text, name))
}

// Mention is where a text speaks of a person.
type Mention struct {
	// From and To are the mention's byte offsets in the text, end exclusive;
	// they are equal when a sentence is read as a whole.
	From, To int
	// Sentence is the byte span of the mention's sentence.
	Sentence [2]int
}

// titles are left out of a name's words.
var titles = map[string]bool{
	"president": true, "mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "senator": true,
	"rep": true, "gov": true, "governor": true, "prime": true, "minister": true, "sir": true, "jr": true,
	"sr": true, "king": true, "queen": true, "prince": true, "general": true, "gen": true, "the": true,
	"chancellor": true, "secretary": true, "judge": true, "justice": true, "pope": true, "lord": true,
	"lady": true, "dame": true, "former": true, "vice": true,
}

// pronouns of the third person singular stand for the person in a
// sentence that does not name them.
var pronouns = map[string]bool{"he": true, "him": true, "his": true, "she": true, "her": true, "hers": true}

// FindMentions finds the mentions of the person called name in text:
// capitalised words of the name (consecutive ones make one mention), then,
// in sentences without one, the first third-person pronoun. A text with no
// mention at all gives one whole-sentence Mention per sentence.
func FindMentions(text, name string) []Mention {
	words := map[string]bool{}
	for _, t := range tokenize(name) {
		if t.word && len([]rune(t.norm)) >= 3 && !titles[t.norm] {
			words[t.norm] = true
		}
	}
	spans := sentenceSpans(text)
	var out []Mention
	var pron []Mention
	for _, sp := range spans {
		toks := tokenize(text[sp[0]:sp[1]])
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
			out = append(out, Mention{From: sp[0] + int(t.start), To: sp[0] + int(toks[end-1].end), Sentence: sp})
			found = true
			k = end - 1
		}
		if found {
			continue
		}
		for _, t := range toks {
			if t.word && pronouns[t.norm] {
				pron = append(pron, Mention{From: sp[0] + int(t.start), To: sp[0] + int(t.end), Sentence: sp})
				break
			}
		}
	}
	out = append(out, pron...)
	if len(out) == 0 {
		for _, sp := range spans {
			out = append(out, Mention{From: sp[0], To: sp[0], Sentence: sp})
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
		st := text[m.Sentence[0]:m.Sentence[1]]
		si := s.sentence(c, st)
		bags := scratch // the features of one mention may use the scratch's bags
		if len(ms) > 1 {
			bags = nil
		}
		fs[i] = s.targetFeatures(st, si.toks, m.From-m.Sentence[0], m.To-m.Sentence[0], si.vader.Compound, si.nb, bags)
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
