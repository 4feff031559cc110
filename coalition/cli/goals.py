"""The dashboard printed: goals, charts, the map, the next call and the graph in a PDF."""

from __future__ import annotations

import argparse
import os
import sys

from coalition.cli.shared import Command, open_db
from coalition.common.errors import CoalitionError
from coalition.common.i18n import QT_TRANSLATE_NOOP, translate


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rep = sub.add_parser(
        "report",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "write the dashboard (goals, charts, map, call, graph) as a PDF report"
        ),
    )
    rep.add_argument("--out", required=True, metavar=QT_TRANSLATE_NOOP("CommandLine", "FILE.pdf"))


def cmd_report(args: argparse.Namespace) -> int:
    if not args.out.lower().endswith(".pdf"):
        raise CoalitionError(
            QT_TRANSLATE_NOOP(
                "CommandLine", "{out}: the report is a PDF; name the file FILE.pdf"
            ).format(out=args.out)
        )
    db = open_db(args)
    # Painting needs a Qt application, never a window: offscreen unless told otherwise.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "coalition"])
    from coalition.ui.goals.report_pdf import write_report

    write_report(db, args.out)
    del app
    print(
        translate("CommandLine", "Wrote the report of {describe} to {out}").format(
            describe=db.describe(), out=args.out
        )
    )
    return 0


COMMANDS: dict[str, Command] = {
    "report": cmd_report,
}
