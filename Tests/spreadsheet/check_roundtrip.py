#!/usr/bin/env python3
"""Checks a changed-case CSV in the excel-nb dialect after a spreadsheet has opened it.

1. Python's csv reads the file as written (byte order mark, `;`, CRLF, `#` provenance lines).
2. In the .xlsx LibreOffice made of it, every share and count is a number cell, not text.
3. Read back from the spreadsheet, every row is there in order, shares equal the original
   decimal commas read as numbers, and ids, amounts and Norwegian letters are unchanged.

Usage: check_roundtrip.py ORIGINAL.csv CONVERTED.xlsx BACK.csv
"""
import csv
import io
import re
import sys
import zipfile


def rows(text, delimiter):
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def main(original_path, xlsx_path, back_path):
    problems = []
    raw = open(original_path, "rb").read()
    if not raw.startswith(b"\xef\xbb\xbf") or b"\r\n" not in raw:
        problems.append("the excel-nb file lacks its byte order mark or CRLF line ends")
    original = rows(raw.decode("utf-8-sig"), ";")
    comments = [row for row in original if row and row[0].startswith("#")]
    table = [row for row in original if row and not row[0].startswith("#")]
    header = table[0]
    column = {name: index for index, name in enumerate(header)}
    if not comments or not any("SHA-256" in ";".join(row) for row in comments):
        problems.append("the provenance lines are missing")
    changed = [row for row in table if row[0] == "changed-case"]
    if not changed:
        problems.append("no changed-case rows")
    if any(len(row) != len(header) for row in table):
        problems.append("a row has more or fewer fields than the header")

    # 2. Number cells in the sheet: no cell of the share column is a string.
    with zipfile.ZipFile(xlsx_path) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode("utf-8")
    letter = chr(ord("A") + column["share"])
    share_cells = re.findall(r'<c r="%s(\d+)"([^>]*)>' % letter, sheet)
    header_row = len(comments) + 1
    text_shares = [row for row, attributes in share_cells if int(row) > header_row and 't="s"' in attributes]
    numeric_shares = [row for row, attributes in share_cells if int(row) > header_row and 't="s"' not in attributes]
    if text_shares or len(numeric_shares) < 10:
        problems.append(f"shares stored as text in the sheet (rows {text_shares[:5]}), {len(numeric_shares)} as numbers")

    # 3. Back from the spreadsheet.
    back = rows(open(back_path, encoding="utf-8").read(), ",")
    back_table = [row[:len(header)] for row in back if row and not row[0].startswith("#")]
    if len(back_table) != len(table):
        problems.append(f"{len(table)} rows written, {len(back_table)} read back")
    for written, read in zip(table[1:], back_table[1:]):
        if written[column["caseId"]] != read[column["caseId"]] or written[column["amounts"]] != read[column["amounts"]]:
            problems.append(f"case {written[column['caseId']]!r} came back as {read[column['caseId']]!r} / {read[column['amounts']]!r}")
            break
        if written[column["share"]]:
            if abs(float(written[column["share"]].replace(",", ".")) - float(read[column["share"]])) > 1e-9:
                problems.append(f"share {written[column['share']]} came back as {read[column['share']]}")
                break
    # The provenance lines are in Norwegian ("Verktøy", "avgjørelsesdato"): their letters must survive.
    back_comments = [",".join(row) for row in back if row and row[0].startswith("#")]
    if [line.split(":")[0] for line in back_comments] != [";".join(row).split(":")[0] for row in comments]:
        problems.append("the provenance lines did not come back as written")
    if not any("ø" in line for line in back_comments):
        problems.append("no Norwegian letters survived")
    print(f"{original_path}: {len(table) - 1} rows ({len(changed)} changed-case), {len(comments)} provenance lines; "
          f"{len(numeric_shares)} share cells as numbers; {len(back_table) - 1} rows back")
    for problem in problems:
        print("FAIL: " + problem)
    if not problems:
        print("OK: the spreadsheet reads every row, number and letter as written")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
