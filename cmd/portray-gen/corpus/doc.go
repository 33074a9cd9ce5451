// Package corpus makes article corpora for speed and scale tests of portray.
//
// Two kinds are made. Generate writes N articles, or as many as fit in a
// total size, picked at random (from a seed, so the same seed gives the same
// corpus) from a folder of source articles. Copy writes K copies of a
// folder. In both every written article is distinct: one line is added to
// it, a serial number or a copy number, as a paragraph of its own that adds
// no sentence, quotation or person to what portray finds (see Vary). Each
// file keeps its source's format, so the corpus has the shapes the sources
// have: plain and hard-wrapped text, markdown with front matter, saved web
// pages, JSON-lines feeds.
//
// Articles are written one at a time: only the sources are held in memory,
// never the corpus.
package corpus
