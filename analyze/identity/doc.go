// Package identity decides, across a whole corpus, which of the names the
// articles produced belong to one human, and gives each human one canonical
// name.
//
// Each article resolves its own people (package people): within one article
// "Trump", "Mr Trump" and "Donald J. Trump" are one person already. Across
// articles the canonical names differ ("Donald J. Trump" in one, "Donald
// Trump" in another, a bare "Obama" where an article never gave the full
// name). Resolve takes every name with its count and merges:
//
//   - variants of one full name: case (ALL CAPS), accents, possessives, dots,
//     middle names and initials ("Donald J. Trump" = "Donald Trump"), unless
//     the corpus has two conflicting middles ("George H. W. Bush" and
//     "George W. Bush" stay apart, and a plain "George Bush" joins neither);
//   - nicknames and formal given names from a small table (Joe = Joseph,
//     Bill = William, Jim = James, …), flagged weak;
//   - a Jr./Sr. form with the same name without the suffix only when no
//     article names both as two people ("Joseph R. Biden Jr." = "Joe Biden";
//     "Donald Trump Jr." stays apart from "Donald Trump" wherever one article
//     names both), flagged weak;
//   - a bare surname ("Obama") into the one full-name person with that
//     surname, or into the most covered one when it has at least
//     DominantRatio times the rows of the next ("Obama" to Barack Obama
//     beside Michelle Obama); otherwise it stays a person of its own and
//     lists who it could be ("Clinton": Hillary Clinton, Bill Clinton).
//     Both are flagged weak.
//
// Two different given names with one surname are never merged. The result
// does not depend on the order of the names given. Match finds the person a
// user means by a name ("Clinton", "Donald J. Trump"), for --leaders.
//
// It reads only names: no article text, and it imports no other package of
// portray.
package identity
