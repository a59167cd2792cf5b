// The test image's server: a static binary listening on $PORT (the app's first port)
// and on $SECOND_PORT. `/healthz` answers 200 (or 503 while $UNHEALTHY is set), `/`
// echoes the request as JSON, and EXIT_AT_ONCE makes it exit before listening.
package main

import (
	"encoding/json"
	"io"
	"net/http"
	"os"
)

func handler(port string) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		if os.Getenv("UNHEALTHY") != "" {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		w.Write([]byte("ok"))
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		w.Header().Set("content-type", "application/json")
		json.NewEncoder(w).Encode(map[string]string{
			"port":      port,
			"method":    r.Method,
			"path":      r.URL.RequestURI(),
			"body":      string(body),
			"execution": r.Header.Get("x-ignite-execution-id"),
			"function":  r.Header.Get("x-ignite-function-id"),
			"user":      os.Getenv("USER_NOTE"),
		})
	})
	return mux
}

func main() {
	if os.Getenv("EXIT_AT_ONCE") != "" {
		os.Stderr.WriteString("exiting at once\n")
		os.Exit(3)
	}
	port := os.Getenv("PORT")
	if second := os.Getenv("SECOND_PORT"); second != "" {
		go http.ListenAndServe(":"+second, handler(second))
	}
	if err := http.ListenAndServe(":"+port, handler(port)); err != nil {
		os.Stderr.WriteString(err.Error() + "\n")
		os.Exit(1)
	}
}
