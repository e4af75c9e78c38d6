#!/usr/bin/env bash
# Runs promptfoo on one fixture suite against the fake OpenAI-compatible
# server and records its verdicts for the Go test to compare against:
#
#   scripts/pfcompat/side-by-side.sh eval/testdata/promptfoo/basic
#
# Needs promptfoo 0.123.1 (PROMPTFOO=path/to/node_modules/.bin/promptfoo)
# on Node 22 or later; see README.md here.
set -euo pipefail
dir=$(cd "$1" && pwd)
root=$(cd "$(dirname "$0")/../.." && pwd)
promptfoo=${PROMPTFOO:-promptfoo}
port=${PORT:-8787}
tmp=$(mktemp -d)
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
(cd "$root" && go build -o "$tmp/pfcompat" ./scripts/pfcompat)
"$tmp/pfcompat" serve -rules "$dir/replies.yaml" -addr "127.0.0.1:$port" 2>/dev/null &
pid=$!
sleep 0.5
export PROMPTFOO_CONFIG_DIR="$tmp/home" PROMPTFOO_DISABLE_TELEMETRY=1 PROMPTFOO_DISABLE_UPDATE=1 PROMPTFOO_DISABLE_SHARING=1
export PROMPTFOO_CACHE_ENABLED=false PROMPTFOO_DISABLE_REMOTE_GENERATION=1
export OPENAI_API_KEY=sk-fake-0000000000000000 OPENAI_BASE_URL="http://127.0.0.1:$port/v1"
args=()
[ -f "$dir/promptfoo-args" ] && read -r -a args < "$dir/promptfoo-args"
(cd "$dir" && "$promptfoo" eval -c promptfooconfig.yaml -o "$tmp/out.json" --no-cache --no-progress-bar --no-table --no-share "${args[@]}") || true
"$tmp/pfcompat" record "$tmp/out.json" "$dir" > "$dir/promptfoo-verdicts.json"
echo "recorded $(grep -c '"verdict"' "$dir/promptfoo-verdicts.json") cells in $dir/promptfoo-verdicts.json"
