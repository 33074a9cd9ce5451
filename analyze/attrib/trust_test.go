package attrib

import (
	"strings"
	"testing"
)

// TestAttributionTrust checks the constructions where a quotation's words
// are easily given to the wrong person: the person spoken about, the
// object of a verb, a passive's subject, a byline, a title of a work. Each
// case names the speaker of the quotation that starts with prefix; an
// empty speaker means the text does not say who spoke (or it is not speech).
func TestAttributionTrust(t *testing.T) {
	for _, c := range []struct {
		name, text, prefix, speaker string
	}{
		{"said of Y", "Ada Brill had said of Omar Castellanos: ‘He is a liability.’", "He is a liability", "Ada Brill"},
		{"called Y a", "Ada Brill called Omar Castellanos a ‘liability’ on Monday.", "liability", "Ada Brill"},
		{"called Y a, then said", "Ada Brill called Omar Castellanos a “blowhard” and said his plans were “propaganda” for his rivals.", "propaganda", "Ada Brill"},
		{"described Y as", "Ada Brill described Omar Castellanos as “out of his depth” in the talks.", "out of his depth", "Ada Brill"},
		{"denounced Y's remarks as", "Ada Brill denounced Omar Castellanos’s remarks as “hurtful and wrong”.", "hurtful", "Ada Brill"},
		{"possessive claim that", "Omar Castellanos’s claim that there were “thousands of jobs” was false.", "thousands", "Omar Castellanos"},
		{"Y was branded, by agent", "Omar Castellanos was branded a ‘liability’ by Ada Brill.", "liability", "Ada Brill"},
		{"Y was branded, no agent", "Omar Castellanos was branded a ‘liability’ last week.", "liability", ""},
		{"Y was described as, no agent", "Omar Castellanos has been described as “the most divisive man in town” for years.", "the most divisive", ""},
		{"according to critics of Y", "Omar Castellanos is “out of his depth”, according to critics of the mayor.", "out of his depth", "critics"},
		{"in the words of", "The deal was, in the words of Ada Brill, “a disaster for the valley”.", "a disaster", "Ada Brill"},
		{"statement from", "“We will not pay,” read a statement from Ada Brill.", "We will not pay", "Ada Brill"},
		{"final attribution clause, said X", "Omar Castellanos “drew well from working voters” in the primary, said Ada Brill, a professor.", "drew well", "Ada Brill"},
		{"final attribution clause, X said", "Omar Castellanos “felt a duty to act” on the river, Ada Brill said.", "felt a duty", "Ada Brill"},
		{"final clause carries on", "Omar Castellanos “felt a duty to act” on the river, Ada Brill said. “It is core stuff for him.”", "It is core", "Ada Brill"},
		{"he said after a name in the quote", "Omar Castellanos was at the rally.\n“I have known Peter Hale for years and Hale is a friend,” he said.", "I have known", "Omar Castellanos"},
		{"closing double apostrophe", "“We will win this seat’’, Ada Brill said.", "We will win", "Ada Brill"},
		{"guillemets", "«We will win this seat», Ada Brill said.", "We will win", "Ada Brill"},
		{"low-high marks", "„We will win this seat“, Ada Brill said.", "We will win", "Ada Brill"},
		{"backticks", "``We will win this seat,'' Ada Brill said.", "We will win", "Ada Brill"},
		{"title of a show", "Omar Castellanos appeared on ‘I’m a Celebrity… Get Me Out of Here!’ last year.", "I’m a Celebrity", ""},
		{"title of a book", "Ada Brill wrote “The Long Valley” in 2004.", "The Long Valley", ""},
		{"role phrase", "Penny Mordaunt, the MP for Portsmouth North, spoke first.\nOmar Castellanos replied later.\n“We need ships,” the MP for Portsmouth North said.", "We need ships", "Penny Mordaunt"},
		{"headline quotation", "Brill: ‘We will win this seat.’\nAda Brill spoke on Monday in the town hall to a large crowd of voters.\n“We will win this seat,” Ada Brill said.", "We will win this seat.", ""},
		{"next sentence is not the attribution", "Omar Castellanos said the system was “broken.” Ada Brill said on Wednesday she, too, wants an inquiry into the police.", "broken", "Omar Castellanos"},
		{"subordinate clause before the speaker", "Castellanos “has a right to run,” just as Peter Hale did in 2008, Ada Brill added.", "has a right", "Ada Brill"},
		{"X said, adding", "Brill and Hale will meet next week, Omar Castellanos said, adding, “They need to sit down and talk.”", "They need to sit", "Omar Castellanos"},
		{"X said, adding that", "Hale will speak in Leeds this month, Omar Castellanos said, adding that he would also address his “gender gap.”", "gender gap", "Omar Castellanos"},
		{"coordinated verb after an object", "Ada Brill did not mention Omar Castellanos by name, but told city leaders the town needs people “who put voters first.”", "who put voters", "Ada Brill"},
		{"cue in an opening subordinate clause", "When Omar Castellanos suggested that the port would sue the city, Ada Brill fired back: “If they sue us, they will lose.”", "If they sue us", "Ada Brill"},
		{"inverted speaker before the quotation", "Because of how voters drew the map, explained Ada Brill, “this seat is hard to hold.”", "this seat", "Ada Brill"},
		{"appositive naming an organisation", "Ada Brill, the editor of the town's paper, the Valley Courier, said every mayor was “both a manager and a politician.”", "both a manager", "Ada Brill"},
		{"praised Y for", "Ada Brill praised Omar Castellanos for showing “the courage of his convictions.”", "the courage", "Ada Brill"},
		{"article titled", "Readers can find an article titled “Brill Does Best Where Turnout Is Low.”", "Brill Does Best", ""},
		{"performed a song", "Ada Brill came on stage and performed “Bridge Over the River.”", "Bridge Over", ""},
		{"said he is no inversion", "The next day, he was calling out Putin’s ‘lies’ and saying he was ‘disgusted’ with him.", "disgusted", ""},
		{"he said goes to the subject, not the last man named", "Omar Castellanos spoke at the rally about Peter Hale and his plans.\n“We will win this seat,” he said.", "We will win", "Omar Castellanos"},
		{"said X after several sentences", "“The port is closing. The jobs are going. Nobody in the council listened to us,” said Ada Brill.", "The port is closing", "Ada Brill"},
		{"byline is never the speaker", "By Jason Groves Political Editor\nThe minister arrived late.\n“We will fight on,” she said.", "We will fight on", ""},
		{"dash byline is never the speaker", "- By Jason Groves\nThe minister arrived late.\n“We will fight on,” she said.", "We will fight on", ""},
		{"final clause after two quotations", "Guns are “the ultimate crisis” and “stunt growth,” Ada Brill, the former mayor, told the crowd.", "the ultimate crisis", "Ada Brill"},
		{"as X said", "The race “is a dead heat right now,” as Ada Brill said on the radio on Monday.", "is a dead heat", "Ada Brill"},
		{"instead carries on", "“He is a cheerleader for the town,” Ada Brill said. Instead, “he acts like a defeated man.”", "he acts like", "Ada Brill"},
		{"role tied by apposition", "Donald Trump, the Republican nominee, spoke in Ohio.\nHillary Clinton spoke in Florida.\n“We are going to win Ohio,” the Republican nominee told the crowd.", "We are going", "Donald Trump"},
		{"name set off after a role", "Mrs. Clinton’s spokesman, Brian Fallon, said the remark was “beneath a nominee.”\n“It is a sad day,” the spokesman added.", "beneath", "Brian Fallon"},
		{"role after a name set off", "Mrs. Clinton’s spokesman, Brian Fallon, said the remark was “beneath a nominee.”\n“It is a sad day,” the spokesman added.", "It is a sad day", "Brian Fallon"},
		{"that in the writer's words before the closing clause", "“Many would call that a defeat for Brill” if she won by less than that, said Omar Castellanos, an analyst.", "Many would call", "Omar Castellanos"},
		{"speaker before a chain of appositives", "Last week, Omar Castellanos, editor of The Valley Courier, a paper read across the county, wrote, “We should think again.”", "We should think", "Omar Castellanos"},
		{"the Prime Minister", "Prime Minister Idris Calloway met unions.\n“We will talk again,” the Prime Minister said.", "We will talk", "Idris Calloway"},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := attribute(c.text, nil)
			for _, q := range res.Quotes {
				if q.Kind == KindIndirect || !strings.HasPrefix(q.Text, c.prefix) {
					continue
				}
				if q.Speaker != c.speaker {
					t.Errorf("%q: speaker %q (%s, %s), want %q", q.Text, q.Speaker, q.Kind, q.Attribution, c.speaker)
				}
				return
			}
			t.Errorf("no quotation starting %q in %+v", c.prefix, res.Quotes)
		})
	}
}
