package input

import (
	"strconv"
	"strings"
	"time"
	"unicode"
)

// normDate returns a date as ISO 8601 at the precision the text gives:
// YYYY-MM-DD, YYYY-MM for a month ("October 2016") or YYYY for a year
// alone; "" when s holds no date it can read. It reads:
//
//   - ISO 8601 and RFC 3339 dates and times ("2016-10-12", "2016-10-12T09:30:00+02:00",
//     "2016/10/12", "20161012"), keeping the date as written whatever the time zone;
//   - dates with month names, with or without a weekday and a time
//     ("12 October 2016", "Oct. 12, 2016", "Wed, 12 Oct 2016 09:30:00 GMT");
//   - numeric day, month and year ("12/10/2016", "12.10.16"): a first number
//     over 12 is the day, a second over 12 is the day; otherwise the month
//     comes first with slashes (12/10/2016 is 10 December, as in US
//     exports; in a feed or table whose other dates write the day first,
//     the day, see settleDateOrder) and the day first with dots or
//     hyphens (12.10.2016 is 12 October);
//   - Unix times in seconds (9 or 10 digits) or milliseconds (12 or 13
//     digits), as dates in UTC.
//
// Years before 1800 or after 2200 are not read as dates.
func normDate(s string) string { return normDateOrder(s, false) }

// normDateOrder is normDate, reading an ambiguous numeric date with
// slashes day first when dayFirst is set.
func normDateOrder(s string, dayFirst bool) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if d := isoDate(s); d != "" {
		return d
	}
	if d := unixDate(s); d != "" {
		return d
	}
	if d := numericDate(s, dayFirst); d != "" {
		return d
	}
	return wordDate(s)
}

// isoDate reads a date that starts as YYYY-MM-DD, YYYY/MM/DD, YYYYMMDD
// (alone) or YYYY-MM, or is a year alone.
func isoDate(s string) string {
	digits := func(t string) bool {
		for _, c := range t {
			if c < '0' || c > '9' {
				return false
			}
		}
		return t != ""
	}
	switch {
	case len(s) == 4 && digits(s):
		return ymd(atoi(s), 0, 0)
	case len(s) == 8 && digits(s):
		return ymd(atoi(s[:4]), atoi(s[4:6]), atoi(s[6:]))
	case len(s) >= 10 && digits(s[:4]) && (s[4] == '-' || s[4] == '/') && s[7] == s[4] && digits(s[5:7]) && digits(s[8:10]):
		if len(s) > 10 && unicode.IsDigit(rune(s[10])) {
			return ""
		}
		return ymd(atoi(s[:4]), atoi(s[5:7]), atoi(s[8:10]))
	case len(s) == 7 && digits(s[:4]) && (s[4] == '-' || s[4] == '/') && digits(s[5:]):
		return ymd(atoi(s[:4]), atoi(s[5:]), 0)
	}
	return ""
}

// unixDate reads a Unix time in seconds or milliseconds.
func unixDate(s string) string {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 {
		return ""
	}
	var t time.Time
	switch len(s) {
	case 9, 10:
		t = time.Unix(n, 0)
	case 12, 13:
		t = time.UnixMilli(n)
	default:
		return ""
	}
	t = t.UTC()
	return ymd(t.Year(), int(t.Month()), t.Day())
}

// numericDate reads D/M/Y or M/D/Y with slashes, dots or hyphens and a
// year of two or four digits, followed by nothing or a time.
func numericDate(s string, dayFirst bool) string {
	a, b, y, sep, ok := numericParts(s)
	if !ok {
		return ""
	}
	day, month := b, a // month first
	switch {
	case a > 12:
		day, month = a, b
	case b > 12:
	case sep != '/' || dayFirst:
		day, month = a, b
	}
	return ymd(y, month, day)
}

// numericParts splits a numeric date into its first and second numbers,
// its year (two-digit years made four) and its separator.
func numericParts(s string) (a, b, y int, sep byte, ok bool) {
	end := strings.IndexAny(s, " T,")
	if end < 0 {
		end = len(s)
	}
	head := s[:end]
	for _, c := range []byte{'/', '.', '-'} {
		if strings.Count(head, string(c)) == 2 {
			sep = c
			break
		}
	}
	if sep == 0 {
		return 0, 0, 0, 0, false
	}
	parts := strings.Split(head, string(sep))
	for _, p := range parts {
		if p == "" || len(p) > 4 || strings.TrimFunc(p, unicode.IsDigit) != "" {
			return 0, 0, 0, 0, false
		}
	}
	if len(parts[0]) > 2 || len(parts[1]) > 2 || len(parts[2]) == 3 || len(parts[2]) == 1 {
		return 0, 0, 0, 0, false
	}
	a, b, y = atoi(parts[0]), atoi(parts[1]), atoi(parts[2])
	if len(parts[2]) == 2 {
		y = fullYear(y)
	}
	return a, b, y, sep, true
}

// settleDateOrder reads the ambiguous slashed dates of one feed or table
// day first when its other dates show that it writes the day first (some
// first number over 12, no second one over 12): one export writes all its
// dates one way.
func settleDateOrder(ins []Input) {
	dayFirst, monthFirst := false, false
	for _, in := range ins {
		if a, b, _, sep, ok := numericParts(strings.TrimSpace(in.Article.DateGiven)); ok && sep == '/' {
			dayFirst = dayFirst || a > 12
			monthFirst = monthFirst || b > 12
		}
	}
	if !dayFirst || monthFirst {
		return
	}
	for i := range ins {
		if ins[i].Article.DateGiven != "" {
			ins[i].Article.Date = normDateOrder(ins[i].Article.DateGiven, true)
		}
	}
}

// fullYear reads a two-digit year as the nearest to the present century:
// 00-69 are 2000-2069, 70-99 are 1970-1999.
func fullYear(y int) int {
	if y < 70 {
		return 2000 + y
	}
	return 1900 + y
}

// months maps month names and their abbreviations to their numbers.
var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

// wordDate reads a date with a month name: day month year, month day
// year, or month year, with weekdays, ordinals ("12th"), commas, times
// and zones ignored.
func wordDate(s string) string {
	fields := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return r == ' ' || r == ',' || r == '.' || r == '-' || r == '/'
	})
	var nums []int
	month := 0
	for _, f := range fields {
		if m, ok := months[f]; ok && month == 0 {
			month = m
			continue
		}
		if strings.ContainsRune(f, ':') {
			continue // a time
		}
		t := strings.TrimRight(f, "stndrh")
		if t == "" || strings.TrimFunc(t, unicode.IsDigit) != "" {
			continue // a weekday, "at", a zone name
		}
		if len(t) > 4 {
			return ""
		}
		nums = append(nums, atoi(t))
	}
	if month == 0 {
		return ""
	}
	switch len(nums) {
	case 1:
		if nums[0] >= 1800 {
			return ymd(nums[0], month, 0)
		}
	case 2, 3:
		day, year := nums[0], nums[1]
		if day >= 1800 { // "2016 October 12"
			day, year = year, day
		}
		return ymd(year, month, day)
	}
	return ""
}

// ymd formats a date at the precision given (a zero month: the year; a
// zero day: the month), or "" when it is not a real date.
func ymd(y, m, d int) string {
	if y < 1800 || y > 2200 || m < 0 || m > 12 || d < 0 || d > 31 || m == 0 && d != 0 {
		return ""
	}
	switch {
	case m == 0:
		return strconv.Itoa(y)
	case d == 0:
		return time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "" // 31 June
	}
	return t.Format("2006-01-02")
}

// atoi reads digits that were checked already.
func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
