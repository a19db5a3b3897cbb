#!/usr/bin/env bash
# The changed-case CSV as a Norwegian analyst opens it: `compare --csv-dialect excel-nb` is read
# back with Python's csv, converted to .xlsx by LibreOffice headless (Norwegian locale, `;`,
# UTF-8) and back to CSV, and check_roundtrip.py checks that shares arrive as numbers, case ids,
# amounts and Norwegian letters intact, and every row in place. Needs `soffice` (Debian's
# libreoffice-calc-nogui; .ci/run installs it) and python3. Usage: roundtrip.sh [OUTDIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
# Without OUTDIR the files go to a scratch folder removed at the end; with it they stay to look at.
if [ -n "${1:-}" ]; then out="$1"; else out="$(mktemp -d)"; trap 'rm -rf "$out"' EXIT; fi
mkdir -p "$out/back"
rusctl=.build/debug/rusctl
[ -x "$rusctl" ] || swift build
command -v soffice >/dev/null || { echo "roundtrip: soffice is not installed (apt-get install libreoffice-calc-nogui)"; exit 1; }

"$rusctl" sample --count 2000 --seed 21 > "$out/cases.ndjson"
"$rusctl" compare --rules lov-2025,prop-92-l-2021 --changed --format csv --csv-dialect excel-nb \
  --output "$out/endringer.csv" "$out/cases.ndjson"
# A private profile: the check neither needs nor touches the user's LibreOffice settings.
profile="file://$(cd "$out" && pwd)/profile"
# CSV import: `;` (59), `"` (34), UTF-8 (76), from line 1, Norwegian bokmål (1044).
soffice -env:UserInstallation="$profile" --headless --infilter="CSV:59,34,76,1,,1044" \
  --convert-to xlsx --outdir "$out" "$out/endringer.csv" >/dev/null
# Back to CSV as an English sheet writes it: `,`, `"`, UTF-8, decimal point (1033).
soffice -env:UserInstallation="$profile" --headless \
  --convert-to "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033" --outdir "$out/back" "$out/endringer.xlsx" >/dev/null
python3 Tests/spreadsheet/check_roundtrip.py "$out/endringer.csv" "$out/endringer.xlsx" "$out/back/endringer.csv"
