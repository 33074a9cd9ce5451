//go:build race

package vader_test

// raceEnabled reports whether the race detector is on.
const raceEnabled = true
