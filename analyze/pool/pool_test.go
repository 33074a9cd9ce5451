package pool

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync/atomic"
	"testing"
	"time"
)

func TestMapKeepsOrder(t *testing.T) {
	for _, workers := range []int{0, 1, 2, 7} {
		t.Run(fmt.Sprint(workers), func(t *testing.T) {
			got, err := Map(context.Background(), workers, 100, func(_ context.Context, i int) (int, error) {
				if i%3 == 0 {
					runtime.Gosched()
				}
				return i * i, nil
			})
			if err != nil {
				t.Fatal(err)
			}
			for i, v := range got {
				if v != i*i {
					t.Fatalf("result %d = %d, want %d", i, v, i*i)
				}
			}
		})
	}
}

func TestMapLimitsWorkers(t *testing.T) {
	var running, most atomic.Int32
	err := Each(context.Background(), 3, 50, func(context.Context, int) error {
		n := running.Add(1)
		for {
			m := most.Load()
			if n <= m || most.CompareAndSwap(m, n) {
				break
			}
		}
		time.Sleep(time.Millisecond)
		running.Add(-1)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if m := most.Load(); m > 3 || m < 1 {
		t.Fatalf("at most %d jobs ran at once, want 1..3", m)
	}
}

func TestMapReturnsFirstError(t *testing.T) {
	bad := errors.New("bad job")
	var ran atomic.Int32
	_, err := Map(context.Background(), 1, 100, func(_ context.Context, i int) (int, error) {
		ran.Add(1)
		if i == 5 {
			return 0, bad
		}
		return i, nil
	})
	if !errors.Is(err, bad) {
		t.Fatalf("err = %v, want %v", err, bad)
	}
	if n := ran.Load(); n == 100 {
		t.Fatalf("all %d jobs ran after an error; later ones should be skipped", n)
	}
}

func TestOrderedEmitsInOrder(t *testing.T) {
	for _, workers := range []int{1, 2, 5} {
		for _, n := range []int{0, 1, 3, 57} {
			t.Run(fmt.Sprint(workers, "/", n), func(t *testing.T) {
				var got []int
				err := Ordered(context.Background(), workers, n, func(i int) int {
					if i%4 == 1 {
						time.Sleep(100 * time.Microsecond) // finish out of order
					}
					return 10 * i
				}, func(i, v int) error {
					if v != 10*i {
						return fmt.Errorf("emit(%d, %d): wrong pairing", i, v)
					}
					got = append(got, i)
					return nil
				})
				if err != nil {
					t.Fatal(err)
				}
				if len(got) != n {
					t.Fatalf("emitted %d results, want %d", len(got), n)
				}
				for i, v := range got {
					if v != i {
						t.Fatalf("emit %d was job %d", i, v)
					}
				}
			})
		}
	}
}

func TestOrderedBoundsWaitingResults(t *testing.T) {
	const workers = 2
	var started atomic.Int32
	emitted := 0
	err := Ordered(context.Background(), workers, 200, func(i int) int {
		started.Add(1)
		return i
	}, func(i, _ int) error {
		if ahead := int(started.Load()) - emitted; ahead > 4*workers {
			return fmt.Errorf("%d jobs started ahead of emit, want at most %d", ahead, 4*workers)
		}
		emitted++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestOrderedStopsOnEmitErrorAndCancel(t *testing.T) {
	bad := errors.New("disk full")
	n := 0
	err := Ordered(context.Background(), 2, 100, func(i int) int { return i }, func(i, _ int) error {
		n++
		if i == 10 {
			return bad
		}
		return nil
	})
	if !errors.Is(err, bad) || n != 11 {
		t.Fatalf("err = %v after %d emits, want %v after 11", err, n, bad)
	}

	ctx, cancel := context.WithCancel(context.Background())
	n = 0
	err = Ordered(ctx, 2, 100, func(i int) int { return i }, func(i, _ int) error {
		n++
		if i == 3 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) || n != 4 {
		t.Fatalf("err = %v after %d emits, want context.Canceled after 4", err, n)
	}
}

func BenchmarkOrdered(b *testing.B) {
	for b.Loop() {
		_ = Ordered(context.Background(), 0, 1000, func(i int) int { return i }, func(int, int) error { return nil })
	}
}
