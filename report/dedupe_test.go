package report

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// wireStory is a wire report as one outlet runs it, paragraph by
// paragraph; the tests below make the versions other outlets run.
var wireStory = []string{
	"Governor Elena Varga on Tuesday signed a budget that cuts the state's road repair fund by a fifth, a week after lawmakers sent it to her desk with a margin of two votes.",
	"\"We cannot keep borrowing against our children's future,\" Varga told reporters at the capitol in Marlow, adding that the repair programme would be reviewed again in the spring.",
	"The cut, worth about 340 million dollars over two years, drew sharp criticism from county officials, who said dozens of bridges had already been closed to heavy trucks.",
	"Senator Idris Calloway, who leads the opposition in the upper chamber, called the budget \"a slow-motion collapse of everything we built\" and said his party would try to restore the money in the autumn session.",
	"Varga's office said the savings would go to the state pension fund, which auditors warned last year was short by nearly four billion dollars.",
	"Traffic engineers at the state transport department, speaking on condition of anonymity because they were not authorised to comment, said the backlog of repairs had doubled since 2019.",
	"The budget also raises the tobacco tax by 30 cents a pack and freezes hiring at most state agencies until the end of the fiscal year.",
	"Business groups welcomed the hiring freeze but said the road cuts would raise costs for freight companies that already avoid several of the state's older routes.",
	"Calloway has until Friday to decide whether to bring a motion to overturn parts of the budget, a step that would need support from at least four members of the governor's own party.",
	"Varga, who is expected to seek a second term next year, has made the state's debt the centre of her campaign, and on Tuesday she repeated that she would not raise income taxes.",
}

// otherOutlet is another outlet's own story on the same day and event: it
// quotes the same words, but the rest is written anew.
var otherOutlet = []string{
	"Drivers in the north of the state face more closed bridges after Governor Elena Varga approved deep cuts to road maintenance on Tuesday.",
	"At a short signing ceremony the governor defended the decision. \"We cannot keep borrowing against our children's future,\" she said.",
	"Opposition leader Idris Calloway was scathing, describing the plan as \"a slow-motion collapse of everything we built\" in a statement issued shortly after the signing.",
	"Mayors from four counties said they had not been consulted. In Kessler County alone, eleven bridges carry weight limits, and the county engineer said two more would follow within months.",
	"Freight firms say detours already add an hour to some deliveries. One haulage company said it would pass the cost on to shops in the region.",
	"The governor's spokesman said the pension fund could not wait, and pointed to an audit that found the fund short of money it will owe retirees within the decade.",
	"Lawmakers return in the autumn, when Calloway's party has promised a bill to put the road money back.",
}

// followUp is the next day's story: it reuses one background paragraph
// of the wire story word for word and reports something new.
var followUp = []string{
	"Senator Idris Calloway on Wednesday filed a motion to restore half of the road repair money cut from the state budget, setting up a vote next week.",
	"The motion needs the votes of at least four members of Governor Elena Varga's party. Two of them said on Wednesday they were undecided.",
	"The cut, worth about 340 million dollars over two years, drew sharp criticism from county officials, who said dozens of bridges had already been closed to heavy trucks.",
	"Varga's spokesman said the governor would veto any change that added to the state's debt, and that the motion was \"a campaign stunt dressed up as policy\".",
	"A poll published by the Marlow Herald found 58 percent of voters opposed the road cuts, while 61 percent backed the hiring freeze.",
}

// unrelated is a story on another subject.
var unrelated = []string{
	"The city council voted on Thursday to turn the old rail depot into a covered market, ending a dispute that had lasted almost a decade.",
	"Traders who sell at the open-air market on Dock Street will be offered the first stalls, at rents fixed for three years.",
	"\"This is the best news our street has had in years,\" said Mara Quist, who has sold cheese at the market since 1998.",
	"Work is due to start in March and the hall should open the following summer, the council said.",
}

// edited is the wire story with small edits: a word or two changed in
// most paragraphs, as copy editors do.
func edited() []string {
	out := append([]string(nil), wireStory...)
	for _, r := range [][3]string{
		{"0", "on Tuesday signed", "signed on Tuesday"},
		{"1", "told reporters", "said"},
		{"2", "worth about", "worth roughly"},
		{"3", "autumn session", "fall session"},
		{"4", "last year", "in 2023"},
		{"6", "30 cents", "thirty cents"},
		{"8", "Friday", "the end of the week"},
		{"9", "centre", "center"},
	} {
		var i int
		fmt.Sscan(r[0], &i)
		out[i] = strings.Replace(out[i], r[1], r[2], 1)
	}
	return out
}

// TestDedupe checks which versions of a story count as copies of the
// first one read, on examples of what news archives hold.
func TestDedupe(t *testing.T) {
	boiler := append([]string{"By Staff Writers, Marlow Daily", "Updated 6:42 p.m."}, wireStory...)
	boiler = append(boiler, "Follow us on social media for the latest news from the capitol.", "Copyright 2024 Marlow Daily. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.")
	headline := append([]string{"Varga signs budget with deep road cuts"}, wireStory...)
	for _, c := range []struct {
		name  string
		texts []string
		want  string
	}{
		{"the same text", wireStory, "wire.txt"},
		{"a headline added", headline, "wire.txt"},
		{"other boilerplate", boiler, "wire.txt"},
		{"small edits", edited(), "wire.txt"},
		{"cut to the first six paragraphs", wireStory[:6], "wire.txt"},
		{"another outlet's own story quoting the same words", otherOutlet, ""},
		{"the next day's story reusing a paragraph", followUp, ""},
		{"another subject", unrelated, ""},
		{"no words", []string{"", " … "}, ""},
	} {
		var d dedupe
		if got := d.check("wire.txt", wireStory); got != "" {
			t.Fatalf("the first article copies %q", got)
		}
		if sk, _ := sketchOf(c.texts, nil); len(sk) > 0 {
			t.Logf("%s: similarity %.2f", c.name, similarity(sk, d.sketches[0]))
		}
		if got := d.check("later.txt", c.texts); got != c.want {
			sk, _ := sketchOf(c.texts, nil)
			t.Errorf("%s: copies %q, want %q (similarity %.2f)", c.name, got, c.want, similarity(sk, d.sketches[0]))
		}
	}
}

// TestDedupeChain checks that with several copies each names the first
// of them, and that only articles that copy none are indexed.
func TestDedupeChain(t *testing.T) {
	var d dedupe
	for i, c := range []struct {
		id    string
		texts []string
		want  string
	}{
		{"a.txt", wireStory, ""},
		{"b.txt", unrelated, ""},
		{"c.txt", edited(), "a.txt"},
		{"d.txt", wireStory, "a.txt"},
		{"e.txt", unrelated, "b.txt"},
	} {
		if got := d.check(c.id, c.texts); got != c.want {
			t.Errorf("%d %s: copies %q, want %q", i, c.id, got, c.want)
		}
	}
	if len(d.sketches) != 2 {
		t.Errorf("%d sketches kept, want 2", len(d.sketches))
	}
}

// TestSketchEstimate checks that the sketches' similarity is near the
// true Jaccard similarity of the shingle sets.
func TestSketchEstimate(t *testing.T) {
	shingles := func(texts []string) map[string]bool {
		var words []string
		for _, s := range texts {
			for _, w := range strings.FieldsFunc(strings.ToLower(strings.NewReplacer("'", "", "’", "").Replace(s)), func(r rune) bool {
				return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
			}) {
				words = append(words, w)
			}
		}
		out := map[string]bool{}
		for i := 0; i+shingleWords <= len(words); i++ {
			out[strings.Join(words[i:i+shingleWords], " ")] = true
		}
		return out
	}
	for _, other := range [][]string{edited(), wireStory[:6], otherOutlet} {
		a, b := shingles(wireStory), shingles(other)
		inter := 0
		for s := range b {
			if a[s] {
				inter++
			}
		}
		truth := float64(inter) / float64(len(a)+len(b)-inter)
		sa, _ := sketchOf(wireStory, nil)
		sb, _ := sketchOf(other, nil)
		if est := similarity(sa, sb); est < truth-0.12 || est > truth+0.12 {
			t.Errorf("estimate %.2f, true Jaccard %.2f", est, truth)
		}
	}
}

// TestKeepSmallest checks the heap against sorting: the smallest
// hashes, of which repeats take a place each.
func TestKeepSmallest(t *testing.T) {
	for _, n := range []int{0, 5, sketchSize, 1000} {
		var hs, all []uint64
		x := uint64(n)
		for i := range n {
			x = splitmix(x + uint64(i))
			h := x % 5000 // repeats
			hs = keepSmallest(hs, h)
			all = append(all, h)
		}
		slices.Sort(all)
		want := all[:min(len(all), sketchSize)]
		got := slices.Sorted(slices.Values(hs))
		if !slices.Equal(got, want) {
			t.Errorf("%d hashes: kept %v, want %v", n, got, want)
		}
	}
}
