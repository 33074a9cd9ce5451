package nlp

// Span is a half-open byte range [Start, End) of a text.
type Span struct {
	// Start is the byte offset of the first byte.
	Start int
	// End is the byte offset just past the last byte.
	End int
}

// Of returns the part of s that sp covers.
func (sp Span) Of(s string) string { return s[sp.Start:sp.End] }

// Strings returns the parts of s that spans cover, in order.
func Strings(s string, spans []Span) []string {
	out := make([]string, len(spans))
	for i, sp := range spans {
		out[i] = s[sp.Start:sp.End]
	}
	return out
}

// Containing returns the span of spans (in text order) that holds byte
// offset at: the first that ends after it. An offset past the last span
// falls in the last one, and with no spans at all the whole of [0, end).
func Containing(spans []Span, at, end int) Span {
	for _, sp := range spans {
		if at < sp.End {
			return Span{min(sp.Start, at), sp.End}
		}
	}
	if len(spans) == 0 {
		return Span{0, end}
	}
	return Span{spans[len(spans)-1].Start, end}
}

// ByteOffset converts an offset in code points (as data sets and JSON
// clients count) into a byte offset in s; -1 when negative or past the end.
func ByteOffset(s string, cp int) int {
	if cp < 0 {
		return -1
	}
	n := 0
	for i := range s {
		if n == cp {
			return i
		}
		n++
	}
	if n == cp {
		return len(s)
	}
	return -1
}
