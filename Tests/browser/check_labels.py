#!/usr/bin/env python3
"""Every label and legend of a report's charts is drawn whole: measured in headless Chromium on
the rendered page, each <text> of each <svg>, as drawn (rotation included), lies inside its chart, no two
texts overlap, and none is cut with an ellipsis. The report has no script of its own; a copy with
a measuring script is rendered with --dump-dom, and the script's findings are read back.

Usage: check_labels.py CHROMIUM REPORT.html [REPORT.html …]
"""
import json
import os
import re
import subprocess
import sys
import tempfile

MEASURE = """<script>
(() => {
  const problems = [];
  let count = 0;
  document.querySelectorAll('svg').forEach((svg, index) => {
    // Measured as drawn on the page (rotation and scaling included), against the chart's box.
    const box = svg.getBoundingClientRect();
    const drawn = [];
    svg.querySelectorAll('text').forEach(text => {
      count += 1;
      const b = text.getBoundingClientRect();
      const label = text.textContent;
      if (b.left < box.left - 0.5 || b.top < box.top - 0.5 || b.right > box.right + 0.5 || b.bottom > box.bottom + 0.5)
        problems.push(`chart ${index + 1}: «${label}» (${b.left.toFixed(1)}–${b.right.toFixed(1)}) is outside its chart (${box.left.toFixed(1)}–${box.right.toFixed(1)})`);
      if (label.includes('\\u2026')) problems.push(`chart ${index + 1}: «${label}» is cut`);
      for (const other of drawn) {
        const overlap = b.left < other.b.right - 0.5 && other.b.left < b.right - 0.5 && b.top < other.b.bottom - 0.5 && other.b.top < b.bottom - 0.5;
        if (overlap) problems.push(`chart ${index + 1}: «${label}» overlaps «${other.label}»`);
      }
      drawn.push({b, label});
    });
  });
  const result = document.createElement('pre');
  result.id = 'label-check';
  result.textContent = JSON.stringify({count, problems});
  document.body.appendChild(result);
})();
</script>"""


def check(browser, path):
    html = open(path, encoding="utf-8").read()
    with tempfile.NamedTemporaryFile("w", suffix=".html", dir=os.path.dirname(os.path.abspath(path)), delete=False, encoding="utf-8") as copy:
        copy.write(html.replace("</body>", MEASURE + "</body>"))
    try:
        dom = subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1100,2600", "--dump-dom", "file://" + copy.name],
            capture_output=True, text=True, timeout=120).stdout
    finally:
        os.unlink(copy.name)
    found = re.search(r'<pre id="label-check">(.*?)</pre>', dom, re.S)
    if not found:
        sys.exit(f"check_labels: {path}: the measuring script gave no result")
    result = json.loads(found.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&quot;", '"'))
    if result["count"] == 0:
        sys.exit(f"check_labels: {path}: no chart labels found; the check would prove nothing")
    if result["problems"]:
        sys.exit(f"check_labels: {path}:\n  " + "\n  ".join(result["problems"]))
    print(f"check_labels: {path}: {result['count']} labels, each whole and inside its chart: ok")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    for report in sys.argv[2:]:
        check(sys.argv[1], report)
