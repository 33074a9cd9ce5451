package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"time"
)

// TestReadBuild checks the version and commit read from build information.
func TestReadBuild(t *testing.T) {
	vcs := []debug.BuildSetting{{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.time", Value: "2026-03-01T10:00:00Z"}, {Key: "vcs.modified", Value: "true"}}
	for _, tc := range []struct {
		name string
		bi   *debug.BuildInfo
		want string
	}{
		{"no build information", nil, "devel (commit unknown; "},
		{"checkout with commit", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}, Settings: vcs},
			"devel (commit 0123456789ab, 2026-03-01T10:00:00Z, with uncommitted changes; go1.26.8)"},
		{"module version", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.2.0"}, Settings: vcs[:2]},
			"v1.2.0 (commit 0123456789ab, 2026-03-01T10:00:00Z; go1.26.8)"},
	} {
		if got := readBuild(tc.bi).String(); !strings.HasPrefix(got, tc.want) {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
	code, stdout, _ := runIn(t, "", "version")
	if code != exitOK || !strings.HasPrefix(stdout, "portray ") || !strings.Contains(stdout, "commit") || !strings.Contains(stdout, "go1.") {
		t.Errorf("portray version: exit %d, %q", code, stdout)
	}
}

// TestRunJSON checks the record of a run: version, command line, times,
// inputs by status and their checksum, options; the checksum changes when
// an input does and not with -j.
func TestRunJSON(t *testing.T) {
	in := writeFiles(t, map[string]string{"a.txt": "Elena Varga said the budget would pass.", "b.docx": "x", "c.txt": ""})
	read := func(args ...string) runRecord {
		t.Helper()
		out := t.TempDir()
		before := time.Now().UTC()
		code, _, stderr := runBatchIn(t, append([]string{"-o", out}, args...)...)
		if code != exitInputs {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		data, err := os.ReadFile(filepath.Join(out, "run.json"))
		if err != nil {
			t.Fatal(err)
		}
		var rec runRecord
		if err := json.Unmarshal(data, &rec); err != nil {
			t.Fatalf("run.json: %v\n%s", err, data)
		}
		started, err1 := time.Parse(time.RFC3339Nano, rec.Started)
		finished, err2 := time.Parse(time.RFC3339Nano, rec.Finished)
		if err1 != nil || err2 != nil || finished.Before(started) || started.Before(before.Add(-time.Second)) {
			t.Errorf("started %q finished %q", rec.Started, rec.Finished)
		}
		if want := append([]string{"portray", "batch", "-o", out}, args...); strings.Join(rec.Command, " ") != strings.Join(want, " ") {
			t.Errorf("command %q, want %q", rec.Command, want)
		}
		if rec.Portray.Version == "" || rec.Portray.Go == "" {
			t.Errorf("portray %+v", rec.Portray)
		}
		if rec.Options["o"] != out || rec.Options["top"] == nil || rec.Options["max-size"] == nil {
			t.Errorf("options %v", rec.Options)
		}
		return rec
	}
	r1 := read("-j", "1", in)
	if i := r1.Inputs; i.Files != 3 || i.OK != 1 || i.Skipped != 1 || i.Failed != 1 || len(i.SHA256) != 64 {
		t.Errorf("inputs %+v", i)
	}
	if r1.Options["j"] != float64(1) {
		t.Errorf("-j recorded as %v", r1.Options["j"])
	}
	r3 := read(in, "-j", "3", "--people", peopleFile)
	if r3.Inputs.SHA256 != r1.Inputs.SHA256 {
		t.Errorf("checksum changes with -j: %s, %s", r1.Inputs.SHA256, r3.Inputs.SHA256)
	}
	if r3.People == nil || r3.People.Path != peopleFile || len(r3.People.SHA256) != 64 {
		t.Errorf("people file %+v", r3.People)
	}
	if err := os.WriteFile(filepath.Join(in, "a.txt"), []byte("Elena Varga said the budget would fail."), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := read(in); r.Inputs.SHA256 == r1.Inputs.SHA256 {
		t.Errorf("checksum unchanged after an input changed")
	}
}
