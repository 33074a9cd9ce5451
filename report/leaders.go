package report

import (
	"fmt"
	"math"
	"portray/analyze/nlp"
	"sort"
	"strings"
)

// nanValue marks a missing number; it is written as an empty cell.
var nanValue = math.NaN()

// minN is the smallest number of items behind a mean that gets a 95%
// interval and that the tables compare with another; below it the interval
// is left empty and the tables say "too few". From fewer values a
// percentile bootstrap of the mean is far narrower than the real
// uncertainty: from two it is just their range.
const minN = 5

// share is k of n as a fraction, NaN when n is 0.
func share(k, n int) float64 {
	if n == 0 {
		return nanValue
	}
	return float64(k) / float64(n)
}

// leaderRow is the comparison of one leader within a group of articles:
// their own words beside how the text speaks of them.
type leaderRow struct {
	// Leader is the canonical name.
	Leader string
	// Articles counts the articles that quote or mention the leader.
	Articles int
	// Quotes and WordsQuoted measure the leader's own words.
	Quotes, WordsQuoted int
	// Own is the mean tone of the leader's quotations with its interval.
	Own interval
	// Portrayed is the mean tone of the sentences about the leader in the
	// writer's own words, with its interval.
	Portrayed interval
	// Others is the mean tone of other speakers' quotations about the leader.
	Others interval
	// VoiceShare is the leader's share of the words quoted from all the leaders compared.
	VoiceShare float64
	// MentionShare is the leader's share of the sentences about all the leaders compared.
	MentionShare float64
	// NeutralVerbShare and LoadedVerbShare split the reporting verbs that
	// introduced the leader's words (nlp.FramingOf).
	NeutralVerbShare, LoadedVerbShare float64
	// loadedVerbs lists the loaded verbs used, most used first ("claim 3; insist 1").
	LoadedVerbs string
	// OwnVsPortrayed says whether own words and portrayal differ beyond their intervals.
	OwnVsPortrayed string
	// PortrayedVsLeaders says, leader by leader, where the portrayal differs
	// beyond the intervals; overlapping intervals are no difference.
	PortrayedVsLeaders string
}

// leaderRows computes the comparison of the given leaders from a set of
// tallies (the run's or one group's), in the order given. seed makes the
// bootstrap intervals of each group reproducible.
func leaderRows(m map[string]*tally, leaders []string, seed string) []leaderRow {
	out := make([]leaderRow, len(leaders))
	words, ments := 0, 0
	for _, name := range leaders {
		if t := m[name]; t != nil {
			words += t.Words
			ments += t.Portrayed.N
		}
	}
	for i, name := range leaders {
		r := leaderRow{Leader: name}
		t := m[name]
		if t == nil {
			t = &tally{Cues: map[string]int{}}
		}
		r.Articles, r.Quotes, r.WordsQuoted = t.Articles, t.Quotes, t.Words
		r.Own = t.Own.interval(seed + "|own|" + name)
		r.Portrayed = t.Portrayed.interval(seed + "|portrayed|" + name)
		r.Others = t.Others.interval(seed + "|others|" + name)
		r.VoiceShare, r.MentionShare = share(t.Words, words), share(t.Portrayed.N, ments)
		r.NeutralVerbShare, r.LoadedVerbShare, r.LoadedVerbs = framing(t.Cues)
		r.OwnVsPortrayed = compare(r.Own, r.Portrayed, "own words warmer than portrayal", "portrayal warmer than own words")
		out[i] = r
	}
	for i := range out {
		var notes []string
		for j := range out {
			if i == j {
				continue
			}
			switch c := compare(out[i].Portrayed, out[j].Portrayed, "warmer", "cooler"); c {
			case "warmer", "cooler":
				notes = append(notes, c+" than "+out[j].Leader)
			}
		}
		switch {
		case out[i].Portrayed.N < minN:
			out[i].PortrayedVsLeaders = fmt.Sprintf("too few sentences to compare (n<%d)", minN)
		case len(notes) == 0:
			out[i].PortrayedVsLeaders = "no clear difference from the other leaders"
		default:
			out[i].PortrayedVsLeaders = strings.Join(notes, "; ")
		}
	}
	return out
}

// compare calls a difference between two means only when both rest on at
// least minN items and their 95% intervals do not overlap.
func compare(a, b interval, higher, lower string) string {
	switch {
	case a.N < minN || b.N < minN:
		return fmt.Sprintf("too few to compare (n<%d)", minN)
	case a.Low > b.High:
		return higher
	case a.High < b.Low:
		return lower
	}
	return "no clear difference (intervals overlap)"
}

// framing splits reporting verbs (lemmas) into neutral and loaded shares,
// as nlp.FramingOf tells them, and lists
// the loaded ones, most used first.
func framing(cues map[string]int) (neutral, loaded float64, list string) {
	total, n, l := 0, 0, 0
	var used []string
	for v, k := range cues {
		total += k
		switch nlp.FramingOf(v) {
		case nlp.Neutral:
			n += k
		case nlp.Loaded:
			l += k
			used = append(used, v)
		}
	}
	sort.Slice(used, func(i, j int) bool {
		if cues[used[i]] != cues[used[j]] {
			return cues[used[i]] > cues[used[j]]
		}
		return used[i] < used[j]
	})
	parts := make([]string, len(used))
	for i, v := range used {
		parts[i] = fmt.Sprintf("%s %d", v, cues[v])
	}
	return share(n, total), share(l, total), strings.Join(parts, "; ")
}
