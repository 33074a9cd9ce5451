package report

import (
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"
)

// Near-duplicate articles are found by MinHash over word shingles: each
// article's text is cut into every run of shingleWords consecutive words
// (lower case, punctuation dropped), each shingle is hashed, and the
// article's sketch keeps the sketchSize smallest distinct hashes (a
// bottom-k MinHash sketch: one hash per shingle, where a signature of k
// hash functions would take k). Among the sketchSize smallest hashes of
// two articles' shingles together, the share that both articles have
// estimates the Jaccard similarity of their shingle sets (shared shingles
// over all). Two articles are the same story when that estimate is at
// least duplicateThreshold.
const (
	shingleWords = 5
	sketchSize   = 128
	// duplicateThreshold is the estimated Jaccard similarity from which a
	// later article copies an earlier one. At 0.5 it takes the same text
	// with another headline, other boilerplate lines (bylines, "Follow us
	// on …", copyright), a few words changed in every paragraph, or cut
	// to half its length; two outlets' own stories on one event, even
	// quoting the same speech, share far fewer shingles (0.02 to 0.06 in
	// the tests' examples).
	duplicateThreshold = 0.5
	// indexed is how many of a sketch's smallest hashes an article is
	// indexed under: a later article is compared only with those sharing
	// one. Of the indexed smallest hashes of two articles together, each
	// is in both with probability J, so two articles at similarity 0.5
	// share none with probability about 0.5^16.
	indexed = 16
)

// sketch is an article's bottom-k MinHash sketch: its smallest distinct
// shingle hashes, ascending.
type sketch []uint32

// dedupe finds, in input order, the earlier article each article copies.
// It keeps the sketch of each article that copies none, and an index of
// their smallest hashes: under a kilobyte per article.
type dedupe struct {
	ids      []string
	sketches []sketch
	index    map[uint32][]int32
	buf      []uint64
}

// sketchOf returns the sketch of texts taken as one text, empty when it
// has no words. buf is scratch space, returned for reuse.
func sketchOf(texts []string, buf []uint64) (sketch, []uint64) {
	hashes := buf[:0]
	var window [shingleWords]uint64
	n := 0
	shingle := func(k int) uint64 {
		h := uint64(0)
		for _, w := range window[shingleWords-k:] {
			h = bits.RotateLeft64(h, 17) ^ w
			h *= 0x100000001b3
		}
		return splitmix(h)
	}
	// Each word is hashed with FNV-1a over its runes, lower-cased.
	const fnvOffset, fnvPrime = 14695981039346656037, 1099511628211
	word := uint64(fnvOffset)
	flush := func(inWord bool) {
		if !inWord {
			return
		}
		copy(window[:], window[1:])
		window[shingleWords-1] = word
		word = fnvOffset
		n++
		if n >= shingleWords {
			hashes = keepSmallest(hashes, shingle(shingleWords))
		}
	}
	for _, t := range texts {
		in := false
		for _, r := range t {
			switch {
			case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
			case 'A' <= r && r <= 'Z':
				r += 'a' - 'A'
			case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
				r = unicode.ToLower(r)
			case r == '\'' || r == '’':
				continue // "Trump's" and "Trump’s" are one word
			default:
				flush(in)
				in = false
				continue
			}
			word = (word ^ uint64(r)) * fnvPrime
			in = true
		}
		flush(in)
	}
	if n > 0 && n < shingleWords {
		// A text shorter than a shingle is one shingle of all its words.
		hashes = keepSmallest(hashes, shingle(n))
	}
	slices.Sort(hashes)
	sk := make(sketch, 0, min(len(hashes), sketchSize))
	for _, h := range hashes {
		if len(sk) == sketchSize {
			break
		}
		v := uint32(h >> 32)
		if len(sk) == 0 || sk[len(sk)-1] != v {
			sk = append(sk, v)
		}
	}
	return sk, hashes
}

// keepSmallest adds h to hs, a max-heap of at most sketchSize hashes,
// when it is smaller than the largest kept (which it then replaces):
// after every shingle, hs holds the smallest hashes so far, without
// keeping or sorting them all. A shingle repeated while it is among them
// takes a second place (sketchOf drops the repeat, so a sketch may have
// a few hashes fewer than sketchSize; the estimate is the same kind).
func keepSmallest(hs []uint64, h uint64) []uint64 {
	if len(hs) == sketchSize && h >= hs[0] {
		return hs
	}
	if len(hs) < sketchSize {
		hs = append(hs, h)
		// Sift up.
		for i := len(hs) - 1; i > 0; {
			p := (i - 1) / 2
			if hs[p] >= hs[i] {
				break
			}
			hs[p], hs[i] = hs[i], hs[p]
			i = p
		}
		return hs
	}
	hs[0] = h
	// Sift down.
	for i := 0; ; {
		l, big := 2*i+1, i
		if l < len(hs) && hs[l] > hs[big] {
			big = l
		}
		if r := l + 1; r < len(hs) && hs[r] > hs[big] {
			big = r
		}
		if big == i {
			break
		}
		hs[i], hs[big] = hs[big], hs[i]
		i = big
	}
	return hs
}

// similarity estimates the Jaccard similarity of the two articles behind
// sketches a and b: of the sketchSize smallest hashes of both together,
// the share found in both.
func similarity(a, b sketch) float64 {
	i, j, both, seen := 0, 0, 0, 0
	for seen < sketchSize && (i < len(a) || j < len(b)) {
		switch {
		case j == len(b) || i < len(a) && a[i] < b[j]:
			i++
		case i == len(a) || b[j] < a[i]:
			j++
		default:
			both++
			i, j = i+1, j+1
		}
		seen++
	}
	if seen == 0 {
		return 0
	}
	return float64(both) / float64(seen)
}

// check returns the earlier article that the article id with texts
// copies, "" when none: the most similar of the earlier articles at
// duplicateThreshold or above, the earliest among equals. An article that
// copies none is kept for the later ones to be checked against.
func (d *dedupe) check(id string, texts []string) string {
	var sk sketch
	sk, d.buf = sketchOf(texts, d.buf)
	if len(sk) == 0 {
		return ""
	}
	if d.index == nil {
		d.index = map[uint32][]int32{}
	}
	keys := sk[:min(len(sk), indexed)]
	best, bestSim := -1, 0.0
	var seen map[int32]bool
	for _, k := range keys {
		for _, j := range d.index[k] {
			if seen[j] {
				continue
			}
			if seen == nil {
				seen = map[int32]bool{}
			}
			seen[j] = true
			s := similarity(sk, d.sketches[j])
			if s >= duplicateThreshold && (s > bestSim || s == bestSim && int(j) < best) {
				best, bestSim = int(j), s
			}
		}
	}
	if best >= 0 {
		return d.ids[best]
	}
	j := int32(len(d.sketches))
	d.ids, d.sketches = append(d.ids, id), append(d.sketches, sk)
	for _, k := range keys {
		d.index[k] = append(d.index[k], j)
	}
	return ""
}
