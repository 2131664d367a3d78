#!/usr/bin/env bash
# Times the whole test suite: wall clock and CPU seconds of the test host and every program it starts.
# Usage: bench/test-suite-time.sh [extra dotnet test arguments, e.g. --filter ...]
# The machine's load matters: report the load average printed first along with the times.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tests/Lagesbild.Site.Tests -v quiet -nologo >/dev/null
dll=tests/Lagesbild.Site.Tests/bin/Debug/net10.0/Lagesbild.Site.Tests.dll
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
log=$(mktemp)
# Running the dll directly (not the project) keeps MSBuild's reused nodes out of the measurement,
# so /usr/bin/time's CPU seconds include the test host and the programs it waits for (not Chromium's
# renderers, which its zygote reaps: /proc/stat shows both cores busy for nearly the whole run).
/usr/bin/time -v dotnet test "$dll" "$@" >"$log.out" 2>"$log" || status=$?
tail -n 3 "$log.out"
# A failed test is named with its message, so a flaky one is not lost in a timing run.
grep -A 6 -E '^\s+Failed ' "$log.out" || true
grep -E 'Elapsed \(wall|User time|System time' "$log" | sed 's/^\s*//'
rm -f "$log" "$log.out"
exit "${status:-0}"
