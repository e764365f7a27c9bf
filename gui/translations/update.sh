#!/usr/bin/env bash
# Refresh the translation catalogues from the GUI sources, then compile them.
#   1. pyside6-lupdate collects every self.tr("…") in gui/**/*.py into prevista_<lang>.ts, keeping the
#      existing translations; -no-obsolete drops the strings the code no longer has.
#   2. pyside6-lrelease compiles each .ts into prevista_<lang>.qm next to it (what gui/i18n.py loads).
# New or changed strings arrive as <translation type="unfinished">: translate them (Qt Linguist:
# .venv/bin/pyside6-linguist, or any editor), then run this again.  Commit the .ts and .qm files.
# tests/gui/test_translations.py fails while a catalogue is incomplete, out of step or not compiled.
# Run from anywhere:  bash gui/translations/update.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
languages=(pl sv cs da de)  # core/preferences.py LANGUAGES, less English (the source language)

tool() {  # the venv's own tool (bin/ on Linux and macOS, Scripts/ on Windows), else one on PATH
    local candidate
    for candidate in "$repo/.venv/bin/$1" "$repo/.venv/Scripts/$1.exe"; do
        if [[ -x "$candidate" ]]; then
            echo "$candidate"
            return
        fi
    done
    if command -v "$1" >/dev/null 2>&1; then
        command -v "$1"
        return
    fi
    echo "update.sh: $1 not found: it comes with PySide6 (./dev sets up .venv)" >&2
    exit 1
}
lupdate="$(tool pyside6-lupdate)"
lrelease="$(tool pyside6-lrelease)"

cd "$repo"
sources=()
while IFS= read -r file; do
    sources+=("$file")
done < <(find gui core privacy -name '*.py' -not -path '*/__pycache__/*' | LC_ALL=C sort)  # core: its marked sentences
catalogues=()
for lang in "${languages[@]}"; do
    catalogues+=("gui/translations/prevista_${lang}.ts")
done

# No source locations in the catalogues: moving code around then changes nothing in them.
"$lupdate" -silent -no-obsolete -locations none -source-language en "${sources[@]}" -ts "${catalogues[@]}"
for catalogue in "${catalogues[@]}"; do
    "$lrelease" -silent "$catalogue" -qm "${catalogue%.ts}.qm"
done

for catalogue in "${catalogues[@]}"; do
    left=$(grep -c 'type="unfinished"' "$catalogue" || true)
    if [[ "$left" != 0 ]]; then
        echo "$catalogue: $left string(s) to translate"
    fi
done
