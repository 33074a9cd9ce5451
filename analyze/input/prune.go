package input

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pruneRoles are the words of a class, id, role, aria-label, itemprop or
// data-component attribute that mark page furniture around a story:
// reader comments, photo captions and credits, lists of related stories,
// share and social widgets, newsletter boxes and adverts. Words are the
// attribute split at anything but letters and digits ("comment-list" is
// "comment" and "list"); a word matches when it starts with one of these.
var pruneRoles = []string{
	// reader comments
	"comment", "disqus", "respond", "replies", "discussion", "usercomment", "talkback",
	// photo captions and credits
	"caption", "figcaption", "credit", "photocredit",
	// related stories and recommendations
	"related", "recommend", "trending", "mostread", "mostpopular", "popular", "morestories", "readmore",
	"readalso", "alsoread", "furtherreading", "outbrain", "taboola", "promo", "links", "topics", "tags",
	// share and social widgets ("share" alone is a whole word: a story
	// marked "shareable" is kept)
	"sharing", "sharebar", "sharebutton", "sharetool", "sharelink", "shareicon", "sharedaddy", "addthis", "sharethis", "social",
	// newsletters and adverts
	"newsletter", "subscribe", "signup", "advert", "advertisement", "sponsored", "adslot",
}

// pruneKeep are words that start like furniture but name a story's text.
var pruneKeep = []string{"commentar", "commentator"}

// pruneAtoms are elements that never hold the story's own text: a
// <figure> holds a picture, a chart or a pull quote (the story's words
// again) and their captions.
var pruneAtoms = map[atom.Atom]bool{atom.Figure: true, atom.Figcaption: true, atom.Aside: true, atom.Nav: true, atom.Footer: true,
	atom.Form: true, atom.Button: true, atom.Iframe: true, atom.Dialog: true}

// prunePage removes from a parsed page the elements that hold furniture
// rather than the story (see pruneRoles and pruneAtoms), before the
// article is extracted. An element that holds more than half of the
// page's paragraph text, or an <article> or <main>, is kept whatever its
// names: a class such as "has-comments" on the story's wrapper must not
// lose the story. It returns the number of elements removed.
func prunePage(doc *html.Node) int {
	total := paraText(doc)
	removed := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode && isFurniture(c) && c.DataAtom != atom.Article && c.DataAtom != atom.Main &&
				c.DataAtom != atom.Body && !holdsArticle(c) && paraText(c)*2 <= total {
				n.RemoveChild(c)
				removed++
			} else {
				walk(c)
			}
			c = next
		}
	}
	walk(doc)
	return removed
}

// isFurniture reports whether an element is marked as page furniture.
func isFurniture(n *html.Node) bool {
	if pruneAtoms[n.DataAtom] {
		return true
	}
	for _, at := range n.Attr {
		switch strings.ToLower(at.Key) {
		case "class", "id", "role", "aria-label", "itemprop", "itemtype", "data-component", "data-testid", "data-module":
		default:
			continue
		}
		v := strings.ToLower(at.Val)
		if at.Key == "role" && v == "complementary" {
			return true
		}
		if furnitureWords(v) {
			return true
		}
	}
	return false
}

// furnitureWords reports whether an attribute value holds a word of
// pruneRoles, alone or run together with the next word ("most-read" and
// "mostread" both match "mostread"), or the word "share".
func furnitureWords(v string) bool {
	for _, k := range pruneKeep {
		v = strings.ReplaceAll(v, k, " ")
	}
	words := strings.FieldsFunc(v, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') })
	for i, w := range words {
		pair := w
		if i+1 < len(words) {
			pair += words[i+1]
		}
		if w == "share" || w == "shares" {
			return true
		}
		for _, role := range pruneRoles {
			if strings.HasPrefix(w, role) || strings.HasPrefix(pair, role) && len(role) > len(w) {
				return true
			}
		}
	}
	return false
}

// holdsArticle reports whether an element holds an <article> or <main>.
func holdsArticle(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Article || c.DataAtom == atom.Main || holdsArticle(c)) {
			return true
		}
	}
	return false
}

// paraText is the length of the text inside <p> elements under n.
func paraText(n *html.Node) int {
	size := 0
	var walk func(n *html.Node, inP bool)
	walk = func(n *html.Node, inP bool) {
		if n.Type == html.TextNode && inP {
			size += len(strings.TrimSpace(n.Data))
		}
		if n.DataAtom == atom.Script || n.DataAtom == atom.Style {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inP || n.DataAtom == atom.P)
		}
	}
	walk(n, n.DataAtom == atom.P)
	return size
}
