package quote

// notPossessed are the words that a plural possessive cannot own: the
// personal pronouns and the function words. After "s’ " one of them (or a
// reporting verb) shows that the mark closes a quotation ("‘... the
// leaders’ he said") rather than being the apostrophe of "the leaders’
// meeting". They are the quote finder's own: it needs no other vocabulary.
var notPossessed = setOf(
	"he", "she", "him", "her", "they", "i", "we", "of", "on", "in", "at", "to", "for", "with", "by", "from",
	"and", "or", "but", "that", "which", "who", "as", "than", "is", "was", "are", "were", "be", "has", "had",
	"have", "will", "would", "about", "over", "after", "before", "into", "because", "while", "if", "when",
	"not", "during", "since", "until", "against", "among", "around", "across", "through", "throughout", "under",
	"despite", "near", "like", "beyond", "within", "without", "per", "via", "amid", "toward", "towards", "upon",
	"onto", "off", "out", "up", "down", "so", "yet", "nor", "then", "whose", "where",
)

// elisions are the words a right single mark can stand before as an
// apostrophe (’em, ’til, rock ’n’ roll), in lower case; ’90s is told by
// its shape.
var elisions = setOf("em", "til", "tis", "twas", "n", "cause", "bout", "round")

// setOf makes a set of words.
func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
