// Package ignite is the Ignite guest SDK for Go, shipped with the server.
//
//	func main() {
//		ignite.Start(func(payload []byte, ctx *ignite.Context) ([]byte, error) {
//			return []byte(`{"ok":true}`), nil
//		})
//	}
//
// The handler's bytes are the response body, verbatim (status 200; content type
// application/json when the bytes are JSON, else application/octet-stream). An error
// is status 500 with {"error": "..."}; so is a panic. The worker speaks the Ignite
// worker protocol (docs/worker-protocol.md) on file descriptor 3.
package ignite

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"os"
	"sync"
)

// Context is one call's context.
type Context struct {
	ExecutionID    string
	FunctionID     string
	OrganizationID string
	// Request headers, lower-case names.
	Headers map[string]string
	Method  string
	Path    string
	Query   string
}

// Handler serves one call.
type Handler func(payload []byte, ctx *Context) ([]byte, error)

const (
	frameReady   = 1
	frameRequest = 2
	frameBody    = 3
	frameBodyEnd = 4
	frameHead    = 5
	frameChunk   = 6
	frameEnd     = 7
	maxChunk     = 64 * 1024
)

type requestFrame struct {
	ID             uint32      `json:"id"`
	ExecutionID    string      `json:"execution_id"`
	FunctionID     string      `json:"function_id"`
	OrganizationID string      `json:"organization_id"`
	Method         string      `json:"method"`
	Path           string      `json:"path"`
	Query          string      `json:"query"`
	Headers        [][2]string `json:"headers"`
}

type writer struct {
	mu   sync.Mutex
	conn net.Conn
}

func (w *writer) frame(kind byte, parts ...[]byte) error {
	n := 1
	for _, p := range parts {
		n += len(p)
	}
	buf := make([]byte, 4, 4+n)
	binary.LittleEndian.PutUint32(buf, uint32(n))
	buf = append(buf, kind)
	for _, p := range parts {
		buf = append(buf, p...)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	_, err := w.conn.Write(buf)
	return err
}

func (w *writer) json(kind byte, v interface{}) error {
	b, _ := json.Marshal(v)
	return w.frame(kind, b)
}

func idBytes(id uint32) []byte {
	b := make([]byte, 4)
	binary.LittleEndian.PutUint32(b, id)
	return b
}

func serve(w *writer, h Handler, req requestFrame, body []byte) {
	ctx := &Context{
		ExecutionID:    req.ExecutionID,
		FunctionID:     req.FunctionID,
		OrganizationID: req.OrganizationID,
		Headers:        map[string]string{},
		Method:         req.Method,
		Path:           req.Path,
		Query:          req.Query,
	}
	for _, kv := range req.Headers {
		ctx.Headers[kv[0]] = kv[1]
	}
	out, err := call(h, body, ctx)
	status := 200
	contentType := "application/octet-stream"
	if err != nil {
		status = 500
		contentType = "application/json"
		out, _ = json.Marshal(map[string]string{"error": err.Error()})
	} else if json.Valid(out) {
		contentType = "application/json"
	}
	_ = w.json(frameHead, map[string]interface{}{
		"id": req.ID, "status": status, "headers": [][2]string{{"content-type", contentType}},
	})
	for len(out) > 0 {
		n := len(out)
		if n > maxChunk {
			n = maxChunk
		}
		_ = w.frame(frameChunk, idBytes(req.ID), out[:n])
		out = out[n:]
	}
	_ = w.json(frameEnd, map[string]interface{}{"id": req.ID})
}

func call(h Handler, body []byte, ctx *Context) (out []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return h(body, ctx)
}

func readFrame(r *bufio.Reader) (byte, []byte, error) {
	var header [4]byte
	if _, err := io.ReadFull(r, header[:]); err != nil {
		return 0, nil, err
	}
	n := binary.LittleEndian.Uint32(header[:])
	if n == 0 {
		return 0, nil, fmt.Errorf("empty frame")
	}
	buf := make([]byte, n)
	if _, err := io.ReadFull(r, buf); err != nil {
		return 0, nil, err
	}
	return buf[0], buf[1:], nil
}

// Start serves calls with h until the host goes away.
func Start(h Handler) {
	conn, err := net.FileConn(os.NewFile(3, "ignite"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "ignite: the worker socket (fd 3) is missing: run this program on Ignite")
		os.Exit(2)
	}
	w := &writer{conn: conn}
	if err := w.json(frameReady, map[string]interface{}{"pid": os.Getpid()}); err != nil {
		os.Exit(2)
	}
	r := bufio.NewReaderSize(conn, 256*1024)
	pending := map[uint32]*requestFrame{}
	bodies := map[uint32][]byte{}
	for {
		kind, body, err := readFrame(r)
		if err != nil {
			return
		}
		switch kind {
		case frameRequest:
			var req requestFrame
			if json.Unmarshal(body, &req) == nil {
				pending[req.ID] = &req
			}
		case frameBody, frameBodyEnd:
			if len(body) < 4 {
				continue
			}
			id := binary.LittleEndian.Uint32(body[:4])
			if kind == frameBody {
				bodies[id] = append(bodies[id], body[4:]...)
				continue
			}
			req, ok := pending[id]
			if !ok {
				continue
			}
			payload := bodies[id]
			delete(pending, id)
			delete(bodies, id)
			go serve(w, h, *req, payload)
		}
	}
}
