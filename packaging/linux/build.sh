#!/bin/sh
# The Linux bundle and its tarball (`make package`):
#   packaging/linux/build.sh [PYTHON]
# PYTHON (default .venv/bin/python) has Coalition's dependencies and PyInstaller installed.
# Makes dist/coalition/ (the one-folder bundle: no Python needed where it runs) and
# dist/coalition-VERSION-linux-ARCH.tar.gz: the bundle, the desktop entry and icons, and
# install.sh / uninstall.sh, which put them under ~/.local for the person who runs them.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PYTHON=${1:-$ROOT/.venv/bin/python}
cd "$ROOT"

"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/coalition.spec

# Qt's ICU data cut to collation and the English and Spanish locales (32 MB -> 7 MB);
# status 2: icupkg or binutils missing, the data stays whole.
status=0
"$PYTHON" packaging/linux/trim_icu.py dist/coalition || status=$?
[ "$status" -eq 0 ] || [ "$status" -eq 2 ] || exit "$status"

VERSION=$(dist/coalition/coalition --version | awk '{print $2}')
NAME=coalition-$VERSION-linux-$(uname -m)
STAGE=build/tarball/$NAME
rm -rf "build/tarball"
mkdir -p "$STAGE/share/applications" "$STAGE/share/icons"
cp -a dist/coalition "$STAGE/coalition"
cp packaging/linux/install.sh packaging/linux/uninstall.sh "$STAGE/"

# The desktop entry and the icons (hicolor/<size>/apps/<app id>.png, scalable/apps/*.svg)
# from the package's resources; an older checkout keeps its entry in resources/.
if [ -d coalition/resources ]; then
    RESOURCES=coalition/resources
else
    RESOURCES=resources
fi
cp "$RESOURCES"/*.desktop "$STAGE/share/applications/"
if [ -d "$RESOURCES/icons/hicolor" ]; then
    cp -a "$RESOURCES/icons/hicolor" "$STAGE/share/icons/"
fi

tar -C build/tarball -czf "dist/$NAME.tar.gz" "$NAME"
echo "Built dist/coalition/ ($(du -sh --apparent-size dist/coalition | cut -f1)) and dist/$NAME.tar.gz ($(du -sh --apparent-size "dist/$NAME.tar.gz" | cut -f1))"
