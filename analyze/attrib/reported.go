package attrib

// Reported speech: "Putin said he agreed that ..." without quotation marks.

import (
	"strings"

	"portray/analyze/nlp"
)

// reported finds reported speech in sentence si (which has no quotation):
// a person, a speech verb and the clause it reports ("Putin said he agreed
// that ..."). The clause becomes an indirect quote.
func (a *attrib) reported(si int) (Quote, bool) {
	pp := a.pp
	idx := a.pp.before(si, pp.sents[si].End)
	for n, k := range idx {
		lemma := cueLemma(pp.toks[k].lower)
		if !a.isCue(k) || !nlp.SpeechVerb(pp.toks[k].lower) || notReported[lemma] || strings.HasSuffix(pp.toks[k].lower, "ing") {
			continue
		}
		m := a.subjectOf(idx[max(0, n-7):n], k)
		if m == nil {
			continue
		}
		j := n + 1
		if tellCues[lemma] && j < len(idx) {
			// skip the person told: "told reporters", "told the BBC"
			if mi := a.cover[idx[j]]; mi >= 0 {
				for j < len(idx) && a.cover[idx[j]] == mi {
					j++
				}
			} else if t := pp.toks[idx[j]]; !t.punct && t.lower != "that" && !subjectPronouns[pronounBase(t.lower)] {
				j++
			}
		}
		if j >= len(idx) {
			continue
		}
		for j < len(idx) && pp.toks[idx[j]].punct && pp.toks[idx[j]].text == "," {
			j++
		}
		if j >= len(idx) {
			continue
		}
		t := pp.toks[idx[j]]
		if t.lower == "that" {
			j++
		} else if !(subjectPronouns[pronounBase(t.lower)] || pronounBase(t.lower) == "it" || pronounBase(t.lower) == "we" || pronounBase(t.lower) == "i" ||
			t.lower == "the" || t.lower == "there" || a.cover[idx[j]] >= 0 || t.cap) {
			continue
		}
		if j >= len(idx) {
			continue
		}
		f, ok := a.speaker(m, pp.toks[k].lower, RuleReported)
		if !ok {
			continue
		}
		start, end := pp.toks[idx[j]].s, pp.sents[si].End
		text := strings.TrimRight(strings.TrimSpace(pp.text[start:end]), ".!?;:")
		q := Quote{Paragraph: pp.Index, Line: pp.Line, Start: start, End: start + len(text), Text: text, Kind: KindIndirect,
			Speaker: f.per.Name, SpeakerType: f.per.SpeakerType(), SpeakerMention: m.words, Cue: lemma, Attribution: RuleReported, Confidence: confidence(f)}
		a.d.lastSpeaker, a.d.lastSpeakerPar = f.per, pp.Index
		return q, true
	}
	return Quote{}, false
}
