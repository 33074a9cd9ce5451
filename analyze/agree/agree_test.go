package agree

import (
	"math"
	"testing"
)

func TestPearson(t *testing.T) {
	for _, c := range []struct {
		a, b []float64
		want float64
	}{
		{[]float64{1, 2, 3}, []float64{2, 4, 6}, 1},
		{[]float64{1, 2, 3}, []float64{3, 2, 1}, -1},
		{[]float64{1, 2, 3}, []float64{1, 3, 2}, 0.5},
		{[]float64{1, 1, 1}, []float64{1, 2, 3}, 0},
		{nil, nil, 0},
	} {
		if got := Pearson(c.a, c.b); math.Abs(got-c.want) > 1e-12 {
			t.Errorf("Pearson(%v, %v) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestMacroF1(t *testing.T) {
	// F1: negative 2·1/(1+2) = 2/3, neutral 2·1/(2+1) = 2/3, positive 1.
	if got, want := MacroF1([]int{0, 0, 1, 2}, []int{0, 1, 1, 2}, 0, 1, 2), (2.0/3+2.0/3+1)/3; math.Abs(got-want) > 1e-12 {
		t.Errorf("macro-F1 %.6f, want %.6f", got, want)
	}
	if got := MacroF1([]int{0, 0}, []int{2, 2}, 0, 1, 2); got != 0 {
		t.Errorf("never right: macro-F1 %v, want 0", got)
	}
	if got := MacroF1([]int{-1, 0, 1}, []int{-1, 0, 1}, -1, 0, 1); got != 1 {
		t.Errorf("all right: macro-F1 %v, want 1", got)
	}
}

func TestBestCuts(t *testing.T) {
	scores := []float64{-3, -2, -1, 0, 0.5, 1, 2, 3}
	class := []int{-1, -1, 0, 0, 0, 1, 1, 1}
	low, high := BestCuts(scores, class)
	if low != -1.5 || high != 0.75 {
		t.Errorf("cuts %v, %v, want -1.5, 0.75", low, high)
	}
}
