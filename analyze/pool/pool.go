package pool

import (
	"context"
	"runtime"

	"golang.org/x/sync/errgroup"
)

// Workers is the number of goroutines a stage uses for a requested count
// n: n itself when positive, else GOMAXPROCS.
func Workers(n int) int {
	if n > 0 {
		return n
	}
	return runtime.GOMAXPROCS(0)
}

// Map calls f(i) for every i in [0, n) on at most Workers(workers)
// goroutines and returns the results by index. It returns the first error
// (jobs not yet started are then skipped) once every running job has ended.
func Map[T any](ctx context.Context, workers, n int, f func(ctx context.Context, i int) (T, error)) ([]T, error) {
	out := make([]T, n)
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(Workers(workers))
	for i := range n {
		if gctx.Err() != nil {
			break
		}
		g.Go(func() error {
			v, err := f(gctx, i)
			out[i] = v
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// Each calls f(i) for every i in [0, n) on at most Workers(workers)
// goroutines; it is Map for jobs that write their own results by index.
func Each(ctx context.Context, workers, n int, f func(ctx context.Context, i int) error) error {
	_, err := Map(ctx, workers, n, func(ctx context.Context, i int) (struct{}, error) {
		return struct{}{}, f(ctx, i)
	})
	return err
}

// Ordered calls work(i) for every i in [0, n) on at most Workers(workers)
// goroutines and emit(i, result) on the calling goroutine strictly in index
// order, as results become ready: a stream for inputs too many to hold all
// results at once. At most 4 results per worker wait to be emitted.
//
// It stops at the first error of emit, or when ctx is cancelled, and
// returns that error at once: a job still running then finishes in the
// background and its result is dropped; no job starts after that.
func Ordered[T any](ctx context.Context, workers, n int, work func(i int) T, emit func(i int, v T) error) error {
	w := Workers(workers)
	slots := make([]chan T, min(4*w, max(n, 1)))
	for i := range slots {
		slots[i] = make(chan T, 1)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// free holds one token per slot: job i takes one before it starts and
	// gives it back once its result is emitted, so job i's slot (i mod
	// len(slots)) is empty when it runs.
	free := make(chan struct{}, len(slots))
	go func() {
		var g errgroup.Group
		g.SetLimit(w)
		for i := range n {
			select {
			case free <- struct{}{}:
			case <-ctx.Done():
				return
			}
			// A worker never blocks on its slot, so g.Go waits only for a
			// running job to end.
			g.Go(func() error { slots[i%len(slots)] <- work(i); return nil })
		}
	}()
	for i := range n {
		var v T
		select {
		case v = <-slots[i%len(slots)]:
		case <-ctx.Done():
			return ctx.Err()
		}
		if err := ctx.Err(); err != nil {
			return err // cancelled while the result was ready: emit nothing more
		}
		<-free
		if err := emit(i, v); err != nil {
			return err
		}
	}
	return nil
}
