package quote

import "portray/analyze/nlp"

// elisions are the words a right single mark can stand before as an
// apostrophe (’em, ’til, rock ’n’ roll), in lower case; ’90s is told by
// its shape.
var elisions = nlp.WordSet("em", "til", "tis", "twas", "n", "cause", "bout", "round")
