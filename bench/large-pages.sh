#!/usr/bin/env bash
# Large pages benchmark (issue 9, part 3): builds the real content plus one large case at a time and
# prints wall time, peak memory, the size of the large page and whether it ends with </html>
# (Scriban used to cut pages over 1 MiB short without a word). Prints figures only.
#
#   bench/large-pages.sh
#
# Cases: a 5 MB chapter (5 000 sections), a data table of 100 000 rows, and the print view of an
# edition whose chapters have 7 times today's text (0.6 MB) and 20 times (1.6 MB, over Scriban's old
# 1 MiB limit).
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet publish src/Lagesbild.Site -c Release -o "$work/cli" --nologo -v quiet >/dev/null
# The published CLI is native (Native AOT); a framework-dependent publish (-p:PublishAot=false) is a .dll.
cli=("$work/cli/Lagesbild.Site")
[ -x "${cli[0]}" ] || cli=(dotnet "$work/cli/Lagesbild.Site.dll")

fresh() { # fresh NAME → a copy of content/ to add a large case to
  local dir="$work/$1"
  cp -r content "$dir"
  echo "$dir"
}

big_chapter() { # 5 MB of prose in 5 000 sections
  local dir
  dir="$(fresh big-chapter)"
  python3 - "$dir/2024/20-stort-kapitel.md" <<'EOF'
import sys
text = "Antalet anmälda brott i stadsdelsområdet har minskat jämfört med föregående år, men tryggheten varierar mellan stadsdelarna. "
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("---\ntitle: Ett mycket stort kapitel\n---\n\nInledning.\n")
    for i in range(1, 5001):
        f.write(f"\n## Avsnitt {i}\n\n" + (text * 8) + "\n")
EOF
  echo "$dir 2024/stort-kapitel/index.html"
}

big_table() { # 100 000 rows, placed in a chapter of its own
  local dir
  dir="$(fresh big-table)"
  python3 - "$dir/2024" <<'EOF'
import sys
root = sys.argv[1]
with open(f"{root}/data/stor-tabell.yml", "w", encoding="utf-8") as f:
    f.write("caption: Anmälda brott per adress\nsource: \"Källa: Polismyndigheten.\"\ncolumns:\n")
    f.write("  - key: adress\n    header: Adress\n    type: text\n")
    f.write("  - key: antal\n    header: Antal\n    type: integer\n")
    f.write("  - key: andel\n    header: Andel\n    type: percent\n")
    f.write("rows:\n")
    for i in range(1, 100001):
        f.write(f"  - [Gatan {i}, {i * 7}, {i % 100}.5]\n")
with open(f"{root}/20-stor-tabell.md", "w", encoding="utf-8") as f:
    f.write("---\ntitle: En mycket stor tabell\n---\n\nTabellen nedan.\n\n::: table stor-tabell\n:::\n")
EOF
  echo "$dir 2024/stor-tabell/index.html"
}

times_text() { # times_text N → every chapter gets N-1 more copies of its prose and list lines
  local dir
  dir="$(fresh "times-$1")"
  python3 - "$dir/2024" "$1" <<'EOF'
import pathlib, re, sys
for path in sorted(pathlib.Path(sys.argv[1]).glob("[0-9][0-9]-*.md")):
    text = path.read_text(encoding="utf-8")
    # Prose and list lines only, with links and footnote references turned into plain text, so no
    # heading id, anchor or footnote is duplicated.
    body = text.split("\n---\n", 1)[1]
    lines = [l for l in body.split("\n") if re.match(r"^([A-ZÅÄÖa-zåäö0-9]|- )", l) and not re.search(r":::|\||^\[\^", l)]
    lines = [re.sub(r"\[\^[^\]]*\]", "", re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", l)) for l in lines]
    extra = "\n".join("\n" + l for l in lines)
    path.write_text(text.rstrip("\n") + "\n" + extra * (int(sys.argv[2]) - 1) + "\n", encoding="utf-8")
EOF
  echo "$dir 2024/utskrift/index.html"
}

measure() { # measure LABEL CONTENT PAGE → one line of figures
  local label="$1" content="$2" page="$3" wall mem size ending status
  if /usr/bin/time -f "%e %M" -o "$work/time" "${cli[@]}" build --content "$content" --out "$work/site" >"$work/log" 2>&1; then
    status=ok
  else
    status="failed (exit $?)"
  fi
  read -r wall mem <"$work/time"
  if [[ -f "$work/site/$page" ]]; then
    size=$(stat -c %s "$work/site/$page")
    ending=$(tail -c 8 "$work/site/$page" | tr -d '\n')
  else
    size=0
    ending="-"
  fi
  awk -v l="$label" -v s="$status" -v w="$wall" -v m="$mem" -v b="$size" -v e="$ending" \
    'BEGIN { printf "%-16s %-10s %8.2f %10.1f %10.2f  %s\n", l, s, w, m / 1024, b / 1048576, e }'
  [[ "$status" == ok ]] || sed 's/^/    /' "$work/log" | tail -5
  rm -rf "$work/site"
}

printf "%-16s %-10s %8s %10s %10s  %s\n" case build wall_s peak_MB page_MB "page ends with"
measure "today" "$(fresh today)" 2024/utskrift/index.html
read -r dir page < <(big_chapter)
measure "5 MB chapter" "$dir" "$page"
read -r dir page < <(big_table)
measure "100 000 rows" "$dir" "$page"
read -r dir page < <(times_text 7)
measure "7x print view" "$dir" "$page"
read -r dir page < <(times_text 20)
measure "20x print view" "$dir" "$page"
