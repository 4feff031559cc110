#!/bin/sh
# The macOS application and its disk image:
#   packaging/macos/build.sh [PYTHON]
# PYTHON (default python3) has Coalition's dependencies and PyInstaller installed.  Makes
# build/coalition.icns from the package's PNG icons (iconutil), dist/Coalition.app (bundle
# id, version and icon in its Info.plist, set in packaging/coalition.spec; signed ad hoc)
# and dist/coalition-VERSION-macos-ARCH.dmg, the app beside a link to /Applications.
# Distributing it beyond testers needs a Developer ID signature and notarization
# (packaging/README.md).
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PYTHON=${1:-python3}
cd "$ROOT"

ICONS=coalition/resources/icons/hicolor
SET=build/coalition.iconset
rm -rf "$SET" && mkdir -p "$SET"
largest=$(ls "$ICONS"/512x512/apps/*.png 2>/dev/null | head -n 1 || true)
icon_for() {  # the PNG of that size, or the largest scaled to it
    found=$(ls "$ICONS/$1x$1"/apps/*.png 2>/dev/null | head -n 1 || true)
    if [ -n "$found" ]; then
        cp "$found" "$2"
    elif [ -n "$largest" ]; then
        sips -z "$1" "$1" "$largest" --out "$2" >/dev/null
    fi
}
for size in 16 32 128 256 512; do
    icon_for "$size" "$SET/icon_${size}x${size}.png"
    double=$((size * 2))
    if [ "$double" -le 512 ]; then
        icon_for "$double" "$SET/icon_${size}x${size}@2x.png"
    fi
done
if [ -n "$largest" ]; then
    iconutil -c icns "$SET" -o build/coalition.icns
fi

"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/coalition.spec
codesign --force --deep --sign - dist/Coalition.app

VERSION=$(dist/Coalition.app/Contents/MacOS/coalition --version | awk '{print $2}')
DMG=dist/coalition-$VERSION-macos-$(uname -m).dmg
rm -rf build/dmg "$DMG" && mkdir -p build/dmg
cp -R dist/Coalition.app build/dmg/
ln -s /Applications build/dmg/Applications
hdiutil create -volname "Coalition $VERSION" -srcfolder build/dmg -ov -format UDZO "$DMG"
echo "Built dist/Coalition.app and $DMG"
