#!/usr/bin/env python3
"""Score `bulletproof inspect` on a folder of resumes against DIR/truth.txt.

usage: score_resumes.py BIN DIR [--verbose]
truth.txt lines: fixture roles edu proj cert; roles "4,3,0", "-" for none,
"a|b" for alternatives (per role, as resume/layouts_test.go reads them, or of
the whole list). A file is right when its bullets per role match, as the
README's layout figures count; "all" also needs edu, proj and cert to match.
A file is read when inspect exits 0 with roles, or the truth has none.
"""
import json, os, subprocess, sys

def main():
    binary, folder = sys.argv[1], sys.argv[2]
    verbose = "--verbose" in sys.argv
    right = allright = read = n = 0
    for line in open(os.path.join(folder, "truth.txt"), encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#") or line.startswith("fixture"):
            continue
        parts = line.split()
        name, roles, edu, proj, cert = parts[0], parts[1], parts[2], parts[3], parts[4]
        n += 1
        out = subprocess.run([binary, "inspect", os.path.join(folder, name), "--format", "json"], capture_output=True, text=True)
        if out.returncode != 0:
            print(f"UNREAD {name}: {out.stderr.strip()[:160]}")
            continue
        d = json.loads(out.stdout)
        got_roles = ",".join(str(len(r.get("bullets") or [])) for r in d.get("roles") or []) or "-"
        got = (got_roles, str(len(d.get("education") or [])), str(len(d.get("projects") or [])), str(len(d.get("certifications") or [])))
        if got_roles != "-" or roles == "-":
            read += 1
        ok = roles_match(roles, got_roles)
        whole = ok and all(g in w.split("|") for g, w in zip(got[1:], (edu, proj, cert)))
        right += ok
        allright += whole
        if not whole or verbose:
            print(f"{'ok  ' if whole else 'part' if ok else 'MISS'} {name}: want {roles} {edu} {proj} {cert} got {' '.join(got)}")
    print(f"right {right}/{n} ({right/n:.0%}), all counts right {allright}/{n}, read {read}/{n}")

def roles_match(want, got):
    if got in want.split("|"):
        return True
    if want == "-" or got == "-":
        return False
    w, g = want.split(","), got.split(",")
    return len(w) == len(g) and all(b in a.split("|") for a, b in zip(w, g))

main()
