#!/usr/bin/env bash
# Lighthouse benchmark (issue 6): builds the real site and prints Lighthouse 12's performance,
# accessibility, best-practices and SEO scores for the edition home, a chapter and the search
# page, run with Debian's Chromium. The target is at least 95 in every category; the exit code is
# 1 when a score is below it. The test suite (Audits/LighthouseTests) holds accessibility, best
# practices and SEO to 95; performance is a timing, so only this benchmark holds it.
#
#   bench/lighthouse.sh [pages…]   (default: 2024/ 2024/brottsligheten/ 2024/sok/)
set -euo pipefail
cd "$(dirname "$0")/.."
pages=("$@")
[ "${#pages[@]}" -gt 0 ] || pages=(2024/ 2024/brottsligheten/ 2024/sok/)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ ! -f tests/tools/node_modules/lighthouse/package.json ]; then
  npm ci --prefix tests/tools --no-audit --no-fund >/dev/null
fi
# Canonical links on the served host, as on the real one.
dotnet run --project src/Lagesbild.Site -c Release -- build --out "$work/site" --site-url http://127.0.0.1/ >/dev/null
node tests/tools/lighthouse.mjs --site "$work/site" --chromium "${CHROMIUM_PATH:-/usr/bin/chromium}" "${pages[@]}" > "$work/scores.json"
node - "$work/scores.json" <<'JS'
const reports = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
let low = 0;
console.log('page'.padEnd(26) + ['performance', 'accessibility', 'best-practices', 'seo'].map((c) => c.padStart(15)).join(''));
for (const r of reports) {
  console.log(('/' + r.page).padEnd(26) + Object.values(r.scores).map((s) => String(s).padStart(15)).join(''));
  for (const f of r.failing) console.log('    ' + f);
  low += Object.values(r.scores).filter((s) => s < 95).length;
}
process.exit(low > 0 ? 1 : 0);
JS
