package attrib

import "portray/analyze/input"

// NameCandidate is a run of capitalised words of an article's body that
// the person recogniser scores, as its trainer sees it.
type NameCandidate struct {
	// Para is the index of the paragraph in the paragraphs given.
	Para int
	// Start and End are the byte span of the run (titles included) in the paragraph's text.
	Start, End int
	// Features are the hand-made features, in the order of RecogFeatures;
	// "unknown_words" is left for the trainer, which knows the vectors.
	Features []float64
	// Words are the run's name words in lower case, whose vectors speak for it.
	Words []string
}

// RecogFeatures returns the names of the recogniser's hand-made features.
func RecogFeatures() []string { return append([]string(nil), recogFeatures...) }

// UnknownWordsFeature is the index of the feature that says none of a
// run's words has a vector.
const UnknownWordsFeature = 20

// NameCandidates lists the runs of capitalised words the recogniser
// scores in an article's paragraphs (headlines and bylines left out), the
// same runs, read the same way, as Attribute scores.
func NameCandidates(paras []input.Paragraph) []NameCandidate {
	pps := make([]*parsedPara, len(paras))
	for i, p := range paras {
		pps[i] = parsePara(p)
	}
	common := lowerWords(pps)
	for _, pp := range pps {
		pp.runs = findNameRuns(pp, common)
	}
	st := articleRuns(pps)
	var out []NameCandidate
	for i, pp := range pps {
		if furnitureOf(pp) != furnNone {
			continue
		}
		for _, r := range pp.runs {
			f, words := runFeatures(pp, r, common, st)
			out = append(out, NameCandidate{Para: i, Start: pp.toks[r.ta].s, End: pp.toks[r.b-1].e, Features: f, Words: words})
		}
	}
	return out
}
