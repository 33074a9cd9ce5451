package attrib

import "portray/analyze/nlp"

// The word lists attribution reads, all of them, each with what it is for.
// Lists that more than one stage reads (titles, reporting verbs, sentence
// starters) are package nlp's; the quote finder keeps its own few words.

// Pronouns and the words of grammar.

// subjectPronouns are the pronouns that can stand as the subject of a cue verb.
var subjectPronouns = setOf("he", "she", "they")

// contractionBase are words whose ’s is "is" or "has", not a possessive.
var contractionBase = setOf("it", "that", "there", "here", "what", "who", "where", "when", "how", "let", "everyone", "nobody", "somebody", "everything", "nothing", "something")

// determiners open a noun phrase; a short quotation right after one and
// before a noun is a term, not speech ("the ‘bilateral’ meeting").
var determiners = setOf("the", "a", "an", "this", "that", "these", "those", "their", "his", "her", "its", "our", "your", "my", "so-called")

// clauseWords show that quoted words are a statement, not a term.
var clauseWords = setOf("i", "we", "you", "he", "she", "they", "it", "is", "are", "was", "were", "will", "would",
	"can", "could", "should", "must", "not", "no", "have", "has", "had", "be", "been", "am", "do", "does", "did", "don't",
	"i'm", "it's", "we're", "there's", "that's", "won't", "can't", "isn't")

// prepositions besides placePrepositions that take an object, never a subject.
var prepositions = setOf("on", "with", "by", "about", "against", "among", "between", "during", "like", "than", "via", "upon", "over", "under", "behind", "beside", "unlike")

// placePrepositions come before places more often than before people.
var placePrepositions = setOf("in", "at", "from", "to", "near", "into", "across", "of", "for", "toward", "towards", "around", "outside", "inside")

// adverbs often stand between a subject and its verb.
var adverbs = setOf("also", "still", "now", "then", "just", "even", "however", "later", "already", "again",
	"once", "too", "never", "often", "soon", "first", "last", "since", "yet", "twice", "further", "instead")

// Names, titles and roles.

// nameParticles may stand inside a name in lower case.
var nameParticles = setOf("de", "van", "von", "der", "den", "bin", "al", "da", "di", "du", "del", "la", "le", "ibn", "dos", "das")

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

// honorifics are titles that say nothing of a role.
var honorifics = setOf("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "madam", "then", "former", "late", "new", "acting")

// femaleTitles and maleTitles tell a person's gender from a title before the name.
var (
	femaleTitles = setOf("mrs", "ms", "miss", "madam", "dame", "lady", "queen", "princess", "congresswoman", "spokeswoman", "chairwoman", "councilwoman")
	maleTitles   = setOf("mr", "sir", "lord", "king", "prince", "congressman", "spokesman", "chairman", "councilman", "father")
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
	"anchor", "columnist", "manager", "strategist", "aide", "mogul", "mp", "mep", "mla", "mpp", "taoiseach",
)

// officeNouns are the offices a political story's "the president", "the
// Russian leader" most often refers back to; a role with another head
// ("the spokesman") is resolved only when the article tied it to a name.
var officeNouns = setOf("president", "leader", "minister", "premier", "chancellor", "senator", "governor",
	"mayor", "candidate", "nominee", "king", "queen", "pope", "congressman", "congresswoman", "lawmaker", "mp", "mep", "taoiseach")

// groupSpeakers are plural nouns that can speak as a group ("reporters
// shouted"); they are kept as speakers in lower case.
var groupSpeakers = setOf(
	"reporters", "journalists", "protesters", "protestors", "demonstrators", "officials", "critics",
	"supporters", "residents", "voters", "witnesses", "analysts", "experts", "observers", "lawmakers",
	"activists", "campaigners", "workers", "members", "leaders", "sources", "diplomats", "economists",
	"doctors", "scientists", "investors", "opponents", "democrats", "republicans", "crowds", "fans",
	"police", "prosecutors", "investigators", "organisers", "organizers", "negotiators", "aides",
)

// partyWords are capitalised words that can head a description of a
// person ("one Republican involved in the planning").
var partyWords = setOf("republican", "republicans", "democrat", "democrats", "conservative", "conservatives",
	"liberal", "liberals", "libertarian", "independent", "independents", "tory", "tories")

// timeWords are capitalised words that name a time, never a speaker
// ("said Wednesday").
var timeWords = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "today", "tonight", "yesterday")

// Speech and speakers.

// afterCues are verbs that attribute a quotation only right after it
// ("‘...,’ he continued"), being too common to trust elsewhere.
var afterCues = setOf("continued", "continues", "reacted", "reacts", "began", "begins", "went", "chimed", "offered",
	"recalled", "thanked", "concluded", "summed", "cautioned", "joked", "jokes", "quipped", "laughed", "sighed", "shot",
	"barked", "snapped", "growled", "snarled", "bellowed", "gushed", "surmised", "read", "reads", "mused", "marveled",
	"marvelled", "pleaded", "fired", "wondered", "explained", "interrupted", "pressed", "ventured")

// notReported are cue verbs that report a state of mind, not speech, and so
// do not make a sentence reported speech.
var notReported = setOf("agree", "disagree", "believe", "think", "fear", "hope", "worry", "concur", "wonder", "reckon", "ask", "urge", "praise", "condemn", "dismiss", "accuse", "blame", "hail", "welcome", "describe")

// subjectAfterCues are the cue verbs a single name right after is the
// subject of ("said Smith"): verbs without an object, unlike "told Smith"
// or "accusing Moscow".
var subjectAfterCues = setOf("said", "says", "added", "adds", "wrote", "writes", "replied", "explained", "insisted",
	"noted", "continued", "argued", "asked")

// tellCues are the base forms of cue verbs whose object is the person told
// ("told reporters that ..."), which reported speech skips.
var tellCues = setOf("tell", "inform", "assure", "warn")

// speechNouns name something said; owned by a person ("Trump’s claim",
// "Clinton’s remarks") they attribute the quotation that follows.
var speechNouns = setOf("claim", "claims", "statement", "statements", "remark", "remarks", "comment", "comments",
	"words", "reference", "references", "description", "tweet", "tweets", "speech", "assertion", "accusation",
	"accusations", "charge", "warning", "promise", "pledge", "vow", "criticism", "characterization",
	"characterisation", "rhetoric", "response", "reply", "testimony", "letter", "message", "post", "slogan",
	"insistence", "concerns", "argument", "view", "verdict", "ruling", "announcement", "admission", "boast")

// speakerNouns head the descriptions of speakers: people, bodies and
// documents that can be said to say something.
var speakerNouns = setOf("official", "source", "aide", "member", "adviser", "advisor", "spokesperson", "statement",
	"report", "letter", "memo", "government", "administration", "campaign", "committee", "agency", "office",
	"ministry", "department", "court", "ruling", "article", "book", "ad", "poll", "survey", "study", "lawsuit",
	"complaint", "filing", "document", "website", "release", "party", "group", "organization", "organisation",
	"union", "company", "firm", "team", "panel", "commission", "council", "network", "newspaper", "paper",
	"magazine", "station", "channel", "outlet", "show", "friend", "mother", "father", "son", "daughter", "wife",
	"husband", "brother", "sister", "neighbor", "neighbour", "voter", "supporter", "critic", "opponent", "worker",
	"teacher", "doctor", "nurse", "officer", "veteran", "woman", "man", "person", "people", "owner", "executive",
	"insider", "lawyer", "attorney", "prosecutor", "judge", "witness", "reporter", "journalist", "editor",
	"writer", "author", "narrator", "announcer", "caller", "organizer", "organiser", "leader", "chief", "head",
	"counsel", "staffer", "employee", "family", "relative", "widow", "mom", "dad", "boss", "manager",
	"crowd", "audience", "board", "account", "page", "feed", "union", "republican", "democrat", "conservative",
	"liberal", "independent", "delegate", "donor", "operative", "consultant", "pollster", "historian",
	"front-runner", "frontrunner", "hopeful", "contender", "incumbent", "email", "message", "note", "tweet",
	"video", "petition", "platform", "resolution", "user", "commenter", "poster", "viewer", "reader", "listener")

// descStart are the words that open a description of an unnamed speaker.
var descStart = setOf("the", "a", "an", "one", "two", "three", "several", "some", "many", "another", "his", "her", "their", "its", "our", "other")

// Terms and titles of works.

// termMarkers come just before words quoted as words ("the word
// ‘ceasefire’", "the so-called ‘reset’").
var termMarkers = setOf("word", "words", "term", "phrase", "slogan", "so-called", "known", "titled", "entitled", "headline", "hashtag", "label", "banner", "motto", "codenamed", "code-named")

// titlePrepositions come before the title of a show, book or speech.
var titlePrepositions = setOf("on", "in", "at", "of", "the", "a", "an", "his", "her", "their", "its")

// smallWords stay lower case inside titles.
var smallWords = setOf("a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "from", "as", "vs")

// setOf is nlp.WordSet, for this package's word lists.
var setOf = nlp.WordSet

// genderedNouns are the nouns beside a name that tell the person's gender
// ("his wife, Melania Trump", "the first lady"), "m" or "f".
var genderedNouns = map[string]string{
	"wife": "f", "daughter": "f", "mother": "f", "sister": "f", "lady": "f", "widow": "f", "woman": "f",
	"girl": "f", "grandmother": "f", "granddaughter": "f", "aunt": "f", "niece": "f", "actress": "f",
	"congresswoman": "f", "spokeswoman": "f", "chairwoman": "f", "businesswoman": "f", "queen": "f",
	"princess": "f", "stepmother": "f", "stepdaughter": "f", "mom": "f", "girlfriend": "f",
	"husband": "m", "son": "m", "father": "m", "brother": "m", "widower": "m", "man": "m", "boy": "m",
	"grandfather": "m", "grandson": "m", "uncle": "m", "nephew": "m", "congressman": "m",
	"spokesman": "m", "chairman": "m", "businessman": "m", "king": "m", "prince": "m",
	"stepfather": "m", "stepson": "m", "dad": "m", "boyfriend": "m",
}

// kinNouns name a relative: a person introduced by one ("his wife,
// Melania Trump") is named for someone else's sake.
var kinNouns = setOf("wife", "husband", "daughter", "son", "mother", "father", "sister", "brother", "widow",
	"widower", "grandmother", "grandfather", "granddaughter", "grandson", "aunt", "uncle", "niece", "nephew",
	"stepmother", "stepfather", "stepdaughter", "stepson", "mom", "dad", "girlfriend", "boyfriend")

// objectPronouns are the third-person pronouns that are not a subject,
// with the gender they tell.
var objectPronouns = map[string]string{"him": "m", "his": "m", "himself": "m", "her": "f", "hers": "f", "herself": "f"}

// beForms are the forms of "be" that make a reporting verb passive.
var beForms = setOf("was", "were", "is", "are", "been", "being", "be")

// objectVerbs take a person as their object and are not reporting verbs:
// a name after them is who was acted on ("attacked Clinton").
var objectVerbs = setOf("attacked", "attacking", "attacks", "slammed", "slamming", "slams", "defended", "defending", "defends",
	"denounced", "denouncing", "denounces", "invited", "inviting", "rated", "rating", "hit", "hitting", "pummeled", "pummelled",
	"labelled", "labelling", "criticised", "criticising", "backed", "backing", "endorsed", "endorsing", "supported", "supporting",
	"met", "meeting", "beat", "beating", "defeated", "defeating", "joined", "joining", "nominated", "nominating", "appointed",
	"appointing", "fired", "firing", "sued", "suing", "interviewed", "interviewing", "quoted", "quoting", "mention",
	"mentioned", "mentioning", "scolded", "scolding", "thanked", "thanking")

// clauseVerbs are the reporting verbs (base forms) that take a clause,
// not a person, after them: "said Trump would win" names the clause's
// subject, not the verb's object.
var clauseVerbs = setOf("say", "add", "claim", "insist", "argue", "note", "explain", "state", "suggest", "write", "report",
	"announce", "declare", "admit", "acknowledge", "confirm", "deny", "reply", "respond", "predict", "believe", "think",
	"complain", "concede", "agree", "estimate", "recall", "reveal", "conclude", "contend", "maintain", "assert", "stress",
	"emphasize", "emphasise", "observe", "point", "remark", "speculate", "joke", "boast", "allege", "tweet", "post", "hope",
	"fear", "worry", "recount", "indicate", "show", "find", "know", "feel", "vow", "promise", "pledge", "wonder", "continue")

// workWords introduce the title of a work or a slogan: a Title Case
// quotation right after one is a name, not speech.
var workWords = setOf("wrote", "write", "writes", "published", "publishes", "authored", "penned", "titled", "entitled",
	"starred", "stars", "directed", "produced", "released", "book", "books", "film", "films", "movie", "show", "series",
	"novel", "memoir", "song", "album", "documentary", "play", "column", "essay", "article", "bill", "act", "law",
	"slogan", "programme", "program", "podcast", "episode", "newspaper", "magazine", "headline", "motto", "hashtag",
	"author", "co-author", "performed", "perform", "sang", "sing")

// courtesyTitles come before a person's name ("Mr. King", "Dame Judi"),
// never an office of their own.
var courtesyTitles = setOf("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lady", "lord", "madam", "prof", "rev", "fr")

// participles are the irregular past participles of reporting verbs.
var participles = setOf("told", "said", "written", "heard", "seen", "known", "thought", "taken", "given", "shown", "spoken",
	"sworn", "overheard", "read", "put")

// subordinators open a clause that comes before a sentence's subject
// ("just as Clinton did, Rendell added").
var subordinators = setOf("as", "just", "while", "when", "although", "though", "because", "since", "if", "unlike", "like", "after", "before")

// coordinators join a verb to an earlier one with the same subject ("did
// not mention him, but told ...").
var coordinators = setOf("and", "but", "yet", "then")

// invertingVerbs (base forms), besides clauseVerbs, put the speaker after
// them following a quotation ("‘Why?’ asked Brill").
var invertingVerbs = setOf("ask", "exclaim", "shout", "quip", "muse", "snap", "retort", "counter", "interject", "cry",
	"yell", "scream", "whisper", "laugh", "sigh", "query", "inquire", "demand", "plead", "urge", "warn", "caution")

// platforms are services people post on, named like people in the news
// ("Twitter suspended the account") but never a person.
var platforms = setOf("twitter", "facebook", "instagram", "youtube", "google", "reddit", "tiktok", "whatsapp", "snapchat",
	"linkedin", "truth", "threads", "bluesky", "wikipedia", "netflix", "amazon", "apple", "microsoft", "uber")

// linkWords may stand before a quotation that carries on the paragraph's
// speaker ("Instead, ‘he just acts like a defeated man.’").
var linkWords = setOf("and", "but", "instead", "still", "yet", "so", "then", "also", "now", "later", "meanwhile", "however")
