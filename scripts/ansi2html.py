#!/usr/bin/env python3
"""Render a terminal capture with SGR escapes (tmux capture-pane -e) as a
self-contained HTML page: a dark 80-column terminal, for a screenshot."""
import html
import re
import sys

PALETTE = ["#1e1e1e", "#e06c75", "#98c379", "#e5c07b", "#61afef", "#c678dd", "#56b6c2", "#dcdfe4",
           "#5c6370", "#ff7b86", "#b5e890", "#ffd68a", "#7cc4ff", "#de94ff", "#6fd3df", "#ffffff"]
FG, BG = "#dcdfe4", "#1e1e1e"


def color256(n):
    if n < 16:
        return PALETTE[n]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return "#%02x%02x%02x" % (steps[n // 36], steps[n // 6 % 6], steps[n % 6])
    v = 8 + (n - 232) * 10
    return "#%02x%02x%02x" % (v, v, v)


def render(text):
    st = {}
    out = []
    for part in re.split(r"(\x1b\[[0-9;]*m)", text):
        if part.startswith("\x1b["):
            codes = [int(c) if c else 0 for c in part[2:-1].split(";")]
            i = 0
            while i < len(codes):
                c = codes[i]
                if c == 0:
                    st = {}
                elif c == 1:
                    st["bold"] = True
                elif c == 2:
                    st["faint"] = True
                elif c == 22:
                    st.pop("bold", None); st.pop("faint", None)
                elif c == 7:
                    st["reverse"] = True
                elif c == 27:
                    st.pop("reverse", None)
                elif c == 9:
                    st["strike"] = True
                elif c == 29:
                    st.pop("strike", None)
                elif c == 4:
                    st["underline"] = True
                elif c == 24:
                    st.pop("underline", None)
                elif 30 <= c <= 37 or 90 <= c <= 97:
                    st["fg"] = PALETTE[c - 30 if c < 90 else c - 90 + 8]
                elif c == 39:
                    st.pop("fg", None)
                elif 40 <= c <= 47 or 100 <= c <= 107:
                    st["bg"] = PALETTE[c - 40 if c < 100 else c - 100 + 8]
                elif c == 49:
                    st.pop("bg", None)
                elif c in (38, 48) and i + 2 < len(codes) and codes[i + 1] == 5:
                    st["fg" if c == 38 else "bg"] = color256(codes[i + 2]); i += 2
                elif c in (38, 48) and i + 4 < len(codes) and codes[i + 1] == 2:
                    st["fg" if c == 38 else "bg"] = "#%02x%02x%02x" % tuple(codes[i + 2:i + 5]); i += 4
                i += 1
            continue
        if not part:
            continue
        fg, bg = st.get("fg", FG), st.get("bg", BG)
        if st.get("reverse"):
            fg, bg = bg, fg
        css = ["color:" + fg]
        if bg != BG:
            css.append("background:" + bg)
        if st.get("bold"):
            css.append("font-weight:bold")
        if st.get("faint"):
            css.append("opacity:0.6")
        deco = [d for d, k in (("line-through", "strike"), ("underline", "underline")) if st.get(k)]
        if deco:
            css.append("text-decoration:" + " ".join(deco))
        out.append('<span style="%s">%s</span>' % (";".join(css), html.escape(part)))
    return "".join(out)


lines = sys.stdin.read().rstrip("\n").split("\n")
body = "\n".join(render(l) for l in lines)
print("""<!doctype html><meta charset="utf-8"><style>
body{margin:0;background:%s}
pre{margin:0;padding:16px 20px;font:15px/1.3 "DejaVu Sans Mono","Liberation Mono",monospace;color:%s;background:%s;width:80ch}
</style><pre>%s</pre>""" % (BG, FG, BG, body))
