"""The call schedule where participants subscribe to it: a CalDAV calendar kept current
(publish-caldav) and a read-only feed file rewritten after every change (feed)."""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

from coalition.cli.shared import Command, ask, open_db
from coalition.common.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from coalition.store import Database


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    publish = sub.add_parser(
        "publish-caldav",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "publish the call schedule to a CalDAV calendar and remember it; without URL, "
            "bring the remembered one up to date (password from $COALITION_CALDAV_PASSWORD, "
            "the keyring, or asked at the terminal)",
        ),
    )
    publish.add_argument(
        "url",
        nargs="?",
        metavar="URL",
        help=QT_TRANSLATE_NOOP("CommandLine", "the calendar's address (https://…/calendars/…/)"),
    )
    publish.add_argument(
        "--user",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "USER"),
        help=QT_TRANSLATE_NOOP("CommandLine", "the user name on the calendar server"),
    )
    publish.add_argument(
        "--forget",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "stop publishing to the calendar (what is there stays) and forget its password",
        ),
    )
    feed = sub.add_parser(
        "feed",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "keep a read-only subscription feed (.ics) at PATH, rewritten after every "
            "change; without PATH, bring it up to date",
        ),
    )
    feed.add_argument("path", nargs="?", metavar=QT_TRANSLATE_NOOP("CommandLine", "PATH"))
    feed.add_argument(
        "--off",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandLine", "stop rewriting the feed (it stays)"),
    )


def _password(url: str, user: str) -> tuple[str | None, bool]:
    """The calendar's password and whether it came from the keyring (or this run)."""
    from coalition.calls import caldav_publish as caldav_out
    from coalition.calls.caldav_publish import PublishError

    if not user:
        return None, True  # a calendar open to anyone: nothing to ask
    env = os.environ.get(caldav_out.PASSWORD_ENV)
    if env:
        return env, False
    kept = caldav_out.password_for(url, user)
    if kept is not None:
        return kept, True
    typed = ask(f"Password for {user} at {url}: ")
    if not typed:
        raise PublishError(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "the calendar needs {user}'s password: set ${PASSWORD_ENV}, or run "
                "this at a terminal to type it (it is then kept in the keyring)",
            ).format(user=user, PASSWORD_ENV=caldav_out.PASSWORD_ENV)
        )
    return typed, False


def _forget(db: Database) -> int:
    from coalition.calls import calendar_outlets as outlets
    from coalition.store import keychain

    with db.session() as session:
        gone = outlets.forget_caldav(session)
    if gone is None:
        print(translate("CommandLine", "No calendar was set to publish to."))
        return 0
    keychain.forget(outlets.keyring_name(gone.location, gone.username))
    print(
        translate(
            "CommandLine",
            "This laptop no longer publishes to {location}; what is there stays, "
            "and its password is gone from the keyring.",
        ).format(location=gone.location)
    )
    return 0


def cmd_publish_caldav(args: argparse.Namespace) -> int:
    from coalition.calls import caldav_publish as caldav_out
    from coalition.calls import calendar_outlets as outlets
    from coalition.calls.caldav_publish import PublishError

    db = open_db(args, writes=True, needs_profile=False)
    if args.forget:
        if args.url:
            raise PublishError(
                QT_TRANSLATE_NOOP(
                    "CommandLine", "--forget takes no URL: it forgets the calendar set"
                )
            )
        return _forget(db)
    with db.session() as session:
        current = outlets.outlet(session, outlets.CALDAV)
        if args.url:
            url = outlets.calendar_url(args.url)
            user = args.user
            if user is None:
                same = current is not None and current.location == url
                user = current.username if current is not None and same else ""
            outlets.set_caldav(session, url, user.strip())
        elif current is None:
            raise PublishError(
                QT_TRANSLATE_NOOP(
                    "CommandLine",
                    "no calendar is set to publish to: give its URL, `coalition "
                    "publish-caldav URL --user USER`",
                )
            )
        elif args.user is not None and args.user.strip() != current.username:
            outlets.set_caldav(session, current.location, args.user.strip())
        current = outlets.outlet(session, outlets.CALDAV)
        assert current is not None
        url, user = current.location, current.username
    password, kept = _password(url, user)
    report = caldav_out.publish(db, password)
    if password and not kept and caldav_out.keep_password(url, user, password):
        print(
            translate(
                "CommandLine",
                "The password is kept in the keyring: later publishing needs no typing.",
            )
        )
    print(report.sentence())
    return 0


def cmd_feed(args: argparse.Namespace) -> int:
    from coalition.calls import calendar_outlets as outlets
    from coalition.common.errors import CoalitionError

    db = open_db(args, writes=True, needs_profile=False)
    if args.off:
        with db.session() as session:
            path = outlets.feed_off(session)
        print(
            f"The feed at {path} is no longer rewritten; the file stays as it is."
            if path
            else "No feed was set."
        )
        return 0
    with db.session() as session:
        if args.path:
            outlets.set_feed(session, args.path)
        current = outlets.outlet(session, outlets.FEED)
        if current is None:
            raise CoalitionError(
                QT_TRANSLATE_NOOP(
                    "CommandLine",
                    "no feed is set: give the file to keep it in, `coalition feed PATH`",
                )
            )
        path = current.location
    written = outlets.write_feed(db)
    print(
        translate(
            "CommandLine", "The feed at {path} {value}; the window rewrites it after every change."
        ).format(path=path, value="was written" if written else "is up to date")
    )
    return 0


COMMANDS: dict[str, Command] = {
    "publish-caldav": cmd_publish_caldav,
    "feed": cmd_feed,
}
