"""Linux-only trimming of the binaries PyInstaller collected, used by prevista.spec.

- :func:`stripped_copy` removes symbol tables (libpython, polars' runtime and most extension
  modules ship with them: about 60 MB in all).  PyInstaller's own ``strip=True`` cannot be used:
  libraries that auditwheel patched with patchelf (numpy.libs/, scipy.libs/, ...) stop loading
  once stripped ("ELF load command address/offset not page-aligned").  So every stripped copy is
  checked the way the dynamic loader checks it, and the original is kept where the check fails.
- :func:`prune_unneeded` drops system libraries that only the plugins we excluded needed (the
  GTK3 theme's cairo/pango/gdk-pixbuf stack, ...), by following DT_NEEDED from what is kept.

Both use binutils (``strip``, ``readelf``), which PyInstaller on Linux needs anyway.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

_LOAD = re.compile(r"^\s*LOAD\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+0x[0-9a-f]+\s+0x[0-9a-f]+\s+0x[0-9a-f]+\s+.{3}\s+0x([0-9a-f]+)")
_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")
# Loaded with dlopen() rather than DT_NEEDED: kept whether or not anything links them.
DLOPENED = re.compile(r"^(libpython|libdbus-1\.so)")


def available() -> bool:
    return shutil.which("strip") is not None and shutil.which("readelf") is not None


def loads_cleanly(path: Path) -> bool:
    """Every PT_LOAD segment's offset and address agree modulo its alignment (what ld.so requires)."""
    out = subprocess.run(["readelf", "-lW", str(path)], capture_output=True, text=True, check=False)
    if out.returncode != 0:
        return False
    segments = [tuple(int(value, 16) for value in match.groups()) for match in map(_LOAD.match, out.stdout.splitlines()) if match]
    return bool(segments) and all(align <= 1 or (offset - address) % align == 0 for offset, address, align in segments)


def is_unstripped(path: Path) -> bool:
    out = subprocess.run(["readelf", "-SW", str(path)], capture_output=True, text=True, check=False)
    return out.returncode == 0 and " .symtab " in out.stdout


def stripped_copy(source: str, target: Path) -> str:
    """Path of a symbol-less copy of ``source`` at ``target``, or ``source`` where stripping does not pay or breaks it."""
    path = Path(source)
    if not is_unstripped(path) or not loads_cleanly(path):
        return source
    target.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["strip", "--strip-unneeded", "-o", str(target), source], capture_output=True, check=False)
    if done.returncode != 0 or not loads_cleanly(target):
        target.unlink(missing_ok=True)
        return source
    return str(target)


def needed(path: str) -> set[str]:
    out = subprocess.run(["readelf", "-dW", path], capture_output=True, text=True, check=False)
    return set(_NEEDED.findall(out.stdout))


def prune_unneeded(binaries: list[tuple[str, str, str]]) -> tuple[list[tuple[str, str, str]], list[str]]:
    """Drop top-level shared libraries (PyInstaller puts collected system libraries there) that
    nothing kept needs.  Package files (``PySide6/...``, ``numpy/...``) are all kept as roots."""

    def top_level_library(dest: str) -> bool:
        return "/" not in dest.replace("\\", "/") and ".so" in dest and ".cpython-" not in dest

    candidates = {Path(dest).name: entry for entry in binaries if top_level_library(dest := entry[0])}
    kept = {name for name in candidates if DLOPENED.match(name)}
    pending = [entry[1] for entry in binaries if not top_level_library(entry[0])] + [candidates[name][1] for name in kept]
    seen: set[str] = set()
    while pending:
        source = pending.pop()
        if source in seen:
            continue
        seen.add(source)
        for name in needed(source):
            if name in candidates and name not in kept:
                kept.add(name)
                pending.append(candidates[name][1])
    dropped = sorted(set(candidates) - kept)
    return [entry for entry in binaries if not (top_level_library(entry[0]) and Path(entry[0]).name in dropped)], dropped
