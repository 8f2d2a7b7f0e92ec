#!/usr/bin/env bash
# The whole test suite, as `npm test` and CI run it: lint, typecheck, unit and integration tests,
# build, the CLI contract, and the end-to-end tests in a real Chromium. Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports
rm -f reports/unit.json reports/e2e.json reports/contract.log

passed=0
failed=0
step() { # step NAME COMMAND...: a check that counts as one test
  local name=$1
  shift
  echo "==> $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name"; fi
}

step "eslint" npx eslint .
step "prettier" npx prettier --check . --log-level warn
step "typecheck" npx tsc --noEmit -p tsconfig.json

echo "==> unit and integration tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/unit.json
read -r up uf < <(node -e '
  try { const r = require("./reports/unit.json"); console.log(r.numPassedTests, r.numFailedTests + (r.numFailedTestSuites && !r.numFailedTests ? r.numFailedTestSuites : 0)); }
  catch { console.log(0, 1); }')
passed=$((passed + up))
failed=$((failed + uf))

step "build" npx electron-vite build
step "electronegativity" node scripts/electronegativity.mjs

if [ -f ../shared/checks/cli-contract.mjs ]; then
  echo "==> CLI contract"
  node ../shared/checks/cli-contract.mjs | tee reports/contract.log
  read -r cp cf < <(grep -E '^[0-9]+ passed, [0-9]+ failed' reports/contract.log | tail -1 | sed -E 's/([0-9]+) passed, ([0-9]+) failed/\1 \2/' || echo "0 1")
  passed=$((passed + ${cp:-0}))
  failed=$((failed + ${cf:-1}))
fi

browser=${QUIRE_CHROMIUM:-/usr/bin/chromium}
if [ -z "${QUIRE_CHROMIUM:-}" ] && ! [ -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "==> installing Debian's chromium for the end-to-end tests"
  (apt-get update -qq && apt-get install -y -qq chromium xvfb epubcheck && apt-get install -y -qq --no-install-recommends calibre) >/dev/null
fi
echo "==> end-to-end tests (Playwright, Chromium against quire serve)"
wrap=()
command -v xvfb-run >/dev/null && wrap=(xvfb-run -a -s "-screen 0 1280x800x24")
"${wrap[@]}" npx playwright test
read -r ep ef es < <(node -e '
  try { const s = require("./reports/e2e.json").stats; console.log(s.expected + s.flaky, s.unexpected, s.skipped); }
  catch { console.log(0, 1, 0); }')
if [ "$ep" = 0 ] && [ "$ef" = 0 ] && ! [ -x "$browser" ]; then
  echo "No Chromium found at $browser: set QUIRE_CHROMIUM or install Debian's chromium."
  ef=1
fi
passed=$((passed + ep))
failed=$((failed + ef))

echo
echo "$passed passed, $failed failed, ${es:-0} skipped"
[ "$failed" = 0 ]
