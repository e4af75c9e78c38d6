#!/bin/sh
# Regenerates docs/review.png, the README's picture of `rewrite --review`:
# the terminal test runs the review in a real 80x24 terminal (tmux) and keeps
# the pane with its colours; it is drawn as HTML and photographed by Chromium.
# Needs tmux, python3 and chromium.
set -eu
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
BULLETPROOF_SCREENSHOT="$tmp/pane.ans" go test ./cmd/bulletproof -run TestReviewInTerminal -count=1
python3 scripts/ansi2html.py <"$tmp/pane.ans" >"$tmp/pane.html"
mkdir -p docs
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=762,505 \
	--screenshot="$PWD/docs/review.png" "file://$tmp/pane.html" 2>/dev/null
echo "wrote docs/review.png"
