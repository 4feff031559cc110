"""The window itself, and the sample coalition to try it on."""

from __future__ import annotations

import argparse
import ctypes.util
import os
import sys

from coalition.cli.shared import Command, local_path, open_db, plain_wanted, target_of
from coalition.common.errors import CoalitionError
from coalition.common.i18n import QT_TRANSLATE_NOOP, translate


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sub.add_parser("gui", help=QT_TRANSLATE_NOOP("CommandLine", "open the window (the default)"))
    sub.add_parser(
        "demo",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "fill an empty database with the sample coalition (acting as its coordinator "
            "when nobody is set up)",
        ),
    )


def cmd_demo(args: argparse.Namespace) -> int:
    from coalition import sample
    from coalition.sample.profile import act_as_sample_organizer

    # Nobody needs to be set up to explore: the sample's coordinator is, when nobody is.
    db = open_db(args, writes=True, needs_profile=False)
    with db.session() as session:
        made = act_as_sample_organizer(session)
        summary = sample.load_sample(session)
    print(
        translate("CommandLine", "Loaded the sample coalition into {describe}: {summary}").format(
            describe=db.describe(), summary=summary
        )
    )
    if made is not None:
        print(
            translate(
                "CommandLine",
                "You act as the sample's coordinator, {name}; to work as yourself: "
                "coalition profile --name NAME --email ADDRESS --org ORGANIZATION",
            ).format(name=made.name)
        )
    return 0


# The X11 libraries Qt's xcb platform plugin loads that desktop installs sometimes lack,
# with the Debian/Ubuntu package of each.  Without them Qt aborts with a cryptic note.
_XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
}


def _missing_display_libraries() -> str | None:
    """What to install before the window can open on X11, or None when nothing is missing."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if not os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    missing = [pkg for lib, pkg in _XCB_LIBRARIES.items() if ctypes.util.find_library(lib) is None]
    if not missing:
        return None
    return (
        "the window needs system libraries that are not installed "
        f"(Debian/Ubuntu: sudo apt install {' '.join(missing)})"
    )


def cmd_gui(args: argparse.Namespace) -> int:
    missing = _missing_display_libraries()
    if missing:
        raise CoalitionError(missing)
    from coalition.store.encryption import file_state
    from coalition.ui.shell.app import run_gui

    target, named = target_of(args)
    path = local_path(target)
    # The database kept for you is always encrypted, and so is a new file named with --db
    # (unless --plain); an unencrypted file named with --db is opened as it is.
    new = path is not None and not path.is_dir() and file_state(path) == "missing"
    encrypt = not named or (new and path is not None and not plain_wanted(args, path, named))
    return run_gui(target, encrypt=encrypt)


COMMANDS: dict[str, Command] = {
    "gui": cmd_gui,
    "demo": cmd_demo,
}
