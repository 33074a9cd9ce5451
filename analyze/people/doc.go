// Package people knows who an article's people are: the user's people file
// (Read, Config: canonical names, their aliases and role phrases, the
// leaders to compare) and the registry of one article's persons
// (Registry), which ties full names, surnames, aliases and role phrases to
// one canonical Person each and keeps the speakers that are not named
// persons (groups, organisations, described speakers).
//
// It does not read article text: the attribution stage finds the names and
// roles and registers them here. It imports no other package of portray.
package people
