#!/usr/bin/env bash
# Screenshots of every screen of the desktop app at 1366x768, in a real X window under Xvfb.
#   scripts/screenshots.sh [OUT_DIR [LANG ...]]     (default: docs/screenshots, all of en de pl cs da sv)
# English goes to OUT_DIR, every other language to OUT_DIR/<lang>/.
# Needs the venv from ./dev; installs Debian's xvfb if it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-docs/screenshots}
shift $(( $# > 0 ? 1 : 0 ))
if ! command -v xvfb-run >/dev/null 2>&1; then
  echo "==> installing xvfb" >&2
  SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q xvfb xauth >/dev/null \
    || { $SUDO apt-get update -q >/dev/null && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q xvfb xauth >/dev/null; }
fi
[ -x .venv/bin/python ] || { echo "run ./dev test once first: it creates .venv" >&2; exit 1; }
QT_QPA_PLATFORM=xcb exec xvfb-run -a -s "-screen 0 1600x1000x24 -dpi 96" .venv/bin/python scripts/screenshots.py "$OUT" "$@"
