package vader_test

import (
	"bufio"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/jonreiter/govader"

	"portray/analyze/tone/vader"
)

// tolerance is the largest difference allowed between a score of ours and
// govader's. In practice they are equal.
const tolerance = 1e-12

var (
	setup sync.Once
	ours  *vader.Analyzer
	ref   *govader.SentimentIntensityAnalyzer
)

// analyzers returns the analyzer under test and govader's, each built once.
func analyzers() (*vader.Analyzer, *govader.SentimentIntensityAnalyzer) {
	setup.Do(func() {
		ours = vader.New()
		ref = govader.NewSentimentIntensityAnalyzer()
	})
	return ours, ref
}

func near(x, y float64) bool {
	return x == y || math.Abs(x-y) <= tolerance || (math.IsNaN(x) && math.IsNaN(y))
}

func same(x, y govader.Sentiment) bool {
	return near(x.Negative, y.Negative) && near(x.Neutral, y.Neutral) &&
		near(x.Positive, y.Positive) && near(x.Compound, y.Compound)
}

// compare scores text both ways and reports a difference.
func compare(t testing.TB, text string) bool {
	t.Helper()
	a, g := analyzers()
	got, want := a.Polarity(text), g.PolarityScores(text)
	if !same(got, want) {
		t.Errorf("Polarity(%q)\n got %+v\nwant %+v", text, got, want)
		return false
	}
	return true
}

// reference holds the example sentences of govader's own tests (those of
// the Python reference, then govader's additions).
var reference = []string{
	"VADER is smart, handsome, and funny.",
	"VADER is smart, handsome, and funny!",
	"VADER is very smart, handsome, and funny.",
	"VADER is VERY SMART, handsome, and FUNNY.",
	"VADER is VERY SMART, handsome, and FUNNY!!!",
	"VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
	"VADER is not smart, handsome, nor funny.",
	"The book was good.",
	"At least it isn't a horrible book.",
	"The book was only kind of good.",
	"The plot was good, but the characters are uncompelling and the dialog is not great.",
	"Today SUX!",
	"Today only kinda sux! But I'll get by, lol",
	"Make sure you :) or :D today!",
	"Catch utf-8 emoji such as such as 💘 and 💋 and 😁",
	"Not bad at all",
	"Sentiment analysis has never been good.",
	"Sentiment analysis has never been this good!",
	"Most automated sentiment analysis tools are shit.",
	"With VADER, sentiment analysis is the shit!",
	"Other sentiment analysis tools can be quite bad.",
	"On the other hand, VADER is quite bad ass",
	"VADER is such a badass!",
	"Without a doubt, excellent idea.",
	"Roger Dodger is one of the most compelling variations on this theme.",
	"Roger Dodger is at least compelling as a variation on the theme.",
	"Roger Dodger is one of the least compelling variations on this theme.",
	"Not such a badass after all.",
	"Without a doubt, an excellent idea.",
	"Not GREATLY bad at all!!!!!",
	"Not GREATLY bad at all??",
	"Not GREATLY bad at all????",
	"Not least GREATLY bad at all????",
	"Not GREATLY least bad at all????",
	"Catch utf-8 emoji such as such as💘 and 💋 and 😁",
	"least bad at all????",
	"No not GREATLY least bad at all????",
	"The book was only kind of no good.",
	"The book was only kind of bad ass good.",
	"The book was only kind of never so bad ass good.",
	"The book was only kind of without doubt bad ass good.",
	"The book was only kind of badn't ass good.",
}

// tricky holds sentences written to reach each rule and quirk.
var tricky = []struct{ name, text string }{
	// Negation.
	{"not", "This is not good"},
	{"isn't", "This isn't good"},
	{"isn't curly", "This isn’t good"},
	{"ISN'T", "This ISN'T good"},
	{"nt without apostrophe", "This isnt good at all"},
	{"n't inside a word", "The badn't thing was great"},
	{"never so", "It was never so good"},
	{"never this", "Sentiment has never been this bad"},
	{"never so two back", "never so very good"},
	{"never two back", "never the good"},
	{"never three back", "never the the good"},
	{"never this three back", "never this the good"},
	{"not at all", "Not at all bad"},
	{"no good", "no good"},
	{"No good", "No good, no"},
	{"no no good", "no no good"},
	{"no problem", "no problem at all"},
	{"no or", "no money or love"},
	{"no nor", "no love nor happiness"},
	{"no two back", "no big happy day"},
	{"no at end", "it is good, no"},
	{"no then non-lexicon", "no way"},
	{"without doubt", "without doubt good"},
	{"without a doubt", "without a doubt good"},
	{"without doubt three", "without doubt the good"},
	{"without three", "without the big win"},
	{"don't", "I don't like it"},
	{"didnt", "I didnt like it"},
	{"DON'T LIKE", "I DON'T LIKE IT"},
	{"uh-uh", "uh-uh good"},
	{"aint", "it aint good"},
	{"won't", "that won't help"},
	{"nothing", "nothing good happened"},
	{"despite", "despite the great win"},
	{"negation in lexicon blocks", "not happy sad"},
	{"three negations", "not never no good"},
	{"rarely seldom", "rarely good, seldom bad"},
	// Capitals.
	{"all caps only", "GOOD"},
	{"caps among lower", "GOOD day"},
	{"caps booster", "VERY GOOD day"},
	{"caps booster negative", "VERY BAD day"},
	{"caps dampener", "SLIGHTLY good day"},
	{"Title case", "Very Good Day"},
	{"caps NO", "NO GOOD here"},
	{"caps with digits", "ABC123 good"},
	{"caps zero valence", "no GOOD"},
	{"caps after no", "NO no fine day"},
	{"all words caps", "THIS IS BAD"},
	{"caps punctuation", "GOOD!!! bad"},
	{"caps emoticon", "XD :D good"},
	{"emoticon :D", ":D good"},
	{"emoticon :P", ":P bad"},
	{"emoticon O_o", "O_o bad"},
	{"emoticon :Þ", ":Þ good :-Þ"},
	{"cased lexicon before", ":D very good"},
	{"cased lexicon blocks", "so :D good"},
	// Boosters and dampeners.
	{"extremely good", "extremely good"},
	{"extremely bad", "extremely bad"},
	{"booster two back", "extremely the good"},
	{"booster three back", "extremely the the good"},
	{"boosters stacked", "very very very good"},
	{"so so", "so so good"},
	{"kind of", "kind of good"},
	{"Kind of", "Kind of good"},
	{"KIND OF", "KIND OF GOOD day"},
	{"kind alone", "a kind man"},
	{"kind at end", "so kind"},
	{"kind then of", "kind. of good"},
	{"sort of", "sort of bad"},
	{"kinda", "kinda bad"},
	{"barely", "barely bad"},
	{"just enough", "just enough good"},
	{"just enough three", "just enough the good"},
	{"booster phrase caps", "KIND OF BAD idea"},
	{"booster before booster", "really quite bad"},
	{"booster zero valence", "no very good"},
	// Least.
	{"least", "least good"},
	{"at least", "at least good"},
	{"very least", "the very least good"},
	{"Least capital", "Least good"},
	{"At least capital", "At least good"},
	{"AT least", "AT least good"},
	{"least bit", "not the least bit bad"},
	{"least second", "a least good"},
	// Idioms.
	{"the shit", "the shit"},
	{"is the shit", "this is the shit"},
	{"the bomb", "this is the bomb"},
	{"the bomb after", "the bomb was great fun for all"},
	{"bad ass", "he is such a bad ass dude"},
	{"yeah right", "oh yeah right, sure"},
	{"kiss of death", "it is the kiss of death indeed"},
	{"kiss of death before", "a kiss of death happy"},
	{"to die for", "it was to die for really"},
	{"die for ahead", "we love to die for it"},
	{"idiom lower", "THE SHIT is here"},
	{"idiom with punctuation", "this is the bomb!!!"},
	{"laden idiom unused", "we are in the red, under the weather, cut the mustard"},
	// But.
	{"but", "good but bad"},
	{"BUT", "bad BUT good"},
	{"but alone", "but"},
	{"two buts", "good but but bad"},
	{"but comma", "good, but bad"},
	{"but at start", "but it was great"},
	{"But capital", "good. But bad"},
	{"butter", "butter is good but"},
	// Punctuation.
	{"bang", "good!"},
	{"bangs", "good!!!!!!"},
	{"two questions", "good??"},
	{"three questions", "good???"},
	{"four questions", "good????"},
	{"mixed", "bad?!?!"},
	{"dots", "..."},
	{"bangs only", "!!!"},
	{"questions only", "????"},
	{"ellipsis", "good..."},
	{"quotes", "'good' \"bad\" (great) --nice--"},
	{"short stripped", "ok! no. ha!"},
	{"inner punctuation", "a.b.c good-bad well-being"},
	{"emoticons", ":) good :-) :( <3 </3 :'("},
	{"space before comma", "good ,bad"},
	{"no space after", "great!bad?ok"},
	{"backslash", "\\good\\ /bad/"},
	{"all punctuation", "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"},
	{"two letters stripped", "'ok' 'no'"},
	// Emoji.
	{"emoji alone", "💘"},
	{"emoji between", "I 💘 you"},
	{"emoji run", "💘💋😁"},
	{"emoji before word", "😁good"},
	{"emoji after word", "good😁"},
	{"emoji with bang", "🔛 good"},
	{"emoji up", "🆙🆙 bad"},
	{"copyright", "©2024 good ®"},
	{"emoji spaces", "😁  😁"},
	{"emoji tabs", "\t😁\t"},
	{"emoji flag", "🇺🇸 great"},
	{"emoji with selector", "❤️ love"},
	// White space.
	{"empty", ""},
	{"space", " "},
	{"spaces", "   "},
	{"tab newline", "\t\n"},
	{"double space", "good  bad"},
	{"padded", " good "},
	{"tab inside", "good\tbad"},
	{"newline inside", "good\nbad not\ngood"},
	{"nbsp", "\u00a0good\u00a0"},
	{"ideographic space", "good\u3000bad"},
	{"many spaces", "not      good"},
	// Beyond ASCII.
	{"french", "Ça va bien, c'est génial"},
	{"accented caps", "GOOD ÉTÉ"},
	{"fullwidth", "ＧＯＯＤ good"},
	{"dotted I", "İyi good KİND of good"},
	{"kelvin", "\u212aind of good"},
	{"kelvin booster", "\u212aINDA GOOD"},
	{"naive", "naïve good"},
	{"german", "Großartig GROSS"},
	{"cjk", "日本語 good"},
	{"curly quotes", "“good” ‘bad’ It’s not good"},
	{"em dash", "good—bad – great"},
	{"invalid byte", "\xff good"},
	{"invalid inside", "good \xffbad"},
	{"invalid only", "\xff\xfe"},
	{"invalid short", "a\xff. no\xff"},
	{"invalid bang", "bad\xff!"},
	{"replacement char", "\ufffd good"},
	{"surrogate bytes", "\xed\xa0\x80 great"},
	{"combining", "goo\u0301d"},
}

func TestReferenceExamples(t *testing.T) {
	for _, text := range reference {
		compare(t, text)
	}
}

func TestTricky(t *testing.T) {
	for _, c := range tricky {
		t.Run(c.name, func(t *testing.T) { compare(t, c.text) })
	}
}

func TestLongText(t *testing.T) {
	var b strings.Builder
	for b.Len() < 1<<20 {
		for _, text := range reference {
			b.WriteString(text)
			b.WriteByte(' ')
		}
	}
	compare(t, b.String())
	compare(t, strings.Repeat("very ", 10000)+"good")
	compare(t, strings.Repeat("😁", 5000))
	compare(t, strings.Repeat(" ", 100000))
}

// TestRewritten checks texts that differ from the examples by one change,
// to reach more combinations of the rules.
func TestRewritten(t *testing.T) {
	var texts []string
	for _, text := range reference {
		texts = append(texts, text)
	}
	for _, c := range tricky {
		texts = append(texts, c.text)
	}
	for _, text := range texts {
		compare(t, strings.ToUpper(text))
		compare(t, strings.ToLower(text))
		compare(t, strings.ReplaceAll(text, " ", "  "))
		compare(t, "not "+text)
		compare(t, text+" but no")
		compare(t, "At least "+text+"!?")
	}
}

// articleSentences reads every file under ../../../testdata/articles
// and returns its lines and the pieces of each line between ". ", each
// piece with its full stop. Only files whose names end in one of exts are
// read; all are when exts is empty.
func articleSentences(tb testing.TB, exts ...string) []string {
	tb.Helper()
	var out []string
	root := filepath.Join("..", "..", "..", "testdata", "articles")
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if len(exts) > 0 && !hasExt(path, exts) {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		out = append(out, splitSentences(string(data))...)
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	if len(out) == 0 {
		tb.Fatal("no sentences under", root)
	}
	return out
}

func hasExt(path string, exts []string) bool {
	for _, e := range exts {
		if strings.HasSuffix(path, e) {
			return true
		}
	}
	return false
}

// splitSentences splits text into lines, and lines at ". ".
func splitSentences(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		parts := strings.Split(line, ". ")
		for i, p := range parts {
			if i < len(parts)-1 {
				p += "."
			}
			out = append(out, p)
		}
	}
	return out
}

func TestArticles(t *testing.T) {
	sentences := articleSentences(t)
	bad := 0
	for _, s := range sentences {
		if !compare(t, s) {
			bad++
		}
	}
	t.Logf("%d sentences, %d mismatches", len(sentences), bad)
}

func TestWholeArticles(t *testing.T) {
	root := filepath.Join("..", "..", "..", "testdata", "articles")
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err == nil {
			compare(t, string(data))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestCorpus compares every file, line, tab-separated field and sentence
// under the folders or files named by PORTRAY_VADER_CORPUS (a list
// separated like PATH). It is skipped when the variable is unset.
func TestCorpus(t *testing.T) {
	env := os.Getenv("PORTRAY_VADER_CORPUS")
	if env == "" {
		t.Skip("PORTRAY_VADER_CORPUS is unset")
	}
	a, g := analyzers()
	texts, bad := 0, 0
	var firstBad []string
	check := func(s string) {
		texts++
		got, want := a.Polarity(s), g.PolarityScores(s)
		if got != want {
			if !same(got, want) {
				bad++
				if len(firstBad) < 10 {
					firstBad = append(firstBad, fmt.Sprintf("%q\n got %+v\nwant %+v", s, got, want))
				}
			} else {
				t.Logf("within tolerance, not equal: %q", s)
			}
		}
	}
	for _, root := range filepath.SplitList(env) {
		err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			f, err := os.Open(path)
			if err != nil {
				return err
			}
			defer f.Close()
			var whole strings.Builder
			sc := bufio.NewScanner(f)
			sc.Buffer(make([]byte, 1<<20), 1<<26)
			for sc.Scan() {
				line := sc.Text()
				whole.WriteString(line)
				whole.WriteByte('\n')
				check(line)
				if strings.Contains(line, "\t") {
					for _, field := range strings.Split(line, "\t") {
						check(field)
						for _, s := range splitSentences(field) {
							check(s)
						}
					}
				} else {
					for _, s := range splitSentences(line) {
						check(s)
					}
				}
			}
			check(whole.String())
			return sc.Err()
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("%d texts compared, %d mismatches", texts, bad)
	for _, s := range firstBad {
		t.Error(s)
	}
}

// TestConcurrent scores the same sentences from several goroutines at
// once; run with -race.
func TestConcurrent(t *testing.T) {
	sentences := articleSentences(t)
	a, g := analyzers()
	want := make([]govader.Sentiment, len(sentences))
	for i, s := range sentences {
		want[i] = g.PolarityScores(s)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for k := range sentences {
				i := (k + w*len(sentences)/8) % len(sentences)
				if got := a.Polarity(sentences[i]); !same(got, want[i]) {
					errs <- fmt.Sprintf("%q: got %+v want %+v", sentences[i], got, want[i])
					return
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestNewFrom(t *testing.T) {
	g := govader.NewSentimentIntensityAnalyzer()
	g.Lexicon["portray"] = 3.5
	g.Constants.BoosterDict["a bit"] = -0.293
	a := vader.NewFrom(g)
	for _, s := range []string{"portray", "not portray", "a bit the good", "the PORTRAY is good"} {
		if got, want := a.Polarity(s), g.PolarityScores(s); !same(got, want) {
			t.Errorf("Polarity(%q) = %+v, want %+v", s, got, want)
		}
	}
}

func TestAllocations(t *testing.T) {
	a, _ := analyzers()
	sentences := articleSentences(t, ".txt")
	a.Polarity(sentences[0]) // fill the pool
	allocs := testing.AllocsPerRun(20, func() {
		for _, s := range sentences {
			a.Polarity(s)
		}
	})
	per := allocs / float64(len(sentences))
	t.Logf("%.3f allocations per sentence", per)
	// The race detector makes sync.Pool drop buffers at random.
	if per > 0.1 && !raceEnabled {
		t.Errorf("%.2f allocations per sentence", per)
	}
}

// ruleWords are the words and marks the rules look at, for random
// sentences that meet them in many combinations.
var ruleWords = strings.Fields(`no No NO not n't isn't isn’t DON'T never so this without doubt
	least Least at At very VERY kind Kind of sort just enough kinda extremely
	SLIGHTLY barely but BUT the shit bomb kiss death to die for yeah right bad
	ass badass good GOOD great sad happy ok or nor :D :P XD O_o :) <3 !! ? ???
	, . 😁 🔛 "good" (bad) -- á Ça`)

func TestRandomSentences(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 30000 {
		n := rng.IntN(9)
		var b strings.Builder
		for i := 0; i < n; i++ {
			if i > 0 {
				switch rng.IntN(12) {
				case 0:
					b.WriteString("  ")
				case 1:
				default:
					b.WriteByte(' ')
				}
			}
			b.WriteString(ruleWords[rng.IntN(len(ruleWords))])
		}
		if !compare(t, b.String()) {
			return
		}
	}
}

func FuzzPolarity(f *testing.F) {
	for _, s := range reference {
		f.Add(s)
	}
	for _, c := range tricky {
		f.Add(c.text)
	}
	f.Fuzz(func(t *testing.T, s string) {
		compare(t, s)
	})
}
