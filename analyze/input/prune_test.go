package input

import (
	"strings"
	"testing"
)

// story is the text of the pages below: paragraphs long enough for the
// extractor to take them for a story.
var story = []string{
	"Elena Varga told the Assembly on Tuesday that the river agreement would be signed before the summer, whatever the cost to her coalition.",
	"“We have waited eleven years for our neighbours to agree, and the next drought will not wait for us,” Varga said to applause from her own benches.",
	"Opposition leader Jonah Pereira said the plan handed control of the northern gates to a foreign commission and promised to vote against it.",
	"The treaty needs a two-thirds majority, which the government can reach only with the votes of the small farmers' party, whose leaders have not yet decided.",
}

// paras renders the story as <p> elements.
func paras() string {
	var b strings.Builder
	for _, p := range story {
		b.WriteString("<p>" + p + "</p>\n")
	}
	return b.String()
}

// TestReadHTMLDropsFurniture reads saved pages built in the shapes that
// real sites use and checks that the story is kept whole and that reader
// comments, photo captions, related stories and share widgets are not.
func TestReadHTMLDropsFurniture(t *testing.T) {
	head := `<!DOCTYPE html><html><head><title>Varga pushes river deal</title><meta property="og:site_name" content="The Herald"></head><body>`
	for _, tc := range []struct {
		name, page string
		furniture  []string
	}{
		{"blog with captions, share bar, related posts and a comment thread", head + `
<div id="page" class="site"><main id="main" class="site-main"><article class="post type-post">
<h1 class="entry-title">Varga pushes river deal</h1>
<div class="entry-content">
<figure class="wp-block-image"><img src="a.jpg"><figcaption class="wp-element-caption">Elena Varga waves to supporters in Velmont.</figcaption></figure>
` + paras() + `
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a>Share on Facebook</a></li><li><a>Share on X</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">Related</h3><p>Pereira attacks Varga over dam costs, a story from last week that readers liked.</p></div>
</div></article>
<div id="comments" class="comments-area"><h2 class="comments-title">12 thoughts on this</h2><ol class="comment-list">
<li class="comment"><article class="comment-body"><footer class="comment-meta">Dave says:</footer><div class="comment-content"><p>Lock her up! Varga has sold the river to foreigners and everyone knows it.</p></div></article></li>
<li class="comment"><div class="comment-content"><p>Pereira is the only honest man left in this whole miserable country, mark my words.</p></div></li>
</ol><div id="respond" class="comment-respond"><p>Leave a reply to join the discussion with other readers.</p></div></div>
</main></div></body></html>`,
			[]string{"waves to supporters", "Share this", "Share on Facebook", "Related", "dam costs", "Lock her up", "honest man", "Leave a reply", "12 thoughts"}},
		{"news site with data-component blocks and an aside", head + `
<main id="main-content"><article>
<header><h1>Varga pushes river deal</h1></header>
<figure><img src="b.jpg"><figcaption><span class="visually-hidden">Image caption, </span>President Varga at the Port Adrel summit on Monday.</figcaption></figure>
<div data-component="text-block">` + paras() + `</div>
<div data-component="image-block"><p class="image-credit">Photo credit: Reuters / Anna Berg</p></div>
<section data-component="links-block"><h2>Related Topics</h2><ul><li><a>Ostravia</a></li><li><a>Elena Varga</a></li></ul></section>
</article>
<aside aria-label="More on this story"><h2>More on this story</h2><ul><li><a>Pereira vows to block the river treaty in a fiery speech</a></li></ul></aside>
<section data-testid="most-read"><h2>Most read</h2><ol><li><a>Calloway reshuffles his cabinet again</a></li></ol></section>
<div class="social-embed"><p>Follow the Herald on every platform for live coverage of the summit.</p></div>
</main></body></html>`,
			[]string{"Image caption", "Port Adrel summit on Monday", "Photo credit", "Related Topics", "fiery speech", "Most read", "reshuffles", "Follow the Herald"}},
		{"comment widgets by id and schema", head + `
<div class="article-wrapper has-comments"><div class="story-body">` + paras() + `</div>
<div id="disqus_thread"><p>Disqus: Varga should resign today, says a reader called Bob from the north.</p></div>
<section class="user-comments" itemscope itemtype="https://schema.org/Comment"><p>Reader view: this deal is a disgrace and a betrayal of the farmers.</p></section>
<figure><img src="c.jpg"><p>Farmers block the northern gates in protest, Velmont, 3 May.</p></figure>
<div class="newsletter-signup"><p>Sign up for our morning briefing and never miss a story from Velmont.</p></div>
<div class="outbrain-widget"><p>You may also like: ten tricks doctors hate, sponsored content.</p></div>
</div></body></html>`,
			[]string{"Disqus", "a reader called Bob", "disgrace", "morning briefing", "tricks doctors", "Farmers block"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := readOne(t, "page.html", tc.page)
			if in.Status != StatusOK {
				t.Fatalf("status %s (%s)", in.Status, in.Reason)
			}
			text := in.Article.Text
			for _, p := range story {
				if !containsLine(text, p) {
					t.Errorf("story paragraph lost: %q\ntext:\n%s", p, text)
				}
			}
			for _, f := range tc.furniture {
				if strings.Contains(text, f) {
					t.Errorf("text keeps %q:\n%s", f, text)
				}
			}
		})
	}
}

// TestFurnitureWords checks which attribute values mark page furniture.
func TestFurnitureWords(t *testing.T) {
	for v, want := range map[string]bool{
		"comment-list":            true,
		"comments-area":           true,
		"wp-caption-text":         true,
		"jp-relatedposts":         true,
		"most-read":               true,
		"mostread":                true,
		"read-more-links":         true,
		"sd-sharing-enabled":      true,
		"social-embed":            true,
		"newsletter-signup":       true,
		"commentary":              false,
		"commentaries":            false,
		"article-body shareable":  false,
		"share-buttons":           true,
		"sharebar":                true,
		"responsive-grid":         false,
		"opinion commentary-body": false,
		"entry-content":           false,
		"story-body":              false,
		"article-text":            false,
		"byline":                  false,
		"read":                    false,
		"most":                    false,
	} {
		if got := furnitureWords(v); got != want {
			t.Errorf("furnitureWords(%q) = %v, want %v", v, got, want)
		}
	}
}
