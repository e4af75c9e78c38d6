#!/usr/bin/env python3
"""Score labelled rewrite pairs against `bulletproof guard --pairs`.

usage: score_guard.py BIN FILE.jsonl... [--misses]
Prints n, accuracy, reject recall, false rejects, needs_input accuracy.
Labels: "expect" is accept, reject or needs_input.
"""
import json, subprocess, sys, tempfile

def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show = "--misses" in sys.argv
    binary, files = args[0], args[1:]
    pairs = []
    for f in files:
        for line in open(f, encoding="utf-8"):
            if line.strip():
                pairs.append(json.loads(line))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as t:
        for i, p in enumerate(pairs):
            t.write(json.dumps({"id": str(i), "source": p["source"], "rewrite": p["rewrite"], "facts": p.get("facts") or []}) + "\n")
    out = subprocess.run([binary, "guard", "--pairs", t.name], capture_output=True, text=True)
    verdicts = [json.loads(l) for l in out.stdout.splitlines() if l.strip()]
    if len(verdicts) != len(pairs):
        sys.exit(f"got {len(verdicts)} verdicts for {len(pairs)} pairs: {out.stderr}")
    right = rej = rej_ok = acc = acc_bad = ni = ni_ok = 0
    for p, v in zip(pairs, verdicts):
        want, got = p["expect"], v["verdict"]
        right += want == got
        if want == "reject":
            rej += 1; rej_ok += got == "reject"
        elif want == "accept":
            acc += 1; acc_bad += got == "reject"
        else:
            ni += 1; ni_ok += got == "needs_input"
        if show and want != got:
            print(f"MISS {p.get('id')} want={want} got={got} :: {p.get('note','')}\n  S: {p['source']}\n  R: {p['rewrite']}")
            for f in v.get("findings") or []:
                print(f"    {f.get('code')}: {f.get('text')!r} {f.get('detail','')}")
    n = len(pairs)
    r = lambda a, b: f"{a/b:.3f}" if b else "-"
    print(f"n={n} accuracy={r(right,n)} reject_recall={r(rej_ok,rej)} false_rejects={r(acc_bad,acc)} needs_input={r(ni_ok,ni)}  (rejects {rej}, accepts {acc}, needs_input {ni})")

main()
