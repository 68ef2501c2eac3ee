#!/usr/bin/env bash
# Makes the pictures of the user guide (docs/guide/images) again, from a
# demonstration region of Kaliningrad's shape, at the 1366×768 screen:
#   bash scripts/guide-images.sh [BUILD_DIR]
# Needs the built metodist-cli and metodist-screenshots, and xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/app/metodist-cli" --db "$work/demo.sqlite" demo --region kaliningrad --teachers 3000 --methodists 60 >/dev/null
rm -f docs/guide/images/*.png
mkdir -p docs/guide/images
xvfb-run -a -s "-screen 0 1366x768x24" "$build/bench/metodist-screenshots" --guide "$work/demo.sqlite" docs/guide/images
du -sh docs/guide/images
