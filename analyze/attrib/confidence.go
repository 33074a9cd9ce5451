package attrib

// Confidence: how often an attribution is right, from the rule that made it
// and the words that named the speaker.

// ConfidentAt is the confidence from which an attribution counts as
// confident: the report counts a leader's own words from these only,
// unless asked to count every attribution.
const ConfidentAt = 0.75

// ruleConfidence is how often each rule picks the right speaker when the
// text names them in full beside the cue. A cue right after the
// quotation ("..., Smith said") is the surest; a speaker carried over from
// an earlier quotation or paragraph, a colon or the sentence's subject
// are guesses of falling strength.
var ruleConfidence = map[string]float64{
	RuleCueAfter:      0.95,
	RuleCueBefore:     0.9,
	RuleSameParagraph: 0.9,
	RuleSignature:     0.9,
	RuleAccordingTo:   0.85,
	RuleFinalClause:   0.85,
	RulePassive:       0.8,
	RuleReported:      0.75,
	RuleColonLeadIn:   0.7,
	RulePrevSentence:  0.7,
	RuleContinuation:  0.6,
	RuleLabel:         0.5,
	RulePrevParagraph: 0.5,
	RuleSubject:       0.45,
}

// Confidence lost by the words that named the speaker, beside a full name:
// a pronoun whose antecedent is in its own sentence ("Bolton said he
// would ..."), a pronoun right after the quotation ("..., he said"), which
// goes back to the person the text was just about, a pronoun resolved
// from earlier sentences elsewhere, a role the article tied to a name
// ("Donald Trump, the Republican nominee, ..." then "the Republican
// nominee said"), another role ("the prime minister"), a group
// ("supporters") or an unnamed description ("one Republican").
const (
	nearPronounCost  = 0.1
	afterPronounCost = 0.2
	pronounCost      = 0.5
	tiedRoleCost     = 0.15
	roleCost         = 0.6
	groupCost        = 0.6
	unnamedCost      = 0.5
)

// confidence is how often an attribution made by f is right: a fixed
// scale from the rule and the naming words, checked against labelled
// attributions by `make eval` (the reliability table).
func confidence(f found) float64 {
	c := ruleConfidence[f.rule]
	if f.m != nil {
		switch f.m.kind {
		case "pronoun":
			switch {
			case f.near:
				c -= nearPronounCost
			case f.rule == RuleCueAfter:
				c -= afterPronounCost
			default:
				c -= pronounCost
			}
		case "role":
			switch {
			case f.per != nil && f.per.Unnamed:
				c -= unnamedCost
			case f.near:
				c -= tiedRoleCost
			default:
				c -= roleCost
			}
		case "unnamed":
			c -= unnamedCost
		case "group":
			c -= groupCost
		}
	}
	return max(c, 0.05)
}
