package input

import (
	"fmt"
	"sort"
	"strings"
)

// Field is a part of an article that a table row (a CSV row or a JSON
// line) carries in a named field.
type Field int

// The fields of an article read from a table row.
const (
	FieldText Field = iota
	FieldTitle
	FieldDate
	FieldSource
	FieldURL
	FieldID
	FieldByline
	numFields
)

// fieldNames are the names of the fields, as --field takes them.
var fieldNames = [numFields]string{"text", "title", "date", "source", "url", "id", "author"}

// String returns the field's name: text, title, date, source, url, id or author.
func (f Field) String() string {
	if f < 0 || f >= numFields {
		return fmt.Sprintf("field(%d)", int(f))
	}
	return fieldNames[f]
}

// ParseField returns the field of a name (text, title, date, source, url,
// id or author), or an error listing them.
func ParseField(name string) (Field, error) {
	for f, n := range fieldNames {
		if strings.EqualFold(strings.TrimSpace(name), n) {
			return Field(f), nil
		}
	}
	return 0, fmt.Errorf("unknown field %q (one of %s)", name, strings.Join(fieldNames[:], ", "))
}

// fieldGuesses are the names, normalised by fieldKey, under which each
// field is found when it is not named: those of news archives, data sets
// and scrapers, the most usual first, then a few of other languages
// (German, French, Spanish, Italian, Dutch).
var fieldGuesses = [numFields][]string{
	FieldText:   {"text", "body", "content", "article", "full_text", "fulltext", "article_text", "articletext", "body_text", "text_body", "maintext", "main_text", "story", "article_body", "articlebody", "document", "contents", "texte", "texto", "testo", "inhalt", "tekst"},
	FieldTitle:  {"title", "headline", "heading", "head", "article_title", "name", "titel", "titre", "titulo", "titolo", "kop"},
	FieldDate:   {"date", "published", "published_at", "publishedat", "publish_date", "pub_date", "pubdate", "publication_date", "date_published", "date_publish", "datepublished", "datetime", "timestamp", "created_at", "time", "created", "datum", "fecha", "data_pubblicazione"},
	FieldSource: {"source", "outlet", "publisher", "publication", "source_name", "site", "site_name", "newspaper", "media", "medium", "domain", "source_domain", "quelle", "fuente", "fonte", "bron"},
	FieldURL:    {"url", "link", "href", "article_url", "source_url", "uri", "permalink", "web_url"},
	FieldID:     {"id", "article_id", "doc_id", "docid", "document_id", "uuid", "guid", "_id", "key"},
	FieldByline: {"author", "authors", "byline", "by", "writer", "creator"},
}

// fieldKey normalises a field name for matching: lower case, with spaces,
// hyphens and dots as underscores, and no byte-order mark.
func fieldKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(s, "\ufeff")))
	return strings.NewReplacer(" ", "_", "-", "_", ".", "_").Replace(s)
}

// FieldNames are the field names given for a table's fields (by
// --text-field or --field); an empty name is found by guessing.
type FieldNames [numFields]string

// Set names the field f.
func (n *FieldNames) Set(f Field, name string) { n[f] = strings.TrimSpace(name) }

// fieldMap is where each field of one table is: the index of its column
// (or of its key among keys), -1 when the table lacks it.
type fieldMap struct {
	at    [numFields]int
	names []string // the table's field names, as given
}

// mapFields finds each field among names: the one named by given, else
// the first of its guesses present. The same column is never used for two
// fields: a named field takes precedence, then fields in order.
func mapFields(names []string, given FieldNames) fieldMap {
	m := fieldMap{names: names}
	index := map[string]int{}
	for i, n := range names {
		if k := fieldKey(n); k != "" {
			if _, ok := index[k]; !ok {
				index[k] = i
			}
		}
	}
	used := map[int]bool{}
	for f := range numFields {
		m.at[f] = -1
		if given[f] == "" {
			continue
		}
		if i, ok := index[fieldKey(given[f])]; ok {
			m.at[f] = i
			used[i] = true
		}
	}
	for f := range numFields {
		if given[f] != "" {
			continue
		}
		for _, g := range fieldGuesses[f] {
			if i, ok := index[g]; ok && !used[i] {
				m.at[f] = i
				used[i] = true
				break
			}
		}
	}
	return m
}

// missingText explains why a table has no text field, for the reason of
// each of its rows: what was looked for and the names found.
func (m fieldMap) missingText(given FieldNames, what string) string {
	found := quotedList(m.names)
	if given[FieldText] != "" {
		return fmt.Sprintf("no %s %q (--text-field); %s found: %s", what, given[FieldText], what+"s", found)
	}
	return fmt.Sprintf("no text %s (looked for %s); %ss found: %s; name it with --text-field", what,
		strings.Join(fieldGuesses[FieldText][:5], ", "), what, found)
}

// quotedList renders names for a reason: quoted, sorted when asked, at
// most 12 of them.
func quotedList(names []string) string {
	if len(names) == 0 {
		return "none"
	}
	var q []string
	for i, n := range names {
		if i == 12 {
			q = append(q, fmt.Sprintf("and %d more", len(names)-12))
			break
		}
		q = append(q, fmt.Sprintf("%q", strings.TrimPrefix(n, "\ufeff")))
	}
	return strings.Join(q, ", ")
}

// sortedKeys returns a JSON object's keys in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
