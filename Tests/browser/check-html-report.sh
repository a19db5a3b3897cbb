#!/usr/bin/env bash
# Renders a real comparison report in headless Chromium and checks the pixels: the stacked
# bars and transition flows must be drawn in every liability colour. Needs `chromium` (Debian's
# package; .ci/run installs it) and python3. Usage: Tests/browser/check-html-report.sh [OUTDIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-$(mktemp -d)}"
mkdir -p "$out"
rusctl=.build/debug/rusctl
[ -x "$rusctl" ] || swift build
browser="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$browser" ] || { echo "check-html-report: chromium is not installed (apt-get install chromium)"; exit 1; }

"$rusctl" sample --count 3000 --seed 11 > "$out/cases.ndjson"
"$rusctl" compare --rules nou-2019-26-flertall,nou-2019-26-mindretall,prop-92-l-2021 --format html \
  --output "$out/report.html" "$out/cases.ndjson"
abs="$(cd "$out" && pwd)"
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
  --window-size=1100,2600 --screenshot="$abs/report.png" "file://$abs/report.html" 2>/dev/null
[ -s "$out/report.png" ] || { echo "check-html-report: no screenshot was written"; exit 1; }
python3 Tests/browser/check_png.py "$out/report.png"
