package main

import "flag"

// parseAnywhere parses args with fs, taking flags wherever they stand
// among the operands, as people type them ("portray batch news -o out"),
// and returns the operands in order. A "--" ends the flags: everything
// after it is an operand, even when it starts with "-".
func parseAnywhere(fs *flag.FlagSet, args []string) ([]string, error) {
	var operands []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			return append(operands, rest...), nil
		}
		if len(rest) == 0 {
			return operands, nil
		}
		operands = append(operands, rest[0])
		args = rest[1:]
	}
}
