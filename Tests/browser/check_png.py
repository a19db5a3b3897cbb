#!/usr/bin/env python3
"""Checks a screenshot of the HTML comparison report: the charts were drawn.

Decodes the PNG with the standard library only (zlib) and counts the pixels of each
liability colour the report uses. A blank page, a page whose SVG failed to render, or one
without the flow chart's bands fails. Usage: check_png.py SCREENSHOT.png [--lines]
"""
import struct
import sys
import zlib

COLOURS = {  # HTMLReport.liabilityColours, solid (bars and nodes)
    "not-punishable": (0x66, 0xC2, 0xA5),
    "punishable": (0xFC, 0x8D, 0x62),
    "ordinary-prosecution": (0xD9, 0x53, 0x4F),
    "not-criminally-liable": (0x8D, 0xA0, 0xCB),
}
MINIMUM_PIXELS = 400


def decode(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, chunks, header = 8, [], None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        position += 12 + length
    width, height, depth, colour_type, _, _, interlace = header
    assert depth == 8 and interlace == 0 and colour_type in (2, 6), f"unsupported PNG {header}"
    channels = 4 if colour_type == 6 else 3
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    rows, previous, offset = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[offset], bytearray(raw[offset + 1:offset + 1 + stride])
        offset += 1 + stride
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + ((left + up) >> 1)) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                predictor = left if pa <= pb and pa <= pc else (up if pb <= pc else corner)
                line[i] = (line[i] + predictor) & 0xFF
        rows.append(line)
        previous = line
    return width, height, channels, rows


def main(path, minimum=MINIMUM_PIXELS):
    width, height, channels, rows = decode(path)
    counts = {name: 0 for name in COLOURS}
    non_white = 0
    for line in rows:
        for x in range(0, width * channels, channels):
            pixel = tuple(line[x:x + 3])
            if pixel != (255, 255, 255):
                non_white += 1
            for name, colour in COLOURS.items():
                if all(abs(a - b) <= 3 for a, b in zip(pixel, colour)):
                    counts[name] += 1
    print(f"{path}: {width}x{height}, {non_white} non-white pixels; " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    missing = [name for name, count in counts.items() if count < minimum]
    if missing:
        print("FAIL: too few pixels drawn in " + ", ".join(missing))
        return 1
    print("OK: every liability colour is drawn")
    return 0


if __name__ == "__main__":
    # --lines: a sweep's chart, one thin line per liability, needs fewer pixels of each colour.
    sys.exit(main(sys.argv[1], 150 if "--lines" in sys.argv[2:] else MINIMUM_PIXELS))
