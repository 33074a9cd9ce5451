package input

import (
	"strings"
	"testing"
)

// TestReadTable reads CSV and TSV exports as archives and data sets give
// them and checks each row's input.
func TestReadTable(t *testing.T) {
	type row struct {
		id, status, title, date, source, text string
		reason                                []string // parts of the reason, for failed rows
	}
	for _, tc := range []struct {
		name, file, content string
		fields              FieldNames
		want                []row
	}{
		{"comma, quoted newline and comma", "news.csv",
			"title,text,date,source\n\"Vote, at last\",\"First paragraph.\nSecond \"\"quoted\"\" one.\",2016-10-12,Herald\nPlain,Plain text.,12/10/2016,Wire\n",
			FieldNames{}, []row{
				{"news.csv#row-1", "ok", "Vote, at last", "2016-10-12", "Herald", "First paragraph.\nSecond \"quoted\" one.", nil},
				{"news.csv#row-2", "ok", "Plain", "2016-12-10", "Wire", "Plain text.", nil},
			}},
		{"semicolons and a byte-order mark", "eu.csv",
			"\xef\xbb\xbfTitel;Body;Date\nEins;Der Text, mit Komma.;12.10.2016\n",
			FieldNames{}, []row{{"eu.csv#row-1", "ok", "Eins", "2016-10-12", "", "Der Text, mit Komma.", nil}}},
		{"tabs, id column, CRLF", "set.tsv",
			"id\theadline\tcontent\tpublished_at\r\na1\tH1\tText one.\t1476230400\r\na1\tH2\tText two.\t1476230400000\r\n",
			FieldNames{}, []row{
				{"set.tsv#a1", "ok", "H1", "2016-10-12", "", "Text one.", nil},
				{"set.tsv#row-2", "ok", "H2", "2016-10-12", "", "Text two.", nil},
			}},
		{"tabs in a .csv file", "tabs.csv", "full_text\ttitle\nA story.\tT\n",
			FieldNames{}, []row{{"tabs.csv#row-1", "ok", "T", "", "", "A story.", nil}}},
		{"text column named", "named.csv", "summary,story_body\nShort.,The long story.\n",
			FieldNames{FieldText: "Story Body"}, []row{{"named.csv#row-1", "ok", "", "", "", "The long story.", nil}}},
		{"no text column: not a table of articles", "odd.csv", "headline,summary\nA,B\nC,D\n",
			FieldNames{}, []row{
				{"odd.csv", "skipped", "", "", "", "", []string{"no text column", `columns found: "headline", "summary"`, "--text-field"}},
			}},
		{"named text column missing", "odd.csv", "headline,summary\nA,B\n",
			FieldNames{FieldText: "body_text"}, []row{
				{"odd.csv", "failed", "", "", "", "", []string{`no column "body_text" (--text-field)`, `"headline", "summary"`}},
			}},
		{"short row, empty cell, blank row", "gaps.csv", "title,text\nA\n,\nB,\nC,Fine.\n",
			FieldNames{}, []row{
				{"gaps.csv#row-1", "failed", "A", "", "", "", []string{"row 1 (line 2)", "the row has 1 cells"}},
				{"gaps.csv#row-2", "failed", "B", "", "", "", []string{"row 2 (line 4)", `column "text" is empty`}},
				{"gaps.csv#row-3", "ok", "C", "", "", "Fine.", nil},
			}},
		{"unread date kept out of the ISO column", "d.csv", "text,date\nA.,last week\n",
			FieldNames{}, []row{{"d.csv#row-1", "ok", "", "", "", "A.", nil}}},
		{"an export that writes the day first", "dmy.csv", "text,date\nA.,05/06/2016\nB.,13/06/2016\n", FieldNames{}, []row{
			{"dmy.csv#row-1", "ok", "", "2016-06-05", "", "A.", nil},
			{"dmy.csv#row-2", "ok", "", "2016-06-13", "", "B.", nil}}},
		{"an export that writes the month first", "mdy.csv", "text,date\nA.,05/06/2016\nB.,06/13/2016\n", FieldNames{}, []row{
			{"mdy.csv#row-1", "ok", "", "2016-05-06", "", "A.", nil},
			{"mdy.csv#row-2", "ok", "", "2016-06-13", "", "B.", nil}}},
		{"header only", "h.csv", "title,text\n", FieldNames{}, []row{
			{"h.csv", "failed", "", "", "", "", []string{"no rows under the header", `"title", "text"`}}}},
		{"UTF-16 with a byte-order mark", "u.csv", "\xff\xfe" + utf16le("title;text\r\nÉté;Un été à Velmont.\r\n"), FieldNames{},
			[]row{{"u.csv#row-1", "ok", "Été", "", "", "Un été à Velmont.", nil}}},
		{"Windows-1252 cell", "w.csv", "text\n\x93Quoted\x94 words.\n", FieldNames{},
			[]row{{"w.csv#row-1", "ok", "", "", "", "“Quoted” words.", nil}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ins, err := readInputsWith(tc.file, strings.NewReader(tc.content), ReadOptions{Fields: tc.fields})
			if err != nil {
				t.Fatal(err)
			}
			if len(ins) != len(tc.want) {
				for _, in := range ins {
					t.Logf("%+v", in)
				}
				t.Fatalf("%d inputs, want %d", len(ins), len(tc.want))
			}
			for i, w := range tc.want {
				in, a := ins[i], ins[i].Article
				if a.ID != w.id || string(in.Status) != w.status || a.Title != w.title || a.Date != w.date || a.Source != w.source || a.Text != w.text {
					t.Errorf("row %d: got %q %s %q %q %q %q (%s)\nwant %q %s %q %q %q %q", i, a.ID, in.Status, a.Title, a.Date, a.Source, a.Text, in.Reason,
						w.id, w.status, w.title, w.date, w.source, w.text)
				}
				for _, part := range w.reason {
					if !strings.Contains(in.Reason, part) {
						t.Errorf("row %d: reason %q lacks %q", i, in.Reason, part)
					}
				}
			}
		})
	}
}

// TestReadTableDateGiven checks that the date of a row is kept as given
// next to its ISO form.
func TestReadTableDateGiven(t *testing.T) {
	ins, err := ReadInputs("d.csv", strings.NewReader("text,date\nA.,last week\nB.,\"Oct 12, 2016\"\n"))
	if err != nil || len(ins) != 2 {
		t.Fatalf("%+v %v", ins, err)
	}
	for i, want := range [][2]string{{"", "last week"}, {"2016-10-12", "Oct 12, 2016"}} {
		if a := ins[i].Article; a.Date != want[0] || a.DateGiven != want[1] {
			t.Errorf("row %d: date %q given %q, want %q %q", i, a.Date, a.DateGiven, want[0], want[1])
		}
	}
}

// TestReadJSONLFields checks that the fields of JSON lines are found by
// their usual names or as named, and that a line without text lists the
// fields it has.
func TestReadJSONLFields(t *testing.T) {
	for _, tc := range []struct {
		name, line string
		fields     FieldNames
		status     Status
		text, date string
		reason     []string
	}{
		{"content", `{"headline":"H","content":"The text.","published":"2016-10-12T09:00:00Z"}`, FieldNames{}, StatusOK, "The text.", "2016-10-12", nil},
		{"body and unix time", `{"body":"B.","timestamp":1476230400}`, FieldNames{}, StatusOK, "B.", "2016-10-12", nil},
		{"named", `{"text":"short","maintext":"Long."}`, FieldNames{FieldText: "maintext"}, StatusOK, "Long.", "", nil},
		{"none", `{"headline":"H","summary":"S"}`, FieldNames{}, StatusFailed, "", "",
			[]string{"line 1", "no text field", `fields found: "headline", "summary"`, "--text-field"}},
		{"named absent", `{"headline":"H"}`, FieldNames{FieldText: "story"}, StatusFailed, "", "",
			[]string{`no field "story" (--text-field)`, `"headline"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ins, err := readInputsWith("f.jsonl", strings.NewReader(tc.line+"\n"), ReadOptions{Fields: tc.fields})
			if err != nil || len(ins) != 1 {
				t.Fatalf("%+v %v", ins, err)
			}
			in := ins[0]
			if in.Status != tc.status || in.Article.Text != tc.text || in.Article.Date != tc.date {
				t.Errorf("got %s %q %q (%s), want %s %q %q", in.Status, in.Article.Text, in.Article.Date, in.Reason, tc.status, tc.text, tc.date)
			}
			for _, part := range tc.reason {
				if !strings.Contains(in.Reason, part) {
					t.Errorf("reason %q lacks %q", in.Reason, part)
				}
			}
		})
	}
}

// TestNormDateFormats checks the dates researchers' exports hold.
func TestNormDateFormats(t *testing.T) {
	for in, want := range map[string]string{
		"12/10/2016":                      "2016-12-10",
		"13/10/2016":                      "2016-10-13",
		"10/13/2016":                      "2016-10-13",
		"12.10.2016":                      "2016-10-12",
		"12-10-2016":                      "2016-10-12",
		"12/10/16":                        "2016-12-10",
		"2016/10/12":                      "2016-10-12",
		"20161012":                        "2016-10-12",
		"1476230400":                      "2016-10-12",
		"1476230400000":                   "2016-10-12",
		"Wed, 12 Oct 2016 09:30:00 GMT":   "2016-10-12",
		"Wednesday, October 12th, 2016":   "2016-10-12",
		"Oct. 12, 2016 at 9:30 a.m.":      "2016-10-12",
		"October 2016":                    "2016-10",
		"2016-10":                         "2016-10",
		"2016":                            "2016",
		"31/06/2016":                      "",
		"0":                               "",
		"12345":                           "",
		"Updated 3 hours ago":             "",
		"2016-10-12T23:30:00-05:00":       "2016-10-12",
		"12 October 2016 14:05":           "2016-10-12",
		"Mon Jan 02 15:04:05 +0000 2006":  "2006-01-02",
		"2016-10-12 09:30:00.000000+0000": "2016-10-12",
	} {
		if got := normDate(in); got != want {
			t.Errorf("normDate(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSettleDateOrderFeed checks that a feed whose dates write the day
// first has its ambiguous dates read day first too.
func TestSettleDateOrderFeed(t *testing.T) {
	feed := `{"text":"A.","date":"05/06/2016"}` + "\n" + `{"text":"B.","date":"25/12/2016"}` + "\n"
	ins, err := ReadInputs("f.jsonl", strings.NewReader(feed))
	if err != nil || len(ins) != 2 {
		t.Fatalf("%+v %v", ins, err)
	}
	if ins[0].Article.Date != "2016-06-05" || ins[1].Article.Date != "2016-12-25" {
		t.Errorf("dates %q %q, want 2016-06-05 2016-12-25", ins[0].Article.Date, ins[1].Article.Date)
	}
}
