#!/bin/sh
# Installs Coalition for you alone, no administrator needed: run it from the unpacked
# tarball (sh install.sh).  It puts
#   the program        in ~/.local/lib/coalition/
#   the command        ~/.local/bin/coalition
#   the menu entry     in ~/.local/share/applications/
#   the icons          in ~/.local/share/icons/hicolor/<size>/apps/
# (XDG_DATA_HOME moves the last two, as it does for every desktop).  Running it again
# replaces an older version.  ~/.local/lib/coalition/uninstall.sh takes it all away again;
# your coalition's data, in ~/.local/share/io.github.coalitionapp.Coalition (or the folder
# Help → About names), is never touched by either.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
LIB="$HOME/.local/lib/coalition"
BIN="$HOME/.local/bin"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
MANIFEST="$LIB/installed-files"

if [ ! -x "$HERE/coalition/coalition" ]; then
    echo "install.sh: run me from the unpacked tarball (no coalition/coalition beside me)" >&2
    exit 1
fi

# An older version goes first, with every file it put in place.
if [ -f "$MANIFEST" ]; then
    sh "$LIB/uninstall.sh" --quiet
fi

mkdir -p "$LIB" "$BIN" "$DATA/applications"
cp -a "$HERE/coalition/." "$LIB/"
cp "$HERE/uninstall.sh" "$LIB/uninstall.sh"
: > "$MANIFEST"

cat > "$BIN/coalition" <<LAUNCHER
#!/bin/sh
exec "$LIB/coalition" "\$@"
LAUNCHER
chmod 755 "$BIN/coalition"
echo "$BIN/coalition" >> "$MANIFEST"

# The menu entry runs the command by its full path: a desktop session's PATH often lacks
# ~/.local/bin.
for entry in "$HERE"/share/applications/*.desktop; do
    [ -f "$entry" ] || continue
    target="$DATA/applications/$(basename "$entry")"
    sed -e "s|^Exec=coalition|Exec=$BIN/coalition|" \
        -e "s|^TryExec=coalition|TryExec=$BIN/coalition|" "$entry" > "$target"
    echo "$target" >> "$MANIFEST"
done

if [ -d "$HERE/share/icons/hicolor" ]; then
    (cd "$HERE/share/icons" && find hicolor -type f) | while read -r icon; do
        mkdir -p "$DATA/icons/$(dirname "$icon")"
        cp "$HERE/share/icons/$icon" "$DATA/icons/$icon"
        echo "$DATA/icons/$icon" >> "$MANIFEST"
    done
fi

# Tell the desktop, where it has the tools to be told; a desktop without them looks itself.
command -v update-desktop-database >/dev/null 2>&1 \
    && update-desktop-database -q "$DATA/applications" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null 2>&1 \
    && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" 2>/dev/null || true

echo "Coalition $("$LIB/coalition" --version | awk '{print $2}') is installed: open it from your applications menu, or run $BIN/coalition"
case ":$PATH:" in
    *":$BIN:"*) ;;
    *) echo "($BIN is not on your PATH: add it to run coalition by name from a terminal)" ;;
esac
echo "To remove it: sh $LIB/uninstall.sh"
