package nlp

import (
	"maps"
	"slices"
	"strings"
)

// The word lists that more than one stage reads. Words are looked up in
// lower case with straight apostrophes (see Lower).

// WordSet makes a set of words, for word lists.
func WordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// setOf is WordSet, for this package's own lists.
var setOf = WordSet

// IsTitle reports whether a word is a title that comes before a name and
// is not part of it ("Sir Keir Starmer" is Keir Starmer, "Foreign Minister
// Lavrov" is Lavrov). Several can stand in a row.
func IsTitle(lower string) bool { return titles[lower] }

var titles = setOf(
	"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "madam",
	"president", "vice", "prime", "minister", "secretary", "chancellor", "premier", "senator", "sen",
	"rep", "representative", "congressman", "congresswoman", "governor", "gov", "mayor", "judge", "justice",
	"king", "queen", "prince", "princess", "pope", "father", "rev", "reverend", "rabbi", "imam", "sheikh",
	"general", "gen", "colonel", "col", "captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "admiral",
	"commander", "officer", "detective", "inspector", "chief", "deputy", "ambassador", "envoy", "spokesman",
	"spokeswoman", "spokesperson", "leader", "chairman", "chairwoman", "chair", "director", "speaker",
	"foreign", "defence", "defense", "interior", "finance", "health", "home", "state", "opposition",
	"former", "acting", "then", "late", "coach", "councillor", "councilman", "councilwoman",
	"attorney", "solicitor", "counsel", "commissioner", "superintendent", "sheriff", "auditor",
	"treasurer", "comptroller", "dean", "doctor", "nurse", "saint", "st",
)

// IsSentenceStarter reports whether a word commonly starts a sentence
// while being neither a name nor part of one, so that "While Trump" is not
// read as a person and "the U.S. The talks" ends a sentence.
func IsSentenceStarter(lower string) bool { return sentenceStarters[lower] }

var sentenceStarters = setOf(
	"the", "a", "an", "and", "but", "or", "so", "yet", "for", "nor", "while", "when", "whenever", "where",
	"if", "as", "after", "before", "since", "until", "although", "though", "because", "in", "on", "at",
	"by", "with", "without", "from", "to", "of", "about", "over", "under", "during", "despite", "amid",
	"among", "between", "within", "through", "into", "both", "neither", "either", "each", "every", "all",
	"some", "many", "most", "few", "this", "that", "these", "those", "it", "its", "his", "her", "their",
	"our", "my", "your", "we", "they", "he", "she", "i", "you", "there", "here", "then", "now", "still",
	"also", "even", "only", "just", "however", "meanwhile", "moreover", "instead", "indeed", "yes", "no",
	"not", "asked", "earlier", "later", "today", "yesterday", "tomorrow", "tonight", "last", "next",
	"first", "once", "one", "two", "three", "what", "who", "why", "how", "which", "whether", "dear",
	"like", "unlike", "according", "speaking", "writing", "following",
	"separately", "elsewhere", "reactions", "leaders", "officials", "critics", "supporters", "reporters",
)

// Framing is how a reporting verb frames the words it introduces.
type Framing int

// The framings of reporting verbs.
const (
	// Unframed verbs are reporting verbs with no clear framing ("urge", "hope").
	Unframed Framing = iota
	// Neutral verbs only report ("say", "tell", "add").
	Neutral
	// Loaded verbs cast doubt on, or colour, the words they introduce
	// ("claim", "insist", "admit").
	Loaded
)

// FramingOf returns the framing of a reporting verb given by its lemma.
func FramingOf(lemma string) Framing {
	switch {
	case neutralVerbs[lemma]:
		return Neutral
	case loadedVerbs[lemma]:
		return Loaded
	}
	return Unframed
}

var (
	neutralVerbs = setOf("say", "tell", "add", "state", "note", "explain", "report", "write", "reply",
		"respond", "answer", "ask", "announce", "comment", "describe", "call", "post", "tweet")
	loadedVerbs = setOf("claim", "insist", "admit", "boast", "brag", "concede", "allege", "complain",
		"deny", "contend", "maintain", "assert", "argue", "threaten", "accuse", "mock", "slam", "blast",
		"rail", "lash", "fume", "scream", "shout", "yell", "tout", "acknowledge", "lament",
		"quip", "joke", "brand", "dismiss", "warn", "rebut", "retort")
)

// ReportingVerb returns the lemma of a reporting verb's cue form ("said"
// -> "say") and whether the word is one. A verb that is also a common noun
// ("claim", "state") is a cue only in its past and -ing forms; its -s form
// is one only before "that" (see NounVerb).
func ReportingVerb(lower string) (lemma string, ok bool) {
	lemma, ok = verbs.cues[lower]
	return lemma, ok
}

// IsReportingVerb reports whether a word is a cue form of a reporting verb
// (see ReportingVerb).
func IsReportingVerb(lower string) bool {
	_, ok := verbs.cues[lower]
	return ok
}

// SpeechVerb reports whether a cue form reports speech strongly enough to
// carry reported speech without quotation marks ("said", not "asked").
func SpeechVerb(lower string) bool { return verbs.speech[lower] }

// NounVerb returns the lemma of a reporting verb's -s form that is also a
// plural noun ("reports", "claims"): a cue only when "that" follows.
func NounVerb(lower string) (lemma string, ok bool) {
	lemma, ok = verbs.nounForms[lower]
	return lemma, ok
}

// verbLemmas are the reporting verbs that introduce speech or writing, in
// their base form; their inflections are generated by inflect unless
// irregular lists them. A lemma marked "*" reports speech strongly enough
// to carry reported (indirect) speech without quotation marks; one marked
// "~" is also a common noun ("the US state", "a claim").
var verbLemmas = strings.Fields(`
	say* tell* add* state~* claim~* insist* warn* argue* announce* explain* suggest* reveal* admit*
	acknowledge* assert* declare* deny* maintain* note~* observe* remark~* report~* respond* reply~*
	repeat* reiterate* confirm* concede* contend* predict* promise~* vow* pledge~* threaten* boast~*
	complain* allege* recall* write* tweet~* post~* testify* caution~* stress~* emphasise* emphasize*
	describe call~ urge* ask* demand~* propose* recommend* accuse* blame~* praise~ criticise criticize
	condemn* dismiss* mock~ joke~* quip~* shout~* yell~* scream~* exclaim* whisper~* mutter*
	conclude* agree* disagree* believe* think* fear~* hope~* worry*
	estimate~* forecast~* tout* brag* lament~* regret~* apologise* apologize* concur* counter~*
	retort~* rebut* protest~* interject* answer~* question~ wonder~* muse~ speculate*
	inform* signal~* indicate* hint~* imply* characterise characterize
	label~ dub brand~ hail* welcome~* decry* slam~* blast~* rail~ lash~ fume~*
	charge~* insinuate* reckon* clarify* elaborate* assure* reassure* brief~*
	advise* affirm* reaffirm* attest* profess* proclaim* pronounce* recount* relate~*
	mention~* voice~* express* highlight~* underline~* underscore~* comment~*
	chant~ cheer~ jeer~ heckle~ plead* beg* sing cite* rule~* compare~ refer term~ decry* thank herald* credit~
`)

// irregular maps lemmas to their irregular inflections.
var irregular = map[string][]string{
	"say":       {"said", "says", "saying"},
	"tell":      {"told", "tells", "telling"},
	"write":     {"wrote", "written", "writes", "writing"},
	"think":     {"thought", "thinks", "thinking"},
	"feel":      {"felt", "feels", "feeling"},
	"begin":     {"began", "begun", "begins", "beginning"},
	"put":       {"puts", "putting"},
	"cry":       {"cried", "cries", "crying"},
	"reply":     {"replied", "replies", "replying"},
	"deny":      {"denied", "denies", "denying"},
	"testify":   {"testified", "testifies", "testifying"},
	"clarify":   {"clarified", "clarifies", "clarifying"},
	"worry":     {"worried", "worries", "worrying"},
	"imply":     {"implied", "implies", "implying"},
	"forecast":  {"forecasts", "forecasting"},
	"broadcast": {"broadcasts", "broadcasting"},
	"quip":      {"quipped", "quips", "quipping"},
	"admit":     {"admitted", "admits", "admitting"},
	"rebut":     {"rebutted", "rebuts", "rebutting"},
	"regret":    {"regretted", "regrets", "regretting"},
	"allege":    {"alleged", "alleges", "alleging"},
	"brag":      {"bragged", "brags", "bragging"},
	"dub":       {"dubbed", "dubs", "dubbing"},
	"concur":    {"concurred", "concurs", "concurring"},
	"blast":     {"blasted", "blasts", "blasting"},
}

// verbForms are the cue forms of the reporting verbs, built once from
// verbLemmas.
type verbForms struct {
	cues      map[string]string // every cue form -> lemma
	speech    map[string]bool   // the forms that carry reported speech
	nounForms map[string]string // -s forms that are also nouns -> lemma
}

var verbs = buildVerbs(verbLemmas)

func buildVerbs(lemmas []string) verbForms {
	v := verbForms{cues: map[string]string{}, speech: map[string]bool{}, nounForms: map[string]string{}}
	for _, l := range lemmas {
		strong := strings.HasSuffix(l, "*")
		l = strings.TrimSuffix(l, "*")
		noun := strings.HasSuffix(l, "~")
		l = strings.TrimSuffix(l, "~")
		forms := irregular[l]
		if forms == nil {
			forms = inflect(l)
		}
		if !noun {
			forms = append([]string{l}, forms...)
		} else {
			for _, f := range forms {
				if strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "ss") {
					v.nounForms[f] = l
				}
			}
		}
		for _, f := range forms {
			// A noun's forms are cues only in the past and -ing ("claimed",
			// "claiming"), not "claim" or "claims".
			if noun && !strings.HasSuffix(f, "ed") && !strings.HasSuffix(f, "ing") && irregular[l] == nil {
				continue
			}
			if noun && irregular[l] != nil && strings.HasSuffix(f, "s") {
				continue
			}
			v.cues[f] = l
			if strong && f != "ask" && f != "asking" {
				v.speech[f] = true
			}
		}
	}
	return v
}

// inflect returns the regular past, third person and -ing forms of a verb.
func inflect(l string) []string {
	var past, third, ing string
	consonantY := strings.HasSuffix(l, "y") && !strings.ContainsAny(l[len(l)-2:len(l)-1], "aeiou")
	switch {
	case strings.HasSuffix(l, "ee"):
		past, ing = l+"d", l+"ing"
	case strings.HasSuffix(l, "e"):
		past, ing = l+"d", l[:len(l)-1]+"ing"
	case consonantY:
		past, ing = l[:len(l)-1]+"ied", l+"ing"
	default:
		past, ing = l+"ed", l+"ing"
	}
	switch {
	case strings.HasSuffix(l, "s") || strings.HasSuffix(l, "sh") || strings.HasSuffix(l, "ch") || strings.HasSuffix(l, "x"):
		third = l + "es"
	case consonantY:
		third = l[:len(l)-1] + "ies"
	default:
		third = l + "s"
	}
	return []string{past, third, ing}
}

// IsNounVerb reports whether a word is a reporting verb's -s form that is
// also a plural noun (see NounVerb).
func IsNounVerb(lower string) bool {
	_, ok := verbs.nounForms[lower]
	return ok
}

// ReportingVerbForms lists every cue form of every reporting verb (see
// ReportingVerb), sorted.
func ReportingVerbForms() []string {
	return slices.Sorted(maps.Keys(verbs.cues))
}

// IsFunctionWord reports whether a word is a preposition, conjunction,
// auxiliary or other function word ("of", "and", "was", "would"): a word
// that cannot be owned or modified as a noun can ("the leaders’ of" is a
// closing quotation mark, "the ‘reset’ of" is not a term before a noun).
func IsFunctionWord(lower string) bool { return functionWords[lower] }

var functionWords = setOf("of", "on", "in", "at", "to", "for", "with", "by", "from", "and", "or", "but", "that",
	"which", "who", "as", "than", "is", "was", "are", "were", "be", "has", "had", "have", "will", "would", "about",
	"over", "after", "before", "into", "because", "while", "if", "when", "not", "during", "since", "until",
	"against", "among", "around", "across", "through", "throughout", "under", "despite", "near", "like",
	"beyond", "within", "without", "per", "via", "amid", "toward", "towards", "upon", "onto", "off", "out",
	"up", "down", "so", "yet", "nor", "then", "whose", "where")

// PersonalPronoun returns the gender a personal pronoun that can name a
// speaker implies ("m", "f", or "" for either) and whether the word is one:
// he, she, him, her, they, I, we.
func PersonalPronoun(lower string) (gender string, ok bool) {
	gender, ok = personalPronouns[lower]
	return gender, ok
}

var personalPronouns = map[string]string{"he": "m", "she": "f", "him": "m", "her": "f", "they": "", "i": "", "we": ""}
