#!/usr/bin/env python3
"""Check that writes are edits: rewrite every file in DIR through a fake
provider that appends " reliably" to each item (fake_rewriter.py on PORT),
write each file in its own format (Markdown, text, JSON, rst, AsciiDoc,
org, LaTeX, HTML, YAML, TOML), and compare with the source with that word
taken out again. Prints one line per file that differs and a total.

usage: fake_rewriter.py 8799 &  then  splice_check.py BIN DIR [PORT]"""
import os, subprocess, sys, tempfile

def main():
    binary, folder = sys.argv[1], sys.argv[2]
    port = sys.argv[3] if len(sys.argv) > 3 else "8799"
    tmp = tempfile.mkdtemp()
    cfg = os.path.join(tmp, "fake.yaml")
    open(cfg, "w").write(f"""provider: fake
providers:
  fake:
    type: openai
    base_url: http://127.0.0.1:{port}/v1
    api_key_env: FAKE_KEY
    model: fake-model
""")
    env = dict(os.environ, FAKE_KEY="k", HOME=tmp, XDG_CONFIG_HOME=tmp)
    written = exact = 0
    for name in sorted(os.listdir(folder)):
        if name == "truth.txt" or name.startswith("."):
            continue
        src = os.path.join(folder, name)
        if name.endswith((".docx", ".pdf", ".md5")) or name in ("SOURCES.md", "README.md"):
            continue
        out = os.path.join(tmp, "out-" + name)  # every format is written as an edit of itself
        r = subprocess.run([binary, "rewrite", src, "--config", cfg, "--provider", "fake", "--prompt", "tighten-bullets",
                            "--section", "experience", "--output", out, "--force"], capture_output=True, text=True, env=env)
        if not os.path.exists(out):
            print(f"NOWRITE {name}: rc={r.returncode} {r.stderr.strip()[:150]}")
            continue
        written += 1
        a = open(src, "rb").read()
        b = open(out, "rb").read().replace(b" reliably", b"")
        if a == b:
            exact += 1
        else:
            i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
            print(f"DIFF {name} at byte {i}: src {a[i-20:i+40]!r} out {b[i-20:i+40]!r}")
    print(f"byte-exact {exact}/{written} written in their own format")

main()
