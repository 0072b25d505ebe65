#!/usr/bin/env bash
# `npm start`: installs the npm packages when needed, builds the web app when it is missing or
# older than its sources, and starts Balie (embedded database in ./data unless DATABASE_URL is set).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -d node_modules || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund
fi
dist=apps/web/dist/index.html
if [[ ! -f $dist ]] || [[ -n $(find apps/web/src apps/web/index.html packages/contracts/src -newer "$dist" -print -quit) ]]; then
  echo "Building the web app…"
  npm run --silent build >/dev/null
fi
exec node --import tsx apps/server/src/main.ts
