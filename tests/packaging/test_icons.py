"""The generated app icons (assets/icons/make_icons.py): every size, and ICO/ICNS containers that parse."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path

import pytest
from PIL import Image

REPO = Path(__file__).resolve().parents[2]
ICONS = REPO / "assets" / "icons"
_SPEC = importlib.util.spec_from_file_location("make_icons", ICONS / "make_icons.py")
make_icons = importlib.util.module_from_spec(_SPEC)  # a script beside the icons, not a package
_SPEC.loader.exec_module(make_icons)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", make_icons.PNG_SIZES)
def test_png_in_every_size(size: int) -> None:
    with Image.open(ICONS / f"prevista-{size}.png") as image:
        assert image.size == (size, size)
        assert image.mode == "RGBA"
        assert image.getpixel((0, 0))[3] == 0, "the corners are transparent (rounded square)"
        assert image.getpixel((size // 2, size // 2))[3] == 255


def test_ico_holds_the_windows_sizes() -> None:
    data = (ICONS / "prevista.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    with Image.open(ICONS / "prevista.ico") as image:
        assert image.info["sizes"] == {(size, size) for size in make_icons.ICO_SIZES}


def test_icns_is_well_formed_with_retina_variants() -> None:
    data = (ICONS / "prevista.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    found, offset = {}, 8
    while offset < len(data):
        kind, length = data[offset : offset + 4], struct.unpack(">I", data[offset + 4 : offset + 8])[0]
        found[kind] = png_size(data[offset + 8 : offset + length])
        offset += length
    assert offset == len(data)
    assert found == {kind: (size, size) for kind, size in make_icons.ICNS_TYPES}
    with Image.open(ICONS / "prevista.icns") as image:  # Pillow reads it as macOS would
        assert (512, 512, 2) in image.info["sizes"]


def test_containers_round_trip() -> None:
    pngs = {size: (ICONS / f"prevista-{size}.png").read_bytes() for size in make_icons.PNG_SIZES}
    assert make_icons.ico({size: pngs[size] for size in make_icons.ICO_SIZES}) == (ICONS / "prevista.ico").read_bytes()
    assert make_icons.icns(pngs) == (ICONS / "prevista.icns").read_bytes()
