package analyze

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// layers says which of portray's packages each stage of the analysis may
// depend on, directly or through another (a package allowed brings its own
// dependencies with it): the people file needs nothing of portray, reading
// and cleaning articles and the quote finder only the text layer, attribution the
// stages below it (and tone for the type of its scores), and the pipeline,
// package analyze, everything.
var layers = map[string][]string{
	"portray/analyze/input":    {"portray/analyze/nlp"},
	"portray/analyze/people":   nil,
	"portray/analyze/identity": nil,
	"portray/analyze/quote":    {"portray/analyze/nlp"},
	"portray/analyze/attrib": {"portray/analyze/nlp", "portray/analyze/quote", "portray/analyze/people",
		"portray/analyze/input", "portray/analyze/tone"},
}

// stages are the packages of the analysis above the text layer; the
// packages in below must not depend on any of them.
var (
	stages = []string{"portray/analyze", "portray/analyze/input", "portray/analyze/people",
		"portray/analyze/quote", "portray/analyze/attrib"}
	below = []string{"portray/analyze/nlp", "portray/analyze/tone", "portray/analyze/tone/vader",
		"portray/analyze/pool", "portray/analyze/agree"}
)

// analyzeDeps returns the packages portray/analyze/... depend on, and the
// dependencies of each of them (go list -deps).
func analyzeDeps(t *testing.T) map[string][]string {
	t.Helper()
	out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}{{range .Deps}} {{.}}{{end}}", "portray/analyze/...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	deps := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		deps[f[0]] = f[1:]
	}
	return deps
}

// TestNoPlottingOrReporting checks the package boundary: turning text into
// facts must not depend on charts, data frames, the report package or the
// commands.
func TestNoPlottingOrReporting(t *testing.T) {
	for dep := range analyzeDeps(t) {
		for _, banned := range []string{"gonum.org/v1/plot", "github.com/go-gota/gota", "portray/report", "portray/cmd"} {
			if dep == banned || strings.HasPrefix(dep, banned+"/") {
				t.Errorf("analyze depends on %s", dep)
			}
		}
	}
}

// TestLayers checks that each stage depends only on the stages below it,
// and that the text layer, tone and the helpers depend on no stage.
func TestLayers(t *testing.T) {
	deps := analyzeDeps(t)
	for pkg, may := range layers {
		if _, ok := deps[pkg]; !ok {
			t.Errorf("%s: not found by go list", pkg)
			continue
		}
		allowed := map[string]bool{}
		for _, a := range may {
			allowed[a] = true
			for _, d := range deps[a] {
				allowed[d] = true
			}
		}
		for _, d := range deps[pkg] {
			if strings.HasPrefix(d, "portray/") && !allowed[d] {
				t.Errorf("%s depends on %s; of portray it may depend only on %v (and theirs)", pkg, d, may)
			}
		}
	}
	for _, pkg := range below {
		if _, ok := deps[pkg]; !ok {
			t.Errorf("%s: not found by go list", pkg)
		}
		for _, d := range deps[pkg] {
			if slices.Contains(stages, d) {
				t.Errorf("%s depends on the stage %s", pkg, d)
			}
		}
	}
}
