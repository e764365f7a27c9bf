#!/usr/bin/env bash
# Build the packaged app with PyInstaller (packaging/prevista.spec) into dist/.
#
#   packaging/build.sh                 one-folder app (dist/prevista/) and the one-file variant
#   packaging/build.sh onedir          only the one-folder app (what the smoke test needs first)
#   packaging/build.sh onefile         only the one-file variant
#
# Uses .venv (./dev package creates it with the build extra); PYTHON=... overrides the interpreter.
# Prints the build time and the sizes, and writes them to dist/build-info.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-.venv/bin/python}
VARIANTS=${1:-onedir,onefile}
say() { printf '==> %s\n' "$*" >&2; }

"$PYTHON" -c 'import PyInstaller' 2>/dev/null \
  || { say "PyInstaller is missing: run ./dev package, or pip install -e '.[build]'"; exit 1; }
VERSION=$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')

say "building Prevista $VERSION ($VARIANTS) with $("$PYTHON" -m PyInstaller --version 2>/dev/null | head -n1 | sed 's/^/PyInstaller /')"
start=$(date +%s)
rm -rf dist/prevista dist/Prevista.app dist/prevista-"$VERSION"-*
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller \
  packaging/prevista.spec -- --variants "$VARIANTS"
seconds=$(( $(date +%s) - start ))

{
  echo "version: $VERSION"
  echo "variants: $VARIANTS"
  echo "build seconds: $seconds"
  if [ -d dist/prevista ]; then
    echo "one-folder size: $(du -sm dist/prevista | cut -f1) MB (dist/prevista)"
  fi
  for file in dist/prevista-"$VERSION"-*; do
    if [ -f "$file" ]; then echo "one-file size: $(du -sm "$file" | cut -f1) MB ($file)"; fi
  done
} | tee dist/build-info.txt
say "built in ${seconds}s"
