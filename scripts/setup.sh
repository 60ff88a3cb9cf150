#!/usr/bin/env bash
# Installs what the twin and its tests need beyond the .NET 10 SDK, then restores packages.
# Debian's PostgreSQL (for the cluster tests) and chromium (for the browser tests, driven by
# Playwright; never `playwright install`, which downloads a browser) are installed when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}"
fi

dotnet restore Twin.sln
