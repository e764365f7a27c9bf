#!/usr/bin/env bash
# Smoke test of the built app (packaging/build.sh), through the packaged executable only.
#
#   packaging/smoke_test.sh [FOLDER_BINARY [ONEFILE_BINARY]]
#
# defaults: dist/prevista/prevista and, if it was built, dist/prevista-<version>-linux-<arch>.
# Checks, each with its time:
#   1. the desktop app shows its first window offscreen (QT_QPA_PLATFORM=offscreen), with the app
#      icon set, and exits 0 through its event loop (PREVISTA_SMOKE_EXIT_MS; prevista_entry.py)
#   2. the same in a real X server (xcb) under Xvfb, where xvfb-run is installed (./dev package installs it)
#   3. `prevista demo --project TMP` with the network unavailable (a new, empty network namespace:
#      `unshare -rn`, or `unshare -n` as root), exit 0
#   4. `prevista status` / `audit verify` / `report art30 --format pdf` on that project (PREVISTA_PASSPHRASE)
#   5. an XLSX import (`prevista init` + `prevista import --yes`): the workbook is parsed by the
#      frozen XLSX child (`prevista --xlsx-child`), so this fails if the child cannot start
#   6. the one-file variant, if present: first window offscreen and the XLSX import
# Exits non-zero on the first failure.  Needs the venv's Python (xlsxwriter, a dev dependency)
# only to write the test workbook; PYTHON=... overrides it.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-.venv/bin/python}
VERSION=$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
BIN=$(realpath "${1:-dist/prevista/prevista}")
ONEFILE=${2:-$(ls dist/prevista-"$VERSION"-linux-* 2>/dev/null | head -n1 || true)}
[ -n "$ONEFILE" ] && ONEFILE=$(realpath "$ONEFILE")
[ -x "$BIN" ] || { echo "smoke: no built app at $BIN (run packaging/build.sh)" >&2; exit 1; }

DEMO_PASSPHRASE=$("$PYTHON" -c 'from prevista.core.demo.run import DEMO_PASSPHRASE; print(DEMO_PASSPHRASE)')
TEST_PASSPHRASE="smoke-test: seven orange lanterns drift north"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/prevista-smoke.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
# A fresh home: the app's preferences (~/.config/prevista) and Qt's caches stay out of the user's.
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_CACHE_HOME="$WORK/home/.cache"
export XDG_RUNTIME_DIR="$WORK/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset PREVISTA_PASSPHRASE

passed=0
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
start_all=$(now)
step() {  # step NAME: start a check
  STEP=$1
  step_start=$(now)
}
ok() {
  passed=$((passed + 1))
  printf 'smoke: ok   %-58s %6s s\n' "$STEP" "$(since "$step_start")"
}
fail() {
  printf 'smoke: FAIL %s: %s\n' "$STEP" "$*" >&2
  for log in "$WORK"/*.log; do [ -s "$log" ] && { echo "--- $(basename "$log")" >&2; tail -n 25 "$log" >&2; }; done
  echo "smoke: $passed passed, 1 failed"
  exit 1
}
run() {  # run LOG CMD...: run, keeping output in $WORK/LOG.log; fail on a non-zero exit
  local log="$WORK/$1.log"; shift
  "$@" >"$log" 2>&1 || fail "exit $? from: $*"
}

gui_check() {  # gui_check LOG [launcher...] BINARY: first window shown, icon set, clean exit 0
  local log="$WORK/$1.log"; shift
  PREVISTA_START_MARKER=1 PREVISTA_SMOKE_EXIT_MS=1500 timeout 120 "$@" >"$log" 2>&1 \
    || fail "exit $? (124 = did not quit in time)"
  grep -q '^PREVISTA-WINDOW-SHOWN .* icon$' "$log" || fail "no first window with the app icon"
  ! grep -Eiq 'traceback|could not (load|find) the qt platform plugin|fatal|segmentation' "$log" \
    || fail "errors on the console"
}

no_network() {  # the command in a new network namespace that has only a loopback device, down
  if unshare -rn true 2>/dev/null; then unshare -rn "$@"
  elif [ "$(id -u)" = 0 ] && unshare -n true 2>/dev/null; then unshare -n "$@"
  else return 97; fi
}

step "1. first window offscreen (one-folder)"
QT_QPA_PLATFORM=offscreen gui_check gui-offscreen "$BIN"
ok

step "2. first window in X (xcb, Xvfb)"
if command -v xvfb-run >/dev/null 2>&1; then
  QT_QPA_PLATFORM=xcb gui_check gui-xcb xvfb-run -a -s "-screen 0 1280x800x24" "$BIN"
  ok
else
  echo "smoke: skip $STEP: xvfb-run is not installed (apt-get install xvfb xauth)"
fi

step "3. demo with the network unavailable"
if no_network true; then
  interfaces=$(no_network cat /proc/self/net/dev | tail -n +3 | cut -d: -f1 | tr -d ' ' | tr '\n' ' ')
  [ "$interfaces" = "lo " ] || fail "the namespace has network interfaces: $interfaces"
  run demo no_network "$BIN" demo --project "$WORK/demo"
  grep -q "hash chain verified" "$WORK/demo.log" || fail "the demo did not verify its processing log"
  ok
  echo "smoke:      (in a new network namespace whose only interface is: $interfaces)"
else
  echo "smoke: network namespaces are not permitted here: running the demo with the network present" >&2
  run demo "$BIN" demo --project "$WORK/demo"
  ok
fi

step "4. status, audit verify, Art. 30 PDF, segments to Excel on the demo project"
export PREVISTA_PASSPHRASE="$DEMO_PASSPHRASE"
run status "$BIN" status --project "$WORK/demo"
run verify "$BIN" audit verify --project "$WORK/demo"
run art30 "$BIN" report art30 --project "$WORK/demo" --format pdf --out "$WORK/art30.pdf"
[ "$(head -c 5 "$WORK/art30.pdf")" = "%PDF-" ] || fail "the Art. 30 record is not a PDF"
run segments "$BIN" segments --project "$WORK/demo" --out "$WORK/segments.xlsx"
[ "$(head -c 2 "$WORK/segments.xlsx")" = "PK" ] || fail "the segment table is not an Excel workbook"
unset PREVISTA_PASSPHRASE
ok

# 60 customers: above the refusal minimum of 50; numbers and real dates, as Excel stores them.
"$PYTHON" - "$WORK/customers.xlsx" <<'PY'
import datetime, sys
import xlsxwriter
book = xlsxwriter.Workbook(sys.argv[1])
sheet = book.add_worksheet("Contacts")
dates = book.add_format({"num_format": "yyyy-mm-dd"})
sheet.write_row(0, 0, ["Record ID", "Country", "Create Date", "Lifecycle Stage", "Plan", "Seats", "Monthly Fee", "Churned"])
for row in range(1, 61):
    sheet.write_number(row, 0, 2000000 + row)
    sheet.write_string(row, 1, ("Poland", "Sweden", "Germany")[row % 3])
    sheet.write_datetime(row, 2, datetime.datetime(2021, 1, 1) + datetime.timedelta(days=9 * row), dates)
    sheet.write_string(row, 3, "Customer")
    sheet.write_string(row, 4, ("Basic", "Pro", "Enterprise")[row % 3])
    sheet.write_number(row, 5, 1 + row % 7)
    sheet.write_number(row, 6, round(24.9 * (1 + row % 7), 2))
    sheet.write_string(row, 7, "Yes" if row % 9 == 0 else "No")
book.close()
PY

xlsx_import() {  # xlsx_import BINARY NAME: a fresh project, the workbook imported, 60 customers stored
  local binary=$1 project="$WORK/$2"
  export PREVISTA_PASSPHRASE="$TEST_PASSPHRASE"
  run "$2-init" "$binary" init --project "$project"
  run "$2-import" "$binary" import --project "$project" --yes "$WORK/customers.xlsx"
  run "$2-status" "$binary" status --project "$project" --json
  unset PREVISTA_PASSPHRASE
  "$PYTHON" -c 'import json, sys; info = json.load(open(sys.argv[1])); sys.exit(info["customers"] != 60)' \
    "$WORK/$2-status.log" || fail "the project does not hold the 60 customers of the workbook"
}

step "5. XLSX import through the frozen XLSX child (one-folder)"
xlsx_import "$BIN" xlsx-folder
ok

if [ -n "$ONEFILE" ]; then
  step "6a. first window offscreen (one-file)"
  QT_QPA_PLATFORM=offscreen gui_check gui-onefile "$ONEFILE"
  ok
  step "6b. XLSX import (one-file)"
  xlsx_import "$ONEFILE" xlsx-onefile
  ok
else
  echo "smoke: skip 6: no one-file build in dist/"
fi

echo "smoke: all checks took $(since "$start_all") s"
# The last line in the plain form CI reads: N passed, N failed.
echo "smoke: $passed passed, 0 failed"
