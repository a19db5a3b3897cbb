#!/usr/bin/env python3
"""Checks the comparison report as Chromium prints it: A4 pages, a memo's length (the first cases
of the largest causes only, the rest pointed to), and the text a reader needs on paper — the
provenance, the synthetic-cases notice, the rule sets, every chart's heading and the causes of
change with their first cases.

Usage: check_pdf.py REPORT.pdf (needs pdfinfo and pdftotext from poppler-utils)
"""
import re
import subprocess
import sys

EXPECTED = [
    "Sammenligning av regelsett", "Syntetiske saker", "Grunnlag for tallene", "SHA-256", "Regelsettene",
    "Straffansvar", "Anbefalt reaksjon", "Straffansvar etter stoff", "Overganger Praksis fra 2022 (HR-2022) → Lovendringen 2025",
    "Endringer etter årsak", "Under hver årsak står de første sakene", "--changed-csv",
]
# On paper: at most five cases under each of the four largest causes of each of four rule sets.
MOST_CASES_PRINTED = 5 * 4 * 4


def main(path):
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    pages = int(fields["Pages"].strip())
    size = fields["Page size"].strip()
    text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    problems = []
    if "(A4)" not in size:
        problems.append(f"pages are {size}, not A4")
    if not 3 <= pages <= 30:
        problems.append(f"{pages} pages: a memo's report is 3 to 30 pages")
    problems += [f"missing on paper: {expected!r}" for expected in EXPECTED if expected not in flat]
    printed = len(re.findall(r"#\d+ synthetic", flat))
    if printed == 0:
        problems.append("no changed case was printed under its cause")
    if printed > MOST_CASES_PRINTED:
        problems.append(f"{printed} changed cases printed: more than the first of the largest causes")
    print(f"{path}: {pages} pages, {size}")
    for problem in problems:
        print("FAIL: " + problem)
    if not problems:
        print("OK: A4, a memo's length, and every part a reader needs on paper")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
