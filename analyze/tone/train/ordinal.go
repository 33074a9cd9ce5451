package train

import (
	"fmt"
	"math"
	"slices"

	"gonum.org/v1/gonum/mat"
)

// ordinalLogistic fits a proportional-odds (ordinal logistic) model of the
// classes -1 < 0 < 1 over the rows where use holds: P(class ≤ c) =
// σ(θ_c − w·x − b), with an L2 penalty of l2 per row on the weights of the
// standardised features. It returns the weights and a bias in the units of
// X, with the intercept folded so that the two thresholds are at −gap/2
// and +gap/2: the linear score w·x + b is then read like the least-squares
// head's, and agree.BestCuts chooses the boundaries.
func ordinalLogistic(X [][]float64, class []int, use func(int) bool, l2 float64) ([]float64, float64, error) {
	p := len(X[0])
	var rows, cls []int
	for i := range X {
		if use(i) {
			rows = append(rows, i)
			cls = append(cls, class[i])
		}
	}
	if len(rows) == 0 {
		return nil, 0, fmt.Errorf("train: ordinal logistic: no rows")
	}
	Z, mean, sd := standardise(X, rows)
	x := newton(ordinalLoss(Z, cls, l2), make([]float64, p+2))
	// Back to X's units, centred between the thresholds.
	w := make([]float64, p)
	b := -(x[p] + (x[p] + math.Exp(x[p+1]))) / 2
	for j := range w {
		w[j] = x[j] / sd[j]
		b -= w[j] * mean[j]
	}
	return w, b, nil
}

// standardise returns the given rows of X with each feature centred and
// scaled to unit standard deviation (a constant feature is only centred),
// and the means and deviations used.
func standardise(X [][]float64, rows []int) (Z [][]float64, mean, sd []float64) {
	p := len(X[0])
	n := float64(len(rows))
	mean = make([]float64, p)
	sd = make([]float64, p)
	for _, i := range rows {
		for j, x := range X[i] {
			mean[j] += x / n
		}
	}
	for _, i := range rows {
		for j, x := range X[i] {
			sd[j] += (x - mean[j]) * (x - mean[j]) / n
		}
	}
	for j := range sd {
		sd[j] = math.Sqrt(sd[j])
		if sd[j] < 1e-12 {
			sd[j] = 1
		}
	}
	Z = make([][]float64, len(rows))
	for k, i := range rows {
		Z[k] = make([]float64, p)
		for j, x := range X[i] {
			Z[k][j] = (x - mean[j]) / sd[j]
		}
	}
	return Z, mean, sd
}

// ordinalLoss is the mean negative log-likelihood of the proportional-odds
// model of the classes cls (-1, 0, 1) of the rows Z, plus l2/2 times the
// squared weights, as a function for newton: it returns the loss at x and,
// when grad is not nil, sets grad to its gradient. x holds the weights
// (one per column of Z), u = θ1 and v = log(θ2 − θ1).
func ordinalLoss(Z [][]float64, cls []int, l2 float64) func(grad, x []float64) float64 {
	p := len(Z[0])
	n := float64(len(Z))
	return func(grad, x []float64) float64 {
		w, u, v := x[:p], x[p], x[p+1]
		ev := math.Exp(v)
		t1, t2 := u, u+ev
		for j := range grad {
			grad[j] = 0
		}
		var loss float64
		for k, z := range Z {
			var eta float64
			for j, zj := range z {
				eta += w[j] * zj
			}
			var l, dEta, dT1, dT2 float64
			switch cls[k] {
			case -1:
				a := t1 - eta
				l = logSigmoid(a)
				d := 1 - sigmoid(a)
				dT1, dEta = d, -d
			case 1:
				b := t2 - eta
				l = logSigmoid(-b)
				d := sigmoid(b)
				dT2, dEta = -d, d
			default:
				a, b := t2-eta, t1-eta
				fa, fb := sigmoid(a), sigmoid(b)
				pr := math.Max(fa-fb, 1e-300)
				l = math.Log(pr)
				da, db := fa*(1-fa)/pr, -fb*(1-fb)/pr
				dT2, dT1, dEta = da, db, -(da + db)
			}
			loss -= l / n
			if grad != nil {
				for j, zj := range z {
					grad[j] -= dEta * zj / n
				}
				grad[p] -= (dT1 + dT2) / n
				grad[p+1] -= dT2 * ev / n
			}
		}
		for j := 0; j < p; j++ {
			loss += l2 / 2 * w[j] * w[j]
			if grad != nil {
				grad[j] += l2 * w[j]
			}
		}
		return loss
	}
}

// sigmoid is 1 / (1 + e^−t).
func sigmoid(t float64) float64 { return 1 / (1 + math.Exp(-t)) }

// logSigmoid is log(sigmoid(t)), without overflow.
func logSigmoid(t float64) float64 {
	if t < 0 {
		return t - math.Log1p(math.Exp(t))
	}
	return -math.Log1p(math.Exp(-t))
}

// newton minimises a smooth convex function given with its gradient by
// damped Newton steps; the Hessian is the finite difference of the
// gradient, and each step is halved until the value goes down.
func newton(fg func(grad, x []float64) float64, x []float64) []float64 {
	d := len(x)
	g := make([]float64, d)
	g2 := make([]float64, d)
	xt := make([]float64, d)
	f := fg(g, x)
	hd := make([]float64, d*d)
	H := mat.NewSymDense(d, nil)
	for it := 0; it < 100; it++ {
		const h = 1e-5
		for a := 0; a < d; a++ {
			copy(xt, x)
			xt[a] += h
			fg(g2, xt)
			for c := 0; c < d; c++ {
				hd[a*d+c] = (g2[c] - g[c]) / h
			}
		}
		for a := 0; a < d; a++ {
			for c := a; c < d; c++ {
				H.SetSym(a, c, (hd[a*d+c]+hd[c*d+a])/2)
			}
		}
		for a := 0; a < d; a++ {
			H.SetSym(a, a, H.At(a, a)+1e-8)
		}
		var ch mat.Cholesky
		var step mat.VecDense
		if !ch.Factorize(H) || ch.SolveVecTo(&step, mat.NewVecDense(d, slices.Clone(g))) != nil {
			step = *mat.NewVecDense(d, slices.Clone(g))
		}
		t := 1.0
		var ft float64
		for k := 0; k < 40; k++ {
			for a := range xt {
				xt[a] = x[a] - t*step.AtVec(a)
			}
			ft = fg(nil, xt)
			if ft <= f {
				break
			}
			t /= 2
		}
		if !(ft <= f) {
			break
		}
		copy(x, xt)
		done := f-ft < 1e-12
		f = fg(g, x)
		if done {
			break
		}
	}
	return x
}
