"""Qt's ICU data in the Linux bundle, cut to what Coalition asks of it.

    python packaging/linux/trim_icu.py dist/coalition

PySide6's QtCore links Qt's own ICU, whose data library (``libicudata.so.73``, 32 MB) holds
every locale's names, currencies, units, calendars, collations and time zone names, the
break iterators' rules and dictionaries, the transliterators and the legacy character
converters.  QtCore calls ICU for four things only (``nm -D --undefined-only
libQt6Core.so.6``): collation (``ucol_*``: QCollator, the lists sorted by name), case
mapping (``u_strToUpper``/``u_strToLower``, whose data is compiled into libicuuc), time
zone names and ids (``ucal_*``) and the converters of QStringConverter (``ucnv_*``).
Coalition sorts names with ``QCollator(QLocale())`` (coalition/ui/common/formatting.py),
the window's locale: the system's, English or Spanish when one is chosen
(coalition/ui/shell/language.py); it asks ICU for no zone name of its own, nor for any
converter.  So this keeps every language's collation (a Swede reading the English window
still sees å after z: 2.4 MB), and of the other trees of locale data (names of
languages, regions, currencies, units, zones; the locales' calendars) the root locale,
``en*``, ``es*`` and what is shared (each tree's pool, the supplemental data, the zone
rules); it drops the break iterators' rules and dictionaries, the transliterators, the
number spell-out rules, and the big multi-byte converters (the CJK code pages, over 20 kB
each, with the ones that extend them; the single-byte ones stay, and the UTF and Latin-1
converters are code).  A locale without data falls back to the root's: Qt then writes a
Swedish zone name as "GMT-08:00"; its dates and numbers are Qt's own (CLDR, in QtCore).

It takes the data out of the library (the ``icudtNN_dat`` symbol), removes those items
with ICU's ``icupkg`` (Debian: icu-devtools) and links a library of the same name and
symbol around what is left with binutils' ``as`` and ``ld``.  Without them it says so
and leaves the library whole (exit status 2).  The smoke test then sorts names and
names a time zone through the bundle, in Spanish and in English.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

KEPT_LANGUAGES = ("en", "es")
# The trees of locale data; an item of the top level that looks like a locale (af.res,
# en_GB.res) is one too, and the top level's other items are shared data.
LOCALE = re.compile(r"^(?P<lang>[a-z]{2,3})(_[A-Za-z0-9]+)*\.res$")
SHARED_IN_TREE = ("root.res", "pool.res", "res_index.res")
# Break iterators, transliterators, spelled-out numbers: nothing in QtCore reaches them.
UNUSED_TREES = ("brkitr", "translit", "rbnf")
BIG_CONVERTER = 20_000  # bytes: the multi-byte code pages
DEPENDS = re.compile(r"^Item (\S+) depends on missing item", re.M)


def symbol_bytes(library: Path, symbol: str) -> bytes:
    """The bytes of a data symbol of a 64-bit little-endian ELF shared library."""
    data = library.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ValueError(f"{library}: not a 64-bit little-endian ELF file")
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)
    ]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strings = sections[link][4]
        for at in range(offset, offset + size, entsize):
            name_at, _info, _other, _shndx, value, length = struct.unpack_from("<IBBHQQ", data, at)
            end = data.index(b"\0", strings + name_at)
            if data[strings + name_at : end].decode() != symbol:
                continue
            for _n, _k, _f, addr, sec_offset, sec_size, *_rest in sections:
                if addr and addr <= value < addr + sec_size:
                    start = sec_offset + value - addr
                    return data[start : start + length]
    raise ValueError(f"{library}: no symbol {symbol}")


def unused(items: dict[str, int]) -> list[str]:
    """The items of the data package (``coll/es.res``: size) that QtCore never reads
    for Coalition."""
    drop = []
    for item, size in items.items():
        tree, _, name = item.rpartition("/")
        locale = LOCALE.match(name)
        if tree in UNUSED_TREES:
            gone = True
        elif tree == "coll":
            gone = False  # every language's order: QCollator(QLocale()) is the system's
        elif name.endswith(".cnv"):
            gone = size > BIG_CONVERTER
        else:
            gone = bool(locale and locale["lang"] not in KEPT_LANGUAGES) and (
                name not in SHARED_IN_TREE
            )
        if gone:
            drop.append(item)
    return drop


def trim(bundle: Path) -> int:
    libraries = sorted(bundle.glob("_internal/PySide6/Qt/lib/libicudata.so.*"))
    if not libraries:
        print("trim_icu: no libicudata in the bundle: nothing to trim")
        return 0
    missing = [tool for tool in ("icupkg", "as", "ld") if shutil.which(tool) is None]
    if missing:
        print(
            f"trim_icu: {', '.join(missing)} not found (Debian: apt-get install icu-devtools "
            "binutils): Qt's ICU data stays whole",
            file=sys.stderr,
        )
        return 2
    library = libraries[0]
    version = library.name.rsplit(".", 1)[-1]  # libicudata.so.73
    symbol = f"icudt{version}_dat"
    before = library.stat().st_size
    with tempfile.TemporaryDirectory(prefix="coalition-icu-") as tmp:
        work = Path(tmp)
        whole = work / f"icudt{version}l.dat"
        whole.write_bytes(symbol_bytes(library, symbol))
        listing = subprocess.run(
            ["icupkg", "-l", str(whole)], check=True, capture_output=True, text=True
        ).stdout.split()
        (work / "items").mkdir()
        subprocess.run(
            ["icupkg", "-x", "*", "-d", str(work / "items"), str(whole)],
            check=True,
            capture_output=True,
        )
        sizes = {item: (work / "items" / item).stat().st_size for item in listing}
        drop = unused(sizes)
        # icupkg names the items after the output file (icudt73l/coll/es.res): same name.
        (work / "kept").mkdir()
        kept = work / "kept" / whole.name
        while True:
            (work / "drop.txt").write_text("\n".join(drop) + "\n")
            done = subprocess.run(
                ["icupkg", "-r", str(work / "drop.txt"), str(whole), str(kept)],
                capture_output=True,
                text=True,
            )
            # A converter that extends one left out (windows-950-2000 on ibm-1373) goes too.
            orphans = sorted(set(DEPENDS.findall(done.stderr)) - set(drop))
            if done.returncode == 0 or not orphans:
                break
            drop += orphans
        if done.returncode != 0:
            raise RuntimeError(f"icupkg -r: {done.stderr.strip()}")
        source = work / "icudata.s"
        source.write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n"
            f"\t.type {symbol}, @object\n"
            "\t.balign 16\n"
            f"{symbol}:\n"
            f'\t.incbin "{kept}"\n'
            f"\t.size {symbol}, . - {symbol}\n"
            '\t.section .note.GNU-stack,"",@progbits\n'
        )
        subprocess.run(["as", "-o", str(work / "icudata.o"), str(source)], check=True)
        rebuilt = work / library.name
        subprocess.run(
            [
                "ld",
                "-shared",
                "-soname",
                library.name,
                "-z",
                "noexecstack",
                "-s",
                "-o",
                str(rebuilt),
                str(work / "icudata.o"),
            ],
            check=True,
        )
        shutil.copyfile(rebuilt, library)
    after = library.stat().st_size
    print(
        f"trim_icu: {library.name} {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB "
        f"({len(drop)} of {len(listing)} items left out)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(trim(Path(sys.argv[1] if len(sys.argv) > 1 else "dist/coalition")))
