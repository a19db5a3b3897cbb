#!/usr/bin/env bash
# The library as another package sees it: a package outside this one depends on RusRules (as
# `rusctl`, the repository's name) and builds Tests/install/library-client/main.swift — the
# «Getting started» article's code — against the public API alone (`package` declarations are
# not visible there), then runs it and checks each answer. Usage: Tests/install/library-client.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
client="$(mktemp -d)"
trap 'rm -rf "$client"' EXIT
mkdir -p "$client/Sources/CaseSystem"
ln -s "$PWD" "$client/rusctl"
cp Tests/install/library-client/main.swift "$client/Sources/CaseSystem/main.swift"
cat > "$client/Package.swift" <<'SWIFT'
// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "CaseSystem",
    dependencies: [.package(path: "rusctl")],
    targets: [.executableTarget(name: "CaseSystem", dependencies: [.product(name: "RusRules", package: "rusctl")])]
)
SWIFT
(cd "$client" && swift build -q 2>&1 | grep -v "^\[" || true)
actual="$(cd "$client" && swift run -q CaseSystem)"
expected='json: hr-2022 punishable forelegg
json: out-of-range /person/ageAtOffence, empty-array /substances
code: unknown-substance
code: punishable forelegg
text: true
begrunnelse: true
json out: true
threads: forelegg 8'
if [ "$actual" != "$expected" ]; then
  echo "library-client: the public API answers differently"
  diff <(echo "$expected") <(echo "$actual") || true
  exit 1
fi
echo "library-client: a package outside builds the «Getting started» code against the public API and gets the expected answers: ok"
