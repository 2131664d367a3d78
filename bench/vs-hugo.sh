#!/usr/bin/env bash
# Publish speed against the yardstick (issue 13): Hugo + Pagefind on the same report
# (../shared/anchor-hugo). For 1, 10 and 100 editions it times a whole publish of each side into an
# empty folder — ours: the compiled CLI, pages and search index; theirs: `hugo` then `pagefind` —
# alternating the two pair by pair in one run, and prints the median wall time, CPU time (user +
# sys) and peak memory of each side and the median ratio ours/theirs. Figures only: nothing here
# asserts a timing.
#
# Ours builds every search index in its own process on every run (issue 21: there is no index cache
# and no Node.js in a build), and is timed twice per pair: *warm*, a rebuild of the content folder
# the run before built (the OS has the CLI and the content in its file cache), and *cold*: a fresh
# copy of the CLI and of the content, made just before the run, into an empty folder, with no file
# of an earlier run of ours left (no cache, nothing warm but what the copy itself left in memory).
#
#   bench/vs-hugo.sh [runs] [sizes…]      (default: 5 runs; sizes 1 10 100)
#
# Needs: hugo (apt-get install hugo), GNU time (apt-get install time), Node.js and npm (to compile
# ours and to install Pagefind). The machine's load average is printed before and after.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
shift || true
sizes=("$@")
[ "${#sizes[@]}" -gt 0 ] || sizes=(1 10 100)
anchor_src="${ANCHOR:-../shared/anchor-hugo}"
for tool in hugo /usr/bin/time node npm; do
  command -v "$tool" >/dev/null || { echo "vs-hugo: $tool is missing (apt-get install hugo time nodejs npm)" >&2; exit 1; }
done
[ -d "$anchor_src" ] || { echo "vs-hugo: the anchor is not at $anchor_src (set ANCHOR=…)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "setting up (publishing the CLI, installing Pagefind, making the sites) …" >&2
# The CLI as it is shipped: a Release publish for the runtime, natively compiled (Native AOT).
dotnet publish src/Lagesbild.Site -c Release -r "${RID:-linux-x64}" -o "$work/cli" --nologo -v quiet >/dev/null
cli=("$work/cli/Lagesbild.Site")
[ -x "${cli[0]}" ] || cli=(dotnet "$work/cli/Lagesbild.Site.dll")
cp -r "$anchor_src" "$work/anchor"
chmod -R u+w "$work/anchor"
(cd "$work/anchor" && npm ci --no-audit --no-fund --silent >/dev/null)
pagefind="$work/anchor/node_modules/.bin/pagefind"

ours_content() { # N → a content folder with N editions (copies of content/2024 under earlier years)
  local n="$1" dir="$work/content-$1"
  mkdir -p "$dir"
  cp content/site.yml content/tillganglighet.yml "$dir/"
  [ -f content/synonymer.yml ] && cp content/synonymer.yml "$dir/"
  for ((i = 0; i < n; i++)); do
    cp -r content/2024 "$dir/$((2024 - i))"
  done
  echo "$dir"
}

# One timed run: prints "wall cpu peak_kb" for the command.
timed() {
  /usr/bin/time -f "%e %U %S %M" -o "$work/t" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$work/t"
}

publish_ours() { # CONTENT → figures (a rebuild of what the run before built)
  rm -rf "$work/out-ours"
  timed "${cli[@]}" build --content "$1" --layouts layouts --out "$work/out-ours"
}

publish_ours_cold() { # CONTENT → figures (a fresh copy of the CLI, the content and the layouts, an empty cache folder)
  rm -rf "$work/out-ours" "$work/cold" "$work/cache"
  mkdir -p "$work/cold"
  cp -r "$work/cli" "$work/cold/cli"
  cp -r "$1" "$work/cold/content"
  cp -r layouts "$work/cold/layouts"
  local fresh=("$work/cold/cli/Lagesbild.Site")
  [ -x "${fresh[0]}" ] || fresh=(dotnet "$work/cold/cli/Lagesbild.Site.dll")
  timed "${fresh[@]}" build --content "$work/cold/content" --layouts "$work/cold/layouts" --out "$work/out-ours"
}

publish_hugo() { # SITE → figures (hugo then pagefind; peak memory is the larger of the two)
  rm -rf "$1/pub"
  local h p
  h=$(cd "$1" && timed hugo --quiet -d pub)
  p=$(timed "$pagefind" --site "$1/pub" --quiet)
  awk -v h="$h" -v p="$p" 'BEGIN { split(h, a, " "); split(p, b, " "); printf "%.2f %.2f %d\n", a[1] + b[1], a[2] + b[2], (a[3] > b[3] ? a[3] : b[3]) }'
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

printf '%-8s %5s | %7s %6s %7s | %7s %6s %7s | %7s %6s %7s | %6s %6s\n' editions pages "warm s" "cpu s" "peak MB" "cold s" "cpu s" "peak MB" "hugo+pf" "cpu s" "peak MB" "ratio" "ratio"
printf '%-8s %5s | %7s %6s %7s | %7s %6s %7s | %7s %6s %7s | %6s %6s\n' "" "" "" "" "" "" "" "" "" "" "" "warm" "cold"
for n in "${sizes[@]}"; do
  content=$(ours_content "$n")
  python3 "$anchor_src/make_hugo_site.py" "$work/hugo-$n" --editions "$n" >/dev/null
  publish_ours "$content" >/dev/null # warm the file cache, and install nothing mid-measurement
  publish_hugo "$work/hugo-$n" >/dev/null
  : >"$work/ours" ; : >"$work/cold-figures" ; : >"$work/hugo" ; : >"$work/ratio" ; : >"$work/ratio-cold"
  for ((r = 0; r < runs; r++)); do
    o=$(publish_ours "$content")
    c=$(publish_ours_cold "$content")
    h=$(publish_hugo "$work/hugo-$n")
    echo "$o" >>"$work/ours"
    echo "$c" >>"$work/cold-figures"
    echo "$h" >>"$work/hugo"
    awk -v o="$o" -v h="$h" 'BEGIN { split(o, a, " "); split(h, b, " "); printf "%.3f\n", a[1] / b[1] }' >>"$work/ratio"
    awk -v o="$c" -v h="$h" 'BEGIN { split(o, a, " "); split(h, b, " "); printf "%.3f\n", a[1] / b[1] }' >>"$work/ratio-cold"
  done
  pages=$(find "$work/out-ours" -name '*.html' | wc -l)
  col() { awk -v c="$2" '{ print $c }' "$1" | median; }
  printf '%-8s %5s | %7s %6s %7.0f | %7s %6s %7.0f | %7s %6s %7.0f | %6s %6s\n' "$n" "$pages" \
    "$(col "$work/ours" 1)" "$(col "$work/ours" 2)" "$(( $(col "$work/ours" 3) / 1024 ))" \
    "$(col "$work/cold-figures" 1)" "$(col "$work/cold-figures" 2)" "$(( $(col "$work/cold-figures" 3) / 1024 ))" \
    "$(col "$work/hugo" 1)" "$(col "$work/hugo" 2)" "$(( $(col "$work/hugo" 3) / 1024 ))" \
    "$(median <"$work/ratio")" "$(median <"$work/ratio-cold")"
done
echo "(median of $runs alternating runs per size; ratio = our wall time / Hugo + Pagefind wall time, warm: a rebuild of the"
echo " same folders, cold: fresh copies of the CLI and content; every index built by ours each time; ≤ 1.0 means we are faster)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
