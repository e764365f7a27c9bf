"""Render the app icon from ``prevista.svg`` in every size and container the three platforms need.

    .venv/bin/python assets/icons/make_icons.py

writes, next to this script:

- ``prevista-<N>.png`` for N in 16, 24, 32, 48, 64, 128, 256, 512, 1024
  (Linux hicolor sizes; the window icon; the sources of the containers below)
- ``prevista.ico`` (Windows: 16-256 in one file, PNG-compressed entries)
- ``prevista.icns`` (macOS: 16-1024 including the @2x variants, PNG entries)

Each size is rendered from the vector master (not scaled down from 1024), so
small sizes stay sharp.  Qt's QSvgRenderer does the drawing; the ICO and ICNS
containers are written here (both are a short header and a table of PNGs),
so nothing beyond PySide6 is needed.  The output is deterministic for a given
Qt version; the generated files are committed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MASTER = HERE / "prevista.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# (OSType, pixel size): PNG-payload ICNS element types; ic11-ic14 are the @2x ("Retina") variants.
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)


def render_png(size: int) -> bytes:
    """The master drawn at ``size`` x ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(MASTER))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {MASTER}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG", 0)  # quality 0 = strongest compression
    buffer.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR + one ICONDIRENTRY per size + the PNGs (Windows Vista and later read PNG entries)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, payload = b"", b""
    for size in sizes:
        data = pngs[size]
        edge = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset + len(payload))
        payload += data
    return header + entries + payload


def icns(pngs: dict[int, bytes]) -> bytes:
    """'icns' + total length, then (type, length including its 8-byte header, PNG) per element."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    pngs = {size: render_png(size) for size in sorted(set(PNG_SIZES) | set(ICO_SIZES))}
    for size in PNG_SIZES:
        (HERE / f"prevista-{size}.png").write_bytes(pngs[size])
    (HERE / "prevista.ico").write_bytes(ico({size: pngs[size] for size in ICO_SIZES}))
    (HERE / "prevista.icns").write_bytes(icns(pngs))
    del app
    for path in sorted(HERE.glob("prevista*")):
        print(f"{path.name:<20} {path.stat().st_size:>9} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
