#!/usr/bin/env python3
"""An OpenAI-compatible chat server for splice checks: it answers every
request with the text between <input> and </input> plus " reliably", so a
written file must equal its source with that word added to rewritten items.
usage: fake_rewriter.py PORT"""
import json, re, sys
from http.server import BaseHTTPRequestHandler, HTTPServer

class H(BaseHTTPRequestHandler):
    def log_message(self, *a): pass
    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        text = "\n".join(m.get("content") or "" for m in body["messages"] if m.get("role") == "user" and isinstance(m.get("content"), str))
        m = re.findall(r"<input>\s*(.*?)\s*</input>", text, re.S)
        src = m[-1] if m else "x"
        end = src[-1:] if src[-1:] in ".;:" else ""
        out = json.dumps({"rewrite": src[:len(src) - len(end)] + " reliably" + end, "notes": ""})
        reply = {"id": "x", "object": "chat.completion", "created": 0, "model": body.get("model", "fake"),
                 "choices": [{"index": 0, "message": {"role": "assistant", "content": out}, "finish_reason": "stop"}],
                 "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}
        data = json.dumps(reply).encode()
        self.send_response(200); self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data))); self.end_headers(); self.wfile.write(data)

HTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
