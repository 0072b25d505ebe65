#!/usr/bin/env bash
# The whole test suite, as a new user and CI run it (`npm test`):
#   1. installs what the tests need when missing (npm packages; Debian's postgresql and chromium),
#   2. type check, lint and format check,
#   3. builds the web app and the widget (its loader size is a test),
#   4. runs the unit and API tests on embedded PGlite, then on a private PostgreSQL server,
#   5. runs the browser tests in Debian's Chromium,
# and ends with one line `N passed, N failed` over all runs.
set -uo pipefail
cd "$(dirname "$0")/.."
out=.test-output
rm -rf "$out" && mkdir -p "$out"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
die() { echo "error: $*" >&2; exit 1; }

step "dependencies"
if [[ ! -d node_modules || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund || die "npm ci failed"
fi
missing=()
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || missing+=(postgresql)
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
if (( ${#missing[@]} )); then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    echo "installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
      die "apt-get install ${missing[*]} failed"
    # Debian starts a cluster on port 5432 after install; the tests use their own server.
  else
    die "the tests need Debian's ${missing[*]}: run 'sudo apt-get install ${missing[*]}' and try again"
  fi
fi

step "type check, lint, format"
npm run --silent typecheck || die "type check failed"
npm run --silent lint || die "lint failed"
npx prettier --check --log-level warn . || die "formatting differs: run 'npm run format'"

step "build the web app and the website chat widget"
npm run --silent build >"$out/build.log" 2>&1 || { cat "$out/build.log"; die "build failed"; }

mapfile -t unit_tests < <(find apps packages -name '*.test.ts' -not -path '*/node_modules/*' | sort)
mapfile -t e2e_tests < <(find tests/e2e -name '*.test.ts' | sort)

run_suite() { # name, env..., -- files...
  local name=$1; shift
  local envs=()
  while [[ $1 != -- ]]; do envs+=("$1"); shift; done; shift
  step "tests: $name"
  env BALIE_INSECURE_FAST_HASH=1 "${envs[@]}" node --import tsx --test --test-concurrency=2 \
    --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$out/$name.tap" "$@"
}

pg_dir=$(mktemp -d /tmp/balie-test-pg.XXXXXX)
chmod 755 "$pg_dir" # the server runs as the postgres user when we are root
pg_port=$((20000 + RANDOM % 20000))
cleanup() { scripts/pg-server.sh stop "$pg_dir/data" >/dev/null 2>&1; rm -rf "$pg_dir"; }
trap cleanup EXIT

status=0
suites=(pglite postgres)
run_suite pglite BALIE_TEST_ENGINE=pglite -- "${unit_tests[@]}" || status=1
step "starting PostgreSQL on 127.0.0.1:$pg_port"
if pg_url=$(scripts/pg-server.sh start "$pg_dir/data" "$pg_port"); then
  run_suite postgres BALIE_TEST_DATABASE_URL="$pg_url" -- "${unit_tests[@]}" || status=1
else
  echo "could not start PostgreSQL"; status=1
fi
if (( ${#e2e_tests[@]} )); then
  suites+=(browser)
  run_suite browser BALIE_TEST_ENGINE=pglite -- "${e2e_tests[@]}" || status=1
fi

passed=0; failed=0
for suite in "${suites[@]}"; do
  tap="$out/$suite.tap"
  if [[ ! -s $tap ]]; then
    # A suite that could not run counts as a failure, so the summary never looks greener than it is.
    echo "$suite: did not run (counted as 1 failed)"
    failed=$((failed + 1)); continue
  fi
  p=$(grep -E '^# pass [0-9]+' "$tap" | tail -1 | awk '{print $3}')
  f=$(grep -E '^# fail [0-9]+' "$tap" | tail -1 | awk '{print $3}')
  c=$(grep -E '^# cancelled [0-9]+' "$tap" | tail -1 | awk '{print $3}')
  f=$(( ${f:-0} + ${c:-0} ))
  echo "$suite: ${p:-0} passed, $f failed"
  passed=$((passed + ${p:-0})); failed=$((failed + f))
done
(( failed > 0 )) && status=1
echo
echo "$passed passed, $failed failed"
exit $status
