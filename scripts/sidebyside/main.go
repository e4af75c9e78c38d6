// Command sidebyside serves the model for the promptfoo side-by-side
// benchmark (bench.sh here): internal/fakeopenai's OpenAI-compatible API,
// each completion answered after a fixed delay, as a hosted model would.
// It writes how many completions it served, and the most at once, to
// stderr when it stops.
//
//	go run ./scripts/sidebyside -addr 127.0.0.1:8788 -delay 200ms
package main

import (
	"context"
	"flag"
	"log"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/bulletproof-cli/bulletproof/internal/fakeopenai"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8788", "address to listen on (loopback)")
	delay := flag.Duration("delay", 200*time.Millisecond, "time before each completion is answered")
	flag.Parse()
	fake := &fakeopenai.Server{}
	var mu sync.Mutex
	inflight, peak, served := 0, 0, 0
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/chat/completions") {
			mu.Lock()
			inflight++
			peak = max(peak, inflight)
			mu.Unlock()
			select {
			case <-time.After(*delay):
			case <-r.Context().Done():
			}
			defer func() { mu.Lock(); inflight--; served++; mu.Unlock() }()
		}
		fake.ServeHTTP(w, r)
	})
	srv := &http.Server{Addr: *addr, Handler: h}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		srv.Shutdown(context.Background())
	}()
	if err := srv.ListenAndServe(); err != http.ErrServerClosed {
		log.Fatal(err)
	}
	mu.Lock()
	log.Printf("served %d completions, at most %d at once", served, peak)
	mu.Unlock()
}
