package main

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestBatchDateGroups checks that articles are grouped by their dates read
// into ISO 8601, however the input writes them, by day when every date
// gives the day and by the coarsest precision given otherwise; a date that
// cannot be read groups nothing and is kept as given. The articles share
// their text, so copies are kept (--keep-duplicates) to count each date.
func TestBatchDateGroups(t *testing.T) {
	for _, tc := range []struct {
		name   string
		dates  []string
		groups map[string]string // date group -> articles of Elena Varga
	}{
		{"days", []string{"10/12/2016", "1476230400", "2016-10-12T22:00:00-04:00", "Dec 10, 2016", "last week"},
			map[string]string{"2016-10-12": "3", "2016-12-10": "1"}},
		{"days and months", []string{"10/12/2016", "October 20, 2016", "2016-11", "Wed, 02 Nov 2016 10:00:00 GMT"},
			map[string]string{"2016-10": "2", "2016-11": "2"}},
		{"a year", []string{"12.10.2016", "2017"},
			map[string]string{"2016": "1", "2017": "1"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var feed strings.Builder
			for i, d := range tc.dates {
				fmt.Fprintf(&feed, `{"id":"a%d","date":%q,"text":"Elena Varga said the plan would work. Critics of Elena Varga disagreed."}`+"\n", i, d)
			}
			in := writeFiles(t, map[string]string{"f.jsonl": feed.String()})
			out := t.TempDir()
			if code, _, stderr := runBatchIn(t, "-o", out, "--leaders", "Elena Varga", "--keep-duplicates", in); code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			rows := readCSV(t, filepath.Join(out, "leaders_by_date.csv"))
			got := map[string]string{}
			for _, r := range rows[1:] {
				got[r[col(rows, "date")]] = r[col(rows, "articles")]
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.groups) {
				t.Errorf("groups %v, want %v", got, tc.groups)
			}
			arts := readCSV(t, filepath.Join(out, "articles.csv"))
			var given []string
			for _, r := range arts[1:] {
				given = append(given, r[col(arts, "date_given")])
			}
			if !slices.Equal(given, tc.dates) {
				t.Errorf("date_given %q, want %q", given, tc.dates)
			}
		})
	}
}
