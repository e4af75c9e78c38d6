#!/usr/bin/env bash
# Side by side with promptfoo, timed: one promptfoo config — 40 cases x 2
# literal prompts, openai:chat, assertions promptfoo and bulletproof both
# know — run by both tools against the same fake OpenAI-compatible server
# that answers each completion in 200 ms, at -j 1, 4 and 16. Prints wall
# time against the ideal (ceil(80 / j) x 200 ms), start-up and peak memory,
# and whether the two tools agree on every cell (bulletproof eval compare).
#
#   scripts/sidebyside/bench.sh
#   PROMPTFOO=/tmp/pf/node_modules/.bin/promptfoo scripts/sidebyside/bench.sh
#
# Needs node and promptfoo 0.123.1 (which wants Node 22: see
# scripts/pfcompat/README.md); without them it says so and exits 0.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
promptfoo=${PROMPTFOO:-promptfoo}
port=${PORT:-8788}
jobs=${JOBS:-"1 4 16"}
if ! command -v node >/dev/null; then echo "skip: no node here"; exit 0; fi
if ! command -v "$promptfoo" >/dev/null; then echo "skip: no promptfoo (npm install -g promptfoo@0.123.1, or set PROMPTFOO)"; exit 0; fi
if ! "$promptfoo" --version >/dev/null 2>&1; then echo "skip: $promptfoo does not start with $(node --version) (it needs Node 22; see scripts/pfcompat/README.md)"; exit 0; fi

tmp=$(mktemp -d)
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
(cd "$root" && go build -o "$tmp/bulletproof" ./cmd/bulletproof && go build -o "$tmp/server" ./scripts/sidebyside)
"$tmp/server" -addr "127.0.0.1:$port" -delay 200ms 2>"$tmp/server.log" &
pid=$!

# the suite: fictional bullets, each naming a tool the output must keep;
# every tenth case also asks for Kafka, which no bullet names (a failure
# both tools must agree on)
mkdir -p "$tmp/suite"
tools=(Go PostgreSQL Redis Kafka Kubernetes Terraform gRPC Python React Docker)
{
  echo "description: side-by-side timing suite"
  echo "prompts:"
  echo '  - "Tighten this resume bullet without inventing anything: {{bullet}}"'
  echo '  - "Rewrite this bullet so the impact comes first, keeping every fact: {{bullet}}"'
  echo "providers:"
  echo "  - openai:chat:gpt-4o-mini"
  echo "defaultTest:"
  echo "  assert:"
  echo "    - {type: not-icontains, value: as an AI}"
  echo "    - {type: javascript, value: output.length < 600}"
  echo "tests:"
  for i in $(seq 1 40); do
    t=${tools[$((i % 10))]}
    echo "  - description: case $i"
    echo "    vars: {bullet: \"Built service $i with $t, cutting p95 latency from $((300 + i)) ms to $((100 + i)) ms for team $i.\"}"
    echo "    assert:"
    echo "      - {type: icontains, value: \"$t\"}"
    if [ $((i % 10)) -eq 0 ]; then echo "      - {type: contains, value: Kafka}"; fi
  done
} > "$tmp/suite/promptfooconfig.yaml"

export HOME="$tmp/home" XDG_CACHE_HOME="$tmp/cache" XDG_CONFIG_HOME="$tmp/config"
export PROMPTFOO_CONFIG_DIR="$tmp/pfhome" PROMPTFOO_DISABLE_TELEMETRY=1 PROMPTFOO_DISABLE_UPDATE=1 PROMPTFOO_DISABLE_SHARING=1
export PROMPTFOO_CACHE_ENABLED=false PROMPTFOO_DISABLE_REMOTE_GENERATION=1
export OPENAI_API_KEY=sk-fake-0000000000000000 OPENAI_BASE_URL="http://127.0.0.1:$port/v1"
mkdir -p "$HOME"
sleep 0.5

# timed CMD...: prints "seconds max-RSS-KiB" (GNU time)
timed() { /usr/bin/time -f "%e %M" -o "$tmp/time" "$@" >"$tmp/out" 2>"$tmp/err" || true; tail -1 "$tmp/time"; }
best_startup() {
  local best=999
  for _ in 1 2 3; do
    local s; s=$(timed "$@" | cut -d' ' -f1)
    best=$(awk -v a="$best" -v b="$s" 'BEGIN { print (b < a) ? b : a }')
  done
  echo "$best"
}

echo "promptfoo $("$promptfoo" --version 2>/dev/null | tail -1) on node $(node --version); $("$tmp/bulletproof" --version | head -1)"
echo "start-up (--version, best of 3): bulletproof $(best_startup "$tmp/bulletproof" --version) s, promptfoo $(best_startup "$promptfoo" --version) s"
echo
printf "%-4s %-10s %-12s %-9s %-10s %-13s %-12s %-11s %s\n" "-j" "ideal" "promptfoo" "(x ideal)" "bulletproof" "(x ideal)" "bp / pf" "pf peak" "bp peak"
for j in $jobs; do
  ideal=$(awk -v j="$j" 'BEGIN { n = int((80 + j - 1) / j); printf "%.1f", n * 0.2 }')
  read -r pfs pfk < <(cd "$tmp/suite" && timed "$promptfoo" eval -c promptfooconfig.yaml --no-cache --no-progress-bar --no-table --no-share -j "$j" -o "$tmp/pf-$j.json")
  read -r bps bpk < <(timed "$tmp/bulletproof" eval run "$tmp/suite/promptfooconfig.yaml" --no-cache -j "$j" -o "$tmp/bp-$j.json")
  verdicts=$(grep -Eo '[0-9]+ cells: [0-9]+ passed, [0-9]+ failed' "$tmp/out" | head -1 || true)
  awk -v j="$j" -v i="$ideal" -v p="$pfs" -v b="$bps" -v pk="$pfk" -v bk="$bpk" 'BEGIN {
    printf "%-4s %-10s %-12s %-9s %-10s %-13s %-12s %-11s %s\n", j, i " s", p " s", sprintf("%.2fx", p / i), b " s", sprintf("%.2fx", b / i), sprintf("%.2fx", b / p), sprintf("%d MiB", pk / 1024), sprintf("%d MiB", bk / 1024) }'
  if [ ! -s "$tmp/pf-$j.json" ] || [ ! -s "$tmp/bp-$j.json" ]; then echo "     (a run wrote no report: $(tail -2 "$tmp/err"))"; continue; fi
  "$tmp/bulletproof" eval compare "$tmp/pf-$j.json" "$tmp/bp-$j.json" >"$tmp/cmp" 2>&1 || true
  if grep -q "no cell changed" "$tmp/cmp"; then
    echo "     promptfoo and bulletproof agree on every cell ($verdicts)"
  else
    echo "     cells that differ ($verdicts):"; sed 's/^/       /' "$tmp/cmp" | head -20
  fi
done
kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; pid=
echo; echo "server: $(tail -1 "$tmp/server.log")"
