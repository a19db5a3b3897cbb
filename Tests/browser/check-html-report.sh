#!/usr/bin/env bash
# Renders a real comparison report (Norwegian, with the changed cases) and a sweep in headless
# Chromium: the screenshot's pixels must show every liability colour (check_png.py), and the
# report printed to PDF must be A4, keep its charts and text, and print the first cases of the
# largest causes only (check_pdf.py); every chart label and legend is drawn whole, inside its chart
# and clear of the others, in both languages (check_labels.py). Needs `chromium` and `pdfinfo`/`pdftotext` (Debian's
# chromium and poppler-utils; .ci/run installs them) and python3.
# Usage: Tests/browser/check-html-report.sh [OUTDIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
# Without OUTDIR the files go to a scratch folder removed at the end; with it they stay to look at.
if [ -n "${1:-}" ]; then out="$1"; else out="$(mktemp -d)"; trap 'rm -rf "$out"' EXIT; fi
mkdir -p "$out"
rusctl=.build/debug/rusctl
[ -x "$rusctl" ] || swift build
browser="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$browser" ] || { echo "check-html-report: chromium is not installed (apt-get install chromium)"; exit 1; }

"$rusctl" sample --count 3000 --seed 11 > "$out/cases.ndjson"
"$rusctl" compare --rules lov-2025,nou-2019-26-flertall,nou-2019-26-mindretall,prop-92-l-2021 --changed --format html \
  --output "$out/report.html" "$out/cases.ndjson"
"$rusctl" compare --rules lov-2025,nou-2019-26-flertall,nou-2019-26-mindretall,prop-92-l-2021 --format html --lang en \
  --output "$out/report-en.html" "$out/cases.ndjson" 2>/dev/null
"$rusctl" sweep --rules prop-92-l-2021 --substance cannabis --from 2 --to 20 --step 2 --format html \
  --output "$out/sweep.html" "$out/cases.ndjson" 2>/dev/null
abs="$(cd "$out" && pwd)"
shot() { "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 "$@" 2>/dev/null; }
shot --window-size=1100,2600 --screenshot="$abs/report.png" "file://$abs/report.html"
shot --window-size=800,1000 --screenshot="$abs/sweep.png" "file://$abs/sweep.html"
shot --no-pdf-header-footer --print-to-pdf="$abs/report.pdf" "file://$abs/report.html"
for file in report.png sweep.png report.pdf; do
  [ -s "$out/$file" ] || { echo "check-html-report: $file was not written"; exit 1; }
done
python3 Tests/browser/check_png.py "$out/report.png"
python3 Tests/browser/check_png.py "$out/sweep.png" --lines
python3 Tests/browser/check_pdf.py "$out/report.pdf"
# Every chart label and legend whole, measured on the rendered page (no ellipsis, no overlap).
python3 Tests/browser/check_labels.py "$browser" "$out/report.html" "$out/report-en.html" "$out/sweep.html"
