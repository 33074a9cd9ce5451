package report

import (
	"math"
	"sort"
	"strings"

	"portray/analyze"
)

// SpeakerStats summarises the quotations of one speaker across a run.
type SpeakerStats struct {
	// Name is the speaker's canonical name.
	Name string
	// Type is person, group or organisation.
	Type string
	// Articles is the number of articles quoting the speaker.
	Articles int
	// Quotes counts the speaker's quotations (direct, partial, continuation).
	Quotes int
	// Reported counts the speaker's reported speech without quotation marks.
	Reported int
	// Words counts the words in the speaker's quotations.
	Words int
	// Tones are the tones of the quotations, in input order.
	Tones []float64
	// Negative, Neutral and Positive count the quotations by label.
	Negative, Neutral, Positive int
	// Cues counts the reporting verbs that introduced the speaker.
	Cues map[string]int

	lastArticle string
}

// PersonStats summarises how the text refers to one person across a run.
type PersonStats struct {
	// Name is the person's canonical name.
	Name string
	// Articles is the number of articles referring to the person.
	Articles int
	// Tones are the tones of the sentences that refer to the person outside
	// any quotation: how the text itself portrays them.
	Tones []float64
	// QuotedTones are the tones of other people's quotations that refer to the person.
	QuotedTones []float64

	lastArticle string
}

// Aggregate folds results into per-speaker and per-person summaries. It is
// small: a few numbers per person, never a row per paragraph.
type Aggregate struct {
	// Speakers maps canonical names to quotation summaries.
	Speakers map[string]*SpeakerStats
	// Persons maps canonical names to mention summaries.
	Persons map[string]*PersonStats
	// Inputs lists every input that was skipped or failed, in input order.
	Inputs []analyze.Input
	// Articles counts the analysed articles.
	Articles int
}

// NewAggregate returns an empty aggregate.
func NewAggregate() *Aggregate {
	return &Aggregate{Speakers: map[string]*SpeakerStats{}, Persons: map[string]*PersonStats{}}
}

// AddInput records an input that was skipped or failed.
func (g *Aggregate) AddInput(in analyze.Input) { g.Inputs = append(g.Inputs, in) }

// Add folds one article's quotations and mentions into the summaries.
func (g *Aggregate) Add(r analyze.Result) {
	g.Articles++
	id := r.Article.ID
	for _, q := range r.Quotes {
		if q.Speaker == "" || q.Kind == analyze.KindTerm {
			continue
		}
		s := g.Speakers[q.Speaker]
		if s == nil {
			s = &SpeakerStats{Name: q.Speaker, Cues: map[string]int{}, Type: q.SpeakerType}
			if s.Type == "" {
				s.Type = "person"
			}
			g.Speakers[q.Speaker] = s
		}
		if s.lastArticle != id {
			s.Articles++
			s.lastArticle = id
		}
		if q.Cue != "" {
			s.Cues[q.Cue]++
		}
		if q.Kind == analyze.KindIndirect {
			s.Reported++
			continue
		}
		s.Quotes++
		s.Words += len(strings.Fields(q.Text))
		s.Tones = append(s.Tones, q.Tone.Tone)
		switch q.Tone.Label {
		case "negative":
			s.Negative++
		case "positive":
			s.Positive++
		default:
			s.Neutral++
		}
	}
	for _, m := range r.Mentions {
		p := g.Persons[m.Person]
		if p == nil {
			p = &PersonStats{Name: m.Person}
			g.Persons[m.Person] = p
		}
		if p.lastArticle != id {
			p.Articles++
			p.lastArticle = id
		}
		if m.QuotedBy == "" {
			p.Tones = append(p.Tones, m.Tone.Tone)
		} else {
			p.QuotedTones = append(p.QuotedTones, m.Tone.Tone)
		}
	}
}

// Leaders returns the people to compare: the named ones when given, else the
// top n people by references plus quotations (groups and organisations
// left out), ties broken by name.
func (g *Aggregate) Leaders(named []string, n int) []string {
	if len(named) > 0 {
		return named
	}
	score := map[string]int{}
	for name, p := range g.Persons {
		score[name] += len(p.Tones)
	}
	for name, s := range g.Speakers {
		if s.Type == "person" {
			score[name] += s.Quotes
		}
	}
	names := make([]string, 0, len(score))
	for name := range score {
		names = append(names, name)
	}
	sort.Slice(names, func(i, j int) bool {
		if score[names[i]] != score[names[j]] {
			return score[names[i]] > score[names[j]]
		}
		return names[i] < names[j]
	})
	if len(names) > n {
		names = names[:n]
	}
	return names
}

// mean is the mean of xs, NaN when empty.
func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

// topCue is the most used reporting verb, ties broken alphabetically.
func topCue(c map[string]int) string {
	best, n := "", 0
	for v, k := range c {
		if k > n || k == n && v < best {
			best, n = v, k
		}
	}
	return best
}
