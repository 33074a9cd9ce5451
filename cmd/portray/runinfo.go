package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"

	"portray/analyze/input"
)

// buildInfo is what portray knows of its own build: the module version,
// and the commit it was built from when the build recorded it.
type buildInfo struct {
	Version    string `json:"version"`
	Commit     string `json:"commit,omitempty"`
	CommitTime string `json:"commit_time,omitempty"`
	Modified   bool   `json:"modified,omitempty"` // built with changes not committed
	Go         string `json:"go"`
}

// readBuild reads the build's version and commit from bi (nil: unknown).
// The version set with -ldflags "-X main.version=..." wins over the
// module's, and the commit set with "-X main.commit=..." is used when the
// build recorded none (as with -buildvcs=false); "make build" sets both.
// A build from a checkout without them reports "devel".
func readBuild(bi *debug.BuildInfo) buildInfo {
	b := buildInfo{Version: "devel", Go: runtime.Version()}
	if bi != nil {
		if v := bi.Main.Version; v != "" && v != "(devel)" {
			b.Version = v
		}
		b.Go = bi.GoVersion
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				b.Commit = s.Value
			case "vcs.time":
				b.CommitTime = s.Value
			case "vcs.modified":
				b.Modified = s.Value == "true"
			}
		}
	}
	if version != "" {
		b.Version = version
	}
	if b.Commit == "" && commit != "" {
		b.Commit = commit
	}
	return b
}

// String renders the build for "portray version":
// "v1.2.0 (commit 0123456789ab, 2026-03-01T10:00:00Z, with uncommitted changes; go1.26.8)".
func (b buildInfo) String() string {
	var parts []string
	if b.Commit != "" {
		c := "commit " + b.Commit[:min(12, len(b.Commit))]
		if b.CommitTime != "" {
			c += ", " + b.CommitTime
		}
		if b.Modified {
			c += ", with uncommitted changes"
		}
		parts = append(parts, c)
	} else {
		parts = append(parts, "commit unknown")
	}
	parts = append(parts, b.Go)
	return b.Version + " (" + strings.Join(parts, "; ") + ")"
}

// thisBuild is the running binary's build.
func thisBuild() buildInfo {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		bi = nil
	}
	return readBuild(bi)
}

// runRecord is the content of run.json: what a reader needs to cite a
// run and repeat it.
type runRecord struct {
	Portray  buildInfo        `json:"portray"`
	Command  []string         `json:"command"`
	Started  string           `json:"started"`
	Finished string           `json:"finished"`
	Inputs   runInputs        `json:"inputs"`
	Options  map[string]any   `json:"options"`
	Leaders  []string         `json:"leaders_compared"`
	People   *checksummedFile `json:"people_file,omitempty"`
}

// runInputs counts a run's inputs and identifies them.
type runInputs struct {
	Paths   []string `json:"paths"`
	Files   int      `json:"files"`
	OK      int      `json:"ok"`
	Skipped int      `json:"skipped"`
	Failed  int      `json:"failed"`
	// SHA256 is the checksum of every file read, in the order read: the
	// SHA-256 of the lines "SHA-256 of the file's content, two spaces,
	// its ID", one per file (skipped and failed files by ID alone), so
	// two runs on the same files under the same names have the same one.
	SHA256 string `json:"sha256"`
}

// checksummedFile is a file a run read besides its inputs.
type checksummedFile struct {
	Path   string `json:"path"`
	SHA256 string `json:"sha256"`
}

// inputSum accumulates the checksum of a run's inputs, file by file in
// input order.
type inputSum struct {
	h     hash.Hash
	files int
}

func newInputSum() *inputSum { return &inputSum{h: sha256.New()} }

// add adds one file: sum is the SHA-256 of its content, "" when it was
// not read.
func (s *inputSum) add(f input.File, sum string) {
	s.files++
	if sum == "" {
		sum = "-"
	}
	fmt.Fprintf(s.h, "%s  %s\n", sum, f.ID)
}

// String returns the checksum so far, in hex.
func (s *inputSum) String() string { return hex.EncodeToString(s.h.Sum(nil)) }

// fileSum returns the SHA-256 of a file's content in hex, or "" when the
// file is not read (skipped, failed, of a type portray does not read) or
// cannot be.
func fileSum(f input.File) string {
	if _, ok := input.Formats[strings.ToLower(filepath.Ext(f.Path))]; !ok || f.Skip != "" || f.Fail != "" {
		return ""
	}
	fh, err := os.Open(f.Path)
	if err != nil {
		return ""
	}
	defer fh.Close()
	h := sha256.New()
	if _, err := io.Copy(h, fh); err != nil {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))
}

// flagValues returns every flag of fs with its value, by name, for the
// record of a run.
func flagValues(fs *flag.FlagSet) map[string]any {
	out := map[string]any{}
	fs.VisitAll(func(f *flag.Flag) {
		if g, ok := f.Value.(flag.Getter); ok {
			out[f.Name] = g.Get()
			return
		}
		out[f.Name] = f.Value.String()
	})
	return out
}

// marshalRecord renders a run record as indented JSON (the keys of maps sorted).
func marshalRecord(r runRecord) ([]byte, error) {
	data, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}

// peopleSum returns the SHA-256 of the people file in hex ("" when it
// cannot be read, which the run has already reported).
func peopleSum(path string) string {
	data, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}
