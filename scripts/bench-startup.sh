#!/usr/bin/env bash
# Start-up and size: `bulletproof guard` on one pair, and the guard library
# alone in a cobra binary checking the same pair (scripts/startup/guardlib),
# against a cobra binary that does nothing (scripts/startup/bare): wall time
# (median of 200 runs), instructions (valgrind's cachegrind, which other
# load does not change), the binaries' size, and package init
# (GODEBUG=inittrace=1). Needs Go and python3; valgrind for the
# instruction counts.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/bulletproof" ./cmd/bulletproof
go build -o "$tmp/bare" ./scripts/startup/bare
go build -o "$tmp/guardlib" ./scripts/startup/guardlib
echo "Cut p95 latency from 420 ms to 180 ms on the Go billing API." > "$tmp/src.txt"
echo "Cut p95 latency 57% on the Go billing API." > "$tmp/new.txt"
guard=("$tmp/bulletproof" guard --source "$tmp/src.txt" --rewrite "$tmp/new.txt")
bare=("$tmp/bare" guard)
lib=("$tmp/guardlib" guard "$tmp/src.txt" "$tmp/new.txt")

median_ms() { # median wall time of 200 runs, in ms
  python3 - "$@" <<'PY'
import statistics, subprocess, sys, time
cmd = sys.argv[1:]
ts = []
for _ in range(200):
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ts.append((time.perf_counter() - t) * 1000)
print(f"{statistics.median(ts):.1f}")
PY
}
instructions() {
  valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
    awk '/I[[:space:]]+refs/ {gsub(",", "", $NF); print $NF}'
}

size() { du -b "$1" | cut -f1; }
echo "binary: bulletproof $(size "$tmp/bulletproof") bytes, guardlib $(size "$tmp/guardlib"), bare cobra $(size "$tmp/bare")"
echo "wall, median of 200: bare cobra $(median_ms "${bare[@]}") ms, guardlib $(median_ms "${lib[@]}") ms, bulletproof guard $(median_ms "${guard[@]}") ms"
if command -v valgrind > /dev/null; then
  echo "instructions: bare cobra $(instructions "${bare[@]}"), guardlib $(instructions "${lib[@]}"), bulletproof guard $(instructions "${guard[@]}")"
fi
GODEBUG=inittrace=1 "${guard[@]}" 2>&1 >/dev/null | awk '
  /^init / { ms += $5; n++; if ($5 > 0.1) slow = slow sprintf("  %s %.2f ms\n", $2, $5) }
  END { printf "package init: %.1f ms over %d packages\n%s", ms, n, slow }'
