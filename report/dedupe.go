package report

import (
	"hash/fnv"
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// Near-duplicate articles are found by MinHash over word shingles: each
// article's text is cut into every run of shingleWords consecutive words
// (lower case, punctuation dropped), and its signature keeps, for each of
// signatureSize hash functions, the smallest hash of any of its shingles.
// The share of equal places in two signatures estimates the Jaccard
// similarity of the two shingle sets (shared shingles over all). Two
// articles are the same story when that estimate is at least
// duplicateThreshold.
const (
	shingleWords  = 5
	signatureSize = 128
	// duplicateThreshold is the estimated Jaccard similarity from which a
	// later article copies an earlier one. At 0.5 it takes the same text
	// with another headline, other boilerplate lines (bylines, "Follow us
	// on …", copyright), a few words changed in every paragraph, or cut
	// to half its length; two outlets' own stories on one event, even
	// quoting the same speech, share far fewer shingles (0.02 to 0.06 in
	// the tests' examples).
	duplicateThreshold = 0.5
	// bands × bandRows of a signature's places are the keys under which
	// an article is indexed: a later article is compared only with those
	// sharing a key, which an article of similarity 0.5 does with
	// probability 1 − (1 − 0.5²)^16 > 0.99.
	bands    = 16
	bandRows = 2
)

// signature is an article's MinHash signature.
type signature [signatureSize]uint32

// dedupe finds, in input order, the earlier article each article copies.
// It keeps the signature of each article that copies none, and an index of
// their bands: 600 bytes or so per article.
type dedupe struct {
	ids   []string
	sigs  []signature
	index map[uint64][]int32
}

// hashParams are the multipliers and offsets of the signature's hash
// functions, fixed so that signatures never change between runs.
var hashParams = func() (p [signatureSize][2]uint64) {
	state := uint64(0x5eed)
	for i := range p {
		state += 0x9e3779b97f4a7c15
		p[i][0] = splitmix(state) | 1
		state += 0x9e3779b97f4a7c15
		p[i][1] = splitmix(state)
	}
	return p
}()

// signatureOf returns the MinHash signature of texts taken as one text,
// and false when it has no words.
func signatureOf(texts []string) (signature, bool) {
	var sig signature
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	var window [shingleWords]uint64
	n := 0
	add := func(h uint64) {
		for i := range sig {
			// Multiply-shift hashing: the high bits of a·h + b.
			if v := uint32((hashParams[i][0]*h + hashParams[i][1]) >> 32); v < sig[i] {
				sig[i] = v
			}
		}
	}
	shingle := func(k int) uint64 {
		h := uint64(0)
		for _, w := range window[:k] {
			h = bits.RotateLeft64(h, 17) ^ w
			h *= 0x100000001b3
		}
		return splitmix(h)
	}
	word := fnv.New64a()
	var buf [utf8.UTFMax]byte
	flush := func(inWord bool) {
		if !inWord {
			return
		}
		copy(window[:], window[1:])
		window[shingleWords-1] = word.Sum64()
		word.Reset()
		n++
		if n >= shingleWords {
			add(shingle(shingleWords))
		}
	}
	for _, t := range texts {
		in := false
		for _, r := range t {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				k := utf8.EncodeRune(buf[:], unicode.ToLower(r))
				word.Write(buf[:k])
				in = true
				continue
			}
			if r == '\'' || r == '’' {
				continue // "Trump's" and "Trump’s" are one word
			}
			flush(in)
			in = false
		}
		flush(in)
	}
	if n == 0 {
		return sig, false
	}
	if n < shingleWords {
		// A text shorter than a shingle is one shingle of all its words.
		copy(window[:], window[shingleWords-n:])
		add(shingle(n))
	}
	return sig, true
}

// similarity is the share of equal places of two signatures: the
// estimated Jaccard similarity of their shingle sets.
func similarity(a, b *signature) float64 {
	k := 0
	for i := range a {
		if a[i] == b[i] {
			k++
		}
	}
	return float64(k) / signatureSize
}

// check returns the earlier article that the article id with texts
// copies, "" when none: the most similar of the earlier articles at
// duplicateThreshold or above, the earliest among equals. An article that
// copies none is kept for the later ones to be checked against.
func (d *dedupe) check(id string, texts []string) string {
	sig, ok := signatureOf(texts)
	if !ok {
		return ""
	}
	if d.index == nil {
		d.index = map[uint64][]int32{}
	}
	var keys [bands]uint64
	best, bestSim := -1, 0.0
	seen := map[int32]bool{}
	for b := range bands {
		h := uint64(b)<<56 ^ uint64(sig[b*bandRows])<<24 ^ uint64(sig[b*bandRows+1])
		keys[b] = splitmix(h)
		for _, j := range d.index[keys[b]] {
			if seen[j] {
				continue
			}
			seen[j] = true
			s := similarity(&sig, &d.sigs[j])
			if s >= duplicateThreshold && (s > bestSim || s == bestSim && int(j) < best) {
				best, bestSim = int(j), s
			}
		}
	}
	if best >= 0 {
		return d.ids[best]
	}
	j := int32(len(d.sigs))
	d.ids, d.sigs = append(d.ids, id), append(d.sigs, sig)
	for _, k := range keys {
		d.index[k] = append(d.index[k], j)
	}
	return ""
}
