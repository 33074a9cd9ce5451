package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
)

// The commands, by name.
const (
	commandBatch    = "batch"
	commandScore    = "score"
	commandValidate = "validate"
	commandVersion  = "version"
	commandHelp     = "help"
)

// command describes one command of portray. The list of commands is the
// one source of "portray help", each command's -h and the README's tables
// of commands, options and outputs (a test checks the README against it).
type command struct {
	name    string
	args    string // the operands, as in the usage line
	summary string // one line, for "portray help"
	about   string // the text of -h after the usage line
	// flags returns the command's flag set, printing to stderr; nil for
	// a command without options.
	flags func(stderr io.Writer) *flag.FlagSet
	// outputs are the files the command writes.
	outputs []output
}

// output is a file a command writes, and what it holds.
type output struct {
	name, what string
}

// commands lists portray's commands in the order help shows them.
func commands() []command {
	return []command{
		{name: commandBatch, args: "PATH...", summary: "analyse articles into CSVs, charts, a report page and a record of the run",
			about: batchAbout, outputs: batchOutputs,
			flags: func(w io.Writer) *flag.FlagSet {
				var c batchConfig
				var leaders string
				var size sizeFlag
				return batchFlags(&c, &leaders, &size, w)
			}},
		{name: commandScore, args: "[FILE]", summary: "tone of each line (or JSON line) of text, as CSV", about: scoreAbout,
			flags: func(w io.Writer) *flag.FlagSet { var jsonl bool; return scoreFlags(&jsonl, w) }},
		{name: commandValidate, args: "CODED.csv", summary: "compare a hand-coded sample with the tool", about: validateAbout,
			flags: func(w io.Writer) *flag.FlagSet { var cut float64; return validateFlags(&cut, w) }},
		{name: commandVersion, summary: "print the version, commit and Go of this build"},
		{name: commandHelp, summary: "print this help"},
	}
}

// batchOutputs are the files batch writes into its output folder.
var batchOutputs = []output{
	{"articles.csv", "one row per input (a file, a feed line, a table row): status, reason, metadata, counts and tone"},
	{"paragraphs.csv", "one row per paragraph kept, with its tone and the words that moved it"},
	{"quotes.csv", "one row per quotation: speaker, how it was attributed, confidence, tone"},
	{"mentions.csv", "one row per sentence that mentions a person, with the tone toward that person"},
	{"speakers.csv", "per speaker: quotations and their tone"},
	{"people.csv", "per person: the names and roles merged into one"},
	{"leaders.csv", "per leader compared: own words against portrayal, with 95% intervals"},
	{"leader_differences.csv", "every difference between leaders, and between a leader's own words and portrayal, with its interval and its Bonferroni-adjusted interval"},
	{"leaders_by_article.csv", "the same per article"},
	{"leaders_by_source.csv", "the same per source (only when articles carry a source)"},
	{"leaders_by_date.csv", "the same per date (only when articles carry a date)"},
	{"portrayal.png, .svg", "own words against portrayal, per leader"},
	{"share_of_voice.png, .svg", "each leader's share of the words quoted beside their share of the sentences about the leaders"},
	{"tone_by_speaker.png, .svg", "tone of each speaker's quotations"},
	{"quote_tone_distribution.png, .svg", "how the tone of quotations spreads"},
	{"tone_mix.png, .svg", "negative, neutral and positive shares per leader"},
	{"framing.png, .svg", "how often the verbs introducing each leader's words are loaded (\"claimed\") rather than neutral (\"said\")"},
	{"article_flow.png, .svg", "tone paragraph by paragraph through the first articles"},
	{"leader_by_article.png, .svg", "portrayal of each leader, article by article"},
	{"leader_by_source.png, .svg", "portrayal of each leader, source by source (only when articles carry a source)"},
	{"index.html", "the report page, every chart included"},
	{"summary.md", "the leaders' table and the inputs not analysed, as text"},
	{"run.json", "the record of the run: version, command line, start and end, inputs by status and their checksum, options"},
}

// lookup returns the command of a name.
func lookup(name string) command {
	for _, c := range commands() {
		if c.name == name {
			return c
		}
	}
	panic("no command " + name)
}

// usageLine is the command as typed: "portray batch [options] PATH...".
func (c command) usageLine() string {
	parts := []string{"portray", c.name}
	if c.flags != nil {
		parts = append(parts, "[options]")
	}
	if c.args != "" {
		parts = append(parts, c.args)
	}
	return strings.Join(parts, " ")
}

// help is the command's -h text without its options.
func (c command) help() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Usage: %s\n\n%s", c.usageLine(), c.about)
	if len(c.outputs) > 0 {
		b.WriteString("\nOutputs, written into DIR:\n")
		for _, o := range c.outputs {
			fmt.Fprintf(&b, "  %-34s %s\n", o.name, o.what)
		}
	}
	b.WriteString("\nOptions (before, between or after the operands):\n")
	return b.String()
}

// newFlags returns a command's flag set that reports errors instead of
// exiting; its -h prints the command's help and options.
func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, lookup(name).help())
		fs.PrintDefaults()
	}
	return fs
}

// usage is the text of "portray help".
func usage() string {
	var b strings.Builder
	b.WriteString(`portray shows how political leaders are portrayed in news articles:
what each one says (their quotations and the tone of them) and how the text
speaks about them (the tone of the sentences that mention them).

Usage:
`)
	for _, c := range commands() {
		fmt.Fprintf(&b, "  %-38s %s\n", c.usageLine(), c.summary)
	}
	b.WriteString(`
Run "portray COMMAND -h" for a command's options, outputs and examples.
Options may come before or after the operands.

Exit codes: 0 all fine, 1 finished but some inputs failed (or, for batch,
no article was analysed), 2 usage error or the run stopped (output folder
not writable, a tone model unreadable, interrupted).
`)
	return b.String()
}

// docDefaults are the defaults the README shows for options whose default
// depends on the machine.
var docDefaults = map[string]string{"j": "number of CPUs"}

// markdownTables returns the README's generated sections by name:
// "commands", "outputs" and "options-NAME" for each command with options.
func markdownTables() map[string]string {
	cell := func(s string) string { return strings.ReplaceAll(s, "|", `\|`) }
	out := map[string]string{}
	var b strings.Builder
	b.WriteString("| command | what it does |\n| --- | --- |\n")
	for _, c := range commands() {
		fmt.Fprintf(&b, "| `%s` | %s |\n", c.usageLine(), cell(c.summary))
		if c.flags == nil {
			continue
		}
		var o strings.Builder
		o.WriteString("| option | default | what it does |\n| --- | --- | --- |\n")
		c.flags(io.Discard).VisitAll(func(f *flag.Flag) {
			name, usage := flag.UnquoteUsage(f)
			dash := "--"
			if len(f.Name) == 1 {
				dash = "-"
			}
			opt := dash + f.Name
			if name != "" {
				opt += " " + name
			}
			def := f.DefValue
			if d, ok := docDefaults[f.Name]; ok {
				def = d
			}
			if def == "" || def == "false" {
				def = " "
			} else {
				def = "`" + def + "`"
			}
			fmt.Fprintf(&o, "| `%s` | %s | %s |\n", opt, def, cell(usage))
		})
		out["options-"+c.name] = o.String()
		if len(c.outputs) > 0 {
			var t strings.Builder
			t.WriteString("| file | what it holds |\n| --- | --- |\n")
			for _, f := range c.outputs {
				fmt.Fprintf(&t, "| `%s` | %s |\n", f.name, cell(f.what))
			}
			out["outputs"] = t.String()
		}
	}
	out["commands"] = b.String()
	return out
}
