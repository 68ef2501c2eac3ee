#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (run after changing tr() strings),
# then translate the new entries in Qt Linguist or by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -locations relative -no-obsolete core charts ui app -ts translations/metodist_ru.ts
