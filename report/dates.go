package report

import "sort"

// coarsenDates groups the articles by the finest date precision they all
// give: when some dates are months ("2016-10") or years ("2016") and
// others days, every date is cut to the coarsest of them, so that the
// by-date table holds one kind of group, each article in one of them.
// Dates are ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD). It must run before
// canonicalise, which reads the article log through dateGroup.
func (g *aggregate) coarsenDates() {
	gr := g.Groups[byDate]
	if gr == nil || len(gr.Order) == 0 {
		return
	}
	width := 0
	for _, d := range gr.Order {
		if width == 0 || len(d) < width {
			width = len(d)
		}
	}
	mixed := false
	for _, d := range gr.Order {
		if len(d) != width {
			mixed = true
			break
		}
	}
	if !mixed {
		return
	}
	g.dateWidth = width
	merged := &grouped{Tallies: map[string]map[string]*tally{}}
	for _, d := range gr.Order {
		key := d[:width]
		dst, ok := merged.Tallies[key]
		if !ok {
			dst = map[string]*tally{}
			merged.Tallies[key] = dst
			merged.Order = append(merged.Order, key)
			merged.Total++
		}
		src := gr.Tallies[d]
		names := make([]string, 0, len(src))
		for n := range src {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			if t := dst[n]; t != nil {
				t.merge(src[n])
			} else {
				dst[n] = src[n]
			}
		}
	}
	g.Groups[byDate] = merged
}

// dateGroup is the by-date group of an article's date.
func (g *aggregate) dateGroup(date string) string {
	if g.dateWidth > 0 && len(date) > g.dateWidth {
		return date[:g.dateWidth]
	}
	return date
}
