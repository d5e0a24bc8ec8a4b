#!/usr/bin/env bash
# Fails when a user-visible string has no finished Simplified Chinese translation: runs lupdate
# over the sources into a copy of the committed hukou_zh_CN.ts (new strings arrive unfinished)
# and lists every unfinished or missing entry.
set -euo pipefail
lupdate=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$src/translations/hukou_zh_CN.ts" "$work/check.ts"
"$lupdate" -silent -locations none "$src/core" "$src/reports" "$src/cli" "$src/ui" "$src/app" -ts "$work/check.ts" >/dev/null
unfinished=$(grep -c 'type="unfinished"' "$work/check.ts" || true)
if [ "${unfinished:-0}" -gt 0 ]; then
    echo "hukou_zh_CN.ts lacks $unfinished translation(s); run scripts/update-translations and translate:"
    grep -B3 'type="unfinished"' "$work/check.ts" | grep '<source>' | head -50
    exit 1
fi
echo "all $(grep -c '<message' "$work/check.ts") strings have a Chinese translation"
