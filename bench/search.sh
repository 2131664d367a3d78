#!/usr/bin/env bash
# Search benchmark (issue 3): builds the site a few times with the compiled CLI, recording how
# long Node takes to build each edition's index, then bench/search.mjs prints per edition the
# index size raw and gzipped, that build time, and the query times measured in headless Chromium.
# Prints figures only; nothing here asserts a timing. Targets: 2024 index under 60 KB gzipped,
# each query under 5 ms, fresh results within 100 ms of the last keystroke.
#
#   bench/search.sh [builds] [build options…]   (default 3 builds; e.g. bench/search.sh 3 --content DIR)
set -euo pipefail
cd "$(dirname "$0")/.."
builds="${1:-3}"
shift || true
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ ! -f tests/tools/node_modules/.package-lock.json ]; then
  npm ci --prefix tests/tools --no-audit --no-fund >/dev/null
fi
dotnet publish src/Lagesbild.Site -c Release -o "$work/cli" --nologo -v quiet >/dev/null
for ((i = 0; i < builds; i++)); do
  LAGESBILD_SEARCH_STATS="$work/stats.jsonl" dotnet "$work/cli/Lagesbild.Site.dll" build --out "$work/site" "$@" >/dev/null
done
node bench/search.mjs --site "$work/site" --stats "$work/stats.jsonl"
