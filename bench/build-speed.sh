#!/usr/bin/env bash
# Build speed benchmark (issue 2): times the compiled CLI building the real edition and synthetic
# replicas of 10, 50 and 100 editions (copies of content/2024 under other years), and prints wall
# time, pages per second and peak memory. Prints figures only; nothing here asserts a timing.
#
#   bench/build-speed.sh [runs]      (default 5 runs per size; the median is reported)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet publish src/Lagesbild.Site -c Release -o "$work/cli" --nologo -v quiet >/dev/null
# The published CLI is native (Native AOT); a framework-dependent publish (-p:PublishAot=false) is a .dll.
cli=("$work/cli/Lagesbild.Site")
[ -x "${cli[0]}" ] || cli=(dotnet "$work/cli/Lagesbild.Site.dll")

replica() { # replica N → a content folder with N editions
  local n="$1" dir="$work/content-$1"
  mkdir -p "$dir"
  cp content/site.yml content/tillganglighet.yml "$dir/"
  for ((i = 0; i < n; i++)); do
    cp -r content/2024 "$dir/$((2024 - i))"
  done
  echo "$dir"
}

measure() { # measure LABEL CONTENT → one line of figures
  local label="$1" content="$2" walls=() mems=() pages
  "${cli[@]}" build --content "$content" --out "$work/site" >/dev/null # warm the file cache
  pages=$(find "$work/site" -name '*.html' | wc -l)
  for ((r = 0; r < runs; r++)); do
    /usr/bin/time -f "%e %M" -o "$work/time" "${cli[@]}" build --content "$content" --out "$work/site" >/dev/null
    read -r wall mem <"$work/time"
    walls+=("$wall")
    mems+=("$mem")
  done
  local median_wall median_mem
  median_wall=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  median_mem=$(printf '%s\n' "${mems[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  awk -v l="$label" -v p="$pages" -v w="$median_wall" -v m="$median_mem" \
    'BEGIN { printf "%-22s %7d %10.3f %12.0f %12.1f\n", l, p, w, p / w, m / 1024 }'
}

printf '%-22s %7s %10s %12s %12s\n' "content" "pages" "wall s" "pages/s" "peak MB"
measure "real edition (2024)" content
for n in 10 50 100; do
  measure "$n editions" "$(replica "$n")"
done
echo "(median of $runs runs each; wall time includes .NET start-up of the compiled CLI)"
