package tone

import (
	"strings"

	"portray/analyze/nlp"
)

// Session scores the texts of one article. It remembers each sentence it
// has read, so a sentence scored for its paragraph, for the whole article
// and toward every person it names is tokenised and read by VADER and the
// Naive Bayes model once. Scores are exactly those of the Scorer. A
// Session is not safe for concurrent use: make one per article.
type Session struct {
	s       *Scorer
	cache   sentCache
	scratch termScratch
}

// Session starts a session for one article.
func (s *Scorer) Session() *Session {
	return &Session{s: s, cache: sentCache{}}
}

// Score is Scorer.Score, remembering sentences.
func (ss *Session) Score(sentences ...string) Scores {
	return ss.s.score(ss.cache, &ss.scratch, sentences, true)
}

// ScoreUnexplained is Score without Terms, for a text whose explanation
// nobody reads (a whole article): listing the words that moved a long
// text's score costs as much as scoring it.
func (ss *Session) ScoreUnexplained(sentences ...string) Scores {
	return ss.s.score(ss.cache, &ss.scratch, sentences, false)
}

// ScoreToward is Scorer.ScoreToward, remembering sentences.
func (ss *Session) ScoreToward(sentence string, from, to int) Scores {
	from, to = clampSpan(sentence, from, to)
	if strings.TrimSpace(sentence) == "" {
		return Scores{Label: Label(0)}
	}
	return ss.s.scoreMentions(ss.cache, &ss.scratch, sentence, []Mention{{From: from, To: to, Sentence: nlp.Span{Start: 0, End: len(sentence)}}})
}
