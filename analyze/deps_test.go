package analyze

import (
	"os/exec"
	"strings"
	"testing"
)

// TestNoPlottingOrReporting checks the package boundary: turning text into
// facts must not depend on charts, data frames or the report package.
func TestNoPlottingOrReporting(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "portray/analyze/...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, banned := range []string{"gonum.org/v1/plot", "github.com/go-gota/gota", "portray/report"} {
			if dep == banned || strings.HasPrefix(dep, banned+"/") {
				t.Errorf("analyze depends on %s", dep)
			}
		}
	}
}
