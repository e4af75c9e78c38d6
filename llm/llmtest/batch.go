package llmtest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

// The fakes' batch APIs: OpenAI's files + batches and Anthropic's Message
// Batches, with their real wire formats. A batch ends on its BatchPolls-th
// status check; its requests are then answered by the same Answer function
// as direct ones (Delay ignored), each Call carrying the batch id.

type fakeBatch struct {
	id      string
	lines   []batchLine // custom id and request body
	polls   int
	ended   bool
	output  []string // result lines (OpenAI: output file; Anthropic: results)
	errors  []string // OpenAI's error file
	done    int
	failed  int
	expired bool
}

type batchLine struct {
	customID string
	body     map[string]any
}

// Batches returns the ids of the batches submitted so far.
func (s *Server) Batches() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.batchOrder...)
}

func (s *Server) batchHandle(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	if s.Format == "anthropic" {
		s.anthropicBatches(w, r)
		return
	}
	s.openAIBatches(w, r)
}

func (s *Server) newBatch(lines []batchLine) *fakeBatch {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.batches == nil {
		s.batches = map[string]*fakeBatch{}
	}
	prefix := map[string]string{"anthropic": "msgbatch_"}[s.Format]
	if prefix == "" {
		prefix = "batch_"
	}
	b := &fakeBatch{id: fmt.Sprintf("%s%03d", prefix, len(s.batches)+1), lines: lines}
	s.batches[b.id] = b
	s.batchOrder = append(s.batchOrder, b.id)
	return b
}

func (s *Server) batch(id string) *fakeBatch {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.batches[id]
}

// poll counts a status check and, on the last one, answers the batch.
func (s *Server) poll(b *fakeBatch, path string) {
	s.mu.Lock()
	b.polls++
	end := !b.ended && b.polls >= max(1, s.BatchPolls)
	expire := s.BatchExpire
	s.mu.Unlock()
	if !end {
		return
	}
	for _, l := range b.lines {
		if expire {
			// OpenAI leaves no output; Anthropic answers each request "expired"
			s.mu.Lock()
			b.expired = true
			if s.Format == "anthropic" {
				j, _ := json.Marshal(map[string]any{"custom_id": l.customID, "result": map[string]any{"type": "expired"}})
				b.output = append(b.output, string(j))
			}
			s.mu.Unlock()
			continue
		}
		a := s.call(Call{Path: path, Batch: b.id, Body: l.body})
		s.mu.Lock()
		model, _ := l.body["model"].(string)
		if a.PromptTokens == 0 {
			a.PromptTokens, a.CompletionTokens = 100, 20
		}
		ok := a.Status == 0 || a.Status == 200
		var line map[string]any
		if s.Format == "anthropic" {
			result := map[string]any{"type": "succeeded", "message": s.body(a, model, "")}
			if !ok {
				var e any
				json.Unmarshal([]byte(s.errorBody(a.Status)), &e)
				result = map[string]any{"type": "errored", "error": e}
			}
			line = map[string]any{"custom_id": l.customID, "result": result}
		} else {
			resp := map[string]any{"status_code": 200, "request_id": "req_" + l.customID, "body": s.body(a, model, "")}
			if !ok {
				var e any
				json.Unmarshal([]byte(s.errorBody(a.Status)), &e)
				resp = map[string]any{"status_code": a.Status, "request_id": "req_" + l.customID, "body": e}
			}
			line = map[string]any{"id": "batch_req_" + l.customID, "custom_id": l.customID, "response": resp, "error": nil}
		}
		j, _ := json.Marshal(line)
		if ok {
			b.output = append(b.output, string(j))
			b.done++
		} else if s.Format == "anthropic" {
			b.output = append(b.output, string(j))
			b.failed++
		} else {
			b.errors = append(b.errors, string(j))
			b.failed++
		}
		s.mu.Unlock()
	}
	s.mu.Lock()
	b.ended = true
	s.mu.Unlock()
}

func (s *Server) openAIBatches(w http.ResponseWriter, r *http.Request) {
	p := strings.TrimPrefix(r.URL.Path, "/v1")
	switch {
	case r.Method == http.MethodPost && p == "/files":
		if err := r.ParseMultipartForm(64 << 20); err != nil || r.FormValue("purpose") != "batch" {
			http.Error(w, `{"error": {"message": "bad upload"}}`, 400)
			return
		}
		f, _, err := r.FormFile("file")
		if err != nil {
			http.Error(w, `{"error": {"message": "no file"}}`, 400)
			return
		}
		b, _ := io.ReadAll(f)
		s.mu.Lock()
		if s.files == nil {
			s.files = map[string]string{}
		}
		id := fmt.Sprintf("file-%d", len(s.files)+1)
		s.files[id] = string(b)
		s.mu.Unlock()
		json.NewEncoder(w).Encode(map[string]any{"id": id, "object": "file", "bytes": len(b), "created_at": 1700000000, "filename": "input.jsonl", "purpose": "batch"})
	case r.Method == http.MethodPost && p == "/batches":
		var req struct {
			InputFileID      string `json:"input_file_id"`
			Endpoint         string `json:"endpoint"`
			CompletionWindow string `json:"completion_window"`
		}
		json.NewDecoder(r.Body).Decode(&req)
		s.mu.Lock()
		content, ok := s.files[req.InputFileID]
		s.mu.Unlock()
		if !ok || req.Endpoint != "/v1/chat/completions" || req.CompletionWindow != "24h" {
			http.Error(w, `{"error": {"message": "bad batch"}}`, 400)
			return
		}
		var lines []batchLine
		for _, l := range strings.Split(strings.TrimSpace(content), "\n") {
			var v struct {
				CustomID string         `json:"custom_id"`
				Method   string         `json:"method"`
				URL      string         `json:"url"`
				Body     map[string]any `json:"body"`
			}
			if json.Unmarshal([]byte(l), &v) != nil || v.Method != "POST" || v.URL != "/v1/chat/completions" {
				http.Error(w, `{"error": {"message": "bad input line"}}`, 400)
				return
			}
			lines = append(lines, batchLine{v.CustomID, v.Body})
		}
		b := s.newBatch(lines)
		json.NewEncoder(w).Encode(s.openAIBatch(b, req.InputFileID))
	case r.Method == http.MethodGet && strings.HasPrefix(p, "/batches/"):
		b := s.batch(strings.TrimPrefix(p, "/batches/"))
		if b == nil {
			http.Error(w, `{"error": {"message": "no such batch"}}`, 404)
			return
		}
		s.poll(b, "/v1/chat/completions")
		json.NewEncoder(w).Encode(s.openAIBatch(b, "file-in"))
	case r.Method == http.MethodGet && strings.HasPrefix(p, "/files/") && strings.HasSuffix(p, "/content"):
		id := strings.TrimSuffix(strings.TrimPrefix(p, "/files/"), "/content")
		s.mu.Lock()
		content, ok := s.files[id]
		s.mu.Unlock()
		if !ok {
			http.Error(w, `{"error": {"message": "no such file"}}`, 404)
			return
		}
		w.Header().Set("Content-Type", "application/octet-stream")
		io.WriteString(w, content)
	default:
		http.Error(w, `{"error": {"message": "not found"}}`, 404)
	}
}

func (s *Server) openAIBatch(b *fakeBatch, input string) map[string]any {
	s.mu.Lock()
	defer s.mu.Unlock()
	status := "in_progress"
	out := map[string]any{"id": b.id, "object": "batch", "endpoint": "/v1/chat/completions", "input_file_id": input, "completion_window": "24h",
		"created_at": 1700000000, "output_file_id": nil, "error_file_id": nil, "errors": nil, "metadata": map[string]any{}}
	if b.ended {
		status = "completed"
		if b.expired {
			status = "expired"
		}
		if s.files == nil {
			s.files = map[string]string{}
		}
		if len(b.output) > 0 {
			s.files["file-out-"+b.id] = strings.Join(b.output, "\n") + "\n"
			out["output_file_id"] = "file-out-" + b.id
		}
		if len(b.errors) > 0 {
			s.files["file-err-"+b.id] = strings.Join(b.errors, "\n") + "\n"
			out["error_file_id"] = "file-err-" + b.id
		}
	}
	out["status"] = status
	out["request_counts"] = map[string]any{"total": len(b.lines), "completed": b.done, "failed": b.failed}
	return out
}

func (s *Server) anthropicBatches(w http.ResponseWriter, r *http.Request) {
	p := strings.TrimPrefix(r.URL.Path, "/v1")
	if r.Header.Get("anthropic-version") == "" || r.Header.Get("x-api-key") == "" {
		w.WriteHeader(401)
		io.WriteString(w, s.errorBody(401))
		return
	}
	switch {
	case r.Method == http.MethodPost && p == "/messages/batches":
		var req struct {
			Requests []struct {
				CustomID string         `json:"custom_id"`
				Params   map[string]any `json:"params"`
			} `json:"requests"`
		}
		if json.NewDecoder(r.Body).Decode(&req) != nil || len(req.Requests) == 0 {
			w.WriteHeader(400)
			io.WriteString(w, s.errorBody(400))
			return
		}
		var lines []batchLine
		for _, q := range req.Requests {
			lines = append(lines, batchLine{q.CustomID, q.Params})
		}
		b := s.newBatch(lines)
		json.NewEncoder(w).Encode(s.anthropicBatch(b))
	case r.Method == http.MethodGet && strings.HasPrefix(p, "/messages/batches/") && strings.HasSuffix(p, "/results"):
		b := s.batch(strings.TrimSuffix(strings.TrimPrefix(p, "/messages/batches/"), "/results"))
		if b == nil || !b.ended {
			w.WriteHeader(404)
			io.WriteString(w, s.errorBody(404))
			return
		}
		w.Header().Set("Content-Type", "application/binary")
		s.mu.Lock()
		io.WriteString(w, strings.Join(b.output, "\n")+"\n")
		s.mu.Unlock()
	case r.Method == http.MethodGet && strings.HasPrefix(p, "/messages/batches/"):
		b := s.batch(strings.TrimPrefix(p, "/messages/batches/"))
		if b == nil {
			w.WriteHeader(404)
			io.WriteString(w, s.errorBody(404))
			return
		}
		s.poll(b, "/v1/messages")
		json.NewEncoder(w).Encode(s.anthropicBatch(b))
	default:
		w.WriteHeader(404)
		io.WriteString(w, s.errorBody(404))
	}
}

func (s *Server) anthropicBatch(b *fakeBatch) map[string]any {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := time.Unix(1700000000, 0).UTC().Format(time.RFC3339)
	out := map[string]any{"id": b.id, "type": "message_batch", "processing_status": "in_progress", "created_at": now, "expires_at": now,
		"ended_at": nil, "cancel_initiated_at": nil, "results_url": nil,
		"request_counts": map[string]any{"processing": len(b.lines) - b.done - b.failed, "succeeded": b.done, "errored": b.failed, "canceled": 0, "expired": 0}}
	if b.ended {
		out["processing_status"] = "ended"
		out["ended_at"] = now
		host := s.Server.URL
		if s.ResultsHost != "" {
			host = s.ResultsHost
		}
		out["results_url"] = host + "/v1/messages/batches/" + b.id + "/results"
		if b.expired {
			out["request_counts"] = map[string]any{"processing": 0, "succeeded": 0, "errored": 0, "canceled": 0, "expired": len(b.lines)}
		}
	}
	return out
}
