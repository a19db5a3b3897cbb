#!/usr/bin/env bash
# The one file to install works on a machine without Swift: Tools/build-release builds it, and
# it is run with the Swift toolchain hidden (an empty directory mounted over it in a private
# mount namespace). It must give the development build's answer; the development build must
# fail there (or the check would prove nothing). Usage: Tests/install/one-file.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
Tools/build-release "$out" >/dev/null
swift_root="$(dirname "$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")")"
[ -d "$swift_root/usr/lib/swift" ] || swift_root="$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")"
empty="$out/empty"; mkdir -p "$empty"
case_file=Fixtures/practice/ungdom-first-consent-given.json
expected="$(.build/debug/rusctl evaluate "$case_file" --format json --no-trace)"
without_swift() { unshare --mount sh -c 'mount --bind "$1" "$2" && shift 2 && exec "$@"' sh "$empty" "$swift_root" "$@"; }
actual="$(without_swift "$out/rusctl" evaluate "$case_file" --format json --no-trace)"
[ "$actual" = "$expected" ] || { echo "one-file: the installed binary answers differently"; exit 1; }
without_swift "$out/rusctl" --version | grep -q '^commit: [0-9a-f]\{8\}' || { echo "one-file: --version names no commit"; exit 1; }
# The answer's stamp names the commit, on one line of at most 80 characters.
stamp="$(without_swift "$out/rusctl" evaluate "$case_file" | tail -n 1)"
echo "$stamp" | grep -q '^Vurdert [0-9.]*: rusctl [0-9.]*, commit [0-9a-f]\{8\}\( with uncommitted changes\)\?, regeldata [0-9a-f]*$' \
  || { echo "one-file: the answer's stamp does not name the commit: $stamp"; exit 1; }
[ "$(python3 -c 'import sys; print(len(sys.argv[1]))' "$stamp")" -le 80 ] || echo "$stamp" | grep -q 'uncommitted' \
  || { echo "one-file: the stamp is longer than 80 characters: $stamp"; exit 1; }
if without_swift .build/debug/rusctl --version >/dev/null 2>&1; then
  echo "one-file: the development build ran without Swift too; the check hides nothing"; exit 1
fi
echo "one-file: $(du -h "$out/rusctl" | cut -f1) binary runs with $swift_root hidden and gives the same answer: ok"
