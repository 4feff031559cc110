#!/bin/sh
# Removes what install.sh put in place: the program in ~/.local/lib/coalition, the
# command, the menu entry and the icons (the files listed in installed-files).  Your
# coalition's data and settings stay where they are.
set -eu
LIB="$HOME/.local/lib/coalition"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
MANIFEST="$LIB/installed-files"
QUIET=${1:-}

if [ ! -f "$MANIFEST" ]; then
    echo "uninstall.sh: Coalition is not installed in $LIB" >&2
    exit 1
fi
while read -r file; do
    case "$file" in
        "$HOME"/*|"$DATA"/*) rm -f "$file" ;;  # never anything outside this account's folders
    esac
done < "$MANIFEST"
rm -rf "$LIB"
command -v update-desktop-database >/dev/null 2>&1 \
    && update-desktop-database -q "$DATA/applications" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null 2>&1 \
    && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" 2>/dev/null || true
if [ "$QUIET" != "--quiet" ]; then
    echo "Coalition is removed. Your coalition's data and settings were left where they are."
fi
