#!/usr/bin/env bash
# Regenerates the Word and PDF fixtures in resume/testdata/office
# from the sources in its src/ folder. Tests never run this: they read the
# committed files. Needs (Debian): pandoc python3-docx chromium
# libreoffice-writer-nogui texlive-latex-base, node and npm. A tool that is
# missing skips its fixtures.
set -euo pipefail
cd "$(dirname "$0")/.."
out=resume/testdata/office
src=$out/src
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
have() { command -v "$1" >/dev/null 2>&1 || { echo "skip: $1 not installed" >&2; return 1; }; }

if have pandoc; then
  pandoc "$src/pandoc-resume.md" -o "$out/pandoc-plain.docx"
  # A reference document with its own fonts and colours, as people make to
  # restyle pandoc output.
  pandoc -o "$tmp/reference.docx" --print-default-data-file reference.docx
  /usr/bin/python3 - "$tmp/reference.docx" <<'PY'
import sys, docx
from docx.shared import Pt, RGBColor
d = docx.Document(sys.argv[1])
by_id = {s.style_id: s for s in d.styles}
for name, size in [("Normal", 10), ("Heading1", 13), ("Heading2", 11), ("Heading3", 11)]:
    s = by_id[name]
    s.font.name = "Georgia"
    s.font.size = Pt(size)
    if name != "Normal":
        s.font.color.rgb = RGBColor(0x7A, 0x1F, 0x2B)
        s.font.all_caps = name == "Heading 2"
d.save(sys.argv[1])
PY
  pandoc "$src/pandoc-resume.md" --reference-doc "$tmp/reference.docx" -o "$out/pandoc-reference.docx"
fi

if [ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import docx' 2>/dev/null; then
  /usr/bin/python3 scripts/office_fixtures.py "$out"
else
  echo "skip: python3-docx not installed" >&2
fi

# The "docx" npm package, as web resume builders use it (installed into a
# temporary folder).
if have node && have npm; then
  mkdir -p "$tmp/js" && cp scripts/docxjs_fixture.mjs "$tmp/js/"
  (cd "$tmp/js" && npm install --silent --no-audit --no-fund docx@9 >/dev/null)
  node "$tmp/js/docxjs_fixture.mjs" "$PWD/$out/docxjs.docx"
fi

if have chromium; then
  chrome() { chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer "$@" 2>/dev/null; }
  chrome --print-to-pdf="$out/chromium.pdf" "file://$PWD/$src/chromium-resume.html"
  # A "scan": the same page as a picture, with no text layer.
  chrome --window-size=640,828 --screenshot="$tmp/page.png" "file://$PWD/$src/chromium-resume.html"
  printf '<html><body style="margin:0"><img src="page.png" style="width:100%%"></body></html>' >"$tmp/scan.html"
  chrome --print-to-pdf="$out/scanned.pdf" "file://$tmp/scan.html"
  # What poppler's pdftotext -layout prints for it: the fallback's input.
  if have pdftotext; then pdftotext -layout -enc UTF-8 "$out/chromium.pdf" "$out/chromium-layout.txt"; fi
fi

# LaTeX, as many engineers' resumes are made (texlive-latex-base).
if have pdflatex; then
  tex="$PWD/$src/latex-resume.tex"
  (cd "$tmp" && pdflatex -interaction=nonstopmode "$tex" >/dev/null)
  cp "$tmp/latex-resume.pdf" "$out/latex.pdf"
fi

if have soffice; then
  # LibreOffice's own .docx: a resume written in Writer (an .odt) saved as
  # Word, and the HTML resume opened in Writer and saved as Word.
  if command -v pandoc >/dev/null; then
    pandoc "$src/pandoc-resume.md" -o "$tmp/writer-resume.odt"
    soffice --headless --convert-to 'docx:MS Word 2007 XML' --outdir "$tmp" "$tmp/writer-resume.odt" >/dev/null 2>&1
    cp "$tmp/writer-resume.docx" "$out/libreoffice.docx"
  fi
  soffice --headless --convert-to 'docx:MS Word 2007 XML' --outdir "$tmp" "$src/chromium-resume.html" >/dev/null 2>&1
  cp "$tmp/chromium-resume.docx" "$out/libreoffice-html.docx"
  if [ -f "$out/word-caps.docx" ]; then
    soffice --headless --convert-to pdf --outdir "$tmp" "$out/word-caps.docx" >/dev/null 2>&1
    cp "$tmp/word-caps.pdf" "$out/libreoffice.pdf"
  fi
fi
ls -l "$out"
