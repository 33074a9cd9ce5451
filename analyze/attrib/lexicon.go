package attrib

// pronounWords are the personal pronouns that can name a speaker, mapped to
// the gender they imply ("m", "f", or "" for either).
var pronounWords = map[string]string{"he": "m", "she": "f", "him": "m", "her": "f", "they": "", "i": "", "we": ""}

// subjectPronouns are the pronouns that can stand as the subject of a cue verb.
var subjectPronouns = setOf("he", "she", "they")

// femaleTitles and maleTitles tell a person's gender from a title before the name.
var (
	femaleTitles = setOf("mrs", "ms", "miss", "madam", "dame", "lady", "queen", "princess", "congresswoman", "spokeswoman", "chairwoman", "councilwoman")
	maleTitles   = setOf("mr", "sir", "lord", "king", "prince", "congressman", "spokesman", "chairman", "councilman", "father")
)

// notNameWords mark a capitalised phrase as an organisation, place, event
// or thing rather than a person.
var notNameWords = setOf(
	"news", "times", "post", "journal", "herald", "tribune", "gazette", "press", "daily", "weekly", "telegraph",
	"office", "house", "hall", "court", "force", "forces", "base", "army", "navy", "party", "council",
	"committee", "ministry", "department", "agency", "bureau", "bank", "union", "nations", "states",
	"kingdom", "republic", "federation", "university", "college", "school", "institute", "foundation",
	"street", "avenue", "road", "square", "bridge", "park", "airport", "station", "center", "centre",
	"social", "media", "network", "channel", "tv", "radio", "online", "group", "company", "corporation",
	"inc", "ltd", "one", "two", "day", "week", "summit", "war", "act", "law", "treaty", "accord",
	"river", "lake", "mountain", "island", "islands", "sea", "ocean", "gulf", "bay", "valley", "city",
	"county", "province", "region", "district", "north", "south", "east", "west", "northern", "southern",
	"eastern", "western", "central", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "parliament", "congress", "senate", "assembly", "cabinet",
	"government", "administration", "police", "church", "hospital", "museum", "stadium", "club", "team",
	"league", "cup", "games", "olympics", "festival", "awards", "prize", "program", "programme", "project",
	"plan", "fund", "trust", "capital", "market", "markets", "exchange", "index", "port", "harbor", "harbour",
	"street", "embassy", "palace", "kremlin", "pentagon", "airlines", "airways", "motors", "energy", "oil",
	"gas", "power", "health", "care", "security", "intelligence", "service", "services", "commission",
	// first words of place names, and adjectives that start organisations' names
	"new", "san", "santa", "los", "las", "hong", "saudi", "puerto", "des", "salt", "sri", "costa", "buenos",
	"abu", "tel", "rio", "fort", "islamic", "united", "democratic", "republican", "national", "federal",
	"supreme", "royal", "international", "european", "american", "british", "russian", "chinese", "wire",
)

// roleNouns name a person by office or job ("the prime minister", "the
// Kremlin's spokesman"); with "the" or a possessive before them they refer
// to someone the article has named.
var roleNouns = setOf(
	"president", "leader", "minister", "premier", "chancellor", "secretary", "senator", "governor",
	"mayor", "spokesman", "spokeswoman", "spokesperson", "counterpart", "candidate", "nominee",
	"chairman", "chairwoman", "chair", "ambassador", "envoy", "official", "adviser", "advisor", "king",
	"queen", "prince", "pope", "general", "commander", "chief", "director", "ceo", "founder", "head",
	"lawmaker", "congressman", "congresswoman", "senator", "representative", "incumbent", "challenger",
	"billionaire", "businessman", "businesswoman", "tycoon", "negotiator", "diplomat", "prosecutor",
	"judge", "attorney", "lawyer", "economist", "analyst", "expert", "professor", "doctor", "host",
	"anchor", "columnist", "manager", "strategist", "aide", "mogul",
)

// groupSpeakers are plural nouns that can speak as a group ("reporters
// shouted"); they are kept as speakers in lower case.
var groupSpeakers = setOf(
	"reporters", "journalists", "protesters", "protestors", "demonstrators", "officials", "critics",
	"supporters", "residents", "voters", "witnesses", "analysts", "experts", "observers", "lawmakers",
	"activists", "campaigners", "workers", "members", "leaders", "sources", "diplomats", "economists",
	"doctors", "scientists", "investors", "opponents", "democrats", "republicans", "crowds", "fans",
	"police", "prosecutors", "investigators", "organisers", "organizers", "negotiators", "aides",
)

// determiners open a noun phrase; a short quotation right after one and
// before a noun is a term, not speech ("the ‘bilateral’ meeting").
var determiners = setOf("the", "a", "an", "this", "that", "these", "those", "their", "his", "her", "its", "our", "your", "my", "so-called")

// termMarkers come just before words quoted as words ("the word
// ‘ceasefire’", "the so-called ‘reset’").
var termMarkers = setOf("word", "words", "term", "phrase", "slogan", "so-called", "known", "titled", "entitled", "headline", "hashtag", "label", "banner", "motto", "codenamed", "code-named")

// speechNouns name something said; owned by a person ("Trump’s claim",
// "Clinton’s remarks") they attribute the quotation that follows.
var speechNouns = setOf("claim", "claims", "statement", "statements", "remark", "remarks", "comment", "comments",
	"words", "reference", "references", "description", "tweet", "tweets", "speech", "assertion", "accusation",
	"accusations", "charge", "warning", "promise", "pledge", "vow", "criticism", "characterization",
	"characterisation", "rhetoric", "response", "reply", "testimony", "letter", "message", "post", "slogan",
	"insistence", "concerns", "argument", "view", "verdict", "ruling", "announcement", "admission", "boast")

// officeNouns are the offices a political story's "the president", "the
// Russian leader" most often refers back to; a role with another head
// ("the spokesman") is resolved only when the article tied it to a name.
var officeNouns = setOf("president", "leader", "minister", "premier", "chancellor", "senator", "governor",
	"mayor", "candidate", "nominee", "king", "queen", "pope", "congressman", "congresswoman", "lawmaker")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
