package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"portray/analyze/nlp"
	"portray/analyze/tone"
)

// scoreAbout is the text of "portray score -h" between the usage line and
// the options.
const scoreAbout = `Scores the tone of each line of FILE (or standard input) and prints CSV with
the columns line (1-based), target, tone (-1..1), label (negative below
-0.05, positive above +0.05, else neutral), the signals tone_vader, tone_nb
and tone_lex (the learned news lexicon), and tone_terms, the words that
moved the score most with their weights ("word:+0.31 word:-0.20"). Each line
is split into sentences and scored sentence by sentence. An empty line
scores neutral 0.

With --jsonl each line is a JSON object {"text": ..., "targets": [...]}, a
target being {"from": i, "to": j} (code point offsets, end exclusive) or
{"name": "..."}. One row is printed per target (target is its 0-based
index): the tone toward that person, read from the clause and sentence
around each mention (a name target counts every capitalised word of the
name, and he/she in sentences that do not name anyone of that name). In
"Putin praised Trump while attacking Zelensky" the tone toward Trump is
positive and toward Zelensky negative. tone_vader and tone_nb are then
those of the mentions' sentences, tone_lex that of their clauses. A line
without targets gives one row with an empty target, scoring the whole text.
A line that is not valid JSON, or a target that cannot be scored, is
reported on standard error with its line number and gets no row; the
other lines are scored, and the exit code is then 1.

Examples:
  portray score headlines.txt
  echo '{"text":"Critics slammed Varga.","targets":[{"name":"Elena Varga"}]}' | portray score --jsonl
`

// scoreFlags returns the flag set of score, filling jsonl.
func scoreFlags(jsonl *bool, stderr io.Writer) *flag.FlagSet {
	fs := newFlags(commandScore, stderr)
	fs.BoolVar(jsonl, "jsonl", false, "read JSON lines with targets")
	return fs
}

// scoreTarget is one target of a JSON line.
type scoreTarget struct {
	From *int   `json:"from"`
	To   *int   `json:"to"`
	Name string `json:"name"`
}

func runScore(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	var jsonl bool
	fs := scoreFlags(&jsonl, stderr)
	files, err := parseAnywhere(fs, args)
	if err != nil {
		return err
	}
	name := "standard input"
	in := stdin
	switch len(files) {
	case 0:
	case 1:
		name = files[0]
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("score: %w", err)
		}
		defer f.Close()
		in = f
	default:
		return fmt.Errorf("score: one FILE at most, got %d", len(files))
	}
	scorer, err := newScorer()
	if err != nil {
		return err
	}
	failed := 0
	bad := func(reason string) {
		failed++
		fmt.Fprintf(stderr, "portray: score: %s %s; no row printed for it\n", name, reason)
	}
	out := csv.NewWriter(stdout)
	out.Write([]string{"line", "target", "tone", "label", "tone_vader", "tone_nb", "tone_lex", "tone_terms"})
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 0, 1<<16), 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSuffix(sc.Text(), "\r")
		if !jsonl {
			writeScore(out, n, "", scorer.Score(sentencesOf(line)...))
			continue
		}
		if strings.TrimSpace(line) == "" {
			writeScore(out, n, "", scorer.Score())
			continue
		}
		var item struct {
			Text    string        `json:"text"`
			Targets []scoreTarget `json:"targets"`
		}
		if err := json.Unmarshal([]byte(line), &item); err != nil {
			bad(fmt.Sprintf("line %d: invalid JSON: %v", n, strings.TrimPrefix(err.Error(), "json: ")))
			continue
		}
		if len(item.Targets) == 0 {
			writeScore(out, n, "", scorer.Score(sentencesOf(item.Text)...))
			continue
		}
		for ti, t := range item.Targets {
			s, err := scoreTargetOf(scorer, item.Text, t)
			if err != nil {
				bad(fmt.Sprintf("line %d target %d: %v", n, ti, err))
				continue
			}
			writeScore(out, n, strconv.Itoa(ti), s)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("score: read %s: %w", name, err)
	}
	out.Flush()
	if err := out.Error(); err != nil {
		return err
	}
	if failed > 0 {
		return &inputsFailed{fmt.Sprintf("score: %d of the lines of %s could not be scored (listed above)", failed, name)}
	}
	return nil
}

// inputsFailed is the error of a command that went through its input but
// could not read some of it: it exits with exitInputs.
type inputsFailed struct{ msg string }

func (e *inputsFailed) Error() string { return e.msg }

func writeScore(w *csv.Writer, line int, target string, s tone.Scores) {
	w.Write([]string{strconv.Itoa(line), target, strconv.FormatFloat(s.Tone, 'f', 4, 64), s.Label,
		strconv.FormatFloat(s.Vader, 'f', 4, 64), strconv.FormatFloat(s.NB, 'f', 4, 64),
		strconv.FormatFloat(s.Lex, 'f', 4, 64), tone.FormatTerms(s.Terms)})
}

// sentencesOf splits text into sentences for scoring.
func sentencesOf(text string) []string {
	return nlp.Strings(text, nlp.Sentences(text))
}

// scoreTargetOf scores the tone of text toward a target given by code
// point offsets or by name.
func scoreTargetOf(scorer *tone.Scorer, text string, t scoreTarget) (tone.Scores, error) {
	if t.From != nil && t.To != nil {
		from, to := nlp.ByteOffset(text, *t.From), nlp.ByteOffset(text, *t.To)
		if from < 0 || to < 0 || from > to {
			return tone.Scores{}, fmt.Errorf("offsets %d..%d outside the text", *t.From, *t.To)
		}
		sp := nlp.Containing(nlp.Sentences(text), from, len(text))
		return scorer.ScoreToward(sp.Of(text), from-sp.Start, min(to, sp.End)-sp.Start), nil
	}
	if strings.TrimSpace(t.Name) == "" {
		return tone.Scores{}, fmt.Errorf("a target needs from and to, or a name")
	}
	return scorer.ScoreTowardName(text, nlp.Sentences(text), t.Name), nil
}
