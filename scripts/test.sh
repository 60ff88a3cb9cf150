#!/usr/bin/env bash
# Runs every test: starts a throw-away PostgreSQL on loopback (installing Debian's package when
# missing), builds the solution, runs all test projects, and ends with one line
# "N passed, N failed" counted from the test results.
set -uo pipefail
cd "$(dirname "$0")/.."

results=$(mktemp -d)
trap 'scripts/postgres.sh stop; rm -rf "$results"' EXIT

TWIN_TEST_POSTGRES=$(scripts/postgres.sh) || { echo "could not start PostgreSQL" >&2; exit 1; }
export TWIN_TEST_POSTGRES

dotnet build Twin.sln -c Release --nologo -v quiet || exit 1
dotnet test Twin.sln -c Release --no-build --nologo \
  --logger "trx" --results-directory "$results" "$@"
status=$?

passed=0
failed=0
for file in "$results"/*.trx; do
  [ -f "$file" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$file")
  passed=$((passed + $(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")))
  failed=$((failed + $(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")))
done

echo "$passed passed, $failed failed"
[ "$passed" -gt 0 ] || { echo "no test ran" >&2; exit 1; }
exit $status
