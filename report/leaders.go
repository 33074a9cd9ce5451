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
	// LeftOut counts the quotations given to the leader that were left out
	// of their own words as unsure (attrib.ConfidentAt).
	LeftOut int
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
	// LoadedVerbs lists the loaded verbs used, most used first ("claim 3; insist 1").
	LoadedVerbs string
	// Shares are the shares above and the label mix with their
	// intervals.
	Shares shares
	// OwnVsPortrayed says whether own words and portrayal differ: by the
	// adjusted interval of their difference (see family).
	OwnVsPortrayed string
	// PortrayedVsLeaders says, leader by leader, where the portrayal
	// differs: by the adjusted interval of each pairwise difference.
	PortrayedVsLeaders string
}

// leaderRows computes the comparison of the given leaders within one
// article, in the order given: there the items themselves are the units,
// so the intervals resample the article's quotations and sentences, and
// own words are set against portrayal by the interval of the difference
// of the two (welch; see family). seed makes the intervals reproducible.
func leaderRows(m map[string]*tally, leaders []string, seed string) []leaderRow {
	out := leaderCounts(m, leaders)
	var own []diffRow
	for i, name := range leaders {
		t := m[name]
		if t == nil {
			t = &tally{Cues: map[string]int{}}
		}
		r := &out[i]
		r.Own = t.Own.interval(seed + "|own|" + name)
		r.Portrayed = t.Portrayed.interval(seed + "|portrayed|" + name)
		r.Others = t.Others.interval(seed + "|others|" + name)
		own = append(own, diffRow{Tone: welch(&t.Own, &t.Portrayed)})
	}
	family(own, "own words warmer than portrayal", "portrayal warmer than own words")
	for i := range out {
		out[i].OwnVsPortrayed = own[i].Verdict
	}
	return out
}

// welch is the difference of the means of two samples of one article's
// items with its 95% interval, mean difference ± t·SE, SE from the two
// samples' spreads (Welch), t taken for the smaller sample (a cautious
// choice of degrees of freedom); no interval below minN items on either
// side.
func welch(a, b *sample) estimate {
	e := estimate{Items: a.N, Units: min(a.N, b.N), Value: a.mean() - b.mean(), Low: nanValue, High: nanValue, SE: nanValue}
	if a.N < minN || b.N < minN {
		return e
	}
	e.SE = math.Sqrt(a.M2/float64(a.N-1)/float64(a.N) + b.M2/float64(b.N-1)/float64(b.N))
	half := tQuantile(e.Units, 0.975) * e.SE
	e.Low, e.High = e.Value-half, e.Value+half
	return e
}

// leaderCounts is the leaders' rows with the counts, the means and the
// shares of the tallies, and no intervals yet.
func leaderCounts(m map[string]*tally, leaders []string) []leaderRow {
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
		r.Articles, r.Quotes, r.WordsQuoted, r.LeftOut = t.Articles, t.Quotes, t.Words, t.LeftOut
		r.Own = interval{N: t.Own.N, Mean: t.Own.mean(), Low: nanValue, High: nanValue}
		r.Portrayed = interval{N: t.Portrayed.N, Mean: t.Portrayed.mean(), Low: nanValue, High: nanValue}
		r.Others = interval{N: t.Others.N, Mean: t.Others.mean(), Low: nanValue, High: nanValue}
		r.VoiceShare, r.MentionShare = share(t.Words, words), share(t.Portrayed.N, ments)
		r.NeutralVerbShare, r.LoadedVerbShare, r.LoadedVerbs = framing(t.Cues)
		point := func(v float64, n int) estimate {
			return estimate{Items: n, Value: v, Low: nanValue, High: nanValue, SE: nanValue}
		}
		r.Shares = shares{
			OwnNeg: point(100*share(t.Negative, t.Quotes), t.Quotes), OwnPos: point(100*share(t.Positive, t.Quotes), t.Quotes),
			PortNeg: point(100*share(t.Portrayed.Labels[0], t.Portrayed.N), t.Portrayed.N), PortPos: point(100*share(t.Portrayed.Labels[2], t.Portrayed.N), t.Portrayed.N),
			Voice: point(r.VoiceShare, words), Mention: point(r.MentionShare, ments),
			Neutral: point(r.NeutralVerbShare, 0), Loaded: point(r.LoadedVerbShare, 0),
		}
		out[i] = r
	}
	return out
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
