#!/usr/bin/env bash
# Search benchmark (issues 3 and 12): builds the site a few times with the compiled CLI, then
# bench/search.mjs prints per edition the size raw and gzipped of the lunr index file and of the
# snippets' text file (its "build ms" column stays "?" since the index is built in the CLI's own
# process, issue 21: bench/vs-hugo.sh times whole publishes), the query
# times measured in headless Chromium, what the first search downloads in total until its results
# show and with the text file fetched after them, and, on a site of 20 copies of the latest edition, what searching
# every edition downloads and how long it takes to the first result. Prints figures only; nothing
# here asserts a timing. Targets: the first search under 60 KB gzipped in total, each query under
# 5 ms, fresh results within 100 ms of the last keystroke.
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
# The published CLI is native (Native AOT); a framework-dependent publish (-p:PublishAot=false) is a .dll.
cli=("$work/cli/Lagesbild.Site")
[ -x "${cli[0]}" ] || cli=(dotnet "$work/cli/Lagesbild.Site.dll")
for ((i = 0; i < builds; i++)); do
  "${cli[@]}" build --out "$work/site" "$@" >/dev/null
done
# 20 editions: the latest edition copied under 19 earlier years (published a year apart).
content="${CONTENT:-content}"
latest="$(ls "$content" | grep -E '^[0-9]{4}$' | sort | tail -1)"
mkdir -p "$work/content20"
cp "$content/site.yml" "$content/tillganglighet.yml" "$work/content20/"
[ -f "$content/synonymer.yml" ] && cp "$content/synonymer.yml" "$work/content20/"
for ((k = 0; k < 20; k++)); do
  year=$((latest - k))
  cp -r "$content/$latest" "$work/content20/$year"
  sed -i -E "s/^published: [0-9]{4}/published: $year/; s/^title: (.*) $latest\$/title: \1 $year/" "$work/content20/$year/edition.yml"
done
"${cli[@]}" build --content "$work/content20" --out "$work/site20" >/dev/null
node bench/search.mjs --site "$work/site" --stats "$work/stats.jsonl" --site20 "$work/site20"
