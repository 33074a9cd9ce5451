package tone

import (
	"sync"

	"github.com/jonreiter/govader"
)

// polarityMemo remembers VADER's scores of recent sentences: the batch
// scores one sentence several times (for its paragraph, and toward each
// person it names). VADER is a pure function of the text, so the memo
// changes no result, only the time.
type polarityMemo struct {
	mu sync.Mutex
	m  map[string]govader.Sentiment
}

// memoSize bounds the memo; when full it starts again empty.
const memoSize = 1 << 14

// polarity returns VADER's scores of an already cleaned sentence.
func (s *Scorer) polarity(clean string) govader.Sentiment {
	s.memo.mu.Lock()
	v, ok := s.memo.m[clean]
	s.memo.mu.Unlock()
	if ok {
		return v
	}
	v = s.vader.PolarityScores(clean)
	s.memo.mu.Lock()
	if s.memo.m == nil || len(s.memo.m) >= memoSize {
		s.memo.m = make(map[string]govader.Sentiment, 1024)
	}
	s.memo.m[clean] = v
	s.memo.mu.Unlock()
	return v
}
